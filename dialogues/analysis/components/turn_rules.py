"""Rules that look at a whole sentence or turn rather than at a word pattern.

client: affect flooding from punctuation and capitals; no_mental_states for a long turn that
names no feeling, thought, wish or intention.
coach: the kind of question (open wh-question, yes/no question, a declarative check), and the
precedence between codes (a clarification '..., klopt dat?' is not a plain closed question).
The final markers go to doc.spans["markers"].
"""

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..lexicon import word_lists
from .context import DROPPED, KEPT

MARKERS = "markers"
MENTALIZING_CODES = {"mental_state", "perspective_taking", "self_reflection", "assumed_intent"}
QUESTION_OVERRIDES = {
    "not_knowing_question",
    "clarification",
    "alternative_perspective",
    "relationship_focus",
    "stop_and_rewind",
    "advice",
    "coach_self_disclosure",
    "interpretation",
    "dismissing",
}


@Language.factory("turn_rules", assigns=["doc.spans"])
def make_turn_rules(nlp, name, min_narrative_words: int = 15):
    return TurnRules(min_narrative_words)


class TurnRules:
    def __init__(self, min_narrative_words):
        lists = word_lists()
        self.min_narrative_words = min_narrative_words
        self.mental_lemmas = set(lists["mental_lemmas"]) | set(lists["emotion_words"])
        self.acronyms = set(lists["acronyms"])
        self.wh_words = set(lists["wh_words"])
        self.factual_wh = {tuple(item.split()) for item in lists["factual_wh"]}
        self.openers = set(lists["question_openers"])
        self.subjects = set(lists["subject_words"])
        self.prepositions = set(lists["prepositions"])
        self.others = (set(lists["other_person"]) | set(lists["third_person"])) - {"die", "men"}
        self.states = set(lists["state_words"]) | set(lists["emotion_words"])
        self.self_words = set(lists["subject_self"])
        self.hedges = set(lists["hedge_lead"])

    def __call__(self, doc: Doc) -> Doc:
        markers = list(doc.spans[KEPT])
        if doc.user_data.get("role", "client") == "client":
            markers += self.affect_signals(doc)
            markers += self.hedged_other_minds(doc, markers)
            markers += self.narrative_without_mind(doc, markers)
        else:
            markers = self.coach_questions(doc, markers)
            markers += self.coach_alarm(doc)
        by_code = {}
        for span in markers:
            by_code.setdefault(span.label_, []).append(span)
        final = [span for spans in by_code.values() for span in filter_spans(spans)]
        doc.spans[MARKERS] = sorted(final, key=lambda s: (s.start, s.end, s.label_))
        return doc

    # client -------------------------------------------------------------------------
    def affect_signals(self, doc):
        spans = []
        i = 0
        while i < len(doc):
            if doc[i].text.startswith("!"):
                j = i
                while j + 1 < len(doc) and doc[j + 1].text.startswith("!"):
                    j += 1
                if j > i or len(doc[i].text) > 1:
                    spans.append(
                        Span(doc, i, j + 1, "affect_flooding", span_id="flood.exclamations")
                    )
                i = j + 1
            else:
                i += 1
        shouting = [
            t
            for t in doc
            if t.is_alpha and t.is_upper and len(t) >= 3 and t.norm_ not in self.acronyms
        ]
        exclaimed = sum(1 for sent in doc.sents if sent[-1].text.startswith("!"))
        if len(shouting) >= 2 or (shouting and exclaimed):
            spans += [
                Span(doc, t.i, t.i + 1, "affect_flooding", span_id="flood.capitals")
                for t in shouting
            ]
        if exclaimed >= 3 and not spans:
            spans.append(
                Span(doc, 0, len(doc), "affect_flooding", span_id="flood.many_exclamations")
            )
        return spans

    def hedged_other_minds(self, doc, markers):
        """'misschien was hij vooral moe', 'ik denk dat mijn partner bang is': a guess, held
        lightly, about what goes on in someone else."""
        spans = []
        for sent in doc.sents:
            if not any(t.norm_ in self.hedges for t in sent):
                continue
            for token in sent:
                is_mind = token.lemma_ in self.mental_lemmas or token.norm_ in self.states
                if not is_mind or token.lemma_ == "weten":
                    continue
                window = doc[max(sent.start, token.i - 6) : min(sent.end, token.i + 3)]
                near = doc[max(sent.start, token.i - 2) : min(sent.end, token.i + 2)]
                about_self = any(
                    t.norm_ in self.self_words and doc[t.i - 1].norm_ not in self.prepositions
                    for t in near
                )
                if any(t.norm_ in self.others for t in window) and not about_self:
                    spans.append(
                        Span(
                            doc,
                            sent.start,
                            sent.end,
                            "perspective_taking",
                            span_id="persp.hedged_other_mind",
                        )
                    )
                    break
        return spans

    def narrative_without_mind(self, doc, markers):
        words = [t for t in doc if t.is_alpha]
        if len(words) < self.min_narrative_words:
            return []
        candidates = list(doc.spans[KEPT]) + list(doc.spans[DROPPED]) + markers
        if any(span.label_ in MENTALIZING_CODES for span in candidates):
            return []
        if any(t.lemma_ in self.mental_lemmas or t.norm_ in self.mental_lemmas for t in doc):
            return []
        return [Span(doc, 0, len(doc), "no_mental_states", span_id="narrative.no_mind_words")]

    # coach --------------------------------------------------------------------------
    def coach_questions(self, doc, markers):
        result = list(markers)
        for sent in doc.sents:
            if not any(t.text == "?" for t in sent):
                continue
            present = {s.label_ for s in markers if s.start < sent.end and s.end > sent.start}
            words = [t for t in sent if t.is_alpha and t.norm_ not in self.openers]
            if not words:
                continue
            if len(words) < 2:
                continue  # 'Echt?', 'WAT?': a reaction, not a question to explore
            first, second = words[0].norm_, words[1].norm_
            if first in self.prepositions and second in self.wh_words:
                first, second = second, words[2].norm_ if len(words) > 2 else ""
            embedded_wh = any(t.norm_ in self.wh_words for t in words[2:])
            if first in self.wh_words:
                if (first,) in self.factual_wh or (first, second) in self.factual_wh:
                    continue
                if not present & QUESTION_OVERRIDES:
                    result.append(self._span(sent, "not_knowing_question", "question.open_wh"))
            elif present & QUESTION_OVERRIDES or "telling_feelings" in present:
                continue
            elif embedded_wh and first not in self.subjects:
                # 'Mag ik vragen wat er nu gebeurt?', 'Kun je vertellen hoe dat ging?'
                result.append(self._span(sent, "not_knowing_question", "question.embedded_wh"))
            elif first in self.subjects:
                result.append(self._span(sent, "clarification", "question.declarative_check"))
            else:
                result.append(self._span(sent, "closed_question", "question.yes_no"))
        return result

    def coach_alarm(self, doc):
        """A coach shouting (capitals with exclamation marks) amplifies the client's alarm."""
        shouting = [
            t
            for t in doc
            if t.is_alpha and t.is_upper and len(t) >= 2 and t.norm_ not in self.acronyms
        ]
        if shouting and any("!" in t.text for t in doc):
            return [Span(doc, t.i, t.i + 1, "amplifying", span_id="amp.capitals") for t in shouting]
        return []

    @staticmethod
    def _span(sent, code, rule_id):
        return Span(sent.doc, sent.start, sent.end, code, span_id=rule_id)
