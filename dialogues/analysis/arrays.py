"""Token columns shared by the components: one to_array call per document, no Token objects.

token_arrays(doc) reads NORM, IS_PUNCT, IS_ALPHA, IS_DIGIT, IS_UPPER, IDX and LENGTH once and keeps
them (with the lemmas and sentence starts the components add) in doc.user_data, so that the rules
work on lists of string hashes and sets instead of iterating spaCy Tokens in Python. Between
components, markers travel as light Hit tuples (candidates, kept, dropped, markers); Span
objects are made only on request (marker_spans) and for doc.spans["dropped"] when not empty.
"""

from bisect import bisect_right
from itertools import compress
from typing import NamedTuple

from spacy.attrs import IDX, IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_UPPER, LENGTH, NORM
from spacy.strings import get_string_id

KEY = "analysis.arrays"
TEXT = "analysis.text"  # the turn's text as typed (Doc.text rebuilds it from every token)
COLUMNS = [NORM, IS_PUNCT, IS_ALPHA, IS_DIGIT, IS_UPPER, IDX, LENGTH]


class Hit(NamedTuple):
    start: int
    end: int
    code: str
    rule: str


def keep_longest(hits):
    """Like spacy.util.filter_spans: the longest (then earliest) of overlapping hits wins."""
    if len(hits) < 2:
        return list(hits)
    kept, spans = [], []  # the hits kept; the token spans they take (if not empty)
    for hit in sorted(hits, key=_longest_first):
        start, end = hit.start, hit.end
        if start < end:
            if any(start < taken_end and taken_start < end for taken_start, taken_end in spans):
                continue
            spans.append((start, end))
        kept.append(hit)
    kept.sort(key=_start)
    return kept


def _longest_first(hit):
    return hit.start - hit.end, hit.start


def _start(hit):
    return hit.start


class TokenArrays:
    __slots__ = (
        "length",
        "norms",
        "lemmas",
        "punct",
        "alpha",
        "digit",
        "upper",
        "idx",
        "lengths",
        "_punct_text",
        "_strings",
        "sent_list",
        "sent_starts",
        "candidates",
        "kept",
        "dropped",
        "markers",
        "_present",
        "_exclamations",
        "_shouting",
        "scanned",
        "_sentences",
    )

    def __init__(self, doc):
        self.length = len(doc)
        if self.length:
            columns = doc.to_array(COLUMNS).T.tolist()
        else:
            columns = [[], [], [], [], [], [], []]
        self.norms, self.punct, self.alpha, self.digit, self.upper, self.idx, self.lengths = columns
        self._punct_text = None
        self._strings = doc.vocab.strings
        self.candidates, self.kept, self.dropped, self.markers = [], [], [], []
        self.lemmas = self.norms
        self.sent_list = [0]
        self.sent_starts = frozenset((0,))
        self._present = None
        self._exclamations = self._shouting = None
        self._sentences = None
        self.scanned = None  # (matcher, ...): the last matcher's scan of the words (matching.py)

    def present(self):
        """The sets of the NORM, LEMMA and IS_DIGIT columns (after the lemmatizer)."""
        if self._present is None:
            self._present = [set(values) for values in self.columns]
        return self._present

    @property
    def columns(self):
        return self.norms, self.lemmas, self.digit

    def punct_text(self):
        """{token index: text} of the punctuation tokens ('!!', '?', ...)."""
        if self._punct_text is None:
            strings, norms = self._strings, self.norms
            self._punct_text = {
                i: strings[norms[i]] for i in compress(range(self.length), self.punct)
            }
        return self._punct_text

    def exclamations(self):
        """Indices of tokens such as '!' and '!!!'."""
        if self._exclamations is None:
            self._exclamations = (
                [i for i, text in self.punct_text().items() if text.startswith("!")]
                if any(self.punct)
                else []
            )
        return self._exclamations

    def shouting_candidates(self):
        """Indices of upper-case words (to check further: length, acronyms)."""
        if self._shouting is None:
            self._shouting = (
                [i for i, (u, a) in enumerate(zip(self.upper, self.alpha, strict=True)) if u and a]
                if any(self.upper)
                else []
            )
        return self._shouting

    def char_span(self, start, end):
        """Character offsets of the tokens start..end (end exclusive)."""
        return self.idx[start], self.idx[end - 1] + self.lengths[end - 1]

    def sentence(self, i):
        """(start, end) of the sentence holding token i."""
        k = bisect_right(self.sent_list, i)
        end = self.sent_list[k] if k < len(self.sent_list) else self.length
        return self.sent_list[k - 1], end

    def sentences(self):
        """[(start, end)] of the sentences (made once per list of sentence starts; the
        callers only read it)."""
        if self._sentences is None or self._sentences[0] is not self.sent_list:
            bounds = [*self.sent_list, self.length]
            spans = [(bounds[k], bounds[k + 1]) for k in range(len(self.sent_list))]
            self._sentences = (self.sent_list, spans)
        return self._sentences[1]


def doc_text(doc):
    """doc.text, which spaCy joins anew from Token objects on every access (about as long as
    tokenizing): the text the pipeline was given (the tokenizer keeps every character)."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


def token_arrays(doc):
    arrays = doc.user_data.get(KEY)
    if arrays is None:
        arrays = doc.user_data[KEY] = TokenArrays(doc)
    return arrays


def marker_spans(doc):
    """The final markers as spaCy Spans (label: the code, id: the rule)."""
    from spacy.tokens import Span

    return [Span(doc, h.start, h.end, h.code, span_id=h.rule) for h in token_arrays(doc).markers]


def hashes(words):
    """The string hashes of words (as spaCy's StringStore computes them)."""
    return frozenset(get_string_id(w) for w in words)
