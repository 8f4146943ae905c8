import pytest
from django.contrib.auth.models import Group


@pytest.fixture
def cases(db):
    from django.core.management import call_command

    call_command("loaddata", "cases", verbosity=0)


@pytest.fixture
def coach(django_user_model):
    return django_user_model.objects.create_user("coach", password="geheim-wachtwoord-1")


@pytest.fixture
def trainer(django_user_model):
    user = django_user_model.objects.create_user(
        "trainer", password="geheim-wachtwoord-2", is_staff=True
    )
    user.groups.add(Group.objects.get(name="trainer"))
    return user


@pytest.fixture
def coach_client(client, coach):
    client.force_login(coach)
    return client
