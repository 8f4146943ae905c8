"""The result objects the analyser makes with .of() are the dataclasses' own objects."""

import dataclasses

import pytest

from dialogues.analysis import Analysis, Clause, Marker, analyse


def test_of_makes_the_same_frozen_objects_as_the_constructor():
    clause = (1, 2, "self", ("emotion",), True, False, False, True, False, False, True)
    marker = ("easy_label", 0, 12, "gewoon lui", "label.x", "uitleg")
    assert Clause.of(*clause) == Clause(*clause)
    assert hash(Clause.of(*clause)) == hash(Clause(*clause))
    assert Marker.of(*marker) == Marker(*marker)
    assert repr(Marker.of(*marker)) == repr(Marker(*marker))
    parts = ("tekst", "client", (Marker(*marker),), (), None, None, "v", (Clause(*clause),))
    assert Analysis.of(*parts) == Analysis(*parts)
    with pytest.raises(dataclasses.FrozenInstanceError):
        Clause.of(*clause).start = 5


def test_an_analysis_round_trips_through_its_dict():
    analysis = analyse("Hij is gewoon lui, dat weet iedereen!!", "client")
    again = Analysis.from_dict(analysis.to_dict(), analysis.text)
    assert again == analysis
    assert again.to_dict() == analysis.to_dict()


@pytest.mark.parametrize(
    "text", ["", "Hij is gewoon lui.  Echt!! 🙄", "ja\n\tnee ", "?!" * 100 + " oké", "a" * 90]
)
def test_the_pipeline_keeps_the_text_it_was_given_as_the_doc_text(text):
    from dialogues.analysis.arrays import doc_text
    from dialogues.analysis.pipeline import make_doc

    doc = make_doc(text, "client")
    assert doc_text(doc) == doc.text == text
