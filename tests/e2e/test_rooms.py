"""Three devices in one role-play room: the coach's question appears for the client and the
observer within a second, and the observer sees how the analyser classifies it; whoever joins
appears in the member list of the pages already open. A trainer opens a room of their own and the
others join it by its invite link."""

import pytest
from playwright.sync_api import expect

from dialogues.models import Case
from rooms.models import Role, Room
from workshops.models import Workshop


@pytest.fixture
def room_setup(cases, trainer):
    workshop = Workshop.objects.create(name="Mentaliseren, dag 2", trainer=trainer)
    return workshop


def phone(browser):
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


def join(browser, live_server, code, name):
    context, page = phone(browser)
    page.goto(f"{live_server.url}/workshops/meedoen/{code}/")
    page.get_by_label("Je naam in deze workshop").fill(name)
    page.get_by_role("button", name="Meedoen").click()
    expect(page.locator(".messages")).to_contain_text(f"Welkom, {name}!")
    return context, page


def test_coach_question_reaches_client_and_observer_within_a_second(
    browser, live_server, room_setup
):
    workshop = room_setup
    case = Case.objects.order_by("order", "pk").first()
    contexts = []
    try:
        coach_ctx, coach = join(browser, live_server, workshop.join_code, "Anna")
        client_ctx, client = join(browser, live_server, workshop.join_code, "Bram")
        observer_ctx, observer = join(browser, live_server, workshop.join_code, "Chris")
        contexts = [coach_ctx, client_ctx, observer_ctx]

        # Anna opens a room as coach.
        coach.goto(f"{live_server.url}/rollenspel/")
        coach.get_by_label("Casus").select_option(str(case.pk))
        coach.get_by_label("coach").check()
        coach.get_by_role("button", name="Rollenspel openen").click()
        expect(coach.locator(".room-role")).to_have_text("coach")
        room = Room.objects.get()
        coach.evaluate("window.neverReloaded = true")

        # Bram takes the client's role, Chris observes.
        for page, role in ((client, "cliënt"), (observer, "observator")):
            page.goto(f"{live_server.url}/rollenspel/")
            page.get_by_role("link", name=f"Rollenspel met {case.name}").click()
            page.get_by_role("button", name=f"Meedoen als {role}").click()
            expect(page.locator(".room-role")).to_have_text(role)
        expect(client.locator(".room-card")).to_contain_text(f"Jij speelt {case.name}")
        assert room.members.get(role=Role.OBSERVER).participant.display_name == "Chris"
        # The pages already open show who came in, without a reload.
        members = coach.locator("#room-members")
        expect(members.locator("li").filter(has_text="Bram")).to_contain_text("cliënt")
        expect(members.locator("li").filter(has_text="Chris")).to_contain_text(
            "observator", timeout=2000
        )
        expect(client.locator("#room-members")).to_contain_text("Chris", timeout=2000)
        assert coach.evaluate("window.neverReloaded") is True

        question = "Hoe was dat voor je, toen je dat briefje las?"
        coach.get_by_label("Wat zeg je als coach?").fill(question)
        coach.get_by_role("button", name="Verstuur").click()
        expect(client.locator("#room-turns p.text").filter(has_text=question)).to_be_visible(
            timeout=1500
        )
        expect(observer.locator("#room-turns p.text").filter(has_text=question)).to_be_visible(
            timeout=1500
        )
        expect(observer.locator(".room-move")).to_contain_text("mentaliserende interventie")
        # The form is ready for the next turn; the coach sees the question exactly once.
        expect(coach.get_by_label("Wat zeg je als coach?")).to_have_value("")
        expect(coach.locator("#room-turns li.turn")).to_have_count(1)

        # The client answers; the coach and observer see it; nobody gets it twice.
        answer = "Ze zijn er gewoon op uit om mij klein te krijgen."
        client.get_by_label(f"Wat zeg je als {case.name}?").fill(answer)
        client.get_by_role("button", name="Verstuur").click()
        expect(coach.locator("#room-turns p.text").filter(has_text=answer)).to_be_visible(
            timeout=1500
        )
        # (the observer's copy carries the analyser's markers inside the sentence)
        expect(
            observer.locator("#room-turns p.text").filter(has_text="Ze zijn er gewoon op uit")
        ).to_be_visible(timeout=1500)
        # (a label in the text itself; how the analyser splits the marks may change)
        expect(observer.locator("#turn-2 p.text")).to_contain_text("veronderstelde bedoeling")
        observer.wait_for_timeout(1500)
        for page in (coach, client, observer):
            expect(page.locator("#room-turns li.turn")).to_have_count(2)

        # The observer keeps a private note on the answer.
        observer.locator("#turn-2").get_by_label("Privénotitie").fill("Let op: externe schuld")
        observer.locator("#turn-2").get_by_role("button", name="Bewaar notitie").click()
        expect(observer.locator("#turn-2")).to_contain_text("Bewaard.")
        assert room.current_round().dialogue.turns.get(position=2).observer_notes.count() == 1
    finally:
        for context in contexts:
            context.close()


def test_trainer_opens_a_room_of_their_own_and_the_others_join_by_the_link(
    browser, page, live_server, login, trainer, cases
):
    case = Case.objects.order_by("order", "pk").first()
    contexts = []
    try:
        # The trainer opens a room outside any workshop and only reads along.
        login("trainer", "geheim-wachtwoord-2")
        page.goto(f"{live_server.url}/rollenspel/")
        page.get_by_label("Casus").select_option(str(case.pk))
        page.get_by_label("geen: ik kijk alleen mee").check()
        page.get_by_role("button", name="Rollenspel openen").click()
        expect(page.get_by_role("heading", name="Nodig de anderen uit")).to_be_visible()
        link = page.get_by_label("Link om mee te doen").input_value()
        room = Room.objects.get()
        assert room.workshop is None and link.endswith(f"/rollenspel/meedoen/{room.join_code}/")
        expect(page.locator("#room-members")).to_contain_text("Nog niemand heeft een rol.")
        page.evaluate("window.neverReloaded = true")

        # Anna and Bram open the link on their phones: a name and a free role.
        pages = {}
        for name, role in (("Anna", "coach"), ("Bram", "cliënt")):
            context, phone_page = phone(browser)
            contexts.append(context)
            phone_page.goto(link)
            expect(phone_page.locator("h1")).to_contain_text(f"rollenspel met {case.name}")
            phone_page.get_by_label("Je naam in dit rollenspel").fill(name)
            phone_page.get_by_label(role, exact=True).check()
            phone_page.get_by_role("button", name="Meedoen", exact=True).click()
            expect(phone_page.locator(".room-role")).to_have_text(role)
            pages[name] = phone_page
            # The trainer's page shows them coming in, without a reload.
            expect(page.locator("#room-members")).to_contain_text(name, timeout=2000)
            if name == "Anna":
                phone_page.evaluate("window.neverReloaded = true")
        anna, bram = pages["Anna"], pages["Bram"]
        expect(anna.locator("#room-members")).to_contain_text("Bram", timeout=2000)
        expect(bram.locator(".room-card")).to_contain_text(f"Jij speelt {case.name}")

        question = "Hoe was dat voor je, toen je dat briefje las?"
        anna.get_by_label("Wat zeg je als coach?").fill(question)
        anna.get_by_role("button", name="Verstuur").click()
        expect(bram.locator("#room-turns p.text").filter(has_text=question)).to_be_visible(
            timeout=1500
        )
        expect(page.locator(".room-move")).to_contain_text(
            "mentaliserende interventie", timeout=1500
        )
        assert page.evaluate("window.neverReloaded") is True
        assert anna.evaluate("window.neverReloaded") is True

        # The round is among the trainer's transcripts to review.
        page.goto(f"{live_server.url}/transcripten/")
        expect(page.get_by_text(f"Rollenspel met {case.name}, ronde 1")).to_be_visible()
    finally:
        for context in contexts:
            context.close()
