"""htmx requests never get a whole page swapped into a fragment (coachapp/htmx_errors.py): after
the session ended the login page loads as a whole and comes back to the page; any other error
keeps its status, swaps nothing and says so in #htmx-error."""

import uuid
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from dialogues.models import Practice, Turn
from rooms.models import Room
from workshops.access import SESSION_KEY as WORKSHOP_SESSION_KEY

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def dutch():
    with translation.override("nl"):
        yield


def htmx(page):
    return {"HX-Request": "true", "HX-Current-URL": f"http://testserver{page}"}


def login_redirect_to(page):
    return f"{reverse('login')}?next={quote(page)}"


def logged_out(client):
    """The session ended in another tab: this browser is nobody now."""
    client.logout()
    return client


@pytest.fixture
def practice(coach_client, cases):
    call_command("loaddata", "client_scripts", verbosity=0)
    coach_client.post(reverse("dialogues:practice_start", args=["client-a"]))
    return Practice.objects.get()


def test_a_practice_turn_after_logging_out_loads_the_login_page_and_stores_nothing(
    coach_client, practice
):
    page = practice.get_absolute_url()
    turns = Turn.objects.count()
    logged_out(coach_client)
    data = {"text": "Hoe was dat voor je?", "key": str(uuid.uuid4()), "after": 1}
    response = coach_client.post(
        reverse("dialogues:practice_turn", args=[practice.pk]), data, headers=htmx(page)
    )
    # Not a 302 that the browser follows and htmx swaps into the conversation list.
    assert response.status_code == 200
    assert response["HX-Redirect"] == login_redirect_to(page)
    assert response.content == b""
    assert Turn.objects.count() == turns
    # Without htmx: Django's own redirect, unchanged.
    plain = coach_client.post(reverse("dialogues:practice_turn", args=[practice.pk]), data)
    assert plain.status_code == 302 and plain.url.startswith(reverse("login"))
    assert not plain.has_header("HX-Redirect")


def test_the_analyser_after_logging_out_loads_the_login_page(coach_client):
    logged_out(coach_client)
    response = coach_client.post(
        reverse("dialogues:analyse"),
        {"text": "Ze doen het expres.", "role": "client"},
        headers=htmx(reverse("dialogues:analyse")),
    )
    assert response.status_code == 200
    assert response["HX-Redirect"] == login_redirect_to(reverse("dialogues:analyse"))
    assert b"<html" not in response.content


def test_a_room_poll_after_the_trainer_logged_out_loads_the_login_page(trainer, cases):
    from dialogues.models import Case

    room = Room.open_own(trainer, Case.objects.order_by("order", "pk").first())
    browser = Client()
    browser.force_login(trainer)
    page = reverse("rooms:room", args=[room.pk])
    poll = reverse("rooms:turns", args=[room.pk]) + "?round=1&after=0"
    assert browser.get(poll, headers=htmx(page)).status_code in (200, 204)
    logged_out(browser)
    response = browser.get(poll, headers=htmx(page))
    # The room is still nobody else's business (404), but the page goes to the login page
    # instead of swapping a 404 page in.
    assert response.status_code == 404
    assert response["HX-Redirect"] == login_redirect_to(page)
    assert b"<html" not in response.content


def test_an_error_for_someone_logged_in_swaps_nothing_and_shows_a_message(coach_client, cases):
    other = reverse("rooms:turns", args=[999999]) + "?round=1&after=0"
    response = coach_client.get(other, headers=htmx("/rollenspel/999999/"))
    assert response.status_code == 404
    assert response["HX-Reswap"] == "none"
    html = response.content.decode()
    assert "<html" not in html and "Pagina niet gevonden" not in html
    assert '<div id="htmx-error" class="htmx-error" hx-swap-oob="true">' in html
    assert "niet (meer) te vinden" in html
    # The page has the element the message replaces.
    home = coach_client.get("/").content.decode()
    assert '<div id="htmx-error" class="htmx-error"></div>' in home
    # Without htmx: the 404 page.
    assert "Pagina niet gevonden" in coach_client.get(other).content.decode()


def test_a_workshop_participant_is_not_sent_to_the_login_page(cases, trainer):
    from workshops.models import Workshop

    workshop = Workshop.objects.create(name="Dag 1", trainer=trainer)
    browser = Client()  # joined the workshop with its code: no account
    session = browser.session
    session[WORKSHOP_SESSION_KEY] = workshop.join("Anna").pk
    session.save()
    response = browser.get(
        reverse("rooms:turns", args=[999999]) + "?round=1&after=0",
        headers=htmx("/rollenspel/999999/"),
    )
    assert response.status_code == 404
    assert not response.has_header("HX-Redirect") and response["HX-Reswap"] == "none"


def test_a_server_error_swaps_nothing(coach_client, monkeypatch):
    from dialogues.views import analyser

    def broken(*args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(analyser, "analyse", broken)
    coach_client.raise_request_exception = False
    response = coach_client.post(
        reverse("dialogues:analyse"),
        {"text": "Ze doen het expres.", "role": "client"},
        headers=htmx(reverse("dialogues:analyse")),
    )
    assert response.status_code == 500
    assert response["HX-Reswap"] == "none"
    assert "Er ging aan onze kant iets mis" in response.content.decode()


def test_a_form_answer_is_left_alone(coach_client):
    # The analyser with an empty text: its message is meant to be swapped into #result.
    response = coach_client.post(
        reverse("dialogues:analyse"), {"text": "", "role": "client"}, headers=htmx("/analyse/")
    )
    assert not response.has_header("HX-Reswap") and not response.has_header("HX-Redirect")
    assert 'id="result"' in response.content.decode()
