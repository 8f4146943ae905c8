"""Pages about one's own data: the login lock-out, "Mijn gegevens" (export, delete), the log."""

import json
import math

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from . import audit, export, forget
from .text import CleanTextMixin


class DeleteForm(CleanTextMixin, forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy("Ik begrijp dat dit niet ongedaan kan worden."),
        error_messages={"required": gettext_lazy("Vink aan dat je dit begrijpt.")},
    )


def locked_out(request, original_response=None, credentials=None):
    """django-axes: too many wrong passwords for this username from this address (HTTP 429)."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "cooloff_minutes": minutes}
    return render(request, "registration/locked_out.html", context, status=429)


def session_participants(request):
    """The participants (without an account) this browser session joined as."""
    from rooms.access import SESSION_KEY as ROOMS_KEY
    from workshops.access import SESSION_KEY as WORKSHOP_KEY
    from workshops.models import Participant

    ids = {pk for pk in request.session.get(ROOMS_KEY, {}).values() if isinstance(pk, int)}
    if isinstance(request.session.get(WORKSHOP_KEY), int):
        ids.add(request.session[WORKSHOP_KEY])
    return list(
        Participant.objects.filter(pk__in=ids, user__isnull=True).select_related("workshop")
    )


def _context(request):
    if request.user.is_authenticated:
        memberships = list(request.user.workshop_memberships.select_related("workshop"))
        return {
            "account": request.user,
            "summary": forget.account_summary(request.user),
            "participants": [(p, forget.participant_summary(p)) for p in memberships],
        }
    participants = session_participants(request)
    return {
        "account": None,
        "participants": [(p, forget.participant_summary(p)) for p in participants],
    }


@login_not_required
@require_GET
def my_data(request):
    context = _context(request)
    if request.user.is_authenticated:
        context["events"] = audit.for_owner(request.user)[:50]
    context["retention_days"] = settings.RETENTION_DAYS
    return TemplateResponse(request, "privacy/my_data.html", context)


@login_not_required
@require_GET
def my_data_export(request):
    if request.user.is_authenticated:
        data = export.account_data(request.user)
        name = request.user.get_username()
    else:
        participants = session_participants(request)
        if not participants:
            raise Http404
        data = {
            "exported": timezone.now().isoformat(),
            "participations": [export.participant_data(p) for p in participants],
        }
        name = "deelnemer"
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    filename = f"mijn-gegevens-{slugify(name) or 'export'}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_not_required
@require_http_methods(["GET", "POST"])
def my_data_delete(request):
    context = _context(request)
    if context["account"] is None and not context["participants"]:
        raise Http404
    form = DeleteForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if request.user.is_authenticated:
            user = request.user
            logout(request)
            forget.forget_user(user)
        else:
            for participant, _summary in context["participants"]:
                forget.forget_participant(participant)
            request.session.flush()
        messages.success(request, _("Je gegevens zijn verwijderd."))
        return redirect("dialogues:landing")
    context["form"] = form
    return TemplateResponse(
        request, "privacy/delete.html", context, status=422 if form.errors else 200
    )
