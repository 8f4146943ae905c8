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
    for text in ["Da’s toch duidelijk", "Da's toch duidelijk", "da's toch duidelijk"]:
        doc = make_doc(text, "client")
        assert [t.norm_ for t in doc][:2] == ["dat", "is"]


def test_every_lemma_in_the_lexicons_is_its_own_lemma():
    """A pattern on @hopen must match 'hopen' itself: no lemma value the lemmatizer maps away."""
    from dialogues.analysis.components.lemmatizer import DutchLemmatizer
    from dialogues.analysis.lexicon import compile_pattern, load_jsonl, word_lists
    from dialogues.analysis.rules import marker_rules

    lemmatizer, lists = DutchLemmatizer(), word_lists()
    patterns = [r.pattern for role in ("client", "coach") for r in marker_rules(role)]
    patterns += [entry["pattern"] for entry in load_jsonl("context.jsonl")]
    values = set()
    for pattern in patterns:
        for tokens in compile_pattern(pattern, lists):
            for token in tokens:
                value = token.get("LEMMA")
                if value is not None:
                    values |= set(value["IN"]) if isinstance(value, dict) else {value}
    assert len(values) > 50
    assert {v: lemmatizer.lemma(v) for v in values if lemmatizer.lemma(v) != v} == {}


def test_sentence_final_words_are_not_taken_for_abbreviations():
    doc = make_doc("Zo werkt dat. Ik zat bij HR. Zie bv. hier.", "client")
    texts = [t.text for t in doc]
    assert texts[:4] == ["Zo", "werkt", "dat", "."] and "HR" in texts and "bv." in texts
    assert len(list(doc.sents)) == 3


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("mn schoonmoeder zei dak haar te warm aankleed 🙄 ze doet da expres", 2),
        ("Die schulden komen door mijn ex. Zij heeft alles afgesloten.", 2),
        ("wat een dag 😂😂 ik kan niet meer", 2),
        ("top 👍", 1),
    ],
)
def test_sentences_end_at_full_stops_after_words_and_at_emoji(text, sentences):
    assert len(list(make_doc(text, "client").sents)) == sentences
