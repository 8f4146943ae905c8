"""Turn-level indicators from the second article (Deben-Mager & Folkers).

- depth advice on the intervention scheme: the stronger the client's emotion, the closer to the
  surface the coach should stay;
- the polarity profile (self–other, internal–external, cognitive–affective) with the
  'contrary move' hint.
"""

from .codes import CLIENT_PROBLEMS
from .lexicon import load_json
from .result import DepthAdvice, Polarity


def _settings():
    return load_json("indicators.json")


def affect_score(doc, markers):
    words = _settings()["words"]
    strong, emotions, intensifiers = (
        set(words["strong_emotions"]),
        set(words["emotions"]),
        set(words["intensifiers"]),
    )
    score = 0
    for token in doc:
        if token.norm_ in strong or token.lemma_ in strong:
            score += 2
        elif token.norm_ in emotions or token.lemma_ in emotions:
            score += 1
        elif token.norm_ in intensifiers:
            score += 1
    score += min(3, sum(token.text.count("!") for token in doc))
    if any(m.code == "affect_flooding" for m in markers):
        score += 3
    return score


def depth_advice(doc, markers):
    settings = _settings()
    levels = settings["levels"]
    codes = {m.code for m in markers}
    score = affect_score(doc, markers)
    problems = codes & set(CLIENT_PROBLEMS)
    if "affect_flooding" in codes or score >= settings["flooding_score"]:
        level, reason = 1, "reason_flooding"
    elif score >= settings["high_score"]:
        level, reason = 2, "reason_high"
    elif problems:
        level, reason = 3, "reason_problems"
    elif {"self_reflection", "perspective_taking"} <= codes and "tentative" in codes:
        level, reason = 5, "reason_mentalizing_well"
    elif codes & {"self_reflection", "perspective_taking"}:
        level, reason = 4, "reason_reflecting"
    else:
        level, reason = 3, "reason_default"
    return DepthAdvice(
        level=level, name=levels[str(level)], reason=settings[reason], affect_score=score
    )


def polarity(doc, markers):
    settings = _settings()
    words = settings["words"]
    self_words, other_words = set(words["self"]), set(words["other"])
    cognitive, external = set(words["cognitive"]), set(words["external"])
    affective = set(words["emotions"]) | set(words["strong_emotions"])
    counts = dict.fromkeys(("self", "other", "cognitive", "affective", "external"), 0)
    for token in doc:
        norm, lemma = token.norm_, token.lemma_
        counts["self"] += norm in self_words
        counts["other"] += norm in other_words
        counts["cognitive"] += lemma in cognitive or norm in cognitive
        counts["affective"] += lemma in affective or norm in affective
        counts["external"] += lemma in external
    internal = counts["cognitive"] + counts["affective"]
    hints = settings["hints"]
    if counts["other"] >= 2 and counts["other"] > 2 * counts["self"]:
        hint = hints["others_only"]
    elif counts["self"] >= 3 and counts["other"] == 0:
        hint = hints["self_only"]
    elif counts["cognitive"] and not counts["affective"]:
        hint = hints["reasoning_only"]
    elif counts["external"] > internal:
        hint = hints["external_only"]
    else:
        hint = ""
    return Polarity(
        self_focus=counts["self"],
        other_focus=counts["other"],
        internal=internal,
        external=counts["external"],
        cognitive=counts["cognitive"],
        affective=counts["affective"],
        hint=hint,
    )
