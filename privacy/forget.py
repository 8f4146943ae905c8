"""Deleting people's data, with what goes along, in one place.

- A role-play round's dialogue goes when its round goes (a room or workshop deleted, here, in the
  admin or by `purge`), unless the caller keeps it for review: then it is pseudonymised (speakers
  become their role, observers' notes go) and owned by the trainer.
- A participant who is forgotten (removed by the trainer, leaving with "wis mijn gegevens", or
  deleting their data) loses their answers, their notes and every turn they spoke in a round.
- An account that is deleted takes all of the above for each of its memberships, its workshops
  and own rooms, everything it owns (practice sessions, transcripts, judgements, comments,
  shares, exercises, drafts) and the login records of its username along.
- An exercise made from a turn goes with the turn (`Exercise.source_turn` cascades).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import post_delete
from django.dispatch import receiver

_kept_dialogues = ContextVar("kept_dialogues", default=frozenset())


@contextmanager
def keeping(dialogue_ids):
    token = _kept_dialogues.set(_kept_dialogues.get() | frozenset(dialogue_ids))
    try:
        yield
    finally:
        _kept_dialogues.reset(token)


@receiver(post_delete, sender="rooms.Round")
def _round_deleted(sender, instance, **kwargs):
    from dialogues.models import Dialogue

    if instance.dialogue_id not in _kept_dialogues.get():
        Dialogue.objects.filter(pk=instance.dialogue_id).delete()


def pseudonymise_rounds(dialogues, trainer):
    """Keep these role-play dialogues for `trainer`'s review, without anyone's name."""
    from reviews.models import Share
    from rooms.models import ObserverNote

    for dialogue in dialogues:
        dialogue.turns.update(speaker="")
        ObserverNote.objects.filter(turn__dialogue=dialogue).delete()
        dialogue.owner = trainer
        dialogue.save(update_fields=["owner", "updated"])
        # The trainer owns it now: their own share is moot, and a share someone else made (a
        # participant who opened the room, before rounds stopped being theirs) goes too.
        Share.objects.filter(dialogue=dialogue).filter(
            Q(trainer=trainer) | ~Q(shared_by=trainer)
        ).delete()


def round_dialogues(rooms):
    from dialogues.models import Dialogue

    return Dialogue.objects.filter(room_round__room__in=rooms)


def workshop_summary(workshop):
    """What deleting this workshop takes along (for the confirmation page)."""
    from workshops.models import Attempt

    rooms = workshop.rooms.all()
    return {
        "participants": workshop.participants.count(),
        "answers": Attempt.objects.filter(participant__workshop=workshop).count(),
        "rooms": rooms.count(),
        "rounds": round_dialogues(rooms).count(),
    }


@transaction.atomic
def delete_workshop(workshop, keep_roleplays=False):
    """Delete a workshop with its participants, answers, rooms and role-play dialogues; with
    `keep_roleplays` the dialogues stay with the trainer, pseudonymised."""
    dialogues = list(round_dialogues(workshop.rooms.all()))
    if keep_roleplays:
        pseudonymise_rounds(dialogues, workshop.trainer)
        with keeping(d.pk for d in dialogues):
            workshop.delete()
    else:
        workshop.delete()


def room_summary(room):
    from dialogues.models import Turn

    dialogues = round_dialogues([room])
    return {
        "members": room.members.count(),
        "rounds": dialogues.count(),
        "turns": Turn.objects.filter(dialogue__in=dialogues).count(),
    }


@transaction.atomic
def delete_room(room, keep_roleplays=False):
    """Delete a room with its members and rounds; with `keep_roleplays` the rounds stay with the
    room's trainer, pseudonymised. Otherwise they go along (the signal above)."""
    dialogues = list(round_dialogues([room]))
    if keep_roleplays and room.trainer is not None:
        pseudonymise_rounds(dialogues, room.trainer)
        with keeping(d.pk for d in dialogues):
            room.delete()
    else:
        room.delete()


def participant_turns(participant):
    """The turns this participant said in a room (`rooms.SpokenTurn`), whatever role they held
    when the round started."""
    from dialogues.models import Turn

    return Turn.objects.filter(room_speaker__participant=participant)


def _unattributed_turns(participant):
    """Turns from before turns recorded who said them (`rooms 0004` could not tell): those of
    the role this participant had in a round. Deleted with them, not exported to them."""
    from dialogues.models import Turn

    condition = Q(pk__in=[])
    for player in participant.round_players.select_related("round"):
        condition |= Q(dialogue_id=player.round.dialogue_id, role=player.role)
    return Turn.objects.filter(condition, role__in=["coach", "client"], room_speaker__isnull=True)


def participant_summary(participant):
    return {
        "answers": participant.attempts.count(),
        "turns": participant_turns(participant).count(),
        "notes": participant.observer_notes.count(),
        "rooms": participant.room_memberships.count(),
    }


@transaction.atomic
def forget_participant(participant):
    """Delete a participant with their answers, notes and the turns they spoke."""
    from dialogues.models import Dialogue, Turn

    turns = Turn.objects.filter(
        Q(pk__in=participant_turns(participant).values("pk"))
        | Q(pk__in=_unattributed_turns(participant).values("pk"))
    )
    dialogue_ids = set(turns.values_list("dialogue_id", flat=True))
    Turn.objects.filter(pk__in=list(turns.values_list("pk", flat=True))).delete()
    for dialogue in Dialogue.objects.filter(pk__in=dialogue_ids):
        dialogue.renumber_turns()
    participant.delete()


def account_summary(user):
    from dialogues.models import Dialogue
    from reviews.models import Comment, Judgement

    owned = Dialogue.objects.filter(owner=user)
    return {
        "practices": owned.filter(kind=Dialogue.Kind.PRACTICE).count(),
        "transcripts": owned.filter(kind=Dialogue.Kind.IMPORTED).count(),
        "roleplays": owned.filter(kind=Dialogue.Kind.ROLEPLAY).count(),
        "workshops": user.workshops.count(),
        "judgements": Judgement.objects.filter(author=user).count()
        + Comment.objects.filter(author=user).count(),
        "memberships": user.workshop_memberships.count(),
        "exercises": user.exercises.count(),
    }


@transaction.atomic
def forget_user(user):
    """Delete an account and everything the app holds about it."""
    from dialogues.models import Dialogue
    from rooms.models import Room
    from workshops.models import Workshop

    for participant in user.workshop_memberships.all():
        forget_participant(participant)
    for workshop in Workshop.objects.filter(trainer=user):
        delete_workshop(workshop)
    for room in Room.objects.filter(workshop__isnull=True, opened_by_user=user):
        delete_room(room)
    # A round of a workshop's room that this account opened stays with the workshop's trainer
    # (its turns by this account are gone already).
    Dialogue.objects.filter(owner=user, room_round__room__workshop__isnull=False).update(owner=None)
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    for model in (AccessAttempt, AccessFailureLog, AccessLog):  # login records of this name
        model.objects.filter(username=user.get_username()).delete()
    user.delete()
