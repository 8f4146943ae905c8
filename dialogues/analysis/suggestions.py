"""Not-knowing follow-up questions for a client turn, in the client's own words.

Templates are data (lexicons/nl/suggestions.json), several per code. Slots:
{words}   the words that triggered the marker ('slap', 'altijd', 'als manager mag je niet ...')
{target}  the person or group the marker is about ('de directie', 'mijn baas' → 'je baas',
          'hij' → 'hem'), {subject} the same as a subject ('hij')
A turn without a non-mentalizing marker gets a question about a word of its own: the feeling it
names, else its most telling content word.
The choice is deterministic (stable for the same turn) but rotates, so that consecutive
suggestions differ. When affect is high, a validating, supportive line comes first.
"""

import re
import zlib
from functools import cache

from .codes import CLIENT_PROBLEMS
from .lexicon import load_json, word_lists
from .result import Marker, Suggestion

MAX_SUGGESTIONS = 3
PRONOUNS = {"hij", "zij", "hem", "haar", "hun", "hen", "die", "men", "iedereen", "anderen"}
# A turn that already reflects needs no prompt from us.
REFLECTIVE = {"self_reflection", "perspective_taking", "tentative"}
LEADING = re.compile(r"^[\s,;:]*(en|maar|want|dus)?\s*", re.IGNORECASE)
DENIED = re.compile(r"\b(niet|nie|geen|nooit)\b\W*(\w+\W+)?$", re.IGNORECASE)
FELT = re.compile(
    r"\bvoel(?:de|t)? (?:me|mij|je) (?:zo |echt |heel |erg |best |nogal |gewoon )*([^\W\d_]{3,})",
    re.IGNORECASE,
)
PRONOUN_SWAP = {
    "mijn": "je",
    "m'n": "je",
    "mn": "je",
    "mij": "jou",
    "me": "je",
    "ik": "jij",
    "mezelf": "jezelf",
    "wij": "jullie",
    "we": "jullie",
    "ons": "jullie",
    "onze": "jullie",
}


def _swap_person(phrase):
    return " ".join(PRONOUN_SWAP.get(word.lower(), word) for word in phrase.split())


@cache
def _compiled(pattern):
    return re.compile(pattern, re.IGNORECASE)


@cache
def _target_pattern():
    """'de|mijn|die ... <a person or group of the lexicons>' or 'hij'/'zij'."""
    people = sorted({w for w in word_lists()["other_person"] if len(w) > 2} - PRONOUNS, key=len)
    nouns = "|".join(re.escape(w) for w in reversed(people))
    owners = "de|het|mijn|m'n|mn|onze|ons|die|deze|zijn|haar|z'n|hun"
    return re.compile(rf"\b({owners}) ({nouns})\b|\b(hij|zij)\b", re.IGNORECASE)


def _target(text, marker, settings, case):
    """The person or group in or near the marker: 'de directie', 'mijn baas' → 'je baas';
    a pronoun in the case the template needs ('hij' as subject, 'hem' after a preposition)."""
    pattern = _target_pattern()
    for source in (marker.text, text):
        found = pattern.search(source)
        if found:
            target = _swap_person(found.group(0).strip()).lower()
            return settings["pronoun_cases"].get(target, {}).get(case, target)
    return settings["default_target"]


def _fits(template, words, lists):
    kind = template.get("words")
    if kind == "one":
        return " " not in words
    if kind == "adjective":
        return " " not in words and words.lower() not in lists["label_nouns"]
    return True


def _pick(templates, seed, used):
    start = zlib.crc32(seed.encode()) % len(templates)
    for offset in range(len(templates)):
        template = templates[(start + offset) % len(templates)]
        if template["id"] not in used:
            return template
    return None


def _feeling(text, markers, clauses=()):
    """The feeling the client names: an emotion word, or what follows 'ik voel me'; not one
    he denies ('ik ben nie kwaad')."""
    felt = [m for m in markers if m.rule == "mind.emotion_word"]
    denied = {m.text.lower() for m in felt if DENIED.search(text[max(0, m.start - 12) : m.start])}
    others = [c for c in clauses if c.subject == "other"]
    named = next(
        (
            m
            for m in reversed(felt)
            if m.text.lower() not in denied
            and not any(c.start <= m.start < c.end for c in others)  # 'mijn partner is somber'
        ),
        None,
    )
    if named is not None:
        return named
    felt = FELT.search(text)
    if felt is None:
        return None
    return Marker("mental_state", felt.start(1), felt.end(1), felt.group(1), "mind.felt", "")


def _open_question(text, markers, settings, topics, lists, clauses=()):
    """For a turn without non-mentalizing markers: ask about the feeling it names, else about
    a person it talks about ('je dochter'); a turn with neither gets no question from us."""
    feeling = _feeling(text, markers, clauses)
    if feeling is not None:
        words, kind = feeling.text.strip(" ,.!?").lower(), "emotion"
    else:
        people = set(lists["other_person"]) - PRONOUNS
        named = [t for t in topics if " " in t and t.split()[-1].lower() in people]
        if not named:
            return None
        words, kind = _swap_person(named[0]).lower(), "person"
    templates = [t for t in settings["open"] if t["for"] == kind]
    template = _pick(templates, text, set())
    return Suggestion(template["text"].format(words=words), (), template["id"])


def suggest(text, markers, depth, topics=(), clauses=()):
    """topics: the turn's nouns as typed, with their article ('de kinderen'), in order;
    clauses: the turn's clauses (Analysis.clauses), to quote a rule whole and to tell a story
    about the past from one about now."""
    settings = load_json("suggestions.json")
    lists = word_lists()
    problems = [m for m in markers if m.code in CLIENT_PROBLEMS]
    # The most telling problems first, one suggestion per code.
    order = {code: i for i, code in enumerate(settings["priority"])}
    problems.sort(key=lambda m: (order.get(m.code, 99), m.start))
    chosen, used, seen_codes = [], set(), set()
    upset = depth is not None and depth.level < settings["gentle_below"]
    if problems and upset:
        template = _pick(settings["validate_first"], text, used)
        used.add(template["id"])
        chosen.append(Suggestion(template["text"], ("affect_flooding",), template["id"]))
        # Strong feeling: stay with it; no questions about certainty or rules now.
        problems = [m for m in problems if m.code == "affect_flooding"][:1]
    past = any(c.past for c in clauses)
    feeling = _feeling(text, markers, clauses)
    if problems and feeling is not None and not upset:
        # A feeling the client named comes before what he argues.
        question = _open_question(text, [feeling], settings, topics, lists, clauses)
        used.add(question.template)
        chosen.append(question)
    reflective = any(m.code in REFLECTIVE for m in markers)
    for marker in problems:
        if len(chosen) >= MAX_SUGGESTIONS:
            break
        if marker.code in seen_codes:
            continue
        if reflective and marker.code in settings["challenge_not_when_reflective"]:
            continue
        seen_codes.add(marker.code)
        words = _quote(text, marker, clauses, settings)
        target = _target(text, marker, settings, "object")
        templates = [
            t
            for t in settings["templates"][marker.code]
            if ("{words}" not in t["text"] or (words and _fits(t, words, lists)))
            and (not t.get("needs_person") or target != settings["default_target"])
            and (not t.get("past") or past)
            and (not t.get("now") or not past)
        ]
        template = _pick(templates, f"{text}|{marker.code}", used) if templates else None
        if template is None:
            continue
        used.add(template["id"])
        sentence = template["text"].format(
            words=words, target=target, subject=_target(text, marker, settings, "subject")
        )
        chosen.append(
            Suggestion(sentence[0].upper() + sentence[1:], (marker.code,), template["id"])
        )
    if not problems and not reflective and (feeling or _worth_asking(text, settings, lists)):
        question = _open_question(text, markers, settings, topics, lists, clauses)
        if question is not None:
            chosen.append(question)
    return chosen


def _quote(text, marker, clauses, settings):
    """The client's own words, verbatim: the label itself; a rule or certainty as its whole
    clause when that is short enough; None when nothing fits in a quote."""
    words = marker.text.strip(" ,.!?")
    if marker.code == "easy_label":
        labels = LABEL_WORDS()
        found = [w for w in re.findall(r"[^\W\d_]+", words) if w.lower() in labels]
        words = found[-1] if found else (words if " " not in words else "")
    elif marker.code in ("rigid_rule", "certainty"):
        clause = next((c for c in clauses if c.start <= marker.start < c.end), None)
        if clause is not None:
            whole = LEADING.sub("", text[clause.start : clause.end]).strip(" ,.!?")
            if len(whole) <= settings["max_quote_chars"]:
                words = whole
    return words if 0 < len(words) <= settings["max_quote_chars"] else None


@cache
def LABEL_WORDS():  # noqa: N802 (a constant, built once)
    lists = word_lists()
    return frozenset(
        lists["label_adjectives"] + lists["label_nouns"] + lists["evaluative_negative"]
    )


def _worth_asking(text, settings, lists):
    """A turn with something to explore: long enough, no question back, no thanks or cheer."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < settings["open_min_words"] or "?" in text:
        return False
    return set(lists["positive_exclamations"]).isdisjoint(words)
