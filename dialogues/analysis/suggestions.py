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
from .result import Suggestion

MAX_SUGGESTIONS = 3
# A turn that already reflects needs no prompt from us.
REFLECTIVE = {"self_reflection", "perspective_taking", "tentative"}
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


def _target(text, marker, settings, case):
    """The person or group in or near the marker: 'de directie', 'mijn baas' → 'je baas';
    a pronoun in the case the template needs ('hij' as subject, 'hem' after a preposition)."""
    pattern = _compiled(settings["target_pattern"])
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


def _open_question(text, markers, settings, topics, lists):
    """For a turn without non-mentalizing markers: ask about the feeling it names, else about
    a person it names ('je dochter'), else its first topic (a noun with its article)."""
    feeling = next((m for m in markers if m.rule == "mind.emotion_word"), None)
    if feeling is not None:
        words, kind = feeling.text.strip(" ,.!?").lower(), "emotion"
    elif topics:
        people = set(lists["other_person"])
        named = [t for t in topics if t.split()[-1].lower() in people]
        words, kind = _swap_person((named or topics)[0]).lower(), "word"
    else:
        return None
    templates = [t for t in settings["open"] if t["for"] == kind]
    template = _pick(templates, text, set())
    return Suggestion(template["text"].format(words=words), (), template["id"])


def suggest(text, markers, depth, topics=()):
    """topics: the turn's nouns as typed, with their article ('de kinderen'), in order."""
    settings = load_json("suggestions.json")
    problems = [m for m in markers if m.code in CLIENT_PROBLEMS]
    # The most telling problems first, one suggestion per code.
    order = {code: i for i, code in enumerate(settings["priority"])}
    problems.sort(key=lambda m: (order.get(m.code, 99), m.start))
    chosen, used, seen_codes = [], set(), set()
    if problems and depth is not None and depth.level == 1:
        template = _pick(settings["validate_first"], text, used)
        used.add(template["id"])
        chosen.append(Suggestion(template["text"], ("affect_flooding",), template["id"]))
    lists = word_lists()
    for marker in problems:
        if len(chosen) >= MAX_SUGGESTIONS:
            break
        if marker.code in seen_codes:
            continue
        seen_codes.add(marker.code)
        words = _swap_person(marker.text.strip(" ,.!?"))
        if marker.code == "easy_label":
            words = words.split()[-1]  # the label itself, not 'is gewoon'
        quotable = len(words) <= settings["max_quote_chars"]
        templates = [
            t
            for t in settings["templates"][marker.code]
            if "{words}" not in t["text"] or (quotable and _fits(t, words, lists))
        ]
        template = _pick(templates, f"{text}|{marker.code}", used) if templates else None
        if template is None:
            continue
        used.add(template["id"])
        sentence = template["text"].format(
            words=words,
            target=_target(text, marker, settings, "object"),
            subject=_target(text, marker, settings, "subject"),
        )
        chosen.append(
            Suggestion(sentence[0].upper() + sentence[1:], (marker.code,), template["id"])
        )
    reflective = any(m.code in REFLECTIVE for m in markers)
    if not problems and not reflective and text.split():
        question = _open_question(text, markers, settings, topics, lists)
        if question is not None:
            chosen.append(question)
    return chosen
