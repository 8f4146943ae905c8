"""A workshop in two browsers: the trainer creates it, a participant joins with the code and does
one exercise of each kind, and the trainer's dashboard (polling) shows the results."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from playwright.sync_api import expect


@pytest.fixture
def ws_trainer(django_user_model, cases):
    call_command("loaddata", "exercises", verbosity=0)
    user = django_user_model.objects.create_user(
        "trainer", password="geheim-wachtwoord-2", is_staff=True
    )
    user.groups.add(Group.objects.get_or_create(name="trainer")[0])
    return user


def test_trainer_runs_a_workshop_and_sees_a_participants_results(
    browser, page, live_server, login, ws_trainer
):
    # The trainer creates a workshop with the ready-made exercises.
    login("trainer", "geheim-wachtwoord-2")
    page.get_by_role("link", name="Workshops").click()
    page.locator("#id_name").fill("Mentaliseren, dag 1")
    expect(page.get_by_label("Bart en de leeuw")).to_be_checked()
    page.get_by_role("button", name="Workshop aanmaken").click()
    expect(page.locator("h1")).to_have_text("Mentaliseren, dag 1")
    code = page.locator(".ws-code").inner_text().strip()
    assert re.fullmatch(r"[2-9A-HJKMNP-Z]{8}", code)
    expect(page.locator("#figures")).to_contain_text("Nog niemand doet mee")

    # A participant joins on their own device, without an account.
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    phone = context.new_page()
    phone.set_default_timeout(10_000)
    phone.goto(f"{live_server.url}/")
    phone.get_by_role("link", name="Meedoen aan een workshop").first.click()
    phone.locator("#id_code").fill(code.lower())
    phone.get_by_label("Je naam in deze workshop").fill("Sanne")
    phone.get_by_role("button", name="Meedoen").click()
    expect(phone.locator("h1")).to_have_text("Mentaliseren, dag 1")
    expect(phone.locator(".messages")).to_contain_text("Welkom, Sanne!")

    # 1. Spot the markers: codes per sentence (the phone way).
    phone.get_by_role("link", name="Cliënt A: ‘De directie is er op uit’").click()
    first, second = phone.locator(".ws-sentence").nth(0), phone.locator(".ws-sentence").nth(1)
    first.locator("summary").click()
    first.get_by_label("externe schuld").check()
    first.get_by_label("veronderstelde bedoeling").check()
    second.locator("summary").click()
    second.get_by_label("externe schuld").check()
    phone.get_by_role("button", name="Controleer mijn signalen").click()
    feedback = phone.locator("#feedback")
    expect(feedback).to_contain_text("Goed gezien!")
    expect(feedback).to_contain_text("Gevonden (3)")
    expect(feedback).to_contain_text("Gemist (0)")

    # 2. Ask not-knowing: the analyser judges the question and shows its own suggestions.
    phone.goto(f"{live_server.url}/workshops/mijn/")
    phone.get_by_role("link", name="Cliënt A: ‘onderuit halen’").click()
    phone.get_by_label("Jouw vervolgvraag").fill("Je moet gewoon met de directie gaan praten.")
    phone.get_by_role("button", name="Stel mijn vraag").click()
    expect(phone.locator("#feedback")).to_contain_text("Jouw vraag:")
    expect(phone.locator("#feedback")).to_contain_text("Zo vraagt de coach in het artikel")
    # Trying again is allowed.
    phone.get_by_label("Jouw vervolgvraag").fill(
        "Waar merk je aan dat ze er op uit zijn om jou onderuit te halen?"
    )
    phone.get_by_role("button", name="Stel mijn vraag").click()
    expect(phone.locator("#feedback q").first).to_contain_text("Waar merk je aan")

    # 3. Choose the response: Bart and the lion.
    phone.goto(f"{live_server.url}/workshops/mijn/")
    phone.get_by_role("link", name="Bart en de leeuw").click()
    phone.locator(".ws-option", has_text="Kom eens hier jongen").click()
    phone.get_by_role("button", name="Kies deze reactie").click()
    expect(phone.locator("#feedback")).to_contain_text("Dat is de beste reactie.")
    expect(phone.locator("#feedback")).to_contain_text("noch bagatelliseert, noch overdrijft")

    # 4. Stop and rewind: Cliënt C and the marketing manager.
    phone.goto(f"{live_server.url}/workshops/mijn/")
    phone.get_by_role("link", name="Cliënt C: de manager marketing").click()
    phone.locator(".ws-moment", has_text="Nou dat kan niet.").click()
    phone.get_by_label("Wat zeg of vraag je op dat moment?").fill(
        "Wacht even, ik wil terug naar het moment dat je vond dat ze een mening moest hebben."
    )
    phone.get_by_role("button", name="Stop de film").click()
    expect(phone.locator("#feedback")).to_contain_text("Jij stopte bij:")
    expect(phone.locator("#feedback")).to_contain_text("Een goed moment")
    expect(phone.locator("#feedback")).to_contain_text("Wacht even, je gaat me iets te snel.")

    phone.goto(f"{live_server.url}/workshops/mijn/")
    expect(phone.locator(".meta").first).to_contain_text("Gedaan: 4 van 18")

    # The trainer's dashboard has refreshed itself (htmx polling) with Sanne's results.
    figures = page.locator("#figures")
    expect(figures.locator(".ws-progress")).to_contain_text("Sanne", timeout=15_000)
    expect(figures.locator(".ws-progress .ws-done")).to_contain_text("4 / 18")
    bart_row = figures.locator("tr", has_text="Bart en de leeuw")
    expect(bart_row.locator(".ws-tried")).to_contain_text("1")
    expect(bart_row.locator(".ws-good")).to_have_text("100%")
    markers_row = figures.locator("tr", has_text="Cliënt A: ‘De directie is er op uit’")
    expect(markers_row.locator(".ws-good")).to_have_text("100%")
    asking_row = figures.locator("tr", has_text="Cliënt A: ‘onderuit halen’")
    expect(asking_row.locator(".ws-tried")).to_contain_text("2 pogingen")
    context.close()


def test_on_a_wide_screen_selecting_words_picks_a_code(browser, live_server, ws_trainer):
    from workshops.models import Exercise, Workshop

    workshop = Workshop.objects.create(name="Selecteren", trainer=ws_trainer)
    exercise = Exercise.objects.get(title="Cliënt A: ‘Da’s toch duidelijk’")
    workshop.exercises.add(exercise)
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(f"{live_server.url}/workshops/meedoen/{workshop.join_code}/")
    page.get_by_label("Je naam in deze workshop").fill("Daan")
    page.get_by_role("button", name="Meedoen").click()
    page.get_by_role("link", name="Cliënt A: ‘Da’s toch duidelijk’").click()
    sentence = page.locator(".ws-sentence").first
    # Wait for workshop-markers.js (deferred) to enhance the grid; under load the page can be
    # ready before the script has run.
    expect(page.locator("[data-marker-grid][data-enhanced]")).to_have_count(1)
    # Select "Da’s toch duidelijk" with the mouse (a text selection), then pick the code.
    sentence.locator(".ws-sentence-text").evaluate(
        """(el) => {
            const range = document.createRange();
            range.setStart(el.firstChild, 0);
            range.setEnd(el.firstChild, 'Da’s toch duidelijk'.length);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            el.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        }"""
    )
    menu = sentence.locator(".ws-pick-menu")
    expect(menu).to_contain_text("‘Da’s toch duidelijk’ is:")
    menu.get_by_role("button", name="zekerheid").click()
    expect(sentence.get_by_label("zekerheid")).to_be_checked()
    expect(sentence.locator(".ws-picked")).to_contain_text("‘Da’s toch duidelijk’ → zekerheid")
    page.get_by_role("button", name="Controleer mijn signalen").click()
    expect(page.locator("#feedback")).to_contain_text("Gevonden (1)")
    expect(page.locator("#feedback")).to_contain_text("Gemist (1)")
    context.close()
