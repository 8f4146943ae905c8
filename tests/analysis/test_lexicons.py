import json
import subprocess
import sys

import pytest
import spacy

from dialogues.analysis import ALL_CODES, build_nlp
from dialogues.analysis.codes import CLIENT_CODES, COACH_CODES
from dialogues.analysis.lexicon import (
    build_matcher,
    lexicon_files,
    load_jsonl,
    noun_forms,
    word_lists,
)
from dialogues.analysis.rules import all_rules, marker_rules


@pytest.mark.parametrize("entry", lexicon_files(), ids=lambda e: e.name)
def test_every_lexicon_file_is_valid_json(entry):
    text = entry.read_text("utf-8")
    if entry.name.endswith(".jsonl"):
        for line in text.splitlines():
            if line.strip() and not line.startswith("//"):
                assert "id" in json.loads(line)
    else:
        json.loads(text)


@pytest.mark.parametrize("name", ["client_markers.jsonl", "coach_markers.jsonl", "context.jsonl"])
def test_every_pattern_passes_spacy_validation(name):
    entries = load_jsonl(name)
    matcher = build_matcher(spacy.blank("nl").vocab, [(e["id"], e["pattern"]) for e in entries])
    assert len(matcher) == len(load_jsonl(name))


def test_every_rule_has_a_dutch_explanation_and_a_unique_id():
    rules = all_rules()
    for rule in rules.values():
        assert rule.explanation.strip(), rule.id
        assert rule.explain("xyz")
    ids = [r.id for role in ("client", "coach") for r in marker_rules(role)]
    assert len(ids) == len(set(ids))


def test_every_code_in_markers_md_is_reachable():
    assert {rule.code for rule in all_rules().values()} == set(ALL_CODES)


def test_client_rules_have_client_codes_and_coach_rules_coach_codes():
    assert {r.code for r in marker_rules("client")} <= set(CLIENT_CODES)
    assert {r.code for r in marker_rules("coach")} <= set(COACH_CODES)


def test_pipeline_is_built_once():
    assert build_nlp() is build_nlp()
    assert build_nlp().pipe_names[:2] == ["nl_sentences", "nl_lemmatizer"]


def test_the_analyser_never_imports_django():
    code = (
        "import sys, dialogues.analysis as a; a.analyse('Hij is lui.', 'client'); "
        "print(any(m == 'django' or m.startswith('django.') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_codes_are_exactly_those_of_markers_md():
    """The shared vocabulary (../shared/MARKERS.md, when present next to the repository)."""
    import re
    from pathlib import Path

    markers_md = Path(__file__).resolve().parents[3] / "shared" / "MARKERS.md"
    if not markers_md.exists():
        pytest.skip("MARKERS.md is not next to the repository")
    codes = re.findall(r"^\| `([a-z_]+)` \|", markers_md.read_text("utf-8"), re.MULTILINE)
    assert sorted(codes) == sorted(ALL_CODES)


def test_an_escape_inside_a_list_is_refused():
    """'\\.' escapes one token; inside 'a|\\.|b' it would silently match a backslash."""
    from dialogues.analysis.lexicon import compile_pattern, word_lists

    assert compile_pattern("wacht \\?", word_lists()) == [[{"NORM": "wacht"}, {"ORTH": "?"}]]
    with pytest.raises(ValueError):
        compile_pattern("wacht ,|\\.", word_lists())


@pytest.mark.parametrize("entry", lexicon_files(), ids=lambda e: e.name)
def test_every_lexicon_file_names_its_source_and_licence(entry):
    text = entry.read_text("utf-8")
    if entry.name.endswith(".jsonl"):
        header = [line for line in text.splitlines() if line.startswith("// source:")]
        assert header and "licence" in header[0], entry.name
    else:
        data = json.loads(text)
        assert data.get("_source", "").strip() and data.get("_licence", "").strip(), entry.name


def test_a_multi_word_alternative_outside_a_group_is_refused():
    """'^kom op|^kom kom' splits into the tokens '^kom', 'op|^kom', 'kom': refused."""
    from dialogues.analysis.lexicon import compile_pattern, word_lists

    with pytest.raises(ValueError):
        compile_pattern("^welnee|^kom op|^kom kom", word_lists())
    assert compile_pattern("(kom op|kom kom)", word_lists())


@pytest.mark.parametrize(
    ("noun", "form"),
    [
        ("betweter", "betweters"),
        ("regelneef", "regelneven"),
        ("sul", "sullen"),
        ("sadist", "sadisten"),
        ("dombo", "dombo's"),
        ("prinses", "prinsesjes"),
    ],
)
def test_a_label_noun_matches_its_plural_and_diminutive(noun, form):
    assert form in noun_forms(noun)
    assert form in word_lists()["label_nouns"] or noun not in word_lists()["label_nouns"]


def test_inflected_forms_that_are_mostly_something_else_stay_out():
    assert not {"zakken", "zeuren", "pubers"} & set(word_lists()["label_nouns"])
