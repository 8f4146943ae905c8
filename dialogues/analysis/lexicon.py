"""Load the lexicons (data files shipped in the package) and compile their compact patterns.

A compact pattern is a space-separated list of token specs, compiled to a spaCy Matcher pattern:

    word          NORM == word (lower case, ’ written as ')
    a|b|c         NORM in {a, b, c}
    @lemma|lem2   LEMMA in {...}
    $list         NORM in the named word list; @$list: LEMMA in it
    !spec         negation of a word or list spec (NOT_IN)
    ~             any token
    #digit        a token of digits (IS_DIGIT)
    ^spec         the token starts a sentence
    \\?           a literal token such as ? or !
    spec?  spec*  spec+  spec{0,3}   quantifiers, as in spaCy
    (a b|c)       a group of multi-word alternatives, expanded into several patterns;
                  (a b|c)? may also be left out
"""

import itertools
import json
import re
from functools import cache
from importlib import resources

from spacy.lang.nl.stop_words import STOP_WORDS

LEXICON_PACKAGE = "dialogues.analysis.lexicons.nl"
QUANTIFIER = re.compile(r"^(.+?)(\?|\*|\+|\{\d*,\d*\})$")


def lexicon_files():
    return sorted(
        entry
        for entry in resources.files(LEXICON_PACKAGE).iterdir()
        if entry.name.endswith((".json", ".jsonl"))
    )


def read_text(name):
    return resources.files(LEXICON_PACKAGE).joinpath(name).read_text(encoding="utf-8")


@cache
def load_json(name):
    return json.loads(read_text(name))


@cache
def load_jsonl(name):
    entries = []
    for number, line in enumerate(read_text(name).splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("//"):
            try:
                entries.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise ValueError(f"{name}:{number}: {error}") from error
    return tuple(entries)


@cache
def word_lists():
    """The named lists of word_lists.json plus those derived from sentiment.json (Pattern's
    Dutch adjectives): $positive_words, and $evaluative_negative, the strongly negative,
    subjective adjectives that are no word for a feeling or state (those are mental states)."""
    lists = {
        key: value for key, value in load_json("word_lists.json").items() if not key.startswith("_")
    }
    # $person_nouns: the persons of $other_person that are no pronoun ('je moeder', not 'je haar')
    pronouns = {"hij", "zij", "ze", "die", "hem", "haar", "hun", "hen", "men"}
    lists["person_nouns"] = [w for w in lists["other_person"] if w not in pronouns]
    # $label_nouns with their plural and diminutive forms ('betweters', 'regelneven', 'prinsesjes')
    for name in ("label_nouns", "label_metaphors"):
        lists[name] = sorted(
            {form for noun in lists[name] for form in noun_forms(noun)}
            - set(lists["label_nouns_not_inflected"])
        )
    sentiment = load_json("sentiment.json")["words"]
    # Feelings and states are mental states, hard situations are no person; 'naar' is a
    # preposition before it is 'nasty'.
    excluded = set(lists["emotion_words"]) | set(lists["state_words"]) | set(STOP_WORDS)
    excluded |= set(lists["hard_experience"]) | set(lists["not_person_evaluations"])
    lists["evaluative_negative"] = sorted(
        word
        for word, (polarity, subjectivity, _intensity) in sentiment.items()
        if polarity <= -0.4 and subjectivity >= 0.6 and word not in excluded and word.isalpha()
    )
    lists["positive_words"] = sorted(
        {w for w, (polarity, _s, _i) in sentiment.items() if polarity >= 0.4 and w.isalpha()}
        | set(lists["positive_exclamations"])
    )
    return lists


VOWELS = "aeiou"


def noun_forms(noun):
    """A Dutch noun with its regular plural and diminutive forms (rough; a form that is no word
    matches nothing): 'betweter' → betweters, 'regelneef' → regelneven, 'sul' → sullen,
    'sadist' → sadisten, 'dombo' → dombo's, 'prinses' → prinsesje."""
    forms = {noun, noun + "s", noun + "je", noun + "jes"}
    if noun[-1] in VOWELS:
        forms.add(noun + "'s")
    elif not noun.endswith(("er", "el", "em", "aar", "erd", "je")):
        if len(noun) > 3 and noun[-3] == noun[-2] and noun[-2] in VOWELS:  # neef → neven
            forms.add(noun[:-2] + {"f": "v", "s": "z"}.get(noun[-1], noun[-1]) + "en")
        elif noun[-2] in VOWELS and noun[-3:-2] not in ("", *VOWELS):  # sul → sullen
            forms.add(noun + noun[-1] + "en")
        else:  # sadist → sadisten
            forms.add(noun + "en")
    return forms


def normalise(word):
    return word.lower().replace("’", "'").replace("‘", "'").replace("`", "'")


def _values(spec, lists):
    values = []
    for part in spec.split("|"):
        if part.startswith("$"):
            if part[1:] not in lists:
                raise KeyError(f"unknown word list {part}")
            values += [normalise(w) for w in lists[part[1:]]]
        else:
            values.append(normalise(part))
    return values


GROUP = re.compile(r"\(([^()]*)\)(\?)?")


def expand_groups(alternative):
    """'a (b c|d)? e' → ['a b c e', 'a d e', 'a e']."""
    pieces, position = [], 0
    for group in GROUP.finditer(alternative):
        pieces.append([alternative[position : group.start()]])
        options = [option.strip() for option in group.group(1).split("|")]
        pieces.append(options + ([""] if group.group(2) else []))
        position = group.end()
    pieces.append([alternative[position:]])
    return [" ".join(" ".join(combo).split()) for combo in itertools.product(*pieces)]


def compile_token(spec, lists):
    if "\\" in spec and (not spec.startswith("\\") or "|" in spec):
        raise ValueError(f"{spec!r}: escape a single token only; in a list write .|?")
    if spec.startswith("\\"):
        return {"ORTH": spec[1:]}
    token = {}
    quantifier = QUANTIFIER.match(spec)
    if quantifier and spec not in {"?", "*", "+"}:
        spec, token["OP"] = quantifier.group(1), quantifier.group(2)
    parts = spec.split("|")
    if not parts[0].startswith("^") and any(part.startswith("^") for part in parts[1:]):
        # 'op|^kom' is what 'kom op|^kom kom' becomes: write multi-word alternatives as a group
        raise ValueError(f"{spec!r}: '^' belongs before the first alternative of a token")
    if spec.startswith("^"):
        token["IS_SENT_START"] = True
        spec = spec.replace("^", "")
    if spec == "~":
        return token or {}
    if spec == "#digit":
        return {**token, "IS_DIGIT": True}
    negate = spec.startswith("!")
    spec = spec.lstrip("!")
    attr = "LEMMA" if spec.startswith("@") else "NORM"
    values = _values(spec.lstrip("@"), lists)
    if negate:
        token[attr] = {"NOT_IN": values}
    elif len(values) == 1:
        token[attr] = values[0]
    else:
        token[attr] = {"IN": values}
    return token


def compile_pattern(pattern, lists):
    """A compact string pattern, or a list of such strings for alternatives → spaCy patterns."""
    if isinstance(pattern, list) and pattern and isinstance(pattern[0], dict):
        return [pattern]  # already a spaCy token pattern
    alternatives = pattern if isinstance(pattern, list) else [pattern]
    expanded = [variant for alt in alternatives for variant in expand_groups(alt)]
    return [[compile_token(spec, lists) for spec in alt.split()] for alt in expanded if alt]


def build_matcher(vocab, patterns):
    """A validated spaCy Matcher from (rule id, compact pattern) pairs."""
    from spacy.matcher import Matcher

    lists = word_lists()
    matcher = Matcher(vocab, validate=True)
    for rule_id, pattern in patterns:
        matcher.add(rule_id, compile_pattern(pattern, lists))
    return matcher


def verb_stems(lemma):
    """The bare stem of a verb, its imperative: zetten → zet, maken → maak, geven → geef,
    lezen → lees, gaan → ga (and the plain cut, for what the spelling rules do not cover)."""
    if lemma.endswith(("oen", "ien")):
        return {lemma[:-1]}  # doen → doe, zien → zie
    if lemma.endswith("aan"):
        return {lemma[:-2]}  # gaan → ga, staan → sta
    if not lemma.endswith("en"):
        return {lemma[:-1]}
    base = lemma[:-2]
    stems = {base, base[:-1]}
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in VOWELS:
        base = base[:-1]  # zett → zet, bell → bel
    elif len(base) >= 3 and base[-1] not in VOWELS and base[-2] in VOWELS:
        if base[-3] not in VOWELS:
            base = base[:-1] + base[-2] + base[-1]  # mak → maak, lop → loop, vrag → vraag
    base = base[:-1] + {"v": "f", "z": "s"}.get(base[-1], base[-1]) if base else base
    stems.add(base)
    return stems
