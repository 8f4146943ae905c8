"""A trainer makes a new exercise from a case line or transcript turn in a few clicks:
the text comes from the turn, the key is prefilled by the analyser and corrected by the trainer."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from dialogues.models import Dialogue, Turn

from ..access import trainer_required
from ..forms import ExerciseFromTurnForm, marker_choices, parse_marks
from ..help import PROBLEM_CODES
from ..models import Exercise
from ..scoring import key_from_analysis
from .context import marker_rows

DEFAULT_INSTRUCTIONS = {
    Exercise.Kind.MARKERS: gettext_lazy(
        "Welke signalen hoor je? Kies per zin de signalen van (niet-)mentaliseren."
    ),
    Exercise.Kind.NOT_KNOWING: gettext_lazy(
        "Schrijf een niet-wetende vervolgvraag: nieuwsgierig naar wat er in de cliënt omgaat."
    ),
    Exercise.Kind.CHOOSE: gettext_lazy(
        "Welke reactie helpt de cliënt het meest om te mentaliseren?"
    ),
    Exercise.Kind.REWIND: gettext_lazy(
        "Waar zou jij als coach de film stilzetten? Kies het moment en schrijf wat je dan zegt."
    ),
}
OPTION_SLOTS = 4


def _turn_for(request, pk):
    """A client turn of an example dialogue or of one of the trainer's own dialogues."""
    visible = Q(dialogue__kind="example") | Q(dialogue__owner=request.user)
    return get_object_or_404(
        Turn.objects.select_related("dialogue__case").filter(visible, role="client"), pk=pk
    )


def _next_coach_line(turn):
    """The coach's answer to `turn`, offered as an example answer. Not in a role-play round: there
    the coach is a participant, whose words go when they are deleted, and a copy in an exercise
    would outlive that."""
    if turn.dialogue.kind == Dialogue.Kind.ROLEPLAY:
        return ""
    following = turn.dialogue.turns.filter(position__gt=turn.position).order_by("position")
    first = following.first()
    return first.text if first and first.role == "coach" else ""


@trainer_required
@require_http_methods(["GET", "POST"])
def exercise_from_turn(request, turn_pk):
    turn = _turn_for(request, turn_pk)
    kind = request.POST.get("kind") or request.GET.get("soort") or Exercise.Kind.MARKERS
    if kind not in Exercise.Kind.values:
        kind = Exercise.Kind.MARKERS
    analysed_key = key_from_analysis(turn.analysed())
    exercise = Exercise(
        kind=kind,
        text=turn.text,
        case=turn.dialogue.case,
        source_turn=turn,
        owner=request.user,
    )
    sentences = exercise.sentences()
    coach_line = _next_coach_line(turn)
    errors = []
    if request.method == "POST":
        form = ExerciseFromTurnForm(request.POST, user=request.user)
        valid = {value for value, _label in marker_choices(sentences)}
        checked = set(request.POST.getlist("marks")) & valid
        moments = {int(m) for m in request.POST.getlist("moments") if m.isdigit()}
        options = _posted_options(request.POST)
        best = request.POST.get("best", "")
        if form.is_valid():
            exercise.title = form.cleaned_data["title"]
            exercise.instructions = form.cleaned_data["instructions"]
            exercise.explanation = form.cleaned_data["explanation"]
            examples = [line.strip() for line in form.cleaned_data["examples"].splitlines()]
            exercise.data = _data(kind, checked, analysed_key, moments, options, best, examples)
            try:
                exercise.full_clean()
            except ValidationError as error:
                errors = error.messages
            else:
                exercise.save()
                workshop = form.cleaned_data["workshop"]
                if workshop:
                    workshop.exercises.add(exercise)
                messages.success(
                    request, _("Oefening ‘%(title)s’ is gemaakt.") % {"title": exercise.title}
                )
                return redirect("workshops:exercise_library")
    else:
        name = turn.dialogue.case.name if turn.dialogue.case else turn.dialogue.title
        form = ExerciseFromTurnForm(
            user=request.user,
            initial={
                # no quotes of its own: the message after saving quotes the title
                "title": f"{name}: {Truncator(turn.text).chars(60)}",
                "instructions": DEFAULT_INSTRUCTIONS[kind],
                "examples": coach_line,
            },
        )
        checked = {
            f"{'all' if i['sentence'] is None else i['sentence']}:{i['code']}" for i in analysed_key
        }
        moments = {
            i["sentence"]
            for i in analysed_key
            if i["sentence"] is not None and i["code"] in PROBLEM_CODES
        }
        options = [{"text": coach_line, "explanation": ""}] + [
            {"text": "", "explanation": ""} for _i in range(OPTION_SLOTS - 1)
        ]
        best = "0" if coach_line else ""
    context = {
        "turn": turn,
        "kind": kind,
        "kinds": Exercise.Kind.choices,
        "form": form,
        "sentences": sentences,
        "marker_rows": marker_rows(sentences, checked),
        "analysed_key": analysed_key,
        "moment_rows": [(s, s.index in moments) for s in sentences],
        "options": [
            {**option, "index": i, "best": str(i) == best} for i, option in enumerate(options)
        ],
        "errors": errors,
    }
    return TemplateResponse(request, "workshops/exercise_new.html", context)


def _posted_options(post):
    return [
        {
            "text": post.get(f"option_text_{i}", "").strip(),
            "explanation": post.get(f"option_explanation_{i}", "").strip(),
        }
        for i in range(OPTION_SLOTS)
    ]


def _data(kind, checked, analysed_key, moments, options, best, examples):
    examples = [e for e in examples if e]
    if kind == Exercise.Kind.MARKERS:
        by_pair = {(i["sentence"], i["code"]): i for i in analysed_key}
        key = []
        for sentence, code in sorted(
            parse_marks(checked), key=lambda p: (p[0] is None, p[0] or 0, p[1])
        ):
            known = by_pair.get((sentence, code), {})
            key.append(
                {
                    "sentence": sentence,
                    "code": code,
                    "words": known.get("words", ""),
                    "explanation": known.get("explanation", ""),
                }
            )
        return {"key": key}
    if kind == Exercise.Kind.CHOOSE:
        chosen = []
        for index, option in enumerate(options):
            if option["text"]:
                chosen.append({**option, "best": str(index) == best})
        return {"options": chosen}
    if kind == Exercise.Kind.REWIND:
        return {"moments": sorted(moments), "examples": examples}
    return {"examples": examples}
