import pytest
from django.core.cache import cache
from django.test import Client

from dialogues.models import Case
from rooms.models import Role, Room
from workshops.access import SESSION_KEY
from workshops.models import Workshop


@pytest.fixture(autouse=True)
def fresh_rate_limit(db):
    """Wrong join codes are counted in the cache; every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def workshop(trainer, cases):
    return Workshop.objects.create(name="Mentaliseren, dag 1", trainer=trainer)


@pytest.fixture
def case(cases):
    return Case.objects.order_by("order", "pk").first()


def client_for(participant):
    """A browser of its own, bound to the participant as joining would."""
    browser = Client()
    session = browser.session
    session[SESSION_KEY] = participant.pk
    session.save()
    return browser


@pytest.fixture
def people(workshop):
    return {name: workshop.join(name) for name in ("Anna", "Bram", "Chris", "Dewi")}


@pytest.fixture
def room(people, case):
    """Anna opened a room as coach; Bram is the client, Chris observes."""
    room = Room.open_for(people["Anna"], case, Role.COACH)
    room.take_role(people["Bram"], Role.CLIENT)
    room.take_role(people["Chris"], Role.OBSERVER)
    return room


@pytest.fixture
def browsers(people):
    return {name: client_for(p) for name, p in people.items()}
