"""The anchored matcher returns exactly the matches of spaCy's Matcher on the same patterns."""

import json
from pathlib import Path

import pytest

from dialogues.analysis import build_nlp
from dialogues.analysis.arrays import token_arrays
from dialogues.analysis.lexicon import build_matcher, compile_pattern, load_jsonl, word_lists
from dialogues.analysis.matching import AnchoredMatcher
from dialogues.analysis.rules import marker_rules

CORPUS = Path(__file__).parent / "data" / "corpus.jsonl"
EXTRA = [
    "Da’s toch duidelijk, iedereen ziet dat. Hij is gewoon lui!!",
    "Het overleg is altijd op maandag om 9 uur, elke week weer.",
    "Nee nee nee nee, nooit nooit nooit!!! Altijd hetzelfde.",
    "",
    "?",
    "Wat wat wat?",
]


def lexicon_patterns(name):
    if name == "context":
        return [(e["id"], e["pattern"]) for e in load_jsonl("context.jsonl")]
    return [(rule.id, rule.pattern) for rule in marker_rules(name)]


def texts():
    lines = CORPUS.read_text("utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()] + EXTRA


@pytest.mark.parametrize("name", ["client", "coach", "context"])
def test_anchored_matcher_equals_spacy_matcher(name):
    nlp = build_nlp()
    patterns = lexicon_patterns(name)
    spacy_matcher = build_matcher(nlp.vocab, patterns)
    lists = word_lists()
    anchored = AnchoredMatcher(
        ((key, compile_pattern(p, lists)) for key, p in patterns), lists["frequent_words"]
    )
    compared = 0
    for text in texts():
        doc = nlp(text)
        expected = {(nlp.vocab.strings[m], s, e) for m, s, e in spacy_matcher(doc)}
        assert anchored(token_arrays(doc)) == expected, text
        compared += len(expected)
    assert compared > 50
