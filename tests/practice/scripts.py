"""The shipped scripts as plain engine scripts, straight from the fixture (no database)."""

import json
from functools import cache
from pathlib import Path

from dialogues.analysis.result import Analysis, Marker
from dialogues.scripted_client import Line, Script

FIXTURE = Path(__file__).parents[2] / "fixtures" / "client_scripts.json"
CASES = {1: "client-a", 2: "client-b", 3: "client-c", 4: "patient-a"}
LINE_FIELDS = set(Line.__dataclass_fields__)


@cache
def shipped():
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    scripts = {}
    for obj in data:
        if obj["model"] == "dialogues.clientscript":
            f = obj["fields"]
            scripts[obj["pk"]] = {"topics": f["topics"], "start": f, "lines": []}
    for obj in data:
        if obj["model"] == "dialogues.scriptline":
            f = obj["fields"]
            fields = {
                k: tuple(v) if isinstance(v, list) else v for k, v in f.items() if k in LINE_FIELDS
            }
            scripts[f["script"]]["lines"].append(Line(**fields))
    return {
        CASES[pk]: Script(
            lines=tuple(s["lines"]),
            topics=tuple(s["topics"]),
            start_openness=s["start"]["start_openness"],
            start_affect=s["start"]["start_affect"],
        )
        for pk, s in scripts.items()
    }


def coach(text, *codes):
    """A coach turn as the analyser would return it, with exactly these codes."""
    markers = tuple(Marker(code, 0, len(text), text, f"test.{code}", "uitleg") for code in codes)
    return Analysis(text, "coach", markers)


def play(slug, turns, style="plain", openness=None):
    """The shipped script's replies to these coach turns (through the real analyser)."""
    from dialogues import scripted_client as sc
    from dialogues.analysis import analyse

    script = shipped()[slug]
    state = sc.start_state(script, style)
    if openness is not None:
        state = sc.State(openness, state.affect, dict(state.memory, streak=2))
    said, replies = [], []
    for text in turns:
        reply = sc.respond(script, state, analyse(text, "coach"), said[-3:])
        said.append(reply.text)
        replies.append(reply)
        state = reply.state
    return replies


def last(slug, turns, **kwargs):
    """The reply to the last of these coach turns."""
    return play(slug, turns, **kwargs)[-1]


def understand(slug, text):
    """What the engine reads in a coach turn, with the shipped case's topics."""
    from dialogues import coach_turn

    return coach_turn.understand(text, (), shipped()[slug].topics)
