"""A whole solo role-play with Cliënt A in Chromium: specific questions get fitting replies,
advice closes him down and is remembered, the hint, the debrief."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from dialogues.models import ScriptLine

ADVICE = "Je moet gewoon eens met de directie gaan praten."


@pytest.fixture
def scripts(cases):
    call_command("loaddata", "client_scripts", verbosity=0)


def line(key):
    return ScriptLine.objects.get(script__case__slug="client-a", key=key).text


def test_practice_session_with_client_a(page, live_server, login, coach, scripts):
    login("coach", "geheim-wachtwoord-1")
    page.goto(f"{live_server.url}/casussen/client-a/")
    page.get_by_label("Hoe is de cliënt vandaag?").select_option("plain")
    page.get_by_role("button", name="Oefen dit gesprek").click()
    expect(page.get_by_role("heading", name="Oefengesprek met Cliënt A")).to_be_visible()
    openness = page.locator(".gauge", has_text="Openheid").locator("span")
    expect(openness).to_have_text("2/10")
    box = page.get_by_label("Jouw reactie")
    chat = page.locator(".chat li")

    def say(text, count):
        box.fill(text)
        page.get_by_role("button", name="Verstuur").click()
        expect(chat).to_have_count(count)
        return chat.nth(count - 1).locator(".text")

    # A feeling question gets a feeling; a here-and-now question an answer about this talk.
    reply = say(
        "Wat ging er door je heen toen ze zeiden dat je manier van communiceren "
        "niet door de beugel kon?",
        3,
    )
    expect(reply).to_have_text(line("a-feeling-1"))
    reply = say("Hoe is het voor je om hier nu met mij over te praten?", 5)
    expect(reply).to_have_text(line("a-here-1"))
    # A good question without a question mark is still a question about his motive.
    reply = say("wat maakte dat je ze minkukels noemde", 7)
    expect(reply).to_have_text(line("a-motive-1"))
    expect(openness).to_have_text("5/10")

    # Advice: defensive, and the panel says why; the next question gets its own answer,
    # without a refer-back glued before it (that comes only when asked how it is here).
    reply = say(ADVICE, 9)
    expect(reply).to_contain_text("directie")
    expect(page.locator(".move")).to_contain_text("Dit is advies")
    expect(openness).to_have_text("3/10")
    reply = say("Wat bedoel je precies met ‘minkukels’?", 11)
    expect(reply).to_contain_text("Minkukels?")
    expect(reply).not_to_contain_text("Net zei je nog")
    expect(box).to_have_value("")  # updated in place, ready for the next turn

    # The hint reveals suggested questions for the client's last line.
    expect(page.locator("#hint")).to_be_empty()
    page.get_by_role("button", name="Hint").click()
    expect(page.locator("#hint")).to_contain_text("Je zou kunnen vragen")

    page.get_by_role("button", name="Gesprek afronden").click()
    expect(
        page.get_by_role("heading", name="Nabespreking: Oefengesprek met Cliënt A")
    ).to_be_visible()
    expect(page.locator(".share")).to_contain_text("80%")
    expect(page.locator("svg.chart polyline")).to_have_count(2)
