"""Trainers edit a case's scripted client and try it out (dry run). Trainers only: others 404.

One page per case: the start values, the styles and the case's topic lexicon, every line with
its tags, and a dry run (example coach turns and which line each gets, with the reason). The
script is checked as a whole on save (`Script.problems`); "Proefrit" runs the unsaved edits.
"""

import json
from importlib import resources

from django.contrib import messages
from django.db import transaction
from django.forms import inlineformset_factory
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from workshops.access import trainer_required

from .. import coach_turn, scripted_client
from ..analysis import analyse
from ..analysis.codes import COACH_CODES, LABEL_NL
from ..forms import DryRunForm, ScriptLineForm, ScriptSettingsForm
from ..models import ClientScript, ScriptLine

LineFormSet = inlineformset_factory(
    ClientScript, ScriptLine, form=ScriptLineForm, extra=2, can_delete=True
)


def example_turns():
    path = resources.files("dialogues") / "practice_lexicon" / "dry_run.json"
    return json.loads(path.read_text(encoding="utf-8"))["turns"]


def dry_run(script, form):
    """Rows for the dry-run table: each coach turn, what it asks, the line it gets and why."""
    data = form.cleaned_data
    analyses = [analyse(text, "coach") for text in data["turns"]]
    style = data.get("style") or "plain"
    if data.get("mode") == "each":
        openness = data.get("openness")
        replies = scripted_client.dry_run_each(
            script, analyses, style, 5 if openness is None else openness
        )
    else:
        replies = scripted_client.dry_run(script, analyses, style)
    return [
        {"n": n, "coach": a.text, "codes": [LABEL_NL[c] for c in a.codes], "reply": r}
        for n, (a, r) in enumerate(zip(analyses, replies, strict=True), start=1)
    ]


def _lines_from(formset):
    return [
        ScriptLine(**{k: v for k, v in f.cleaned_data.items() if k in ScriptLineForm.Meta.fields})
        for f in formset.forms
        if f.cleaned_data and not f.cleaned_data.get("DELETE")
    ]


def legend(script_model):
    persons = [t["id"] for t in script_model.topics if t.get("kind") == "person"]
    return {
        "aspects": [(a, coach_turn.ASPECT_NL[a]) for a in coach_turn.ASPECTS],
        "kinds": list(ScriptLine.Kind.choices),
        "persons": ["self", "coach", *persons],
        "times": list(scripted_client.TIMES),
        "moves": [(c, LABEL_NL[c]) for c in COACH_CODES],
        "feelings": [f["id"] for f in coach_turn.lexicon()["feelings"]],
        "styles": list(scripted_client.STYLE_CHOICES),
    }


@require_http_methods(["GET", "POST"])
@trainer_required
def script_edit(request, slug):
    script = get_object_or_404(ClientScript.objects.select_related("case"), case__slug=slug)
    action = request.POST.get("action", "")
    if request.method == "POST" and action in ("save", "try"):
        settings_form = ScriptSettingsForm(request.POST, instance=script)
        formset = LineFormSet(request.POST, instance=script)
    else:
        settings_form = ScriptSettingsForm(instance=script)
        formset = LineFormSet(instance=script)
    if action == "try":
        run_form = DryRunForm(request.POST)
    elif "turns" in request.GET:
        run_form = DryRunForm(request.GET)
    else:
        run_form = DryRunForm(
            {
                "turns": "\n".join(example_turns()),
                "style": "plain",
                "mode": "conversation",
                "openness": 5,
            }
        )
    problems, rows = [], None
    if request.method == "POST" and action in ("save", "try"):
        if settings_form.is_valid() and formset.is_valid():
            lines = _lines_from(formset)
            topics = settings_form.cleaned_data["topics_text"]
            trial = script.as_script(lines, topics)
            problems = trial.problems()
            if action == "save" and not problems:
                with transaction.atomic():
                    saved = settings_form.save(commit=False)
                    saved.topics = topics
                    saved.styles = settings_form.cleaned_data["styles"]
                    saved.save()
                    formset.save()
                messages.success(request, _("Het script is opgeslagen."))
                return redirect("dialogues:script_edit", slug=slug)
            if action == "try" and run_form.is_valid():
                rows = dry_run(trial, run_form)
    elif run_form.is_valid():
        rows = dry_run(script.as_script(), run_form)
    context = {
        "script": script,
        "case": script.case,
        "settings_form": settings_form,
        "formset": formset,
        "run_form": run_form,
        "rows": rows,
        "problems": problems,
        "legend": legend(script),
    }
    return TemplateResponse(request, "dialogues/script_edit.html", context)
