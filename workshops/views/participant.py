"""Participants: join with a code and a name (no account needed), do the exercises.

These views are open to anonymous visitors; each checks the session's participant itself.
"""

import math

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from privacy import forget

from .. import ratelimit
from ..access import SESSION_KEY, bind_participant, current_participant
from ..forms import ANSWER_FORMS, JoinForm
from ..grading import grade
from ..models import Attempt, Workshop, normalise_join_code
from .context import exercise_context


def _blocked_message():
    minutes = math.ceil(ratelimit.window_seconds() / 60)
    return _(
        "Je hebt te vaak een verkeerde code ingevuld. Wacht %(minutes)d minuten en probeer het "
        "dan opnieuw, of vraag je trainer de code nog eens te laten zien."
    ) % {"minutes": minutes}


@login_not_required
@require_http_methods(["GET", "POST"])
def join(request, code=""):
    initial = {"code": code}
    if request.user.is_authenticated:
        initial["display_name"] = request.user.get_full_name() or request.user.get_username()
    form = JoinForm(request.POST if request.method == "POST" else None, initial=initial)
    status = 200
    if form.is_bound and form.is_valid():
        if ratelimit.is_blocked(request):
            form.add_error(None, _blocked_message())
            status = 429
        else:
            workshop = Workshop.objects.filter(
                join_code=normalise_join_code(form.cleaned_data["code"])
            ).first()
            if workshop is None:
                ratelimit.record_failure(request)
                form.add_error(
                    "code",
                    _(
                        "Deze code kennen we niet. Controleer de code op de dia van je trainer "
                        "(alleen letters en cijfers, zonder 0, O, 1, I of L)."
                    ),
                )
            elif not workshop.is_open:
                form.add_error(
                    "code",
                    _(
                        "De workshop ‘%(name)s’ is gesloten: je kunt niet meer meedoen. Vraag de "
                        "trainer of er een nieuwe workshop is."
                    )
                    % {"name": workshop.name},
                )
            else:
                participant = workshop.join(form.cleaned_data["display_name"], request.user)
                bind_participant(request, participant)
                messages.success(
                    request,
                    _("Welkom, %(name)s! Je doet mee aan ‘%(workshop)s’.")
                    % {"name": participant.display_name, "workshop": workshop.name},
                )
                return redirect("workshops:home")
    context = {"form": form, "participant": current_participant(request)}
    return TemplateResponse(request, "workshops/join.html", context, status=status)


def _participant_or_redirect(request):
    participant = current_participant(request)
    if participant is None:
        messages.info(request, _("Je doet (nog) niet mee aan een workshop. Vul de code in."))
    return participant


@login_not_required
@require_GET
def home(request):
    participant = _participant_or_redirect(request)
    if participant is None:
        return redirect("workshops:join")
    exercises = list(participant.workshop.ordered_exercises())
    attempts = Attempt.objects.filter(participant=participant)
    status = {}
    for attempt in attempts:
        status[attempt.exercise_id] = status.get(attempt.exercise_id, False) or attempt.is_good
    rows = [(e, e.pk in status, status.get(e.pk, False)) for e in exercises]
    context = {
        "participant": participant,
        "workshop": participant.workshop,
        "rows": rows,
        "done": len(status),
    }
    return TemplateResponse(request, "workshops/home.html", context)


def _exercise_for(participant, pk):
    """An exercise of the participant's own workshop, or 404."""
    return get_object_or_404(participant.workshop.exercises.all(), pk=pk)


@login_not_required
@require_http_methods(["GET", "POST"])
def exercise(request, pk):
    participant = current_participant(request)
    if participant is None:
        raise Http404
    item = _exercise_for(participant, pk)
    form_class = ANSWER_FORMS[item.kind]
    form = form_class(request.POST if request.method == "POST" else None, exercise=item)
    attempt = None
    if form.is_bound:
        if not participant.workshop.is_open:
            form.add_error(
                None, _("Deze workshop is gesloten; je kunt geen antwoorden meer geven.")
            )
        elif form.is_valid():
            attempt = grade(item, participant, form.cleaned_data)
            if not request.htmx:
                return redirect("workshops:attempt", pk=attempt.pk)
    context = exercise_context(item, participant, form, attempt)
    template = "workshops/exercise.html"
    if request.htmx and form.is_bound:
        template += "#answer"
    return TemplateResponse(request, template, context)


@login_not_required
@require_GET
def attempt_detail(request, pk):
    participant = current_participant(request)
    if participant is None:
        raise Http404
    attempt = get_object_or_404(
        Attempt.objects.select_related("exercise"), pk=pk, participant=participant
    )
    item = attempt.exercise
    form = ANSWER_FORMS[item.kind](exercise=item)
    context = exercise_context(item, participant, form, attempt)
    return TemplateResponse(request, "workshops/exercise.html", context)


@login_not_required
@require_POST
def leave(request):
    participant = current_participant(request)
    request.session.pop(SESSION_KEY, None)
    if participant is not None and request.POST.get("forget"):
        forget.forget_participant(participant)
        messages.info(
            request, _("Je bent uit de workshop gestapt; je antwoorden en beurten zijn gewist.")
        )
        return redirect(reverse("workshops:join"))
    messages.info(request, _("Je bent uit de workshop gestapt op dit apparaat."))
    return redirect(reverse("workshops:join"))
