"""The analyser: analyse(text, role) -> Analysis. Plain Python and spaCy, no Django.

>>> from dialogues.analysis import analyse
>>> analyse("Da’s toch duidelijk, iedereen doet altijd alsof ik gek ben.", "client").codes
['black_and_white', 'certainty']
"""

import hashlib
from collections.abc import Sequence

from .arrays import token_arrays
from .codes import ALL_CODES, CLIENT_CODES, COACH_CODES, KIND, LABEL_NL, codes_for_role
from .indicators import depth_advice, polarity
from .lexicon import lexicon_files
from .pipeline import build_nlp, make_doc, make_docs, topics
from .result import Analysis, Clause, DepthAdvice, Marker, Polarity, Suggestion
from .rules import all_rules
from .suggestions import suggest

CODE_VERSION = "8"


def _version():
    digest = hashlib.sha256(CODE_VERSION.encode())
    for entry in lexicon_files():
        digest.update(entry.name.encode())
        digest.update(entry.read_bytes())
    return f"{CODE_VERSION}.{digest.hexdigest()[:10]}"


ANALYSER_VERSION = _version()

__all__ = [
    "ALL_CODES",
    "ANALYSER_VERSION",
    "CLIENT_CODES",
    "COACH_CODES",
    "KIND",
    "LABEL_NL",
    "Analysis",
    "Clause",
    "DepthAdvice",
    "Marker",
    "Polarity",
    "Suggestion",
    "analyse",
    "analyse_many",
    "build_nlp",
]


def analyse(text: str, role: str) -> Analysis:
    """Analyse one turn of a dialogue; role is 'client' or 'coach'."""
    codes_for_role(role)
    return _from_doc(make_doc(text, role), text, role)


def analyse_many(items):
    """Analyse (text, role) pairs in one pass through the pipeline; yields Analysis in order."""
    items = list(items)
    for _text, role in items:
        codes_for_role(role)
    for (text, role), doc in zip(items, make_docs(items), strict=True):
        yield _from_doc(doc, text, role)


def _from_doc(doc, text, role):
    rules = all_rules()
    arrays = token_arrays(doc)
    source = doc.text if text is None else text
    markers = []
    for hit in arrays.markers:
        start, end = arrays.char_span(hit.start, hit.end)
        words = source[start:end]
        markers.append(
            Marker.of(hit.code, start, end, words, hit.rule, rules[hit.rule].explain(words))
        )
    markers = tuple(markers)
    depth = depth_advice(doc, markers) if role == "client" else None
    clauses = tuple(_clause(arrays, c) for c in doc.user_data.get("clauses", ()))
    return Analysis.of(
        text,
        role,
        markers,
        tuple(suggest(source, markers, depth, _Topics(doc), clauses)) if role == "client" else (),
        depth,
        polarity(doc, markers) if role == "client" else None,
        ANALYSER_VERSION,
        clauses,
    )


class _Topics(Sequence):
    """The turn's topics (pipeline.topics), found only when a suggestion reads them (a turn
    without markers), not for every turn."""

    __slots__ = ("_doc", "_found")

    def __init__(self, doc):
        self._doc, self._found = doc, None

    def _topics(self):
        if self._found is None:
            self._found = topics(self._doc)
        return self._found

    def __getitem__(self, index):
        return self._topics()[index]

    def __len__(self):
        return len(self._topics())

    def __iter__(self):
        return iter(self._topics())


_SORTED = {}  # frozenset of clause classes → the sorted tuple


def _clause(arrays, clause):
    idx, last = arrays.idx, clause.end - 1
    classes = _SORTED.get(clause.classes)
    if classes is None:
        classes = _SORTED[clause.classes] = tuple(sorted(clause.classes))
    return Clause.of(  # start, end, subject, classes, hedged, negated, question, past, quoted,
        idx[clause.start],  # reported, about_self: in the order of result.Clause
        idx[last] + arrays.lengths[last],
        clause.subject,
        classes,
        clause.hedged,
        clause.negated,
        clause.question,
        clause.past,
        clause.quoted,
        clause.reported,
        clause.about_self,
    )
