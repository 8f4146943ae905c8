"""Suggestions are not-knowing questions: analysed as a coach turn, none is advice."""

import json
from pathlib import Path

import pytest

from dialogues.analysis import analyse

GOOD = {
    "not_knowing_question",
    "clarification",
    "alternative_perspective",
    "stop_and_rewind",
    "empathic_validation",
    "relationship_focus",
}
BAD = {
    "advice",
    "telling_feelings",
    "interpretation",
    "dismissing",
    "amplifying",
    "closed_question",
}
CORPUS = Path(__file__).parent / "data" / "corpus.jsonl"


def client_turns():
    for line in CORPUS.read_text("utf-8").splitlines():
        item = json.loads(line)
        if item["role"] == "client":
            yield item["text"]


def all_suggestions():
    seen = {}
    for text in client_turns():
        for suggestion in analyse(text, "client").suggestions:
            seen.setdefault(suggestion.text, text)
    return sorted(seen.items())


SUGGESTIONS = all_suggestions()


def test_there_are_many_different_suggestions():
    assert len(SUGGESTIONS) >= 40


@pytest.mark.parametrize("suggestion,source", SUGGESTIONS, ids=range(len(SUGGESTIONS)))
def test_every_suggestion_is_a_mentalizing_intervention(suggestion, source):
    codes = set(analyse(suggestion, "coach").codes)
    assert codes & GOOD, (suggestion, codes)
    assert not codes & BAD, (suggestion, codes)


def test_suggestions_quote_the_clients_own_words():
    analysis = analyse("Mijn collega is echt zo slap.", "client")
    assert any("slap" in s.text for s in analysis.suggestions)
    blame = analyse("De directie is er op uit om mij onderuit te halen.", "client")
    assert any("de directie" in s.text for s in blame.suggestions)


def test_at_most_three_and_all_different():
    text = (
        "Die minkukels zijn er altijd op uit om mij te pakken, da's toch logisch, het ligt aan hen."
    )
    suggestions = analyse(text, "client").suggestions
    assert 1 <= len(suggestions) <= 3
    assert len({s.text for s in suggestions}) == len(suggestions)
    assert len({s.template for s in suggestions}) == len(suggestions)


def test_high_affect_starts_with_validation():
    analysis = analyse("Ik word er GEK van!!! Ze zijn er gewoon op uit mij te pakken!!", "client")
    assert analysis.depth.level == 1
    first = analysis.suggestions[0]
    assert "empathic_validation" in analyse(first.text, "coach").codes


def test_deterministic():
    text = "Hij is lui en doet het expres."
    assert analyse(text, "client").suggestions == analyse(text, "client").suggestions


def test_no_suggestions_for_a_reflective_turn():
    assert (
        analyse("Ik merk dat ik onrustig word, misschien was ik moe.", "client").suggestions == ()
    )


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("we zijn gisteren naar de markt geweest met de kinderen", "met de kinderen"),
        ("mijn dochter had een feestje en we hebben taart gegeten", "met je dochter"),
        ("ik voel me zo verdrietig", "‘verdrietig’"),
    ],
)
def test_a_turn_without_markers_gets_a_question_about_its_feeling_or_person(text, quoted):
    suggestions = analyse(text, "client").suggestions
    assert len(suggestions) == 1
    assert quoted in suggestions[0].text
    assert "not_knowing_question" in analyse(suggestions[0].text, "coach").codes


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Hij doet het expres.", "Waar merk je aan dat hij dat wil?"),
        ("Zo simpel is het.", None),
    ],
)
def test_pronouns_and_quotes_stay_grammatical(text, wanted):
    texts = [s.text for s in analyse(text, "client").suggestions]
    assert not any("zo ‘zo" in t or "aan hij" in t or "bij hij" in t for t in texts), texts
    if wanted:
        assert wanted in texts or any("hij" in t or "hem" in t for t in texts), texts


@pytest.mark.parametrize(
    "text", ["top, dankjewel!!", "dokter zegt dat ik moet bewegen, al drie maanden", "hallo"]
)
def test_no_stock_question_about_a_random_word(text):
    assert analyse(text, "client").suggestions == ()


def test_a_denied_feeling_is_not_asked_about():
    texts = [
        s.text
        for s in analyse("kwaad? ik zen nie kwaad, ik zen het gewoon beu", "client").suggestions
    ]
    assert not any("‘kwaad’" in t for t in texts), texts
