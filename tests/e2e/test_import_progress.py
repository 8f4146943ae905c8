"""The first transcript import of a process waits for the de-identifier's name lists (17 s on
first use): meanwhile the page says so and its button cannot be pressed again."""

import json
import time

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from dialogues.models import Dialogue
from reviews import forms as review_forms
from reviews.models import ImportDraft

TRANSCRIPT = """Coach: Wat is er gebeurd?
Cliënt: De directie is erop uit om mij onderuit te halen."""


@pytest.fixture(scope="module", autouse=True)
def deduce_ready():
    """The live server runs in this process: the real wait is taken out before the test (the
    test makes its own, which it ends when it has seen the page wait)."""
    from reviews.deidentify import warm_up

    warm_up()


@pytest.fixture
def review_trainer(django_user_model):
    group, _created = Group.objects.get_or_create(name="trainer")
    group.permissions.add(Permission.objects.get(codename="review_transcripts"))
    user = django_user_model.objects.create_user("trainer", password="geheim-wachtwoord-2")
    user.groups.add(group)
    return user


@pytest.fixture
def slow_import(monkeypatch):
    """The import takes 1.5 s more (as when deduce's lists load)."""
    clean = review_forms.ImportForm.clean

    def slow_clean(form):
        time.sleep(1.5)
        return clean(form)

    monkeypatch.setattr(review_forms.ImportForm, "clean", slow_clean)


# What the page shows half a second after it was sent (Playwright waits for the navigation
# before it looks itself): kept in this tab's sessionStorage, which outlives the page.
WATCH = """document.addEventListener("submit", () => setTimeout(() => {
  const form = document.querySelector("form[data-busy]");
  sessionStorage.setItem("seen", JSON.stringify({
    status: form.querySelector("[role=status]").textContent,
    disabled: form.querySelector("button[type=submit]").disabled,
  }));
}, 500));"""


def test_the_import_form_shows_that_it_is_busy(
    page, live_server, login, review_trainer, slow_import
):
    login("trainer", "geheim-wachtwoord-2")
    page.goto(f"{live_server.url}/transcripten/importeren/")
    page.evaluate(WATCH)
    page.get_by_label("Titel").fill("Oefensessie")
    page.get_by_label("Plak het transcript").fill(TRANSCRIPT)
    page.get_by_role("button", name="Voorbeeld bekijken").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Voorbeeld")
    seen = json.loads(page.evaluate("sessionStorage.getItem('seen')"))
    assert seen["status"].startswith("Bezig met importeren…")
    assert seen["disabled"] is True
    assert ImportDraft.objects.count() == 1  # sent once
    # Back to the form: it can be sent again.
    page.go_back()
    expect(page.get_by_role("button", name="Voorbeeld bekijken")).to_be_enabled()
    expect(page.locator(".import-form [role=status]")).to_have_text("")
    assert not Dialogue.objects.exists()
