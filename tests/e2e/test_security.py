"""In Chromium: the Content-Security-Policy blocks nothing the app needs; deleting still asks."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from dialogues.models import Dialogue

ADVICE = "Je moet gewoon eens met de directie gaan praten."


@pytest.fixture
def scripts(cases):
    call_command("loaddata", "client_scripts", verbosity=0)


def watch_violations(page):
    violations = []
    page.on(
        "console",
        lambda message: (
            violations.append(message.text)
            if "Content Security Policy" in message.text
            or "Content-Security-Policy" in message.text
            else None
        ),
    )
    return violations


def test_practice_debrief_and_delete_under_the_policy(page, live_server, login, coach, scripts):
    violations = watch_violations(page)
    login("coach", "geheim-wachtwoord-1")
    page.goto(f"{live_server.url}/casussen/client-a/")
    page.get_by_role("button", name="Oefen dit gesprek").click()
    page.get_by_label("Jouw reactie").fill(ADVICE)
    page.get_by_role("button", name="Verstuur").click()
    expect(page.locator(".chat li")).to_have_count(3)  # htmx swapped the turn in
    page.get_by_role("button", name="Gesprek afronden").click()
    expect(page.locator("svg.bar rect.part-mentalizing")).to_have_attribute("width", "0")

    page.goto(f"{live_server.url}/oefenen/")
    # Cancel the question: nothing is deleted.
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Verwijderen").click()
    expect(page.get_by_role("button", name="Verwijderen")).to_have_count(1)
    assert Dialogue.objects.filter(kind="practice").count() == 1
    # Accept it: the session is gone.
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Verwijderen").click()
    expect(page.get_by_role("button", name="Verwijderen")).to_have_count(0)
    assert Dialogue.objects.filter(kind="practice").count() == 0
    assert violations == []
