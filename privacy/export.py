"""Everything the app holds about one person, as one JSON-ready dict.

`account_data(user)` for an account, `participant_data(participant)` for a workshop or room
participant without one (an account's memberships are included in its own export).
"""

from django.utils import timezone


def _when(value):
    return value.isoformat() if value else None


def _turns(dialogue):
    return [
        {
            "position": turn.position,
            "role": turn.role,
            "speaker": turn.speaker,
            "text": turn.text,
            "created": _when(turn.created),
        }
        for turn in dialogue.turns.order_by("position")
    ]


def _dialogue(dialogue):
    data = {
        "id": dialogue.pk,
        "kind": dialogue.kind,
        "title": dialogue.title,
        "case": dialogue.case.name if dialogue.case_id else None,
        "created": _when(dialogue.created),
        "updated": _when(dialogue.updated),
        "turns": _turns(dialogue),
        "shared_with": [share.trainer.get_username() for share in dialogue.review_shares.all()],
    }
    practice = getattr(dialogue, "practice", None) if dialogue.kind == "practice" else None
    if practice is not None:
        fields = ("style", "openness", "affect", "memory", "hints_used")
        data["practice"] = {name: getattr(practice, name, None) for name in fields}
        data["practice"]["finished"] = _when(practice.finished)
    return data


def participant_data(participant):
    from .forget import participant_turns

    return {
        "public_id": str(participant.public_id),
        "name": participant.display_name,
        "workshop": participant.workshop.name if participant.workshop_id else None,
        "joined": _when(participant.joined),
        "answers": [
            {
                "exercise": attempt.exercise.title,
                "answer": attempt.answer,
                "result": attempt.result,
                "score": attempt.score,
                "good": attempt.is_good,
                "created": _when(attempt.created),
            }
            for attempt in participant.attempts.select_related("exercise").order_by("created")
        ],
        "rooms": [
            {"case": m.room.case.name, "role": m.role, "joined": _when(m.joined)}
            for m in participant.room_memberships.select_related("room__case")
        ],
        "turns": [
            {
                "round": turn.dialogue.title,
                "position": turn.position,
                "role": turn.role,
                "text": turn.text,
                "created": _when(turn.created),
            }
            for turn in participant_turns(participant).select_related("dialogue")
        ],
        "observer_notes": [
            {"turn": note.turn.text, "note": note.text, "updated": _when(note.updated)}
            for note in participant.observer_notes.select_related("turn")
        ],
    }


def account_data(user):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    from dialogues.models import Dialogue
    from reviews.models import Comment, ImportDraft, Judgement, Share

    from .models import AuditEvent

    return {
        "exported": _when(timezone.now()),
        "account": {
            "username": user.get_username(),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "date_joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
            "groups": sorted(user.groups.values_list("name", flat=True)),
        },
        "dialogues": [
            _dialogue(d)
            for d in Dialogue.objects.filter(owner=user).select_related("case", "practice")
        ],
        "judgements": [
            {
                "dialogue": j.turn.dialogue_id,
                "turn": j.turn.position,
                "code": j.code,
                "verdict": j.verdict,
                "start": j.start,
                "end": j.end,
                "updated": _when(j.updated),
            }
            for j in Judgement.objects.filter(author=user).select_related("turn")
        ],
        "comments": [
            {
                "dialogue": c.turn.dialogue_id,
                "turn": c.turn.position,
                "text": c.text,
                "created": _when(c.created),
            }
            for c in Comment.objects.filter(author=user).select_related("turn")
        ],
        "shared_with_me": [
            {
                "dialogue": s.dialogue.title,
                "by": s.shared_by.get_username() if s.shared_by else None,
            }
            for s in Share.objects.filter(trainer=user).select_related("dialogue", "shared_by")
        ],
        "import_drafts": [
            {"title": d.title, "turns": d.turns, "created": _when(d.created)}
            for d in ImportDraft.objects.filter(owner=user)
        ],
        "workshops": [
            {
                "name": w.name,
                "date": _when(w.date),
                "ends_on": _when(w.ends_on),
                "closed": w.closed,
                "participants": w.participants.count(),
            }
            for w in user.workshops.all()
        ],
        "exercises": [
            {"title": e.title, "kind": e.kind, "text": e.text, "created": _when(e.created)}
            for e in user.exercises.all()
        ],
        "memberships": [participant_data(p) for p in user.workshop_memberships.all()],
        "logins": [
            {
                "when": _when(entry.attempt_time),
                "logged_out": _when(entry.logout_time),
                "address": entry.ip_address,
                "browser": entry.user_agent,
            }
            for entry in AccessLog.objects.filter(username=user.get_username())
        ],
        "failed_logins": [
            {
                "when": _when(entry.attempt_time),
                "address": entry.ip_address,
                "browser": entry.user_agent,
                "locked_out": entry.locked_out,
            }
            for entry in AccessFailureLog.objects.filter(username=user.get_username())
        ],
        "login_lock_counters": [
            {
                "first": _when(entry.attempt_time),
                "failures": entry.failures_since_start,
                "address": entry.ip_address,
                "browser": entry.user_agent,
            }
            for entry in AccessAttempt.objects.filter(username=user.get_username())
        ],
        "activity": [
            {
                "when": _when(e.created),
                "action": e.action,
                "object_type": e.object_type,
                "object": e.object_label,
            }
            for e in AuditEvent.objects.filter(actor=user)
        ],
        # What others did with this person's transcripts, sessions and workshops.
        "activity_on_my_data": [
            {
                "when": _when(e.created),
                "by": e.actor.get_username() if e.actor else None,
                "action": e.action,
                "object_type": e.object_type,
                "object": e.object_label,
                "detail": e.detail,
            }
            for e in AuditEvent.objects.filter(owner=user)
            .exclude(actor=user)
            .select_related("actor")
        ],
        "comments_by_others": [
            {
                "dialogue": c.turn.dialogue_id,
                "turn": c.turn.position,
                "by": c.author.get_username(),
                "text": c.text,
                "created": _when(c.created),
            }
            for c in Comment.objects.filter(turn__dialogue__owner=user)
            .exclude(author=user)
            .select_related("turn", "author")
        ],
        "judgements_by_others": [
            {
                "dialogue": j.turn.dialogue_id,
                "turn": j.turn.position,
                "by": j.author.get_username(),
                "code": j.code,
                "verdict": j.verdict,
                "updated": _when(j.updated),
            }
            for j in Judgement.objects.filter(turn__dialogue__owner=user)
            .exclude(author=user)
            .select_related("turn", "author")
        ],
    }
