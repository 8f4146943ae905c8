"""The spelling layer: every table entry with its example, offsets into the typed text, typos."""

import pytest

from dialogues.analysis import analyse
from dialogues.analysis.pipeline import make_doc
from dialogues.analysis.spelling import NAME, spelling_table

TABLE = spelling_table()


@pytest.mark.parametrize("entry", TABLE["words"], ids=lambda e: e["id"])
def test_every_word_entry_reads_as_its_standard_form(entry):
    assert entry["form"].lower() in entry["example"].lower(), "the example must show the form"
    doc = make_doc(entry["example"], "client")
    forms = [t for t in doc if t.text.lower() == entry["form"].lower()]
    assert forms, [t.text for t in doc]
    assert all(t.norm_ == entry["norm"] for t in forms)


@pytest.mark.parametrize("entry", TABLE["splits"], ids=lambda e: e["id"])
def test_every_split_keeps_the_typed_text_and_reads_as_words(entry):
    example = entry["example"]
    assert entry["form"] in example.lower()
    doc = make_doc(example, "client")
    norms = [t.norm_ for t in doc]
    wanted = [norm for _orth, norm in entry["pieces"]]
    assert any(norms[i : i + len(wanted)] == wanted for i in range(len(norms))), norms
    assert "".join(t.text_with_ws for t in doc) == example


@pytest.mark.parametrize(
    "text", ["Da's toch duidelijk", "DA'S TOCH DUIDELIJK", "da’s toch duidelijk"]
)
def test_splits_work_in_every_casing_and_quote(text):
    doc = make_doc(text, "client")
    assert [t.norm_ for t in doc][:2] == ["dat", "is"]
    assert (
        analyse(text, "client").codes == ["certainty"]
        or "certainty" in analyse(text, "client").codes
    )


@pytest.mark.parametrize(
    ("text", "norms"),
    [
        ("m’n baas", ["mijn", "baas"]),
        ("’t ligt aan z’n planning", ["het", "ligt", "aan", "zijn", "planning"]),
        ("D’r moeder", ["haar", "moeder"]),
    ],
)
def test_word_entries_with_an_apostrophe_read_the_same_with_a_curly_one(text, norms):
    doc = make_doc(text, "client")
    assert [t.norm_ for t in doc] == norms
    assert doc.text == text


def test_offsets_point_into_the_typed_text():
    text = "kheb egt geen zin meer, ze zijn gwn lui en tis haar schuld"
    analysis = analyse(text, "client")
    assert analysis.markers
    for marker in analysis.markers:
        assert text[marker.start : marker.end] == marker.text


@pytest.mark.parametrize(
    ("typed", "read_as"),
    [
        ("gefrusteerd", "gefrustreerd"),
        ("egoistisch", "egoïstisch"),
        ("teleugesteld", "teleurgesteld"),
    ],
)
def test_one_typo_in_a_long_lexicon_word_is_forgiven(typed, read_as):
    assert make_doc(f"ik ben {typed}", "client")[2].norm_ == read_as


@pytest.mark.parametrize("word", ["bos", "boom", "gestemd", "gevraagd", "verdeeld", "lachen"])
def test_known_words_are_never_corrected(word):
    assert make_doc(f"het was {word}", "client")[2].norm_ == word


def test_shouting_reads_as_words_and_as_affect():
    codes = analyse("IK WORD ER ECHT GEK VAN", "client").codes
    assert "affect_flooding" in codes
    assert make_doc("IK BEN HET ZAT", "client")[0].norm_ == "ik"


@pytest.mark.parametrize(
    ("text", "name", "is_name"),
    [
        ("hoe zou het voor kevin en sanne geweest zijn", "kevin", True),
        ("mijn collega Petra deed het weer", "Petra", True),
        ("ik heb een roos gekocht", "roos", False),  # a common word first
        ("ik ben er klaar mee", "ben", False),
        ("menne pa is ziek", "menne", False),  # the spelling table first
        ("in feite weet ik het niet", "feite", False),  # a word before a name
    ],
)
def test_first_names_read_as_another_person(text, name, is_name):
    token = next(t for t in make_doc(text, "client") if t.text == name)
    assert (token.norm_ == NAME) == is_name, token.norm_
    assert token.text == name  # the text as typed is untouched


def test_a_named_person_counts_as_someone_else():
    assert "perspective_taking" in analyse("misschien was kevin gewoon moe", "client").codes
