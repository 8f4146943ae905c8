"""Feedback beside a practice conversation that agrees with the scripted client. Plain Python.

- `depth`: the depth advice from the client's affect as the engine keeps it, the same number
  the gauge shows (never "weinig emotie" at 8/10); the analyser's codes of the client's line
  only choose between the calm levels.
- `hint`: specific to the client's last reply: why he said what he said (its kind and reason)
  and a next step his trust allows now, from the script itself.
- `alternative`: a different, fitting alternative for each flagged coach turn in the debrief.

Texts are data (`practice_lexicon/feedback.json`), each with an id.
"""

import json
from functools import cache
from importlib import resources

from . import coach_turn, scripted_client
from .analysis import DepthAdvice
from .analysis.codes import CLIENT_PROBLEMS, LABEL_NL


@cache
def texts():
    path = resources.files("dialogues") / "practice_lexicon" / "feedback.json"
    return json.loads(path.read_text(encoding="utf-8"))


def depth(affect, analysis=None):
    """Depth advice for a client at `affect` (0–10) whose last line the analyser read."""
    codes = set(analysis.codes) if analysis is not None else set()
    for entry in texts()["depth"]:
        if affect < entry["min_affect"]:
            continue
        if "codes" in entry and not codes & set(entry["codes"]):
            continue
        if entry.get("problems") and not codes & set(CLIENT_PROBLEMS):
            continue
        return DepthAdvice(
            level=entry["level"],
            name=entry["name"],
            reason=entry["reason"].format(affect=affect),
            affect_score=affect,
        )
    raise ValueError("feedback.json: no depth entry for this affect")


def _move_label(code):
    return LABEL_NL.get(code, "zet")


def hint(name, client_state, script, state):
    """What the coach could do next, given the client's last reply (its stored state)."""
    t = texts()
    kind = (client_state or {}).get("kind", "opening")
    code = (client_state or {}).get("code", "")
    aspect = ((client_state or {}).get("asks") or {}).get("aspect", "story")
    aspect_nl = coach_turn.ASPECT_NL.get(aspect, aspect)
    if kind == "react":
        key = "react_amplifying" if code == "amplifying" else "react"
        return t["hint"][key].format(name=name, move=_move_label(code))
    if kind == "deflect":
        told = set(state.memory.get("told", []))
        blocked = [
            line.min_openness
            for line in script.of_kind("answer")
            if aspect in line.aspects and line.key not in told and line.min_openness > 0
        ]
        if blocked:
            return t["hint"]["deflect_trust"].format(
                name=name, aspect=aspect_nl, openness=state.openness, need=min(blocked)
            )
        return t["hint"]["deflect_none"].format(name=name, aspect=aspect_nl)
    if kind in ("short", "puzzled", "opening"):
        return t["hint"][kind].format(name=name)
    if kind == "answer" and state.memory.get("wary"):
        hurts = state.memory.get("hurts") or [{"code": ""}]
        return t["hint"]["answer_wary"].format(name=name, move=_move_label(hurts[-1]["code"]))
    if kind != "answer":
        return ""
    return t["hint"]["answer"].format(
        name=name, aspect=aspect_nl, next=t["ask"][next_aspect(script, state, aspect)]
    )


def next_aspect(script, state, current):
    """The aspect of the deepest line the client could tell now that he has not told yet."""
    told = set(state.memory.get("told", []))
    streak = state.memory.get("streak", 0)
    style = state.memory.get("style", "plain")
    ready = [
        line
        for line in script.of_kind("answer")
        if line.key not in told
        and scripted_client._allowed(line, state.openness, told, streak + 1, style)
        and line.aspects
    ]
    ready.sort(key=lambda line: (-line.min_openness, line.aspects[0] == current, line.order))
    return ready[0].aspects[0] if ready else "story"


def alternative(move, client_analysis, used):
    """A fitting alternative for a flagged coach move, not one already given (`used`)."""
    options = []
    if client_analysis is not None:
        options += [s.text for s in client_analysis.suggestions]
    key = move.code if move.code in texts()["alternatives"] else move.kind
    options += texts()["alternatives"].get(key, texts()["alternatives"]["empty"])
    for option in options:
        if option not in used:
            return option
    return options[0]
