"""manage.py run_sessions: blind coach sessions in, one JSON line per turn out."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

SESSIONS = {
    "sessions": [
        {
            "id": "s1",
            "case": "Cliënt A",
            "style": "reserved",
            "turns": [
                "Wat voelde je toen?",
                "Je moet gewoon met ze praten.",
                "hoe is het voor je om hier met mij te zitten",
            ],
        },
        {"id": "s2", "case": "patient-a", "turns": ["Kun je een voorbeeld geven?"], "close": False},
    ]
}


def run(tmp_path, data):
    path = tmp_path / "sessions.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    out = StringIO()
    call_command("run_sessions", str(path), stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_every_turn_is_a_json_line_with_the_reply_and_why(tmp_path, scripts):
    records = run(tmp_path, SESSIONS)
    s1 = [r for r in records if r["session"] == "s1"]
    assert [r["turn"] for r in s1] == [0, 1, 2, 3, 4]
    assert s1[0]["kind"] == "opening" and s1[-1]["kind"] == "closing"
    first = s1[1]
    assert first["coach"] == "Wat voelde je toen?" and first["codes"] == ["not_knowing_question"]
    assert first["asks"]["aspect"] == "feeling" and first["kind"] == "answer"
    assert first["line"].startswith("a-feeling") and first["reason"] and first["client"]
    assert {"openness", "affect", "style", "case"} <= set(first)
    assert s1[2]["kind"] == "react" and "advice" in s1[2]["codes"]
    assert s1[3]["client"].startswith("Net zei je nog")  # asked how it is here: the advice
    s2 = [r for r in records if r["session"] == "s2"]
    assert [r["kind"] for r in s2] == ["opening", "answer"]  # "kun je …" invites: an answer
    assert run(tmp_path, SESSIONS) == records  # deterministic


def test_bad_input_is_refused_with_a_message(tmp_path, scripts):
    with pytest.raises(CommandError, match="sessions"):
        run(tmp_path, {"turns": []})
    with pytest.raises(CommandError, match="Geen gespeelde cliënt"):
        run(tmp_path, {"sessions": [{"id": "x", "case": "bart", "turns": []}]})
    with pytest.raises(CommandError, match="stijl"):
        run(tmp_path, {"sessions": [{"id": "x", "case": "client-a", "style": "x", "turns": []}]})
