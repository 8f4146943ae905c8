import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command

from workshops.access import SESSION_KEY
from workshops.models import Exercise, Workshop


@pytest.fixture(autouse=True)
def fresh_rate_limit(db):
    """The rate limit lives in the cache (the database); every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def exercises(cases):
    call_command("loaddata", "exercises", verbosity=0)
    return Exercise.objects.all()


@pytest.fixture
def other_trainer(django_user_model):
    user = django_user_model.objects.create_user("trainer2", password="geheim-wachtwoord-3")
    user.groups.add(Group.objects.get(name="trainer"))
    return user


@pytest.fixture
def workshop(trainer, exercises):
    workshop = Workshop.objects.create(name="Mentaliseren in de praktijk", trainer=trainer)
    workshop.exercises.set(exercises.filter(owner__isnull=True))
    return workshop


@pytest.fixture
def bind(client):
    """Bind a test client's session to a participant, as joining would."""

    def do_bind(participant, on=None):
        target = on or client
        session = target.session
        session[SESSION_KEY] = participant.pk
        session.save()
        return target

    return do_bind


def exercise_of(kind, title_part=""):
    return Exercise.objects.filter(kind=kind, title__contains=title_part).first()
