"""Only members of the workshop (and its trainer) see its rooms; only the holder of a role posts
as that role; everything else is a 404, fragments included. CSRF holds for htmx posts."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse

from rooms.models import ObserverNote, Role
from workshops.models import Workshop

from .conftest import client_for


@pytest.fixture
def outsider(trainer, django_user_model):
    other = Workshop.objects.create(name="Andere groep", trainer=trainer)
    return client_for(other.join("Eva"))


@pytest.fixture
def other_trainer(django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("trainer2", password="geheim-wachtwoord-3")
    user.groups.add(Group.objects.get(name="trainer"))
    browser = Client()
    browser.force_login(user)
    return browser


def urls(room):
    turn = room.post_turn(room.members.get(role="coach"), "Wat is er gebeurd?")
    gets = [
        reverse("rooms:room", args=[room.pk]),
        reverse("rooms:turns", args=[room.pk]) + "?round=1&after=0",
        reverse("rooms:round", args=[room.pk, 1]),
    ]
    posts = [
        (reverse("rooms:join", args=[room.pk]), {"role": "observer"}),
        (reverse("rooms:turn", args=[room.pk]), {"text": "Ik ook", "key": uuid.uuid4()}),
        (reverse("rooms:note", args=[room.pk, turn.pk]), {"text": "stiekem"}),
        (reverse("rooms:new_round", args=[room.pk]), {}),
        (reverse("rooms:close", args=[room.pk]), {}),
    ]
    return gets, posts


@pytest.mark.parametrize("who", ["outsider", "other_trainer", "anonymous", "coach_client"])
def test_strangers_get_404_everywhere(room, who, request):
    browser = Client() if who == "anonymous" else request.getfixturevalue(who)
    gets, posts = urls(room)
    for address in gets:
        assert browser.get(address).status_code == 404, address
        assert browser.get(address, HTTP_HX_REQUEST="true").status_code == 404, address
    for address, data in posts:
        assert browser.post(address, data).status_code == 404, address
    room.refresh_from_db()
    assert room.closed is None
    assert room.rounds.count() == 1
    assert room.current_round().dialogue.turns.count() == 1
    assert not ObserverNote.objects.exists()


def test_outsider_does_not_see_the_room_in_their_list(room, outsider):
    page = outsider.get(reverse("rooms:list")).content.decode()
    assert reverse("rooms:room", args=[room.pk]) not in page


def test_observer_and_workshop_member_without_role_cannot_post_turns(room, browsers):
    address = reverse("rooms:turn", args=[room.pk])
    for name in ("Chris", "Dewi"):
        response = browsers[name].post(address, {"text": "Ik zeg ook iets", "key": uuid.uuid4()})
        assert response.status_code == 404
    assert room.current_round().dialogue.turns.count() == 0


def test_coach_and_client_cannot_write_observer_notes(room, browsers):
    turn = room.post_turn(room.members.get(role=Role.COACH), "Wat is er gebeurd?")
    address = reverse("rooms:note", args=[room.pk, turn.pk])
    for name in ("Anna", "Bram"):
        assert browsers[name].post(address, {"text": "x"}).status_code == 404
    assert not ObserverNote.objects.exists()


def test_a_note_on_a_turn_of_another_room_is_404(room, people, case, browsers):
    from rooms.models import Room

    other = Room.open_for(people["Dewi"], case, Role.COACH)
    turn = other.post_turn(other.members.get(), "Hallo?")
    address = reverse("rooms:note", args=[room.pk, turn.pk])
    assert browsers["Chris"].post(address, {"text": "x"}).status_code == 404


def test_csrf_is_enforced_on_htmx_posts(room, people):
    browser = client_for(people["Anna"])
    browser.handler.enforce_csrf_checks = True
    address = reverse("rooms:turn", args=[room.pk])
    response = browser.post(address, {"text": "Zonder token?"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 403
    page = browser.get(reverse("rooms:room", args=[room.pk]))
    token = page.cookies["csrftoken"].value if "csrftoken" in page.cookies else None
    token = token or browser.cookies["csrftoken"].value
    response = browser.post(
        address, {"text": "Met token"}, HTTP_HX_REQUEST="true", HTTP_X_CSRFTOKEN=token
    )
    assert response.status_code == 200
    assert room.current_round().dialogue.turns.get().text == "Met token"
