"""Candidate markers from the pattern lexicons (client_markers.jsonl, coach_markers.jsonl).

Like spaCy's SpanRuler, but the patterns of the turn's role only: a match becomes a candidate
(arrays.Hit: token start/end, code, rule id) for the context rules. Matching uses the
anchored matcher (matching.py): same results as spaCy's Matcher, only tried where a pattern's
rarest word occurs.
"""

from spacy.language import Language
from spacy.tokens import Doc

from ..arrays import Hit, token_arrays
from ..lexicon import compile_pattern, load_jsonl, word_lists
from ..matching import AnchoredMatcher
from ..rules import marker_rules

CANDIDATES = "candidates"
ROLES = ("client", "coach")


def role_matcher(role):
    """The role's marker patterns, and as group 1 the context rules (context.py), which are
    then matched from the same scan of a document's words."""
    lists = word_lists()
    return AnchoredMatcher(
        ((rule.id, compile_pattern(rule.pattern, lists)) for rule in marker_rules(role)),
        lists["frequent_words"],
        [((e["id"], compile_pattern(e["pattern"], lists)) for e in load_jsonl("context.jsonl"))],
    )


@Language.factory("marker_ruler", assigns=["doc.spans"])
def make_marker_ruler(nlp, name):
    return MarkerRuler()


class MarkerRuler:
    def __init__(self):
        self.matchers = {role: role_matcher(role) for role in ROLES}
        self.rules = {
            rule.id: (order, rule.code)
            for role in ROLES
            for order, rule in enumerate(marker_rules(role))
        }

    def __call__(self, doc: Doc) -> Doc:
        role = doc.user_data.get("role", "client")
        arrays = token_arrays(doc)
        found = self.matchers[role](arrays)
        if found:
            rules = self.rules
            # Earlier rules first, so that among equally long matches the first one explains it.
            ordered = sorted(found, key=lambda m: (m[1], m[2], rules[m[0]][0]))
            arrays.candidates = [
                Hit(start, end, rules[rule_id][1], rule_id) for rule_id, start, end in ordered
            ]
        return doc
