"""build_nlp(): spacy.blank("nl") with sentences, lemmas, markers, context and turn rules."""

import gc
import re
from functools import cache

import spacy
from spacy.attrs import ORTH
from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.tokens import Doc

from .arrays import TEXT, doc_text, hashes, token_arrays
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


# spaCy's tokenizer peels affixes off a chunk without spaces one by one, in time quadratic in
# its length ('?!' × 2500 took seconds); such chunks are tokenized in pieces of this many
# characters and the pieces joined, the text unchanged
LONG_CHUNK = 40
LONG_RUN = re.compile(rf"\S{{{LONG_CHUNK + 1},}}")


def tokenize(nlp, text):
    """nlp.make_doc(text), in linear time for chunks without spaces of any length."""
    if LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    pieces, start = [], 0
    for run in LONG_RUN.finditer(text):
        if run.start() > start:
            pieces.append(text[start : run.start()])
        end = run.end()
        pieces += [text[k : min(k + LONG_CHUNK, end)] for k in range(run.start(), end, LONG_CHUNK)]
        start = run.end()
    if start < len(text):
        pieces.append(text[start:])
    return Doc.from_docs([nlp.make_doc(piece) for piece in pieces], ensure_whitespace=False)


def make_doc(text, role):
    """Run the pipeline on one turn; the role selects which patterns apply."""
    nlp = build_nlp()
    doc = tokenize(nlp, text)
    doc.user_data["role"] = role
    doc.user_data[TEXT] = text
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def make_docs(items):
    """Run the pipeline on (text, role) pairs, in order (each component called directly:
    what nlp.pipe does for components without a batch method, without its generators)."""
    nlp = build_nlp()
    components = [component for _name, component in nlp.pipeline]
    for text, role in items:
        doc = tokenize(nlp, text)
        doc.user_data["role"] = role
        doc.user_data[TEXT] = text
        for component in components:
            doc = component(doc)
        yield doc


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
    strings, known, text = doc.vocab.strings, _NOUN_CACHE, doc_text(doc)
    norms, idx, lengths = arrays.norms, arrays.idx, arrays.lengths
    found = []
    for i, (lemma, alpha) in enumerate(zip(arrays.lemmas, arrays.alpha, strict=True)):
        if not alpha or lengths[i] < 4:
            continue
        norm = norms[i]
        is_noun = known.get(norm)
        if is_noun is None:
            is_noun = known[norm] = _is_noun(strings[norm], strings[lemma])
        if is_noun:
            word = text[idx[i] : idx[i] + lengths[i]]
            if i and norms[i - 1] in _DETERMINER_HASHES:
                word = text[idx[i - 1] : idx[i - 1] + lengths[i - 1]] + " " + word
            found.append(word)
    return found


_DETERMINER_HASHES = hashes(DETERMINERS)
_NOUN_CACHE = {}  # norm hash → is it a content noun (the same for every pipeline)


def _is_noun(word, lemma):
    if word == NAME:
        return True  # a person's name is what the turn is about
    index = build_nlp().get_pipe("nl_lemmatizer").lemmatizer.index
    if word in STOP_WORDS or word in NOT_TOPICS or ADVERB.match(word):
        return False
    return lemma in index["noun"] and lemma not in index["verb"]
