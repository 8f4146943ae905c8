"""Who may see what: the session's participant, and trainers for their own workshops only."""

from functools import wraps

from django.http import Http404
from django.shortcuts import get_object_or_404

from coachapp.roles import is_trainer

from .models import Participant, Workshop

SESSION_KEY = "workshop_participant"


def current_participant(request):
    """The participant bound to this browser session; an account also finds its latest
    membership on another device. None when there is none (or it was removed). Someone who
    only joined a trainer's own role-play room (no workshop) is not a workshop participant."""
    pk = request.session.get(SESSION_KEY)
    if pk is not None:
        participant = (
            Participant.objects.select_related("workshop")
            .filter(pk=pk, workshop__isnull=False)
            .first()
        )
        if participant is not None:
            return participant
        request.session.pop(SESSION_KEY, None)
    if request.user.is_authenticated:
        participant = (
            Participant.objects.select_related("workshop")
            .filter(user=request.user, workshop__isnull=False)
            .order_by("-joined")
            .first()
        )
        if participant is not None:
            request.session[SESSION_KEY] = participant.pk
        return participant
    return None


def bind_participant(request, participant):
    if request.user.is_anonymous:
        request.session.cycle_key()
    request.session[SESSION_KEY] = participant.pk


def trainer_required(view):
    """Logged in (the middleware sees to that) and in the group 'trainer'; otherwise 404."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_trainer(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


def own_workshop(request, pk):
    return get_object_or_404(Workshop.objects.for_trainer(request.user), pk=pk)
