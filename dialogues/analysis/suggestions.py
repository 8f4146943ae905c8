"""Not-knowing follow-up questions for a client turn, in the client's own words.

Templates are data (lexicons/nl/suggestions.json), several per code. Slots:
{words}  the words that triggered the marker ('slap', 'altijd', 'als manager mag je niet twijfelen')
{target} the person or group the marker is about ('de directie', 'mijn baas' → 'je baas')
The choice is deterministic (stable for the same turn) but rotates, so that consecutive
suggestions differ. When affect is high, a validating, supportive line comes first.
"""

import re
import zlib
from functools import cache

from .codes import CLIENT_PROBLEMS
from .lexicon import load_json
from .result import Suggestion

MAX_SUGGESTIONS = 3
PRONOUN_SWAP = {
    "mijn": "je",
    "m'n": "je",
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


def _target(text, marker, settings):
    """The person or group in or near the marker: 'de directie', 'mijn baas' → 'je baas'."""
    pattern = _compiled(settings["target_pattern"])
    for source in (marker.text, text):
        found = pattern.search(source)
        if found:
            target = _swap_person(found.group(0).strip())
            return target[0].lower() + target[1:]
    return settings["default_target"]


def _pick(templates, seed, used):
    start = zlib.crc32(seed.encode()) % len(templates)
    for offset in range(len(templates)):
        template = templates[(start + offset) % len(templates)]
        if template["id"] not in used:
            return template
    return None


def suggest(text, markers, depth):
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
    for marker in problems:
        if len(chosen) >= MAX_SUGGESTIONS:
            break
        if marker.code in seen_codes:
            continue
        seen_codes.add(marker.code)
        template = _pick(settings["templates"][marker.code], f"{text}|{marker.code}", used)
        if template is None:
            continue
        used.add(template["id"])
        words = _swap_person(marker.text.strip(" ,.!?"))
        if marker.code == "easy_label":
            words = words.split()[-1]  # the label itself, not 'is gewoon'

        if len(words) > settings["max_quote_chars"] and "{words}" in template["text"]:
            continue
        sentence = template["text"].format(words=words, target=_target(text, marker, settings))
        chosen.append(
            Suggestion(sentence[0].upper() + sentence[1:], (marker.code,), template["id"])
        )
    return chosen
