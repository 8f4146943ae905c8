"""Norms and lemmas for Dutch without a trained model.

spaCy's Dutch lookup table only knows irregular forms. This component combines it with the
exception and rule tables of spacy-lookups-data (tried in the order verb, noun, adjective, and
kept only when the result is a known lemma of that part of speech) and with the project's own
overrides (lexicons/nl/lemma_overrides.json). Every word's result is cached (by the hash
of its norm), and the lemmas of a document are written with one from_array call.

Norms are a property of the vocabulary: the factory makes every lexeme's NORM its lower-case
text with typographic quotes as ' (‘da’s’ → ‘da's’), once per word instead of once per token.
"""

import gzip
import json
from importlib import resources

import numpy
from spacy.attrs import LEMMA, NORM
from spacy.lang.nl.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..arrays import token_arrays
from ..lexicon import load_json, normalise
from ..spelling import Speller

RULE_POS = ("verb", "noun", "adj")


def _table(name):
    data = resources.files("spacy_lookups_data").joinpath("data", f"nl_{name}.json.gz")
    with data.open("rb") as handle:
        return json.loads(gzip.decompress(handle.read()))


class DutchLemmatizer:
    def __init__(self):
        self.lookup = _table("lemma_lookup")
        self.exceptions = _table("lemma_exc")
        self.index = {pos: set(words) for pos, words in _table("lemma_index").items()}
        self.rules = _table("lemma_rules")
        overrides = load_json("lemma_overrides.json")
        self.cache = {normalise(k): v for k, v in overrides["lemmas"].items()}

    def lemma(self, word):
        cached = self.cache.get(word)
        if cached is None:
            cached = self.cache[word] = self._lemma(word)
        return cached

    def knows(self, word):
        """Is word a form the tables know (not a guess of the fallback rules)?"""
        if word in self.lookup or word in self.cache:
            return True
        if any(word in table for table in self.exceptions.values()):
            return True
        if any(word in words for words in self.index.values()):
            return True
        for pos in RULE_POS:
            for old, new in self.rules[pos]:
                if word.endswith(old) and len(word) > len(old) + 1:
                    if word[: len(word) - len(old)] + new in self.index[pos]:
                        return True
        return self._verb_stem(word) is not None

    def _lemma(self, word):
        if not word.isalpha() or word in STOP_WORDS:
            # Function words: the verb tables would turn 'en' into 'emmen', 'dat' into 'daten'.
            return self.lookup.get(word, word)
        verb_exception = self.exceptions["verb"].get(word)
        if verb_exception:
            return verb_exception[0]
        if word in self.lookup:
            return self.lookup[word]
        for pos in ("noun", "adj", "adv", "det", "pron"):
            found = self.exceptions.get(pos, {}).get(word)
            if found:
                return found[0]
        for pos in RULE_POS:
            if word in self.index[pos]:
                return word
        for pos in RULE_POS:
            for old, new in self.rules[pos]:
                if word.endswith(old) and len(word) > len(old) + 1:
                    candidate = word[: len(word) - len(old)] + new
                    if candidate in self.index[pos]:
                        return candidate
        return self._verb_stem(word) or word

    def _verb_stem(self, word):
        """Present tense and participles of regular verbs: voel/voelt/gevoeld → voelen."""
        stems = [word]
        if word.startswith("ge") and word.endswith(("d", "t")):
            stems.append(word[2:-1])
        if word.endswith(("t", "d")):
            stems.append(word[:-1])
        verbs = self.index["verb"]
        for stem in stems:
            if len(stem) < 2:
                continue
            candidates = [stem + "en", stem + stem[-1] + "en"]
            if len(stem) > 2 and stem[-2] == stem[-3]:  # maak → maken
                candidates.append(stem[:-2] + stem[-1] + "en")
            if stem.endswith("f"):
                candidates.append(stem[:-1] + "ven")
            if stem.endswith("s"):
                candidates.append(stem[:-1] + "zen")
            for candidate in candidates:
                if candidate in verbs:
                    return candidate
        return None


def use_spelling_norms(vocab, norm):
    """Every lexeme, now and later, gets NORM = norm(text) (the spelling layer)."""
    vocab.lex_attr_getters = {**vocab.lex_attr_getters, NORM: norm}
    for lexeme in vocab:
        lexeme.norm_ = norm(lexeme.orth_)


@Language.factory("nl_lemmatizer", assigns=["token.norm", "token.lemma"])
def make_lemmatizer(nlp, name):
    lemmatizer = DutchLemmatizer()
    speller = Speller(lemmatizer.knows)
    speller.add_special_cases(nlp.tokenizer)
    use_spelling_norms(nlp.vocab, speller.norm)
    return DutchLemmatizerComponent(nlp.vocab, lemmatizer)


class DutchLemmatizerComponent:
    def __init__(self, vocab, lemmatizer):
        self.lemmatizer = lemmatizer
        self.strings = vocab.strings
        self.by_norm = {}  # norm hash → lemma hash

    def lemma_id(self, norm_id):
        lemma = self.by_norm.get(norm_id)
        if lemma is None:
            word = self.strings[norm_id]
            lemma = self.by_norm[norm_id] = self.strings.add(self.lemmatizer.lemma(word))
        return lemma

    def __call__(self, doc: Doc) -> Doc:
        arrays = token_arrays(doc)
        if not arrays.length:
            return doc
        lemmas = list(map(self.by_norm.get, arrays.norms))
        if None in lemmas:  # a word not seen before
            lemma_id = self.lemma_id
            lemmas = [
                lemma if lemma is not None else lemma_id(norm)
                for lemma, norm in zip(lemmas, arrays.norms, strict=True)
            ]
        arrays.lemmas = lemmas
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1))
        return doc
