"""build_nlp(): spacy.blank("nl") with sentences, lemmas, markers, context and turn rules."""

import gc
import re
from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.lang.nl.stop_words import STOP_WORDS

from .arrays import token_arrays
from .components import (  # noqa: F401 (factories)
    clauses,
    context,
    lemmatizer,
    marker_ruler,
    sentences,
    turn_rules,
)
from .lexicon import load_json
from .spelling import NAME

COMPONENTS = (
    "nl_sentences",
    "nl_lemmatizer",
    "marker_ruler",
    "marker_context",
    "clauses",
    "turn_rules",
)


def _drop_false_abbreviations(nlp):
    """'Zo werkt dat.' must end in 'dat' + '.', not in the abbreviation 'dat.'."""
    words = set(load_json("tokenizer.json")["not_abbreviations"])
    for key in list(nlp.tokenizer.rules):
        if key.endswith(".") and key[:-1].lower() in words:
            nlp.tokenizer.add_special_case(key, [{ORTH: key[:-1]}, {ORTH: "."}])


@cache
def build_nlp():
    nlp = spacy.blank("nl")
    _drop_false_abbreviations(nlp)
    for name in COMPONENTS:
        nlp.add_pipe(name)
    # The lemma tables, lexicons and vocabulary (some 140,000 objects) live as long as the
    # process. Freezing them keeps every later garbage collection from walking through them
    # again, which otherwise costs about a fifth of the analyser's time.
    gc.collect()
    gc.freeze()
    return nlp


def make_doc(text, role):
    """Run the pipeline on one turn; the role selects which patterns apply."""
    nlp = build_nlp()
    doc = nlp.make_doc(text)
    doc.user_data["role"] = role
    return nlp(doc)


def make_docs(items, batch_size=64):
    """Run the pipeline on (text, role) pairs, in order."""
    nlp = build_nlp()
    docs = []
    for text, role in items:
        doc = nlp.make_doc(text)
        doc.user_data["role"] = role
        docs.append(doc)
    return nlp.pipe(docs, batch_size=batch_size)


NOT_TOPICS = frozenset(
    "dag dagen week weken maand maanden jaar jaren keer keren tijd tijden moment momenten uur"
    " uren minuut minuten ding dingen iets niets niks alles mensen".split()
)
ADVERB = re.compile(
    r"^(daar|waar|hier|er)(aan|af|bij|door|in|mee|na|naar|om|op|over|toe|uit|van|voor)$"
)
DETERMINERS = frozenset(
    "de het een mijn m'n mn je jouw zijn z'n haar onze ons hun die dat deze dit".split()
)


def topics(doc):
    """The nouns of a turn as typed, each with the article or possessive before it."""
    arrays = token_arrays(doc)
    strings, known = doc.vocab.strings, _NOUN_CACHE
    found = []
    for i, (lemma, alpha) in enumerate(zip(arrays.lemmas, arrays.alpha, strict=True)):
        if not alpha or len(doc[i]) < 4:
            continue
        norm = arrays.norms[i]
        is_noun = known.get(norm)
        if is_noun is None:
            is_noun = known[norm] = _is_noun(strings[norm], strings[lemma])
        if is_noun:
            before = doc[i - 1] if i else None
            article = (
                before.text + " " if before is not None and before.norm_ in DETERMINERS else ""
            )
            found.append(article + doc[i].text)
    return found


_NOUN_CACHE = {}  # norm hash → is it a content noun (the same for every pipeline)


def _is_noun(word, lemma):
    if word == NAME:
        return True  # a person's name is what the turn is about
    index = build_nlp().get_pipe("nl_lemmatizer").lemmatizer.index
    if word in STOP_WORDS or word in NOT_TOPICS or ADVERB.match(word):
        return False
    return lemma in index["noun"] and lemma not in index["verb"]
