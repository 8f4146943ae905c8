"""Context rules in the spirit of ConText: hedges, negations and pseudo-triggers.

A context rule (lexicons/nl/context.jsonl) matches words near a candidate marker, in the same
sentence, and drops candidates of the codes it lists: 'misschien was ik gewoon moe' is not an
easy label, 'natuurlijke materialen' is not certainty, 'niet alleen aan hem' is not blame.
direction: before (the context words precede the marker), after, both, or overlap.
"""

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..lexicon import build_matcher, load_jsonl
from .marker_ruler import CANDIDATES

KEPT = "kept"
DROPPED = "dropped"


@Language.factory("marker_context", assigns=["doc.spans"])
def make_marker_context(nlp, name):
    return MarkerContext(nlp.vocab)


class MarkerContext:
    def __init__(self, vocab):
        entries = load_jsonl("context.jsonl")
        self.matcher = build_matcher(vocab, [(e["id"], e["pattern"]) for e in entries])
        self.rules = {vocab.strings[entry["id"]]: entry for entry in entries}

    def __call__(self, doc: Doc) -> Doc:
        contexts = [(self.rules[m], s, e) for m, s, e in self.matcher(doc)]
        kept, dropped = [], []
        for span in doc.spans[CANDIDATES]:
            reason = self.blocking_rule(doc, span, contexts)
            if reason is None:
                kept.append(span)
            else:
                dropped.append(Span(doc, span.start, span.end, label=span.label_, span_id=reason))
        doc.spans[KEPT] = kept
        doc.spans[DROPPED] = dropped
        return doc

    @staticmethod
    def blocking_rule(doc, span, contexts):
        sent_start, sent_end = span.sent.start, span.sent.end
        for rule, start, end in contexts:
            applies = span.label_ in rule["codes"] or span.id_ in rule.get("rules", ())
            if not applies or start < sent_start or end > sent_end:
                continue
            direction = rule.get("direction", "both")
            window = rule.get("window", 50)
            before = end <= span.start and span.start - end <= window
            after = start >= span.end and start - span.end <= window
            overlap = start < span.end and end > span.start
            if (
                (direction == "before" and before)
                or (direction == "after" and after)
                or (direction == "both" and (before or after))
                or (direction == "overlap" and overlap)
            ):
                return rule["id"]
        return None
