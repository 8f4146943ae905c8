"""A whole solo role-play with Cliënt A in Chromium: open up, close down, hint, debrief."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from dialogues.models import ScriptLine

NOT_KNOWING = "Waar merk je aan dat de directie er op uit is om jou onderuit te halen?"
ADVICE = "Je moet gewoon eens met de directie gaan praten."


@pytest.fixture
def scripts(cases):
    call_command("loaddata", "client_scripts", verbosity=0)


def client_lines(pool, **filters):
    lines = ScriptLine.objects.filter(script__case__slug="client-a", pool=pool, **filters)
    return {line.text for line in lines}


def test_practice_session_with_client_a(page, live_server, login, coach, scripts):
    login("coach", "geheim-wachtwoord-1")
    page.goto(f"{live_server.url}/casussen/client-a/")
    page.get_by_role("button", name="Oefen dit gesprek").click()
    expect(page.get_by_role("heading", name="Oefengesprek met Cliënt A")).to_be_visible()
    openness = page.locator(".gauge", has_text="Openheid").locator("span")
    start = int(openness.inner_text().split("/")[0])

    # Advice: a defensive reply, and the panel says why.
    box = page.get_by_label("Jouw reactie")
    box.fill(ADVICE)
    page.get_by_role("button", name="Verstuur").click()
    chat = page.locator(".chat li")
    expect(chat).to_have_count(3)
    assert chat.nth(2).locator(".text").inner_text() in client_lines("defensive")
    expect(page.locator(".move")).to_contain_text("Dit is advies")
    expect(openness).to_have_text(f"{max(start - 2, 0)}/10")
    expect(box).to_have_value("")  # updated in place, ready for the next turn

    # A not-knowing question: the client takes the first step on his opening path.
    box.fill(NOT_KNOWING)
    page.get_by_role("button", name="Verstuur").click()
    expect(chat).to_have_count(5)
    assert chat.nth(4).locator(".text").inner_text() in client_lines("path", step=1)
    expect(page.locator(".move")).to_contain_text("mentaliserende interventie")
    expect(openness).to_have_text(f"{max(start - 2, 0) + 1}/10")

    # The hint reveals suggested questions for the client's last line.
    expect(page.locator("#hint")).to_be_empty()
    page.get_by_role("button", name="Hint").click()
    expect(page.locator("#hint")).to_contain_text("Je zou kunnen vragen")

    page.get_by_role("button", name="Gesprek afronden").click()
    expect(
        page.get_by_role("heading", name="Nabespreking: Oefengesprek met Cliënt A")
    ).to_be_visible()
    expect(page.locator(".share")).to_contain_text("50%")
    missed = page.locator("article.missed")
    expect(missed.first).to_contain_text(ADVICE)
    expect(missed.first).to_contain_text("Je had kunnen vragen")
    expect(page.locator("svg.chart polyline")).to_have_count(2)
