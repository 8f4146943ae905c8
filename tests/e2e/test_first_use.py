"""Rough edges a first-time user hit, in the browser: a room on a phone follows the newest turn
(unless the reader scrolled up: then a 'Nieuwe beurten' button), keeps a draft on reload, shows
how much of the 2,000 characters is left, and gives the client no 'close' or 'new round'."""

import pytest
from playwright.sync_api import expect

from dialogues.models import Case
from rooms.models import Role, Room
from workshops.models import Workshop


@pytest.fixture
def workshop(cases, trainer):
    return Workshop.objects.create(name="Eerste keer", trainer=trainer)


def phone(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


def at_bottom(page):
    return page.evaluate(
        "(() => { const l = document.getElementById('room-turns');"
        " return l.scrollHeight - l.scrollTop - l.clientHeight <= 48; })()"
    )


def test_a_room_on_a_phone_follows_the_newest_turn_and_keeps_the_draft(
    browser, live_server, workshop
):
    case = Case.objects.order_by("order", "pk").first()
    anna = workshop.join("Anna")
    room = Room.open_for(anna, case, Role.COACH)
    coach = room.member(anna)
    context, page = phone(browser)
    try:
        page.goto(f"{live_server.url}/workshops/meedoen/{workshop.join_code}/")
        page.get_by_label("Je naam in deze workshop").fill("Bram")
        page.get_by_role("button", name="Meedoen").click()
        page.goto(f"{live_server.url}/rollenspel/{room.pk}/")
        page.get_by_role("button", name="Meedoen als cliënt").click()
        expect(page.locator(".room-role")).to_have_text("cliënt")
        client = room.members.get(role=Role.CLIENT)

        # The client neither sees nor gets the opener's and trainer's controls.
        expect(page.get_by_role("button", name="Rollenspel sluiten")).to_have_count(0)
        expect(page.get_by_role("button", name="Begin een nieuwe ronde")).to_have_count(0)

        for n in range(1, 13):
            member = coach if n % 2 else client
            room.post_turn(member, f"Beurt nummer {n}: " + "een wat langere zin. " * 4)
        turns = page.locator("#room-turns > li.turn")
        expect(turns).to_have_count(12, timeout=5000)
        expect(turns.last).to_be_in_viewport()
        assert at_bottom(page)

        # Scrolled up to read: a new turn does not pull the list down, a button says it came.
        page.evaluate("document.getElementById('room-turns').scrollTop = 0")
        page.wait_for_timeout(200)
        room.post_turn(coach, "Beurt nummer 13: en wat gebeurde er toen?")
        button = page.get_by_role("button", name="Nieuwe beurten")
        expect(button).to_be_visible(timeout=5000)
        expect(turns.first).to_be_in_viewport()
        button.click()
        expect(turns.last).to_be_in_viewport()
        expect(button).to_be_hidden()
        assert at_bottom(page)

        # How much of the limit is left, and why there is one.
        box = page.get_by_label(f"Wat zeg je als {case.name}?")
        box.fill("Dat weet ik niet")
        counter = page.locator(".char-counter")
        expect(counter).to_contain_text("Hoogstens 2.000 tekens per beurt")
        expect(counter).to_contain_text("nog 1.984 tekens")
        assert "id_text-limit" in box.get_attribute("aria-describedby")

        # A draft survives a reload; a sent turn clears it.
        box.fill("Half getypt, nog niet verstuurd")
        page.reload()
        expect(page.get_by_label(f"Wat zeg je als {case.name}?")).to_have_value(
            "Half getypt, nog niet verstuurd"
        )
        page.get_by_role("button", name="Verstuur").click()
        expect(turns.filter(has_text="Half getypt, nog niet verstuurd")).to_have_count(1)
        expect(turns.last).to_be_in_viewport()
        page.reload()
        expect(page.get_by_label(f"Wat zeg je als {case.name}?")).to_have_value("")
    finally:
        context.close()


@pytest.fixture
def review_trainer(django_user_model):
    from django.contrib.auth.models import Group, Permission

    group, _created = Group.objects.get_or_create(name="trainer")
    group.permissions.add(Permission.objects.get(codename="review_transcripts"))
    user = django_user_model.objects.create_user("trainer", password="geheim-wachtwoord-2")
    user.groups.add(group)
    return user


def test_a_keyboard_verdict_keeps_the_focus_and_unhighlights_the_marker(
    page, live_server, login, review_trainer
):
    from dialogues.models import Dialogue
    from tests.reviews.conftest import add_turn

    dialogue = Dialogue.objects.create(title="Toetsenbord", kind="imported", owner=review_trainer)
    add_turn(
        dialogue,
        "client",
        "De directie is erop uit om mij onderuit te halen.",
        [("external_blame", 0, 11), ("assumed_intent", 15, 23)],
    )
    login("trainer", "geheim-wachtwoord-2")
    expect(page.get_by_role("heading", level=1)).to_have_text("Startpagina voor trainers")
    page.goto(f"{live_server.url}/transcripten/{dialogue.pk}/")
    turn = page.locator(".review-turn").first
    expect(turn.locator("mark.external_blame")).to_have_count(1)
    reject = turn.get_by_role("button", name="externe schuld: klopt niet")
    reject.focus()
    page.keyboard.press("Enter")
    expect(turn.locator(".flag").filter(has_text="externe schuld")).to_contain_text(
        "afgewezen door jou"
    )
    expect(turn.locator("mark.external_blame")).to_have_count(0)
    expect(turn.locator("mark.assumed_intent")).to_have_count(1)
    focused = turn.get_by_role("button", name="externe schuld: klopt niet")
    expect(focused).to_be_focused()
    expect(focused).to_have_attribute("aria-pressed", "true")
    # Space on the same button takes the verdict back; the focus stays again.
    page.keyboard.press("Space")
    expect(turn.locator("mark.external_blame")).to_have_count(1)
    expect(turn.get_by_role("button", name="externe schuld: klopt niet")).to_be_focused()
