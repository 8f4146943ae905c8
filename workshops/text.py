"""Splitting an utterance into sentences, so a phone can show one sentence at a time.

Exercise keys refer to sentences by their index in ``split_sentences(text)``; the split is
deterministic and does not depend on the analyser.
"""

import re
from dataclasses import dataclass

# A sentence ends with . ! ? or … (possibly followed by a closing quote) and whitespace,
# and the next sentence starts with a letter, digit or an opening quote.
_BOUNDARY = re.compile(r"(?<=[.!?…])[”’\"']?\s+(?=[\w‘“\"'(])")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def split_sentences(text):
    """The sentences of text with their character offsets (end exclusive, whitespace trimmed)."""
    sentences = []
    position = 0
    pieces = []
    for match in _BOUNDARY.finditer(text):
        pieces.append((position, match.start()))
        position = match.end()
    pieces.append((position, len(text)))
    for start, end in pieces:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        real_start = start + (len(chunk) - len(chunk.lstrip()))
        real_end = real_start + len(stripped)
        sentences.append(Sentence(len(sentences), real_start, real_end, stripped))
    return sentences


def sentence_of(sentences, start, end):
    """Indices of the sentences that the character range [start, end) overlaps."""
    return [s.index for s in sentences if start < s.end and end > s.start]
