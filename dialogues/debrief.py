"""What a practice conversation shows afterwards: the coach's moves, missed chances, the chart.

Plain Python over the turns and their analyses; no Django, no spaCy.
"""

from collections import Counter
from dataclasses import dataclass

from .analysis.codes import CLIENT_PROBLEMS, COACH_CODES
from .labels import code_label
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
        if problems:
            suggestion = _first_suggestion(last_client)
            missed.append(Missed(last_client, turn, problems, suggestion, move.reason))
        else:
            better.append(Better(turn, move.reason, _first_suggestion(last_client)))
    return Debrief(
        coach_turns=coach_count,
        code_counts=tuple(
            (code, code_label(code), codes[code]) for code in COACH_CODES if codes[code]
        ),
        move_counts=tuple(
            (move, label, moves[move]) for move, label in MOVE_LABEL_NL.items() if moves[move]
        ),
        mentalizing_share=_percent(moves[MENTALIZING], coach_count),
        non_mentalizing_share=_percent(moves[NON_MENTALIZING], coach_count),
        missed=tuple(missed),
        better=tuple(better),
        chart=state_chart([t.client_state for t in turns if t.client_state]),
    )


def _percent(part, whole):
    return round(100 * part / whole) if whole else 0


def state_chart(states, width=320, height=120, pad=12):
    """Polyline points for the client's openness and affect over the client turns (SVG)."""
    if not states:
        return {}
    span = max(len(states) - 1, 1)
    inner_w, inner_h = width - 2 * pad, height - 2 * pad

    def points(key):
        return " ".join(
            f"{pad + inner_w * i / span:.1f},{pad + inner_h * (1 - s[key] / SCALE_MAX):.1f}"
            for i, s in enumerate(states)
        )

    return {
        "width": width,
        "height": height,
        "openness": points("openness"),
        "affect": points("affect"),
        "turns": len(states),
        "last": states[-1],
    }
