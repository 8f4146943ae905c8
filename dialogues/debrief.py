"""What a practice conversation shows afterwards: the coach's moves, missed chances, the chart.

Plain Python over the turns and their analyses; no Django, no spaCy.
"""

from collections import Counter
from dataclasses import dataclass

from . import practice_feedback
from .analysis.codes import CLIENT_PROBLEMS, COACH_CODES
from .labels import code_label, move_label
from .scripted_client import MENTALIZING, MOVE_LABEL_NL, NON_MENTALIZING, SCALE_MAX, classify

FALLBACK_QUESTION = "Wat ging er op dat moment door je heen?"


@dataclass(frozen=True)
class TurnView:
    """One turn as the debrief needs it."""

    position: int
    role: str
    text: str
    analysis: object  # dialogues.analysis.Analysis, or None for an 'other' turn
    client_state: dict | None = None


@dataclass(frozen=True)
class Missed:
    client: TurnView
    coach: TurnView
    codes: tuple[str, ...]
    suggestion: str
    reason: str = ""


@dataclass(frozen=True)
class Better:
    coach: TurnView
    reason: str
    alternative: str


@dataclass(frozen=True)
class Debrief:
    coach_turns: int
    code_counts: tuple[tuple[str, str, int], ...]  # (code, Dutch label, count)
    move_counts: tuple[tuple[str, str, int], ...]  # (move, Dutch label, count)
    mentalizing_share: int  # percent of coach turns
    non_mentalizing_share: int
    missed: tuple[Missed, ...]
    better: tuple[Better, ...]
    chart: dict

    @property
    def other_share(self):
        """Percent of coach turns that are neither (a closed question, nothing recognised): what
        the bar shows after its two parts; the three add up to 100."""
        if not self.coach_turns:
            return 0
        return max(0, 100 - self.mentalizing_share - self.non_mentalizing_share)


def _first_suggestion(client):
    if client is not None and client.analysis and client.analysis.suggestions:
        return client.analysis.suggestions[0].text
    return FALLBACK_QUESTION


def build(turns):
    """The debrief of a conversation, given its turns in order."""
    turns = list(turns)
    moves = Counter()
    codes = Counter()
    missed, better = [], []
    used = set()
    last_client = None
    coach_count = 0
    for turn in turns:
        if turn.role == "client":
            last_client = turn
            continue
        if turn.role != "coach":
            continue
        coach_count += 1
        move = classify(turn.analysis)
        moves[move.kind] += 1
        codes.update(turn.analysis.codes)
        problems = tuple(
            c for c in (last_client.analysis.codes if last_client else ()) if c in CLIENT_PROBLEMS
        )
        if move.kind == MENTALIZING:
            continue
        # A different, fitting alternative for every flagged turn: the client line's own
        # suggestions first, then questions for this kind of move; none given twice.
        client_analysis = last_client.analysis if last_client else None
        if problems:
            suggestion = _first_suggestion(last_client)
            if suggestion in used or suggestion == FALLBACK_QUESTION:
                suggestion = practice_feedback.alternative(move, client_analysis, used)
            used.add(suggestion)
            missed.append(Missed(last_client, turn, problems, suggestion, move.reason))
        else:
            alternative = practice_feedback.alternative(move, client_analysis, used)
            used.add(alternative)
            better.append(Better(turn, move.reason, alternative))
    return Debrief(
        coach_turns=coach_count,
        code_counts=tuple(
            (code, code_label(code), codes[code]) for code in COACH_CODES if codes[code]
        ),
        move_counts=tuple(
            (move, move_label(move), moves[move]) for move in MOVE_LABEL_NL if moves[move]
        ),
        mentalizing_share=_percent(moves[MENTALIZING], coach_count),
        non_mentalizing_share=_percent(moves[NON_MENTALIZING], coach_count),
        missed=tuple(missed),
        better=tuple(better),
        chart=state_chart(
            [t.client_state for t in turns if t.client_state],
            [t.position for t in turns if t.client_state],
        ),
    )


def _percent(part, whole):
    return round(100 * part / whole) if whole else 0


def state_chart(
    states, positions=None, width=340, height=150, left=28, right=10, top=10, bottom=30
):
    """The client's openness and affect over the client turns, for an SVG with axes: the
    polylines, the y ticks (0, 5, 10) and an x tick with the turn number for every client turn
    (thinned out to about 12 labels)."""
    if not states:
        return {}
    positions = list(positions or range(1, len(states) + 1))
    span = max(len(states) - 1, 1)
    inner_w, inner_h = width - left - right, height - top - bottom

    def x(i):
        return left + inner_w * i / span

    def y(value):
        return top + inner_h * (1 - value / SCALE_MAX)

    def points(key):
        return " ".join(f"{x(i):.1f},{y(s[key]):.1f}" for i, s in enumerate(states))

    step = max(1, -(-len(states) // 12))
    return {
        "width": width,
        "height": height,
        "openness": points("openness"),
        "affect": points("affect"),
        "turns": len(states),
        "last": states[-1],
        "axis": {"x0": left, "x1": width - right, "y0": top, "y1": top + inner_h},
        # Coordinates as strings: a template would write floats the Dutch way ("65,0").
        "y_ticks": [{"value": v, "y": f"{y(v):.1f}"} for v in (0, 5, 10)],
        "x_ticks": [
            {"label": positions[i], "x": f"{x(i):.1f}"}
            for i in range(len(states))
            if i % step == 0 or i == len(states) - 1
        ],
        "label_y": height - 4,
    }
