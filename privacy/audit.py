"""One helper for the audit trail: `record(request, action, obj)`."""

from datetime import timedelta

from django.utils import timezone

from .models import AuditEvent

Action = AuditEvent.Action
# Looking at the same thing again within this time is one view, not many.
VIEW_COALESCE = timedelta(minutes=30)


def _describe(obj):
    """(object type, owner id, label) of a dialogue or workshop."""
    from dialogues.models import Dialogue
    from workshops.models import Workshop

    if isinstance(obj, Workshop):
        return AuditEvent.ObjectType.WORKSHOP, obj.trainer_id, obj.name
    if isinstance(obj, Dialogue):
        kind = {
            Dialogue.Kind.PRACTICE: AuditEvent.ObjectType.PRACTICE,
            Dialogue.Kind.ROLEPLAY: AuditEvent.ObjectType.ROLEPLAY,
        }.get(obj.kind, AuditEvent.ObjectType.TRANSCRIPT)
        owner = obj.owner_id
        if owner is None and kind == AuditEvent.ObjectType.ROLEPLAY:
            room_round = getattr(obj, "room_round", None)
            trainer = room_round.room.trainer if room_round is not None else None
            owner = trainer.pk if trainer is not None else None
        return kind, owner, obj.title
    raise TypeError(f"no audit trail for {type(obj).__name__}")


def record(request, action, obj, detail=""):
    """Note that the person behind `request` did `action` to `obj` (a Dialogue or Workshop)."""
    object_type, owner_id, label = _describe(obj)
    user = getattr(request, "user", None)
    actor_id = user.pk if user is not None and user.is_authenticated else None
    if action == Action.VIEW:
        recent = AuditEvent.objects.filter(
            action=action,
            object_type=object_type,
            object_id=obj.pk,
            actor_id=actor_id,
            created__gte=timezone.now() - VIEW_COALESCE,
        )
        if recent.exists():
            return None
    return AuditEvent.objects.create(
        actor_id=actor_id,
        action=action,
        object_type=object_type,
        object_id=obj.pk,
        object_label=str(label)[:200],
        owner_id=owner_id,
        detail=str(detail)[:200],
    )


def for_owner(user):
    return AuditEvent.objects.filter(owner=user).select_related("actor")


def for_object(obj):
    """The trail of one dialogue or workshop (for its owner's page), newest first."""
    object_type, _owner, _label = _describe(obj)
    return AuditEvent.objects.filter(object_type=object_type, object_id=obj.pk).select_related(
        "actor"
    )
