"""Turn-level evaluation against annotated JSON Lines (the format in MARKERS.md).

`labels` must be found, `optional` may be found without penalty, any other code found is a
false positive. Per code: precision, recall, F1 over turns; micro and macro averages per role.
"""

import json
from dataclasses import dataclass, field

from . import analyse_many
from .codes import CLIENT_CODES, COACH_CODES


@dataclass
class CodeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self):
        return self.tp + self.fn


@dataclass
class Report:
    scores: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)

    def role_codes(self, role):
        codes = CLIENT_CODES if role == "client" else COACH_CODES
        return [c for c in codes if self.scores[c].support or self.scores[c].fp]

    def macro_f1(self, role):
        codes = self.role_codes(role)
        return sum(self.scores[c].f1 for c in codes) / len(codes) if codes else 0.0

    def micro(self, role):
        total = CodeScore()
        for code in self.role_codes(role):
            score = self.scores[code]
            total.tp += score.tp
            total.fp += score.fp
            total.fn += score.fn
        return total


def read_jsonl(lines):
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield number, json.loads(line)


def evaluate(items):
    """items: dicts with id, role, text, labels, optional."""
    items = list(items)
    report = Report(scores={code: CodeScore() for code in CLIENT_CODES + COACH_CODES})
    analyses = analyse_many((item["text"], item["role"]) for item in items)
    for item, analysis in zip(items, analyses, strict=True):
        found = set(analysis.codes)
        labels, optional = set(item.get("labels", [])), set(item.get("optional", []))
        for code in found & labels:
            report.scores[code].tp += 1
        for code in labels - found:
            report.scores[code].fn += 1
            report.errors.append((item, "missed", code, analysis))
        for code in found - labels - optional:
            report.scores[code].fp += 1
            report.errors.append((item, "extra", code, analysis))
    return report


def format_report(report, show_errors=False):
    lines = []
    for role in ("client", "coach"):
        lines.append(f"{role:<24} {'P':>6} {'R':>6} {'F1':>6} {'n':>5} {'fp':>4} {'fn':>4}")
        for code in report.role_codes(role):
            s = report.scores[code]
            lines.append(
                f"  {code:<22} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f} "
                f"{s.support:5d} {s.fp:4d} {s.fn:4d}"
            )
        micro = report.micro(role)
        lines.append(f"  {'micro':<22} {micro.precision:6.2f} {micro.recall:6.2f} {micro.f1:6.2f}")
        lines.append(f"  {'macro F1':<22} {'':>13} {report.macro_f1(role):6.2f}")
        lines.append("")
    if show_errors:
        lines.append("errors:")
        for item, kind, code, analysis in report.errors:
            rules = [f"{m.rule}:{m.text!r}" for m in analysis.markers if m.code == code]
            lines.append(f"  {item['id']:<10} {kind:<7} {code:<22} {item['text'][:110]!r} {rules}")
    return "\n".join(lines)
