"""Agreement arithmetic against hand-computed values, and the trainer's judgements as data."""

import pytest
from django.urls import reverse

from dialogues.models import Dialogue
from reviews.agreement import agreement, cohen_kappa, evaluation_line
from reviews.models import Judgement
from reviews.review import agreement_for, evaluation_lines

from .conftest import add_turn


@pytest.mark.parametrize(
    "a,b,c,d,kappa",
    [
        # p_o = 17/20 = 0.85; p_e = (4·5 + 16·15)/400 = 0.65; κ = 0.20/0.35
        (3, 1, 2, 14, 0.20 / 0.35),
        (5, 0, 0, 5, 1.0),  # perfect agreement
        (0, 5, 5, 0, -1.0),  # p_o = 0, p_e = (25 + 25)/100 = 0.5
        # p_o = (2 + 2)/10 = 0.4; p_e = (6·4 + 4·6)/100 = 0.48; κ = -0.08/0.52
        (2, 4, 2, 2, (0.4 - 0.48) / 0.52),
        (0, 0, 0, 10, None),  # p_e = 1: undefined
        (0, 0, 0, 0, None),
    ],
)
def test_cohen_kappa_by_hand(a, b, c, d, kappa):
    result = cohen_kappa(a, b, c, d)
    if kappa is None:
        assert result is None
    else:
        assert result == pytest.approx(kappa)


def test_units_per_code_and_role():
    units = [
        ("client", {"certainty", "external_blame"}, {"certainty": "confirm"}),
        ("client", {"certainty"}, {"certainty": "reject", "black_and_white": "add"}),
        ("client", set(), {}),
        ("coach", {"advice"}, {}),  # not judged yet: left out, counted as open
    ]
    table = agreement(units)
    certainty = table["certainty"]
    assert (certainty.a, certainty.b, certainty.c, certainty.d) == (1, 1, 0, 1)
    assert certainty.precision == 0.5 and certainty.recall == 1.0
    # p_o = 2/3; p_e = (2·1 + 1·2)/9 = 4/9; κ = (2/3 - 4/9)/(5/9) = 0.4
    assert certainty.kappa == pytest.approx(0.4)
    assert table["external_blame"].open == 1 and table["external_blame"].n == 2
    black_and_white = table["black_and_white"]
    assert (black_and_white.c, black_and_white.d) == (1, 2)
    assert black_and_white.precision is None and black_and_white.recall == 0.0
    assert table["advice"].open == 1 and table["advice"].n == 0
    assert "advice" in table and "certainty" in table
    assert list(table)[0] == "external_blame"  # catalogue order


def test_evaluation_line_from_judgements():
    line = evaluation_line(
        "t1-3",
        "client",
        "Da’s toch duidelijk, iedereen ziet dat.",
        {"certainty", "easy_label", "rigid_rule"},
        {"certainty": "confirm", "black_and_white": "add", "easy_label": "reject"},
    )
    assert line == {
        "id": "t1-3",
        "role": "client",
        "text": "Da’s toch duidelijk, iedereen ziet dat.",
        "labels": ["black_and_white", "certainty"],
        "optional": ["rigid_rule"],
    }


def judge(turn, author, code, verdict, start=None, end=None):
    return Judgement.objects.create(
        turn=turn, author=author, code=code, verdict=verdict, start=start, end=end
    )


@pytest.fixture
def judged(transcript, trainer, other_trainer):
    t = {turn.position: turn for turn in transcript.turns.all()}
    judge(t[1], trainer, "external_blame", "confirm")
    judge(t[1], trainer, "assumed_intent", "reject")
    judge(t[3], trainer, "black_and_white", "add", 21, 29)
    judge(t[2], trainer, "advice", "confirm")
    judge(t[4], trainer, "not_knowing_question", "reject")
    # another trainer's verdicts never count for this trainer
    judge(t[1], other_trainer, "external_blame", "reject")
    return transcript


@pytest.mark.django_db
def test_agreement_per_transcript_from_the_database(judged, trainer):
    table = agreement_for(trainer, judged)
    rows = {code: (r.a, r.b, r.c, r.d, r.open) for code, r in table.items()}
    # client turns 1 and 3, coach turns 2 and 4; the 'other' turn 5 is not a unit
    assert rows["external_blame"] == (1, 0, 0, 1, 0)
    assert rows["assumed_intent"] == (0, 1, 0, 1, 0)
    assert rows["black_and_white"] == (0, 0, 1, 1, 0)
    assert rows["certainty"] == (0, 0, 0, 1, 1)
    assert rows["advice"] == (1, 0, 0, 1, 0)
    assert rows["not_knowing_question"] == (0, 1, 0, 1, 0)
    assert table["external_blame"].kappa == pytest.approx(1.0)
    # assumed_intent: p_o = 1/2, p_e = (1·0 + 1·2)/4 = 1/2 -> κ = 0
    assert table["assumed_intent"].kappa == pytest.approx(0.0)
    assert table["assumed_intent"].precision == 0.0


@pytest.mark.django_db
def test_agreement_over_all_reviewed_transcripts_of_the_trainer(judged, trainer):
    second = Dialogue.objects.create(title="Tweede", kind="imported", owner=trainer)
    turn = add_turn(second, "client", "Het ligt aan mijn baas.", [("external_blame", 11, 23)])
    add_turn(second, "client", "Ik weet het niet.")
    judge(turn, trainer, "external_blame", "confirm")
    unreviewed = Dialogue.objects.create(title="Niet nagekeken", kind="imported", owner=trainer)
    add_turn(unreviewed, "client", "Iedereen doet dat.", [("black_and_white", 0, 8)])
    row = agreement_for(trainer)["external_blame"]
    # transcript 1: a=1, d=1; transcript 2: a=1, d=1; the unreviewed transcript is left out
    assert (row.a, row.b, row.c, row.d) == (2, 0, 0, 2)
    assert agreement_for(trainer)["black_and_white"].open == 0


@pytest.mark.django_db
def test_evaluation_export_lines(judged, trainer):
    lines = {line["id"]: line for line in evaluation_lines(trainer, judged)}
    pk = judged.pk
    assert set(lines) == {f"t{pk}-1", f"t{pk}-2", f"t{pk}-3", f"t{pk}-4"}
    assert lines[f"t{pk}-1"]["labels"] == ["external_blame"]
    assert lines[f"t{pk}-1"]["optional"] == []
    assert lines[f"t{pk}-3"]["labels"] == ["black_and_white"]
    assert lines[f"t{pk}-3"]["optional"] == ["certainty"]
    assert lines[f"t{pk}-4"] == {
        "id": f"t{pk}-4",
        "role": "coach",
        "text": "Waar merk je aan dat ze erop uit zijn?",
        "labels": [],
        "optional": [],
    }


@pytest.mark.django_db
def test_agreement_pages_show_the_numbers(client, judged, trainer):
    client.force_login(trainer)
    content = client.get(reverse("reviews:agreement")).content.decode()
    assert 'data-code="assumed_intent"' in content
    assert "Gesprek met Cliënt A" in content
    summary = client.get(reverse("reviews:summary", args=[judged.pk])).content.decode()
    row = summary.split('data-code="assumed_intent"')[1].split("</tr>")[0]
    cells = [cell.split("</td>")[0] for cell in row.split('<td class="num">')[1:]]
    # bevestigd, afgewezen, toegevoegd, beiden niet, open, precisie, recall, κ
    assert cells == ["0", "1", "0", "1", "0", "0,00", "—", "0,00"]


def test_a_confirmed_flag_the_analyser_no_longer_finds_counts_as_missed():
    units = [
        ("client", set(), {"certainty": "confirm"}),  # analyser updated since the review
        ("client", set(), {"easy_label": "reject"}),  # both say no now
    ]
    table = agreement(units)
    assert (table["certainty"].c, table["certainty"].d) == (1, 1)
    assert (table["easy_label"].b, table["easy_label"].d) == (0, 2)


@pytest.mark.django_db
def test_judgement_count_is_not_doubled_by_shares(client, judged, trainer, other_trainer, coach):
    from reviews.models import Share

    Share.objects.create(dialogue=judged, trainer=other_trainer, shared_by=trainer)
    Share.objects.create(dialogue=judged, trainer=coach, shared_by=trainer)
    client.force_login(trainer)
    content = client.get(reverse("reviews:agreement")).content.decode()
    assert "5 oordelen" in content  # the trainer's own five, not the other trainer's
    assert agreement_for(trainer)["external_blame"].a == 1
