"""Trainers: their own workshops (create, dashboard, rename, close, reopen, delete, export)
and new exercises from any case line. Someone else's workshop is a 404."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coachapp.roles import is_trainer
from coachapp.spreadsheet import csv_text
from privacy import audit, forget
from privacy.middleware import passive

from ..access import current_participant, own_workshop, trainer_required
from ..forms import WorkshopForm
from ..models import Exercise
from ..stats import csv_rows, exercise_figures, participant_progress


@require_GET
def index(request):
    """Trainers see their workshops; anyone else who is logged in goes to the join page."""
    if not is_trainer(request.user):
        if current_participant(request) is not None:
            return redirect("workshops:home")
        return redirect("workshops:join")
    return _index_page(request, WorkshopForm(user=request.user))


def _index_page(request, form, status=200):
    workshops = request.user.workshops.all()
    return TemplateResponse(
        request,
        "workshops/trainer_index.html",
        {"workshops": workshops, "form": form},
        status=status,
    )


@trainer_required
@require_http_methods(["GET", "POST"])
def create(request):
    if request.method == "GET":  # the address after a failed create, reloaded or bookmarked
        return redirect("workshops:index")
    form = WorkshopForm(request.POST, user=request.user)
    if not form.is_valid():
        return _index_page(request, form, status=400)
    workshop = form.save(commit=False)
    workshop.trainer = request.user
    workshop.save()
    form.save_m2m()
    audit.record(request, audit.Action.CREATE, workshop)
    messages.success(
        request,
        _("Workshop ‘%(name)s’ staat klaar. De code is %(code)s.")
        % {"name": workshop.name, "code": workshop.join_code},
    )
    return redirect("workshops:dashboard", pk=workshop.pk)


def _dashboard_context(request, workshop):
    join_path = reverse("workshops:join_code", args=[workshop.join_code])
    return {
        "workshop": workshop,
        "join_url": request.build_absolute_uri(join_path),
        "figures": exercise_figures(workshop),
        "progress": participant_progress(workshop),
        "now": timezone.now(),
    }


@trainer_required
@require_GET
def dashboard(request, pk):
    workshop = own_workshop(request, pk)
    audit.record(request, audit.Action.VIEW, workshop)
    template = "workshops/dashboard.html"
    context = _dashboard_context(request, workshop)
    if request.htmx:
        template += "#figures"
    else:
        context["rooms"] = workshop.rooms.select_related("case").order_by("-created")
    return TemplateResponse(request, template, context)


@passive  # the dashboard polls every 3 seconds: no activity of the trainer
@trainer_required
@require_GET
def dashboard_figures(request, pk):
    """The fragment the dashboard polls."""
    workshop = own_workshop(request, pk)
    return TemplateResponse(
        request, "workshops/dashboard.html#figures", _dashboard_context(request, workshop)
    )


@trainer_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    workshop = own_workshop(request, pk)
    form = WorkshopForm(
        request.POST if request.method == "POST" else None, instance=workshop, user=request.user
    )
    if form.is_bound and form.is_valid():
        form.save()
        audit.record(request, audit.Action.CHANGE, workshop)
        messages.success(request, _("De workshop is bijgewerkt."))
        return redirect("workshops:dashboard", pk=workshop.pk)
    return TemplateResponse(
        request, "workshops/workshop_edit.html", {"workshop": workshop, "form": form}
    )


@trainer_required
@require_POST
def close(request, pk):
    workshop = own_workshop(request, pk)
    workshop.closed = True
    workshop.save(update_fields=["closed"])
    audit.record(request, audit.Action.CHANGE, workshop, _("gesloten"))
    messages.success(request, _("De workshop is gesloten: niemand kan nog meedoen of antwoorden."))
    return redirect("workshops:dashboard", pk=workshop.pk)


@trainer_required
@require_POST
def reopen(request, pk):
    workshop = own_workshop(request, pk)
    workshop.closed = False
    fields = ["closed"]
    if workshop.ends_on and workshop.ends_on < timezone.localdate():
        workshop.ends_on = None
        fields.append("ends_on")
    workshop.save(update_fields=fields)
    audit.record(request, audit.Action.CHANGE, workshop, _("heropend"))
    messages.success(request, _("De workshop is weer open."))
    return redirect("workshops:dashboard", pk=workshop.pk)


@trainer_required
@require_http_methods(["GET", "POST"])
def delete(request, pk):
    workshop = own_workshop(request, pk)
    if request.method == "POST":
        name = workshop.name
        audit.record(request, audit.Action.DELETE, workshop)
        forget.delete_workshop(workshop, keep_roleplays=bool(request.POST.get("keep_roleplays")))
        messages.success(request, _("Workshop ‘%(name)s’ is verwijderd.") % {"name": name})
        return redirect("workshops:index")
    context = {"workshop": workshop, "summary": forget.workshop_summary(workshop)}
    return TemplateResponse(request, "workshops/workshop_delete.html", context)


@trainer_required
@require_POST
def remove_participant(request, pk, participant_pk):
    workshop = own_workshop(request, pk)
    participant = get_object_or_404(workshop.participants, pk=participant_pk)
    forget.forget_participant(participant)  # with their answers, notes and role-play turns
    audit.record(request, audit.Action.CHANGE, workshop, _("deelnemer verwijderd"))
    if request.htmx:
        return TemplateResponse(
            request, "workshops/dashboard.html#figures", _dashboard_context(request, workshop)
        )
    messages.success(
        request,
        _("%(name)s is uit de workshop verwijderd.") % {"name": participant.display_name},
    )
    return redirect("workshops:dashboard", pk=workshop.pk)


@trainer_required
@require_GET
def export(request, pk):
    workshop = own_workshop(request, pk)
    audit.record(request, audit.Action.EXPORT, workshop, "CSV")
    response = HttpResponse(csv_text(csv_rows(workshop)), content_type="text/csv; charset=utf-8")
    filename = f"workshop-{slugify(workshop.name) or workshop.pk}-resultaten.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@trainer_required
@require_GET
def exercise_library(request):
    from dialogues.models import Case

    exercises = Exercise.objects.available_to(request.user).select_related("case")
    cases = Case.objects.prefetch_related("dialogues__turns")
    lines = []
    for case in cases:
        turns = [
            turn
            for dialogue in case.dialogues.all()
            if dialogue.kind == "example" or dialogue.owner_id == request.user.pk
            for turn in dialogue.turns.all()
            if turn.role == "client"
        ]
        lines.append((case, turns))
    return TemplateResponse(
        request, "workshops/exercise_library.html", {"exercises": exercises, "lines": lines}
    )
