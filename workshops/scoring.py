"""Scoring of the four exercise types: plain functions, tested against hand-worked examples.

The analyser is called by the views; these functions receive its codes (or a hand-made key),
so the scoring rules stay readable and testable on their own.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .text import sentence_of, split_sentences

# Coach codes that are a good follow-up: open, curious, about the client's mind.
GOOD_QUESTION_CODES = (
    "not_knowing_question",
    "clarification",
    "alternative_perspective",
    "relationship_focus",
    "stop_and_rewind",
)
# Non-mentalizing coach moves, in the order in which they are reported.
BAD_COACH_CODES = ("advice", "telling_feelings", "interpretation", "dismissing", "amplifying")


# --- 1. Spot the markers ------------------------------------------------------------------


def key_from_analysis(analysis):
    """A marker key from an analyser result: one item per (sentence, code).

    A marker over the whole utterance of more than one sentence (a long narrative without
    mental states) belongs to the whole utterance: its sentence is None.
    """
    sentences = split_sentences(analysis.text)
    items = {}
    for marker in analysis.markers:
        covered = sentence_of(sentences, marker.start, marker.end)
        whole = marker.start == 0 and marker.end >= len(analysis.text.rstrip())
        if not covered or (whole and len(sentences) > 1):
            sentence = None
        else:
            sentence = covered[0]
        item = items.setdefault(
            (sentence, marker.code),
            {"sentence": sentence, "code": marker.code, "words": [], "explanation": ""},
        )
        if marker.text not in item["words"]:
            item["words"].append(marker.text)
        item["explanation"] = item["explanation"] or marker.explanation
    result = []
    for item in items.values():
        item["words"] = " · ".join(item["words"])
        result.append(item)
    return sorted(result, key=lambda i: (i["sentence"] is None, i["sentence"] or 0, i["code"]))


def pairs(items):
    """{(sentence, code)} from key items (dicts) or from (sentence, code) tuples."""
    return {(i["sentence"], i["code"]) if isinstance(i, dict) else tuple(i) for i in items}


@dataclass(frozen=True)
class MarkerResult:
    found: frozenset
    missed: frozenset
    over_marked: frozenset
    score: float
    is_good: bool

    def to_dict(self):
        return {
            "found": sorted(self.found, key=_pair_order),
            "missed": sorted(self.missed, key=_pair_order),
            "over_marked": sorted(self.over_marked, key=_pair_order),
            "score": self.score,
            "is_good": self.is_good,
        }


def _pair_order(pair):
    sentence, code = pair
    return (sentence is None, sentence or 0, code)


def score_markers(key, answer):
    """Compare a participant's (sentence, code) choices with the exercise's key.

    - a key item for a sentence is found when the participant gave that code to that sentence;
    - a key item for the whole utterance (sentence None) is found when the participant gave the
      code anywhere (to a sentence or to the whole utterance);
    - every other choice is over-marked.
    Score: found / (key items + over-marked). Good: nothing missed and at most one over-marked.
    """
    key, answer = pairs(key), pairs(answer)
    found, used = set(), set()
    for sentence, code in key:
        if sentence is None:
            matches = {a for a in answer if a[1] == code}
        else:
            matches = {(sentence, code)} & answer
        if matches:
            found.add((sentence, code))
            used |= matches
    missed = key - found
    over_marked = answer - used
    total = len(key) + len(over_marked)
    score = len(found) / total if total else 1.0
    return MarkerResult(
        frozenset(found),
        frozenset(missed),
        frozenset(over_marked),
        round(score, 3),
        not missed and len(over_marked) <= 1,
    )


# --- 2. Ask not-knowing -------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUpVerdict:
    verdict: str
    is_good: bool
    message: str
    codes: tuple = field(default_factory=tuple)

    def to_dict(self):
        return {
            "verdict": self.verdict,
            "is_good": self.is_good,
            "message": self.message,
            "codes": list(self.codes),
        }


def _messages():
    return {
        "advice": _(
            "Dit is advies: je vertelt de cliënt wat hij moet doen. Vraag eerst naar zijn beleving."
        ),
        "telling_feelings": _(
            "Je vult het gevoel van de cliënt in als een feit. Vraag het liever: je weet niet wat "
            "er in hem omgaat."
        ),
        "interpretation": _(
            "Dit is een interpretatie: je verklaart wat er in de cliënt omgaat. Blijf dichter bij "
            "de oppervlakte en vraag."
        ),
        "dismissing": _(
            "Dit bagatelliseert de beleving van de cliënt in plaats van haar te erkennen."
        ),
        "amplifying": _("Dit dikt de emotie aan in plaats van haar te erkennen."),
        "closed_question": _(
            "Dit is een gesloten vraag: het antwoord is ja of nee. Een open vraag nodigt uit om na "
            "te denken."
        ),
        "good": _("Goed: een open, nieuwsgierige vraag naar de beleving van de cliënt."),
        "validation_only": _(
            "Je erkent het gevoel, mooi. Stel er nu ook een nieuwsgierige vraag bij."
        ),
        "no_question": _(
            "Hier herkent de analyser geen vraag naar de beleving. Probeer een open vraag: wat, "
            "hoe, waar merk je aan …?"
        ),
    }


def verdict_message(verdict, stored=""):
    """The message for a stored verdict in the active language (an attempt keeps the message in
    the language it was made in; the page shows it in the reader's)."""
    return str(_messages().get(verdict, stored))


def classify_follow_up(codes):
    """The verdict on a coach's follow-up, from the analyser's codes for it.

    A non-mentalizing move outweighs everything (a question wrapped in advice is still advice);
    then a good open question; then a closed question; then validation without a question.
    """
    codes = tuple(sorted(set(codes)))
    messages = _messages()
    for bad in BAD_COACH_CODES:
        if bad in codes:
            return FollowUpVerdict(bad, False, messages[bad], codes)
    if any(code in GOOD_QUESTION_CODES for code in codes):
        return FollowUpVerdict("good", True, messages["good"], codes)
    if "closed_question" in codes:
        return FollowUpVerdict("closed_question", False, messages["closed_question"], codes)
    if "empathic_validation" in codes:
        return FollowUpVerdict("validation_only", False, messages["validation_only"], codes)
    return FollowUpVerdict("no_question", False, messages["no_question"], codes)


# --- 3. Choose the response ---------------------------------------------------------------


@dataclass(frozen=True)
class ChoiceResult:
    chosen: int
    best: int
    is_good: bool

    @property
    def score(self):
        return 1.0 if self.is_good else 0.0

    def to_dict(self):
        return {"chosen": self.chosen, "best": self.best, "is_good": self.is_good}


def best_option(options):
    return next(i for i, option in enumerate(options) if option.get("best"))


def score_choice(options, chosen):
    if not 0 <= chosen < len(options):
        raise ValueError("no such option")
    best = best_option(options)
    return ChoiceResult(chosen, best, chosen == best)


# --- 4. Stop and rewind -------------------------------------------------------------------


@dataclass(frozen=True)
class RewindResult:
    sentence: int
    moment: str  # "right", "early" or "late"
    question: FollowUpVerdict
    is_good: bool
    score: float

    def to_dict(self):
        return {
            "sentence": self.sentence,
            "moment": self.moment,
            "question": self.question.to_dict(),
            "is_good": self.is_good,
            "score": self.score,
        }


def score_rewind(moments, sentence, question_codes):
    """The moment counts when it is one of the key's moments; too early when before all of them,
    too late when after all of them (or in between, which counts as late). The question counts
    when the analyser sees an open question or a stop-and-rewind and no non-mentalizing move.
    Score: half for the moment, half for the question; good when both are right."""
    moments = sorted(set(moments))
    if sentence in moments:
        moment = "right"
    elif moments and sentence < moments[0]:
        moment = "early"
    else:
        moment = "late"
    question = classify_follow_up(question_codes)
    score = (0.5 if moment == "right" else 0.0) + (0.5 if question.is_good else 0.0)
    return RewindResult(sentence, moment, question, moment == "right" and question.is_good, score)
