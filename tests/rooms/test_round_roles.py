"""Looking back at a round says the role you had in that round, not the one you hold now
("Mijn rollenspellen" says "als coach"; the round's page said "Jij bent observator")."""

import pytest
from django.urls import reverse

from rooms.models import Role

pytestmark = pytest.mark.django_db


def url(name, room, *args):
    return reverse(f"rooms:{name}", args=[room.pk, *args])


def test_a_past_round_shows_the_role_played_in_it(room, people, browsers):
    browsers["Anna"].post(url("new_round", room), {"swap": "on"})
    assert room.member(people["Anna"]).role == Role.CLIENT  # coach in round 1, client now
    room.take_role(people["Anna"], Role.OBSERVER)  # and then observer
    assert room.member(people["Anna"]).role == Role.OBSERVER

    history = browsers["Anna"].get(reverse("rooms:history")).content.decode()
    assert "coach" in history
    old = browsers["Anna"].get(url("round", room, 1)).content.decode()
    assert 'In deze ronde was je <strong class="room-role">coach</strong>' in old
    assert "Jij bent" not in old and "Jij observeert" not in old
    # The current round says the role held now.
    now = browsers["Anna"].get(url("room", room)).content.decode()
    assert 'Jij bent <strong class="room-role">observator</strong>' in now
    assert "Jij observeert" in now


def test_a_member_who_did_not_play_a_round_is_told_so(room, people, browsers):
    browsers["Anna"].post(url("new_round", room), {"swap": "on"})
    room.take_role(people["Dewi"], Role.OBSERVER)  # joined in round 2
    old = browsers["Dewi"].get(url("round", room, 1)).content.decode()
    assert "In deze ronde speelde je niet mee" in old
    assert "Jij bent" not in old
