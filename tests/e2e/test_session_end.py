"""Logged out in another tab: the next htmx request of a page loads the login page as a whole
(never inside the conversation list or the result), comes back to the page after logging in,
and what was typed is still there. An error swaps nothing and shows a short message."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from dialogues.models import Case, Practice
from rooms.models import Room

PASSWORD = "geheim-wachtwoord-2"


@pytest.fixture
def scripts(cases):
    call_command("loaddata", "client_scripts", verbosity=0)


def log_out_in_another_tab(page, live_server):
    other = page.context.new_page()
    other.goto(f"{live_server.url}/")
    other.get_by_role("button", name=re.compile("Uitloggen")).click()
    expect(other.get_by_role("navigation").get_by_role("link", name="Inloggen")).to_be_visible()
    other.close()


def log_in_again(page, username, password):
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()


def test_a_practice_turn_after_logging_out_elsewhere(page, live_server, login, coach, scripts):
    login("coach", "geheim-wachtwoord-1")
    page.goto(f"{live_server.url}/casussen/client-a/")
    page.get_by_role("button", name="Oefen dit gesprek").click()
    practice = Practice.objects.get()
    page.wait_for_url(f"**{practice.get_absolute_url()}")
    log_out_in_another_tab(page, live_server)

    question = "Wat ging er door je heen toen je dat hoorde?"
    page.get_by_label("Jouw reactie").fill(question)
    page.get_by_role("button", name="Verstuur").click()
    # The login page as a whole, with the way back, not inside the conversation.
    page.wait_for_url(re.compile(r"/inloggen/\?next="))
    expect(page.locator(".chat")).to_have_count(0)
    assert practice.dialogue.turns.filter(role="coach").count() == 0
    log_in_again(page, "coach", "geheim-wachtwoord-1")
    page.wait_for_url(f"**{practice.get_absolute_url()}")
    expect(page.get_by_label("Jouw reactie")).to_have_value(question)
    expect(page.locator(".chat li")).to_have_count(1)
    page.get_by_role("button", name="Verstuur").click()
    expect(page.locator(".chat li")).to_have_count(3)
    coach_turns = practice.dialogue.turns.filter(role="coach")
    assert list(coach_turns.values_list("text", flat=True)) == [question]


def test_the_analyser_after_logging_out_elsewhere(page, live_server, login, coach):
    login("coach", "geheim-wachtwoord-1")
    page.goto(f"{live_server.url}/analyse/")
    log_out_in_another_tab(page, live_server)
    text = "Ze doen het expres, da's toch duidelijk."
    page.get_by_label("Uitspraak").fill(text)
    page.get_by_role("button", name="Analyseer").click()
    page.wait_for_url(re.compile(r"/inloggen/\?next=/analyse/"))
    expect(page.locator("#result")).to_have_count(0)
    log_in_again(page, "coach", "geheim-wachtwoord-1")
    page.wait_for_url("**/analyse/")
    expect(page.get_by_label("Uitspraak")).to_have_value(text)


def test_a_room_poll_after_the_trainer_logged_out_elsewhere(
    page, live_server, login, trainer, cases
):
    room = Room.open_own(trainer, Case.objects.order_by("order", "pk").first())
    login("trainer", PASSWORD)
    page.goto(f"{live_server.url}/rollenspel/{room.pk}/")
    expect(page.get_by_role("heading", name="Nodig de anderen uit")).to_be_visible()
    log_out_in_another_tab(page, live_server)
    # The next poll (every second) finds nobody: the login page, not a 404 page in the room.
    page.wait_for_url(re.compile(rf"/inloggen/\?next=/rollenspel/{room.pk}/"), timeout=5000)
    expect(page.get_by_role("heading", name="Pagina niet gevonden")).to_have_count(0)
    log_in_again(page, "trainer", PASSWORD)
    page.wait_for_url(f"**/rollenspel/{room.pk}/")


def test_a_room_that_is_deleted_while_open_shows_a_message(browser, live_server, trainer, cases):
    room = Room.open_own(trainer, Case.objects.order_by("order", "pk").first())
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(10_000)
    try:
        page.goto(f"{live_server.url}/rollenspel/meedoen/{room.join_code}/")
        page.get_by_label("Je naam in dit rollenspel").fill("Anna")
        page.get_by_label("coach", exact=True).check()
        page.get_by_role("button", name="Meedoen", exact=True).click()
        expect(page.locator(".room-role")).to_have_text("coach")
        heading = page.get_by_role("heading", level=1).inner_text()
        Room.objects.filter(pk=room.pk).delete()
        message = page.locator("#htmx-error [role=alert]")
        expect(message).to_contain_text("niet (meer) te vinden", timeout=5000)
        # The room page stays as it was; the message is there once.
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        expect(page.get_by_label("Wat zeg je als coach?")).to_be_visible()
        page.wait_for_timeout(2500)
        expect(page.locator("#htmx-error [role=alert]")).to_have_count(1)
    finally:
        context.close()


def test_a_stale_page_after_logging_in_again_elsewhere(page, live_server, login, coach):
    login("coach", "geheim-wachtwoord-1")
    page.goto(f"{live_server.url}/analyse/")
    log_out_in_another_tab(page, live_server)
    other = page.context.new_page()
    other.goto(f"{live_server.url}/inloggen/")
    log_in_again(other, "coach", "geheim-wachtwoord-1")
    other.wait_for_url(lambda url: "/inloggen/" not in url)
    other.close()
    # The page's CSRF token is from before: refused (403), nothing swapped, a message.
    text = "Ze doen het expres, da's toch duidelijk."
    page.get_by_label("Uitspraak").fill(text)
    page.get_by_role("button", name="Analyseer").click()
    expect(page.locator("#htmx-error [role=alert]")).to_contain_text("Vernieuw de pagina")
    expect(page.locator("#result")).to_contain_text("Nog niets geanalyseerd")
    expect(page.get_by_role("heading", level=1)).to_have_text("Analyse een uitspraak")
    # Reloading keeps what was typed, and then it works.
    page.reload()
    expect(page.get_by_label("Uitspraak")).to_have_value(text)
    page.get_by_role("button", name="Analyseer").click()
    expect(page.locator("#result .highlighted")).to_contain_text("expres")
