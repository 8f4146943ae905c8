"""What the exercise page shows: the task, the participant's own earlier answers, and feedback."""

from django.utils.translation import gettext_lazy as _

from dialogues.analysis import KIND
from dialogues.labels import code_label

from ..help import PROBLEM_CODES, STRENGTH_CODES, code_help
from ..models import Attempt, Exercise
from ..scoring import verdict_message


def code_groups():
    return [
        (_("Signalen van niet-mentaliseren"), [(c, code_label(c)) for c in PROBLEM_CODES]),
        (
            _("Sterke punten: hier mentaliseert de cliënt"),
            [(c, code_label(c)) for c in STRENGTH_CODES],
        ),
    ]


def marker_rows(sentences, checked):
    """Per sentence (and once for the whole utterance) the code checkboxes, grouped."""
    rows = [(s.index, s.text) for s in sentences] + [("all", None)]
    result = []
    for index, text in rows:
        groups = []
        for label, codes in code_groups():
            boxes = [
                (f"{index}:{code}", name, f"{index}:{code}" in checked) for code, name in codes
            ]
            groups.append((label, boxes))
        is_open = any(box[2] for _label, boxes in groups for box in boxes)
        result.append({"index": index, "text": text, "groups": groups, "open": is_open})
    return result


def _pair_view(exercise, pair, sentences):
    sentence, code = pair
    item = next(
        (i for i in exercise.key if i.get("sentence") == sentence and i.get("code") == code), {}
    )
    return {
        "code": code,
        "label": code_label(code),
        "kind": KIND.get(code, "neutral"),
        "where": sentences[sentence].text if sentence is not None else None,
        "sentence": sentence,
        "words": item.get("words", ""),
        "explanation": item.get("explanation") or code_help(code),
    }


def feedback(exercise, attempt):
    """Plain data for the feedback partial."""
    if attempt is None:
        return None
    result = attempt.result
    sentences = exercise.sentences()
    view = {"attempt": attempt, "is_good": attempt.is_good, "score": attempt.score}
    if exercise.kind == Exercise.Kind.MARKERS:
        for name in ("found", "missed", "over_marked"):
            view[name] = [
                _pair_view(exercise, (s, c), sentences)
                for s, c in result.get(name, [])
                if s is None or 0 <= s < len(sentences)
            ]
        view["key_total"] = len(view["found"]) + len(view["missed"])
    elif exercise.kind == Exercise.Kind.NOT_KNOWING:
        view["message"] = verdict_message(result.get("verdict"), result.get("message", ""))
    elif exercise.kind == Exercise.Kind.CHOOSE:
        chosen = attempt.answer.get("option")
        view["options"] = [
            {**option, "index": i, "chosen": i == chosen}
            for i, option in enumerate(exercise.options)
        ]
    elif exercise.kind == Exercise.Kind.REWIND:
        index = attempt.answer.get("sentence", 0)
        view["chosen_sentence"] = sentences[index].text if 0 <= index < len(sentences) else ""
        question = result.get("question", {})
        view["message"] = verdict_message(question.get("verdict"), question.get("message", ""))
        view["moment_sentences"] = [
            sentences[m].text for m in exercise.moments if m < len(sentences)
        ]
    return view


def exercise_context(exercise, participant, form, attempt=None):
    own = Attempt.objects.filter(participant=participant, exercise=exercise).order_by("-created")
    checked = set()
    if exercise.kind == Exercise.Kind.MARKERS:
        if form.is_bound:
            checked = set(form.data.getlist("marks"))
        elif attempt is not None:
            checked = {
                f"{'all' if s is None else s}:{c}" for s, c in attempt.answer.get("marks", [])
            }
    exercises = list(participant.workshop.ordered_exercises())
    position = next((i for i, e in enumerate(exercises) if e.pk == exercise.pk), 0)
    return {
        "participant": participant,
        "workshop": participant.workshop,
        "exercise": exercise,
        "sentences": exercise.sentences(),
        "marker_rows": marker_rows(exercise.sentences(), checked),
        "form": form,
        "attempt": attempt,
        "feedback": feedback(exercise, attempt),
        "own_attempts": own,
        "next_exercise": exercises[position + 1] if position + 1 < len(exercises) else None,
        "position": position + 1,
        "count": len(exercises),
    }
