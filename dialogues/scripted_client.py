"""The scripted client of a solo role-play: how it answers the coach's move. Plain Python.

The rules, in the spirit of the articles:

- a mentalizing intervention (any coach-good code, no coach-bad code) moves the client one step
  along the case's opening path; openness +1; the line's own affect, or affect -1 after
  empathic validation. When the path is told, the client answers from the closing lines.
- a non-mentalizing move (advice, telling feelings, interpretation, dismissing, amplifying)
  gets a line from the defensive pool; openness -2, affect +1 (+2 when amplifying).
- a plain closed question gets a short answer; nothing changes.
- a turn in which no intervention is recognised gets a puzzled reply; nothing changes.

Pools are used in turn, so the same move twice never gives the same line (a pool has ≥ 2
lines), and the same moves always give the same conversation.
"""

from dataclasses import dataclass, field

from .analysis.codes import COACH_BAD, COACH_GOOD, LABEL_NL

SCALE_MIN, SCALE_MAX = 0, 10
MIN_PATH_STEPS = 8
MIN_POOL_LINES = {"defensive": 3, "short": 2, "puzzled": 2, "closing": 2}
POOL_NAMES_NL = {
    "defensive": "verdediging",
    "short": "korte antwoorden",
    "puzzled": "niet-begrijpen",
    "closing": "afsluiting",
}

MENTALIZING, NON_MENTALIZING, CLOSED, EMPTY = "mentalizing", "non_mentalizing", "closed", "empty"
MOVE_LABEL_NL = {
    MENTALIZING: "mentaliserende interventie",
    NON_MENTALIZING: "niet-mentaliserende zet",
    CLOSED: "gesloten vraag",
    EMPTY: "geen interventie herkend",
}


@dataclass(frozen=True)
class Line:
    text: str
    affect: int | None = None


@dataclass(frozen=True)
class Script:
    path: tuple[tuple[Line, ...], ...]
    steps: tuple[int, ...]
    defensive: tuple[Line, ...]
    short: tuple[Line, ...]
    puzzled: tuple[Line, ...]
    closing: tuple[Line, ...]

    def problems(self):
        """What keeps this script from being played, in Dutch; empty when it is fine."""
        problems = []
        if self.steps != tuple(range(1, len(self.steps) + 1)):
            problems.append("De stappen van het openingspad moeten 1, 2, 3 … zijn, zonder gaten.")
        if len(self.path) < MIN_PATH_STEPS:
            problems.append(
                f"Het openingspad heeft minstens {MIN_PATH_STEPS} stappen nodig "
                f"(nu {len(self.path)})."
            )
        for pool, minimum in MIN_POOL_LINES.items():
            count = len(getattr(self, pool))
            if count < minimum:
                problems.append(
                    f"Bij ‘{POOL_NAMES_NL[pool]}’ zijn minstens {minimum} zinnen nodig "
                    f"(nu {count}), anders herhaalt de cliënt zich."
                )
        return problems


@dataclass(frozen=True)
class State:
    step: int
    openness: int
    affect: int
    used: dict = field(default_factory=dict)

    def _with(self, *, step=None, openness=0, affect=0, pool=None, set_affect=None):
        used = dict(self.used)
        if pool:
            used[pool] = used.get(pool, 0) + 1
        new_affect = self.affect + affect if set_affect is None else set_affect
        return State(
            step=self.step if step is None else step,
            openness=_clamp(self.openness + openness),
            affect=_clamp(new_affect),
            used=used,
        )


@dataclass(frozen=True)
class Move:
    kind: str
    codes: tuple[str, ...]
    reason: str

    @property
    def label(self):
        return MOVE_LABEL_NL[self.kind]


def _clamp(value):
    return max(SCALE_MIN, min(SCALE_MAX, value))


def _first(markers, codes):
    return next((m for m in sorted(markers, key=lambda m: m.start) if m.code in codes), None)


def classify(analysis):
    """What kind of move a coach turn is, and why, from the analyser's result."""
    markers = analysis.markers
    codes = tuple(analysis.codes)
    if marker := _first(markers, COACH_BAD):
        reason = f"Dit is {LABEL_NL[marker.code]}: ‘{marker.text}’. {marker.explanation}"
        return Move(NON_MENTALIZING, codes, reason)
    if marker := _first(markers, COACH_GOOD):
        reason = f"Goed, {LABEL_NL[marker.code]}: ‘{marker.text}’. {marker.explanation}"
        return Move(MENTALIZING, codes, reason)
    if marker := _first(markers, ("closed_question",)):
        reason = (
            f"Dit is een gesloten vraag: ‘{marker.text}’. De cliënt kan met ja of nee "
            "volstaan; een open, nieuwsgierige vraag nodigt meer uit."
        )
        return Move(CLOSED, codes, reason)
    reason = (
        "Hier herkent de analyser geen interventie: geen vraag, erkenning of verheldering. "
        "De cliënt weet niet goed wat je bedoelt."
    )
    return Move(EMPTY, codes, reason)


def _pick(lines, state, pool):
    return lines[state.used.get(pool, 0) % len(lines)]


def reply(script, state, move):
    """The client's answer to `move`: (Line, new State)."""
    if move.kind == MENTALIZING:
        if state.step >= len(script.path):
            return closing(script, state, openness=1)
        variants = script.path[state.step]
        line = variants[sum(state.used.values()) % len(variants)]
        calmer = -1 if "empathic_validation" in move.codes else 0
        return line, state._with(
            step=state.step + 1, openness=1, affect=calmer, set_affect=line.affect, pool="path"
        )
    if move.kind == NON_MENTALIZING:
        line = _pick(script.defensive, state, "defensive")
        hotter = 2 if "amplifying" in move.codes else 1
        return line, state._with(openness=-2, affect=hotter, pool="defensive")
    pool = "short" if move.kind == CLOSED else "puzzled"
    return _pick(getattr(script, pool), state, pool), state._with(pool=pool)


def closing(script, state, openness=0):
    line = _pick(script.closing, state, "closing")
    return line, state._with(openness=openness, set_affect=line.affect, pool="closing")
