"""What the client player reads before and during a round: the case card."""

from collections import Counter
from dataclasses import dataclass

from dialogues.analysis import KIND
from dialogues.labels import code_label
from dialogues.models import ClientScript, Dialogue, Turn

MAX_LINES = 5
MAX_PATTERNS = 5


@dataclass(frozen=True)
class CaseCard:
    name: str
    title: str
    background: str
    playing_notes: str
    patterns: tuple  # (code, label) of the non-mentalizing patterns this client shows most
    lines: tuple  # a few things this client says, as inspiration


def case_card(case):
    client_turns = list(
        Turn.objects.filter(
            dialogue__case=case, dialogue__kind=Dialogue.Kind.EXAMPLE, role=Turn.Role.CLIENT
        ).order_by("dialogue__order", "dialogue__pk", "position")
    )
    counts = Counter()
    for turn in client_turns:
        analysis = turn.analysed()
        counts.update(code for code in analysis.codes if KIND.get(code) == "problem")
    lines = [case.opening_line]
    lines += [turn.text for turn in client_turns]
    script = ClientScript.objects.filter(case=case).first()
    if script is not None:
        answers = script.lines.filter(kind="answer").order_by("min_openness", "order")
        lines += list(answers.values_list("text", flat=True))
    unique = list(dict.fromkeys(line.strip() for line in lines if line.strip()))
    return CaseCard(
        name=case.name,
        title=case.title,
        background=case.background,
        playing_notes=script.notes if script else "",
        patterns=tuple((code, code_label(code)) for code, _n in counts.most_common(MAX_PATTERNS)),
        lines=tuple(unique[:MAX_LINES]),
    )
