"""The scripted client of a solo role-play: a client who listens. Plain Python, no Django.

A client script is a graph of disclosures (`Line`s, data that trainers edit): every line says
what kind of reply it is, what it answers (aspects, persons, times, topic words), the openness
it needs, the affect it carries and which lines must have been said before it. The engine
reads the coach's turn (the analyser's codes and `coach_turn.understand`: aspect, whose mind,
time, topics, the client's own words), updates trust (openness) and affect, and picks the
best-fitting line that trust allows. Every reply carries its reason.

Reactions per move (the first rule that applies; `react`, `answer`, `deflect`, … are the
kinds of line):

- amplifying → `react` on amplifying: he agrees and escalates. Openness =, affect +2.
- advice → `react` on advice: defensive. Openness −loss, affect +1 (judgemental, remembered).
- telling_feelings → `react`: rejects or corrects that feeling. −loss, +1 (judgemental).
- interpretation → `react`: rejects the explanation. −loss, +1 (judgemental).
- dismissing → `react`: irritated, not taken seriously. −loss, +1 (judgemental).
- empathic_validation → `answer` on the feeling it names (he takes it up) if trust allows,
  else `deflect` on feeling (he corrects it: "zo zou ik het niet noemen"). +gain, affect −1.
- stop_and_rewind → `answer` about the moment asked (aspect moment). +gain, the line's affect.
- relationship_focus → `answer` about this conversation or the coach (here_now). +gain.
- alternative_perspective → `answer` on another way of seeing it (other_view). +gain.
- clarification, not-knowing question, self-disclosure, an open question without "?", an
  invitation ("Kun je … vertellen?") → `answer` on the aspect asked (feeling, thought, motive,
  moment, meaning, own part, other's view, body, here and now, story). +gain.
- closed question (also without "?") → a `short` answer on that topic. Openness =, affect =.
- no code, but it picks up the case's topics or the client's words → `answer` on what it
  touches (a nod: he goes on). Openness =.
- off-topic, nothing recognised → `puzzled`; a second time in a row irritated (openness −1).
- the coach's closing words in a statement ("laten we het hierbij laten", "dank je voor je
  openheid") → a `closing` line for his openness (the button after it: only "Tot ziens.").

Siding ("ik heb ook geen geduld voor gezeur", "dat is toch onprofessioneel van haar", also
"…, toch?") counts as amplifying; "dat valt toch wel mee?" as dismissing; a judgement or advice
in a statement ("je overdrijft", "jij bent … he", "je had beter …") as that move even when the
analyser only reads a clarification. A wish question gets only `wish` lines (or a deflection
about wishing); asked about his own mind he never gets a line about only another's view; a
closed question about how often gets a `how_often` short line, else a line that opens like a
yes/no answer, else a deflection on its aspect.

Never the same line twice in a session while the pool lasts: reactions, deflections, asides and
closings he has not said come first. Asked again about what he has told, he tells what he has
not said yet on a neighbouring aspect (feeling ↔ body, thought ↔ motive, moment ↔ story, own part
→ thought), confirms a feeling named ("Ja. Zo voelt het, ja.", once), else gives a general
deflection he has not used, else "Dat heb ik je al verteld." and the like — never a stock "Zoals
ik al zei" with the same words; while deeper lines on it wait for trust, he deflects on it.
Asides stop when all are said.

The trust gate: an `answer` line is allowed when its `min_openness` ≤ the client's openness (one
less while wary, see memory) ≤ its `max_openness`, every line in its `requires` has been said, and
— for deep lines (`min_openness` ≥ 7) — the last two moves were both good (sustained good
moves). Among the allowed lines that answer the aspect asked, the best fit wins: the
aspect asked (6, required; +1 when it is the line's first aspect), any other aspect the turn
touches (2), the person asked about (3), the time (1; −2 for a line about another time), each
shared topic (2), a line meant for this move (3), depth (0.3 per openness point), already said
(−8; −2 for a line with the feeling the turn names), a line with another feeling than the one
named (−4), a line about someone else when he is asked about himself (−4).
A question about the meaning of one of his words only gets a line about that word. When
nothing allowed fits — trust too low, or nothing in the script — the client gives a `deflect`
line on the aspect (and topics) asked, in his own voice; a deflection meant for a move (the
correction of a feeling named in a validation) answers only that move. A feeling named in a
statement without any code ("je klinkt gekwetst") counts as a validation; a closed question
gets a short line on its aspect and topic, else the first sentence(s) of the best answer (or
deflection) on its aspect, else a plain yes or no. When the analyser finds no code at all,
`coach_turn.fallback_move` still recognises advice ("je moet …"), a judgement ("jij bent …"),
telling feelings ("dus je voelt je …") and amplifying or dismissing words; "Vertel eens …" is
an invitation, never advice.

What the question asks beyond its code (see `coach_turn`): a plain fact gets a `fact` line (its
first topic the fact asked, such as `feit-duur`), else a deflection on facts; a what-if about
himself only `what_if` lines (or a deflection on it); a checked summary ("Klopt dat?") a `check`
short line, before a fresh answer on a specific aspect; a line tagged `on_topic` only comes when
the turn touches one of its topics; a short question a line opens with ("Mijn aandeel?",
"Schandalig?") that asks another aspect than the coach did, or in a reaction takes up words he
never said, is left out (and such a line loses 2 in the fit); a closed question off every topic
gets only the first sentence of a generic short line (his yes or no, without a tail); a short
line that says what he did ("Ja, dat heb ik haar gezegd") only answers a question with that verb
(or one like it: "gesproken", "laten weten"); asked about one of the case's events, a line about
another event loses 3.

Since the sixth blind rating: an either/or question about himself ("wil je X, of wil je Y", "ga
je wel of niet", "ben je meer kwaad op hem of op jezelf") gets a `short` line with the move
`either_or` on that kind of choice (aspect motive: a decision; thought: a way of seeing it) within
his openness, on its topic first; a practical either/or is brushed off. Small talk gets a `short`
line with the move `small_talk` (once each), then puzzlement. Dismissing that makes light of what
he did (a reassurance) gets a `reassurance` reaction and costs no trust; an interpretation that
names his past a reaction with the move `past` (other interpretations never get one). A line
tagged `self_judgement` only answers a question asking him to judge himself, `exception` only
"geldt dat altijd, of zijn er momenten …", `now_only` loses 6 unless a feeling is asked now.
Deflections keep to their openness band (soft ones from 7). "Dat heb ik toch al gezegd" only
when he did say something on the aspect asked; no outburst before a denial or a correction; a
line that would be a bare "Dat …" clause without its opener loses 4. A question naming no topic
is scored with the topics of what he just said (lines kept for one topic only when that line was
about it); a moment question keeps to the event its question part names.

Memory: a judgemental move (advice, telling feelings, interpretation, dismissing) lowers
openness and makes the client wary for 3 turns (the gate counts one point less, and the first
good move after it gains nothing). A repeat of such a move, or a question about the here and now
(how it is with the coach) in the very next turn, gets a `refer_back` line, quoting the
coach's words when they are one short sentence ("Net zei je nog: ‘…’."), once (for the latest
judgement): before his reaction at a repeat, as his whole answer at the here and now ("… Dat zit
me eerlijk gezegd nog dwars."); before an answer to any other question he lets it rest (the
wariness shows in the gate).

Repair (since the ninth blind rating): when the coach takes back what he said ("sorry, dat was
kort door de bocht van mij", "zo bedoelde ik het niet"; `coach_turn.apologises`), the wariness
ends, he regains a point after a judgement, and no refer-back comes to it later; asked how it
landed (or asked nothing) he gives a `short` line with the move `apology` for his openness, and
a question after it is answered as asked. "… maar het is toch wel zo?" (`coach_turn.insists`) is
the last judgement again. A reaction tagged `hedged` ("eromheen draaien") only answers a hedged
judgement. Lines kept for one question: `here_act` (the coach's own act here: "wat doe of zeg ik
waardoor …"), `since` (the feeling he came in with, asked now at the end), `what_if` and
`origin` (never for another question: a hard filter), `here_need` (what would help him here),
`people` (people in general, no one of the case: "de mensen om je heen", "die ander"). Asked what
lies under a feeling he named (`beneath`), a line with another feeling wins and need not wait
for the line naming the first. An exception asked in a closed form ("Geldt dat altijd zo?") is
answered like an open question about it. A pronoun that names no one of the case ("bij hen")
points at the person the coach named last (`memory["persons"]`).

Since the tenth blind rating: a question that comes with the ending ("We ronden af. Wat neem je
mee?", "… waar wil je volgende keer op letten?") gets the line kept for it (his `takeaway` answer,
a `next_time` closing) by openness; advice to apologise or "sorry dat ik je onderbreek" is no
repair, and a second "sorry" gets his word again; a lecture ("in de literatuur heet dat …") is an
interpretation with a `lecture` reaction and costs trust; advice about taking part here or about
how to take it gets its own reaction (`here`, `attitude`); "Net zei je nog" only when the new move
is about what the earlier one was about (an event both name, two content words, or no content of
its own). Lines kept for one question (a hard filter, like `what_if`): `words` (what was said:
his own or the other's), `urge` (what he would most like to do), `seen` (what he wants others to
see in him), `obstacle` (what stops him), `here_saying` (how it is to say this here, or to get the
coach's question); `beneath` deflections only when asked what lies under a feeling, and then never
the named feeling again; staying with a moment ("mag ik nog even bij dat eerste gesprek
blijven?") is a rewind to it, not to the event the coach says he is leaving; right after he named
a feeling, "wat ging er door je heen" gets another line.

Closing: a `closing` line whose openness band holds the client's openness: cool or sceptical
when openness is low, a first reflective thought when it is high; also when an ending phrase
comes with a question about how the session was ("we moeten stoppen. hoe vond je het?").

Styles change how fast trust grows and how lines sound: plain; upset (affect +2 at the start,
openness −1, trust grows a third as fast while affect is above 7, a validation calms him by 2,
a judgemental move costs 3, an outburst `aside` before every other line while affect ≥ 7);
reserved (openness −1 at the start, trust grows at
a third of the rate, only the first sentence or two of a line below openness 5, up to about 70
characters below 8, whole lines from 8); verbose (openness +1, an `aside`
after most lines).

Deterministic: the same moves and style always give the same conversation. Never the same
line twice in a row.
"""

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import coach_turn
from .analysis.codes import COACH_BAD, COACH_GOOD, LABEL_NL
from .labels import code_label

SCALE_MIN, SCALE_MAX = 0, 10
DEEP = 7
WARY_TURNS = 3
RECENT = 3  # "Net zei je nog …" only about a move made at most this many turns ago

MENTALIZING, NON_MENTALIZING, CLOSED, EMPTY = "mentalizing", "non_mentalizing", "closed", "empty"
MOVE_LABEL_NL = {
    MENTALIZING: "mentaliserende interventie",
    NON_MENTALIZING: "niet-mentaliserende zet",
    CLOSED: "gesloten vraag",
    EMPTY: "geen interventie herkend",
}

MOVE_NL = {
    "apology": "iets terugnemen",
    "exception_question": "vraag naar een uitzondering",
    "open_question": "open vraag zonder vraagteken",
    "closed_question": "gesloten vraag",
    "request": "uitnodiging om te vertellen",
}
FALLBACK_REASON = {
    "advice": gettext_lazy(
        "Dit is advies: je zegt wat de cliënt moet doen; dat sluit zijn eigen nadenken af."
    ),
    "interpretation": gettext_lazy(
        "Dit is een oordeel of interpretatie over de cliënt: je vult in wie hij "
        "is, in plaats van te vragen hoe hij het zelf ziet."
    ),
    "telling_feelings": gettext_lazy(
        "Dit is gevoel invullen: je zegt de cliënt wat hij voelt, in plaats van ernaar te vragen."
    ),
    "amplifying": gettext_lazy(
        "Dit is aandikken: je gaat mee in de verontwaardiging en maakt die groter; "
        "de cliënt kijkt dan nog minder naar zijn eigen beleving."
    ),
    "dismissing": gettext_lazy(
        "Dit is bagatelliseren: het gevoel van de cliënt wordt kleiner gemaakt, dan "
        "voelt hij zich niet serieus genomen."
    ),
    "lecture": gettext_lazy(
        "Dit is uitleg van buitenaf: je vertelt de cliënt wat de theorie over hem zegt, in "
        "plaats van te vragen hoe hij het zelf ziet."
    ),
}
KINDS = ("answer", "deflect", "react", "short", "puzzled", "refer_back", "aside", "closing")
KIND_NL = {
    "answer": "antwoord",
    "deflect": "afweren",
    "react": "reactie op een zet",
    "short": "kort antwoord",
    "puzzled": "niet-begrijpen",
    "refer_back": "terugverwijzen",
    "aside": "uitweiding",
    "closing": "afsluiting",
}
SAID_ALL = (
    gettext_lazy("Dat heb ik je al verteld."),
    gettext_lazy("Daar heb ik verder niks aan toe te voegen."),
    gettext_lazy("Meer kan ik er echt niet over zeggen."),
    gettext_lazy("Ik val in herhaling, geloof ik."),
    gettext_lazy("Dat hebben we toch al gehad?"),
    gettext_lazy("Ik weet niet wat ik daar nog meer over moet zeggen."),
    gettext_lazy("Daar zijn we het nu wel over gehad, denk ik."),
    gettext_lazy("Ik heb daar echt alles over gezegd wat ik weet."),
)
JUDGEMENTAL = ("advice", "telling_feelings", "interpretation", "dismissing")
REACT_MOVES = ("amplifying",) + JUDGEMENTAL
# Moves that say what he holds himself when they touch the case's topic `overtuiging`.
AGREEABLE = ("advice", "dismissing", "telling_feelings", "interpretation")
CONVICTION = "overtuiging"
# Coach codes that say which aspect is asked, in order of precedence among the good moves.
GOOD_ORDER = (
    "empathic_validation",
    "stop_and_rewind",
    "relationship_focus",
    "alternative_perspective",
    "clarification",
    "not_knowing_question",
    "coach_self_disclosure",
)
PERSONS_BUILTIN = ("self", "coach")
TIMES = ("then", "now", "here")


@dataclass(frozen=True)
class Style:
    name: str
    label: object  # a lazily translated Dutch label
    openness: int = 0
    affect: int = 0
    credit: int = 3  # a good move adds credit; three credits are one point of openness
    loss: int = 2
    shorten: bool = False
    asides: bool = False
    outbursts: bool = False


STYLES = {
    "plain": Style("plain", gettext_lazy("gewoon")),
    "upset": Style(
        "upset", gettext_lazy("boos en overstuur"), affect=2, openness=-1, loss=3, outbursts=True
    ),
    "reserved": Style(
        "reserved", gettext_lazy("gesloten en kortaf"), openness=-1, credit=1, shorten=True
    ),
    "verbose": Style("verbose", gettext_lazy("breedsprakig"), openness=1, asides=True),
}
STYLE_CHOICES = tuple((s.name, s.label) for s in STYLES.values())


@dataclass(frozen=True)
class Line:
    key: str
    kind: str
    text: str
    aspects: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    moves: tuple[str, ...] = ()
    min_openness: int = 0
    max_openness: int = SCALE_MAX
    affect: int | None = None
    requires: tuple[str, ...] = ()
    styles: tuple[str, ...] = ()
    order: int = 0


@dataclass(frozen=True)
class Script:
    lines: tuple[Line, ...]
    topics: tuple[dict, ...] = ()
    start_openness: int = 3
    start_affect: int = 5

    def of_kind(self, kind):
        return [line for line in self.lines if line.kind == kind]

    def by_key(self):
        return {line.key: line for line in self.lines}

    def problems(self):
        """What keeps this script from being played well, in Dutch; empty when it is fine."""
        problems = []
        keys = [line.key for line in self.lines]
        doubles = sorted({k for k in keys if keys.count(k) > 1})
        if doubles:
            problems.append("Elke zin heeft een eigen id nodig; dubbel: " + ", ".join(doubles))
        known = set(keys)
        topic_ids = {t["id"] for t in self.topics} | {
            f["id"] for f in coach_turn.lexicon()["feelings"]
        }
        person_ids = {t["id"] for t in self.topics if t.get("kind") == "person"}
        for line in self.lines:
            if line.kind not in KINDS:
                problems.append(f"{line.key}: onbekende soort ‘{line.kind}’.")
            if missing := [k for k in line.requires if k not in known]:
                problems.append(
                    f"{line.key}: ‘eerst nodig’ verwijst naar onbekende zinnen: "
                    + ", ".join(missing)
                )
            if bad := [a for a in line.aspects if a not in coach_turn.ASPECTS]:
                problems.append(f"{line.key}: onbekend aspect: " + ", ".join(bad))
            if bad := [t for t in line.topics if t not in topic_ids]:
                problems.append(
                    f"{line.key}: onderwerp niet in de woordenlijst van de casus: " + ", ".join(bad)
                )
            if bad := [p for p in line.persons if p not in person_ids | set(PERSONS_BUILTIN)]:
                problems.append(f"{line.key}: onbekende persoon: " + ", ".join(bad))
            if bad := [t for t in line.times if t not in TIMES]:
                problems.append(f"{line.key}: onbekende tijd: " + ", ".join(bad))
            if line.min_openness > line.max_openness:
                problems.append(f"{line.key}: minimale openheid is groter dan de maximale.")
        deflect_aspects = {a for line in self.of_kind("deflect") for a in line.aspects}
        general_deflects = [line for line in self.of_kind("deflect") if not line.aspects]
        for aspect in coach_turn.ASPECTS:
            if aspect not in deflect_aspects and aspect not in coach_turn.OPTIONAL_ASPECTS:
                problems.append(
                    f"Voor ‘{coach_turn.ASPECT_NL[aspect]}’ is geen afweerzin (soort ‘afweren’ "
                    "met dat aspect); de cliënt kan er dan niet op het onderwerp op reageren."
                )
        if len(general_deflects) < 2:
            problems.append("Er zijn minstens 2 algemene afweerzinnen nodig (zonder aspect).")
        for move in REACT_MOVES:
            if not [line for line in self.of_kind("react") if move in line.moves]:
                problems.append(f"Geen reactie op ‘{LABEL_NL[move]}’ (soort ‘reactie’).")
        for kind, minimum in (("short", 2), ("puzzled", 2)):
            if len(self.of_kind(kind)) < minimum:
                problems.append(f"Bij ‘{KIND_NL[kind]}’ zijn minstens {minimum} zinnen nodig.")
        closings = self.of_kind("closing")
        for value in range(SCALE_MIN, SCALE_MAX + 1):
            if not any(c.min_openness <= value <= c.max_openness for c in closings):
                problems.append(f"Geen afsluiting voor openheid {value}.")
                break
        if len([line for line in self.of_kind("answer")]) < 8:
            problems.append("Er zijn minstens 8 antwoorden nodig.")
        return problems


@dataclass(frozen=True)
class State:
    openness: int
    affect: int
    memory: dict = field(default_factory=dict)

    def remembered(self, name, default=None):
        value = self.memory.get(name, default)
        return list(value) if isinstance(value, list) else value


@dataclass(frozen=True)
class Move:
    kind: str
    codes: tuple[str, ...]
    reason: str
    code: str = ""  # the code that decided the reaction

    @property
    def label(self):
        return MOVE_LABEL_NL[self.kind]


@dataclass(frozen=True)
class Reply:
    line: Line
    text: str
    state: State
    move: Move
    turn: coach_turn.CoachTurn
    reason: str
    kind: str  # the kind of reply, as in the table above

    def to_dict(self):
        return {
            "line": self.line.key,
            "kind": self.kind,
            "reason": self.reason,
            "move": self.move.kind,
            "code": self.move.code,
            "asks": self.turn.to_dict(),
            "openness": self.state.openness,
            "affect": self.state.affect,
        }


def _clamp(value):
    return max(SCALE_MIN, min(SCALE_MAX, value))


def _first(markers, codes):
    return next((m for m in sorted(markers, key=lambda m: m.start) if m.code in codes), None)


def _explained(marker):
    """The marker's explanation, quoting its words once (explanations usually quote them)."""
    if marker.text and marker.text in marker.explanation:
        return marker.explanation
    return f"‘{marker.text}’. {marker.explanation}"


def classify(analysis):
    """What kind of move a coach turn is, and why, from the analyser's result.

    A question without "?" that the analyser does not recognise is still a question: open (a
    question word first) counts as mentalizing, a verb first as a closed question.
    """
    markers = tuple(
        m
        for m in analysis.markers
        if not (m.code == "advice" and coach_turn.is_invitation(m.text))
        and not _offered(m, analysis.text or "")
        and not _no_advice(m, analysis.markers, analysis.text or "")
        and not _reflected(m, analysis.text or "")
        and not _quoted_back(m, analysis.text or "")
    )
    if any(m.code in ("relationship_focus", "not_knowing_question") for m in markers):
        # "Ik merk dat je vrij stil bent. Hoe is het voor jou om hier te praten?": what the
        # coach notices, before an open question, is no feeling told to him; nor is his plan
        # given back without a feeling word ("Je wilt ze vragen waarom … Wat hoop je …?").
        asked_at = min(
            m.start for m in markers if m.code in ("relationship_focus", "not_knowing_question")
        )
        markers = tuple(
            m
            for m in markers
            if not (
                m.code == "telling_feelings"
                and (
                    _observed(m, analysis.text or "")
                    or (m.start < asked_at and not coach_turn.names_a_feeling(analysis.text or ""))
                )
            )
        )
    if coach_turn.checks_summary(analysis.text or ""):
        # "Ik probeer het even samen te vatten: je voelt je … Zit ik er dicht bij?": a summary
        # he is asked to check, no advice or feeling told to him.
        markers = tuple(m for m in markers if m.code not in COACH_BAD)
    codes = tuple(sorted({m.code for m in markers}))
    text = analysis.text or ""
    if coach_turn.is_siding(text) and coach_turn.fallback_move(text) != "advice":
        # "Ik heb ook geen geduld voor gezeur haha": siding with him, whatever else it sounds like.
        return Move(NON_MENTALIZING, codes, str(FALLBACK_REASON["amplifying"]), "amplifying")
    if coach_turn.explains_by_past(text) and not _first(markers, COACH_BAD):
        # "… omdat je vroeger altijd op je plaats gezet werd, door je vader": an interpretation,
        # even when the analyser reads a validation or a clarification in it.
        return Move(
            NON_MENTALIZING, codes, str(FALLBACK_REASON["interpretation"]), "interpretation"
        )
    if coach_turn.lectures(text) and not _first(
        markers, tuple(c for c in COACH_BAD if c != "interpretation")
    ):
        # "In de literatuur heet dat zwart-witdenken.": theory told to him, an interpretation
        # from the outside, whatever question or disclosure it sounds like.
        return Move(NON_MENTALIZING, codes, str(FALLBACK_REASON["lecture"]), "interpretation")
    # ("Eerlijk gezegd vind ik jouw reactie nogal bot" is a judgement, not the coach's own mind.)
    plain = set(codes) <= {"clarification", "closed_question", "coach_self_disclosure"}
    if markers and plain and (fb := coach_turn.fallback_move(text, _feelings(text))):
        # "jij bent wel snel gepikeerd he": a judgement, whatever question it sounds like.
        return Move(NON_MENTALIZING, codes, str(FALLBACK_REASON[fb]), fb)
    bad = {m.code for m in markers if m.code in COACH_BAD}
    if coach_turn.dismisses(text) and (
        not bad or (bad == {"advice"} and coach_turn.dismisses_over_advice(text))
    ):
        # "Dat valt toch wel mee?": dismissing, even as a question.
        return Move(NON_MENTALIZING, codes, str(FALLBACK_REASON["dismissing"]), "dismissing")
    if (
        coach_turn.stays(text)
        and not _first(markers, COACH_BAD)
        and not _first(markers, COACH_GOOD)
        and not coach_turn.is_closing(text)
    ):
        # "Mag ik nog even bij dat eerste gesprek blijven?", "ik wil nog even bij da moment
        # blijven, mag da": back to the moment, whether or not he is asked leave for it.
        reason = _("Goed, stop en terugspoelen: je gaat terug naar het moment zelf.")
        return Move(MENTALIZING, codes, reason, "stop_and_rewind")
    if not markers:
        feelings = coach_turn.understand(analysis.text or "").feelings
        if code := coach_turn.fallback_move(analysis.text or "", feelings):
            reason = str(FALLBACK_REASON[code])
            return Move(NON_MENTALIZING, codes, reason, code)
        if coach_turn.is_sympathy(analysis.text or "") or coach_turn.is_observation(text):
            reason = _(
                "Goed, empathische erkenning: je laat merken dat je ziet hoe het voor de cliënt is."
            )
            return Move(MENTALIZING, codes, reason, "empathic_validation")
    if marker := _first(markers, COACH_BAD):
        reason = _("Dit is %(label)s: %(why)s") % {
            "label": code_label(marker.code),
            "why": _explained(marker),
        }
        return Move(NON_MENTALIZING, codes, reason, marker.code)
    if marker := _first(markers, COACH_GOOD):
        reason = _("Goed, %(label)s: %(why)s") % {
            "label": code_label(marker.code),
            "why": _explained(marker),
        }
        return Move(MENTALIZING, codes, reason, marker.code)
    if _first(markers, ("closed_question",)) and coach_turn.asks_leave(text):
        # "Ik wil nog even bij dat eerste moment blijven, vind je dat goed?": asking leave for
        # what the coach proposes, which he answers (no yes or no).
        reason = _(
            "Je vraagt toestemming voor wat je voorstelt; de cliënt gaat in op wat je voorstelt."
        )
        return Move(MENTALIZING, codes, reason, "request")
    if (marker := _first(markers, ("closed_question",))) and coach_turn.is_request(
        analysis.text or ""
    ):
        reason = _(
            "Een uitnodiging om te vertellen: ‘%(words)s’. Met ja of nee kan de cliënt "
            "hier niet volstaan; dat werkt als een open vraag."
        ) % {"words": marker.text}
        return Move(MENTALIZING, codes, reason, "request")
    if coach_turn.is_nod(coach_turn.normalise(analysis.text or "")):
        reason = _("Een aanmoediging: de cliënt vertelt verder, maar je vraagt nog nergens naar.")
        return Move(EMPTY, codes, reason, "nod")
    if marker:
        reason = _(
            "Dit is een gesloten vraag: ‘%(words)s’. De cliënt kan met ja of nee "
            "volstaan; een open, nieuwsgierige vraag nodigt meer uit."
        ) % {"words": marker.text}
        return Move(CLOSED, codes, reason, "closed_question")
    question, open_question = coach_turn.is_question(analysis.text or "")
    if question and open_question:
        reason = _(
            "Een open vraag (ook zonder vraagteken): de cliënt kan vertellen wat er in hem omgaat."
        )
        return Move(MENTALIZING, codes, reason, "open_question")
    if question:
        reason = _(
            "Een gesloten vraag (ook zonder vraagteken): de cliënt kan met ja of nee volstaan; "
            "een open, nieuwsgierige vraag nodigt meer uit."
        )
        return Move(CLOSED, codes, reason, "closed_question")
    if coach_turn.invites(text):  # "hoi, vertel eens wat er speelt"
        reason = _("Een uitnodiging om te vertellen: de cliënt kan zijn verhaal kwijt.")
        return Move(MENTALIZING, codes, reason, "request")
    reason = _(
        "Hier herkent de analyser geen interventie: geen vraag, erkenning of verheldering. "
        "De cliënt weet niet goed wat je bedoelt."
    )
    return Move(EMPTY, codes, reason)


def _offered(marker, text):
    """ "Is dat ongemakkelijk, of valt dat mee?": a dismissing word offered as one answer of a
    question about his own feeling, not the coach making light of it."""
    if marker.code != "dismissing" or not coach_turn.is_question(text)[0]:
        return False
    before = coach_turn.normalise(text[: marker.start])[-1:]
    return before == ["of"] or coach_turn.normalise(marker.text)[:1] == ["of"]


def _forbids(text):
    """ "Je moet hem niet gaan uitfoeteren", "Ga dat vooral niet doen": advice not to act."""
    tokens = coach_turn.normalise(text)
    return any(
        t in ("moet", "moeten", "ga", "zou")
        and {"niet", "geen", "nooit"} & set(tokens[i + 1 : i + 6])
        for i, t in enumerate(tokens)
    )


def _no_advice(marker, markers, text):
    """An advice marker that gives no advice in this turn: a word inside a stop-and-rewind or
    a clarification ("stop even", "zeg je dat eigenlijk"), or his own rule given back after
    "dus" ("dus je moet altijd opzij": a summary of what he said, no advice)."""
    if marker.code != "advice":
        return False
    good = ("stop_and_rewind", "clarification")
    if any(m.code in good and m.start <= marker.start and marker.end <= m.end + 1 for m in markers):
        return True
    before = coach_turn.normalise(text[: marker.start])[-1:]
    words = coach_turn.normalise(marker.text)
    if words[:2] == ["heb", "je"] and "om" not in words and text.rstrip().endswith("?"):
        return True  # "heb je dat al eens geprobeerd?": whether he tried, no advice of its own
    if coach_turn.normalise(marker.text)[:2] in (["wat", "als"], ["stel", "dat"]):
        return True  # "wat als jij zelf eens geen mening hebt": a what-if, no advice
    return coach_turn.normalise(marker.text)[:1] == ["dus"] or before == ["dus"]


SAYING = {"zei", "zegt", "zeggen", "zeg", "noemde", "noemt", "riep", "schreef", "zeide"}


def _quoted_back(marker, text):
    """A move's words that are his own, given back: quoted ("'niet zeuren'"), or framed as what
    he said ("toen je niet zeuren zei", "niet zeuren, zeg je"): no dismissing by the coach."""
    if marker.code not in COACH_BAD:
        return False
    before = text[: marker.start].rstrip()
    after = text[marker.end :].lstrip()
    if before[-1:] and after[:1] and before[-1] in "‘'\"“«" and after[0] in "’'\"”»":
        return True
    if not before and after.startswith(("...", "…")):
        return True  # "niet zeuren... wat gebeurde er vlak daarvoor": his words, mulled over
    following = coach_turn.normalise(after)[:3]
    preceding = coach_turn.normalise(before)[-3:]
    # ("en toen zei je niet zeuren": what he said, given back)
    return bool(SAYING & set(following + preceding[-2:])) and bool(
        {"je", "jij"} & set(preceding + following)
    )


def _reflected(marker, text):
    """An amplifying marker in a sentence that gives back what he said ("Je zegt dat je het er
    helemaal mee eens was. Hoe kijk je daar nu naar?"): his words, the coach does not side."""
    if marker.code != "amplifying":
        return False
    start = max(text.rfind(p, 0, marker.start) for p in (". ", "? ", "! ", ": "))
    sentence = text[start + 1 if start >= 0 else 0 : marker.end]
    return coach_turn.gives_back(sentence)


def _feelings(text):
    return coach_turn.understand(text).feelings


def start_state(script, style="plain"):
    s = STYLES[style]
    return State(
        _clamp(script.start_openness + s.openness),
        _clamp(script.start_affect + s.affect),
        {"style": style},
    )


def _sentences(text):
    parts = re.split(r"(?<=[.!?…])\s+(?=[A-Z‘’'\"“ÀÉÈ])", text.strip())
    return [p for p in parts if p]


def _shorten(text, enough=30):
    """The first sentence or two, until there are about `enough` characters (reserved style)."""
    kept = []
    for sentence in _sentences(text)[: 2 if enough <= 70 else None]:
        kept.append(sentence)
        if len(" ".join(kept)) >= enough:
            break
    return " ".join(kept)


def _score(line, turn, code, told):
    aspect = 0
    if turn.aspect in line.aspects:
        aspect = 6 + (1 if line.aspects[0] == turn.aspect else 0)
    score = aspect + (2 if any(a in line.aspects for a in turn.aspects[1:]) else 0)
    if turn.aspect == "other_view" and line.aspects[:1] == ("other_view",):
        if line.aspects[1:] and not set(line.aspects[1:]) & set(turn.aspects):
            score -= 1  # "hoe zou hij het beleefd hebben": not her motive, unasked
    if turn.aspect == "story" and line.aspects[:1] == ("story",):
        score += 1  # "Wat is dan het probleem?": his story, not a thought that also tells it
    own = {"self", "coach"}
    if turn.persons and line.persons and not set(line.persons) & (set(turn.persons) | own):
        score -= 4  # asked about his wife (or with her named), the line is about his boss
    if turn.whose == "other" and set(turn.persons) & set(line.persons):
        score += 3 + (1 if turn.persons[0] in line.persons else 0)
    elif turn.whose == "client" and "self" in line.persons:
        score += 1
    elif turn.whose == "relationship" and "coach" in line.persons:
        score += 2
    if turn.whose == "client" and line.persons and not own & set(line.persons):
        score -= 4  # asked about his own mind, the line is about someone else's
    elif turn.whose == "other" and line.persons and set(line.persons) <= own:
        score -= 2
    if turn.time and turn.time in line.times:
        score += 1
    elif turn.time and line.times:
        score -= 2  # asked about then, the line is about now (or the other way round)
    score += 2 * min(3, len(set(turn.topics) & set(line.topics)))
    if "on_topic" in line.moves and line.topics[:1] and line.topics[0] in turn.topics:
        score += 3  # a line about just this (the test report he gave) when it is named
    if (
        turn.events
        and set(line.topics) & set(turn.other_events)
        and not (set(line.topics) & set(turn.events))
    ):
        score -= 3  # asked about the meeting, the line is about the talk in his office
    if turn.aspect == "fact" and line.topics and line.topics[0] in turn.topics:
        score += 2  # "welke cijfers": the line whose own fact is the one asked
        if line.topics[0] == turn.topics[0]:
            score += 1  # "hoe is de sfeer, met je team": the fact named first

    line_feelings = {t for t in line.topics if t.startswith("gevoel-")}
    if set(turn.feelings) & line_feelings:
        score += 2
    elif turn.feelings and line_feelings:
        score -= 4  # asked about anger, the line is about sadness
    if code and code in line.moves:
        score += 3
    if "wish" in line.moves:  # "wat zou je willen dat er anders ging": a wish, not "Omdat …"
        score += 4 if turn.wish else -3
    if "say" in line.moves:  # "Dat ze eens moeten komen kijken": what he would say to them
        said = turn.wish and SAY_WORDS & set(coach_turn.normalise(turn.text))
        score += 2 if said else -6
    if "now_only" in line.moves and turn.time not in ("now", "here"):
        score -= 6  # "Een beetje leeg, denk ik." only to a feeling asked now
    for move, kind in HERE_KINDS.items():
        if move in line.moves:  # "Wat neem je mee?": what he takes from it, not any here-line
            score += 5 if turn.here_kind == kind else -8
    if turn.here_kind and not set(line.moves) & set(HERE_KINDS):
        score -= 3  # asked what he takes along, a line about how he feels here comes after
    if turn.beneath:
        # "Je zegt frustrerend. Zit er nog iets anders onder?": the feeling under the one named
        if set(turn.feelings) & line_feelings:
            score -= 6
        elif line_feelings:
            score += 2
    if "beneath" in line.moves:  # "Meer zit er niet achter.": only to "zit er nog iets onder?"
        score += 4 if turn.beneath else -6
    if "exception" in line.moves:  # "zijn er momenten dat het anders ligt": the exception
        score += 4 if turn.exception else -3
    if "what_if" in line.moves:  # "wat zou er gebeuren als je …": his own what-if
        score += 4 if turn.what_if else -8
    if "origin" in line.moves:  # "van wie heb je dat": where his rule comes from
        score += 4 if turn.origin else -6
    if "since" in line.moves:  # "je kwam boos binnen, hoe is dat nu?": how it is now
        score += 4 if turn.since else -8
    main = turn.main_person
    if not turn.persons and main and line.persons and not set(line.persons) & (own | {main}):
        score -= 2  # "hoe zou het klinken voor iemand die jou niet kent": not about his wife
    score += 0.3 * line.min_openness
    if _echo_misfits(line, turn, scoring=True):
        score -= 2  # "Hier? …" to a question about his wife: another line first
    if _fragment_left(line, turn):
        score -= 4  # "Te langzaam? Dat we een deadline missen …" without its opener
    if turn.aspect == "meaning" and _asked_words(turn.text) & set(coach_turn.normalise(line.text)):
        score += 4  # "wat bedoel je met professioneel": the line that says that word
    if line.key in told:
        # A feeling asked about again may be told again ("Boos? Op hen natuurlijk.").
        score -= 2 if set(turn.feelings) & line_feelings else 8
    return score, aspect


SAY_WORDS = {"zeggen", "vertellen", "vragen", "zeg", "vertel", "vraag"}
# Moves of here-and-now lines kept for one question about the two of them (coach_turn.here_kind).
HERE_KINDS = {
    "here_coach": "coach",
    "takeaway": "takeaway",
    "here_reason": "reason",
    "here_act": "act",  # "Wat doe of zeg ik waardoor het voelt als het strafbankje?"
    "here_need": "need",  # "Wat zou je helpen om hier wat meer te kunnen zeggen?"
    "here_saying": "saying",  # "Hoe is het om dat hardop te zeggen?", "… die vraag van mij"
}


@lru_cache(maxsize=256)
def _asked_words(text):
    """The content words of a coach turn (for the word whose meaning he is asked)."""
    lex = coach_turn.lexicon()
    skip = set(lex["stop_words"]) | set(lex["question_words"]["words"])
    skip |= {"bedoel", "bedoelde", "betekent", "betekende", "versta", "noemde", "noemt", "precies"}
    return frozenset(t for t in coach_turn.normalise(text) if len(t) >= 4 and t not in skip)


def _best(lines, turn, code, told, last, *, need_aspect):
    ranked = []
    for line in lines:
        if line.key == last or not _on_topic(line, turn):
            continue
        if "coach_self_disclosure" in line.moves and (
            code != "coach_self_disclosure" or turn.is_question
        ):
            continue  # "Fijn dat je dat zegt": only when the coach told something of his own
        score, aspect = _score(line, turn, code, told)
        if need_aspect and not aspect:
            continue
        ranked.append((-score, line.order, line.key, line))
    ranked.sort(key=lambda r: r[:3])
    return ranked[0][3] if ranked else None


def _rotate(lines, state, kind, last, turn=None):
    """The next line of a kind in turn (by topic fit first), never the last one said."""
    if turn is not None:
        lines = [line for line in lines if _on_topic(line, turn)] or lines
    candidates = [line for line in lines if line.key != last] or lines
    told = set(state.memory.get("told", ()))
    # Never the same line twice in a session while the pool still has one he has not said.
    candidates = [line for line in candidates if line.key not in told] or candidates
    count = state.memory.get("counts", {}).get(kind, 0)
    if turn is not None:
        fit = {line.key: len(set(turn.topics) & set(line.topics)) for line in candidates}
        aspect = {line.key: turn.aspect in line.aspects for line in candidates}
        best = max((fit[k] + 2 * aspect[k] for k in fit), default=0)
        if best:
            candidates = [c for c in candidates if fit[c.key] + 2 * aspect[c.key] == best]
    return candidates[count % len(candidates)]


def _on_topic(line, turn):
    """A line tagged `on_topic` ("Die coach had gewoon gelijk …") only comes when the turn
    touches its own (first) topic."""
    return "on_topic" not in line.moves or bool(line.topics[:1] and line.topics[0] in turn.topics)


def _beneath(line, turn):
    """Asked what lies under the feeling he named ("Je zegt frustrerend. Zit er nog iets
    onder?"), a feeling line need not wait for the line that names that feeling first."""
    if turn.beneath and line.aspects[:1] == ("feeling",):
        return replace(line, requires=())
    return line


def _allowed(line, trust, told, streak, style):
    if line.styles and style not in line.styles:
        return False
    if not line.min_openness <= trust <= line.max_openness:
        return False
    if any(k not in told for k in line.requires):
        return False
    # A line kept for one question about the two of them ("Wat neem je mee?") is no disclosure
    # that waits for sustained good moves; its openness band is enough.
    kept = any(move in line.moves for move in HERE_KINDS)
    return not (line.min_openness >= DEEP and streak < 2 and not kept)


def respond(script, state, analysis, client_said=()):
    """The client's answer to the coach turn `analysis` (the analyser's result): a Reply."""
    style = STYLES[state.memory.get("style", "plain")]
    if client_said and any(_his_words(m, client_said[-1]) for m in analysis.markers):
        # "Oké. Je moet gecoacht worden. Hoe kijk je daar zelf tegenaan?": his own words given
        # back, no advice of the coach.
        analysis = replace(
            analysis,
            markers=tuple(m for m in analysis.markers if not _his_words(m, client_said[-1])),
        )
    move = classify(analysis)
    codes = move.codes
    # A code recognised here rather than by the analyser (a sympathetic exclamation, advice in a
    # statement) counts like the analyser's own.
    seen = codes + ((move.code,) if move.code in LABEL_NL and move.code not in codes else ())
    turn = coach_turn.understand(analysis.text or "", seen, script.topics, client_said)
    memory = {k: (list(v) if isinstance(v, list) else v) for k, v in state.memory.items()}
    before = memory.get("persons", [])
    pointed = POINTING & set(coach_turn.normalise(coach_turn.focus(turn.text)))
    if not turn.persons and before and pointed and not turn.people:
        # "Je wilt de werkgever vragen waarom … En wat denk je dat er bij hen gebeurt?": the
        # pronoun points at the person the coach named last, not at the case's main other.
        turn = replace(turn, persons=tuple(before), named=tuple(before))
    memory["persons"] = list(turn.persons) or before
    memory["counts"] = dict(memory.get("counts", {}))
    told = list(memory.get("told", []))
    last = memory.get("last", "")
    wary = memory.get("wary", 0)
    streak = memory.get("streak", 0)
    hurts = [dict(h) for h in memory.get("hurts", [])]
    turn_no = memory.get("turn", 0) + 1
    openness, affect = state.openness, state.affect
    trust = max(SCALE_MIN, openness - (1 if wary else 0))
    code = move.code
    if move.kind == MENTALIZING:  # the most specific good code says which lines are meant for it
        code = next((c for c in GOOD_ORDER if c in codes), code)
    if move.kind == CLOSED and turn.beneath and turn.is_question:
        # "Zit er onder die frustratie nog iets anders?", "was da alleen kwaad of zat er nog iets
        # onder": closed in form, it asks the feeling under the one he named.
        move = Move(MENTALIZING, codes, move.reason, "open_question")
        code = "open_question"
    if move.kind == CLOSED and turn.exception:
        # "Geldt dat altijd zo, of soms niet?": closed in form, it asks the exception he knows
        move = Move(MENTALIZING, codes, move.reason, "exception_question")
        code = "exception_question"
    repair = None  # the coach takes back what he said: "insists" or "repair"
    if coach_turn.apologises(turn.text) and not turn.closing:
        recent = [h for h in hurts if turn_no - h["turn"] <= RECENT + 2]
        if coach_turn.insists(turn.text) and recent:
            # "sorry, dat was kort door de bocht. maar het is toch wel zo?": the judgement again
            code = recent[-1]["code"]
            move = Move(NON_MENTALIZING, codes, str(FALLBACK_REASON[code]), code)
            repair = "insists"
        else:
            # "sorry, zo bedoelde ik het niet. ik ben benieuwd wat er in je omging": a repair;
            # his wariness ends, a callback to it stays out, and the question is what he answers.
            repair = "repair"
            if move.kind != MENTALIZING or code == "coach_self_disclosure":
                reason = _("Je neemt terug wat je zei: dat herstelt iets van het vertrouwen.")
                move = Move(MENTALIZING, codes, reason, "apology")
                code = next(
                    (c for c in GOOD_ORDER if c in codes and c != "coach_self_disclosure"),
                    "apology",
                )
            for h in hurts:
                h["referred"] = True
            if recent and wary:
                openness += 1
            wary = 0
            trust = openness
    reason_bits = [f"Zet: {MOVE_NL.get(code) or LABEL_NL.get(code, move.label)}"]
    if repair == "insists":
        reason_bits.append("je neemt het terug, maar zegt het toch weer")
    elif repair:
        reason_bits.append("je neemt terug wat je zei: hij is minder op zijn hoede")
    if (
        (code in AGREEABLE or move.kind == EMPTY)
        and not (code == "telling_feelings" and turn.feelings)  # "je bent eigenlijk bang …"
        and not repair
        and CONVICTION in turn.topics
        and not turn.is_question
        and not turn.closing
        and not _forbids(turn.text)
        and not coach_turn.untried(turn.text)  # "stel het uitfoeteren nog even uit": against it
        and not coach_turn.gives_back(turn.text)
        and not re.search(r"['‘’\"“”]", turn.text)
        and not re.search(
            r"\b(zeg|zegt|zei|noem|noemt|noemde)\s+(je|jij|ge|u)\b", turn.text.lower()
        )
    ):
        # "Als manager moet je gewoon een visie hebben", "je vindt haar gewoon zwak",
        # "onzekere mensen hebben nu eenmaal meer sturing nodig": the coach says what he holds
        # himself (the case's topic `overtuiging`); he agrees, he does not reject his own rule.
        move = Move(NON_MENTALIZING, codes, str(FALLBACK_REASON["amplifying"]), "amplifying")
        code = "amplifying"
        reason_bits.append("je zegt wat hij zelf vindt: hij is het met je eens")
    if move.kind != EMPTY or turn.topics:
        reason_bits.append(f"vraagt {turn.describe()}")
    if turn.feelings:
        reason_bits.append("noemt " + ", ".join(f.removeprefix("gevoel-") for f in turn.feelings))
    prefix = None
    refer_only = False
    forced_text = None
    good = move.kind == MENTALIZING

    # The kind of reply, by move.
    if turn.closing and coach_turn.is_appointment(turn.text, aside=True):
        # "Even tussendoor: zullen we volgende week dezelfde tijd houden?": no closing yet.
        turn = replace(turn, closing=False)
    if turn.closing:  # "Laten we het hierbij laten", "Dank je voor je openheid": he closes too
        # "We ronden af. Wat neem je mee?", "… Waar wil je volgende keer op letten?": the
        # question that comes with the ending is what his closing line answers.
        asked = coach_turn.closing_question(turn.text)
        line = _closing_line(script, openness, last, told, asked)
        kind = "closing"
        reason_bits.append("je rondt het gesprek af: hij sluit af, passend bij zijn openheid")
        if asked in CLOSING_ASKED and CLOSING_ASKED[asked] in line.moves:
            reason_bits.append(CLOSING_REASON[asked])
        streak = 0
    elif (
        turn_no <= 2
        and coach_turn.is_greeting(turn.text)
        and not turn.topics
        and (greet := [s for s in script.of_kind("short") if "greeting" in s.moves])
        and not set(told) & {g.key for g in greet}
    ):
        # "Hoi, fijn dat je er bent. Hoe gaat het met je?": how he is, in a word, in his voice
        line, kind = greet[0], "short"
        reason_bits.append("een begroeting: hij zegt kort hoe het gaat")
        streak = 0
    elif (
        repair == "repair"
        and (not turn.is_question or coach_turn.asks_landing(coach_turn.focus(turn.text)))
        and (sorry := _apology_lines(script, told, last, openness))
    ):
        # "hm, da was nie handig van mij, een etiket plakken. hoe kwam dat bij u binnen?": he
        # says how it landed, in his voice and by openness (cool at low, touched at high).
        line = _rotate(sorry, state, "apology", last)
        kind = "short"
        reason_bits.append("je vraagt hoe het binnenkwam: hij zegt het, passend bij zijn openheid")
        streak = 0
    elif move.kind == NON_MENTALIZING:
        reacts = [line for line in script.of_kind("react") if code in line.moves]
        if code in ("interpretation", "telling_feelings") and not coach_turn.hedges(turn.text):
            # "Nu doe jij precies hetzelfde: eromheen draaien" only to a hedged judgement
            reacts = [r for r in reacts if "hedged" not in r.moves] or reacts
        reacts = reacts or script.of_kind("react")
        owned = set()
        if code == "telling_feelings" and turn.feelings:
            # A feeling he named himself ("Geïrriteerd.") is not denied when the coach tells it
            # him later: he says he said so, without taking the telling.
            known = script.by_key()
            for said_line in [known[k].text for k in told if k in known] + list(client_said):
                owned |= set(coach_turn.feelings_named(said_line))
            owned &= set(turn.feelings)
        if owned:
            forced_text = str(OWNED_FEELING)
            reason_bits.append("dat gevoel noemde hij zelf al: hij ontkent het niet")
        elif code == "telling_feelings" and turn.feelings:
            # "Ik zie dat je boos bent": he does not deny the anger he has been showing; a
            # denial tagged with other feelings only answers those.
            reacts = [r for r in reacts if _corrects(r, set(turn.feelings))] or reacts
        elif code == "telling_feelings" and not {"voel", "voelt", "gevoel"} & set(
            coach_turn.normalise(turn.text)
        ):
            # "Je vindt haar gewoon slap" tells him his opinion, not a feeling: no "zo voel ik me
            # niet" to it.
            said = [r for r in reacts if not {"voel", "voelt"} & set(coach_turn.normalise(r.text))]
            reacts = said or reacts
        # "Met de directie gaan praten? Die heeft al genoeg gepraat." answers only that advice:
        # to other advice (a deadline, an apology) a reaction that fits any advice.
        # (A line meant for one topic, such as Patiënt A's sports coach, keeps its place.)
        reacts = [
            r for r in reacts if "on_topic" in r.moves or not _echo_misfits(r, turn)
        ] or reacts
        if code in JUDGEMENTAL and not any(h["code"] == code for h in hurts):
            # "Net zei je nog wat ik moet doen" only after the same move came before.
            reacts = [r for r in reacts if not _refers_back(r)] or reacts
        if code == "advice" and (
            turn.is_question or coach_turn.untried(turn.text) or _forbids(turn.text)
        ):
            # "Heb je al eens geprobeerd om …?", "pas op dat …", "bied je excuses aan": a
            # question, a warning or what goes against his stance is not answered with "Dat
            # heb ik al geprobeerd".
            reacts = [
                r for r in reacts if not {"geprobeerd"} & set(coach_turn.normalise(r.text))
            ] or reacts
        if code == "advice" and _forbids(turn.text):
            # "Je moet die werkgever niet gaan uitfoeteren": advice not to do something is not
            # answered with "Dat heb ik allemaal al geprobeerd" (or "Dat klinkt mooi, maar").
            reacts = [
                r
                for r in reacts
                if not {"geprobeerd", "gedaan", "klinkt"} & set(coach_turn.normalise(r.text))
            ] or reacts
        reassured = False
        if code == "dismissing" and coach_turn.reassures(turn.text):
            # "Ach, 'niet zeuren' is toch niet zo erg, dat zegt iedereen wel eens": the coach
            # makes light of what he did; he is relieved and agrees, he does not defend himself.
            calm = [r for r in script.of_kind("react") if "reassurance" in r.moves]
            reacts, reassured = calm or reacts, bool(calm)
        if code == "interpretation":
            # "In de theorie heet dat …": a reaction to being lectured; other judgements get
            # the others.
            lecture = coach_turn.lectures(turn.text)
            reacts = [r for r in reacts if ("lecture" in r.moves) == lecture] or reacts
        if code == "advice":
            # "Je moet wel meewerken, anders heeft dit geen zin": advice about this conversation
            # gets a reaction about being here; "Je moet het gewoon als een kans zien" (how to
            # take it, nothing to do) no "Dat heb ik al geprobeerd" nor "daar heb ik geen tijd
            # voor"; each kind of advice keeps its own lines.
            kind_of = coach_turn.advice_kind(turn.text)
            kept = [r for r in reacts if kind_of in r.moves] if kind_of else []
            if kind_of and [r for r in kept if r.key not in told]:
                reacts = kept
            else:
                reacts = [r for r in reacts if not {"here", "attitude"} & set(r.moves)] or reacts
            if kind_of:
                reacts = [
                    r
                    for r in reacts
                    if not {"geprobeerd", "tijd"} & set(coach_turn.normalise(r.text))
                ] or reacts
        if code == "interpretation" and any("past" in r.moves for r in reacts):
            # "… omdat je vroeger van je ouders nooit mocht twijfelen": a reaction to being
            # explained by his past; other explanations get the others.
            past = coach_turn.names_past(turn.text)
            reacts = [r for r in reacts if ("past" in r.moves) == past] or reacts
        if all(r.key in told for r in reacts if _on_topic(r, turn)):
            # All his reactions to this move said: he shuts the topic instead of repeating one;
            # to the coach siding with him once more he just agrees ("Ja. Zo is het, ja.").
            general = [d for d in script.of_kind("deflect") if not d.aspects]
            if code == "amplifying":
                general = _acknowledgements(script, told, last, openness) or general
            reacts = _in_band(general, openness) or reacts
        line = _rotate(reacts, state, f"react-{code}", last, turn)
        kind = "react"
        reason_bits.append(f"reactie op {LABEL_NL[code]}")
        if reassured:
            reason_bits.append("je praat goed wat hij deed: hij is het met je eens")
        elif code in JUDGEMENTAL:
            # "Net zei je nog …" only for a move made just now (at most RECENT turns ago), and
            # not right after another such reply: older or back to back it reads as a template.
            stems = sorted(_content_stems(turn.text))
            repeat = next(
                (
                    h
                    for h in hurts
                    if h["code"] == code
                    and not h["referred"]
                    and turn_no - h["turn"] <= RECENT
                    and memory.get("called_back", -9) != turn_no - 1
                    # "Net zei je nog …" only when the new move is about what the earlier one
                    # was about ("schrijf een mail" after "zie het als een kans" is another)
                    and _same_subject(h, stems, turn)
                ),
                None,
            )
            if repeat:
                prefix = _refer_back(script, code, last, repeat.get("said", ""))
                repeat["referred"] = bool(prefix)
            hurts.append(
                {
                    "code": code,
                    "turn": turn_no,
                    "referred": bool(prefix),
                    "said": _quote(analysis.text or "", marker=_marker(analysis, code)),
                    "stems": stems,
                    "topics": list(turn.events),
                }
            )
            openness -= style.loss
            wary = WARY_TURNS
            affect += 2 if style.outbursts else 1
        else:  # amplifying: the coach sides with him; he agrees and gets hotter
            affect += 2
        streak = 0
    elif (
        move.kind == MENTALIZING
        and turn.is_question
        and (not turn.open_question or _open_choice(turn))
        and _either_or(coach_turn.focus(turn.text))
        and not turn.exception  # "Is dat altijd zo, of in bepaalde situaties?": the exception
    ):
        # "Wil je hen vooral iets terugdoen, of wil je vooral dat ze erkennen wat je hebt
        # gepresteerd?": a choice, whatever good code it got; he chooses (or brushes it off).
        line, why = _either_or_answer(script, turn, openness, told, last)
        kind = "short"
        reason_bits.append(why)
        streak = 0
    elif (
        (move.kind == CLOSED or (turn.how_often and turn.is_question and not turn.open_question))
        and not _small_talk(move, turn, script.topics)
        and not turn.exception
    ):
        # ("Is dat altijd zo, of in bepaalde situaties?" asks the exception: answered below)
        # "Zeg je vaker dingen als 'niet zeuren'?" is closed, whatever code it got.
        line, why = _closed_answer(script, turn, trust, told, streak, style.name, last, state)
        kind = "short"
        reason_bits.append(why)
        streak = 0
    elif (
        move.kind == EMPTY and not (turn.topics or turn.echoes or turn.nod or _about_us(turn))
    ) or _small_talk(move, turn, script.topics):
        # About his life outside the case ("welke series kijk je?"): a line kept for that
        # ("private") when the script has one, else the plain word back.
        private = coach_turn.is_private_talk(coach_turn.normalise(turn.text))
        chat = [
            s
            for s in script.of_kind("short")
            if "small_talk" in s.moves
            and s.key not in told
            and s.key != last
            # "Zullen we beginnen?" only at the start of a session
            and ("opening" not in s.moves or turn_no <= 3)
        ]
        chat = [s for s in chat if "private" in s.moves] if private else []
        chat = chat or [
            s
            for s in script.of_kind("short")
            if "small_talk" in s.moves
            and "private" not in s.moves
            and s.key not in told
            and s.key != last
            and ("opening" not in s.moves or turn_no <= 3)
        ]
        line = _rotate(script.of_kind("puzzled"), state, "puzzled", last)
        kind = "puzzled"
        if chat and _small_talk(move, turn, script.topics) and not memory.get("offtopic"):
            # "Was het druk op de weg?": a word of small talk back, in his voice, before he
            # asks what this has to do with anything.
            line, kind = chat[0], "short"
            reason_bits.append("een praatje: hij zegt er kort iets op")
        elif memory.get("offtopic"):
            openness -= 1
            reason_bits.append("weer niets om op in te gaan: hij raakt geïrriteerd")
        else:
            reason_bits.append("niets herkend om op in te gaan")
        memory["offtopic"] = 1
        streak = 0
    else:
        memory["offtopic"] = 0
        if good:
            streak += 1
        else:  # a nod, or a statement on the case's topic: the client goes on telling
            streak = 0
            if "here_now" in turn.aspects and not turn.is_question:
                # "U maakt van mij nu ook iemand die het niet begrijpt.": about the two of
                # them here, not a cue to retell the story.
                turn = _as_here(turn)
            elif not turn.feelings:
                turn = _as_story(turn)
            elif not turn.is_question:
                code = "empathic_validation"  # "je klinkt gekwetst": he takes it up or corrects
            reason_bits.append("geen vraag: hij vertelt verder over wat je aanraakt")
        if turn.wish and coach_turn.wish_seen(turn.text) and turn.aspect != "motive":
            # "ik kom nog even terug op uw werk. wat zoudt ge willen dat uw baas van u ziet": a
            # wish, whatever moment the rewind before it names
            turn = replace(turn, aspect="motive", aspects=("motive",) + turn.aspects)
        flags = _flags(turn)
        allowed = [
            line
            for line in script.of_kind("answer")
            if _allowed(_beneath(line, turn), trust, told, streak, style.name)
            # a what-if or where his rule comes from only to the question that asks it
            and not (
                {"what_if", "origin", "since", "people", "words", "urge", "seen", "obstacle"}
                & set(line.moves) - flags
            )
        ]
        if (
            code == "empathic_validation"
            and good
            and not turn.is_question
            and not turn.feelings
            and turn.aspect == "feeling"
            and (acks := _acknowledgements(script, told, last, trust))
        ):
            # "Dat kan ik me voorstellen, het is niet niks.", "Vreselijk voor je.": a validation
            # that names no feeling asks nothing; he takes it in ("Ja. Zo is het, ja."), he does
            # not answer a feeling question nobody asked ("Boos natuurlijk.").
            allowed = acks
            reason_bits.append("je erkent het zonder een gevoel te noemen: hij neemt het aan")
        # A feeling named in a statement (validation) is taken up or corrected; in a question
        # it is only the topic asked about.
        named = set(turn.feelings) if turn.aspect == "feeling" and not turn.is_question else set()
        if (
            named
            and client_said
            and named <= set(coach_turn.feelings_named(client_said[-1]))
            and (acks := _acknowledgements(script, told, last, trust))
        ):
            # "Heel frustrerend." – "ja frustrerend, snap ik": his own feeling word given back
            # is taken in ("Ja … dat is het wel, ja."), neither denied nor asked about.
            allowed, named = acks, set()
            reason_bits.append("je erkent het gevoel dat hij net zelf noemde: hij neemt het aan")
        if named:  # a feeling named: take it up if trust allows, else correct it
            fitting = [a for a in allowed if named & set(a.topics)]
            if not fitting:  # the validation itself may open what only waited for another line
                fitting = [
                    a
                    for a in script.of_kind("answer")
                    if named & set(a.topics)
                    and a.key not in told
                    and _allowed(replace(a, requires=()), trust, told, streak, style.name)
                ]
            deeper = [
                a
                for a in script.of_kind("answer")
                if named & set(a.topics) and a not in allowed and a.key not in told
            ]
            if fitting and all(a.key in told for a in fitting) and not deeper:
                # All said already: another feeling line he has not told, else he confirms.
                confirm = [
                    c
                    for c in script.of_kind("short")
                    if "empathic_validation" in c.moves and c.key != last
                ]
                fresh = [a for a in allowed if a.key not in told and a.key != last]
                if any(a.key == last for a in fitting) and confirm:
                    fitting = confirm  # he just said it: "Ja. Zo voelt het, ja."
                else:
                    fitting = fresh or [a for a in fitting if a.key != last] or confirm
            allowed = fitting
        if turn.whose == "other" and turn.persons:
            # Asked about his wife's mind: a line about her, not one about his boss; about the
            # one the question names first when it names more.
            allowed = [a for a in allowed if set(a.persons) & set(turn.persons)]
            first = [a for a in allowed if turn.persons[0] in a.persons]
            allowed = first or allowed
        elif turn.whose == "client" and turn.named:
            # "Hoe reageerde de werkgever?": not a line about his boss instead.
            asked = set(turn.named) | {"self", "coach"}
            allowed = [a for a in allowed if not a.persons or set(a.persons) & asked]
        elif turn.whose == "client" and turn.named:
            # "Hoe reageerde de werkgever?": not a line about his boss instead.
            asked = set(turn.named) | {"self", "coach"}
            allowed = [a for a in allowed if not a.persons or set(a.persons) & asked]
        elif turn.whose == "other" and turn.main_person:
            # "Hoe zou het klinken voor iemand die jou niet kent?": not a line about his wife;
            # lines about no one in particular or the case's main other first ("die ander die
            # doorloopt", "de mensen om je heen": about no one in particular).
            ours = {"self", "coach"} | (set() if turn.people else {turn.main_person})
            general = [a for a in allowed if not set(a.persons) - ours]
            allowed = general or allowed
        elif turn.whose == "client":
            # Asked about his own mind: never a line about only someone else's.
            allowed = [
                a
                for a in allowed
                if a.aspects[:1] != ("other_view",)
                or not a.persons
                or set(a.persons) & {"self", "coach"}
            ]
        # the event the question names ("toen je dat briefje schreef"), else any topic it names
        named_event = (
            _asked_events(script, turn)
            # "terug naar die functie die je baas aan een ander gaf. Hoe hoorde je dat?"
            or (set(turn.events) if turn.aspect == "moment" and _rewinds(turn.text) else set())
            or {t for t in turn.topics if not t.startswith("gevoel-")}
        )
        if turn.aspect == "moment" and named_event:
            # "Wat gebeurde er precies toen ze u belden?", "terug naar dat gesprek met die
            # marketingmanager": the moment named, else he deflects on it; never another event.
            allowed = [a for a in allowed if named_event & set(a.topics)]
        if turn.beneath and turn.feelings:
            # "Was dat alleen kwaad, of zat er nog iets onder?": not the named feeling again;
            # while nothing under it may be said yet, he keeps it at that (a deflection).
            allowed = [
                a
                for a in allowed
                if not (
                    (felt := {t for t in a.topics if t.startswith("gevoel-")})
                    and felt <= set(turn.feelings)
                )
            ]
        if turn.obstacle:
            # "Wat houdt je tegen, als je het al weet?": what hinders him, not his motive then
            allowed = [a for a in allowed if "obstacle" in a.moves] or [
                a for a in allowed if not a.aspects[:1] == ("meaning",)
            ]
        if turn.urge:
            # "Wat zou je dan het liefst doen?": what he felt like doing, not a wish about
            # others ("Dat ze eens langs waren gekomen") nor where he feels it.
            allowed = [a for a in script.of_kind("answer") if "urge" in a.moves and a in allowed]
        elif turn.wish and turn.aspect == "motive":
            # A wish gets a wish (or a deflection about wishing), never "Omdat het zo is."
            allowed = [a for a in allowed if "wish" in a.moves]
            if coach_turn.wish_seen(turn.text):
                # "Wat zou je willen dat ze zien, als ze eens kwamen kijken?": what he wants
                # them to see in him, not that they should come.
                allowed = [a for a in allowed if "seen" in a.moves] or allowed
        if turn.exception:
            # "Geldt dat altijd, of zijn er momenten dat het anders ligt?": an exception he
            # knows (or that he knows none), never the same story again.
            allowed = [a for a in allowed if "exception" in a.moves]
        if turn.what_if:
            # "Wat zou er gebeuren als je …": his what-if (or a deflection on it), not what he
            # thought then.
            allowed = [a for a in allowed if "what_if" in a.moves]
        if turn.origin:
            # "Van wie heb je dat?": where his rule comes from (or a deflection on it)
            allowed = [a for a in allowed if "origin" in a.moves]
        if turn.aspect == "meaning" and turn.quoted_topics is not None:
            # "Je zegt dat het 'wel gaat'. … Wat bedoel je met 'wel'?": the word quoted, not
            # another word of the turn ("te snel"); a quoted word he has no line about: he
            # deflects on its meaning.
            allowed = [a for a in allowed if set(turn.quoted_topics) & set(a.topics)]
        elif turn.aspect == "meaning" and (turn.topics or turn.echoes):
            # The meaning of *his* word: only a line about that word will do.
            allowed = [a for a in allowed if set(turn.topics) & set(a.topics)]
        elif turn.aspect == "meaning" and turn.word_named:
            allowed = []  # "je noemt het draagvlak": a word he has no line about; he deflects
        elif turn.aspect == "meaning":
            # "Wat bedoel je daarmee?": a word of what he just said, else he deflects.
            said = script.by_key().get(last)
            words = {t for t in (said.topics if said else ()) if not t.startswith("gevoel-")}
            allowed = [a for a in allowed if words & set(a.topics)]
        if code == "coach_self_disclosure" and not turn.is_question:
            # The coach tells something of his own ("ik zou me ook gefrustreerd voelen"): he
            # reacts to that, he was not asked how he felt.
            own = [
                a
                for a in script.of_kind("answer")
                if "coach_self_disclosure" in a.moves
                and a.key not in told
                and _allowed(a, trust, told, streak, style.name)
            ]
            if own:
                allowed, turn = own, _as_here(turn)
        scoring = turn
        said = script.by_key().get(last)
        if (
            said is not None
            and not named_event
            and not turn.persons
            and turn.is_question
            and turn.open_question
            and turn.aspect not in ("here_now", "fact", "meaning")
        ):
            # "Wat gebeurde er precies, op het moment dat je het hoorde?", "Hoe kijk je daar nu
            # naar?": about what he just told, not another story.
            context = tuple(t for t in said.topics if not t.startswith("gevoel-"))
            scoring = replace(turn, topics=turn.topics + context)
            if "on_topic" not in said.moves:
                # a line kept for one topic (the sports coach) still needs the turn to name it,
                # unless he was just telling about it
                allowed = [a for a in allowed if _on_topic(a, turn)]
        line = _best(allowed, scoring, code, told, last, need_aspect=True)
        if (
            line is not None
            and client_said
            and coach_turn.find(
                coach_turn.normalise(turn.text), coach_turn.lexicon()["inner_moment"]["cues"]
            )
            and not turn.beneath
            and (felt := {t for t in line.topics if t.startswith("gevoel-")})
            and not felt & set(turn.feelings)
            and felt <= set(coach_turn.feelings_named(client_said[-1]))
        ):
            # He just named that feeling ("Ja. Ongeduldig, dat wel."): asked what went through
            # him, another line first, not "Ongeduldig." again.
            others = [
                a
                for a in allowed
                if not (
                    (f := {t for t in a.topics if t.startswith("gevoel-")})
                    and f <= set(coach_turn.feelings_named(client_said[-1]))
                )
            ]
            again = _best(others, scoring, code, told, last, need_aspect=True)
            for near in ("thought",) + NEIGHBOURS.get(turn.aspect, ()):
                if again is None and near != turn.aspect:
                    near_turn = replace(scoring, aspect=near)
                    again = _best(others, near_turn, code, told, last, need_aspect=True)
            line = again or line
        if (spoken := _words_lines(script, turn, trust, told, streak, style.name)) and good:
            # "Wat zei ze precies?", "wat zei die medewerker letterlijk": the words said, not
            # the scene, the story or how the other took it.
            line = _best(spoken, scoring, code, told, last, need_aspect=False)
            reason_bits.append("je vraagt wat er gezegd werd: hij zegt de woorden")
        repeated = False
        if line is not None and line.key in told:
            # Asked again about what he told: something he has not said yet on a neighbouring
            # aspect (a feeling asked again: where he feels it), a confirmation of the feeling
            # named, else he says he has said it (never "Zoals ik al zei" and the same words).
            fresh = [a for a in allowed if a.key not in told]
            nearby = None
            for near in NEIGHBOURS.get(turn.aspect, ()):
                nearby = _best(
                    fresh, replace(turn, aspect=near), code, told, last, need_aspect=True
                )
                if nearby is not None:
                    break
            confirm = [
                c
                for c in script.of_kind("short")
                if "empathic_validation" in c.moves and c.key not in told and c.key != last
            ]
            if named and confirm:
                # "Ik hoor hoe kwaad je bent" after he told his anger: he confirms it.
                line = confirm[0]
                reason_bits.append("dat gevoel noemde hij al: hij bevestigt het")
            elif nearby is not None:
                line = nearby
                reason_bits.append(
                    f"over {coach_turn.ASPECT_NL[turn.aspect]} zei hij al wat hij weet: hij "
                    f"vertelt over {coach_turn.ASPECT_NL[near]}"
                )
            else:
                untold_any = [
                    a
                    for a in script.of_kind("answer")
                    if turn.aspect in a.aspects and a.key not in told and a.key != last
                ]
                # More on this is in the script, but not yet at this trust: he deflects on it.
                repeated, line = not untold_any, None
        if line is None and repeated:
            line, kind = _said_it(script, told, last, turn, named)
            reason_bits.append("dat heeft hij al verteld: hij zegt dat hij het gezegd heeft")
        elif line is not None:
            kind = "short" if line.kind == "short" else "answer"
            reason_bits.append(
                f"antwoord dat past bij {coach_turn.ASPECT_NL[turn.aspect]}"
                + (
                    f" en {', '.join(sorted(set(turn.topics) & set(line.topics)))}"
                    if set(turn.topics) & set(line.topics)
                    else ""
                )
                + f" (nodig: openheid {line.min_openness}, nu {trust})"
            )
        else:
            blocked = [
                a
                for a in script.of_kind("answer")
                if turn.aspect in a.aspects
                and a.key not in told
                and (not named or named & set(a.topics))
            ]
            # A deflection meant for a move (correcting a named feeling) only answers that move.
            deflects = [
                d
                for d in script.of_kind("deflect")
                if d.key != last
                and (
                    not d.moves
                    or (code in d.moves and _corrects(d, named))
                    or (turn.wish and "wish" in d.moves)
                    or (turn.exception and "exception" in d.moves)
                    or (turn.what_if and "what_if" in d.moves)
                    or (turn.origin and "origin" in d.moves)
                    or (turn.people and "people" in d.moves)
                    or (turn.beneath and "beneath" in d.moves)
                )
                # ("Hoe zij zich voelden? …" only when their feeling is asked)
                and ("feeling" not in d.aspects[1:] or "feeling" in turn.aspects or turn.feelings)
            ]
            if turn.whose == "other" and turn.named:
                about = [d for d in deflects if set(d.persons) & set(turn.named)]
                deflects = about or deflects
            if turn.named:  # "Hoe reageerde de werkgever?": not a deflection about his boss
                asked = set(turn.named) | {"self", "coach"}
                deflects = [d for d in deflects if not set(d.persons) - asked] or deflects
            elif turn.whose == "other" and turn.main_person:  # not his wife, unasked
                ours = {"self", "coach", turn.main_person}
                deflects = [d for d in deflects if not set(d.persons) - ours] or deflects
            deflects = _deflects_for(deflects, turn)
            known = script.by_key()
            deflects = _honest(deflects, [known[k] for k in told if k in known], turn.aspect)
            deflects = _in_band(deflects, trust)
            fresh = [d for d in deflects if d.key not in told]
            line = _best(fresh, turn, code, {}, last, need_aspect=True)
            if line is None:  # every deflection on this aspect said: a general one he has not
                general = [d for d in fresh if not d.aspects]
                line = _best(deflects, turn, code, {}, last, need_aspect=True)
                if general or line is None:
                    line = _rotate(
                        _in_band(general, trust)
                        or [d for d in deflects if not d.aspects]
                        or deflects,
                        state,
                        "deflect",
                        last,
                        turn,
                    )
            kind = "deflect"
            if blocked:
                need = min(a.min_openness for a in blocked)
                reason_bits.append(
                    f"afweren: voor {coach_turn.ASPECT_NL[turn.aspect]} is het vertrouwen nog "
                    f"te laag (nu {trust}, nodig {need}"
                    + (", en eerst een paar goede zetten achter elkaar" if need >= DEEP else "")
                    + ")"
                )
            else:
                reason_bits.append(
                    f"afweren: over {coach_turn.ASPECT_NL[turn.aspect]} heeft hij (nu) niets te "
                    "vertellen"
                )
        if good:
            pending = next((h for h in reversed(hurts) if not h["referred"]), None)
            # He comes back on it at once, the turn after, when he is asked how it is here with
            # the coach (then it is his answer), or not at all: glued before an answer to
            # another question it sounds like a stock line, and a hurt two turns old that the
            # conversation has moved past is not dug up again.
            # (Only asked: the coach's own feeling told, "ik zou me ook gekwetst voelen", is no
            # cue to complain about what he said before.)
            if (
                pending
                and turn_no - pending["turn"] <= 1
                and turn.aspect == "here_now"
                and turn.is_question
                and memory.get("called_back", -9) != turn_no - 1
            ):
                prefix = _refer_back(script, pending["code"], last, pending.get("said", ""))
                # Asked how it is here, that is his answer: what the coach just said still
                # bothers him (the answer about this conversation waits for another time).
                refer_only = prefix is not None
                for hurt in hurts:  # once: the latest judgement stands for the others
                    hurt["referred"] = True
                reason_bits.append("hij komt terug op je eerdere " + LABEL_NL[pending["code"]])
            if wary and memory.get("wary_fresh"):
                reason_bits.append("nog wantrouwig: deze goede zet levert nog geen openheid op")
            else:
                credit = memory.get("credit", 0) + style.credit
                if style.outbursts and affect > 7:
                    credit = memory.get("credit", 0) + 1
                openness += credit // 3
                memory["credit"] = credit % 3
        if line.affect is not None:  # the line's own affect, reached halfway from where he was
            affect = (affect + line.affect + 1) // 2
        if "empathic_validation" in codes or move.code == "empathic_validation":
            # an upset client calms down faster when validated
            affect = min(affect, state.affect) - (2 if style.outbursts else 1)

    confirm = None
    if (
        turn.check
        and move.kind != NON_MENTALIZING
        and kind not in ("closing", "react", "puzzled")
        and (checks := _checks(script, told, last))
    ):
        # "Als ik je goed begrijp … Klopt dat?": he confirms the summary, in his own way; with
        # what he has to say on it when there is something new, else that is all.
        fresh = (
            kind == "answer"
            and line.key not in told
            and line.aspects[:1] != ("story",)
            # "… verlies ik tempo en dus resultaat?": not his powerlessness, off what it sums up
            # ("Je klinkt geïrriteerd, klopt dat? Wat maakt dat?": the question after the check)
            and (
                not turn.topics
                or bool(set(turn.topics) & set(line.topics))
                or coach_turn.asks_after_check(turn.text)
            )
        )
        if fresh and _echo_opener(line.text):
            pass  # "Niet door de beugel? Dat zeiden zij …": he takes up your words himself
        elif fresh and prefix is None:
            confirm = _sentences(checks[0].text)[0]
            if len(confirm.split()) < 3:  # "Hm." confirms nothing: his whole check line
                confirm = checks[0].text
            told.append(checks[0].key)
        else:
            line, kind = checks[0], "short"
        if line.key in [c.key for c in checks] or confirm:
            reason_bits.append("je checkt je samenvatting: hij bevestigt die, op zijn manier")

    if move.kind != NON_MENTALIZING:
        memory["wary_fresh"] = 0
        wary = max(0, wary - 1)
    else:
        memory["wary_fresh"] = 1 if code in JUDGEMENTAL else memory.get("wary_fresh", 0)

    text = line.text
    bare = line.kind == "short" and line.text != script.by_key().get(line.key, line).text
    if (
        line.key in told
        and kind == "short"
        and line.kind == "short"
        and not bare
        and "apology" not in line.moves  # a second "sorry": his word again, not "al verteld"
    ):
        # A short answer asked again: that he said so, never the same words again.
        done = memory.get("done", 0)
        memory["done"] = done + 1
        text = str(SAID_ALL[done % len(SAID_ALL)])
        reason_bits.append("dat zei hij al eerder: hij zegt dat hij het al gezegd heeft")
    elif line.key in told and kind in ("answer", "deflect", "react"):
        # Said before: never word for word again, nor pointed back to with a stock "Zoals ik
        # al zei"; a deflection he has not used, else that he said it all.
        fresh = [
            d
            for d in script.of_kind("deflect")
            if not d.aspects
            and d.key not in told
            and d.key != last
            and d.min_openness <= openness <= d.max_openness
        ]
        if fresh:
            line, kind = fresh[0], "deflect"
            text = line.text
            reason_bits.append("dat zei hij al twee keer: hij houdt het af")
        else:
            done = memory.get("done", 0)
            memory["done"] = done + 1
            text = str(SAID_ALL[done % len(SAID_ALL)])
            reason_bits.append("alles hierover is gezegd")
    if forced_text:
        text = forced_text
    elif kind in ("answer", "deflect", "react", "short") and _echo_misfits(
        replace(line, text=text), turn
    ):
        # Still the best line: without the words it would give back that the coach never said.
        text = _echo_opener(text)[1]
        reason_bits.append("zonder de openingsvraag: die woorden gebruikte je niet")
    if style.shorten and kind not in ("short", "puzzled"):
        # Reserved: terse while he is closed, more words as he opens up (replies follow trust).
        text = _shorten(text, enough=30 if openness < 5 else 70 if openness < 8 else 400)
    if refer_only:
        first = (_sentences(prefix.text) or [prefix.text])[0]
        line, kind = prefix, "answer"
        text = f"{first} " + _("Dat zit me eerlijk gezegd nog dwars.")
        prefix = None
    if prefix is not None or refer_only:
        memory["called_back"] = turn_no
    if prefix is not None:
        head, tail = _sentences(prefix.text), _sentences(text)
        if head and tail and head[-1] == tail[0]:  # "… Nou ja." + "Nou ja. Als jij dat zegt."
            head = head[:-1]
        text = " ".join(head + tail)
    if confirm:
        # ("Hm. Zo zwart-wit is het niet. …" before "Hm. Als je het zo zegt …": one "Hm.")
        lead = _sentences(text)[0] if text else ""
        if len(lead.split()) == 1 and confirm.startswith(lead):
            text = text[len(lead) :].lstrip()
        text = f"{confirm} {text}"
    aside = None
    new_state_affect = _clamp(affect)
    if style.asides and kind in ("answer", "deflect", "react") and turn_no % 3 != 0:
        aside = _aside(script, memory, "verbose", turn)
        if aside:
            text = f"{text} {aside.text}"
    if (
        style.outbursts
        and new_state_affect >= 7
        and kind in ("answer", "deflect", "react")
        and turn_no % 2 == 1
        and code != "amplifying"  # "Precies! Eindelijk iemand die het snapt": no outburst first
        and not _denies(line, text)  # "Ik word er kwaad van. Nee, zo zou ik het niet noemen."
    ):
        aside = _aside(script, memory, "upset", turn)
        if aside:
            text = f"{aside.text} {text}"

    counts = memory["counts"]
    rotation = {"react": f"react-{code}", "deflect": "deflect"}.get(kind, kind)
    counts[rotation] = counts.get(rotation, 0) + 1
    if kind == "deflect":
        counts[f"deflect-{line.key}"] = counts.get(f"deflect-{line.key}", 0) + 1
    if line.key not in told:
        told.append(line.key)
    memory["closed"] = 1 if kind == "closing" else 0
    memory.update(
        told=told, last=line.key, wary=wary, streak=streak, hurts=hurts[-6:], turn=turn_no
    )
    new_state = State(_clamp(openness), new_state_affect, memory)
    reason = "; ".join(reason_bits) + "."
    return Reply(line, text, new_state, move, turn, reason, kind)


NEIGHBOURS = {
    "feeling": ("body",),
    "body": ("feeling",),
    "thought": ("motive",),
    "motive": ("thought",),
    "moment": ("story",),
    "story": ("moment",),
    "own_part": ("thought",),
}


def _words_lines(script, turn, trust, told, streak, style):
    """The lines that give the words said that the turn asks for (his own or the other's, of
    the person it names), allowed and not said yet."""
    if not turn.words:
        return []
    mine = turn.words == "self"
    lines = [
        a
        for a in script.of_kind("answer")
        if "words" in a.moves
        and ("self" in a.persons) == mine
        and a.key not in told
        and _allowed(a, trust, told, streak, style)
    ]
    if not mine and turn.persons:
        lines = [a for a in lines if set(a.persons) & set(turn.persons)]
    return lines


def _said_it(script, told, last, turn, named):
    """He has told all he has on this: a confirmation of the feeling named (once), a general
    deflection he has not used, else that he has said it all."""
    if named:
        confirm = [
            c
            for c in script.of_kind("short")
            if "empathic_validation" in c.moves and c.key not in told and c.key != last
        ]
        if confirm:
            return confirm[0], "short"
    line = next(
        (a for a in script.of_kind("answer") if a.key in told and turn.aspect in a.aspects),
        None,
    )
    # A told line as a deflection: the reply below gives a general deflection he has not used,
    # else that he has said it all.
    return line or script.of_kind("deflect")[0], "deflect"


def _rewinds(text):
    """ "Wacht even, ik wil terug naar die functie …": the coach goes back to an event."""
    return bool(coach_turn.find(coach_turn.normalise(text), coach_turn.lexicon()["rewind"]["cues"]))


def _asked_events(script, turn):
    """The case's events named in the asking part of the turn ("Dat lijkt me niet fijn,
    gecoacht moeten worden. Wat zeiden ze precies?" asks about no event)."""
    if not turn.events:
        return set()
    asked = coach_turn.normalise(coach_turn.focus(turn.text))
    index = coach_turn.topic_index(script.topics)
    return {e for e in turn.events if coach_turn.find(asked, index[e][1])}


def _denies(line, text):
    """A reply that opens with a denial or corrects a feeling named ("Nee, zo zou ik het niet
    noemen.", "Nou, zo voel ik me helemaal niet."): an outburst before it ("Ik word er gewoon
    kwaad van!") would make him contradict himself."""
    first = coach_turn.normalise(text)[:1]
    return first in (["nee"], ["nou"]) or (
        line.kind == "deflect" and "empathic_validation" in line.moves
    )


CLAIMS_SAID = re.compile(r"\b(al gezegd|zei ik al|zei ik toch|heb ik toch al|heb ik je al)\b", re.I)


def _honest(lines, told_lines, aspect):
    """Lines that say he said it already ("Dat heb ik toch al gezegd: zo hoort het niet.") only
    when he did say something on the aspect asked; else the others (or all, if none is left)."""
    if any(aspect in t.aspects for t in told_lines):
        return lines
    return [line for line in lines if not CLAIMS_SAID.search(line.text)] or lines


def _apology_lines(script, told, last, openness):
    """His word on an apology: the line for his openness; said already (a second apology), the
    nearest one he has not said, never "Dat heb ik je al verteld." to a "sorry"."""
    lines = [s for s in script.of_kind("short") if "apology" in s.moves and s.key != last]
    fresh = [s for s in lines if s.key not in told]
    if not fresh:
        return _in_band(lines, openness)
    near = min(_distance(s, openness) for s in fresh)
    return [s for s in fresh if _distance(s, openness) == near]


def _distance(line, openness):
    return max(line.min_openness - openness, openness - line.max_openness, 0)


def _in_band(lines, openness):
    """The lines whose openness band holds his openness (a soft "daar moet ik over nadenken" at
    high openness, a blunt one lower), else all of them."""
    return [x for x in lines if x.min_openness <= openness <= x.max_openness] or lines


def _deflects_for(deflects, turn):
    """Deflections that fit the turn: one about a person ("Thuis? Daar neem ik mijn werk niet
    mee naartoe.", "Dat vraag je niet aan je baas.") only when that person is asked (or, when the
    turn names no one, the case's main other); one whose opening question gives back words the
    coach did not use only when nothing else is left."""
    own = {"self", "coach"}
    asked = set(turn.persons) | set(turn.named)
    # ("Zou het kunnen dat bedachtzaam zijn ook professioneel is?": his own view, so no "Ik
    # heb het haar nooit gevraagd")
    main = turn.main_person if turn.whose != "client" and not turn.people else ""
    fitting = [
        d
        for d in deflects
        if not set(d.persons) - own or set(d.persons) & asked or (not asked and main in d.persons)
    ]
    # (a deflection meant for a wish, a what-if or an exception stays: its opener is dropped)
    clean = [d for d in fitting if not _echo_misfits(d, turn) or set(d.moves) & _flags(turn)]
    return clean or fitting


def _corrects(line, named):
    """A correction ("zo zou ik het niet noemen") only answers a feeling that was named."""
    feelings = {t for t in line.topics if t.startswith("gevoel-")}
    return not feelings or bool(feelings & named)


def _as_here(turn):
    return replace(
        turn,
        aspect="here_now",
        aspects=("here_now",) + tuple(a for a in turn.aspects if a != "here_now"),
        whose="relationship",
        time="here",
    )


def _about_us(turn):
    """ "Nu maak je van mij ook zo'n bemoeial.": a statement about the two of them here."""
    return turn.aspect == "here_now" and not turn.is_question


PRONOUNS = {"hij", "zij", "ze", "hem", "haar", "hun", "hen", "zijn"}
# Pronouns that point at a person the coach named before ("wat gebeurt er bij hen").
POINTING = PRONOUNS - {"zijn"}
# Words of everyday life that name no topic of a case in small talk about his private life.
GENERIC_WORDS = {"werk", "baan", "mensen", "jaren", "jaar", "thuis"}


def _small_talk(move, turn, topics=()):
    """ "Hoe was het verkeer vanochtend?": a question the analyser gives no code, about nothing
    of the case and not about him (no "je"): off-topic, however it is worded."""
    if move.kind not in (MENTALIZING, CLOSED) or turn.closing or turn.request:
        return False  # an invitation ("vertel eens wat er speelt") always asks about him
    tokens = coach_turn.normalise(turn.text)
    private = coach_turn.is_private_talk(tokens)
    # ("ik las in de krant dat …, hoe is dat": the coach's own story before it changes nothing)
    asking = {"not_knowing_question", "closed_question"} | (
        {"coach_self_disclosure"} if private else set()
    )
    if not turn.is_question or set(move.codes) - asking:
        return False
    # The coach says he leaves the subject, or asks about his life outside the case ("welke
    # series volg je op dit moment"): a "ze" or "zijn" that could stand for someone of the case
    # does not bring it back ("Los hiervan: zijn ze bij jullie nog aan het verbouwen?").
    named = set(turn.topics) - set(turn.persons)
    if private and not PRONOUNS & set(tokens):
        # "toen je met vakantie was, speelde die medewerker …" (a fact of his life, such as
        # his work in "hobby's buiten je werk", is no topic of the case)
        named = {t for t in turn.topics if not t.startswith("feit-")}
        if named and topics:
            # "Nog plannen voor het weekend, iets anders dan werk?": "werk" names no topic
            rest = coach_turn.normalise(" ".join(w for w in tokens if w not in GENERIC_WORDS))
            index = coach_turn.topic_index(topics)
            named = {t for t in named if t in index and coach_turn.find(rest, index[t][1])}
    if (coach_turn.changes_subject(tokens) or private) and not named and not turn.feelings:
        return True
    if coach_turn.is_travel_talk(tokens) and not turn.here_kind and not turn.feelings:
        return True  # "Hoe kom je eigenlijk hierheen?": how he got here, small talk
    if turn.echoes or turn.feelings or turn.aspect == "here_now":
        return False
    if turn.topics:
        return False
    you = {"je", "jij", "jouw", "jezelf", "jullie"}
    if you & set(tokens):
        return False
    # With a code ("Wat gebeurde er toen?" is a good question without "je"), only words of
    # everyday small talk (the weather, the traffic) make it one.
    # Without a code, a question that asks an aspect of what happened ("Wat is er gebeurd?", a
    # moment) is about the case; only one that asks nothing in particular is off it.
    if coach_turn.is_small_talk(tokens):
        return True
    if tokens[:1] in (["en"], ["maar"], ["dus"]):
        return False  # "en wanneer gaat het minder goed": it goes on about what he told
    return not move.codes and turn.aspect in ("story", None)


def _as_story(turn):
    return replace(turn, aspect="story", aspects=("story",) + turn.aspects)


def _closed_answer(script, turn, trust, told, streak, style, last, state):
    """A short answer on the topic of a closed question: a short line about it, else the first
    sentence(s) of an answer (or deflection) on the aspect asked, else a plain yes or no."""
    # A feeling named only narrows the choice when his own feeling is asked.
    named = set(turn.feelings) if turn.aspect == "feeling" else set()
    if _either_or(turn.text) and not turn.exception:
        # "Was dat in een brief of in een gesprek?": no "Ja." or "Nee."; a decision or a way
        # of seeing it gets his choice, a practical choice he brushes off.
        return _either_or_answer(script, turn, state.openness, told, last)
    openness = state.openness
    if coach_turn.judges_self(turn.text):
        # "Heb je spijt van wat je zei?", "Vind je zelf dat het te ver ging?": his yes or no
        # on what he did, whatever aspect the words suggest.
        own = [
            line
            for line in _answer_shorts(script)
            if "self_judgement" in line.moves
            and line.min_openness <= openness <= line.max_openness
            and line.key != last
            and (not turn.topics or not line.topics or set(turn.topics) & set(line.topics))
        ]
        # "Vind je dat je het netjes hebt gebracht?" gets his yes first, "Ging het te ver?" his no
        approval = coach_turn.asks_approval(turn.text)
        own = [line for line in own if ("approval" in line.moves) == approval] or own
        if own:
            return own[0], "gesloten vraag: hij oordeelt over wat hij zelf deed"
    if own_fact := _named_fact(script, turn, trust, told, streak, style, last):
        # "Was er iemand bij?", "Heb je het met de hand geschreven?": the fact asked (who was
        # there, how he sent it), before a line about the act on the same topic.
        return _shortened(own_fact), "gesloten vraag: kort antwoord met het feit"
    tokens = coach_turn.normalise(turn.text)
    if tokens[:1] and tokens[0] in CHOICE_DECIDE and turn.topics:
        # "Ga je op dat gesprek in?", "Ga je de coaching afmaken?": his decision on that topic
        decided = [
            line
            for line in script.of_kind("short")
            if "either_or" in line.moves
            and "motive" in line.aspects
            and set(line.topics) & set(turn.topics)
            and line.key != last
            and line.key not in told
        ]
        if decided:
            return decided[0], "gesloten vraag over wat hij gaat doen: zijn besluit"
    if turn.wish and turn.aspect == "motive":  # "Wil je daar iets aan veranderen?"
        wishes = [
            line
            for line in script.of_kind("answer") + script.of_kind("deflect")
            if "wish" in line.moves
            and line.key not in told
            and (line.kind == "deflect" or _allowed(line, trust, told, streak, style))
        ]
        if wishes:
            return _shortened(wishes[0]), "gesloten vraag: kort antwoord over wat hij wil"
    if coach_turn.is_appointment(turn.text):  # "Zullen we volgende week dezelfde tijd houden?"
        dates = [s for s in script.of_kind("short") if "appointment" in s.moves and s.key != last]
        dates = [s for s in dates if s.key not in told] or dates
        if dates:
            return dates[0], "gesloten vraag over een volgende afspraak: hij zegt ja"
    if turn.how_often:  # "Was dat de enige keer?": how often, in a word or two
        often = [s for s in script.of_kind("short") if "how_often" in s.moves and s.key != last]
        often = [s for s in often if s.key not in told] or often
        if often:
            return often[0], "gesloten vraag: hoe vaak het gebeurt"
    fits = [
        line
        for line in _answer_shorts(script)
        if line.key != last
        and turn.aspect in line.aspects
        and (not named or named & set(line.topics))
        and (not turn.topics or set(turn.topics) & set(line.topics))
        and _on_topic(line, turn)
        # "Was zij het die ineens wel een mening had?": not his own view of it; "Nee. Misschien
        # wat scherp …" only when he is asked to judge what he did himself
        and ("self" not in line.persons or _addressed(turn.text))
        and ("self_judgement" not in line.moves or coach_turn.judges_self(turn.text))
    ]
    fits = [line for line in fits if line.key not in told] or fits
    # (the one that shares most of the turn's topics first, in script order among equals)
    fits.sort(key=lambda line: -len(set(turn.topics) & set(line.topics)))
    if fits:
        return fits[0], "gesloten vraag: kort antwoord op dat onderwerp"
    on_topic = [
        line
        for line in _answer_shorts(script)
        if line.key != last
        and line.key not in told
        and not line.aspects
        and set(turn.topics) & set(line.topics)
        and _same_act(line.text, turn.text)
    ]
    acts = [line for line in on_topic if _acts(line.text)]
    # "heb je haar daarna nog gesproken": "… niet meer over gesproken" before "… gezegd"
    acts = [line for line in acts if _same_act(line.text, turn.text, direct=True)] or acts
    if turn.aspect in ("body", "feeling", "thought"):
        # "Merkte je iets in je lichaam toen ze dat zei?": the body asked, not what he said to
        # her; "Vind je dat …?": what he thinks, not an act on the same topic.
        on_topic = []
    if on_topic and (acts or not (turn.aspect == "fact" or _fact_topic(turn))):
        # "Heb je dat briefje zelf geschreven?" → "Ja, dat heb ik geschreven." (the act asked
        # comes before a fact on the same topic)
        on_topic = acts or on_topic
        best = max(on_topic, key=lambda line: len(set(turn.topics) & set(line.topics)))
        return best, "gesloten vraag: kort antwoord op dat onderwerp"
    if turn.aspect == "fact" or _fact_topic(turn):
        # "Heb je veel mensen?", "Voetbalde je vroeger?": the fact itself, whatever its first word
        turn = replace(turn, aspect="fact")
        facts = [
            a
            for a in script.of_kind("answer")
            if "fact" in a.aspects and _allowed(a, trust, told, streak, style) and a.key not in told
        ]
        line = _best(facts, turn, "", told, last, need_aspect=True)
        if line is not None:
            return _shortened(line), "gesloten vraag: kort antwoord met het feit"
    if turn.aspect == "story" and turn.topics:
        # No short line on it: the first sentence(s) of what he would tell about that topic.
        allowed = [
            a
            for a in script.of_kind("answer")
            if _allowed(a, trust, told, streak, style)
            and set(turn.topics) & set(a.topics)
            and a.key not in told
            and _yes_no(a.text)
            # "Heb je daarna nog met hem gepraat?" is about what happened, not his feelings
            and a.aspects[0] in ("story", "moment")
        ]
        line = _best(allowed, turn, "", told, last, need_aspect=False)
        if line is not None:
            return _shortened(line), "gesloten vraag: kort antwoord over wat je aanraakt"
    if turn.aspect != "story":
        allowed = [
            a
            for a in script.of_kind("answer")
            if _allowed(_beneath(a, turn), trust, told, streak, style)
            and (not named or named & set(a.topics))
            # "Was het een goed idee?" is not answered by "Omdat het zo is."; "Merk je iets in je
            # lijf?" may be by what he notices ("Een soort kriebel.")
            and (
                _yes_no(a.text)
                or (turn.aspect in ("body", "feeling") and a.aspects[:1] == (turn.aspect,))
            )
            # nor by a what-if, a wish or an exception nobody asked about
            and (not FLAG_MOVES & set(a.moves) or FLAG_MOVES & set(a.moves) & _flags(turn))
            # nor by what he takes along when he is asked whether he is ill at ease here
            and not _kept_for_another(a, turn)
        ]
        line = _best(allowed, turn, "", told, last, need_aspect=True)
        if line is None:
            deflects = [
                d
                for d in script.of_kind("deflect")
                if turn.aspect in d.aspects
                and (not named or named & set(d.topics))
                and (not d.moves or set(d.moves) & _flags(turn))
            ]
            deflects = _deflects_for(deflects, turn)
            known = script.by_key()
            deflects = _honest(deflects, [known[k] for k in told if k in known], turn.aspect)
            deflects = _in_band(deflects, trust)
            deflects = [d for d in deflects if d.key not in told] or deflects
            deflects = [d for d in deflects if not _fragment_left(d, turn)]
            line = _best(deflects, turn, "", {}, last, need_aspect=True)
        if line is not None:
            return _shortened(line), "gesloten vraag: kort antwoord op " + coach_turn.ASPECT_NL[
                turn.aspect
            ]
    if "asp.story" in turn.cues:  # "Wil je nog iets kwijt?": nothing, in his voice
        stories = [d for d in script.of_kind("deflect") if "story" in d.aspects]
        stories = [d for d in stories if d.key not in told and d.key != last]
        if stories:
            return _shortened(stories[0]), "gesloten vraag: hij heeft er niets aan toe te voegen"
    plain = [s for s in _answer_shorts(script) if not {"check", "appointment"} & set(s.moves)]
    generic = [s for s in plain if not s.aspects and not s.topics]
    generic = generic or [s for s in plain if not s.aspects]
    line = _rotate(generic or script.of_kind("short"), state, "short", last, turn)
    # Nothing on its topic: his yes or no alone, without a tail that may not fit ("Ja. Zo werkt
    # het nou eenmaal." to "heb je haar daarna nog gesproken?").
    return replace(line, text=(_sentences(line.text) or [line.text])[0]), (
        "gesloten vraag: kort antwoord"
    )


EITHER_OR = gettext_lazy("Wat maakt dat nou uit?")
FLAG_MOVES = {
    "wish",
    "what_if",
    "exception",
    "origin",
    "since",
    "people",
    "words",
    "urge",
    "seen",
    "obstacle",
}
OWNED_FEELING = gettext_lazy("Dat zei ik toch al. Maar daar gaat het niet om.")
# After "of", these words start a second option ("in een brief of in een gesprek", "met de auto
# of neem je de trein"); a verb such as "zijn" starts another question ("of zijn er momenten").
OPTION_STARTS = {"met", "in", "per", "op", "bij", "door", "de", "het", "een", "neem", "ga", "nam"}
OPTION_STARTS |= {"samen", "alleen", "aan", "naar"}


# Words that say nothing of the choice when they come again after "of" ("is het X of is het Y"
# repeats "is", a choice; "… je … of je …" repeats only a pronoun).
NOT_REPEATS = {"je", "jij", "ik", "het", "dat", "de", "een", "ze", "zij", "hij", "er", "die"}
# The choice is his decision or wish ("wil je X, of wil je Y", "ga je wel of niet"), or how he
# sees it ("vind je haar slap, of vond je het moment ongelukkig", "word je eerder blij als …").
CHOICE_DECIDE = {"wil", "wilt", "wilde", "ga", "gaat", "blijf", "blijft", "stop", "stopt", "kies"}
CHOICE_VIEW = {"vind", "vindt", "vond", "denk", "dacht", "word", "werd", "voel", "voelde"}
CHOICE_VIEW |= {"eerder", "meer", "liever", "sta", "staat", "stond", "zie", "ziet"}
SAME_VERB = {"vond": "vind", "vindt": "vind", "wilt": "wil", "wilde": "wil", "gaat": "ga"}


def _either_or(text):
    """ "in een brief of in een gesprek", "wil je X, of wil je Y", "ga je wel of niet",
    "word je eerder blij als … of als …": two options to choose from (not "of zijn er
    momenten …", which asks another question, nor a closing "…, of niet?")."""
    tokens = coach_turn.normalise(text)
    for i, t in enumerate(tokens):
        if t != "of" or not 0 < i < len(tokens) - 1:
            continue
        nxt = tokens[i + 1]
        if nxt in OPTION_STARTS and i < len(tokens) - 2:
            return True
        if nxt == "niet" and tokens[i - 1] == "wel":
            return True  # "ga je nou wel of niet"
        if _participle(nxt) and any(_participle(w) for w in tokens[:i]):
            return True  # "met de hand geschreven of gemaild"
        before = {SAME_VERB.get(w, w) for w in tokens[:i]}
        if nxt not in NOT_REPEATS and SAME_VERB.get(nxt, nxt) in before:
            return True  # the same word again opens the second option
    return False


def _open_choice(turn):
    """ "Waar sta jij in dat beeld, bij de grote bomen of bij de jonkies?": an open question that
    offers him two options to choose from."""
    tokens = coach_turn.normalise(coach_turn.focus(turn.text))
    return tokens[:1] in (["waar"], ["welke"], ["wie"]) and "of" in tokens[2:]


def _participle(word):
    return word.startswith("ge") and len(word) >= 6 and word.endswith(("d", "t", "en"))


def _choice_aspect(text):
    """What an either/or question asks him to choose: a decision or wish (motive), how he sees
    it (thought), or a plain fact (None: "met de auto of met de trein")."""
    tokens = coach_turn.normalise(text)
    # ("ik vraag me af of jij je eerder een boom voelt of een jonkie": the last "of" splits)
    head = tokens[: len(tokens) - 1 - tokens[::-1].index("of")] if "of" in tokens else tokens
    if CHOICE_DECIDE & set(head) or (CHOICE_DECIDE & set(tokens) and "niet" in tokens):
        return "motive"
    if CHOICE_VIEW & set(head) or coach_turn.understand(text).feelings:
        return "thought"  # "ben je meer kwaad op hem of op jezelf": how he sees it
    return None  # "was dat in een brief of in een gesprek": a practical choice


def _either_or_answer(script, turn, openness, told, last):
    """His answer to an either/or question: a line on that kind of choice (a decision, a way of
    seeing it) within his openness, on its topic when the line has one; a practical choice
    he brushes off."""
    aspect = _choice_aspect(coach_turn.focus(turn.text))
    lines = [
        s
        for s in script.of_kind("short")
        if "either_or" in s.moves
        and aspect in s.aspects
        and s.min_openness <= openness <= s.max_openness
        and s.key != last
        and (not s.topics or set(s.topics) & set(turn.topics))
    ]
    if aspect and lines:
        fresh = [s for s in lines if s.key not in told] or lines
        best = max(fresh, key=lambda s: (len(set(s.topics) & set(turn.topics)), -s.order))
        return best, "keuzevraag: hij kiest, op zijn manier"
    if aspect is None and (fact := _named_fact(script, turn, openness, told, 0, "", last)):
        # "Met de hand geschreven of gemaild?", "Met z'n tweeën, of was er iemand bij?": a
        # practical choice he has the fact for: how it was.
        return _shortened(fact), "keuzevraag over een feit: hij zegt hoe het zat"
    plain = [s for s in _answer_shorts(script) if not s.aspects and not s.topics]
    base = plain[0] if plain else script.of_kind("short")[0]
    return replace(base, text=str(EITHER_OR)), "keuzevraag: hij wuift de keuze weg"


YES_NO = ("ja", "nee", "misschien", "eerlijk", "tja", "geen", "niet", "wel", "hm", "nou")


# Verbs a short line's act may be asked with ("gezegd": "zei", "gesproken", "laten weten").
IRREGULAR = {
    "zeg": ("zei", "spr", "gespr", "prat", "gehad", "wet", "vertel", "bespr"),
    "vra": ("vroeg", "vraag", "spr", "gespr", "prat", "gehad", "bespr"),
    "daa": ("doe", "deed", "dede"),
    "gaa": ("ging",),
}


def _kept_for_another(line, turn):
    """A line kept for one question about the two of them ("Wat neem je mee?") that this turn
    does not ask."""
    return any(move in line.moves and turn.here_kind != kind for move, kind in HERE_KINDS.items())


def _named_fact(script, turn, trust, told, streak, style, last):
    """The fact line on a fact the turn names itself (its first topic, such as `feit-aanwezig`:
    "was er iemand bij"), allowed and not said yet; private life before any other fact ("Ben
    je getrouwd? Hoe lang al?")."""
    named = [t for t in turn.topics if t.startswith("feit-")]
    if not named:
        return None
    lines = [
        a
        for a in script.of_kind("answer")
        if "fact" in a.aspects
        and a.topics[:1]
        and a.topics[0] in named
        and a.key not in told
        and a.key != last
        and _allowed(a, trust, told, streak, style)
    ]
    lines.sort(
        key=lambda a: (a.topics[0] != "feit-prive", -len(set(a.topics) & set(turn.topics)), a.order)
    )
    return lines[0] if lines else None


def _fact_topic(turn):
    return any(t.startswith("feit-") for t in turn.topics)


def _acts(text):
    """The stems of the past participles in a line ("gezegd" → "zeg"): what he says he did."""
    return [w[2:5] for w in coach_turn.normalise(text) if w.startswith("ge") and len(w) >= 6]


def _addressed(text):
    """The coach's turn speaks to him ("je", "jij", "jezelf", "jouw")."""
    return bool({"je", "jij", "jezelf", "jouw"} & set(coach_turn.normalise(text)))


def _same_act(line_text, coach_text, direct=False):
    """A short line that says what he did ("Ja, dat heb ik haar gezegd", "… geschreven") only
    answers a question about that act: the coach's turn has the same verb."""
    acts = _acts(line_text)
    if not acts:
        return True
    # ("Eerder zei je dat … Kan iemand …?": the act asked is in the question, not in the words
    # of his that the coach gives back before it)
    raw = coach_turn.normalise(coach_turn.focus(coach_text))
    first = (_sentences(line_text) or [line_text])[0]  # "Nee, verder hebben ze niks gezegd."
    mine = bool({"ik", "we", "wij"} & set(coach_turn.normalise(first)))
    if mine != bool({"je", "jij", "jezelf", "jullie"} & set(raw)):
        # "Heeft ze daarna nog iets gezegd?" asks what she did, not "Ja, dat heb ik gezegd."
        return False
    stripped = [w[2:] if w.startswith("ge") and len(w) >= 6 else w for w in raw]
    return any(
        any(w.startswith(stem) for w in stripped)
        or (not direct and any(w.startswith(IRREGULAR.get(stem, ("\0",))) for w in raw))
        for stem in acts
    )


SPECIAL_SHORTS = {"either_or", "small_talk", "greeting", "acknowledge", "apology"}


def _acknowledgements(script, told, last, openness):
    """His short "yes" to being understood ("Ja. Zo is het, ja."), within his openness band,
    not said yet: the answer to a validation that names no feeling, or to siding once his
    reactions to it are all said."""
    acks = [
        s
        for s in script.of_kind("short")
        if "acknowledge" in s.moves and s.key not in told and s.key != last
    ]
    near = sorted(acks, key=lambda s: max(s.min_openness - openness, openness - s.max_openness, 0))
    return near[:1]


def _answer_shorts(script):
    """The short lines that answer a question on its topic or aspect (not his choice in an
    either/or question, nor a word of small talk)."""
    return [s for s in script.of_kind("short") if not SPECIAL_SHORTS & set(s.moves)]


def _checks(script, told, last):
    return [
        line
        for line in script.of_kind("short")
        if "check" in line.moves and line.key not in told and line.key != last
    ]


def _echo_opener(text, words=5):
    """ "Mijn aandeel? …", "Hier? …", "Met de directie gaan praten? …": a short question first,
    the coach's words given back. (opener, rest) or None."""
    sentences = _sentences(text)
    if len(sentences) < 2 or not sentences[0].endswith("?") or len(sentences[0].split()) > words:
        return None
    return sentences[0], " ".join(sentences[1:])


ASPECT_FAMILY = {"body": "feeling", "motive": "thought"}


def _echo_misfits(line, turn, scoring=False):
    """The line opens by giving back a question the coach did not ask ("Mijn aandeel?" to "wat
    heeft ze zelf gezegd", "Hier?" to a question about his wife): the opener, read as a coach
    turn, asks another aspect than the one asked."""
    echo = _echo_opener(line.text, words=8 if line.kind == "react" else 5)
    if echo and line.kind == "react":
        # "Schandalig? Nee hoor …" to a coach who never said it: his reaction without it; "Met
        # de directie gaan praten?" needs the talking, not only the board (half its words).
        words = _stems(echo[0])
        return bool(words) and 2 * len(words & _stems(turn.text)) < len(words)
    if not echo:
        return False
    if _stems(echo[0]) & _stems(turn.text):
        return False  # "Emoties?" to "wat versta je onder emoties": the coach's own words
    if _names_words(echo[0]):
        return True  # "Mijn aandeel?" to "wat zei je tegen haar": words nobody used
    if scoring:
        # Choosing a line: only an opener that asks another aspect makes it lose ("Hier?" to a
        # question about his wife); a harmless one ("Eerlijk?") is left out when it is said.
        asked = _opener_aspect(echo[0])
        family = ASPECT_FAMILY.get
        if turn.aspect == "story" or asked == "story":
            return False
        return family(asked, asked) != family(turn.aspect, turn.aspect)
    if not (turn.is_question and turn.open_question):
        # A statement, a self-disclosure or a yes/no question asks no "Hoe ik me voel?",
        # "Nu ik erop terugkijk?" or "Hoe zij het zag?": giving it back echoes nobody.
        return True
    if turn.aspect == "story":
        return False
    asked = _opener_aspect(echo[0])
    family = ASPECT_FAMILY.get
    if asked == "story":
        # "Nu? …", "Eerlijk? …": an opener that asks nothing of its own gives back words; the
        # coach did not use them (shared words were checked above).
        return True
    return family(asked, asked) != family(turn.aspect, turn.aspect)


OPENER_ASKS = frozenset(("wat", "hoe", "waarom", "wie", "waar", "wanneer", "welke", "nu", "hier"))


def _names_words(opener):
    """An opener that gives back a word ("Mijn aandeel?", "Strafexpeditie?", "Thuis?"), not a
    question form ("Hoe ik me voel?", "Wat ik denk?", "Nu?", "Eerlijk?")."""
    words = coach_turn.normalise(opener)
    return bool(words) and words[0] not in OPENER_ASKS and bool(_stems(opener))


ECHO_SKIP = frozenset(
    ("wat", "hoe", "waarom", "mijn", "jouw", "zijn", "haar", "dat", "die", "het")
    # words any advice or question may share with an opener ("Moet ik het haar dan maar
    # vragen?" is no answer to "je moet haar gewoon meer tijd geven")
    + ("moet", "moeten", "maar", "gewoon", "eens", "even", "echt", "toch", "kunnen", "zouden")
    + ("misschien", "heel", "beetje", "daar", "eigenlijk", "wel", "niet", "nog", "ook")
)


FRAGMENT_SUBJECTS = {"ik", "we", "wij", "het", "ze", "zij", "hij", "je", "iemand", "mensen"}


def _fragment_left(line, turn):
    """Without its opening question ("Wat ik dacht? Dat we door moesten.", "Te langzaam? Dat we
    een deadline missen …") the line would be a bare "Dat …" clause: no answer on its own."""
    echo = _echo_opener(line.text, words=8 if line.kind == "react" else 5)
    if not echo or not _echo_misfits(line, turn):
        return False
    words = coach_turn.normalise(echo[1])[:2]
    return len(words) == 2 and words[0] == "dat" and words[1] in FRAGMENT_SUBJECTS


def _stems(text):
    """The stems (first five letters) of a text's words of four letters or more."""
    return {w[:5] for w in coach_turn.normalise(text) if len(w) >= 4 and w not in ECHO_SKIP}


def _same_subject(hurt, stems, turn):
    """The new move is about what the earlier one was about: an event of the case both name,
    two content words they share, or the new one names nothing of its own ("je moet
    het echt eens anders aanpakken" after advice: the same push again)."""
    topics = set(turn.events)  # (persons are too often only a "ze" or "mensen")
    shared = set(hurt.get("stems", ())) & set(stems)
    vague = not topics and len(stems) <= 2
    return vague or bool(set(hurt.get("topics", ())) & topics) or len(shared) >= 2


@lru_cache(maxsize=256)
def _content_stems(text):
    """The stems of a coach turn's content words (no stop words): what a move is about."""
    stop = set(coach_turn.lexicon()["stop_words"])
    return frozenset(
        w[:5]
        for w in coach_turn.normalise(text)
        if len(w) >= 4 and w not in ECHO_SKIP and w not in stop
    )


@lru_cache(maxsize=512)
def _opener_aspect(opener):
    return coach_turn.understand(opener).aspect


def _flags(turn):
    """The moves a turn asks for beside its code: a wish, a what-if."""
    flags = (
        ("wish", turn.wish),
        ("what_if", turn.what_if),
        ("exception", turn.exception),
        ("origin", turn.origin),
        ("since", turn.since),
        ("people", turn.people),
        ("words", bool(turn.words)),
        ("urge", turn.urge),
        ("seen", turn.wish and coach_turn.wish_seen(turn.text)),
        ("obstacle", turn.obstacle),
    )
    return {name for name, on in flags if on}


def _yes_no(text):
    """A line that can open a reply to a yes/no question ("Ja …", "Nee …", "Misschien …")."""
    words = coach_turn.normalise(text)
    return bool(words) and words[0] in YES_NO


def _shortened(line):
    return replace(line, text=_shorten(line.text, enough=30))


def _observed(marker, text):
    """A marker inside a sentence where the coach says what he notices ("ik merk dat je …")."""
    start = max(text.rfind(p, 0, marker.start) for p in (". ", "? ", "! "))
    sentence = text[start + 1 if start >= 0 else 0 :]
    sentence = re.split(r"(?<=[.?!])\s", sentence.strip(), maxsplit=1)[0]
    return coach_turn.is_observation(sentence.rstrip("?") + ".")


def _his_words(marker, said):
    """An advice or judgement marker whose words are all in his last line."""
    if marker.code not in JUDGEMENTAL:
        return False
    stop = set(coach_turn.lexicon()["stop_words"])
    first = re.split(r"[.?!]", marker.text, maxsplit=1)[0]
    swap = {"je": "ik", "jij": "ik", "jou": "mij", "jouw": "mijn", "jezelf": "mezelf"}
    words = [swap.get(w, w) for w in coach_turn.normalise(first)]
    content = [w for w in words if w not in stop]
    return len(words) >= 3 and bool(content) and set(words) <= set(coach_turn.normalise(said))


def _marker(analysis, code):
    return next((m for m in analysis.markers if m.code == code), None)


def _refers_back(line):
    return coach_turn.normalise(line.text)[:4] == ["net", "zei", "je", "nog"]


def _quote(text, words=10, marker=None):
    """The coach's own words, to quote back: the sentence with the move's marker (else the
    first that is more than a nod: never "Oké"), at most `words` words."""
    sentences = _sentences(text) or [text.strip()]
    meant = [s for s in sentences if not coach_turn.is_nod(coach_turn.normalise(s))] or sentences
    first = meant[0]
    if marker is not None:
        first = next((s for s in sentences if marker.text and marker.text in s), first)
    first = first.rstrip(" .!?")
    tokens = first.split()
    if len(tokens) > words and marker is not None and marker.text:
        # "Je bent gewoon te bescheiden, je moet meer voor jezelf opkomen": the clause that
        # bore the move, whole, rather than a sentence cut off
        clause = next((c.strip(" .!?") for c in re.split(r"[,;:]", first) if marker.text in c), "")
        if 2 < len(clause.split()) <= words:
            return clause[0].upper() + clause[1:]
    return " ".join(tokens[:words]) + (" …" if len(tokens) > words else "")


def _refer_back(script, code, last, said=""):
    """ "Net zei je nog …": the refer_back line for that move; with the coach's own words
    quoted (then the line's first sentence gives way to the quote, its tail stays)."""
    lines = [line for line in script.of_kind("refer_back") if code in line.moves]
    lines = lines or [line for line in script.of_kind("refer_back") if not line.moves]
    if not lines:
        return None
    line = lines[0]
    if said and not said.endswith("…"):  # a whole short sentence, never one cut off
        tail = " ".join(_sentences(line.text)[1:])
        text = _("Net zei je nog: ‘%(words)s’.") % {"words": said}
        line = replace(line, text=f"{text} {tail}".strip())
    return line


def _aside(script, memory, style, turn):
    asides = [line for line in script.of_kind("aside") if style in line.styles]
    if not asides:
        return None
    used = memory.setdefault("asides", [])
    fresh = [a for a in asides if a.key not in used]
    if not fresh:  # every aside said once: no more asides, never one again
        return None
    fit = max(fresh, key=lambda a: (len(set(turn.topics) & set(a.topics)), -a.order))
    memory["asides"] = used + [fit.key]
    return fit


# The question a closing comes with, and the move of the lines kept for it.
CLOSING_ASKED = {"takeaway": "takeaway", "next": "next_time"}
CLOSING_REASON = {
    "takeaway": "je vraagt wat hij meeneemt: dat zegt hij, passend bij zijn openheid",
    "next": "je vraagt wat hij de volgende keer wil: dat zegt hij, passend bij zijn openheid",
}


def _plain_closings(script):
    """The closing lines that answer no question of their own (not 'next_time')."""
    closings = script.of_kind("closing")
    return [c for c in closings if not c.moves] or closings


def _closing_line(script, openness, last, told, asked=""):
    """His closing line for his openness; with a question about what he takes along or what he
    wants next time, the line kept for it (his takeaway answer, a `next_time` closing)."""
    move = CLOSING_ASKED.get(asked)
    if move:
        kept = [
            c
            for c in script.of_kind("closing") + script.of_kind("answer")
            if move in c.moves and c.min_openness <= openness <= c.max_openness
        ]
        kept = [c for c in kept if c.key != last and c.key not in told] or kept
        if kept:
            return kept[0]
    closings = [
        c for c in _plain_closings(script) if c.min_openness <= openness <= c.max_openness
    ] or _plain_closings(script)
    fresh = [c for c in closings if c.key != last and c.key not in told]
    return (fresh or [c for c in closings if c.key != last] or closings)[0]


def closing(script, state):
    """The client's last line when the coach ends the conversation: (Line, new State)."""
    closings = [
        c for c in _plain_closings(script) if c.min_openness <= state.openness <= c.max_openness
    ] or _plain_closings(script)
    last = state.memory.get("last", "")
    if state.memory.get("closed"):  # he said goodbye already (to the coach's closing words)
        line = replace(_closing_line(script, state.openness, last, ()), text=_("Tot ziens."))
    else:
        line = _rotate(closings, state, "closing", last)
    memory = dict(state.memory, last=line.key)
    affect = state.affect if line.affect is None else line.affect
    return line, State(state.openness, _clamp(affect), memory)


def dry_run(script, analyses, style="plain", opening=""):
    """Play coach turns (the analyser's results) from the start: one Reply per turn."""
    state = start_state(script, style)
    said = [opening] if opening else []
    replies = []
    for analysis in analyses:
        result = respond(script, state, analysis, said[-3:])
        replies.append(result)
        said.append(result.text)
        state = result.state
    return replies


def dry_run_each(script, analyses, style="plain", openness=5):
    """Every coach turn on its own, from a client at `openness` after two good moves who has not
    told anything yet (lines that need others first do not come): one Reply per turn."""
    state = State(
        _clamp(openness), start_state(script, style).affect, {"style": style, "streak": 2}
    )
    return [respond(script, state, analysis) for analysis in analyses]
