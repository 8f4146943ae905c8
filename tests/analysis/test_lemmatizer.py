import pytest

from dialogues.analysis.pipeline import make_doc


@pytest.mark.parametrize(
    "word,lemma",
    [
        ("heb", "hebben"),
        ("gezien", "zien"),
        ("kinderen", "kind"),
        ("voelde", "voelen"),
        ("gevoeld", "voelen"),
        ("merkt", "merken"),
        ("minkukels", "minkukel"),
        ("en", "en"),
        ("dat", "dat"),
        ("lui", "lui"),
    ],
)
def test_lemmas(word, lemma):
    doc = make_doc(f"Zo {word} .", "client")
    assert doc[1].lemma_ == lemma


def test_norm_unifies_apostrophes():
    doc = make_doc("Da’s toch duidelijk", "client")
    assert [t.norm_ for t in doc][:2] == ["da", "'s"]
