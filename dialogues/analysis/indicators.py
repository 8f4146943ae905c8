"""Turn-level indicators from the second article (Deben-Mager & Folkers).

- depth advice on the intervention scheme: the stronger the client's emotion, the closer to the
  surface the coach should stay;
- the polarity profile (self–other, internal–external, cognitive–affective) with the
  'contrary move' hint.
"""

from functools import cache

from .arrays import hashes, token_arrays
from .codes import CLIENT_PROBLEMS
from .lexicon import load_json, word_lists
from .result import DepthAdvice, Polarity


def _settings():
    return load_json("indicators.json")


@cache
def _word_sets():
    words = _settings()["words"]
    sets = {name: hashes(values) for name, values in words.items()}
    lists = word_lists()
    # The same emotion words as the markers (mental_state, flooding) use, and Pattern's
    # strongly charged adjectives (intensity > 1.1, e.g. 'afschuwelijk', 'doodsbang').
    sets["emotions"] |= hashes(set(lists["emotion_words"]) | set(lists["state_words"]))
    sets["strong_emotions"] |= hashes(
        word
        for word, (polarity, _subjectivity, intensity) in load_json("sentiment.json")[
            "words"
        ].items()
        if polarity <= -0.5 and intensity > 1.1
    )
    sets["positive"] = hashes(lists["positive_words"])
    sets["affective"] = sets["emotions"] | sets["strong_emotions"]
    return sets


def affect_score(doc, markers):
    """One estimate of how charged a client turn is, used for the depth advice: emotion
    words (strong ones count double, an intensifier before one adds one), words shouted in
    capitals and exclamation marks (up to three each; not for good cheer: 'top, dank je!!'),
    and three more when the turn is flooded."""
    sets = _word_sets()
    strong, emotions, intensifiers = sets["strong_emotions"], sets["emotions"], sets["intensifiers"]
    score = 0
    arrays = token_arrays(doc)
    norms, lemmas = arrays.norms, arrays.lemmas
    for i, (norm, lemma) in enumerate(zip(norms, lemmas, strict=True)):
        if norm in strong or lemma in strong:
            score += 2
        elif norm in emotions or lemma in emotions:
            score += 1
        elif norm in intensifiers and i + 1 < len(norms):
            score += norms[i + 1] in emotions or norms[i + 1] in strong
    shouted = [i for i in arrays.shouting_candidates() if len(doc[i]) >= 3]
    score += min(3, len(shouted))
    happy = not sets["positive"].isdisjoint(norms) and score == 0
    if not happy:
        score += min(3, sum(text.count("!") for text in arrays.punct_text().values()))
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
    sets = _word_sets()
    self_words, other_words = sets["self"], sets["other"]
    cognitive, external, affective = sets["cognitive"], sets["external"], sets["affective"]
    arrays = token_arrays(doc)
    norms, lemmas = arrays.norms, arrays.lemmas
    counts = dict.fromkeys(("self", "other", "cognitive", "affective", "external"), 0)
    for norm, lemma in zip(norms, lemmas, strict=True):
        if norm in self_words:
            counts["self"] += 1
        elif norm in other_words:
            counts["other"] += 1
        if lemma in cognitive or norm in cognitive:
            counts["cognitive"] += 1
        if lemma in affective or norm in affective:
            counts["affective"] += 1
        if lemma in external:
            counts["external"] += 1
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
