"""Whatever is typed, the analyser gives a result: empty, emoji, control characters, scripts."""

import pytest

from dialogues.analysis import analyse

ODD_INPUT = [
    "",
    "   \n\t ",
    "😀😀😀",
    "\x00\x01\x07 hallo \x1b[31m",
    "привет мир, ik ben boos",
    "مرحبا ik ben boos",
    "\u202eabc\u202c",
    "!!!!!!!!",
    "?",
    "a" * 6000,
    "Hij is lui. " * 600,
    "?!" * 2500,
    "kijk op https://www.example.com/heel/lang/pad/naar/iets/dat/lang/is?x=1 en zo!!!",
]


@pytest.mark.parametrize("role", ["client", "coach"])
@pytest.mark.parametrize("text", ODD_INPUT, ids=range(len(ODD_INPUT)))
def test_odd_input_gives_a_result_with_offsets_into_the_text(text, role):
    analysis = analyse(text, role)
    assert analysis.text == text
    for marker in analysis.markers:
        assert 0 <= marker.start < marker.end <= len(text)
        assert text[marker.start : marker.end] == marker.text
    assert analysis.to_dict()["role"] == role


def test_nothing_to_analyse_gives_no_markers_and_no_suggestions():
    for text in ["", "   ", "😀😀😀"]:
        analysis = analyse(text, "client")
        assert analysis.markers == ()
        assert analysis.suggestions == ()


def test_words_in_other_scripts_do_not_hide_dutch_ones():
    assert "mental_state" in analyse("привет, ik ben boos", "client").codes


def test_an_unknown_role_is_refused_clearly():
    with pytest.raises(ValueError):
        analyse("Hallo", "observer")


def test_a_chunk_without_spaces_is_tokenized_in_pieces_with_the_text_unchanged():
    # spaCy peels affixes off a chunk one at a time, in time quadratic in its length
    from dialogues.analysis.pipeline import LONG_CHUNK, make_doc

    text = "nee " + "?!" * 2500 + " echt"
    doc = make_doc(text, "client")
    assert doc.text == text
    assert max(len(token) for token in doc) <= LONG_CHUNK
    assert [t.text for t in doc][-1] == "echt"
