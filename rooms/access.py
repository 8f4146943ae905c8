"""Who someone is in a room.

In a workshop's room: the session's workshop participant (`workshops.access`). In a room a
trainer opened on their own: the participant this browser joined it as (remembered in the session,
per room) or the one of the logged-in account. Nobody else is anyone there.
"""

from workshops.access import SESSION_KEY as WORKSHOP_SESSION_KEY
from workshops.access import current_participant
from workshops.models import Participant

SESSION_KEY = "room_participants"  # {"<room pk>": participant pk}, rooms outside a workshop


def joined_participant_ids(request):
    """The participants this browser or account joined rooms outside a workshop as."""
    ids = {pk for pk in request.session.get(SESSION_KEY, {}).values() if isinstance(pk, int)}
    if request.user.is_authenticated:
        ids.update(
            Participant.objects.filter(user=request.user, workshop__isnull=True).values_list(
                "pk", flat=True
            )
        )
    return ids


def room_participant(request, room, members=None):
    """The participant this request speaks for in `room`, or None. `members`: the room's members
    with their participants, if already read (a member of a workshop's room is found there)."""
    if room.workshop_id is not None:
        pk = request.session.get(WORKSHOP_SESSION_KEY)
        for member in members or ():
            if member.participant_id == pk and member.participant.workshop_id == room.workshop_id:
                member.participant.workshop = room.workshop
                return member.participant
        participant = current_participant(request)
        if participant is not None and participant.workshop_id == room.workshop_id:
            return participant
        return None
    member = (
        room.members.filter(participant__in=joined_participant_ids(request))
        .select_related("participant")
        .first()
    )
    return member.participant if member is not None else None


def remember_participant(request, room, participant):
    """This browser is `participant` in `room` from now on (a new session key, as on joining a
    workshop, so a session id planted before cannot be taken over)."""
    joined = dict(request.session.get(SESSION_KEY, {}))
    if request.user.is_anonymous:
        request.session.cycle_key()
    joined[str(room.pk)] = participant.pk
    request.session[SESSION_KEY] = joined
