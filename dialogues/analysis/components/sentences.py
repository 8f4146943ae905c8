"""Sentence boundaries without a parser, as spaCy's Sentencizer decides them, but faster.

A sentence ends at a run of sentence-final punctuation (. ! ? and the other characters of
spaCy's Sentencizer); the next sentence starts at the first token after it that is not
punctuation. Computed on the token columns (arrays.py) and written with one from_array call.
"""

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from ..arrays import doc_text, hashes, token_arrays

NOT_START = numpy.uint64(numpy.iinfo(numpy.uint64).max)  # -1: 'not a sentence start'
# 'dak de kleine te warm aankleed 🙄 ze doet da expres': in a chat an emoji ends a sentence
EMOJI = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff]")


@Language.factory("nl_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp, name):
    return SentenceSplitter()


class SentenceSplitter:
    def __init__(self):
        self.final = hashes(Sentencizer.default_punct_chars)
        self.templates = {}  # length → a column of 'not a sentence start' to copy

    def column(self, n):
        template = self.templates.get(n)
        if template is None:
            template = self.templates[n] = numpy.full((n, 1), NOT_START, dtype=numpy.uint64)
        return template.copy()

    def __call__(self, doc: Doc) -> Doc:
        arrays = token_arrays(doc)
        n = arrays.length
        if not n:
            return doc
        starts = [0]
        emoji = EMOJI.search(doc_text(doc)) is not None
        if emoji or not self.final.isdisjoint(arrays.norms[:-1]):
            final, punct = self.final, arrays.punct
            if emoji:
                final = final | {t.norm for t in doc if EMOJI.match(t.text)}
            seen = False
            for i, norm in enumerate(arrays.norms):
                if norm in final:
                    seen = True
                elif seen and not punct[i]:
                    starts.append(i)
                    seen = False
        column = self.column(n)
        for start in starts:
            column[start, 0] = 1
        doc.from_array([SENT_START], column)
        arrays.sent_list = starts
        arrays.sent_starts = frozenset(starts)
        return doc
