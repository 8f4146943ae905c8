"""Scoring of each exercise type against hand-worked examples (no analyser involved)."""

import pytest

from dialogues.analysis import Analysis, Marker
from workshops.scoring import (
    classify_follow_up,
    key_from_analysis,
    score_choice,
    score_markers,
    score_rewind,
)
from workshops.text import split_sentences

KEY = [
    {"sentence": 0, "code": "external_blame"},
    {"sentence": 0, "code": "assumed_intent"},
    {"sentence": 1, "code": "certainty"},
]


def test_sentences_keep_offsets_and_quotes():
    text = "Da’s toch duidelijk. Nou dat kan niet! Wat doe je dan? En toen bleek dat …"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Da’s toch duidelijk.",
        "Nou dat kan niet!",
        "Wat doe je dan?",
        "En toen bleek dat …",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_sentences_do_not_split_inside_a_sentence():
    text = "Dan zeg ik zoiets als: Niet zeuren, maar ik weet dat dat niet werkt."
    assert len(split_sentences(text)) == 1


def test_all_markers_found_is_good_with_full_score():
    result = score_markers(KEY, {(0, "external_blame"), (0, "assumed_intent"), (1, "certainty")})
    assert result.is_good
    assert result.score == 1.0
    assert not result.missed and not result.over_marked


def test_missing_one_marker_is_not_good():
    # Found 2 of 3, nothing extra: 2 / (3 + 0)
    result = score_markers(KEY, {(0, "external_blame"), (1, "certainty")})
    assert result.missed == {(0, "assumed_intent")}
    assert not result.is_good
    assert result.score == pytest.approx(0.667, abs=0.001)


def test_right_code_in_wrong_sentence_is_missed_and_over_marked():
    result = score_markers(KEY, {(1, "external_blame"), (0, "assumed_intent"), (1, "certainty")})
    assert result.missed == {(0, "external_blame")}
    assert result.over_marked == {(1, "external_blame")}
    # 2 found / (3 key + 1 extra)
    assert result.score == 0.5


def test_one_extra_marker_is_still_good_two_are_not():
    everything = {(0, "external_blame"), (0, "assumed_intent"), (1, "certainty")}
    one_extra = score_markers(KEY, everything | {(1, "black_and_white")})
    assert one_extra.is_good and one_extra.score == 0.75
    two_extra = score_markers(KEY, everything | {(1, "black_and_white"), (0, "easy_label")})
    assert not two_extra.is_good
    assert two_extra.over_marked == {(1, "black_and_white"), (0, "easy_label")}


def test_whole_utterance_key_item_is_found_in_any_sentence():
    key = [{"sentence": None, "code": "affect_flooding"}]
    assert score_markers(key, {(1, "affect_flooding")}).is_good
    assert score_markers(key, {(None, "affect_flooding")}).is_good
    result = score_markers(key, {(0, "certainty")})
    assert result.missed == {(None, "affect_flooding")}
    assert result.over_marked == {(0, "certainty")}


def test_key_from_analysis_groups_markers_per_sentence():
    text = "De directie is er op uit. Ze vinden dat ik altijd alles fout doe."
    analysis = Analysis(
        text=text,
        role="client",
        markers=(
            Marker("external_blame", 3, 24, text[3:24], "r1", "uitleg 1"),
            Marker("assumed_intent", 15, 24, text[15:24], "r2", "uitleg 2"),
            Marker("black_and_white", 43, 49, "altijd", "r3", "uitleg 3"),
            Marker("black_and_white", 50, 55, "alles", "r3", "uitleg 3"),
            Marker("no_mental_states", 0, len(text), text, "r4", "uitleg 4"),
        ),
    )
    key = key_from_analysis(analysis)
    assert [(i["sentence"], i["code"]) for i in key] == [
        (0, "assumed_intent"),
        (0, "external_blame"),
        (1, "black_and_white"),
        (None, "no_mental_states"),
    ]
    assert key[2]["words"] == "altijd · alles"
    assert key[1]["explanation"] == "uitleg 1"


@pytest.mark.parametrize(
    "codes,verdict,good",
    [
        (["not_knowing_question"], "good", True),
        (["clarification"], "good", True),
        (["stop_and_rewind"], "good", True),
        (["advice"], "advice", False),
        # A question wrapped in advice is still advice.
        (["advice", "not_knowing_question"], "advice", False),
        (["telling_feelings", "closed_question"], "telling_feelings", False),
        (["closed_question"], "closed_question", False),
        (["empathic_validation"], "validation_only", False),
        (["empathic_validation", "not_knowing_question"], "good", True),
        ([], "no_question", False),
    ],
)
def test_follow_up_verdicts(codes, verdict, good):
    result = classify_follow_up(codes)
    assert (result.verdict, result.is_good) == (verdict, good)
    assert result.message


def test_follow_up_messages_say_why_in_dutch():
    assert "advies" in classify_follow_up(["advice"]).message
    assert "gesloten vraag" in classify_follow_up(["closed_question"]).message
    assert "open, nieuwsgierige vraag" in classify_follow_up(["not_knowing_question"]).message


OPTIONS = [
    {"text": "Flauwe kul", "best": False},
    {"text": "Jij bent geschrokken hè?", "best": True},
    {"text": "Wat een enge toestand!!", "best": False},
]


def test_choice_scoring():
    assert score_choice(OPTIONS, 1).is_good
    wrong = score_choice(OPTIONS, 2)
    assert not wrong.is_good and wrong.best == 1 and wrong.score == 0.0
    with pytest.raises(ValueError):
        score_choice(OPTIONS, 3)


@pytest.mark.parametrize(
    "sentence,codes,moment,good,score",
    [
        (2, ["stop_and_rewind"], "right", True, 1.0),
        (1, ["not_knowing_question"], "right", True, 1.0),
        (0, ["not_knowing_question"], "early", False, 0.5),
        (5, ["stop_and_rewind"], "late", False, 0.5),
        (4, ["not_knowing_question"], "late", False, 0.5),
        (2, ["advice"], "right", False, 0.5),
        (5, ["advice"], "late", False, 0.0),
    ],
)
def test_rewind_scoring(sentence, codes, moment, good, score):
    result = score_rewind([1, 2, 3], sentence, codes)
    assert result.moment == moment
    assert result.is_good is good
    assert result.score == score
