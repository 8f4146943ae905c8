"""Candidate markers from the pattern lexicons (client_markers.jsonl, coach_markers.jsonl).

Like spaCy's SpanRuler, but the patterns of the turn's role only: a match becomes a span in
doc.spans["candidates"] with the code as label and the rule id as span.id_.
"""

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon import build_matcher
from ..rules import marker_rules

CANDIDATES = "candidates"


@Language.factory("marker_ruler", assigns=["doc.spans"])
def make_marker_ruler(nlp, name):
    return MarkerRuler(nlp.vocab)


class MarkerRuler:
    def __init__(self, vocab):
        self.matchers = {
            role: build_matcher(vocab, [(r.id, r.pattern) for r in marker_rules(role)])
            for role in ("client", "coach")
        }
        self.codes = {
            vocab.strings[rule.id]: rule.code
            for role in ("client", "coach")
            for rule in marker_rules(role)
        }

    def __call__(self, doc: Doc) -> Doc:
        role = doc.user_data.get("role", "client")
        spans = []
        for match_id, start, end in self.matchers[role](doc):
            rule_id = doc.vocab.strings[match_id]
            spans.append(Span(doc, start, end, label=self.codes[match_id], span_id=rule_id))
        doc.spans[CANDIDATES] = spans
        return doc
