"""On a phone (390 × 844) no page is wider than the screen, whatever someone typed: a long
unbroken word in a practice turn or on the analyser wraps, and wide tables (the exercise list,
the script's dry run) scroll inside their own box."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from dialogues.models import Practice

PHONE = {"width": 390, "height": 844}
LONG_TURN = "x" * 1990
LONG_WORD = "y" * 3000

# The elements that stick out beyond the screen, for the failure message.
WIDEST = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
  .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '')
    + ' ' + Math.round(e.getBoundingClientRect().right))"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="nl-NL", viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def scripts(cases):
    call_command("loaddata", "client_scripts", verbosity=0)


@pytest.fixture
def exercises(cases):
    call_command("loaddata", "exercises", verbosity=0)


def log_in(page, live_server, username, password):
    page.goto(f"{live_server.url}/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(lambda url: "/inloggen/" not in url)


def assert_fits(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], (page.url, width, page.evaluate(WIDEST))


def test_a_long_word_in_a_practice_turn_wraps(phone, live_server, coach, scripts):
    log_in(phone, live_server, "coach", "geheim-wachtwoord-1")
    phone.goto(f"{live_server.url}/casussen/client-a/")
    phone.get_by_role("button", name="Oefen dit gesprek").click()
    phone.wait_for_url(f"**{Practice.objects.get().get_absolute_url()}")
    phone.get_by_label("Jouw reactie").fill(LONG_TURN)
    phone.get_by_role("button", name="Verstuur").click()
    expect(phone.locator(".chat li")).to_have_count(3)
    assert_fits(phone)
    phone.reload()
    expect(phone.locator(".chat li")).to_have_count(3)
    assert_fits(phone)
    # The feedback panel is on the screen, not pushed off it.
    box = phone.locator("#practice-feedback").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]


def test_a_long_word_on_the_analyser_wraps(phone, live_server, coach):
    log_in(phone, live_server, "coach", "geheim-wachtwoord-1")
    phone.goto(f"{live_server.url}/analyse/")
    phone.get_by_label("Uitspraak").fill(f"Ze doen het expres {LONG_WORD} echt waar.")
    phone.get_by_role("button", name="Analyseer").click()
    expect(phone.locator("#result .highlighted")).to_contain_text("expres")
    assert_fits(phone)


def test_the_exercise_list_and_the_dry_run_fit_on_a_phone(
    phone, live_server, trainer, scripts, exercises
):
    log_in(phone, live_server, "trainer", "geheim-wachtwoord-2")
    phone.goto(f"{live_server.url}/workshops/oefeningen/")
    expect(phone.locator("table")).to_be_visible()
    assert_fits(phone)
    phone.goto(f"{live_server.url}/casussen/client-a/script/")
    expect(phone.locator("table.dry-run")).to_be_visible()
    assert_fits(phone)
    # The table is all there: it scrolls inside its own box.
    wrap = phone.locator("table.dry-run").locator("xpath=..")
    assert wrap.evaluate("e => e.scrollWidth > e.clientWidth") is True
    assert wrap.evaluate("e => getComputedStyle(e).overflowX") == "auto"
