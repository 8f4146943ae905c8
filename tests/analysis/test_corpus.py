"""Regression guard: the analyser on the project's own annotated corpus (tests/analysis/data)."""

import json
from pathlib import Path

import pytest

from dialogues.analysis.codes import CLIENT_CODES, COACH_CODES
from dialogues.analysis.evaluation import evaluate, format_report

CORPUS = Path(__file__).parent / "data" / "corpus.jsonl"
# Blind sets, written by helpers who saw only MARKERS.md and the articles (chat style A, B, D, E,
# H, I, K, M, O, Q, R, S, V, X, Z, AA, AB, AD, AE, AG, AH, AJ, AL, AM, AN, AP, AQ, AR, mixed G;
# textbook C, F, J, L, N, P, T, U, W, Y, Z2, AC, AF, AI, AK, AO, AS), folded in after their
# first-contact measurement (README, "The analyser").
BLIND = Path(__file__).parent / "data" / "blind.jsonl"
BLIND_MACRO = {"client": 0.83, "coach": 0.91}
# every code ≥ 0.67: the sets of the sixth session (AL to AS, each measured on first contact)
# brought external_blame, the code blind writers draw most differently, from 0.70 to 0.676 (AO's
# writer counts every complaint about others as blame: recall 0.09) (README, "The analyser")
BLIND_CODE_F1 = 0.67


@pytest.fixture(scope="module")
def report():
    items = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    return evaluate(items)


def test_corpus_is_big_enough_and_covers_every_code():
    items = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    assert len(items) >= 200
    for code in CLIENT_CODES + COACH_CODES:
        positives = sum(code in item["labels"] for item in items)
        assert positives >= 6, code


@pytest.fixture(scope="module")
def blind_report():
    items = [json.loads(line) for line in BLIND.read_text("utf-8").splitlines() if line.strip()]
    return evaluate(items)


@pytest.mark.parametrize("role", ["client", "coach"])
def test_blind_sets_keep_their_level(blind_report, role):
    assert blind_report.macro_f1(role) >= BLIND_MACRO[role], format_report(blind_report)


@pytest.mark.parametrize("code", CLIENT_CODES + COACH_CODES)
def test_no_code_falls_apart_on_the_blind_sets(blind_report, code):
    score = blind_report.scores[code]
    assert score.f1 >= BLIND_CODE_F1, f"{code}: F1 {score.f1:.2f}\n{format_report(blind_report)}"


@pytest.mark.parametrize("code", CLIENT_CODES + COACH_CODES)
def test_every_code_keeps_f1_above_080(report, code):
    score = report.scores[code]
    assert score.f1 >= 0.80, f"{code}: F1 {score.f1:.2f}\n{format_report(report)}"


@pytest.mark.parametrize("role", ["client", "coach"])
def test_macro_f1_per_role_above_090(report, role):
    assert report.macro_f1(role) >= 0.90, format_report(report)


def _look_alike_negatives():
    """Per code, the corpus turns that carry a trigger word of the code's patterns (or, for the
    turn-level codes, the shape the turn rule looks at) without being annotated with it."""
    from dialogues.analysis import build_nlp
    from dialogues.analysis.arrays import token_arrays
    from dialogues.analysis.pipeline import make_doc
    from dialogues.analysis.rules import all_rules

    anchors = {}
    for matcher in build_nlp().get_pipe("marker_ruler").matchers.values():
        for index in matcher.index[0]:  # group 0: the marker patterns (1: context rules)
            for value, patterns in index.items():
                for pattern in patterns:
                    anchors.setdefault(all_rules()[pattern.key].code, set()).add(value)
    items = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line.strip()]
    counts = dict.fromkeys(CLIENT_CODES + COACH_CODES, 0)
    for item in items:
        arrays = token_arrays(make_doc(item["text"], item["role"]))
        words = set(arrays.norms) | set(arrays.lemmas)
        shape = {
            "no_mental_states": sum(arrays.alpha) >= 15,
            "closed_question": "?" in item["text"],
        }
        for code in CLIENT_CODES if item["role"] == "client" else COACH_CODES:
            if code in item["labels"] or code in item.get("optional", []):
                continue
            if shape.get(code) or anchors.get(code, set()) & words:
                counts[code] += 1
    return counts


def test_every_code_has_look_alike_negatives():
    counts = _look_alike_negatives()
    assert {code: n for code, n in counts.items() if n < 6} == {}
