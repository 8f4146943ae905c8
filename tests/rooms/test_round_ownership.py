"""A workshop room's rounds are not the opener's: only the workshop's trainer reviews them."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.test import Client

from privacy.forget import delete_workshop
from reviews.models import Share
from rooms.models import Role, Room


@pytest.fixture
def other_trainer(django_user_model):
    user = django_user_model.objects.create_user("trainer2", password="geheim-wachtwoord-3")
    user.groups.add(Group.objects.get(name="trainer"))
    return user


@pytest.fixture
def opened_by_account(workshop, case, coach, people):
    """The coach (with an account) opened a room as observer; Anna speaks as client."""
    opener = workshop.join("Coach met account", user=coach)
    room = Room.open_for(opener, case, Role.OBSERVER)
    anna = room.take_role(people["Anna"], Role.CLIENT)
    room.post_turn(anna, "Ik vertel iets persoonlijks over mijn depressie.")
    return room


def test_the_opener_does_not_own_the_round_and_cannot_open_share_or_export_it(
    opened_by_account, coach, other_trainer, trainer
):
    dialogue = opened_by_account.current_round().dialogue
    assert dialogue.owner is None
    assert list(dialogue.review_shares.values_list("trainer", "shared_by")) == [
        (trainer.pk, trainer.pk)
    ]
    browser = Client()
    browser.force_login(coach)
    for url in (f"/transcripten/{dialogue.pk}/", f"/transcripten/{dialogue.pk}/export.csv"):
        assert browser.get(url).status_code == 404
    assert (
        browser.post(f"/transcripten/{dialogue.pk}/delen/", {"username": "trainer2"}).status_code
        == 404
    )
    assert not Share.objects.filter(trainer=other_trainer).exists()

    lead = Client()
    lead.force_login(trainer)
    page = lead.get(f"/transcripten/{dialogue.pk}/")
    assert page.status_code == 200 and "depressie" in page.content.decode()


def test_keeping_the_rounds_leaves_no_share_someone_else_made(
    opened_by_account, coach, other_trainer, trainer
):
    dialogue = opened_by_account.current_round().dialogue
    Share.objects.create(dialogue=dialogue, trainer=other_trainer, shared_by=coach)  # from before
    delete_workshop(opened_by_account.workshop, keep_roleplays=True)
    dialogue.refresh_from_db()
    assert dialogue.owner == trainer
    assert not dialogue.review_shares.exists()


def test_migration_takes_existing_rounds_from_the_opener(
    opened_by_account, coach, other_trainer, trainer
):
    dialogue = opened_by_account.current_round().dialogue
    # As the app left it before: owned by the opener, shared by the opener with two trainers.
    type(dialogue).objects.filter(pk=dialogue.pk).update(owner=coach)
    Share.objects.filter(dialogue=dialogue).update(shared_by=coach)
    Share.objects.create(dialogue=dialogue, trainer=other_trainer, shared_by=coach)

    migration = importlib.import_module("rooms.migrations.0003_workshop_rounds_not_owned_by_opener")
    migration.forwards(apps, None)

    dialogue.refresh_from_db()
    assert dialogue.owner is None
    assert list(dialogue.review_shares.values_list("trainer", "shared_by")) == [
        (trainer.pk, trainer.pk)
    ]


def test_a_trainers_own_room_stays_theirs(trainer, case):
    room = Room.open_own(trainer, case, Role.COACH)
    assert room.current_round().dialogue.owner == trainer


def test_a_share_outlives_the_account_that_made_it(opened_by_account, coach, trainer):
    """A share made by the opener (before rounds were shared by the trainer) stays when the
    opener deletes their account: the trainer keeps the round and its other turns."""
    dialogue = opened_by_account.current_round().dialogue
    Share.objects.filter(dialogue=dialogue).update(shared_by=coach)
    from privacy.forget import forget_user

    forget_user(coach)
    share = Share.objects.get(dialogue=dialogue)
    assert share.trainer == trainer and share.shared_by is None
    assert dialogue.turns.filter(text__contains="depressie").exists()
