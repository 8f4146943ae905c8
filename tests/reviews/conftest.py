import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from dialogues.analysis import ANALYSER_VERSION, Analysis, Marker
from dialogues.models import Dialogue, Turn


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Many users are made here; the default (slow, safe) hasher would dominate the run time."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def dutch():
    """The parser's messages are asserted in Dutch, whatever language an earlier test (an
    English request) left active in this thread."""
    with translation.override("nl"):
        yield


@pytest.fixture
def other_trainer(django_user_model):
    user = django_user_model.objects.create_user("trainer2", password="geheim-wachtwoord-3")
    user.groups.add(Group.objects.get(name="trainer"))
    return user


@pytest.fixture
def participant(coach):
    """A plain user (a coach practising, or a workshop participant): not a trainer."""
    return coach


def add_turn(dialogue, role, text, markers=(), speaker=""):
    """A turn whose stored analysis is fixed test data: [(code, start, end), ...]."""
    analysis = None
    if role in ("client", "coach"):
        analysis = Analysis(
            text=text,
            role=role,
            markers=tuple(
                Marker(code, start, end, text[start:end], f"test.{code}", "testuitleg")
                for code, start, end in markers
            ),
            version=ANALYSER_VERSION,
        ).to_dict()
    position = dialogue.turns.count() + 1
    return Turn.objects.create(
        dialogue=dialogue,
        position=position,
        role=role,
        text=text,
        speaker=speaker,
        analysis=analysis,
        analysis_version=ANALYSER_VERSION if analysis else "",
    )


@pytest.fixture
def transcript(trainer):
    """An imported transcript of the trainer with fixed analyser flags."""
    dialogue = Dialogue.objects.create(title="Gesprek met Cliënt A", kind="imported", owner=trainer)
    add_turn(
        dialogue,
        "client",
        "De directie is erop uit om mij onderuit te halen.",
        [("external_blame", 0, 11), ("assumed_intent", 15, 23)],
    )
    add_turn(dialogue, "coach", "Je moet gewoon met je baas gaan praten.", [("advice", 0, 14)])
    add_turn(dialogue, "client", "Da’s toch duidelijk, iedereen ziet dat.", [("certainty", 0, 19)])
    add_turn(
        dialogue,
        "coach",
        "Waar merk je aan dat ze erop uit zijn?",
        [("not_knowing_question", 0, 38)],
    )
    add_turn(dialogue, "other", "(er wordt op de deur geklopt)", speaker="Secretaresse")
    return dialogue
