"""Context rules in the spirit of ConText: hedges, negations and pseudo-triggers.

A context rule (lexicons/nl/context.jsonl) matches words near a candidate marker, in the same
sentence, and drops candidates of the codes it lists: 'misschien was ik gewoon moe' is not an
easy label, 'natuurlijke materialen' is not certainty, 'niet alleen aan hem' is not blame.
direction: before (the context words precede the marker), after, both (before or after),
overlap, or any (before, after or overlapping). A near 'before' context (window ≤ 3) does not
reach over a comma, semicolon or colon: 'hoeft nie, da's toch duidelijk' is not negated.
"""

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..arrays import Hit, token_arrays
from ..lexicon import load_jsonl

DROPPED = "dropped"
EMPTY = frozenset()
CLAUSE_PUNCT = frozenset((",", ";", ":"))


@Language.factory("marker_context", assigns=["doc.spans"])
def make_marker_context(nlp, name):
    return MarkerContext(nlp.get_pipe("marker_ruler").matchers)


class MarkerContext:
    def __init__(self, matchers):
        """matchers: the marker ruler's matchers by role, which hold the context rules as their
        group 1 (matched from the scan the marker patterns already made)."""
        entries = load_jsonl("context.jsonl")
        self.matchers = matchers
        self.rules = {entry["id"]: entry for entry in entries}
        self.order = {entry["id"]: order for order, entry in enumerate(entries)}
        self.by_target = {}  # code or rule id → the context rules that can drop it
        for entry in entries:
            for target in [*entry["codes"], *entry.get("rules", ())]:
                self.by_target.setdefault(target, set()).add(entry["id"])
        self.by_target = {target: frozenset(ids) for target, ids in self.by_target.items()}
        # each rule as (codes, rule ids, direction, window, id) for blocking_rule
        self.compiled = {
            e["id"]: (
                frozenset(e["codes"]),
                frozenset(e.get("rules", ())),
                e.get("direction", "both"),
                e.get("window", 50),
                e["id"],
            )
            for e in entries
        }

    def __call__(self, doc: Doc) -> Doc:
        arrays = token_arrays(doc)
        candidates = arrays.candidates
        by_target = self.by_target
        relevant = set()
        for hit in candidates:
            relevant.update(by_target.get(hit.code, EMPTY), by_target.get(hit.rule, EMPTY))
        if not relevant:
            arrays.kept = candidates
            return doc
        role = doc.user_data.get("role", "client")
        found = self.matchers[role](arrays, relevant, group=1)
        found = sorted(found, key=lambda m: (self.order[m[0]], m[1], m[2]))
        contexts = [(self.compiled[key], start, end) for key, start, end in found]
        kept, dropped = [], []
        for hit in candidates:
            reason = self.blocking_rule(arrays, hit, contexts)
            if reason is None:
                kept.append(hit)
            else:
                dropped.append(Hit(hit.start, hit.end, hit.code, reason))
        arrays.kept, arrays.dropped = kept, dropped
        if dropped:  # for whoever wants to see why: the context rule id is the span id
            doc.spans[DROPPED] = [
                Span(doc, h.start, h.end, h.code, span_id=h.rule) for h in dropped
            ]
        return doc

    @staticmethod
    def blocking_rule(arrays, span, contexts):
        sent_start, sent_end = arrays.sentence(span.start)
        for (codes, rules, direction, window, rule_id), start, end in contexts:
            applies = span.code in codes or span.rule in rules
            if not applies or start < sent_start or end > sent_end:
                continue
            before = end <= span.start and span.start - end <= window
            after = start >= span.end and start - span.end <= window
            if before and direction == "before" and window <= 3:
                punct = arrays.punct_text()  # 'nie, da's toch duidelijk': not negated
                if any(punct.get(i) in CLAUSE_PUNCT for i in range(end, span.start)):
                    continue
            overlap = start < span.end and end > span.start
            if (
                (direction == "before" and before)
                or (direction == "after" and after)
                or (direction == "both" and (before or after))
                or (direction == "overlap" and overlap)
                or (direction == "any" and (before or after or overlap))
            ):
                return rule_id
        return None
