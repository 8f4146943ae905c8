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
    score = 0
    arrays = token_arrays(doc)
    norms = arrays.norms
    kinds = [record[1] for record in _records(doc, arrays)]
    for i, kind in enumerate(kinds):
        if kind is PLAIN:
            continue
        weight, intensifier, _charged = kind
        if weight:
            score += weight
        elif intensifier and i + 1 < len(norms):
            score += kinds[i + 1][2]
    lengths = arrays.lengths
    shouted = [i for i in arrays.shouting_candidates() if lengths[i] >= 3]
    score += min(3, len(shouted))
    happy = not sets["positive"].isdisjoint(norms) and score == 0
    if not happy:
        score += min(3, sum(text.count("!") for text in arrays.punct_text().values()))
    if any(m.code == "affect_flooding" for m in markers):
        score += 3
    return score


_AFFECT = {}  # (norm, lemma) → (weight, an intensifier, a charged word by its norm)
PLAIN = (0, False, False)


def _affect_kind(norm, lemma):
    found = _AFFECT.get((norm, lemma))
    if found is None:
        sets = _word_sets()
        strong, emotions = sets["strong_emotions"], sets["emotions"]
        weight = (
            2
            if norm in strong or lemma in strong
            else 1
            if (norm in emotions or lemma in emotions)
            else 0
        )
        found = (weight, norm in sets["intensifiers"], norm in emotions or norm in strong)
        found = _AFFECT[norm, lemma] = PLAIN if found == PLAIN else found
    return found


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


def _polarity_kind(norm, lemma):
    """The counts of (self, other, cognitive, affective, external) a word adds, or None."""
    sets = _word_sets()
    self_words, other_words = sets["self"], sets["other"]
    cognitive, external, affective = sets["cognitive"], sets["external"], sets["affective"]
    found = (
        norm in self_words,
        norm not in self_words and norm in other_words,
        lemma in cognitive or norm in cognitive,
        lemma in affective or norm in affective,
        lemma in external,
    )
    return found if any(found) else None


_WORDS = {}  # norm → (lemma, its affect kind, its polarity counts or None)
RECORDS = "indicators.words"


def _records(doc, arrays):
    """Per token its word's (lemma, affect kind, polarity counts), looked up once per turn
    for both indicators, and per word by its norm."""
    records = doc.user_data.get(RECORDS)
    if records is None:
        get, records = _WORDS.get, []
        for norm, lemma in zip(arrays.norms, arrays.lemmas, strict=True):
            record = get(norm)
            if record is None or record[0] != lemma:
                record = (lemma, _affect_kind(norm, lemma), _polarity_kind(norm, lemma))
                _WORDS[norm] = record
            records.append(record)
        doc.user_data[RECORDS] = records
    return records


def polarity(doc, markers):
    settings = _settings()
    arrays = token_arrays(doc)
    counts = dict.fromkeys(("self", "other", "cognitive", "affective", "external"), 0)
    found = [record[2] for record in _records(doc, arrays) if record[2] is not None]
    totals = list(map(sum, zip(*found, strict=True))) if found else [0, 0, 0, 0, 0]
    counts["self"], counts["other"], counts["cognitive"], counts["affective"] = totals[:4]
    counts["external"] = totals[4]
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
