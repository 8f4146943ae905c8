"""A participant's export and deletion go by who said a turn, not by their role at round start."""

import importlib

import pytest
from django.apps import apps

from privacy.export import participant_data
from privacy.forget import forget_participant
from rooms.models import Role, Room, SpokenTurn


@pytest.fixture
def switched(workshop, case, people):
    """Anna opened as coach, Bram is the client and Chris observes. In round 1 Bram leaves the
    client's seat for the observers and Chris takes it; Dewi joins late as an observer."""
    room = Room.open_for(people["Anna"], case, Role.COACH)
    bram = room.take_role(people["Bram"], Role.CLIENT)
    room.take_role(people["Chris"], Role.OBSERVER)
    room.post_turn(bram, "Bram zegt dit als cliënt.")
    room.take_role(people["Bram"], Role.OBSERVER)
    chris = room.take_role(people["Chris"], Role.CLIENT)
    room.post_turn(chris, "Chris vertelt over haar verdriet.")
    return room


def texts(turns):
    return sorted(turn["text"] for turn in turns)


def test_export_holds_the_turns_someone_said_after_switching_roles(switched, people):
    assert texts(participant_data(people["Chris"])["turns"]) == [
        "Chris vertelt over haar verdriet."
    ]
    assert texts(participant_data(people["Bram"])["turns"]) == ["Bram zegt dit als cliënt."]


def test_deleting_removes_only_ones_own_turns(switched, people):
    dialogue = switched.current_round().dialogue
    forget_participant(people["Bram"])
    assert list(dialogue.turns.values_list("text", flat=True)) == [
        "Chris vertelt over haar verdriet."
    ]
    forget_participant(people["Chris"])
    assert not dialogue.turns.exists()


def test_migration_attributes_existing_turns_by_name_and_role(switched, people, workshop):
    dialogue = switched.current_round().dialogue
    # Two members with the same name: the role tells them apart.
    twin = workshop.join("Chris")
    switched.take_role(twin, Role.OBSERVER)
    SpokenTurn.objects.all().delete()  # as before turns recorded who said them

    migration = importlib.import_module("rooms.migrations.0005_spoken_turn_fill")
    migration.forwards(apps, None)

    said = dict(
        SpokenTurn.objects.filter(turn__dialogue=dialogue).values_list("turn__text", "participant")
    )
    assert said == {
        "Bram zegt dit als cliënt.": people["Bram"].pk,
        "Chris vertelt over haar verdriet.": people["Chris"].pk,
    }
