import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client

from dialogues.models import Case, Dialogue
from rooms.models import ObserverNote, Role, Room
from workshops.access import SESSION_KEY
from workshops.models import Attempt, Exercise, Workshop


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def other_trainer(django_user_model):
    user = django_user_model.objects.create_user("trainer2", password="geheim-wachtwoord-3")
    user.groups.add(Group.objects.get(name="trainer"))
    return user


def browser_for(participant):
    browser = Client()
    session = browser.session
    session[SESSION_KEY] = participant.pk
    session.save()
    return browser


@pytest.fixture
def played(trainer, cases):
    """A workshop of the trainer: Anna (coach) and Bram (client) played a round, Chris observed
    and noted, Anna answered an exercise, and the trainer made an exercise from Bram's line."""
    case = Case.objects.order_by("order", "pk").first()
    workshop = Workshop.objects.create(name="Dag 1", trainer=trainer)
    anna, bram, chris = (workshop.join(n) for n in ("Anna", "Bram", "Chris"))
    room = Room.open_for(anna, case, Role.COACH)
    room.take_role(bram, Role.CLIENT)
    room.take_role(chris, Role.OBSERVER)
    members = {m.participant.display_name: m for m in room.members.select_related("participant")}
    coach_turn = room.post_turn(members["Anna"], "Wat ging er door je heen?")
    client_turn = room.post_turn(members["Bram"], "Mijn chef Zwartkop heeft het op mij gemunt.")
    ObserverNote.objects.create(turn=client_turn, participant=chris, text="Mooie vraag van Anna")
    exercise = Exercise.objects.create(
        kind="not_knowing",
        title="Uit de ronde",
        text=client_turn.text,
        owner=trainer,
        source_turn=client_turn,
    )
    Attempt.objects.create(participant=anna, exercise=exercise, answer={"text": "Hoe zo?"})
    return {
        "workshop": workshop,
        "room": room,
        "anna": anna,
        "bram": bram,
        "chris": chris,
        "dialogue": room.current_round().dialogue,
        "coach_turn": coach_turn,
        "client_turn": client_turn,
        "exercise": exercise,
        "rounds": list(Dialogue.objects.filter(room_round__room=room)),
    }


@pytest.fixture
def coach_client(client, coach):
    client.force_login(coach)
    return client
