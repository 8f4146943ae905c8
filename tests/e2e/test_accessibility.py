"""Accessibility and the English UI: axe-core (vendored, tests/e2e/vendor) checks every main page,
in Dutch and in English, against WCAG 2.1 A and AA (contrast included); the English walk also
checks that the pages speak English."""

import uuid
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from playwright.sync_api import expect

from dialogues.models import Case, Dialogue, Practice, Turn
from reviews.models import Comment, Judgement
from rooms.models import Role, Room
from tests.reviews.conftest import add_turn
from workshops.models import Exercise, Workshop

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PASSWORD = "geheim-wachtwoord-9"

# Dutch words that must not appear in the English UI's chrome (a page's own content, such as a
# case's Dutch dialogue or the analyser's explanations, may stay Dutch).
DUTCH_CHROME = ["Uitloggen", "Casussen", "Mijn oefengesprekken", "Naar de inhoud"]


@pytest.fixture
def world(django_user_model):
    call_command("loaddata", "cases", "client_scripts", "exercises", verbosity=0)
    group, _created = Group.objects.get_or_create(name="trainer")
    group.permissions.add(Permission.objects.get(codename="review_transcripts"))
    trainer = django_user_model.objects.create_user("trainer", password=PASSWORD)
    trainer.groups.add(group)
    coach = django_user_model.objects.create_user("coach", password=PASSWORD)
    case = Case.objects.filter(script__isnull=False).order_by("order", "pk").first()
    practice = Practice.start(coach, case)
    practice.respond("Wat bedoel je precies met onderuit halen?", uuid.uuid4())
    workshop = Workshop.objects.create(name="Toegankelijk", trainer=trainer)
    workshop.exercises.set(Exercise.objects.filter(owner__isnull=True))
    anna = workshop.join("Anna")
    room = Room.open_for(anna, case, Role.COACH)
    room.post_turn(room.member(anna), "Wat is er gebeurd, die dag?")
    transcript = Dialogue.objects.create(title="Nakijken", kind="imported", owner=trainer)
    client_turn = add_turn(
        transcript,
        "client",
        "De directie is erop uit om mij onderuit te halen.",
        [("external_blame", 0, 11), ("assumed_intent", 15, 23)],
    )
    add_turn(transcript, "coach", "Je moet gewoon met je baas gaan praten.", [("advice", 0, 14)])
    Judgement.objects.create(
        turn=client_turn, author=trainer, code="external_blame", verdict="reject"
    )
    Comment.objects.create(turn=client_turn, author=trainer, text="Goed gezien van de analyser.")
    return {
        "case": case,
        "practice": practice,
        "workshop": workshop,
        "room": room,
        "transcript": transcript,
        "exercises": list(workshop.ordered_exercises()),
    }


def new_page(browser, language):
    locale = {"nl": "nl-NL", "en": "en-GB"}[language]
    # axe is injected as a script tag: the app's Content-Security-Policy would refuse it.
    context = browser.new_context(locale=locale, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


def log_in(page, base, username, language):
    page.goto(f"{base}/inloggen/")
    page.locator("input[name=username]").fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_url(lambda url: "/inloggen/" not in url)


def axe_violations(page):
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async (tags) => {
          const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
          return r.violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help,
            nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ': ' + n.failureSummary),
          }));
        }""",
        WCAG,
    )
    return result


class Walk:
    """Visits pages, runs axe on each and gathers what it finds (reported all at once)."""

    def __init__(self, page, base, language):
        self.page, self.base, self.language = page, base, language
        self.problems = []
        self.visited = 0

    def check(self, name):
        page = self.page
        expect(page.locator("html")).to_have_attribute("lang", self.language)
        for violation in axe_violations(page):
            self.problems.append(f"{name} [{self.language}] {violation}")
        if self.language == "en":
            chrome = page.locator("header, footer, .breadcrumb, h1").all_inner_texts()
            for word in DUTCH_CHROME:
                if any(word in text for text in chrome):
                    self.problems.append(f"{name} [en]: Dutch UI text {word!r}")
        self.visited += 1

    def visit(self, name, path):
        response = self.page.goto(self.base + path)
        assert response.ok, f"{name}: {path} gave {response.status}"
        self.check(name)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_main_page_passes_axe(browser, live_server, world, language):
    base = live_server.url
    contexts = []
    problems = []
    visited = 0
    try:
        # Someone not logged in.
        context, page = new_page(browser, language)
        contexts.append(context)
        walk = Walk(page, base, language)
        walk.visit("landing", "/")
        walk.visit("login", "/inloggen/")
        walk.visit("workshop join", "/workshops/meedoen/")
        walk.visit("room join by code", "/rollenspel/meedoen/")
        problems += walk.problems
        visited += walk.visited

        # A coach practising alone.
        context, page = new_page(browser, language)
        contexts.append(context)
        log_in(page, base, "coach", language)
        walk = Walk(page, base, language)
        case, practice = world["case"], world["practice"]
        walk.visit("case list", "/casussen/")
        walk.visit("case detail", f"/casussen/{case.slug}/")
        walk.visit("analyse", "/analyse/")
        page.locator("textarea").fill("Da’s toch duidelijk, de directie is erop uit.")
        page.locator("input[value=client]").check()
        page.locator("form button[type=submit]").last.click()
        expect(page.locator(".analysis")).to_be_visible()
        walk.check("analyse result")
        walk.visit("practice", f"/oefenen/{practice.pk}/")
        walk.visit("practice hint", f"/oefenen/{practice.pk}/?hint=1")
        walk.visit("practice debrief", f"/oefenen/{practice.pk}/nabespreking/")
        walk.visit("practice list", "/oefenen/")
        walk.visit("my data", "/mijn-gegevens/")
        problems += walk.problems
        visited += walk.visited

        # The trainer.
        context, page = new_page(browser, language)
        contexts.append(context)
        log_in(page, base, "trainer", language)
        walk = Walk(page, base, language)
        workshop, transcript, room = world["workshop"], world["transcript"], world["room"]
        case = world["case"]
        walk.check("trainer home")
        walk.visit("workshops", "/workshops/")
        walk.visit("dashboard", f"/workshops/{workshop.pk}/")
        walk.visit("exercise library", "/workshops/oefeningen/")
        walk.visit("workshop edit", f"/workshops/{workshop.pk}/wijzigen/")
        example_turn = Turn.objects.filter(
            dialogue__case=case, dialogue__kind="example", role="client"
        ).first()
        walk.visit("exercise from a turn", f"/workshops/oefeningen/nieuw/{example_turn.pk}/")
        walk.visit("script page", f"/casussen/{case.slug}/script/")
        walk.visit("transcripts", "/transcripten/")
        walk.visit("import", "/transcripten/importeren/")
        walk.visit("review", f"/transcripten/{transcript.pk}/")
        walk.visit("summary", f"/transcripten/{transcript.pk}/samenvatting/")
        walk.visit("report", f"/transcripten/{transcript.pk}/rapport/")
        walk.visit("agreement", "/transcripten/overeenstemming/")
        walk.visit("rooms overview", "/rollenspel/")
        walk.visit("room (trainer)", f"/rollenspel/{room.pk}/")
        problems += walk.problems
        visited += walk.visited

        # A workshop participant: exercises of every kind, a room as client.
        context, page = new_page(browser, language)
        contexts.append(context)
        page.goto(f"{base}/workshops/meedoen/{workshop.join_code}/")
        page.locator("input[name=display_name]").fill("Bram")
        page.locator("form button[type=submit]").last.click()
        page.wait_for_url(f"{base}/workshops/mijn/")
        walk = Walk(page, base, language)
        walk.check("participant home")
        seen_kinds = set()
        for exercise in world["exercises"]:
            if exercise.kind in seen_kinds:
                continue
            seen_kinds.add(exercise.kind)
            walk.visit(f"exercise {exercise.kind}", f"/workshops/mijn/oefening/{exercise.pk}/")
            if exercise.kind == "not_knowing":
                page.locator("textarea[name=question]").fill("Je moet gewoon met hem praten.")
                page.locator("form.ws-form button[type=submit]").click()
                expect(page.locator("#feedback")).to_be_visible()
                walk.check("exercise feedback")
        walk.visit("rooms (participant)", "/rollenspel/")
        walk.visit("room (joining)", f"/rollenspel/{room.pk}/")
        page.locator(f"form[action='/rollenspel/{room.pk}/meedoen/'] button").first.click()
        expect(page.locator(".room-role")).to_be_visible()
        walk.check("room (client)")
        walk.visit("role-play history", "/rollenspel/mijn/")
        problems += walk.problems
        visited += walk.visited
    finally:
        for context in contexts:
            context.close()
    assert visited == 38  # every page below was checked
    assert problems == [], "\n".join(problems)


def tab_to(page, name, limit=60):
    """Press Tab until the focused element's text (or value) is `name`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        text = page.evaluate(
            "(() => { const e = document.activeElement;"
            " return (e.innerText || e.value || '').trim(); })()"
        )
        if text == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def test_keyboard_flows(browser, live_server, world):
    """Skip link, language switch, a practice turn, a markers exercise and its feedback: all
    with the keyboard alone (the review verdict by keyboard: test_first_use.py)."""
    base = live_server.url
    context, page = new_page(browser, "nl")
    try:
        page.goto(f"{base}/")
        page.keyboard.press("Tab")
        expect(page.locator(":focus")).to_have_text("Naar de inhoud")
        page.keyboard.press("Enter")
        assert page.url.endswith("#main")
        tab_to(page, "English")
        page.keyboard.press("Enter")
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(page.get_by_role("heading", name="For coaches")).to_be_visible()
        tab_to(page, "Nederlands")
        page.keyboard.press("Enter")
        expect(page.locator("html")).to_have_attribute("lang", "nl")

        # A coach's turn in the solo practice: type, Tab to 'Verstuur', Enter.
        log_in(page, base, "coach", "nl")
        practice = world["practice"]
        page.goto(f"{base}/oefenen/{practice.pk}/")
        box = page.get_by_label("Jouw reactie")
        box.focus()
        page.keyboard.type("Wat maakt dat je dat denkt?")
        tab_to(page, "Verstuur")
        page.keyboard.press("Enter")
        expect(page.locator(".chat").get_by_text("Wat maakt dat je dat denkt?")).to_be_visible()
        expect(page.get_by_label("Jouw reactie")).to_be_focused()
    finally:
        context.close()

    context, page = new_page(browser, "nl")
    try:
        workshop = world["workshop"]
        page.goto(f"{base}/workshops/meedoen/{workshop.join_code}/")
        page.locator("input[name=display_name]").fill("Chris")
        page.keyboard.press("Enter")
        page.wait_for_url(f"{base}/workshops/mijn/")
        exercise = next(e for e in world["exercises"] if e.kind == "markers")
        page.goto(f"{base}/workshops/mijn/oefening/{exercise.pk}/")
        tab_to(page, "Signalen in deze zin")
        page.keyboard.press("Enter")  # opens the sentence's codes
        page.keyboard.press("Tab")
        page.keyboard.press("Space")
        expect(page.locator("input[name=marks]:checked")).to_have_count(1)
        tab_to(page, "Controleer mijn signalen")
        page.keyboard.press("Enter")
        expect(page.locator("#feedback")).to_be_visible()
        walk = Walk(page, base, "nl")
        walk.check("markers feedback")
        assert walk.problems == [], "\n".join(walk.problems)
    finally:
        context.close()
