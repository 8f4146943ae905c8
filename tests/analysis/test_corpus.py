"""Regression guard: the analyser on the project's own annotated corpus (tests/analysis/data)."""

import json
from pathlib import Path

import pytest

from dialogues.analysis.codes import CLIENT_CODES, COACH_CODES
from dialogues.analysis.evaluation import evaluate, format_report

CORPUS = Path(__file__).parent / "data" / "corpus.jsonl"


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


@pytest.mark.parametrize("code", CLIENT_CODES + COACH_CODES)
def test_every_code_keeps_f1_above_080(report, code):
    score = report.scores[code]
    assert score.f1 >= 0.80, f"{code}: F1 {score.f1:.2f}\n{format_report(report)}"


@pytest.mark.parametrize("role", ["client", "coach"])
def test_macro_f1_per_role_above_090(report, role):
    assert report.macro_f1(role) >= 0.90, format_report(report)
