"""Solo role-play: a coach practises with a scripted client and gets feedback on every turn.

Every view works on the logged-in user's own practice sessions only; any other id is a 404.
"""

from uuid import uuid4

from django.contrib import messages
from django.db.models import Count, OuterRef
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRefresh, reswap, retarget

from coachapp.roles import remember_review_permission, review_permission_of
from coachapp.sessions import save_session_if_modified
from privacy import audit

from ..forms import PracticeTurnForm
from ..models import Case, Practice

TEMPLATE = "dialogues/practice.html"
PANEL_TURNS = 2  # the panel shows the client's last line and the coach's last move
PAGE_TURNS = 50  # a page that is further behind than this is reloaded instead


def _practices(request):
    return Practice.objects.of(request.user).select_related("dialogue__case", "script")


# A turn's lookup, with the account's review permission (rule ids under markers) in the same
# statement: built once, and cloned by `.of()` for every turn (building it is ~0.4 ms).
TURN_PRACTICES = Practice.objects.select_related("dialogue__case", "script").annotate(
    owner_may_review=review_permission_of(OuterRef("dialogue__owner"))
)


def _own(request, pk):
    return get_object_or_404(_practices(request), pk=pk)


def _session(practice, form=None, show_hint=False):
    turns = list(practice.dialogue.turns.all())
    return {
        "practice": practice,
        "case": practice.dialogue.case,
        "turns": turns,
        "last_position": turns[-1].position if turns else 0,
        "form": form or PracticeTurnForm(initial={"key": uuid4()}),
        "show_hint": show_hint,
        **practice.panel(turns),
    }


def _changes(practice, after):
    """What a turn changed: the turns after `after` (what the page does not show yet; at most a
    few), the form and the panel. Its cost does not depend on the length of the conversation.
    Usually the page shows everything before the two turns just stored: those are the answer,
    without reading them back."""
    dialogue = practice.dialogue
    stored = getattr(practice, "new_turns", None)
    if stored and after == stored[0].position - 1:
        new_turns = latest = list(stored)
    else:
        new_turns = list(dialogue.turns.filter(position__gt=after)[: PAGE_TURNS + 1])
        if len(new_turns) > PAGE_TURNS:
            return None
        latest = list(dialogue.turns.order_by("-position")[:PANEL_TURNS])[::-1]
    return {
        "practice": practice,
        "case": dialogue.case,
        "turns": new_turns,
        "last_position": latest[-1].position if latest else 0,
        "form": PracticeTurnForm(initial={"key": uuid4()}),
        "oob": True,
        **practice.panel(latest),
    }


def _shown_position(request):
    try:
        return max(0, int(request.POST.get("after", "")))
    except ValueError:
        return None


@require_GET
def practice_list(request):
    practices = (
        Practice.objects.of(request.user)
        .select_related("dialogue__case")
        .annotate(turn_count=Count("dialogue__turns"))
        .order_by("-dialogue__updated")
    )
    return TemplateResponse(request, "dialogues/practice_list.html", {"practices": practices})


@require_http_methods(["GET", "POST"])
def practice_start(request, slug):
    case = get_object_or_404(Case.objects.filter(script__isnull=False), slug=slug)
    if request.method == "GET":  # a bookmarked or reloaded start address
        return redirect(case)
    return redirect(Practice.start(request.user, case, request.POST.get("style", "plain")))


@require_GET
def practice(request, pk):
    practice = _own(request, pk)
    return TemplateResponse(request, TEMPLATE, _session(practice, show_hint="hint" in request.GET))


@require_POST
def practice_turn(request, pk):
    """htmx: the new turns (appended to the list), form and panel out of band; on invalid input
    only the form, with its errors. Without JavaScript: POST/redirect.

    A valid turn is one transaction: the practice is looked up among the user's own (404 for
    any other) and locked by the same statement, and the session's activity time, when due, is
    written in it too (one commit, `coachapp.sessions`)."""
    form = PracticeTurnForm(request.POST)
    if form.is_valid():
        try:
            practice = Practice.respond_in(
                TURN_PRACTICES.of(request.user),
                pk,
                form.cleaned_data["text"],
                form.cleaned_data["key"],
                before_commit=lambda: save_session_if_modified(request),
            )
        except Practice.DoesNotExist:
            raise Http404 from None
        remember_review_permission(request.user, practice.owner_may_review)
    else:
        practice = _own(request, pk)
    if practice.finished:
        form.add_error(None, _("Dit gesprek is afgerond; begin een nieuw oefengesprek."))
    if form.is_valid():
        if not request.htmx:
            return redirect(practice)
        after = _shown_position(request)
        changes = _changes(practice, after) if after is not None else None
        if changes is None:  # a page from before this change, or far behind: load it whole
            return HttpResponseClientRefresh()
        return TemplateResponse(request, TEMPLATE + "#turn_response", changes)
    if not request.htmx:
        return TemplateResponse(request, TEMPLATE, _session(practice, form))
    context = {
        "practice": practice,
        "case": practice.dialogue.case,
        "form": form,
        "last_position": _shown_position(request) or 0,
    }
    response = TemplateResponse(request, TEMPLATE + "#turn_form", context)
    return reswap(retarget(response, "#turn-form-box"), "outerHTML")


@require_POST
def practice_hint(request, pk):
    practice = _own(request, pk)
    practice.count_hint()
    if not request.htmx:
        return redirect(reverse("dialogues:practice", args=[pk]) + "?hint=1#hint")
    return TemplateResponse(request, TEMPLATE + "#hint", _session(practice, show_hint=True))


@require_POST
def practice_finish(request, pk):
    practice = _own(request, pk)
    practice.finish()
    return redirect("dialogues:practice_debrief", pk=pk)


@require_GET
def practice_debrief(request, pk):
    practice = _own(request, pk)
    turns = list(practice.dialogue.turns.all())
    context = {"practice": practice, "turns": turns, "debrief": practice.debrief(turns)}
    return TemplateResponse(request, "dialogues/practice_debrief.html", context)


@require_POST
def practice_delete(request, pk):
    practice = _own(request, pk)
    audit.record(request, audit.Action.DELETE, practice.dialogue)
    practice.dialogue.delete()
    messages.success(request, _("Het oefengesprek is verwijderd."))
    return redirect("dialogues:practice_list")


@require_GET
def practice_export(request, pk, fmt):
    practice = _own(request, pk)
    audit.record(request, audit.Action.EXPORT, practice.dialogue, fmt.upper())
    turns = list(practice.dialogue.turns.all())
    filename = f"oefengesprek-{practice.pk}.{fmt}"
    if fmt == "json":
        response = JsonResponse(
            practice.export(turns), json_dumps_params={"ensure_ascii": False, "indent": 2}
        )
    else:
        response = HttpResponse(
            practice.export_text(turns), content_type="text/plain; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
