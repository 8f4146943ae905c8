"""Exports (CSV with formula neutralising, JSON, JSONL for `evaluate`), summary, report."""

import csv
import io
import json

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from dialogues.models import Dialogue
from reviews.models import Comment, Judgement

from .conftest import add_turn

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_csv_export_with_judgements_comments_and_injection(trainer_client, trainer):
    dialogue = Dialogue.objects.create(title="Formules", kind="imported", owner=trainer)
    turn = add_turn(
        dialogue,
        "client",
        '=HYPERLINK("http://kwaad.example","klik")',
        [("certainty", 0, 5)],
        speaker="@Jan",
    )
    add_turn(dialogue, "coach", "Wat bedoel je?", [("not_knowing_question", 0, 13)])
    Judgement.objects.create(turn=turn, author=trainer, code="certainty", verdict="reject")
    Comment.objects.create(turn=turn, author=trainer, text="-vreemde formule")
    rows = read_csv(trainer_client.get(reverse("reviews:export_csv", args=[dialogue.pk])))
    assert rows[0][:4] == ["nummer", "spreker", "rol", "tekst"]
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["tekst"] == '\'=HYPERLINK("http://kwaad.example","klik")'
    assert first["spreker"] == "'@Jan"
    # Each code with its Dutch label beside it.
    assert first["analyser"] == "certainty (zekerheid)"
    assert first["afgewezen"] == "certainty (zekerheid)"
    assert (
        first["opmerkingen"].startswith("trainer (") and "-vreemde formule" in first["opmerkingen"]
    )
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    second = dict(zip(rows[0], rows[2], strict=True))
    assert second["tekst"] == "Wat bedoel je?"


def test_json_export(trainer_client, transcript, trainer):
    turn = transcript.turns.get(position=1)
    Judgement.objects.create(turn=turn, author=trainer, code="external_blame", verdict="confirm")
    Comment.objects.create(turn=turn, author=trainer, text="Duidelijk voorbeeld")
    response = trainer_client.get(reverse("reviews:export_json", args=[transcript.pk]))
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    first = data["turns"][0]
    assert first["analysis"]["codes"] == ["assumed_intent", "external_blame"]
    assert first["judgements"][0] | {"when": None} == {
        "code": "external_blame",
        "verdict": "confirm",
        "start": None,
        "end": None,
        "author": "trainer",
        "when": None,
    }
    assert first["comments"][0]["text"] == "Duidelijk voorbeeld"
    assert data["turns"][4]["analysis"] is None  # the 'other' turn


def test_jsonl_export_runs_through_evaluate(trainer_client, transcript, trainer, tmp_path):
    turns = {t.position: t for t in transcript.turns.all()}
    Judgement.objects.create(
        turn=turns[1], author=trainer, code="external_blame", verdict="confirm"
    )
    Judgement.objects.create(
        turn=turns[3], author=trainer, code="black_and_white", verdict="add", start=21, end=29
    )
    response = trainer_client.get(reverse("reviews:export_jsonl", args=[transcript.pk]))
    lines = [json.loads(line) for line in response.content.decode().splitlines()]
    assert [line["labels"] for line in lines] == [["external_blame"], [], ["black_and_white"], []]
    assert all(set(line) == {"id", "role", "text", "labels", "optional"} for line in lines)
    path = tmp_path / "oordelen.jsonl"
    path.write_bytes(response.content)
    out = io.StringIO()
    call_command("evaluate", str(path), stdout=out)
    report = out.getvalue()
    # every labelled code is scored (support 1), whatever the analyser finds today
    for code in ["external_blame", "black_and_white"]:
        line = next(row for row in report.splitlines() if row.strip().startswith(code))
        assert line.split()[4] == "1", line  # n = 1
    # the overall export holds the same lines
    overall = trainer_client.get(reverse("reviews:export_all_jsonl")).content
    assert overall == response.content


def test_summary_profile_timeline_and_missed_opportunities(trainer_client, transcript, trainer):
    url = reverse("reviews:summary", args=[transcript.pk])
    content = trainer_client.get(url).content.decode()
    assert content.count('<svg class="review-chart"') == 2
    assert "<title>beurt 1: externe schuld</title>" in content
    missed = content.split("Gemiste kansen")[1]
    # turn 1 (external blame) was answered with advice; turn 3 with a not-knowing question
    assert "Beurt 1" in missed and "Beurt 3" not in missed
    # the trainer rejects that not-knowing question: now turn 3 is a missed chance too
    turn4 = transcript.turns.get(position=4)
    Judgement.objects.create(
        turn=turn4, author=trainer, code="not_knowing_question", verdict="reject"
    )
    missed = trainer_client.get(url).content.decode().split("Gemiste kansen")[1]
    assert "Beurt 3" in missed


def test_report_is_printable_with_comments_and_summary(trainer_client, transcript, trainer):
    Comment.objects.create(
        turn=transcript.turns.get(position=2), author=trainer, text="Hier liever vragen"
    )
    content = trainer_client.get(reverse("reviews:report", args=[transcript.pk])).content.decode()
    assert "Hier liever vragen" in content
    assert "Gemiste kansen" in content and '<svg class="review-chart"' in content
    assert "<form" not in content.split('<article class="report">')[1]
    css = (settings.BASE_DIR / "static" / "css" / "app.css").read_text("utf-8")
    assert ".review-actions, .filters, .add-marker" in css.split("Transcripten nakijken")[1]
