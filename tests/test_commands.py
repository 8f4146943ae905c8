import io
import json
import sys

import pytest
from django.core.management import call_command


def run_analyse(monkeypatch, lines):
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    out = io.StringIO()
    code = 0
    try:
        call_command("analyse", "-", stdout=out)
    except SystemExit as exit_:
        code = exit_.code
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_analyse_command_follows_the_contract(monkeypatch):
    text = "De directie is er op uit om mij onderuit te halen."
    code, rows = run_analyse(monkeypatch, [json.dumps({"id": "a", "role": "client", "text": text})])
    assert code == 0
    (row,) = rows
    assert row["id"] == "a" and row["codes"] == sorted(set(row["codes"]))
    assert "assumed_intent" in row["codes"]
    for marker in row["markers"]:
        assert text[marker["start"] : marker["end"]] == marker["text"] and marker["rule"]
    assert all(set(s) == {"text", "for"} for s in row["suggestions"])


def test_bad_lines_give_errors_and_exit_1_but_the_rest_is_processed(monkeypatch):
    lines = [
        "{not json",
        json.dumps({"id": "x", "text": "geen rol"}),
        json.dumps({"id": "y", "role": "coach", "text": "Hoe voelde dat?"}),
    ]
    code, rows = run_analyse(monkeypatch, lines)
    assert code == 1
    assert [("error" in r) for r in rows] == [True, True, False]
    assert rows[1]["id"] == "x" and rows[2]["codes"] == ["not_knowing_question"]


def test_evaluate_prints_scores_per_code(tmp_path):
    data = tmp_path / "gold.jsonl"
    data.write_text(
        json.dumps({"id": "1", "role": "client", "text": "Hij is lui.", "labels": ["easy_label"]})
        + "\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    call_command("evaluate", str(data), "--errors", stdout=out)
    assert "easy_label" in out.getvalue() and "macro F1" in out.getvalue()


@pytest.mark.django_db
def test_bench_prints_figures():
    out = io.StringIO()
    call_command("bench", "--repeat", "1", stdout=out)
    for figure in [
        "words/s",
        "ratio",
        "lower bound",
        "per turn",
        "cold start",
        "500-turn",
        "peak memory",
    ]:
        assert figure in out.getvalue()
