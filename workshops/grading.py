"""From a participant's cleaned answer to a stored Attempt: the analyser plus scoring.py."""

from dialogues.analysis import KIND, analyse
from dialogues.labels import code_label

from .models import Attempt, Exercise
from .scoring import classify_follow_up, score_choice, score_markers, score_rewind
from .text import sentence_of, split_sentences


def _why(analysis):
    """The analyser's own explanation of each marker in the participant's question."""
    return [
        {"code": m.code, "label": code_label(m.code), "words": m.text, "explanation": m.explanation}
        for m in analysis.markers
    ]


def grade(exercise, participant, cleaned):
    kind = exercise.kind
    if kind == Exercise.Kind.MARKERS:
        marks = cleaned["marks"]
        result = score_markers(exercise.key, marks)
        answer = {"marks": [[s, c] for s, c in sorted(marks, key=lambda p: (p[0] is None, p))]}
        stored = result.to_dict()
        score, is_good = result.score, result.is_good
    elif kind == Exercise.Kind.NOT_KNOWING:
        question = cleaned["question"]
        analysis = analyse(question, "coach")
        verdict = classify_follow_up(analysis.codes)
        client = analyse(exercise.text, "client")
        answer = {"question": question}
        stored = {
            **verdict.to_dict(),
            "why": _why(analysis),
            "suggestions": [s.text for s in client.suggestions],
        }
        score, is_good = (1.0 if verdict.is_good else 0.0), verdict.is_good
    elif kind == Exercise.Kind.CHOOSE:
        result = score_choice(exercise.options, cleaned["option"])
        answer = {"option": cleaned["option"]}
        stored = result.to_dict()
        score, is_good = result.score, result.is_good
    elif kind == Exercise.Kind.REWIND:
        sentence, question = cleaned["sentence"], cleaned["question"]
        analysis = analyse(question, "coach")
        result = score_rewind(exercise.moments, sentence, analysis.codes)
        answer = {"sentence": sentence, "question": question}
        stored = {
            **result.to_dict(),
            "why": _why(analysis),
            "markers_at_moment": markers_at(exercise.text, sentence),
        }
        score, is_good = result.score, result.is_good
    else:  # pragma: no cover - the model's choices
        raise ValueError(kind)
    return Attempt.objects.create(
        participant=participant,
        exercise=exercise,
        answer=answer,
        result=stored,
        score=score,
        is_good=is_good,
    )


def markers_at(text, sentence_index):
    """The analyser's client markers in one sentence of a monologue (for rewind feedback)."""
    sentences = split_sentences(text)
    analysis = analyse(text, "client")
    found = []
    for marker in analysis.markers:
        whole = marker.start == 0 and marker.end >= len(text.rstrip()) and len(sentences) > 1
        if whole or sentence_index not in sentence_of(sentences, marker.start, marker.end):
            continue
        found.append(
            {
                "code": marker.code,
                "label": code_label(marker.code),
                "kind": KIND[marker.code],
                "words": marker.text,
                "explanation": marker.explanation,
            }
        )
    return found
