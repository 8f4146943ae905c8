"""The rule registry: every marker rule (pattern or turn rule) with its id, code and explanation."""

from dataclasses import dataclass
from functools import cache

from .codes import ALL_CODES, CLIENT_CODES, COACH_CODES
from .lexicon import load_json, load_jsonl

MARKER_FILES = {"client": "client_markers.jsonl", "coach": "coach_markers.jsonl"}


@dataclass(frozen=True)
class Rule:
    id: str
    code: str
    explanation: str
    pattern: object = None

    def explain(self, text):
        return self.explanation.replace("{text}", text)


@cache
def marker_rules(role):
    allowed = CLIENT_CODES if role == "client" else COACH_CODES
    rules = []
    for entry in load_jsonl(MARKER_FILES[role]):
        if entry["code"] not in allowed:
            raise ValueError(f"rule {entry['id']}: code {entry['code']} is not a {role} code")
        rules.append(Rule(entry["id"], entry["code"], entry["explanation"], entry["pattern"]))
    return tuple(rules)


@cache
def turn_rules():
    return {
        rule_id: Rule(rule_id, entry["code"], entry["explanation"])
        for rule_id, entry in load_json("turn_rules.json").items()
        if not rule_id.startswith("_")
    }


@cache
def clause_rules():
    return {
        entry["id"]: Rule(entry["id"], entry["code"], entry["explanation"])
        for entry in load_json("clauses.json")["rules"]
    }


@cache
def all_rules():
    registry = {}
    rules = [*marker_rules("client"), *marker_rules("coach"), *turn_rules().values()]
    for rule in [*rules, *clause_rules().values()]:
        if rule.id in registry:
            raise ValueError(f"duplicate rule id {rule.id}")
        if rule.code not in ALL_CODES:
            raise ValueError(f"rule {rule.id}: unknown code {rule.code}")
        registry[rule.id] = rule
    return registry
