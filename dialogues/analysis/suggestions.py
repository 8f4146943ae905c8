"""Not-knowing follow-up questions for a client turn, in the client's own words.

Templates are data (lexicons/nl/suggestions.json), several per code. Slots:
{words}   the client's words, verbatim: the label itself ('slap'), a rule or certainty as its whole
          clause, a stated intent as its clause ('hij vindt dat ik die functie niet verdien')
{target}  the person or group the marker is about ('de directie', 'mijn baas' → 'je baas',
          'hij' → 'hem'), {subject} the same as a subject ('hij'), {intent_of} 'zijn bedoeling'
          or 'de bedoeling van je moeder', {speelt} 'speelt' or 'speelde' after the clause's tense
Templates say when they fit, read from the clause the marker is in (``Analysis.clauses``): past or
present, a frequency or a quantifier over persons, about the future, a wish or a judgement, one
person or a group. A marker inside a quote, a norm (for black_and_white) or a plain 'ja
natuurlijk' gets no question.
A feeling is asked about only when it is the client's own (not someone else's: 'ze zal wel kwaad
zijn', not denied: 'jaloers is het niet', 'woedend is overdreven', not a coach's word echoed:
'kwaad??', not an intensifier: 'ik erger me kapot', not a word that is no feeling: 'idee'); when
the client already said what it is about ('bang dat mensen op me afknappen', 'alsof ik een
slechte moeder ben'), the question quotes that and asks what follows. A remark about the coach
('net of ge mijn moeder zijt', 'bang dat u mij ... vindt') gets a question about what happens
between the two of them. A turn without a non-mentalizing marker gets a question about its
feeling or, when it talks about a person, how that is for the client.
The choice is deterministic (stable for the same turn) but rotates, so that consecutive
suggestions differ. When affect is high, a validating, supportive line comes first, naming the
feeling when the client named it ('Ik hoor hoe woedend je bent.').
"""

import bisect
import difflib
import re
import zlib
from dataclasses import replace
from functools import cache, cached_property, lru_cache

from .codes import CLIENT_PROBLEMS
from .lexicon import load_json, word_lists
from .result import Suggestion


class Cued:
    """A pattern tried only at the start of the text and where one of its cues (the literals any
    match opens with) occurs: the same match as ``pattern.search``, without trying every
    position (a leading \\b or an alternation stops the re module's own scan for a literal)."""

    __slots__ = ("pattern", "cue")

    def __init__(self, pattern, cues, flags=0):
        """cues: the literals, or one expression ('\\d|al')."""
        self.pattern = re.compile(pattern, flags)
        if not isinstance(cues, str):
            cues = "|".join(re.escape(cue) for cue in cues)
        self.cue = re.compile(cues, flags)

    def search(self, text):
        found = self.pattern.match(text)
        position = 1
        while found is None:
            cue = self.cue.search(text, position)
            if cue is None:
                return None
            found = self.pattern.match(text, cue.start())
            position = cue.start() + 1
        return found


MAX_SUGGESTIONS = 3
PRONOUNS = {"hij", "zij", "hem", "haar", "hun", "hen", "die", "men", "iedereen", "anderen"}
# A turn that already reflects needs no prompt from us.
REFLECTIVE = {"self_reflection", "perspective_taking", "tentative"}
LEADING = re.compile(
    r"^[\s,;:]*(?:(?:en|maar|ma|want|dus|nou|ja|nee|allez|tja|oke|ok)\b[\s,]*)*", re.IGNORECASE
)


def _without_leading(text):
    """The text without a leading 'en', 'maar', 'ja', ... (LEADING only matches at the start:
    one substitution, not a scan of the rest)."""
    return LEADING.sub("", text, count=1)


EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]+")
EMOJI_FROM = "\u200d"  # the lowest character EMOJI takes
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
QUOTE_MARKS = " ,.;:!?'\"‘’“”`"
NEGATION = {"niet", "nie", "geen", "nooit", "niks", "niets", "nergens"}
DENIED_AFTER = re.compile(
    r"^\W*(?:(?:is|ben|zijn|was|word|wordt)\s+(?:het\s+|ik\s+|dat\s+)?(?:echt\s+|ook\s+)?"
    r"(?:niet|nie|overdreven|(?:misschien\s+)?(?:wat\s+)?(?:een\s+)?(?:groot|te\s+groot)\s+woord)"
    r"|\?*\s*(?:nee|neen|nah)\b)",
    re.IGNORECASE,
)
OVER = re.compile(
    r"\b(?:is|zijn)\s+(?:het\s+|dat\s+)?(?:nu\s+|inmiddels\s+|al\s+)?(?:wel\s+)?(?:hoor\s+)?"
    r"(?:over|voorbij|weg|gezakt)\b|\bvalt\s+(?:het\s+)?(?:nu\s+)?(?:wel\s+)?mee\b"
    r"|\bmaar\s+nu\s+(?:kan|ben|voel|gaat|snap)\b",
    re.IGNORECASE,
)
SELF_EMOTION_VERB = re.compile(
    r"\b(?:ik\s+|k\s*)(mis|miste|schaam|schaamde|erger|ergerde|baal|baalde|walg|walgde)\b",
    re.IGNORECASE,
)
SELF_STATE = re.compile(
    r"\b(?:ik|k)\s+(?:word|werd|raak|raakte)\s+(?:(?:er|daar|zo|heel|echt|egt|erg|zo\s+ontzettend)\s+)*"
    r"([^\W\d_]+)\b",
    re.IGNORECASE,
)
FELT = re.compile(
    r"\bk?voel(?:de|t)?\s+(?:ik\s+)?(?:me|mij)\s+([^\W\d_][^.!?;,]*)",
    re.IGNORECASE,
)
IT_FELT = re.compile(
    r"\b(?:het|dat|da|dit|'t)\s+voel(?:t|de)\s+(?:(?:echt|egt|wel|zo|heel|gewoon|gwn|best|nogal"
    r"|vooral|super|erg)\s+)*([^\W\d_]+)",
    re.IGNORECASE,
)
FELT_AS_IF = re.compile(
    r"\b(?:het\s+)?voel(?:de|t)\s+(?:(?:wel|echt|egt|toch|gewoon|gwn|soms|eerder|vooral)\s+)*"
    r"(?:alsof|als|of)\s+[^.!?;]+",
    re.IGNORECASE,
)  # 'maar het voelt wel als buitengesloten worden'
# 'ge moet nie denken dat ik alleen maar zaag': what he fears the coach thinks of him
COACH_MAY_THINK = re.compile(
    r"\b(?:ge|je|jij|gij|u)\s+(?:moet|moogt|mag|hoeft)\s+(?:nie|niet)\s+denken\s+(?:dat|da)\s+(?:ik|k)\b"
    r"|\b(?:ge|je|jij|gij|u)\s+(?:moet|moogt|mag|hoeft)\s+(?:nie|niet)\s+denken\s+dak\b"
    r"|(?:^|[.!?]\s)\W*(?:en\s+|maar\s+)?denk\s+(?:nie|niet)\s+dat\s+(?:ik|k)\b",
    re.IGNORECASE,
)
ADDRESSEE = re.compile(
    r"\b(?:u|jij|jou|gij|uw)\b|\bnet of ge\b|\bjullie\s+(?:zijn|snappen|begrijpen|luisteren)\b"
    r"|\bge\s+(?:zijt|hebt|snapt|doet|vindt|denkt|luistert|overdrijft|begrijpt|zegt|klonk|klinkt"
    r"|deed|zei|waart|praat|kijkt|keek|gelooft|geloofde|vertrouwt|kent|weet)\b",
    re.IGNORECASE,
)
# a word ADDRESSEE needs: without one of them (and without an apostrophe joining words) no match
ADDRESSEE_WORDS = frozenset({"u", "jij", "jou", "gij", "uw", "ge", "jullie"})
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


def _settings():
    return load_json("suggestions.json")


@cache
def _open_index():
    index = {}
    for template in _settings()["open"]:
        index.setdefault(template["for"], []).append(template)
    return {kind: tuple(templates) for kind, templates in index.items()}


def _open(kind):
    """The 'open' templates for one kind, in the order of the file."""
    return _open_index().get(kind, ())


def _swap_person(phrase):
    return " ".join(PRONOUN_SWAP.get(word.lower(), word) for word in phrase.split())


# ASCII but a lowercase letter → a space: in an ASCII text without an apostrophe the words are
# the runs of letters, split without the expression (most snippets; the same words as WORD)
NOT_A_LETTER = str.maketrans({c: " " for c in map(chr, range(128)) if not "a" <= c <= "z"})


@lru_cache(maxsize=4096)
def _words(text):
    lowered = text.lower()
    if lowered.isascii() and "'" not in lowered:
        return tuple(lowered.translate(NOT_A_LETTER).split())
    return tuple(WORD.findall(lowered))


@cache
def _set(name):
    return frozenset(_settings()["words"][name])


@cache
def _listed(*names):
    """Word lists of the lexicons as one set, built once."""
    lists = word_lists()
    return frozenset(w for name in names for w in lists[name])


@cache
def _union(*names, extra=()):
    """Several word sets as one, built once."""
    return frozenset(extra).union(*(_set(name) for name in names))


@cache
def _people():
    """Persons and groups of the lexicons ('mijn baas', 'de directie'), without the first names
    (they come without 'de'/'mijn' and would make the pattern slow)."""
    names = frozenset(load_json("first_names.json")["names"])
    return frozenset(w for w in word_lists()["other_person"] if w not in names) - PRONOUNS


@cache
def _others():
    return frozenset(word_lists()["other_person"]) | {"ze", "zij", "hij", "iedereen", "niemand"}


@cache
def _target_pattern():
    """'de|mijn|die ... <a person or group of the lexicons>' or 'hij'/'zij'/'ze'."""
    people = sorted({w for w in _people() if len(w) > 2 or w == "ex"}, key=len)
    nouns = "|".join(re.escape(w) for w in reversed(people))
    owners = "de|het|mijn|m'n|mn|onze|ons|die|deze|zijn|haar|z'n|hun"
    return re.compile(
        rf"\b({owners}) (?:[^\W\d_]+e )?({nouns})\b|\b(hij|zij|ze)\b(?:\s+(\w+))?", re.IGNORECASE
    )  # 'die asociale buren': an adjective between


# 'dat ik het nooit ga halen', 'zaterdag ga ik hem de waarheid zeggen', not 'ik ga elke dinsdag'
FUTURE = re.compile(
    r"\b(?:ga|gaat|gaan|zal|zult|zullen|zou|zouden)\b"
    r"(?:\s+(?!(?:naar|buiten|binnen|weg|uit|mee|terug)\b)[^\W\d_]+){0,6}?\s+[^\W\d_]+en\b"
    r"|\b(?:ooit|straks|later)\b",
    re.IGNORECASE,
)  # not 'hij gaat naar buiten roken'
# a perfect tense: 'ze heeft de kamer opnieuw ingericht', 'hij is weggegaan'
PARTICIPLE = re.compile(r"^\w*(?:ge|be|ver|ont)\w+[dt]$")
PERFECT = re.compile(
    r"\b(?:heeft|hebben|heb|kheb|hebt|is|zijn|ben|bent)\b[^.!?;,]*?"
    r"\b[^\W\d_]*ge[^\W\d_]{2,}(?<!gebeur)(?:d|t|en|aan)\b",
    re.IGNORECASE,
)
# 'Goed, eigenlijk.', 'prima hoor.': an answer that it goes well
GOING_WELL = re.compile(
    r"\s*(?:ja,?\s*)?(?:het\s+gaat\s+)?(?:goed|prima|best\s+goed|gaat\s+wel)\b[^.!?]{0,20}[.!]",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!])\s+")
# 'al 3 nachten', 'al weken': a period, no one occasion
PERIOD = Cued(
    r"\b(?:al\s+)?\d+\s+(?:nachten|dagen|weken|maanden|jaar|jaren)\b"
    r"|\bal\s+(?:dagen|weken|maanden|jaren)\b",
    r"\d|al",
    re.IGNORECASE,
)
ALL_DAY = Cued(r"\bhele?\s+(?:de\s+)?(?:dag|avond|nacht|week|tijd|weekend)\b", ("hel",), re.I)
OBJECT_PRONOUN = re.compile(r"\b(?:door|aan|van|bij)\s+(haar|hem|hen|hun)\b", re.IGNORECASE)


ONE_OF = re.compile(r"^(de|die|deze) ene ")  # 'die ene papa' → 'die papa'


class Target:
    """The person or group a marker is about, in the forms the templates need: a person named
    in the marker, else the one the turn names, else a pronoun ('ze zijn begonnen': plural)."""

    def __init__(self, turn, marker, settings):
        text = turn.text
        self.found = False
        self.plural = False
        words = settings["default_target"]
        pattern = _target_pattern()
        clause = turn.clause_at(marker.start)
        subject = None  # 'mijn ex heeft de kinderen tegen mij opgezet': the ex, not the children
        if clause is not None and clause.start < marker.start:
            subject = next(
                (f for f in pattern.finditer(text[clause.start : marker.start]) if f.group(2)), None
            )
        window = marker.text
        if _words(marker.text)[-1:] and _words(marker.text)[-1] in _set("owners"):
            window = text[marker.start : marker.end + 20]  # 'komt alleen door zijn | mentor'
        found = subject or next((f for f in pattern.finditer(window) if f.group(2)), None)
        object_pronoun = OBJECT_PRONOUN.search(marker.text)
        if found is None and object_pronoun is not None:  # 'door haar', 'ligt aan hem'
            words = {"hem": "hij", "haar": "zij"}.get(object_pronoun.group(1).lower(), "zij_plural")
            self.plural = words == "zij_plural"
            self.found = True
        elif found is None:
            pronoun = _first_pronoun(pattern, marker.text)
            if pronoun is None and clause is not None:
                pronoun = _first_pronoun(pattern, text[clause.start : clause.end])
            before = text[: marker.start]  # an antecedent, not a person named after it
            noun = next((f for f in pattern.finditer(before) if f.group(2)), None)
            if pronoun is not None and noun is not None:
                plural = _plural_pronoun(pronoun)
                noun_plural = _swap_person(noun.group(0)).lower().split()[-1] in _plural_nouns()
                found = noun if plural == noun_plural else pronoun  # 'ze lachen' ≠ 'die man'
            else:
                found = pronoun or noun or pattern.search(text)
        if self.found:
            pass
        elif found is not None and found.group(3):
            pronoun = found.group(3).lower()
            self.plural = _plural_pronoun(found)
            words = "zij_plural" if self.plural else ("zij" if pronoun == "ze" else pronoun)
            self.found = True
        elif found is not None:
            words = ONE_OF.sub(r"\1 ", _swap_person(found.group(0).strip()).lower())
            self.plural = words.split()[-1] in _plural_nouns()
            self.found = True
        cases = settings["pronoun_cases"].get(words, {})
        self.subject = cases.get("subject", words)
        self.object = cases.get("object", words)
        self.intent_of = f"de bedoeling van {words}"
        if "possessive" in cases:
            self.intent_of = f"{cases['possessive']} bedoeling"


class LazyTarget:
    """The Target, found only when a template asks for a person (most do not)."""

    def __init__(self, turn, marker, settings):
        self._args = (turn, marker, settings)
        self._target = None

    def __getattr__(self, name):
        if self._target is None:
            self._target = Target(*self._args)
        return getattr(self._target, name)


def _first_pronoun(pattern, source):
    return next((f for f in pattern.finditer(source) if f.group(3)), None)


def _plural_pronoun(found):
    """'zij zijn begonnen', 'ze sluiten straks alle filialen': a plural 'zij'."""
    following = (found.group(4) or "").lower()
    if found.group(3).lower() not in ("zij", "ze"):
        return False
    if following in _set("not_verbs_en"):
        return False  # 'dat ze alleen aan zichzelf denkt': one woman
    if following in _set("pronoun_fillers"):  # 'dat ze me weer zouden uitlachen'
        for word in _words(found.string[found.end(3) : found.end(3) + 40])[:5]:
            if word in _set("pronoun_fillers"):
                continue
            return (  # 'als ze dat nie snappen': a plural verb in -en
                word in _plural_verbs()
                or word in ("zouden", "zullen", "konden", "wilden")
                or (len(word) > 4 and word.endswith("en") and word not in _set("not_verbs_en"))
            )
        return False
    return following in _plural_verbs() or (len(following) > 3 and following.endswith("en"))


@cache
def _plural_verbs():
    lists = word_lists()
    return frozenset(lists["finite_plurals"]) | {"hebben", "zijn", "waren", "hadden", "doen"}


@cache
def _plural_nouns():
    lists = word_lists()
    return frozenset(lists["role_nouns_plural"]) | {"buren", "ouders", "kotgenoten", "mensen"}


# A suggestion must read as a mentalizing coach move; a quote with 'moet', 'mag', ... can make
# the coach analyser read advice in it, so such a sentence is checked (rarely needed, cached).
COACH_GOOD = frozenset(
    {
        "not_knowing_question",
        "clarification",
        "alternative_perspective",
        "stop_and_rewind",
        "empathic_validation",
        "relationship_focus",
    }
)
COACH_BAD = frozenset(
    {"advice", "telling_feelings", "interpretation", "dismissing", "amplifying", "closed_question"}
)


@cache
def _reads_as_coach_move(sentence):
    from . import analyse  # the package is loaded by the time a suggestion is made

    codes = set(analyse(sentence, "coach").codes)
    return bool(codes & COACH_GOOD) and not codes & COACH_BAD


def _safe(sentence, words):
    """A quote with a word that coach rules react to ('moet', 'rot', 'mis', 'je') is checked:
    the coach analyser does not yet read the client's words inside ‘…’ as a quote ('ik schrok
    me rot' would read as amplifying)."""
    if not words or _set("risky_in_quote").isdisjoint(_words(words)):
        return True
    return _reads_as_coach_move(sentence)


def _pick(templates, seed, used):
    if not templates:
        return None
    start = zlib.crc32(seed.encode()) % len(templates)
    for offset in range(len(templates)):
        template = templates[(start + offset) % len(templates)]
        if template["id"] not in used:
            return template
    return None


class Turn:
    """A client turn with what the suggestions read from it."""

    def __init__(self, text, markers, clauses):
        self.text = text
        self.markers = markers
        self.clauses = tuple(clauses)
        self.cache = {}

    @cached_property
    def past(self):
        words = _words(self.text)
        past_words = _set("past_words")
        return (
            any(c.past for c in self.clauses)
            or (
                not past_words.isdisjoint(words)
                and any(
                    w in past_words and (i == 0 or words[i - 1] != "sinds")  # 'sinds vorige'
                    for i, w in enumerate(words)
                )
            )
            or bool(PERFECT.search(self.text))
        )

    @cached_property
    def word_set(self):
        """The turn's words as a set, built once (many checks ask whether one occurs)."""
        return frozenset(_words(self.text))

    @cached_property
    def lowered(self):
        return self.text.lower()

    def clause_at(self, position):
        return next((c for c in self.clauses if c.start <= position < c.end), None)

    def next_clause(self, clause):
        if clause is None:
            return None
        return next((c for c in self.clauses if c.start >= clause.end), None)

    def clause_text(self, clause):
        return self.text[clause.start : clause.end]


# --- quoting -----------------------------------------------------------------------------


def _clean_quote(words, settings, limit=None):
    """Verbatim words without stray quote marks, leading 'en/maar', or None when they are only
    function words ('ben', 'een', 'punt') or too long."""
    if words is None:
        return None
    if words and max(words) >= EMOJI_FROM:  # no character before the first emoji: no scan
        words = EMOJI.sub("", words)  # 'zaag he 😅': the words, not the emoji
    words = _without_leading(words.strip(QUOTE_MARKS)).strip(QUOTE_MARKS)
    words = _trim_quote(words)
    limit = limit or settings["max_quote_chars"]
    if not words or len(words) > limit:
        return None
    tokens = _words(words)
    if not tokens or all(t in _set("never_quote") for t in tokens):
        return None
    if words.isupper() and not (len(words) <= 4 or words.lower() in _acronyms()):
        return words.lower()  # shouted words, quoted calmly; not 'ADHD'
    return _lower_initial(words)


@cache
def _leading_phrases():
    return [
        re.compile(rf"{re.escape(phrase)}\b[,:]?\s+(?=\S)", re.IGNORECASE)
        for phrase in _settings()["words"]["quote_strip_leading_phrases"]
    ]


SENTENCE_BREAK = re.compile(r"(?<=[^\W\d_])[.!?]+\s+")


def _trim_quote(words):
    """One sentence ('hij denkt da kik ga stelen ofzo. da's zo' → its first), without a leading
    'haha', 'kzen' or 'eerder' and a trailing 'ofzo', 'he': the client's telling words."""
    words = SENTENCE_BREAK.split(words)[0].strip(QUOTE_MARKS)
    leading, trailing = _set("quote_strip_leading"), _set("quote_strip_trailing")
    for phrase in _leading_phrases():
        found = phrase.match(words)
        if found:  # 'Eerlijk gezegd schrok ik' → 'schrok ik'
            words = words[found.end() :]
    tokens = words.split()
    inside = _set("quote_drop_inside")  # 'een scheids moet gwn streng zijn': no chat filler
    if len(tokens) > 2:
        tokens = [tokens[0]] + [t for t in tokens[1:-1] if t.lower() not in inside] + tokens[-1:]
    while len(tokens) > 1 and tokens[0].lower().strip(QUOTE_MARKS) in leading:
        tokens = tokens[1:]
    while (
        len(tokens) > 1
        and tokens[-1].lower().strip(QUOTE_MARKS) in trailing
        and not (tokens[-1].lower().startswith("hoor") and tokens[-2].lower() in ("bij", "erbij"))
    ):  # 'alsof ik er nie meer bij hoor': the verb, no tag
        tokens = tokens[:-1]
    if len(tokens) > 2 and " ".join(tokens[-2:]).lower() in trailing:
        tokens = tokens[:-2]
    return _without_leading(" ".join(tokens)).strip(QUOTE_MARKS)


@cache
def _first_names():
    return frozenset(load_json("first_names.json")["names"])


def _lower_initial(words):
    """A capital that only opened the sentence is lowered ('Vervelend', 'Iedereen'); a name
    ('Noor', 'Dirk') keeps it."""
    first = words.split()[0] if words.split() else ""
    letters = WORD.match(first)
    if (
        letters is None
        or not first[:1].isupper()
        or not first[1:].islower()
        and len(first) > 1
        or letters.group(0).lower() in _first_names()
    ):
        return words
    return words[0].lower() + words[1:]


@cache
def _acronyms():
    return frozenset(w.lower() for w in word_lists()["acronyms"])


CONDITION_OPENING = re.compile(r"(?:als|wanneer|zodra|indien)\s+(\w+)", re.IGNORECASE)
CONDITION_THEN = re.compile(r"[\s,]dan\s", re.IGNORECASE)
OPENS_WITH_DAT = re.compile(r"\s*(?:dat|da)\b")
SENTENCE_MARK = re.compile(r"[.!?]")


def _rule_clause(turn, marker):
    """A rule as its own clause with its condition ('als je een boom plant, dan overleg je vooraf
    met de buren'), never the 'als' condition alone; 'als moeder moet je ...' is no condition."""
    clause = turn.clause_at(marker.start)
    if clause is None:
        return marker.text
    whole = _without_leading(turn.clause_text(clause)).strip(QUOTE_MARKS)
    condition = CONDITION_OPENING.match(whole)
    if (
        condition
        and condition.group(1).lower() in _set("condition_subjects")
        and not CONDITION_THEN.search(whole)
    ):
        following = turn.next_clause(clause)
        if following is not None:
            joined = turn.text[clause.start : following.end]
            return _without_leading(joined).strip(QUOTE_MARKS)
    following = turn.next_clause(clause)
    if (
        following is not None
        and OPENS_WITH_DAT.match(turn.clause_text(following))
        and not SENTENCE_MARK.search(turn.text[clause.end - 1 : following.start])
    ):
        joined = turn.text[clause.start : following.end]  # '... laat je nooit zien dat je twijfelt'
        return _without_leading(joined).strip(QUOTE_MARKS)
    return whole


OPENS_COMPLEMENT = re.compile(r"\s*(?:dat|da|om|of)\b", re.IGNORECASE)
COMMA_NEW_CLAUSE = re.compile(r",\s*(?:daar|da|dat|en|maar)\b")
BUT_BECAUSE_SO = re.compile(r"(?<!alleen)\s+(?:maar|want|dus)\s")


def _clause_with_complement(turn, marker):
    """The clause of a stated intent with the 'dat ...' or 'om ... te' clause that follows it:
    'hij vindt dat ik die functie niet verdien', 'die man haat mij gewoon'."""
    clause = turn.clause_at(marker.start)
    if clause is None:
        return marker.text
    start, end = clause.start, clause.end
    following = turn.next_clause(clause)
    while following is not None and OPENS_COMPLEMENT.match(turn.clause_text(following)):
        end = following.end
        following = turn.next_clause(following)
    sentence_end = min(
        [i for i in (turn.text.find(mark, start) for mark in ".!?") if i >= 0] or [len(turn.text)]
    )
    if sentence_end > end and "," not in turn.text[end:sentence_end]:
        end = sentence_end  # 'Ze willen alleen maar controle'
    words = turn.text[start:end]
    words = COMMA_NEW_CLAUSE.split(words)[0]
    return BUT_BECAUSE_SO.split(words)[0]  # '..., maar dat is echt niet zo'


NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _bw_words(turn, marker):
    """The generalisation itself: 'totaal geen verstand', 'geen enkel respect', 'iedereen'."""
    words = marker.text.strip(QUOTE_MARKS)
    tokens = words.split()
    quantifiers = _listed("always_never", "everyone_noone")
    if tokens and tokens[-1].lower() in quantifiers and len(tokens) > 1:
        if tokens[-2].lower() not in _set("bw_keep_before"):
            words = tokens[-1]
    while words.split() and words.split()[0].lower() in _set("bw_strip"):
        words = " ".join(words.split()[1:])
    if words.split() and words.split()[-1].lower() in _set("determiners"):
        following = NEXT_WORD.match(turn.text[marker.end :])
        if following:
            words = f"{words} {following.group(1)}"
    return words


COPULA_PREDICATE = re.compile(
    r"\b(?:ben|bent|is|zijn|was|waren)\s+(?:(?:gewoon|gwn|echt|egt|zo|nu\s+eenmaal)\s+)*(.+)$",
    re.IGNORECASE,
)


def _quote(turn, marker, settings, facts):
    code = marker.code
    if code == "easy_label":
        if _label_look_alike(turn, marker):
            return None
        labels = LABEL_WORDS()
        found = [w for w in WORD.findall(marker.text) if w.lower() in labels]
        last = WORD.findall(marker.text)[-1:]
        if not found and last and len(last[0]) > 5 and _near_label(last[0].lower()):
            found = last  # 'ze is gwn egoistisch': the label as typed, typo and all
        predicate = COPULA_PREDICATE.search(marker.text.strip(QUOTE_MARKS))
        if not found and predicate and len(predicate.group(1).split()) <= 4:
            found = [predicate.group(1)]  # 'ik ben gewoon niet goed genoeg': 'niet goed genoeg'
        words = found[-1] if found else (marker.text if " " not in marker.text.strip() else "")
        words = _with_noun(turn, marker, words)
    elif code == "rigid_rule":
        claim = _claim_before_tag(turn, marker, turn.clause_at(marker.start))
        if claim:  # 'Een dochter zorgt voor haar moeder, dat hoort zo.': the rule itself
            return claim
        words = _rule_clause(turn, marker)
        return _clean_quote(words, settings, settings["max_rule_chars"])
    elif code == "certainty":
        clause = turn.clause_at(marker.start)
        words = turn.clause_text(clause) if clause is not None else marker.text
        claim = _claim_before_tag(turn, marker, clause)
        if claim:  # 'Morgen lacht de hele klas me uit, dat weet ik zeker.': the claim itself
            return claim
        whole = _clean_quote(words, settings)
        return whole or _clean_quote(marker.text, settings)
    elif code == "assumed_intent":
        return _clean_quote(_clause_with_complement(turn, marker), settings)
    elif code == "black_and_white":
        clause = turn.clause_at(marker.start)
        if facts.get("kind") == "future" and clause is not None:
            return _clean_quote(turn.clause_text(clause), settings)
        words = _bw_words(turn, marker)
    else:
        words = marker.text
    return _clean_quote(words, settings)


def _claim_before_tag(turn, marker, clause):
    """For a certainty that is only a tag ('dat weet ik zeker', "da's toch duidelijk") after a
    claim in the same sentence, the claim ('morgen lacht de hele klas me uit'), or None."""
    if clause is None:
        return None
    said = _words(turn.clause_text(clause))
    tag = set(_words(marker.text)) | _set("fillers") | _set("tag_words") | NEGATION
    if not said or sum(w in tag for w in said) < len(said):
        return None  # 'da doet ge gwn nie' is a tag too
    before = [c for c in turn.clauses if c.end <= clause.start and _words(turn.clause_text(c))]
    if not before or SENTENCE_MARK.search(turn.text[before[-1].end - 1 : clause.start]):
        return None
    start = before[-1].start
    opening = _words(turn.clause_text(before[-1]))[:1]
    if (
        len(before) > 1
        and opening in (("dat",), ("da",), ("en",), ("of",), ("als",), ("wanneer",))
        and not SENTENCE_MARK.search(turn.text[before[-2].end - 1 : start])
    ):  # "da's toch normaal | dat ge voor uw vader zorgt, da doet ge gewoon": with its frame;
        start = before[-2].start  # 'dan wordt ie boos | en loopt ie weg': the whole claim
    claim = _clean_quote(turn.text[start : before[-1].end], _settings())
    if claim is None and start != before[-1].start:  # too long with its frame: the rule alone
        claim = _clean_quote(turn.clause_text(before[-1]), _settings())
    return claim if claim and len(_words(claim)) >= 3 else None


NEXT_WHOLE_WORD = re.compile(r"\s+([^\W\d_]+)\b")


def _with_noun(turn, marker, words):
    """An inflected adjective with the noun it goes with: 'een stel asociale | types' →
    'asociale types', not 'asociale' alone."""
    if not words or " " in words or not words.lower().endswith("e"):
        return words
    at = turn.lowered.find(words.lower(), marker.start)
    if at < 0:
        return words
    following = NEXT_WHOLE_WORD.match(turn.text[at + len(words) :])
    if following is None:
        return words
    noun = following.group(1)
    if noun.lower() in _set("never_quote") or noun.lower() in LABEL_WORDS() or noun.isupper():
        return words
    if noun.lower() in NOT_A_NOUN:
        return words  # 'da's egoïsme van hen': a noun in -e before a preposition, no adjective
    return turn.text[at : at + len(words) + following.end()].strip()


NOT_A_NOUN = frozenset({"van", "voor", "aan", "op", "met", "in", "bij", "tegen", "over", "naar"})
NOT_A_NOUN |= {"om", "uit", "door", "tot", "als", "dan", "en", "of", "maar", "want", "is", "zijn"}


@lru_cache(maxsize=1024)
def _near_label(word):
    """A label spelled otherwise than in the lexicon ('egoistisch' for 'egoïstisch')."""
    close = difflib.get_close_matches(word, LABEL_WORDS(), n=1, cutoff=0.88)
    return bool(close)


def _how_it_went(turn, marker):
    """'slecht. kzat om 11u te wenen': a one-word answer on how it went, no label of a person."""
    clause = turn.clause_at(marker.start)
    if clause is None or clause.subject or _words(turn.text[: clause.start]):
        return False
    words = _words(turn.clause_text(clause))
    return len(words) == 1 and words[0] in _set("how_it_went")


def _label_of_a_thing(turn, marker):
    """'mn cijfers zijn slecht': the copula's subject is a thing, not a person."""
    clause = turn.clause_at(marker.start)
    start = clause.start if clause is not None else max(0, marker.start - 30)
    before = _words(turn.text[start : marker.end])
    copulas = [i for i, w in enumerate(before) if w in _set("copulas")]
    if not copulas or copulas[0] == 0:
        return False
    subject = before[copulas[0] - 1]
    if subject in _set("thing_nouns"):
        return True
    article = before[copulas[0] - 2] if copulas[0] > 1 else ""
    return (  # 'de melkprijs is slecht': an article and a noun that is no person
        article in ("de", "het")
        and set(_words(marker.text)) & _set("thing_adjectives")
        and subject not in _people()
        and subject not in _plural_nouns()
        and subject not in _first_names()
    )


CLAUSE_MARK = re.compile(r"[.!?,;]")


def _verb_after_subject(turn, marker):
    """'dat ik alleen maar zaag', 'hij zeurt': the word is the verb of a pronoun subject."""
    words = _words(marker.text)
    if len(words) != 1:
        return False
    before = _words(CLAUSE_MARK.split(turn.text[: marker.start])[-1])
    while before and before[-1] in _set("verb_adverbs"):
        before = before[:-1]
    return bool(before) and before[-1] in _set("subject_pronouns")


ENDS_WITH_GEK = re.compile(r"\bgek\s*$", re.IGNORECASE)


CALLED_ME = re.compile(
    r"\b(?:noemde|noemt|vond|vindt|uitgemaakt|uitmaakte)\s+(?:me|mij)\b", re.IGNORECASE
)


# 'depressief. neje.', 'lui? nee hoor': the coach's word said back and rejected
REJECTED_NEXT = re.compile(r"\W*(?:nee|neen|neje|nah|helemaal\s+nie|echt\s+nie)\b", re.IGNORECASE)


def _echo_rejected(turn, marker):
    """The label is the turn's opening word alone, and the next sentence rejects it."""
    if _words(turn.text[: marker.start]) or len(_words(marker.text)) != 1:
        return False
    said = ONE_WORD_SENTENCE.match(turn.text, marker.start)
    return said is not None and bool(REJECTED_NEXT.match(turn.text, said.end()))


ONE_WORD_SENTENCE = re.compile(r"[^\W\d_]+\s*[.!?]+")


def _label_look_alike(turn, marker):
    """'een luie zondag', 'ik werd gek van al dat gepraat': no label of a person."""
    following = _words(turn.text[marker.end : marker.end + 20])
    if following and following[0] in _set("not_person_nouns"):
        return True
    if following and following[0] in _set("adverb_verbs"):
        return True  # 'die slecht horen', 'slecht slapen': how they do something, no label
    if _verb_after_subject(turn, marker):
        return True
    if set(_words(marker.text)) & _set("bodily_states"):
        return True  # 'ik werd misselijk': his body, no label
    if _previous_word(turn.text, marker.end - len(_words(marker.text)[-1])) in _set("possessives"):
        return True  # 'het is hun fout': a fault, no label of a person
    return bool(ENDS_WITH_GEK.search(marker.text)) and following[:1] == ("van",)


def _literal_state(turn, marker):
    """'zn handen. ze waren zo koud': a body's state, no label of a person."""
    words = _words(marker.text)
    return bool(words[-1:] and words[-1] in _set("literal_states")) and bool(
        turn.word_set & _set("body_nouns")
    )


REGRET_PHRASE = re.compile(
    r"\b(?:had\s+ik\s+(?:niet|nie)\s+moeten|stom\s+van\s+(?:me|mij))\b", re.I
)
WEL_BUT_NOT = re.compile(r"\bwel\s+[^\W\d_]+\s*,?\s*(?:maar|ma)\s+(?:niet|nie)\b")
NOEMDE = re.compile(r"\bnoemde\b", re.IGNORECASE)
BUT_WORD = re.compile(r"\b(?:maar|ma)\b", re.IGNORECASE)


def _label_taken_back(turn, marker):
    """He already nuances or drops the label: 'hufter... hij is wel streng maar nie slecht',
    'ik noemde haar toen slap, maar dat woord klopt niet'."""
    lowered = turn.lowered
    if any(phrase in lowered for phrase in _set("retractions")):
        return True
    sentence_start = max(turn.text.rfind(mark, 0, marker.start) for mark in ".!?") + 1
    said = set(_words(turn.text[sentence_start : marker.start])) & _set("own_say_verbs")
    if said and {"ik", "k", "kheb", "heb"} & set(_words(turn.text[sentence_start : marker.start])):
        after = turn.text[marker.end :]
        if set(_words(after)) & _set("regret_words") or REGRET_PHRASE.search(after):
            return True  # 'kheb echt geroepen dat hij een profiteur is. oei': regretted
    if WEL_BUT_NOT.search(lowered):
        return True
    before = SENTENCE_MARK.split(turn.text[: marker.start])[-1]
    return bool(NOEMDE.search(before + marker.text)) and bool(
        BUT_WORD.search(turn.text[marker.end :])
    )


I_THOUGHT_BEFORE = re.compile(r"\b(?:dacht\s+ik|ik\s+dacht|kdacht|eerst\s+dacht)\b", re.I)


def _revised_thought(turn, marker):
    """The intent is what he thought then and now doubts: 'Eerst dacht ik dat hij het expres
    deed, maar ...'."""
    sentence_start = max(turn.text.rfind(mark, 0, marker.start) for mark in ".!?") + 1
    before = turn.text[sentence_start : marker.start]
    if not I_THOUGHT_BEFORE.search(before):
        return False
    return bool(BUT_WORD.search(turn.text[marker.end :]))


OR_ANOTHER_READING = re.compile(r"(?:^|[.,;!?])\s*(?:of|ofwel)\s+(?!zo\b)\w", re.IGNORECASE)
HEDGE = re.compile(r"\b(?:mss|misschien|wss|wellicht|misschie)\b", re.IGNORECASE)


def _two_readings(turn):
    """He offers more than one tentative reading of another ('mss wil ze ..., of ze wil gwn
    helpen'; 'Misschien schrikken ze, of misschien lachen ze me uit'): no intent to question."""
    return bool(HEDGE.search(turn.text)) and bool(OR_ANOTHER_READING.search(turn.text))


def _tentative_or_benign(turn):
    lowered = turn.lowered
    return any(p in lowered for p in _set("tentative_phrases")) or any(
        p in lowered for p in _set("benign_intents")
    )


DEMANDED_BY_SOMEONE = re.compile(
    r"\bmoet\w*\s+van\s+(?:mn|mijn|m'n|de|het|ons|onze|zijn|haar|hun)\s+\w+"
)
OPENS_WITH_DEMONSTRATIVE = re.compile(r"\W*(?:dat|da|dit|het)\b")


def _own_norm(turn, marker):
    """A rule of his own: a norm word or a generic 'je' in it, and not one he reports from
    others ('dat mag nie van het bestuur')."""
    sentence = _sentence(turn, marker.start).lower()
    if DEMANDED_BY_SOMEONE.search(sentence):
        return False  # 'ik moet van mn vrouw naar een coach': her demand, no rule of his
    if OPENS_WITH_DEMONSTRATIVE.match(sentence):  # 'volgens protocol, ... dat kan nie'
        start = max(turn.text.rfind(mark, 0, marker.start) for mark in ".!?")
        if start > 0:
            sentence = _sentence(turn, start - 1).lower() + " " + sentence
    if any(source in sentence for source in _set("norm_sources")):
        return False
    clause = turn.clause_at(marker.start)
    words = set(_words(turn.clause_text(clause) if clause is not None else marker.text))
    return bool(words & _union("rule_norm_words", "norm_words"))


@cache
def LABEL_WORDS():  # noqa: N802 (a constant, built once)
    lists = word_lists()
    return frozenset(
        lists["label_adjectives"] + lists["label_nouns"] + lists["evaluative_negative"]
    )


# --- feelings ----------------------------------------------------------------------------


class Feeling:
    """A feeling the client names as his own. quote: the words to quote; about: the words that
    already say what it is about (then we ask what follows), or None."""

    def __init__(self, start, end, quote, kind, about=None, fear=False, past=False):
        self.start, self.end, self.quote, self.kind = start, end, quote, kind
        self.about, self.fear, self.past = about, fear, past


def _previous_word(text, position):
    before = _words(text[max(0, position - 30) : position])
    return before[-1] if before else ""


def _denied(turn, start, end, clause):
    """'ik ben nie boos', 'jaloers is het niet', 'woedend is overdreven', 'bang? nee', 'ik was
    boos op haar, maar dat is inmiddels wel over'."""
    if DENIED_AFTER.match(turn.text[end : end + 40]):
        return True
    if OVER.search(turn.text[end : end + 90]):
        return True
    word = turn.text[start:end].lower()
    if (
        " " not in word
        and word in turn.text[end:].lower()
        and re.search(
            rf"\b(?:nie|niet|geen)\s+(?:zo\s+|echt\s+|egt\s+)?{re.escape(word)}\b",
            turn.text[end:].lower(),
        )
    ):
        return True  # 'gekwetst. ik ben nie gekwetst, ik ben directeur': the coach's word, denied
    begin = clause.start if clause is not None else max(0, start - 25)
    before = _words(turn.text[begin:start])[-4:]
    return bool(NEGATION & set(before))


OPENS_WITH_AND_BUT = re.compile(r"\s*(?:en|maar)\b")
SUBORDINATOR = re.compile(r"\b(dat|da|als|of|omdat|wanneer|toen|die|terwijl|waar)\b")


def _someone_elses(turn, start, clause):
    """The feeling is another's: its clause is about someone else, or it stands in a 'dat ...'
    clause with another subject ('ik ben gewend dat mensen boos worden')."""
    if clause is None:
        return False
    if _previous_word(turn.text, start) in ("me", "mij"):
        return False  # 'die ouders maken me razend'
    if clause.subject == "other":
        return True
    if not clause.subject and OPENS_WITH_AND_BUT.match(turn.clause_text(clause)):
        earlier = [c for c in turn.clauses if c.end <= clause.start and _words(turn.clause_text(c))]
        if earlier and earlier[-1].subject == "other":
            return True  # '..., die koorts had en benauwd was'
    before = turn.text[clause.start : start]
    parts = SUBORDINATOR.split(before)
    if len(parts) > 1 and parts[-2].lower() == "die" and "ik" not in _words(parts[-1]):
        return True  # 'meneer Jansen, die koorts had en benauwd was'
    if len(parts) > 1 and parts[-2].lower() == "waar":
        tail = set(_words(parts[-1]))
        if tail - _set("fillers") and not tail & {"ik", "k", "me", "mij", "we", "wij"}:
            return True  # 'zo'n chef waar jongens bang voor zijn'
    parts = parts[::2]
    if len(parts) > 1:
        tail = set(_words(parts[-1]))
        if tail & _others() and not tail & {"ik", "me", "mij"}:
            return True
    return False


@cache
def _feeling_words():
    lists = word_lists()
    return (
        frozenset(lists["emotion_words"])
        | frozenset(lists["state_words"])
        | _set("fragment_feelings")
    )


@cache
def _feelings_with(*names, labels=False):
    """The feeling words with other word sets, built once (they were united on every call)."""
    return _feeling_words() | _union(*names) | (LABEL_WORDS() if labels else frozenset())


OPENS_DAT_OM = re.compile(r"\s*(?:dat|da|om)\b", re.IGNORECASE)


def _about(turn, end, clause, start):
    """What the client already says the feeling is about: 'bang dat mensen op me afknappen',
    'schaamte eigenlijk ook, alsof ik een slechte moeder ben'. Returns the words to quote."""
    if clause is None:
        return None
    rest = turn.text[end : clause.end]
    tokens = _words(rest)
    skip = _union("fillers", "about_skip")
    while tokens and tokens[0] in skip:
        tokens = tokens[1:]
    if all(t in _set("about_skip") or t in _feeling_words() for t in tokens):
        tokens = ()  # 'gecontroleerd en klein. | alsof ik 12 ben'
    stop = clause.end
    first = tokens[0] if tokens else ""
    if not (len(tokens) >= 3 and first in _set("about_words")):
        if tokens:
            return None
        following = turn.next_clause(clause)
        while following is not None and not _words(turn.clause_text(following)):
            following = turn.next_clause(following)
        if following is None:
            return None
        opening = _words(turn.clause_text(following))
        if not opening or opening[0] not in _set("about_clause_words") or len(opening) < 3:
            return None
        if opening[0] in ("dat", "da") and SENTENCE_MARK.search(turn.text[end : following.start]):
            return None  # 'ja, verraden. dat is het woord'

        first, stop = opening[0], following.end
    following = next((c for c in turn.clauses if c.start >= stop), None)
    while (
        following is not None
        and (
            OPENS_DAT_OM.match(turn.clause_text(following))
            or set(_words(turn.text[clause.start : stop])[-1:])
            & (_set("never_quote") - _set("copulas"))  # 'dat ik hem kwijt ben' is whole
            # '... ervoor hoe ik | toen reageerde': a clause cut after a function word
        )
        and not SENTENCE_MARK.search(turn.text[stop - 1 : following.start])
    ):
        stop = following.end  # 'bang dat jij nu ook denkt | dat ik het niet kan'
        following = turn.next_clause(following)
    words = turn.text[clause.start : stop]
    quote = _clean_quote(words, _settings())
    if quote is None:
        quote = _clean_quote(turn.text[start:stop], _settings())
    if quote is None and stop != clause.end:
        following = next((c for c in turn.clauses if c.end == stop), None)
        if (
            following is not None
            and _words(turn.clause_text(following))[:1]
            and (_words(turn.clause_text(following))[0] in _set("about_clause_words"))
        ):  # 'alsof ik het probleem ben en nie zij'
            quote = _clean_quote(turn.clause_text(following), _settings())
    if quote and _words(quote)[:1] and _words(quote)[0] in _set("subordinators_quote"):
        return None  # 'omdat ik boos ben op iemand die ziek is': no quote to open with 'omdat'
    return About(_from_feeling(quote), first) if quote else None


FEELING_LEAD_ADVERBS = frozenset(
    {"toen", "eigenlijk", "vooral", "ook", "nog", "altijd", "eerder", "dan", "nu", "wel", "zo"}
    | {"een", "beetje", "ietsje", "wat"}
    | {"echt", "egt", "heel", "erg", "best", "nogal", "soms", "inmiddels", "steeds", "vaak"}
)


def _from_feeling(quote):
    """'toen eigenlijk vooral bang dat ik bobby weg moet doen', 'ook nog altijd boos over mijn
    tomaten', 'ik ben eerder bang dat ...': from the feeling word on, without the adverbs that
    opened the fragment (but 'ik ben bang dat ...' stays as he said it)."""
    tokens = quote.split()
    lowered = [t.lower().strip(QUOTE_MARKS) for t in tokens]
    if lowered[:1] in (["voel"], ["voelde"]) and lowered[1:2] in (["me"], ["mij"]):
        return " ".join(tokens[2:]) if len(tokens) > 2 else quote  # '(ik lig ... en) voel me'
    index = 2 if lowered[:1] in (["ik"], ["k"]) and lowered[1:2] in (["ben"], ["was"]) else 0
    lead = 0
    while lead < len(tokens) - 3 and lowered[lead] in FEELING_LEAD_ADVERBS:
        lead += 1
    if lead and lowered[lead : lead + 2] in (["ben", "ik"], ["was", "ik"]):
        index = lead + 2  # 'nu ben ik wel nog boos op de directie'
    skipped = index
    while index < len(tokens) - 1 and lowered[index] in FEELING_LEAD_ADVERBS:
        index += 1
    if index == skipped or lowered[index] not in _feelings_with("fears"):
        return quote
    return " ".join(tokens[index:])


class About:
    """What a feeling is about, as the client said it: the words and the word that opens them
    ('dat' for a fear of what may happen)."""

    def __init__(self, quote, opener):
        self.quote, self.opener = quote, opener


def _own_feeling(turn):
    """The last feeling the client names as his own, or None (once per turn)."""
    if "own_feeling" not in turn.cache:
        feelings = _own_feelings(turn)
        first = next(feelings, None)
        if first is not None and first.quote.lower() in _set("swear_feelings"):
            # 'kut. alsof ik er nie meer bij hoor': the feeling he puts in words, not the curse
            first = next(
                (f for f in feelings if f.quote.lower() not in _set("swear_feelings")), first
            )
        turn.cache["own_feeling"] = first
    return turn.cache["own_feeling"]


OPENS_WITH_ALSOF = re.compile(r"\s*alsof\b", re.I)


def _own_feelings(turn):
    """The feelings the client names as his own, the last first."""
    text, settings = turn.text, _settings()
    candidates = []
    for m in turn.markers:
        if m.rule in ("mind.emotion_word", "mind.fragment"):  # 'zwaar. heel zwaar.'
            candidates.append((m.start, m.end, "word"))
        elif m.rule == "mind.verb" and m.text.lower() in _feeling_words():
            candidates.append((m.start, m.end, "word"))  # 'gekwetst ja.'
        elif m.rule == "mind.verb" and m.text.lower() in _set("emotion_verbs"):
            around = _words(text[max(0, m.start - 12) : m.end + 8])
            if {"ik", "k", "me", "mij"} & set(around):  # 'ik erger me', not 'het wordt erger'
                candidates.append((m.start, m.end, "verb"))
        elif m.rule == "mind.phrase" and set(_words(m.text)) & _set("fears"):
            candidates.append((m.start, m.end, "verb"))  # 'ik maak me zorgen om ...'
    lowered = text.lower()
    felt = "voel" in lowered
    for found in FELT.finditer(text) if felt else ():
        candidates.append((found.start(1), found.end(1), "phrase"))
    for found in IT_FELT.finditer(text) if felt else ():  # 'en dat voelt egt vernederend'
        if found.group(1).lower() in _union("felt_adjectives", extra=_feeling_words()):
            candidates.append((found.start(1), found.end(1), "phrase"))
    states = "word" in lowered or "werd" in lowered or "raak" in lowered
    for found in SELF_STATE.finditer(text) if states else ():  # 'ik word daar zo moe van'
        word = found.group(1).lower()
        if word in _feeling_words() and not any(
            m.start <= found.start(1) < m.end for m in turn.markers if m.code == "mental_state"
        ):
            candidates.append((found.start(1), found.end(1), "word"))
    verbs = any(verb in lowered for verb in ("mis", "schaam", "erger", "baal", "walg"))
    for found in SELF_EMOTION_VERB.finditer(text) if verbs else ():
        if _missed_out(text, found):
            continue  # 'dus ik mis de helft': a loss of a thing, no longing
        if not any(m.start == found.start(1) for m in turn.markers):
            candidates.append((found.start(1), found.end(1), "verb"))
    for clause in turn.clauses:  # an answer in one word: 'zwaar.', 'spannend.'
        if clause.subject or clause.end - clause.start > 30:
            continue
        said = turn.clause_text(clause)
        if said.isascii():  # its words at hand: only one or two, opening with a fragment
            tokens = _words(said)
            if not 0 < len(tokens) <= 2 or tokens[0] not in _set("fragment_feelings"):
                continue
        words = list(WORD.finditer(said))
        if len(words) <= 2 and words:
            first = words[0]
            second = words[1].group(0).lower() if len(words) == 2 else None
            if second is not None and second not in _union("fillers", extra=ANSWER_TAGS):
                continue  # 'op woensdag', 'naar huis': no feeling, a word with its noun
            if first.group(0).lower() in _set("fragment_feelings") and not any(
                m.start == clause.start + first.start() for m in turn.markers
            ):
                start = clause.start + first.start()
                candidates.append((start, start + len(first.group(0)), "word"))
    for found in FELT_AS_IF.finditer(text) if felt else ():
        candidates.append((found.start(), found.end(), "as_if"))
    fallback = []
    for clause in turn.clauses if "alsof" in lowered else ():  # 'Een beetje alsof ik zeur.'
        if clause.subject == "self" and OPENS_WITH_ALSOF.match(turn.clause_text(clause)):
            start = max(turn.text.rfind(mark, 0, clause.start) for mark in ".!?") + 1
            start += len(turn.text[start:]) - len(turn.text[start:].lstrip())
            prefix = set(_words(turn.text[start : clause.start]))
            if prefix <= _set("fillers") | {"een", "ja", "nee", "meer", "het", "is", "was"}:
                # 'Een beetje alsof ik zeur', 'het is alsof ...'; not 'ik doe alsof ...'
                fallback.append((start, clause.end, "as_if"))
    for start, end, kind in sorted(candidates, reverse=True) + fallback:  # the last one first
        feeling = _feeling_at(turn, start, end, kind, turn.clause_at(start), settings)
        if feeling is not None:
            yield feeling


ANSWER_TAGS = ("ja", "inderdaad", "idd", "jaja", "jep")  # 'bedrogen ja.': his word, confirmed


def _missed_out(text, found):
    """'ik mis de helft', 'ik miste de bus': missing a thing, not missing someone ('ik mis
    hem', 'ik mis dat egt', 'ik mis mijn vader', 'ik mis de kinderen')."""
    if found.group(1).lower() not in ("mis", "miste"):
        return False
    following = [
        w for w in _words(text[found.end(1) : found.end(1) + 40]) if w not in MISSED_FILLERS
    ][:2]  # 'ik mis weer mn trein': the train
    if following[:1] and following[0] in ("mn", "mijn", "m'n") and following[1:]:
        return following[1] in _set("missed_things")
    if not following or following[0] not in ("de", "het", "een", "nen", "ne"):
        return False
    noun = following[1] if len(following) > 1 else ""
    return noun not in _people() and noun not in _plural_nouns() and noun not in _set("missed")


MISSED_FILLERS = frozenset({"weer", "nog", "ook", "al", "dan", "altijd", "steeds", "zo"})


FELT_PAST_WORD = re.compile(r"\bvoelde\b", re.IGNORECASE)
WORSE_THAN_BEFORE = re.compile(r"\b(?:erger|meer|heftiger|anders)\s+dan\s*$", re.I)
DOES_BEFORE = re.compile(r"\bdoe[tn]?\s+(?:\w+\s+){0,3}$|\bdeed\s+(?:\w+\s+){0,3}$", re.I)
FOR_SOMEONE_AFTER = re.compile(r"(?:\s+\w+){0,5}?\s+voor\b", re.IGNORECASE)
ARTICLE_NOUN_BEFORE = re.compile(r"\b(?:een|de|het)\s+[^\W\d_]+\s*$", re.IGNORECASE)
PUNCTUATION_NEXT = re.compile(r"\s*[.!?,;:]")
WOULD = re.compile(r"\b(?:zou|zouden|zoudt)\b")
FELT_OR_I_AM = re.compile(
    r"\bvoel(?:de|t)?\b|\b(?:ik|k)\s+(?:ben|was|word|werd)\b(?:\s+\w+){0,2}\s*$"
)
FEEL_NOW_WORD = re.compile(r"\bk?voelt?\b", re.I)


def _feeling_at(turn, start, end, kind, clause, settings):
    text = turn.text
    word = text[start:end].lower()
    if kind == "as_if":
        quote = _clean_quote(text[start:end], settings)
        if not quote:
            return None
        past = bool(FELT_PAST_WORD.search(text[start:end]))
        return Feeling(start, end, quote, kind, about=About(quote, "alsof"), past=past)
    if kind == "phrase":
        return _felt_phrase(turn, start, end, clause, settings)
    if word in _set("not_feelings"):
        return None
    if WORSE_THAN_BEFORE.search(text[max(0, start - 20) : start]):
        return None  # 'Het is erger dan teleurstelling.': the word he goes beyond
    following = _words(text[end : end + 20])[:1]
    if following and following[0] in _set("making_verbs"):
        return None  # 'dat zo'n hooligan dat kapot maakt': something broken, no feeling
    if word == "pijn" and not DOES_BEFORE.search(text[max(0, start - 30) : start]):
        return None  # 'pijn in mn handen', 'pijn hoort bij ouder worden': the body; 'het doet pijn'
    if word == "zorg" and _previous_word(text, start) in ("de", "in", "thuis"):
        return None  # 'zo gaat het nou eenmaal in de zorg': the care sector
    if (
        word in ("zorg", "zorgt", "zorgen")
        and _previous_word(text, start) in _set("subject_pronouns")
        and FOR_SOMEONE_AFTER.match(text[end:])
    ):
        return None  # 'ik zorg voor haar': care, no worry
    if word in ("gemist", "mis", "miste") and ARTICLE_NOUN_BEFORE.search(
        text[max(0, start - 40) : start]
    ):
        return None  # 'heb ik een blindedarmontsteking gemist': a thing missed
    if (
        _previous_word(text, start) in _set("articles")
        and following
        and following[0] not in _feeling_words()
        and not PUNCTUATION_NEXT.match(text[end:])
    ):
        return None  # 'in een leeg huis', 'een boos gezicht': it describes a thing
    before = SENTENCE_MARK.split(text[:start])[-1].lower()
    if WOULD.search(before):
        return None  # 'ik zou ook bang zijn met 3 kinderen': a thought about another's place
    if word in _set("felt_only") and not FELT_OR_I_AM.search(before):
        return None  # 'doe maar rustig', 'ik hou me rustig', 'raar. kwist nie dat ...'
    if text[end : end + 3].lstrip().startswith("?"):  # 'kwaad?? ik ben RAZEND'
        return None
    if word in _set("intensifier_feelings") and _previous_word(text, start) in _set("reflexives"):
        return None  # 'ik erger me kapot'
    if _denied(turn, start, end, clause) or _someone_elses(turn, start, clause):
        return None
    if _guessed(turn, end):
        return None  # 'doodsbang wss. dat ze iets krijgt': a guess at another's feeling
    fragment = (
        clause is not None and not clause.subject and len(_words(turn.clause_text(clause))) <= 2
    )
    if word in _set("needs_self") and not fragment and (clause is None or clause.subject != "self"):
        return None  # 'het kantoor was leeg', 'docent praat rustig'
    if clause is not None and (clause.quoted or clause.reported):
        return None
    if clause is not None and clause.subject == "you" and _in_norm_sentence(turn, start):
        return None  # 'dat doe je nie als vrijwilliger, je bent blij dat je mag helpen'
    if clause is not None and clause.subject == "you" and _hidden_by_norm(turn, clause):
        return None  # 'ge toont nie da ge u schuldig voelt': a rule about showing it
    about = _about(turn, end, clause, start)
    if kind == "verb":
        words = _clean_quote(turn.clause_text(clause), settings) if clause else None
        if words is None or _words(words)[:1] in (("me",), ("mij",)):
            return None  # 'me zorgen maakte over ...': no sentence on its own
        fear = bool(set(_words(text[start:end])) & _set("fears"))
        past = word in _set("past_emotion_verbs") or (  # 'ik schaamde me'
            bool(clause.past) and word not in _set("present_emotion_verbs")
        )  # 'ik mis hoe het vroeger was': missing is now
        return Feeling(start, end, words, kind, about=about, fear=fear, past=past)
    if _previous_word(text, start) in _set("feeling_degree"):
        start = text.lower().rfind(_previous_word(text, start), 0, start)  # 'minder boos'
    quote = text[start:end]
    quote = quote.lower() if quote.isupper() else quote
    past = clause is not None and (
        clause.past
        or not _set("past_words").isdisjoint(_words(turn.clause_text(clause)))
        or _perfect_beside(turn.clause_text(clause), word)
    )
    if past and clause is not None and FEEL_NOW_WORD.search(turn.clause_text(clause)):
        words = _words(turn.clause_text(clause))  # 'ik voel me daar buitengesloten': now
        past = not _set("past_words").isdisjoint(words) or bool(
            PERFECT.search(turn.clause_text(clause))
        )
    if past and clause is not None and not clause.past:
        words = _words(turn.clause_text(clause))
        if _set("habitual_words") & set(words) and _set("past_words").isdisjoint(words):
            past = False  # 'ik ben er elke dienst gespannen van': a recurring state, no 'toen'
    return Feeling(start, end, quote, kind, about=about, fear=word in _set("fears"), past=past)


def _hidden_by_norm(turn, clause):
    """The feeling's clause is the 'dat' of a negated generic 'je' clause: 'je laat niet zien
    dat je twijfelt', 'ge toont nie da ge u schuldig voelt'."""
    if _words(turn.clause_text(clause))[:1] not in (("dat",), ("da",)):
        return False
    before = [c for c in turn.clauses if c.end <= clause.start and _words(turn.clause_text(c))]
    return bool(before) and before[-1].subject == "you" and bool(before[-1].negated)


def _in_norm_sentence(turn, position):
    """The sentence states a rule ('dat doe je nie', 'als assistente moet je ...'): a generic
    'je' in it is everyone, not the client's own feeling."""
    sentence_start = max(turn.text.rfind(mark, 0, position) for mark in ".!?") + 1
    sentence_end = sentence_start + len(_sentence(turn, position))
    return any(
        m.code == "rigid_rule" and sentence_start <= m.start < sentence_end for m in turn.markers
    )


def _perfect_beside(text, word):
    """A perfect tense in the clause other than the feeling word itself: 'ik ben er gespannen
    van' and 'ik ben ongerust' are no perfect ('gespannen', 'ongerust' only look like one)."""
    return any(not found.group(0).lower().endswith(word) for found in PERFECT.finditer(text))


JOINING = frozenset(
    {"maar", "en", "of", "want", "dus", "toch", "als", "wanneer", "omdat", "terwijl", "alsof"}
    | {"nu", "toen", "daarna", "dan", "dat", "da", "da's", "das", "dit", "het", "t", "eerlijk"}
)


AS_IF_IN_SENTENCE = re.compile(r"[^.!?]*\balsof\b", re.IGNORECASE)
REASON_NEXT_SENTENCE = re.compile(
    r"[^.!?]*[.!?]\s*(?:omdat|want|dak|(?:dat|da)\s+(?:ik|k|hij|ze|zij|we|wij|mijn|mn|m'n|die))\b",
    re.IGNORECASE,
)
ABOUT_THAT_CLAUSE = re.compile(r"[^.!?]{0,25}?\b(?:van|om|over)\s+(?:dat|da)\s+\w+\s+\w+", re.I)
OPENS_WITH_I_THOUGHT = re.compile(r"\W*(?:ik\s+dacht|kdacht|dacht\s+ik)\b", re.I)
SENTENCE_OR_COLON_MARK = re.compile(r"[.!?;:]")


def _reason_given(turn, feeling):
    """He already says why he feels it: a reason in its sentence ('daarom word ik er kwaad
    om, omdat ...'), or a one-word answer followed by what happened ('machteloos. ik wilde
    helpen en dat mocht nie'). Returns None, 'now' or 'past'."""
    sentence = set(_words(_sentence(turn, feeling.start)))
    if sentence & _set("reason_words"):
        return "now"
    clause = turn.clause_at(feeling.start)
    if clause is None:
        return None
    rest = turn.text[feeling.end :]
    if AS_IF_IN_SENTENCE.match(rest) or REASON_NEXT_SENTENCE.match(rest):
        return "now"  # '... ambetant als ik die takken zie, alsof ...', 'jaloers. dak nie kan …'
    if ABOUT_THAT_CLAUSE.match(rest):
        return "now"  # 'ik word er zo kwaad van dat niemand er iets van zegt'
    nxt = turn.next_clause(clause)
    if clause.subject == "self" and nxt is not None and nxt.subject != "self":
        told = [w for w in _words(turn.clause_text(nxt)) if w not in _set("fillers")]
        between = turn.text[feeling.end : nxt.start + 2]
        if (
            "," in between
            and not SENTENCE_MARK.search(between)
            and len(told) >= 3
            and (nxt.past or nxt.subject == "other")
            and told[0] not in _set("wh_words") | JOINING
            and not set(told) & {"zou", "zouden", "zoudt"}
        ):  # 'ik schaamde me ook, de hele rij zag het': the why, told beside it; not 'da's
            # iets anders', 'nu is het ...', 'iedereen zou boos zijn'
            return "past" if nxt.past or feeling.past else "now"
    earlier = [c for c in turn.clauses if c.end <= clause.start]
    if earlier and not SENTENCE_MARK.search(rest) and _act_towards_him(turn, earlier):
        return "now"  # 'de trainer zet mij al drie matchen op de bank. … ik ben gefrustreerd'
    said = [
        w
        for w in _words(turn.clause_text(clause))
        if w not in _union("fillers", "quote_strip_leading", extra=("en", "da", "dat", "het"))
    ]  # 'kzen da zo beu.' is one word too
    if clause.subject == "self" and len(said) <= 4:
        # 'ik ben zo gefrustreerd. die man van kamer 12 heeft mij vandaag weer uitgescholden'
        following = [c for c in turn.clauses if c.start >= clause.end]
        if following and SENTENCE_MARK.search(turn.text[feeling.end : following[0].start + 1]):
            if _moment_told(turn, besides=feeling.start):
                return "now"
            if _act_towards_him(turn, following):
                return "now"  # 'kzen da zo beu. ... ze denken dat ik er niks van kan'
            if OPENS_WITH_I_THOUGHT.match(turn.clause_text(following[0])):
                return "past"  # 'Ik schrok me kapot. Ik dacht dat er iemand binnenkwam …'
    if clause.subject or len(said) > 2:
        return None
    after = [c for c in turn.clauses if c.start >= clause.end and _words(turn.clause_text(c))]
    if after and _words(turn.clause_text(after[0]))[:1] in (("als",), ("wanneer",)):
        return "now"  # 'eng egt. als er iets misgaat ben ik verantwoordelijk'
    if any(_words(turn.clause_text(c))[:1] == ("alsof",) for c in after[:3]):
        return "now"  # 'genegeerd, en ook dom. Alsof mijn werk niks voorstelt.'
    if sum(len(_words(turn.clause_text(c))) for c in after) < 4:
        return None
    if not SENTENCE_OR_COLON_MARK.search(turn.text[feeling.end : after[0].start + 1]):
        return None  # 'zwaar voor hem': one sentence, not an answer and its story
    if any(c.past for c in after):
        return "past"
    if _act_towards_him(turn, after):
        return "now"  # 'gekwetst ja. ... hij behandelt mij als vuil'
    told = " ".join(turn.clause_text(c) for c in after)
    rhetorical = _words(turn.clause_text(after[0]))[:1] and (
        _words(turn.clause_text(after[0]))[0] in _set("wh_words")
    )  # 'boos natuurlijk. wie zou dat niet zijn': no reason, a question back
    if set(_words(told)) & _set("reason_words") or (
        any(c.negated for c in after) and not rhetorical
    ):
        return "now"  # 'boos. dat doe je gwn nie, slapen in je dienst'
    return None  # 'spannend. maar kan wel. kzal het morgen eens proberen': no why


def _act_towards_him(turn, clauses):
    """One of the clauses tells what another does to him or thinks of him ('hij behandelt mij
    als vuil', 'ze denken | dat ik er niks van kan')."""
    him = {"mij", "me", "ik", "k"}  # an act on him, not on 'mijn vrouw'
    for index, clause in enumerate(clauses):
        if clause.subject != "other":
            continue
        words = set(_words(turn.clause_text(clause)))
        following = clauses[index + 1] if index + 1 < len(clauses) else None
        if following is not None and _words(turn.clause_text(following))[:1] in (("dat",), ("da",)):
            words |= set(_words(turn.clause_text(following)))
        if words & him:
            return True
    return False


FELT_PAST = re.compile(r"voelde", re.IGNORECASE)
K_VOEL_STEM = re.compile(r"\bk?voel", re.IGNORECASE)
STRONG_PARTICIPLE = re.compile(r"^ge\w{3,}en$")
VOEL_STEM = re.compile(r"\bvoel", re.IGNORECASE)


def _felt_phrase(turn, start, end, clause, settings):
    """'ik voel me gwn weggezet' → 'weggezet'; '... echt belachelijk gemaakt voor iedereen' →
    'belachelijk gemaakt' (said what about); '... ook een beetje de moeder van het huis' → a
    noun phrase, asked about as a metaphor."""
    text = turn.text
    tokens = list(WORD.finditer(text[start:end]))
    index = 0
    fillers = _set("fillers")
    while index < len(tokens):
        here = tokens[index].group(0).lower()
        pair = " ".join(t.group(0).lower() for t in tokens[index : index + 2])
        if pair in _set("filler_pairs"):
            index += 2
        elif here in fillers:
            index += 1
        elif (
            here in ("weer", "opnieuw", "vaak", "soms", "steeds", "altijd", "meestal")
            and index + 1 < len(tokens)
            and tokens[index + 1].group(0).lower() in _set("articles")
        ):
            index += 1  # 'ik voelde me weer zo'n student ...': the comparison, without 'weer'
        else:
            break
    kept = []
    about = False
    cut = False
    rest = tokens[index:]
    relative = _relative_clause(text, start, rest)
    if relative is not None:  # 'zo'n klein kuisvrouwke da er nie mag zijn': one image
        return Feeling(
            start + rest[0].start(),
            relative,
            text[start + rest[0].start() : relative],
            "np",
            past=bool(FELT_PAST.search(text[max(0, start - 20) : start])),
        )
    for position, token in enumerate(rest):
        if token.group(0).lower() in _set("phrase_stops"):
            after = [t.group(0).lower() for t in rest[position + 1 : position + 3]]
            if (
                token.group(0).lower() == "en"
                and kept
                and after[:1]
                and after[0] in _set("possessives") | {"de", "het", "een"}
            ):
                kept.append(token)  # 'mn opa en mn vader tegelijk': one thing he feels
                continue
            if (
                token.group(0).lower() == "als"
                and kept
                and PARTICIPLE.match(kept[-1].group(0).lower())
                and len(after) == 2
                and after[0] in {"een", "nen", "ne", "'n", "de", "het"}
            ):  # 'behandeld als een schooljongen': the comparison is the feeling
                kept.extend(rest[position : position + 3])
                break
            if position == len(rest) - 1 and any(
                t.group(0).lower() in ("daar", "er", "hier") for t in kept
            ):  # 'achteraf voel ik mij daar slecht over': 'over' goes with 'daar'
                kept.append(token)
                break
            about = token.group(0).lower() in _set("about_words")
            break
        kept.append(token)
        if len(kept) == (7 if any(t.group(0).lower() == "en" for t in kept) else 5):
            cut = True
            break
    if not kept:
        return None
    phrase_start, phrase_end = start + kept[0].start(), start + kept[-1].end()
    phrase = text[phrase_start:phrase_end]
    if all(t in _set("never_quote") for t in _words(phrase)):
        return None
    kind = "np" if _words(phrase)[0] in {"een", "de", "het", "nen", "ne", "'n"} else "phrase"
    if _words(phrase)[0] in _set("possessives"):
        kind = "np"  # 'ik voel me mn opa en mn vader tegelijk'
    past = bool(FELT_PAST.search(text[max(0, start - 20) : start]))
    opening = _words(phrase)[0]
    if cut and clause is not None:  # '... toch weer de loser die zit te wachten': all of it
        whole = _clean_quote(turn.clause_text(clause), settings)
        if whole and K_VOEL_STEM.search(whole):
            return Feeling(phrase_start, phrase_end, whole, "clause", past=past)
    if opening in NEGATION and _denial_opening(turn, start):
        return None  # 'nee ik voel me niet buitengesloten': he corrects the coach's word
    last = _words(phrase)[-1]
    social = bool(
        set(_words(phrase)) & _set("social_feelings")
        or PARTICIPLE.match(last)
        or STRONG_PARTICIPLE.match(last)  # 'niet serieus genomen'
    )
    if (opening in ("er", "daar", "hier") or opening in NEGATION and not social) and clause:
        # 'ik voel me er niet meer veilig eigenlijk', 'ik voelde me daar nuttig': the whole
        # clause, not a fragment that starts with 'er' or 'niet' ('niet gezien' stays)
        whole = _clean_quote(text[clause.start : phrase_end], settings)
        if whole is None or not VOEL_STEM.search(whole):
            return None
        return Feeling(phrase_start, phrase_end, whole, "phrase" if social else "clause", past=past)
    quote_about = None
    if about and clause is not None:
        words = _clean_quote(turn.clause_text(clause), settings)
        quote_about = About(_from_feeling(words), "voor") if words else None
    elif kind != "np" and clause is not None and start + kept[-1].end() >= clause.end - 1:
        quote_about = _about(turn, start + kept[-1].end(), clause, start)  # '... | alsof ik ...'
    return Feeling(phrase_start, phrase_end, phrase, kind, about=quote_about, past=past)


OPENS_WITH_DENIAL = re.compile(r"\W*(?:nee|neen|nah|helemaal\s+niet|helemaal\s+nie)\b", re.I)


RELATIVES = frozenset({"die", "dat", "da", "waar", "wie"})


def _relative_clause(text, start, rest):
    """The end of a felt noun phrase with its relative clause ('zo'n klein kuisvrouwke da er nie
    mag zijn', 'zo'n student die bij de prof op het matje moet'), or None."""
    if len(rest) < 3 or rest[0].group(0).lower() not in _set("articles"):
        return None
    for position, token in enumerate(rest[1:4], start=1):
        if token.group(0).lower() in RELATIVES and position >= 2:
            break
    else:
        return None
    end = start + rest[-1].end()
    stop = re.search(r"[.!?;,]", text[start + token.end() : end])
    if stop is not None:
        end = start + token.end() + stop.start()
    if end - (start + rest[0].start()) > _settings()["max_quote_chars"]:
        return None
    if len(_words(text[start + token.end() : end])) < 2:
        return None
    return end


def _denial_opening(turn, position):
    """The sentence opens with a 'nee' ('nee ik voel me niet buitengesloten', 'nee hoor')."""
    sentence = _sentence(turn, position)
    return bool(OPENS_WITH_DENIAL.match(sentence))


def _here_and_now(turn):
    if "here_and_now" not in turn.cache:
        turn.cache["here_and_now"] = _remark_about_the_coach(turn)
    return turn.cache["here_and_now"]


ENDS_WITH_THANKS = re.compile(r"\b(?:dank|merci|bedankt)\s*$", re.IGNORECASE)


def _remark_about_the_coach(turn):
    """A remark about the coach ('net of ge mijn moeder zijt', 'bang dat u mij ... vindt'):
    'denkt' when the remark is a thought, else 'voelt'; None for none (or a question to him)."""
    if "?" in turn.text:
        return None
    if "denk" in turn.lowered and COACH_MAY_THINK.search(turn.text):
        return "worry"
    lowered = turn.lowered
    if turn.text.isascii() and "'" not in turn.text and ADDRESSEE_WORDS.isdisjoint(turn.word_set):
        return None  # no addressee form can be there ('u's' would be one word: scanned)
    for found in ADDRESSEE.finditer(turn.text):
        if _in_idiom(lowered, found.start()):
            continue  # 'meer dan ge denkt': an idiom, no remark about the coach
        if ENDS_WITH_THANKS.search(turn.text[: found.start()]):
            continue  # 'dank u'
        clause = turn.clause_at(found.start())
        if clause is not None and (clause.quoted or clause.reported):
            continue
        opening = _words(turn.clause_text(clause))[:1] if clause is not None else ()
        if clause is not None and (clause.question or set(opening) & _set("wh_words")):
            continue  # 'hoe weet gij da nu weer': a question to answer
        if (
            clause is not None
            and clause.negated
            and found.group(0).lower() in ("u", "jou", "uw")
            and set(_words(turn.clause_text(clause))) & _feeling_words()
        ):
            continue  # 'ik ben nie kwaad op u': a feeling denied, not 'nie door jou'
        if ":" in SENTENCE_MARK.split(turn.text[: found.start()])[-1]:
            continue  # inner or reported speech: 'ik dacht: ge doet da expres'
        if clause is not None and _not_to_the_coach(turn, clause, found):
            continue
        if (
            clause is not None
            and clause.negated
            and _words(turn.text[clause.start : found.start()])[-1:] == ("tegen",)
            and _own_feeling(turn) is not None
        ):
            continue  # 'tis nie tegen u. ik voel me gewoon zo dom': his feeling, not the coach
        opening = _words(turn.clause_text(clause))[:2] if clause is not None else ()
        if len(opening) == 2 and opening[0] in _set("finite_verbs") and opening[1] in _set("you"):
            continue  # 'zijt gij al online': a question without its mark
        if (
            clause is not None
            and clause.negated
            and clause.subject == "you"
            and (
                {"cognition", "perception"} & set(clause.classes)
                or set(_words(turn.clause_text(clause))) & _set("relation_words")
            )
        ):
            return "missed"  # 'jij snapt het ook nie', 'u luistert niet': what did he miss
        if clause is not None and "cognition" in clause.classes:
            return "thought"
        if _charged(turn, clause):
            return "feeling"
    return None


GENERIC_OPENERS = re.compile(
    r"\s*[,;]?\s*(?:op|in|bij|met|na|tijdens|als|wanneer|zodra|aan|onder|op\s+ne|in\s+ne)\b",
    re.IGNORECASE,
)


NEE_HOOR = re.compile(r"\bnee,?\s+hoor\b")


# 'ge doet dat niet tegen een jonge gast', 'dat doe je gewoon nie': what one does not do
NORM_YOU = re.compile(
    r"\b(?:ge|je|jij|gij|u)\s+(?:doet|doe)\s+(?:dat|da|zoiets|dit)\s+(?:gewoon\s+|gwn\s+)?(?:niet|nie)\b"
    r"|\b(?:dat|da|zoiets)\s+(?:doe|doet)\s+(?:je|ge|jij|gij|u)\s+(?:gewoon\s+|gwn\s+)?(?:niet|nie)\b",
    re.IGNORECASE,
)


GENERIC_YOU = frozenset({"ge", "je", "gij"})  # not 'ik vertrouw u niet'


def _not_to_the_coach(turn, clause, found):
    """An addressee form that does not address the coach: reported speech without marks ('ik
    zeg u mag hier niet staan mevrouw'), a generic 'ge' in a rule or a setting ('op ne werf
    draagt ge uw helm'), a reassurance ('nee hoor, bij jou hoef ik nie poeslief te doen')."""
    before = _words(turn.text[clause.start : found.start()])
    if set(before) & _set("say_verbs"):
        return True
    sentence = _sentence(turn, found.start())
    if any(
        m.code == "rigid_rule"
        and not GENERIC_YOU.isdisjoint(_words(m.text))
        and _sentence(turn, m.start) == sentence
        for m in turn.markers
    ):
        return True  # 'da vraagt ge nie, ge zijt op tijd of ge zijt nie op tijd': anyone
    if found.group(0).lower() in ("uw", "gij") and any(
        m.code == "rigid_rule" for m in turn.markers
    ):
        return True  # 'ge laat uw familie nie in de steek. da doet ge nie': everyone's duty
    if GENERIC_OPENERS.match(turn.clause_text(clause)) and len(before) >= 2:
        return True
    if NORM_YOU.search(turn.clause_text(clause)):
        return True  # 'Ge doet dat niet tegen een jonge gast': what one does not do
    words = set(_words(turn.clause_text(clause)))
    sentence = _sentence(turn, clause.start).lower()
    return (
        clause.negated
        and bool(words & {"ik", "k"})
        and bool(words & {"hoef", "hoeft", "hoeven"} or NEE_HOOR.search(sentence))
    )


def _in_idiom(lowered, position):
    """The addressee at position is part of an idiom ('zie je', 'meer dan ge denkt'); 'Zie je,
    u luistert ook al niet!' still addresses the coach with its 'u'."""
    for idiom in _set("coach_idioms"):
        at = lowered.find(idiom, max(0, position - len(idiom)))
        while 0 <= at <= position:
            if position < at + len(idiom):
                return True
            at = lowered.find(idiom, at + 1)
    return False


@cache
def _charged_words():
    return _set("relation_words") | LABEL_WORDS() | _feeling_words()


COMPARISON = re.compile(r"\b(?:alsof|net of|zoals|precies als)\b", re.IGNORECASE)


def _charged(turn, clause):
    """The remark about the coach carries something to look at together: a feeling, a
    reproach ('ge snapt het nie', 'makkelijk gezegd', 'jij staat aan haar kant'), a comparison
    ('net of ge mijn moeder zijt'); not 'ik heb het boek gelezen dat u noemde'."""
    words = turn.word_set
    if _own_feeling(turn) is not None or (clause is not None and clause.negated):
        return True
    if words & _charged_words():
        return True
    clause_words = _words(turn.clause_text(clause)) if clause is not None else ()
    if not _listed("always_never", "everyone_noone").isdisjoint(clause_words) or (
        "allemaal" in clause_words
    ):
        return True  # 'ge overdrijft altijd', 'jullie zijn allemaal hetzelfde'

    return bool(COMPARISON.search(turn.text))


# --- the suggestions ---------------------------------------------------------------------


OWN_PATTERN = re.compile(
    r"\b(?:dat\s+ik|da\s+ik|dak|denk\s+ik|merk\s+ik|weet\s+ik|heb\s+ik\s+vaker)\b", re.I
)


def _defiant(turn):
    """Shouting with a justification of his own act and no feeling word: 'IK HEB HEM DE KEUKEN
    UIT GESCHOPT. terecht!!!'."""
    if "defiant" not in turn.cache:
        words = turn.word_set
        turn.cache["defiant"] = (
            bool(words & JUSTIFYING)
            and bool(_phrases("justifications").search(turn.lowered))
            and not any(m.code == "mental_state" for m in turn.markers)
            and not any(
                m.code == "affect_flooding" and m.rule not in _set("flood_shouting_rules")
                for m in turn.markers
            )
        )
    return turn.cache["defiant"]


JUSTIFYING = frozenset({"terecht", "verdiend", "schuld", "goed"})
THOUGHT_COLON = Cued(r"\bdacht\s*(?:ik\s*)?:", ("dacht",))  # 'Ik dacht: ...'


def _valid_flood(turn, marker):
    """A flooding marker counts only for a strong feeling of the client's own, now: not
    'Woedend ben ik niet', not 'hij was zelf doodsbang', not 'ik was toen zo in paniek, maar nu
    ...', not 'ik word gek van blij'."""
    if THOUGHT_COLON.search(SENTENCE_MARK.split(turn.text[: marker.start])[-1]):
        return False  # 'Ik dacht: ik zal het haar betaald zetten.': a thought he had then
    if _in_quote_marks(turn.text, marker.start):
        return False  # "op facebook met 'blijf positief!!! 💪💪'": their exclamation, not his
    if any(
        m.code == "self_reflection"
        and m.start <= marker.start < m.end
        and OWN_PATTERN.search(m.text)
        for m in turn.markers
    ):
        return False  # 'dat ik in paniek alles zwart zie denk ik': what he sees in himself
    if marker.rule in _set("flood_shouting_rules") and _defiant(turn):
        return False  # 'IK HEB HEM DE KEUKEN UIT GESCHOPT. terecht!!!': no hurt to soothe
    if marker.rule in _set("flood_shouting_rules"):
        return not _happy(turn)
    clause = turn.clause_at(marker.start)
    if _pattern_not_now(turn, marker):
        return False
    return not (
        _denied(turn, marker.start, marker.end, clause)
        or _guessed(turn, marker.end)
        or _someone_elses(turn, marker.start, clause)
        or (clause is not None and clause.past)
        or _happy(turn)
    )


ELIDED_APOSTROPHE = re.compile(r"(?<!\w)'(?=(?:s|t|k|n|m|r)\b)", re.I)


def _in_quote_marks(text, position):
    """The position lies between quote marks he typed ('...', "...", ‘...’)."""
    before = ELIDED_APOSTROPHE.sub("", text[:position])  # ''s nachts'
    for opening, closing in (("'", "'"), ('"', '"'), ("‘", "’"), ("“", "”")):
        if opening == closing:
            marks = [
                m.start()
                for m in re.finditer(
                    rf"(?<!\w){re.escape(opening)}|{re.escape(opening)}(?!\w)", before
                )
            ]
            if len(marks) % 2 == 1:
                return True
        elif before.count(opening) > before.count(closing):
            return True
    return False


GUESS_AFTER = re.compile(
    r"\s*(?:wss|waarschijnlijk|denk\s+ik|vermoed\s+ik|misschien|mss)\s*[.!?,]", re.IGNORECASE
)


def _guessed(turn, end):
    """A feeling answered as a guess ('doodsbang wss. dat ze iets krijgt'): how another may
    feel, not his own."""
    return bool(GUESS_AFTER.match(turn.text[end : end + 25]))


def _pattern_not_now(turn, marker):
    """A described pattern or condition, not a flood now: 'als ik ontplof zegt hij niks meer',
    'zij blijft rustig als ik in paniek ben', 'Dan word ik woedend. Ik schreeuw ...'."""
    if not _set("past_words").isdisjoint(
        _words(SENTENCE_MARK.split(turn.text[: marker.start])[-1])
    ):
        return True  # 'Vroeger dacht ik weleens: ik word gek van mezelf.'
    return _described_pattern(turn, marker.start, marker.end, _is_shouting(marker))


def _is_shouting(marker):
    return marker.rule in _set("flood_shouting_rules") or marker.text.strip(QUOTE_MARKS).isupper()


WHEN_I = re.compile(r"\b(?:als|wanneer|zodra|telkens\s+als)\s+(?:ik|k)\b", re.IGNORECASE)
OPENS_THEN_I_BECOME = re.compile(r"\s*(?:en\s+)?dan\s+(?:word|ben|raak|voel)\b", re.IGNORECASE)
I_THEN = re.compile(r"\b(?:ik|k)\s+(?:(?:word|ben|raak|schiet|voel\s+me)\s+)?dan\b", re.IGNORECASE)
CONDITION_FOLLOWS = re.compile(r"[^,;]*\b(?:als|wanneer|zodra)\b", re.IGNORECASE)


def _described_pattern(turn, start, end, shouting=False, reflected=True):
    before = SENTENCE_MARK.split(turn.text[:start])[-1]
    said = turn.text[start:end]
    lead = before + said
    if WHEN_I.search(lead):
        return True
    if OPENS_THEN_I_BECOME.match(before):
        return True
    if I_THEN.search(lead):
        return True  # 'ik word dan woedend, maar ik laat niks merken'
    if shouting:
        return False
    rest = SENTENCE_MARK.split(turn.text[end:])[0]
    if CONDITION_FOLLOWS.match(rest):
        return True  # 'dat ik snel in paniek schiet als het over de kinderen gaat'
    return reflected and _reflected_before(turn, start)


def _reflected_before(turn, position):
    """A self-reflection earlier in the sentence: 'ik weet van mezelf dat ik snel in paniek
    schiet', 'ik merk dat ik dan zenuwachtig word': he observes a pattern of his own."""
    sentence_start = max(turn.text.rfind(mark, 0, position) for mark in ".!?") + 1
    return any(
        m.code == "self_reflection" and sentence_start <= m.start and m.end <= position
        for m in turn.markers
    )


def _hurt_exclaimed(turn, problems):
    """A generalisation or label that hurts him, exclaimed: validated before it is questioned."""
    if "!" not in turn.text or "?" in turn.text or _happy(turn):
        return False  # only an exclaimed sentence counts
    about_him = turn.word_set & _union("self_objects", extra=("ik", "k"))
    for m in problems:
        if m.code not in ("black_and_white", "easy_label"):
            continue
        if not _sentence(turn, m.start).rstrip().endswith("!"):
            continue
        clause = turn.clause_at(m.start)
        if m.code == "easy_label" and clause is not None and clause.subject == "self":
            return True
        if (
            m.code == "black_and_white"
            and about_him
            and _bw_words(turn, m).lower() in (_set("bw_persons"))
        ):
            return True
    return False


def _happy(turn):
    if "happy" not in turn.cache:
        words = turn.word_set
        turn.cache["happy"] = bool(words & _set("cheer_words")) and not words & _set("bad_words")
    return turn.cache["happy"]


OPENS_NOT_OR_WEL = re.compile(r"(?:niet|nie|wel)\b")


def _plain_yes(turn, marker):
    """'ja natuurlijk, gisteren al gedaan': an answer, not a certainty."""
    if marker.text.lower().strip(QUOTE_MARKS) not in _set("answer_words"):
        return False
    before = _words(SENTENCE_MARK.split(turn.text[: marker.start])[-1])
    after = turn.text[marker.end : marker.end + 6].strip().lower()
    ends = not after or after[0] in ",.!" or OPENS_NOT_OR_WEL.match(after)
    if len(before) == 1 and (not after or after[0] in ".!"):
        return True  # '1e natuurlijk.': his answer affirmed, no belief to question
    return len(before) <= 1 and set(before) <= {"ja", "jaja", "jawel", "nee", "maar"} and ends


def _sentence(turn, position):
    """The sentence around a position, with its closing mark."""
    marks = turn.cache.get("marks")
    if marks is None:
        marks = turn.cache["marks"] = [i for i, c in enumerate(turn.text) if c in ".!?"]
    index = bisect.bisect_left(marks, position)
    start = marks[index - 1] + 1 if index else 0
    end = marks[index] + 1 if index < len(marks) else len(turn.text)
    return turn.text[start:end]


def _good_news(turn, marker):
    words = set(_words(_sentence(turn, marker.start)))
    return bool(words & _set("good_words")) and not words & (NEGATION | _set("bad_words"))


def _bw_kind(turn, marker, markers):
    """What kind of generalisation, or None when none should be questioned: 'nooit' in a norm
    ('een goede vader laat ... nooit'), in a quote, in a feeling ('het voelt alsof niemand'), in
    something good ('altijd heel lief') or a plain habit ('ik drink altijd eerst koffie')."""
    key = ("bw_kind", marker.start, marker.end)
    if key not in turn.cache:
        turn.cache[key] = _generalisation_kind(turn, marker, markers)
    return turn.cache[key]


FEEL_VERB = re.compile(r"\bvoel(?:de|t)?\b")
AS_A_ROLE_AT_END = re.compile(r"\bals\s+\w+\s*[.!?,]?$")
NOBODY_WHO = re.compile(r"\ber\s+is\s+niemand\b|\bniemand\s+die\b", re.I)
TRAIT_AFTER = re.compile(r"\s+(?:zo|anders|al|geweest|gedaan|gegaan)\b")
THATS_HOW_IT_GOES = re.compile(r"\W*zo\s+(?:gaat|is|doet)\s+(?:het|dat|da|ze|hij)\b", re.I)
EVERYONE_DOES_IT = re.compile(
    r"\b(?:dat|da|het)\s+doet\s+iedereen\b|\biedereen\s+(?:doet|zou)\s+(?:dat|da|het)\b",
    re.IGNORECASE,
)
OWN_WISH = re.compile(r"\b(?:ik|k)\s+(?:wil|hoop|wens|zou\s+graag)\b", re.IGNORECASE)
ALL_WORD = re.compile(r"\b(?:allemaal|alle|allen)\b", re.I)


def _generalisation_kind(turn, marker, markers):
    clause = turn.clause_at(marker.start)
    word = _bw_words(turn, marker).lower()
    if "?" in _sentence(turn, marker.start) or turn.text[marker.end :].lstrip().startswith("?"):
        return None  # 'mijne vader is nooit vertrokken??'
    if (
        clause is not None
        and _set("negative_acts") & set(_words(turn.clause_text(clause)))
        and (word in ("nooit", "niemand", "nergens"))
    ):
        return None  # 'ze verwijt nooit iets': never a reproach is good news
    said = _words(marker.text)
    before_quantifier = said[-2:-1] if len(said) > 1 else (_previous_word(turn.text, marker.start),)
    if set(before_quantifier) & {"niet", "nie"}:
        return None  # 'niet allemaal natuurlijk': he nuances it himself
    if OWN_WISH.search(SENTENCE_MARK.split(turn.text[: marker.start])[-1]):
        return None  # 'ik wil gewoon dat iedereen weer met plezier binnenkomt': a wish
    if clause is not None and _words(turn.clause_text(clause)) == _words(marker.text):
        if not _words(turn.text[: clause.start]):
            return None  # a one-word answer to the coach: 'niemand. dat doe je gewoon als oudste'
        earlier = re.search(rf"\b{re.escape(marker.text)}\b", turn.text[: clause.start], re.I)
        if earlier is not None:  # 'ik wil hem nooit meer zien, NOOIT': as the first time
            return _bw_kind(
                turn, replace(marker, start=earlier.start(), end=earlier.end()), markers
            )
    if clause is not None:
        words = _words(turn.clause_text(clause))
        if clause.quoted or clause.reported:
            return None
        if "norm" in clause.classes and not _set("norm_words").isdisjoint(words):
            return None
        if any(
            m.code == "rigid_rule" and clause.start <= m.start < clause.end and _own_norm(turn, m)
            for m in markers
        ):
            return None
        words = _words(turn.clause_text(clause))
        before = SENTENCE_MARK.split(turn.text[: marker.start])[-1].lower()
        if FEEL_VERB.search(before):
            return None  # 'het voelt alsof niemand aan mijn kant staat': a feeling
        if {"je", "ge"} & set(words) and AS_A_ROLE_AT_END.search(turn.clause_text(clause)):
            return None  # 'dat doe je altijd als scheids': a norm of the role
        if NOBODY_WHO.search(turn.clause_text(clause)):
            return None  # 'er is NIEMAND die dat werk nog wil doen': none to name
        if TRAIT_AFTER.match(turn.text[marker.end :]) or (
            THATS_HOW_IT_GOES.match(turn.clause_text(clause))
        ):  # 'Zo gaat het altijd bij haar.': a summary of what he just told
            return None  # 'dat is altijd zo geweest', 'altijd al geweest': a trait, not a count
        if clause.subject == "self" and "intention" in clause.classes:
            return None  # 'ik wil hem nooit meer zien': a decision
        if clause.subject == "self" and (clause.past or PERFECT.search(turn.clause_text(clause))):
            if not set(words) & _set("bad_words"):
                return None  # 'ik ben nooit in Gent geweest': an experience, not a verdict
        if (
            clause.subject == "self"
            and not set(words) & (NEGATION | _set("bad_words"))
            and not clause.classes
            and words[:1] != tuple(_words(marker.text))[:1]  # 'niemand vraagt hoe het met mij
        ):  # gaat': 'niemand' is its subject, he is only in it
            return None
        if FUTURE.search(turn.clause_text(clause)):
            return "future"
    first = word.split()[0] if word.split() else ""
    sentence = _sentence(turn, marker.start).lower()
    if clause is not None and ADDRESSEE.search(turn.clause_text(clause)) and _here_and_now(turn):
        return None  # 'ge overdrijft altijd': about the coach, asked as what happens here
    if any(idiom in sentence for idiom in _set("bw_idioms")):
        return None  # 'dat slaat nergens op', 'de enige manier om ze te zien'
    following = _words(turn.text[marker.end : marker.end + 15])[:1]
    if (
        first in ("elke", "iedere", "elk", "ieder")
        and (set(word.split()[1:2]) | set(following)) & _set("time_units")
        and not _stressed(turn, marker)
    ):
        return None  # 'de deurwaarder staat elke week op de stoep': a fact, unless stressed
    if clause is not None and EVERYONE_DOES_IT.search(turn.clause_text(clause)):
        return None  # 'Dat doet iedereen.': what anyone would do, no one to name
    if {"allemaal", "alle", "allen"} & set(word.split()) and clause is not None:
        if clause.past:
            return None  # 'die kinderen stonden er allemaal bij': a told fact
        at = ALL_WORD.search(turn.text[marker.start : marker.end])
        if at and _previous_word(turn.text, marker.start + at.start()) in _set("demonstratives"):
            return None  # 'zijn moeder vindt da allemaal nie erg': all of that, no persons
        return "persons_clause"  # 'voorzitters zijn allemaal hetzelfde'
    if first in _set("bw_persons"):
        if (
            clause is not None
            and clause.past
            and not SELF_WORDS & set(_words(turn.clause_text(clause)))
        ):
            return None  # 'gwn, niemand schreeuwde': a told fact, no one to name
        said = _words(turn.clause_text(clause)) if clause is not None else ()
        if said[:1] == (first,) and set(said) & SELF_WORDS:
            return "persons_clause"  # 'niemand vraagt hoe het egt met mij gaat': he is in it
        return "persons"
    following = _words(turn.text[marker.end : marker.end + 25])[:1]
    if first in _set("bw_frequency") and (
        _previous_word(turn.text, marker.start) in _set("copulas")
        or set(following) & _feelings_with(labels=True)
    ):
        return "general"  # 'mijn schoonzus is altijd negatief', 'altijd moe': a trait
    if first in _set("bw_frequency") and not _told_event(turn, clause):
        return "frequency"
    opening = _words(turn.clause_text(clause))[:1] if clause is not None else ()
    generic = bool(set(opening) & _set("generic_classes"))  # 'zulke mensen veranderen nooit'
    if generic and clause is not None and clause.subject != "self":
        return "class"  # a class of people: what makes him think so, no exception hunted
    if first == "nooit" and clause is not None and clause.subject == "other" and not generic:
        if not clause.past and not _told_event(turn, clause):
            return "never"  # 'Gerard beantwoordt mijn e-mails nooit'
    earlier = [c for c in turn.clauses if clause is not None and c.end <= clause.start]
    subject = clause.subject if clause is not None else None
    if clause is not None and not subject and earlier:
        subject = earlier[-1].subject  # '... rode strepen door mn rapportages. letterlijk overal'
    if (
        clause is not None
        and subject == "other"
        and not generic
        and _previous_word(turn.text, marker.start) not in _set("copulas")
    ):
        return "grievance"  # 'Mijn dochter bemoeit zich overal mee': no exception hunted
    return "general"


def _stressed(turn, marker):
    """'... elke dag om 8 uur. elke dag', 'ELKE dag!': said twice, shouted or exclaimed."""
    said = marker.text.lower().strip(QUOTE_MARKS)
    return (
        turn.lowered.count(said) > 1
        or marker.text.strip(QUOTE_MARKS).isupper()
        or turn.text[marker.end : marker.end + 12].lstrip().startswith("!")
    )


def _tells_event(turn):
    """Something happened that one can stop at: a story in the past or another's act."""
    return turn.past or any(
        c.subject == "other" and not {"perception", "cognition"} & set(c.classes)
        for c in turn.clauses
    )  # 'die kutschool belt ALWEER'; not 'iedereen ziet het'


STATE_VERBS = frozenset(
    {"gehad", "geweest", "was", "waren", "had", "hadden", "gebleven", "bleef", "bleven"}
    | {"gewoond", "woonde", "geduurd", "duurde", "gekend", "kende", "geleken", "leek"}
)


def _moment_told(turn, besides=None):
    """A past clause that tells something happening ('heeft me bij mn kraag gepakt', 'ik ben
    afgekeurd'), not only a state over a time ('heeft een moeilijk jaar gehad', 'was ziek')."""
    for clause in turn.clauses:
        if besides is not None and clause.start <= besides < clause.end:
            continue  # the clause of the feeling itself: 'Ik voelde me afgerekend.'
        if set(_words(turn.clause_text(clause))[:3]) & _set("say_verbs") - {"zeg", "zegt"}:
            return True  # "hij zei 'mijn zoon heeft thuis altijd alles juist'"
        perfect = PERFECT.search(turn.clause_text(clause))
        if not (clause.past or perfect) or clause.quoted or "cognition" in clause.classes:
            continue  # 'Ik dacht: niet weer.' is no event
        words = _words(turn.clause_text(clause))
        participles = [w for w in words if PARTICIPLE.match(w) or STRONG_PARTICIPLE.match(w)]
        if participles and not set(participles) <= STATE_VERBS:
            return True
        if not participles and not set(words) & STATE_VERBS:
            return True  # a simple past: 'kwam een vader het veld op'
    return False


def _told_event(turn, clause):
    """The turn already tells one occasion (another clause in the past, 'gisteren', 'weer')."""
    for other in turn.clauses:
        if clause is not None and other.start == clause.start:
            continue
        if other.past and not other.negated:
            return True
    outside = turn.text
    if clause is not None:
        outside = turn.text[: clause.start] + " " + turn.text[clause.end :]
    return bool(set(_words(outside)) & _set("occasion_words"))


def _intent_kind(turn, marker):
    clause = turn.clause_at(marker.start)
    words = set(_words(marker.text))
    if clause is not None:
        words |= set(_words(turn.clause_text(clause)))
    if words & _set("intent_wish"):
        return "wish"
    if words & _set("intent_feeling"):
        return "feeling"
    return "judgement"


# 'ik ga zaterdag gwn langs de lijn staan en hem zeggen waar het op staat': a plan of his own
PLAN = re.compile(
    r"\W*(?:(?:ja|nee|dus|nou|maar|en|precies|oké|oke|ok|okee|goed|zeker|top)\W+)*"
    r"(?:(?:ik|k)\s+(?:ga|zal|wil)|kga|kzal|kwil)\s+"
    r"(?:\w+\s+){0,4}?(?:hem|haar|hen|ze|die|dat|da|gewoon|gwn|zaterdag|morgen|maandag|dinsdag"
    r"|woensdag|donderdag|vrijdag|zondag|straks|vanavond|volgende)\b",
    re.IGNORECASE,
)


RULE_SOURCE = re.compile(
    r"\b(?:mijn|mn|m'n)\s+(?:vader|moeder|pa|ma|papa|mama|ouders|opa|oma|grootvader|grootmoeder)"
    r"(?:\s+zaliger)?\s+(?:zou|zouden|zei|zegt|zeiden|zeggen|vond|vindt|vonden|leerde|leerden"
    r"|riep|deed|deden|doet|was\s+zo|hamerde)\b"
    r"|\b(?:in\s+onze\s+familie|bij\s+ons\s+thuis|van\s+thuis\s+uit)\b"
    r"|\bzo\s+(?:opgevoed|grootgebracht|geleerd)\b"
    r"|\b(?:heb|hebben)\s+(?:ik|we|wij)\s+(?:\w+\s+)?(?:geleerd|meegekregen)\b",
    re.IGNORECASE,
)


def _grievance(turn):
    """He names a feeling of his own, or tells what others keep doing to him ('hij liegt ook
    altijd als ik vraag ...', 'de verzorgsters komen altijd te laat als ik bel')."""
    if _own_feeling(turn) is not None:
        return True
    for m in turn.markers:
        if m.code == "black_and_white" and m.text.lower() in BW_FREQUENCY:
            clause = turn.clause_at(m.start)
            if clause is None or clause.subject in ("self", "you"):
                continue
            words = _words(turn.clause_text(clause))
            if words[:1] and words[0] in SELF_WORDS:
                continue  # 'mijn deur staat altijd open': his own
            following = turn.next_clause(clause)
            if following is not None:
                words += _words(turn.clause_text(following))
            if not SELF_WORDS.isdisjoint(words):
                return True  # 'komen altijd te laat als ik bel'
    return False


BW_FREQUENCY = frozenset({"altijd", "nooit", "steeds", "telkens", "constant", "elke keer"})


def _fits(template, marker, words, target, turn, facts):
    if "{words}" in template["text"] and not words:
        return False
    if "{clause}" in template["text"] and not facts.get("clause"):
        return False
    kind = template.get("words")
    if kind == "one" and " " in (words or ""):
        return False
    if kind == "phrase" and " " not in (words or ""):
        return False
    said = marker.text.lower().strip(QUOTE_MARKS)
    if "words_in" in template and said not in template["words_in"]:
        return False
    if said in template.get("not_words", ()):
        return False  # 'hij doet het expres': what he does on purpose, not 'dat hij dat wil'
    if kind == "adjective" and (" " in words or words.lower() in _listed("label_nouns")):
        return False
    if template.get("needs_person") and not target.found:
        return False
    if template.get("agent") and not facts.get("agent"):
        return False  # 'het ligt aan hun ouders': the parents are blamed, not acting here
    if template.get("singular") and target.plural:
        return False
    if template.get("plural") and not target.plural:
        return False
    if template.get("past") and not facts["past"]:
        return False
    if template.get("now") and facts["past"]:
        return False
    if "kinds" in template and facts.get("kind") not in template["kinds"]:
        return False
    if template.get("one_occasion") and (facts["repeated"] or facts["reported"]):
        return False
    if template.get("not_repeated") and facts["repeated"]:
        return False  # 'ze heeft altijd alles gekregen': no one moment to stop at
    if template.get("not_sequence") and facts.get("sequence"):
        return False  # 'dat moment' in a list of events: which one?
    if template.get("sequence") and not facts.get("sequence"):
        return False
    if bool(template.get("plan")) != bool(facts.get("plan")):
        return False  # a plan he states is asked what he hopes for, only a plan
    if template.get("not_when_source") and RULE_SOURCE.search(turn.text):
        return False  # 'da doet ge nie. mijn vader zou zich omdraaien in zijn graf': he said it
    if template.get("not_when_reflective") and facts["reflective"]:
        return False
    if template.get("not_when_reason") and facts.get("reason"):
        return False  # 'een juf moet streng zijn anders hebt ge chaos': he said why
    if template.get("when_reason") and not facts.get("reason"):
        return False
    if template.get("ongoing") and not facts["ongoing"]:
        return False
    if template.get("moment") and not _moment_told(turn):
        return False  # 'mila heeft vorig jaar een moeilijk jaar gehad': a state, no moment
    if template.get("event") and not _tells_event(turn):
        return False  # 'ik ben het zo BEU': nothing happened to stop at
    if template.get("not_outcry_grievance") and marker.rule == "cert.toch_uitroep":
        if _grievance(turn):
            return False  # 'de verzorgsters komen altijd te laat ... da's toch nie menselijk'
    if template.get("not_grievance") and _grievance(turn):
        return False  # 'bedrogen ja. hij liegt ook altijd ...': another's view comes too early
    if "met je" in template["text"] and _feels_nothing(turn):
        return False  # 'ik voel niks, ik stel vast': what it does to him he just answered
    if template.get("not_when_evidence") and facts.get("evidence"):
        return False  # 'da's toch duidelijk. ze kijkt altijd op haar horloge': he said why
    if template.get("claim") and _only_tag_words(words, marker):
        return False  # 'Je zegt ‘dat is toch logisch’. Hoe ben je daar zo zeker ...': no claim
    return True


LIST_MARK = re.compile(r"[,.;]")
OPENS_WITH_DAT_DAK = re.compile(r"\W*(?:dat|da|dak)\b", re.I)
OPENS_WITH_BEN_WAS = re.compile(r"\W*(?:ben|was)\b")


def _turn_facts(turn, markers):
    """What the templates read of the whole turn, the same for each of its markers."""
    if "facts" not in turn.cache:
        all_day = bool(ALL_DAY.search(turn.text))
        words = _words(turn.text)
        turn.cache["facts"] = {
            "repeated": bool(set(words) & _set("repeat_words"))
            or all_day
            or bool(PERIOD.search(turn.text)),
            "reflective": any(m.code in REFLECTIVE for m in markers),
            "ongoing": (not _set("ongoing_words").isdisjoint(words) or all_day)
            and not FUTURE.search(turn.text),
            "reported": any(c.quoted or c.reported for c in turn.clauses) or ":" in turn.text,
            "sequence": len(turn.clauses) >= 4 and len(LIST_MARK.findall(turn.text)) >= 2,
        }
    return turn.cache["facts"]


def _facts(turn, marker, markers):
    clause = turn.clause_at(marker.start)
    facts = {"past": clause.past if clause is not None else turn.past}
    facts.update(_turn_facts(turn, markers))
    if marker.code in ("no_mental_states", "affect_flooding"):
        facts["past"] = turn.past
    if marker.code == "no_mental_states":
        first = turn.clauses[0] if turn.clauses else None  # 'ik ga zaterdag ...', 'ik ga die
        facts["plan"] = bool(PLAN.match(turn.text)) and (  # mens eens goed de les spellen,
            not turn.past or (first is not None and not first.past)  # waarom ik nie ... was'
        )
    if marker.code == "black_and_white":
        facts["kind"] = _bw_kind(turn, marker, markers)
        if clause is not None:
            words = turn.clause_text(clause)
            following = turn.next_clause(clause)
            if (
                following is not None
                and _words(words)[-1:]
                and _words(words)[-1] in _set("complement_nouns")
                and OPENS_WITH_DAT_DAK.match(turn.clause_text(following))
            ):  # 'ik heb altijd het gevoel' + 'dat ik sterk moet lijken': what the feeling is
                words = turn.text[clause.start : following.end]
            facts["clause"] = _clean_quote(words, _settings())
            lists = word_lists()
            quantifiers = set(lists["always_never"]) | set(lists["everyone_noone"]) | {"allemaal"}
            if facts["clause"] and set(_words(facts["clause"])) <= quantifiers:
                facts["clause"] = None  # '... die denken dat ze god zijn. allemaal': no clause
    elif marker.code == "rigid_rule":  # 'een juf moet streng zijn anders hebt ge chaos'
        facts["reason"] = bool(WHY.search(SENTENCE_MARK.split(turn.text[marker.end :])[0]))
    elif marker.code == "external_blame":
        facts["agent"] = _blamed_acts(turn, marker, clause)
    elif marker.code == "certainty":
        facts["kind"] = _certainty_kind(turn, marker)
        facts["evidence"] = _evidence_told(turn, clause, _claim_sentences(turn, marker, clause))
    elif marker.code == "easy_label":
        facts["kind"] = _label_kind(turn, marker, clause)
        if facts["kind"] in ("their_view", "self_clause"):  # asked with its clause
            words = turn.clause_text(clause)
            before = turn.clauses.index(clause) - 1 if clause in turn.clauses else -1
            if facts["kind"] == "self_clause" and before >= 0 and OPENS_WITH_BEN_WAS.match(words):
                earlier = turn.clauses[before]  # 'als ik faal, ben ik niks': with its condition
                if _sentence(turn, earlier.start) == _sentence(turn, clause.start):
                    words = turn.text[earlier.start : clause.end]
            facts["clause"] = _clean_quote(words, _settings())
            if not facts["clause"]:
                facts["kind"] = "plain"
    elif marker.code == "assumed_intent":
        facts["kind"] = _intent_kind(turn, marker)
        facts["evidence"] = _acts_told_beside(turn, marker, clause)
        if clause is not None and clause.negated and facts["kind"] == "wish":
            facts["kind"] = "judgement"  # 'hij wil gewoon nie betalen'

    return facts


SELF_INVERTED = re.compile(r"\b(?:ben|was|word|werd)\s+(?:ik|k)\b", re.IGNORECASE)
US = frozenset({"me", "mij", "ons", "mn", "mijn", "m'n"})


def _label_kind(turn, marker, clause):
    """'their_view': a label in another's judgement of him ('die vinden ons toch lui');
    'self_clause': a label of himself after an inversion, which reads only in its clause ('als
    het mislukt ben ik niks'); else 'plain'."""
    before = SENTENCE_MARK.split(turn.text[: marker.start])[-1]
    if CALLED_THAT.search(before) or CALLED_ME.search(before + marker.text):
        return "called"  # 'nu zegt de rest dat ik een dictator ben', 'Hij noemde me
        # incompetent.': his word for the client, asked how it is to be called that
    if clause is None:
        return "plain"
    words = set(_words(turn.clause_text(clause)))
    if clause.subject == "other" and "cognition" in clause.classes and words & US:
        return "their_view"
    if clause.subject == "self" and SELF_INVERTED.search(marker.text):
        return "self_clause"
    before = SENTENCE_MARK.split(turn.text[: marker.start])[-1] + marker.text
    if clause.subject == "self" and SELF_LABEL.search(before) and not clause.negated:
        return "self"  # 'Ik ben gewoon dom.': what makes him think so of himself
    return "plain"


# 'ik ben gewoon dom', 'kben echt een sukkel': a label he gives himself
SELF_LABEL = re.compile(
    r"(?:^|[\s,])(?:ik\s+ben|kben|kzen|ik\s+zen)\s+(?:(?:gewoon|gwn|echt|egt|zo|zo'n|toch|nu\s+eenmaal"
    r"|gewoon\s+een|een|nen|ne|zon)\s+)*(?:[^\W\d_]+e\s+)?[^\W\d_]+\W*$",
    re.IGNORECASE,
)


# 'de rest zegt dat ik een dictator ben', 'ze vinden da kik lui ben': what others call him
CALLED_THAT = re.compile(
    r"\b(?:zegt|zeggen|zei|zeiden|zegde|vindt|vinden|vond|vonden|noemt|noemen|roept|roepen)\s+"
    r"(?:\w+\s+){0,3}?(?:(?:dat|da)\s+(?:ik|k)|dak|da\s+kik|dat\s+kik)\s+(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)


AGREES = re.compile(
    r"\b(?:dat|da|het|'t|ge|je|u|jij|gij)\s+(?:klopt|heb\s+gelijk|hebt\s+gelijk|hebben\s+gelijk)"
    r"(?!\s+(?:niet|nie|helemaal\s+niet|niks|geen|ook|gewoon|gwn)\b)",
    re.IGNORECASE,
)


NOT_THAT_OR_ELSE = re.compile(r"\bniet dat\b|(?:^|,)\s*anders\b", re.IGNORECASE)
REPORTED_BY_HER_HIM = re.compile(
    r"\b(?:zegt|zei|zeggen|zeiden)\s+(?:ze|zij|hij)\b|\bvolgens\s+(?:haar|hem)\b"
    r"|\b(?:vroeg|gevraagd)\b[^.!?]*\bof\b",
    re.IGNORECASE,
)
SAYS_THAT = re.compile(r"\b(?:zegt|zei|vindt|vond|roept|riep)\s+(?:dat|da)\b", re.IGNORECASE)
INSIGHT = re.compile(r"\bbesef\b|\bik zie nu\b|\bdat weet ik wel\b", re.IGNORECASE)
THINKS_THAT_I = re.compile(
    r"\b(?:vindt|vond|zegt|zei)\s+(?:ook\s+)?dat\s+(?:ik|k)\b", re.IGNORECASE
)


def _skip(turn, marker, markers, feeling=None):
    """Markers that get no question of their own."""
    if feeling is not None:
        if marker.code == "no_mental_states":
            return True  # it names a feeling after all: 'ik mis mijn vader zo erg'
        clause = turn.clause_at(marker.start)
        if (
            marker.code == "certainty"
            and clause is not None
            and clause is turn.clause_at(feeling.start)
        ):
            return True  # 'boos natuurlijk': the feeling is asked about
        opening = _words(turn.clause_text(clause))[:1] if clause is not None else ()
        if marker.code == "certainty" and set(opening) & _set("wh_words"):
            return True  # 'boos natuurlijk. wie zou dat niet zijn': it defends the feeling
    before = SENTENCE_MARK.split(turn.text[: marker.start])[-1]
    if marker.code == "assumed_intent" and NOT_THAT_OR_ELSE.search(
        before
    ):  # 'niet dat hij het expres deed', 'anders denkt ze dat ...': no intent stated
        return True  # 'niet dat hij het expres deed hoor'
    if marker.code == "certainty" and _plain_yes(turn, marker):
        return True
    if (
        marker.code == "certainty"
        and set(_words(marker.text)) <= _set("bare_tags")
        and any(m.code == "certainty" and m.start > marker.end for m in markers)
    ):
        return True  # 'tis gwn zo, ik ben een bourgondiër. zo ben ik nu eenmaal': the last one
    if marker.code == "certainty" and AGREES.search(_sentence(turn, marker.start)):
        return True  # 'ja... wauw dat klopt egt wel': he agrees, an insight not to be doubted
    if marker.code == "easy_label" and LAUGH.search(_sentence(turn, marker.start)):
        return True  # 'kan. of ze zijn gwn lui haha': a joke, not a label to take up seriously
    if marker.code == "easy_label" and _echo_rejected(turn, marker):
        return True  # 'depressief. neje. kben gewoon lui': the coach's word, rejected
    if marker.code == "easy_label" and (
        _label_look_alike(turn, marker)
        or _label_taken_back(turn, marker)
        or _literal_state(turn, marker)
        or _how_it_went(turn, marker)
        or _label_of_a_thing(turn, marker)
    ):
        return True
    if marker.code == "certainty" and _tentative_or_benign(turn):
        return True  # 'Natuurlijk kan ik me vergissen', 'mijn moeder bedoelt het goed'
    if marker.code == "external_blame" and _happy(turn):
        return True  # 'chill eigenlijk. ge zit nie op mijn kap 😄'
    if marker.code == "external_blame" and _blames_a_thing(turn, marker):
        return True  # 'sorry als ik wegval, ligt aan de wifi': a thing, no one blamed
    if marker.code == "external_blame" and GOING_WELL.match(turn.text):
        if not Target(turn, marker, _settings()).found:
            return True  # 'Goed, eigenlijk. ... lijn 12 rijdt later door de wegwerkzaamheden'
    if marker.code == "rigid_rule" and _here_and_now(turn) == "worry":
        return True  # 'ge moet nie denken dat ik ...': no rule, a worry about the coach
    if marker.code == "rigid_rule" and not _own_norm(turn, marker):
        return True  # 'dat mag nie van het bestuur', 'mannen snappen da nooit'
    if marker.code in ("certainty", "black_and_white") and _good_news(turn, marker):
        return True  # 'de mama van jules is egt wel chill, die staat altijd koffie te schenken'
    if marker.code == "certainty" and len(_words(turn.text)) <= len(_words(marker.text)) + 2:
        return True  # 'ja dat zegt iedereen': nothing beside it to ask about
    if marker.code == "certainty" and _only_certainties(turn):
        return True  # 'ja da's toch duidelijk. iedereen ziet het': no view beside them to ask
    if marker.code == "certainty" and SAYS_THAT.search(
        SENTENCE_MARK.split(turn.text[: marker.start])[-1]
    ):
        return True  # 'mn man zegt dat ik me nie moet aanstellen, pijn hoort nou eenmaal …'
    if marker.code == "certainty" and _truism(turn, marker):
        return True  # 'een hond blaft nou eenmaal': a fact of life, not his view to question
    if marker.code == "assumed_intent" and REPORTED_BY_HER_HIM.search(
        _sentence(turn, marker.start)
    ):
        return True  # 'ze vindt dat saai zegt ze': her own words, reported, no guess of his
    if marker.code == "assumed_intent" and _inside_a_fear(turn, marker):
        return True  # 'ik ben bang dat ze teleurgesteld is. dat ze denkt dat ik een loser ben'
    if marker.code == "assumed_intent" and _revised_thought(turn, marker):
        return True  # 'Eerst dacht ik dat hij me expres wisselde, maar nu weet ik het niet meer'
    if marker.code == "assumed_intent" and _two_readings(turn):
        return True  # 'mss wil ze laten zien dat ze het beter kan. of ze wil gwn helpen'
    if marker.code == "assumed_intent":
        clause = turn.clause_at(marker.start)
        words = _words(turn.clause_text(clause)) if clause is not None else ()
        if {"jij", "gij", "u", "ge"} & set(words) and _here_and_now(turn):
            return True  # 'jij vindt ook dat ik me aanstel': asked about as what happens here
        if clause is not None and clause.subject == "self" and {"ik", "k"} & set(words):
            return True  # 'ga ik de afwas doen ofzo'
        reflective = any(m.code in REFLECTIVE for m in markers) or bool(INSIGHT.search(turn.text))
        opinion = THINKS_THAT_I.search(
            marker.text + " " + (turn.clause_text(clause) if clause is not None else "")
        )
        if reflective and opinion:
            return True  # 'Mijn directeur vindt ook dat ik te streng ben': his view, reported
    if marker.code == "black_and_white" and _bw_kind(turn, marker, markers) is None:
        return True
    if marker.code in ("assumed_intent", "easy_label") and OWN_WISH_BEFORE.search(
        SENTENCE_MARK.split(turn.text[max(0, marker.start - 80) : marker.start])[-1]
    ):
        return True  # 'ik wou nie da ze mij weer ne nietsnut vindt': his wish, not her intent
    if marker.code == "black_and_white" and _inside_a_fear(turn, marker):
        return True  # 'ik ben bang dat ik blokkeer en dat iedereen me dan uitlacht'
    if marker.code == "black_and_white" and any(m.code == "no_mental_states" for m in markers):
        return True  # 'daar staan de borden helemaal verkeerd': the turn tells no mind at all;
        # his own experience of it is asked first, not the generalisation about the world
    if marker.code == "no_mental_states":
        if turn.text.rstrip().endswith("?") or _schedule(turn):  # a practical question or
            return True  # an appointment: answer or note it, no question about a story
        if any(m.code == "rigid_rule" for m in markers):
            return True
    return False


OWN_WISH_BEFORE = re.compile(
    r"(?:\b(?:ik|k)\s+(?:wou|wil|wilde)|\bkwou)\s+(?:nie|niet)(?:\s+(?:dat|da)\b[^.!?,;]*)?\s*$",
    re.IGNORECASE,
)


def _blames_a_thing(turn, marker):
    """'ligt aan de wifi', 'door de file': the cause is a thing, not a person."""
    words = _words(marker.text)
    if words[-1:] and words[-1] in _set("determiners") | {"de", "het", "die", "dat"}:
        words = words + _words(turn.text[marker.end : marker.end + 30])[:1]
    return bool(words) and words[-1] in _set("thing_nouns")


def _blamed_acts(turn, marker, clause):
    """The one he blames is the subject acting in the marker's clause ('mn broer erik doet
    helemaal niks'), not the one a fault is laid on ('het ligt aan hun ouders', 'dat is zijn
    probleem'), and the turn does not already say what goes on in him ('hij is nogal onzeker')."""
    if clause is None or clause.subject != "other":
        return False
    opening = _words(_without_leading(turn.clause_text(clause)))[:1]
    if opening in (("het",), ("t",), ("dat",), ("da",), ("dit",), ("ligt",)):
        return False
    return not any(
        m.code == "mental_state"
        and (c := turn.clause_at(m.start)) is not None
        and c.subject == "other"
        for m in turn.markers
    )


def _inside_a_fear(turn, marker):
    """The marker is part of what he fears ('bang dat ... iedereen me uitlacht', 'bang dat ze
    teleurgesteld is. dat ze denkt dat ik een loser ben')."""
    sentences = SENTENCE_MARK.split(turn.text[: marker.start])
    before = _words(sentences[-1])
    if before[:1] in (("dat",), ("da",)) and len(sentences) > 1:
        before = _words(sentences[-2]) + before  # a 'dat ...' that goes on with the fear
    fears = [i for i, w in enumerate(before) if w in _set("fears")]
    return bool(fears) and any(w in ("dat", "da") for w in before[fears[-1] + 1 :])


def _only_certainties(turn):
    """Every word of the turn is in a certainty marker or a filler: nothing else is said."""
    covered = set()
    for m in turn.markers:
        if m.code == "certainty":
            covered.update(range(m.start, m.end))
    rest = [
        w.group(0).lower()
        for w in WORD.finditer(turn.text)
        if w.start() not in covered and w.group(0).lower() not in _set("fillers")
    ]
    return len([w for w in rest if w not in ("ja", "nee", "he", "toch", "maar")]) <= 1


def _truism(turn, marker):
    """The certainty's clause is about an indefinite 'een hond', 'een kind': a fact of life."""
    clause = turn.clause_at(marker.start)
    if clause is None:
        return False
    if "norm" in clause.classes or set(_words(turn.clause_text(clause))) & _set("norm_words"):
        return False  # 'Een product owner hoort nee te kunnen zeggen': a rule, no fact of life
    opening = _words(_without_leading(turn.clause_text(clause)))[:2]
    return (
        len(opening) == 2
        and opening[0] in ("een", "nen", "ne")
        and opening[1] not in (_set("never_quote") | LABEL_WORDS())
    )


SELF_TRAIT = re.compile(
    r"\bzo\s+(?:ben|zit)\s+(?:ik|k)\b|\b(?:ik|k)\s+ben\s+(?:nu\s+eenmaal|nou\s+eenmaal)\b",
    re.IGNORECASE,
)
OWN_ACT_OPENING = re.compile(r"(?:ik|k)\s+(?!weet|denk|vind|zie|merk)\w+", re.IGNORECASE)
CLEAR_FROM = re.compile(r"\bduidelijk\s+aan\b", re.I)
RESIGNED = re.compile(r"\bzo\s+(?:gaat|is)\s+(?:dat|da|het)\b|\bhet\s+is\s+wat\s+het\s+is\b", re.I)


# 'kzen da gewoon', 'ik ben het gewend', 'da ben ik gewoon': he is used to what happens to him
USED_TO = re.compile(
    r"\b(?:(?:ik|k)\s+(?:ben|zen)|kben|kzen|ben\s+(?:ik|k))\s+(?:het|da|dat|'t|t)\s+"
    r"(?:(?:al|wel|ondertussen|inmiddels|zo)\s+)*(?:gewoon|gewend|gewoon\s+geworden)\b"
    r"(?!\s+(?:\w+\s+)?(?:beu|zat|moe|kwijt))",
    re.IGNORECASE,
)


def _certainty_kind(turn, marker):
    """'zo ben ik nu eenmaal', 'zo zit ik in elkaar': a certainty about himself, asked what he
    means by it; else a view of the world, asked how he came to it."""
    clause = turn.clause_at(marker.start)
    text = turn.clause_text(clause) if clause is not None else marker.text
    if SELF_TRAIT.search(text):
        return "self_trait"
    if "gew" in turn.lowered and USED_TO.search(turn.text):
        return "used_to"  # 'kzen da gewoon hé. scheidsrechters worden nu eenmaal uitgescholden'
    claim = _claim_before_tag(turn, marker, clause)
    if claim and OWN_ACT_OPENING.match(claim):
        return "stance"  # 'ik zorg voor haar, punt': his own act, no view to question
    evidence = _evidence_told(turn, clause)
    seen = set(_words(text)) & _set("seen_words") or CLEAR_FROM.search(text)
    if seen and not evidence:
        return "seen"  # 'da's toch duidelijk aan haar gezicht': asked what he sees
    resigned = RESIGNED.search(text)
    if resigned and not turn.word_set & (_others() | _set("generic_classes")):
        return "fate"  # 'Mijn rug is op. Zo gaat dat.': no view of others to look at again
    if (
        evidence
        and claim is None
        and _tag_only(turn, marker, clause)
        and "punt" not in _words(marker.text)
        and not any(
            c is not clause
            and c.subject == "self"
            and {"ik", "k"} & set(_words(turn.clause_text(c)))
            for c in turn.clauses
        )
    ):  # not 'Die gast keek me aan, dus ik sloeg. Zo gaat dat gewoon.': his own act
        told = [
            c
            for c in turn.clauses
            if c is not clause
            and c.subject == "other"
            and _words(turn.clause_text(c))[:1] not in (("dat",), ("da",))
        ]  # acts told, not a claim ('het is toch duidelijk dat ze me niet moet')
        if _act_towards_him(turn, told) or any(
            set(_words(turn.clause_text(c))) & SELF_WORDS for c in told
        ):  # 'ze begroet me niet meer. ze lacht ... niet met mij. het is toch duidelijk': what
            return "evidenced"  # they do to him is told; what it does to him is asked
    return "view"


def _acts_told_beside(turn, marker, clause):
    """In another sentence than the intent another's act towards him is told, with no mind
    word: his evidence ('Mijn schoondochter wil mij ... weghouden. Ze nodigt me nooit meer uit.');
    not 'Gerard negeert mij, omdat hij vindt dat ...': one reading, asked about."""
    own = {clause.start} if clause is not None else set()
    sentence = _sentence(turn, marker.start)
    following = turn.next_clause(clause)
    while following is not None and OPENS_COMPLEMENT.match(turn.clause_text(following)):
        own.add(following.start)  # '... | dat ik het bedrijf laat zakken' is the intent itself
        following = turn.next_clause(following)
    acts = [
        c
        for c in turn.clauses
        if c.start not in own
        and c.subject == "other"
        and not set(c.classes) & MIND_CLASSES
        and not c.quoted
        and not (c.start <= marker.start < c.end)
        and _sentence(turn, c.start) != sentence
    ]
    return _act_towards_him(turn, acts)


def _only_tag_words(words, marker):
    """The quote is a certainty tag alone ('dat is toch logisch', 'het is een feit', 'tis zo')."""
    tag = set(_words(marker.text)) | _union("fillers", "tag_words", "bare_tags") | NEGATION
    rest = set(_words(words or "")) - tag - {"een", "zo", "waar", "feit", "simpel", "al", "nu"}
    return not rest - {"op", "voorhand", "tevoren", "vooraf", "allang", "ook", "nie", "hoeft"}


def _evidence_told(turn, clause, besides=()):
    """Another clause (outside the sentences besides) tells what someone does, with no mind
    word: what he bases his certainty on ('ze zucht als ik begin. dat zie je toch', 'ze kijkt
    altijd op haar horloge')."""
    return any(
        c is not clause
        and c.subject == "other"
        and not set(c.classes) & MIND_CLASSES
        and _sentence(turn, c.start) not in besides
        for c in turn.clauses
    )


def _claim_sentences(turn, marker, clause):
    """The certainty's sentence, and the one before when the certainty is a tag that opens its
    own ('Op een ouderavond komen alleen ... . Dat weet iedereen.': the claim, no evidence)."""
    own = _sentence(turn, marker.start)
    start = turn.text.find(own)
    opens = clause is not None and not _words(turn.text[start : clause.start])
    if opens and start > 0 and _tag_only(turn, marker, clause):
        return (own, _sentence(turn, start - 1))
    return (own,)


def _tag_only(turn, marker, clause):
    """The certainty's clause is its tag alone ('het is toch duidelijk', 'dat zegt genoeg')."""
    if clause is None:
        return False
    tag = set(_words(marker.text)) | _set("fillers") | _set("tag_words")
    said = _words(turn.clause_text(clause))
    return bool(said) and all(w in tag for w in said)


MIND_CLASSES = frozenset({"cognition", "emotion", "perception", "intention"})


def _question_for(turn, marker, markers, settings, used, chosen_texts):
    facts = dict(_facts(turn, marker, markers), first=not chosen_texts)
    words = _quote(turn, marker, settings, facts)
    target = LazyTarget(turn, marker, settings)
    templates = [
        t
        for t in settings["templates"][marker.code]
        if _fits(t, marker, words, target, turn, facts)
    ]
    if facts["first"] and not facts.get("evidence"):
        own = [t for t in templates if not t.get("other_view")]
        templates = own or templates  # another's view only after his own reading, when a
        # question about it fits: 'Waar merk je dat aan?' ('die doet da expres om mij af te zetten')
    seed = f"{turn.text}|{marker.code}"
    while templates:
        template = _pick(templates, seed, used)
        if template is None:
            return None
        text = template["text"]
        person = "{target}" in text or "{subject}" in text or "{intent_of}" in text
        sentence = text.format(
            words=marker.text.lower().strip(QUOTE_MARKS) if "words_in" in template else words,
            clause=facts.get("clause"),
            target=target.object if person else "",
            subject=target.subject if person else "",
            intent_of=target.intent_of if person else "",
            speelt="speelde" if facts["past"] else "speelt",
        )
        sentence = sentence[0].upper() + sentence[1:]
        if _asks(sentence) not in {_asks(t) for t in chosen_texts} and _safe(sentence, words):
            return Suggestion(sentence, (marker.code,), template["id"])
        templates.remove(template)
    return None


THOUGHT = re.compile(
    r"\b(?:ik\s+dacht|dacht\s+ik|kdacht|dacht\s+k|denk\s+ik|ik\s+denk|kdenk)"
    r"(?:\s+(?:al|toch|meteen|direct|gewoon|gwn|eerst|echt|egt|alleen|nog))?\s*:\s*",
    re.IGNORECASE,
)


class Thought:
    def __init__(self, start, quote, past):
        self.start, self.quote, self.past = start, quote, past


def _told_thought(turn):
    """The last thought he reports in his own words ('ik dacht: nu ben ik weer de schuldige',
    'dan denk ik: die nemen mij toch nie'), or None."""
    if ":" not in turn.text:
        return None
    found = next(reversed(list(THOUGHT.finditer(turn.text))), None)  # the last one
    if found is None:
        return None
    said = SENTENCE_MARK.split(turn.text[found.end() :])[0]
    quote = _clean_quote(said, _settings())
    if quote is None or len(_words(quote)) < 3:
        return None  # 'ik dacht: nee, nu nie'
    return Thought(found.start(), quote, "dacht" in found.group(0).lower())


def _thought_question(thought, settings):
    kind = "thought_past" if thought.past else "thought"
    template = _pick(list(_open(kind)), thought.quote, set())
    sentence = template["text"].format(words=thought.quote)
    return Suggestion(sentence, (), template["id"]) if _safe(sentence, thought.quote) else None


COACH_WOULD_THINK = re.compile(
    r"\b(?:je|jij|u|ge|gij)\s+(?:zou|zoudt|zal|zult|gaat|denkt|vindt)\b"
    r"|\b(?:je|jij|u|ge|gij)\s+(?:me|mij)\s+(?:\w+\s+){0,3}?(?:vindt|vond|ziet|zag|vinden|zien)\b",
    re.IGNORECASE,
)  # 'bang dat je me een aansteller vindt'
AGAIN = re.compile(r"\bweer\b", re.I)
I_AM_BEFORE_DAT = re.compile(r"^(?:ik|k)\s+(?:ben|was)\s+\w+\s+(?=dat\b)")
TE_WORD = re.compile(r"\bte\b")
OPENS_WITH_I_WAS = re.compile(r"(?:ik\s+|k\s*)was\b", re.IGNORECASE)
INSIDE = re.compile(r"\bvan ?binnen\b", re.IGNORECASE)


def _feeling_question(turn, feeling, settings):
    if feeling.about and feeling.fear and COACH_WOULD_THINK.search(feeling.about.quote):
        template = _open("fear_coach" if feeling.past else "fear_coach_now")[0]
        return Suggestion(template["text"], (), template["id"])
    if feeling.about and feeling.fear and AGAIN.search(feeling.about.quote):
        quote = I_AM_BEFORE_DAT.sub("", feeling.about.quote)
        template = _open("fear_again")[0]
        sentence = template["text"].format(words=_lower_initial(quote))
        if _safe(sentence, quote):
            return Suggestion(sentence, (), template["id"])
    nature = _feeling_nature(turn, feeling)
    observes = not feeling.past and any(
        m.code == "self_reflection" and set(_words(m.text)) & _set("observe_verbs")
        for m in turn.markers
    )
    pattern = _described_pattern(turn, feeling.start, feeling.end, reflected=False)
    recurring = pattern or set(_words(_sentence(turn, feeling.start))) & _set("pattern_words")
    if (observes and (pattern or _reflected_before(turn, feeling.start))) or OBSERVED.search(
        turn.text[max(0, feeling.start - 40) : feeling.start]
    ):  # 'ik weet van mezelf dat ik snel in paniek schiet', '... ik word dan woedend'
        if THANKS_FOR_WORDS.match(turn.text):  # 'fijn dat je dat zegt. ik merk dat ik dan
            template = _open("coach_caused")[0]
            return Suggestion(template["text"], (), template["id"])  # minder boos ben, ...'
        kind = "self_observed" if recurring else "self_observed_now"  # 'nu minder in paniek'
        if _observed_with_why(turn) or (
            kind == "self_observed" and _act_observed_apart(turn, feeling)
        ):
            kind = "self_observed_why"  # '... omdat ik me anders zelf slecht voel': his insight;
            # 'ik voel me dan een klein manneke. ik weet van mezelf dat ik dan harder ga roepen':
            # the feeling and the act of that moment told, what it means to see it is asked
        template = _open(kind)[0]
        return Suggestion(template["text"], (), template["id"])  # 'ik merk da kik doodmoe ben'
    if nature == "coach_caused":
        template = _open("coach_caused")[0]
        return Suggestion(template["text"], (), template["id"])
    if feeling.quote.lower() in _set("swear_feelings"):
        told = len(_words(turn.text)) - len(_words(feeling.quote)) >= 5  # 'het voelt wel kut als
        # ze ...', 'ze hebben mij 3 stents gestoken en nu mag ik nie meer ... kut'
        template = _open("swear_told" if told else "swear")[0]
        return Suggestion(template["text"], (), template["id"])  # 'kut.': not quoted back
    ack = _acknowledged(turn, feeling, nature)
    if _eased(turn, feeling):  # 'zachter. minder kwaad.': a feeling that eases
        kind, words = "eased", feeling.quote
    elif ack:  # 'ik voel me egt zo tekortgedaan. ik loop me het snot voor de ogen ...'
        kind, words = ack, (feeling.about.quote if feeling.about else feeling.quote)
    elif feeling.kind == "verb" and _longing(feeling.quote) and not _past_told_after(turn, feeling):
        kind, words = ("longing_past" if feeling.past else "longing"), feeling.quote
    elif nature == "self_judgement":  # 'ik voelde me dom': how it felt then
        kind, words = ("self_judgement_past" if feeling.past else "self_judgement"), feeling.quote
    elif nature == "social":
        kind, words = ("social_past" if feeling.past else "social"), feeling.quote
        if kind == "social_past" and _moment_told(turn, besides=feeling.start):
            kind = "social_told"  # '... dus ligt het aan uw uitleg'. ik voelde mij aangevallen'
        elif kind == "social" and _states_elsewhere(turn, feeling):
            kind = "social_more"  # 'ik lig er wakker van. ik voel me alsof ...': not 'wat doet'
    elif nature == "body_said" and not feeling.about and not _reason_given(turn, feeling):
        kind, words = "body_said", feeling.quote
    elif feeling.kind == "word" and not feeling.about and (reason := _reason_given(turn, feeling)):
        alarm = feeling.fear or feeling.quote.lower() in _set("alarm_feelings")
        # 'what touches you most' fits a hurt, not a fright ('paniek gwn. ik dacht shit ...')
        kind = ("alarm" if alarm else "reason") + ("_past" if reason == "past" else "")
        words = feeling.quote
    elif feeling.about:
        opener, quote = feeling.about.opener, feeling.about.quote
        fear = feeling.fear and (
            opener in ("dat", "da") or (opener == "om" and TE_WORD.search(quote))
        )  # 'bang dat ...', 'bang om te buizen'; not 'zorgen om mijn dochter'
        fear = fear and not OPENS_WITH_I_WAS.match(quote)  # 'toen'
        kind = "fear_about" if fear else ("about_past" if feeling.past else "about")
        words = feeling.about.quote
        if kind == "about_past" and feeling.fear:  # 'ik was bang voor mn baan': what was at
            kind = "fear_past" if _feared_outcome(feeling.about) else "alarm_past"  # stake
        if fear and (PERFECT.search(words) or DONE.search(words)):
            kind = "fear_about_done"  # 'bang dat mijn teamleider dat als kritiek heeft opgevat'
        outcome = _outcome_told(turn, feeling) if fear else None
        if outcome:  # 'bang dat het mis zou gaan en dat ik er dan alleen voor sta': what it
            kind, words = ("fear_outcome_past" if feeling.past else "fear_outcome"), outcome
            # would mean he said; how it is to carry it is asked

    elif feeling.kind == "np":
        kind, words = "metaphor", feeling.quote
    elif feeling.kind in ("verb", "clause") and not feeling.past:
        kind, words = "emotion_clause", feeling.quote
    elif feeling.kind in ("verb", "clause"):
        kind, words = "emotion_clause_past", feeling.quote  # 'ik schaamde me daarvoor'
    else:
        kind, words = "emotion", feeling.quote
        if INSIDE.search(turn.text):
            kind = "emotion_inside_said"
        elif feeling.past:
            kind = "emotion_past"
    if kind in ("emotion", "emotion_past", "emotion_clause") and _inside_said(turn, feeling):
        kind = "emotion_inside_said"
    elif kind == "emotion_clause_past" and _inside_said(turn, feeling):
        kind = "clause_touched_past"  # 'ik ontplofte vanbinnen. ik schaamde me ook, ...'
    if kind == "emotion_past" and (feeling.fear or feeling.quote.lower() in _set("alarm_feelings")):
        kind = "alarm_past"  # 'ik was doodsbang': how he felt it, not what touched him most
    if kind == "emotion_past" and _inner_states_told(turn, feeling):
        # 'ik schrok me rot. ik dacht meteen: niet weer. daarna was ik teleurgesteld': what
        # went on in him he just told; what touched him most is asked instead
        kind = "reason_past"
    if kind in ("emotion", "emotion_past", "reason", "reason_past", "alarm", "alarm_past"):
        quote = feeling.quote.lower()
        if quote in _set("hope_words"):
            kind = "hope_past" if feeling.past else "hope"  # 'ik had hoop': what he hoped for
        elif quote in _set("doubt_words"):  # 'maar nu twijfel ik': what makes him doubt
            own = _sentence(turn, feeling.start)  # 'natuurlijk twijfel ik. thuis, s nachts.'
            nxt = turn.text[turn.text.find(own) + len(own) :]
            often = set(_words(own + " " + _sentence(turn, len(turn.text) - len(nxt) + 1))) & (
                _set("habitual_words")
                | _set("pattern_words")
                | RECURRING_WORDS
                | _set("moment_words")
                | {"soms", "vaak", "weleens", "wleens", "af", "thuis", "snachts"}
            )
            kind = "doubt_past" if feeling.past else ("doubt_often" if often else "doubt")
            template = _open(kind)[0]
            return Suggestion(template["text"], (), template["id"])
    body_told = not _set("body_words").isdisjoint(turn.word_set)
    if kind == "emotion_clause_past" and body_told:
        kind = "clause_touched_past"  # 'Ik schrok er erg van. Ik stond te trillen ...': not
        # how he felt it inside, he just said
    if kind == "emotion" and _set("habitual_words") & set(_words(_sentence(turn, feeling.start))):
        kind = "habitual"  # 'ik ben er elke dienst gespannen van': what happens in him then
    words = _lower_initial(words)
    moment = _moment_given(turn, feeling)
    reason = kind.startswith(("emotion_clause", "about")) and _reason_given(turn, feeling)
    told = any(t.get("not_when_told") for t in _open(kind)) and _told_beside(turn, feeling)
    templates = [
        t
        for t in _open(kind)
        if not (t.get("not_when_moment") and moment)
        and not (t.get("not_when_reason") and reason)
        and not (t.get("not_when_told") and told)  # 'leeg. ik ga met allemaal vragen naar
    ]  # binnen en kom met dezelfde vragen weer naar buiten': what it is about he just told
    if body_told:  # 'ik werd misselijk': not how he feels it inside, when another question fits
        templates = [t for t in templates if "van binnen" not in t["text"]] or templates
    used = set()
    while (template := _pick(templates, turn.text, used)) is not None:
        sentence = template["text"].format(words=words)
        if _safe(sentence, words):
            return Suggestion(sentence, (), template["id"])
        used.add(template["id"])
    return None


# 'ik mis haar', 'ik miste mijn vader zo': a longing for someone, not yet said what of him
LONGING = re.compile(r"\b(?:mis|miste|misten)\s+((?:\S+\s*){1,5})$", re.IGNORECASE)


def _past_told_after(turn, feeling):
    """After the feeling he tells how it was ('ik mis haar. vroeger kwam ze na school altijd bij
    me in de keuken zitten'): what he misses he already said."""
    after = [c for c in turn.clauses if c.start >= feeling.end and _words(turn.clause_text(c))]
    told = " ".join(turn.clause_text(c) for c in after)
    return len(_words(told)) >= 4 and (
        any(c.past for c in after) or not _set("past_words").isdisjoint(_words(told))
    )


def _longing(quote):
    found = LONGING.search(quote)
    if found is None:
        return False
    missed = [w for w in _words(found.group(1)) if w not in _set("fillers")]
    person = missed[-1:] and (
        missed[-1] in PRONOUNS | {"ze", "jou", "u"} or missed[-1] in _people()
    )
    return bool(person) and len(missed) <= 2  # 'ik mis hem', 'ik mis mijn vader zo erg'


# 'bang dat het misgaat | en dat ik er dan alleen voor sta', '..., want dan ben ik mijn job kwijt'
OUTCOME = re.compile(
    r"^\s*,?\s*(?:(?:en|of)\s+(?:dat|da|dak)\b|(?:en|want)\s+dan\b|dan\s+(?:ben|sta|zit|word|heb)\b)",
    re.IGNORECASE,
)


def _outcome_told(turn, feeling):
    """A fear with what would follow from it told after what he fears: the whole fear to quote
    ('bang dat het mis zou gaan en dat ik er dan alleen voor sta'), else None."""
    lowered = turn.lowered
    at = lowered.find(feeling.about.quote.lower(), max(0, feeling.start - 40))
    if at < 0:
        return None
    end = at + len(feeling.about.quote)
    rest = SENTENCE_MARK.split(turn.text[end:])[0]
    if not OUTCOME.match(rest):
        return None
    whole = _clean_quote(turn.text[at : end + len(rest)], _settings())
    return whole or feeling.about.quote


def _eased(turn, feeling):
    """'minder kwaad', 'ik ben minder bang': a feeling that eases, asked what made the
    difference (not what touches him most)."""
    quote = _words(feeling.quote)
    easing = _set("easing_words")
    if not quote or not (
        (quote[0] in easing and len(quote) <= 3)
        or _previous_word(turn.text, feeling.start) == "minder"
    ):
        return False
    after = _words(turn.text[feeling.end :])
    contrast = after[:1] in (("maar",), ("ma",), ("al",), ("toch",))  # 'ma ik blijf het ...'
    # 'rustiger. we hebben gister samen een film gekeken': he said what did it
    return contrast or not (_told_beside(turn, feeling) or _reason_given(turn, feeling))


def _acknowledged(turn, feeling, nature):
    """'ack_hurt' or 'ack_burden' (with '_past') for a hurt or a burden of his own whose why
    the turn already tells, else None: acknowledged before what touches or weighs most."""
    if nature in ("coach_caused", "self_judgement") or feeling.fear:
        return None
    quote = " " + " ".join(_words(feeling.quote)) + " "
    if _previous_word(turn.text, feeling.start) in _set("feeling_degree") or " minder " in quote:
        return None  # 'minder kwaad': a feeling that eases
    if any(f" {w} " in quote for w in _set("hurt_feelings")):
        kind = "ack_hurt"
    elif any(
        f" {w} " in quote and f" me {w} " not in quote and f" mij {w} " not in quote
        for w in _set("burden_feelings")
    ):  # not 'ik schrok me kapot': an intensifier
        kind = "ack_burden"
    else:
        return None
    reason = _reason_given(turn, feeling)
    told = (
        feeling.about is not None
        or reason
        or _told_beside(turn, feeling)
        or _act_towards_him(turn, turn.clauses)
    )
    past = feeling.past or reason == "past"  # 'buitengesloten eigenlijk. en daarna dacht ik'
    return (kind + ("_past" if past else "")) if told else None


def _told_beside(turn, feeling):
    """Another sentence tells what is going on: at least six words that are no feeling ('ik ben
    het zo beu. elke dag na mijn werk naar ma, eten maken, pillen klaarzetten, wassen')."""
    own = _sentence(turn, feeling.start)
    start = turn.text.find(own)
    rest = turn.text[:start] + " " + turn.text[start + len(own) :]
    told = [w for w in _words(rest) if w not in _set("fillers") and w not in _feeling_words()]
    return len(told) >= 6


def _feared_outcome(about):
    """A fear of what might happen ('bang dat hij achter me aan zou komen', 'bang voor mn
    baan'), not of a person ('doodsbang voor de chef')."""
    if about.opener in ("dat", "da", "om"):
        return True
    after = _words(about.quote.lower().split(about.opener, 1)[-1]) if about.opener else ()
    return bool(after) and after[-1] not in _people() and after[-1] not in PRONOUNS


# 'bang dat ik het verpest heb': the feared thing has happened (a verb-final perfect)
DONE = re.compile(
    r"^(?:(?!\b(?:waar|die|wat)\b).)*\b(?:ge|be|ver|ont|her|over)[^\W\d_]+(?:d|t|en)\s+"
    r"(?:heb|hebt|heeft|hebben|ben|bent|is|zijn)\s*$",
    re.IGNORECASE,
)


def _states_elsewhere(turn, feeling):
    """Another sentence of the turn already tells an inner state of his: a feeling, a thought or
    a felt comparison ('ik lig er wakker van. ik voel me alsof ...', 'leeg. ... denk ik: ...')."""
    own = _sentence(turn, feeling.start)
    for m in turn.markers:
        if m.code in ("mental_state", "self_reflection") and _sentence(turn, m.start) != own:
            clause = turn.clause_at(m.start)
            if clause is None or not (
                clause.quoted or clause.reported or clause.subject == "other"
            ):
                return True
    return False


NOW_ONLY_BECOME = re.compile(r"\bnu\s+(?:word|ben|raak)\s+ik\s+pas\b", re.IGNORECASE)
TO_HEAR_FROM_COACH = re.compile(
    r"\s+(?:om\s+(?:dat\s+|da\s+|het\s+)?te\s+horen"
    r"(?!\s+(?:dat|da|van|hoe|wat|over)\b)|om\s+(?:dat\s+|da\s+)?van\s+(?:u|jou|je)\b)",
    re.IGNORECASE,
)


def _feeling_nature(turn, feeling):
    """What the quoted feeling is, to choose its question: 'self_judgement' ('zo'n slechte
    moeder'), 'social' (what others did: 'afgerekend', 'buitenspel gezet', 'niet gezien'),
    'coach_caused' ('Een depressie? ... Nu word ik pas echt ongerust'), 'body_said' (he gave
    its bodily side: 'buikpijn. en schaamte'), or None for a feeling felt inside."""
    words = _words(feeling.quote)
    if not words:
        return None
    if _question_to_coach(turn, feeling) or NOW_ONLY_BECOME.search(_sentence(turn, feeling.start)):
        return "coach_caused"  # 'Bedreiging... zo had ik het nog niet gezien. Nu word ik pas …'
    if not feeling.past and TO_HEAR_FROM_COACH.match(turn.text[feeling.end :]):
        return "coach_caused"  # 'het is wel ambetant om te horen maar het klopt wel'
    opens_noun = words[0] in ("zo'n", "zon", "een", "nen", "ne")
    if feeling.kind == "np" or (feeling.kind != "as_if" and opens_noun):
        if set(words) & _set("self_judgement_words") or any(
            w.rstrip("e") in LABEL_WORDS() or w in LABEL_WORDS() for w in words[1:]
        ):
            return "self_judgement"
    if (
        feeling.kind == "phrase"
        and feeling.about is None
        and set(words)
        <= _set("self_judgement_words")
        | {
            "zo",
            "zon",
            "echt",
            "egt",
            "heel",
            "gewoon",
            "gwn",
        }
    ):
        return "self_judgement"  # 'ik voel me gewoon zo dom', 'ik voel me klein'
    if feeling.kind == "phrase":
        bodily = _feelings_with("bodily_participles")
        last = words[words.index("als") - 1] if "als" in words[1:] else words[-1]
        participle = PARTICIPLE.match(last) and last not in bodily
        if participle or set(words) & _set("social_feelings"):
            return "social"
    if turn.word_set & _set("body_words") and feeling.kind == "word":
        return "body_said"
    return None


STATEMENT_MARK = re.compile(r"[.!]")
YOU_WORD = re.compile(r"\b(?:u|jij|je|ge|gij)\b", re.IGNORECASE)
NOW_WORD = re.compile(r"\bnu\b", re.IGNORECASE)


def _question_to_coach(turn, feeling):
    """The feeling follows a question to the coach in the same turn ('Denkt u dat echt? Nu
    word ik pas echt ongerust.'): it is about what he just said."""
    before = turn.text[: feeling.start]
    if "?" not in before:
        return False
    asked = before[: before.rfind("?")]
    asked = STATEMENT_MARK.split(asked)[-1]
    return (
        bool(YOU_WORD.search(asked))
        or bool(NOW_WORD.search(turn.text[feeling.start - 30 : feeling.start]))
        and len(_words(asked)) <= 3
    )


def _moment_given(turn, feeling):
    """He already says when he feels it: 'ik schaam me als Noor ...', 'ik voel me dan ...',
    ''s nachts wakker lag'."""
    around = _sentence(turn, feeling.start)
    if feeling.about:
        around += " " + feeling.about.quote
    return bool(set(_words(around)) & _set("moment_words"))


def _inner_states_told(turn, feeling):
    """Besides this feeling he names two more states of his own, or one and a thought ('ik
    dacht meteen: niet weer')."""
    others = sum(1 for f in _own_feelings(turn) if f.start != feeling.start)
    thought = THOUGHT.search(turn.text) is not None
    return others >= 2 or (others >= 1 and thought)


def _inside_said(turn, feeling):
    return bool(INSIDE.search(turn.text))


YOU_VERB = re.compile(r"(?:u|jij|je|ge|gij)\s+[^\W\d_]+", re.IGNORECASE)


def _coach_act(turn):
    """A clause with the coach as its subject doing something: 'U kijkt steeds op de klok',
    'maar jij woont er nie naast'."""
    for clause in turn.clauses:
        text = _without_leading(turn.clause_text(clause))
        if set(_words(_sentence(turn, clause.start))) & _set("relation_words"):
            continue  # 'jij staat ook aan haar kant': his reading of the coach, asked as such
        if clause.subject == "you" and not clause.classes and YOU_VERB.match(text):
            return True
    return False


LAUGH = re.compile(r"\b(?:haha\w*|hihi\w*|hehe\w*|lol|xd)\b|[😂🤣😄😅😆😁]", re.IGNORECASE)


def _here_and_now_question(turn, kind, settings):
    lowered = turn.lowered
    if any(_done_to_him(turn, f.start()) for f in _phrases("against_me").finditer(lowered)):
        kind = "owned"  # 'ik had u da verteld in vertrouwen en ge gebruikt da tegen mij'
    elif (
        kind not in ("reproach", "missed")
        and LAUGH.search(turn.text)
        and NEGATIONS.isdisjoint(turn.word_set)
        and not turn.word_set & _union("reproach_words", "relation_words")
    ):
        return _relation_question(turn, "light", settings)  # 'haha ja jij was nog bozer dan ik'
    if kind == "feeling" and turn.word_set & _set("reproach_words"):
        kind = "reproach"  # 'makkelijk gezegd. jij kent haar nie eens'
    if kind == "feeling" and _coach_act(turn):
        kind = "act"  # 'U kijkt steeds op de klok': he already says what he sees in the coach
    if (
        kind == "feeling"
        and not turn.word_set & _feeling_words()
        and _own_feeling(turn) is None
        and not K_VOEL_STEM.search(turn.text)
    ):  # no feeling for 'waardoor het zo voelt': 'Makkelijk voor u', 'door hen ingehuurd'
        kind = "reproach" if turn.word_set & _set("relation_words") else "act"

    return _relation_question(turn, kind, settings)


def _relation_question(turn, kind, settings):
    templates = list(_open(f"relation_{kind}"))
    template = _pick(templates, turn.text, set())
    return Suggestion(template["text"], (), template["id"])


# 'Daar heeft het niets mee te maken.', 'wat heeft mn vader er nou mee te maken joh': the
# client rejects the link the coach just made, in his first sentence
RUPTURE = re.compile(
    r"^\W*(?:(?:wa+|huh|nee|neen|ja\s+maar|maar)\W+)*"
    r"(?:(?:daar|da|dat|het|wat|(?:mn|mijn|m'n|die|de)\s+\w+)\s+)?(?:heeft|heef|hee)\s+"
    r"(?:(?:het|dat|da|daar|er|mn|mijn|m'n"
    r"|\w+|nou|nu|toch|echt|egt|helemaal)\s+){0,4}(?:niks|niets|nix|geen\s+bal)?\s*"
    r"(?:\w+\s+){0,2}(?:hier|daar|er)?mee\s+te\s+maken\b",
    re.IGNORECASE,
)


# 'Dat kunt u helemaal niet weten.', 'ge kent mij nie eens', 'wat weet jij daar nou van': what
# the coach said is pushed back as not his to know
PUSHBACK = re.compile(
    r"\b(?:dat|da)\s+(?:kunt|kan|kun)\s+(?:u|jij|je|ge|gij)\s+(?:helemaal\s+)?(?:niet|nie)\s+weten\b"
    r"|\b(?:u|jij|je|ge|gij)\s+kent\s+(?:hem|haar|mij|me|ons|mijn|mn|m'n|die|dat)\b[^.!?]{0,25}"
    r"\b(?:niet|nie)\b|\bwat\s+weet\s+(?:u|jij|gij|ge)\s+(?:daar|er)\s+(?:nou\s+|nu\s+)?van\b"
    r"|\b(?:denkt|denkte|dacht)\s+(?:gij|ge|u|jij|je)\s+(?:da|dat)\s+(?:ik|k)\s+(?:da|dat|het)?\s*"
    r"(?:nie|niet)\s+(?:weet|kan|snap|zie)\b"
    r"|^\W*(?:nee\W+)?(?:da|dat)\s+vind\s+ik\s+(?:niet|nie)\b"
    r"|^\W*(?:(?:nee|ach|pff)\W+)?(?:dat|da)\s+is\s+(?:toch\s+|echt\s+|gewoon\s+)?"
    r"(?:onzin|flauwekul|nonsens|gezever|zever|bullshit|kletspraat|klets)\b",
    re.IGNORECASE,
)
# PUSHBACK's alternatives, each with the words one of its matches needs: in an ASCII text only
# those whose word occurs are searched, and the leftmost match (the first alternative on a tie)
# is the one PUSHBACK.search gives
PUSHBACK_PARTS = tuple(
    (needs, re.compile(part, re.IGNORECASE))
    for needs, part in (
        (
            ("weten",),
            r"\b(?:dat|da)\s+(?:kunt|kan|kun)\s+(?:u|jij|je|ge|gij)\s+(?:helemaal\s+)?(?:niet|nie)"
            r"\s+weten\b",
        ),
        (
            ("kent",),
            r"\b(?:u|jij|je|ge|gij)\s+kent\s+(?:hem|haar|mij|me|ons|mijn|mn|m'n|die|dat)\b"
            r"[^.!?]{0,25}\b(?:niet|nie)\b",
        ),
        (("weet",), r"\bwat\s+weet\s+(?:u|jij|gij|ge)\s+(?:daar|er)\s+(?:nou\s+|nu\s+)?van\b"),
        (
            ("denk", "dacht"),
            r"\b(?:denkt|denkte|dacht)\s+(?:gij|ge|u|jij|je)\s+(?:da|dat)\s+(?:ik|k)\s+"
            r"(?:da|dat|het)?\s*(?:nie|niet)\s+(?:weet|kan|snap|zie)\b",
        ),
        (("vind",), r"^\W*(?:nee\W+)?(?:da|dat)\s+vind\s+ik\s+(?:niet|nie)\b"),
        (
            ("onzin", "flauwekul", "nonsens", "zever", "bullshit", "klets"),
            r"^\W*(?:(?:nee|ach|pff)\W+)?(?:dat|da)\s+is\s+(?:toch\s+|echt\s+|gewoon\s+)?"
            r"(?:onzin|flauwekul|nonsens|gezever|zever|bullshit|kletspraat|klets)\b",
        ),
    )
)


def _pushback_search(turn):
    """PUSHBACK.search(turn.text), searching only the alternatives that can match."""
    if not turn.text.isascii():  # a case-insensitive 'i' also matches 'ı': the whole pattern
        return PUSHBACK.search(turn.text)
    best = None
    for needs, part in PUSHBACK_PARTS:
        if any(word in turn.lowered for word in needs):
            found = part.search(turn.text)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
    return best


# 'hoe weet gij da nu', 'denk je dat ik dat niet geprobeerd heb': what he is asked back
PUSHBACK_ASKED = re.compile(
    r"\b(?:denk|denkt|dacht)\s+(?:gij|ge|u|jij|je)\s+(?:(?:nu|nou|echt|egt|soms)\s+)?"
    r"(?:(?:da|dat)\s+(?:ik|k|we|wij)|dak|datk)\b[^.!?]{0,30}?\b(?:nie|niet|nooit|geen)\b"
    r"|\bhoe\s+weet\s+(?:gij|ge|jij|je|u)\s+(?:da|dat|dit|het)\b",
    re.IGNORECASE,
)
# 'da doen we al', 'dat helpt me niks': his answer to a proposal; a pushback only when the turn
# has nothing else to take up ('da hebben we al. ze is gewoon nen egoïst': the label)
ALREADY = re.compile(
    r"^\W*(?:ja\W+)?(?:da|dat)\s+(?:doen\s+we|doe\s+ik|heb\s+ik|hebben\s+we)\s+(?:al|allang)\b"
    r"|^\W*(?:da|dat)\s+helpt\s+(?:me|mij|ons)\s+(?:\w+\s+){0,2}(?:niks|niets|nie|niet)\b"
    r"|^\W*(?:(?:ja|nee)\W+)?(?:al|allang|heb\s+ik\s+al|hebben\s+we\s+al)\s+gedaan\b",
    re.IGNORECASE,
)  # 'Al gedaan. Er verandert niets, want ...'
TAKEN_UP = frozenset({"easy_label", "assumed_intent", "external_blame", "rigid_rule"})
# 'ge moet nie meeleven hoor': the coach's own move pushed back
PUSHBACK_MOVE = re.compile(
    r"\b(?:ge|je|u|jij|gij)\s+(?:moet|moogt|hoeft)\s+(?:mij\s+|me\s+)?(?:ook\s+)?"
    r"(?:niet|nie|geen)\s+(?:zo\s+)?(?:mee\s*leven|medelijden|zo\s+doen"
    r"|(?:te\s+)?(?:psychologiseren|analyseren))"
    r"|\b(?:ge|je|u|jij|gij)\s+(?:moet|moogt|hoeft)\s+(?:da|dat|het)\s+(?:niet|nie)\s+(?:zo\s+)?zeggen\b"
    r"|\b(?:nu|nou)\s+(?:ga|gaat)\s+(?:ge|je|u|jij|gij)\s+(?:wel\s+|echt\s+)?(?:heel\s+|veel\s+te\s+|te\s+)?ver\b",
    re.IGNORECASE,
)  # 'ge moet da nie zeggen alsof het erg is', 'allez, nu gaat ge wel heel ver'
# the cues as one expression: 'zeggen' only after a negation, 'ver' only as a word
MOVE_CUE = Cued(
    r"leven|medelijden|zo doen|psycholog|analyse|n(?:ie|iet)\s+(?:zo\s+)?zeggen|\bver\b",
    ("leven", "medelijden", "zo doen", "psycholog", "analyse", "nie", "ver"),
)
# 'jaloers. tuurlijk. 🙄': an eye-roll takes the coach's word back in sarcasm
EYE_ROLL = ("🙄", "😒", "🙃")


PUSHBACK_CUES = (
    "kent",
    "weten",
    "weet",
    "denk",
    "doen we",
    "doe ik",
    "heb ik",
    "hebben we",
    "helpt",
)
PUSHBACK_CUES += (
    "vind ik",
    "gedaan",
    "onzin",
    "flauwekul",
    "nonsens",
    "zever",
    "bullshit",
    "klets",
)


# any of the cues, in one scan of the lowered text (as 'cue in lowered' for each)
PUSHBACK_CUE = re.compile("|".join(re.escape(cue) for cue in PUSHBACK_CUES))
QUESTION_OR_EXCLAMATION = re.compile(r"[!?]")
SAYS_OR_COLON = re.compile(r"\b(?:zegt|zei|zeggen|zeiden|zegde)\b|:", re.IGNORECASE)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+")


# 'hoe weet jij dat nou??', 'dat kunt u niet weten', 'wat weet jij daar nou van': what the coach
# said is something he cannot know; the coach owns that he filled it in
UNKNOWABLE = re.compile(r"\bhoe\s+weet\b|\bweten\b|\bwat\s+weet\b", re.IGNORECASE)
# 'het is NIET maar een game', 'HET IS GEEN SPELLETJE': he rejects the coach's word for it
MINIMISED = re.compile(
    r"^\W*(?:(?:nee|neen|maar|ma)\W+)?(?:het|dat|da|dit|'t|t)\s+(?:is|was)\s+(niet|nie|geen)\s+"
    r"((?:maar|zomaar|gewoon|gwn|alleen|enkel|zo\s+maar)\s+)?((?:een|nen|ne|'n)\s+)?([^\W\d_]+)",
    re.IGNORECASE,
)


def _rupture(turn):
    """'rupture' when he pushes back what the coach said ('Daar heeft het niets mee te maken',
    'ge kent mij nie eens', 'het is NIET maar een game'), 'unknown' when he asks how the coach
    can know it ('hoe weet jij dat nou??'), else None."""
    found = _pushback(turn)
    if found is True or found is None or found is False:
        return "rupture" if found else None
    return "unknown" if UNKNOWABLE.search(found.group(0)) else "rupture"


def _pushback(turn):
    lowered = turn.lowered
    cued = PUSHBACK_CUE.search(lowered) is not None
    found = cued and _pushback_search(turn)
    if not found and ("hoe weet" in lowered or "denk" in lowered or "dacht" in lowered):
        found = PUSHBACK_ASKED.search(turn.text)
    if not found and cued:
        found = ALREADY.match(turn.text)
        if (
            found
            and not QUESTION_OR_EXCLAMATION.search(turn.text)
            and any(m.code in TAKEN_UP and m.start >= found.end() for m in turn.markers)
        ):
            return False  # 'da hebben we al. ze is gewoon nen egoïst': the label is asked
    if not found and MOVE_CUE.search(lowered):
        found = PUSHBACK_MOVE.search(turn.text)
    if found:
        before = SENTENCE_MARK.split(turn.text[: found.start()])[-1]
        if not SAYS_OR_COLON.search(before):
            return found  # not 'mijn moeder zegt altijd: je moet niet overdrijven'
    minimised = ("nie" in lowered or "geen" in lowered) and MINIMISED.match(turn.text)
    if minimised and (
        (minimised.group(2) and minimised.group(3))
        or (minimised.group(1).isupper() and minimised.group(4).isupper())
    ):
        return True  # 'het is NIET maar een game': not 'het is geen probleem', 'niet alleen'
    if any(face in turn.text for face in EYE_ROLL) and len(_words(turn.text)) <= 8:
        return True  # 'jaloers. tuurlijk. 🙄'
    if "te maken" not in lowered:
        return False
    sentences = SENTENCE_SPLIT.split(turn.text.strip())
    while len(sentences) > 1 and len(_words(sentences[0])) <= 2:
        sentences = sentences[1:]  # 'WA?? da heeft er niks mee te maken!!'
    first = sentences[0]
    found = RUPTURE.match(first)
    if found is None:
        return False
    said = _words(found.group(0))
    return bool({"niks", "niets", "nix", "bal"} & set(said)) or said[:1] == ("wat",)


# 'NIET DRAMATISCH?? hij noemde ...', 'OORDOPJES?? ...': the coach's word thrown back at him
ECHO = re.compile(r"\W*((?:[^\W\d_]+\s*){1,3}?)\s*(\?[?!]+|\?|!\?)(?=\s|$)")
# 'WAT. denk je dat??', 'meent ge da nu?!': a shocked question back at the coach
REWIND = re.compile(
    r"(?:^|[.!?]\s*)\W*(?:en\s+)?(?:denk|denkt|vind|vindt|meen|meent)\s+(?:je|jij|ge|gij|u)\s+"
    r"(?:(?:da|dat|echt|egt|nu|nou|serieus|dat\s+echt)\s*)+\?",
    re.IGNORECASE,
)
# 'dat je gwn luistert', 'luister nu gewoon eens': he asks the coach to listen
LISTEN = re.compile(
    r"^\W*(?:(?:ja|nee|gewoon|gwn)\W+)?(?:dat|da)\s+(?:je|jij|ge|gij|u)\s+"
    r"(?:(?:gewoon|gwn|eens|ne\s+keer|efkes|even|nu|eerst|gewoon\s+eens)\s+)*"
    r"(?:naar\s+(?:mij|me)\s+)?luistert\b"
    r"|^\W*luister\s+(?:(?:nu|nou|gewoon|gwn|eens|efkes|even|eerst)\s+)+",
    re.IGNORECASE,
)
# 'ik ben kwaad omdat je maar wat zegt': his feeling is about what the coach does
BECAUSE_OF_YOU_CUES = (
    "omdat",
    "want",
    "doordat",
    "dat j",
    "da j",
    "dat g",
    "da g",
    "dat u",
    "da u",
)
BECAUSE_OF_YOU_CUE = re.compile("|".join(re.escape(cue) for cue in BECAUSE_OF_YOU_CUES))
BECAUSE_OF_YOU = re.compile(
    r"\b(?:omdat|doordat|want|dat|da)\s+(?:je|jij|ge|gij|u)\s+\w+", re.I
)  # 'boos dat je zomaar iets over mijn familie zei'


NEGATIONS = frozenset({"niet", "nie", "geen", "nooit", "nee", "neen"})
CONTESTS = re.compile(
    r"\bslaat\s+(?:da|dat|het)\s+(?:\w+\s+){0,2}op\b|\bwaar\s+haal\s+(?:je|jij|ge|gij|u)\b"
    r"|\bhoe\s+kom\s+(?:je|jij|ge|gij|u)\s+(?:daar|erbij|daarbij|daarop)\b",
    re.IGNORECASE,
)
DISMAY = re.compile(r"\W*(?:o|oh|oei|oeps|ai|nee\s+toch|o\s+god|oh\s+god|omg)\b", re.IGNORECASE)


def _contested(turn, echo, rest):
    """The echoed word is contested ('NIET DRAMATISCH?? ...', 'MAAR WATER??? ...', 'zeuren?? IK
    ZEUR NIET', 'aanstellen?? jij was er niet', 'mijn vader?? wat slaat dat nou weer op'), not
    news that frightens him ('Ernstig?! Ik ben al de hele dag ongerust', 'Astma?! O nee ...')."""
    if DISMAY.match(rest):
        return False
    negated = bool(set(echo) & {"niet", "nie", "geen", "nooit"}) or echo[0] == "maar"
    first = _words(SENTENCE_MARK.split(rest.strip())[0])
    contested = (
        negated or bool(set(first) & (NEGATIONS | _set("you"))) or bool(CONTESTS.search(rest))
    )
    if not contested:
        return False
    # 'Mijn hele leven?! ... Ik durf niet meer!!': his distress, no rupture
    return negated or not _distress_after(turn, len(turn.text) - len(rest))


def _dismissed_after(turn, after):
    """The sentence after an echoed word opens with a certainty ('gevoel? het is gewoon zo.',
    'bang? da's toch normaal'): the coach's word is waved away."""
    end = after + len(_sentence(turn, after + 1))
    return any(m.code == "certainty" and after <= m.start < end for m in turn.markers)


def _distress_after(turn, after):
    """A feeling or a flood of content follows ('Ik durf niet meer!!', 'ik word hier gek van'),
    not only shouting."""
    return any(
        m.start >= after
        and (
            (m.code == "mental_state" and m.rule != "mind.verb")
            or (m.code == "affect_flooding" and m.rule not in _set("flood_shouting_rules"))
        )
        for m in turn.markers
    )


@cache
def _phrases(name):
    """One expression for a list of phrases, longest first ('tegen mij', 'lacht me uit')."""
    phrases = sorted(_set(name), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


# 'het voelde alsof je me niet geloofde', 'ik voelde me raar. alsof ge mij aan het analyseren waart'
FELT_YOU = re.compile(
    r"(?:\bvoel(?:de|t)?\b[^.!?]{0,20}?|(?:^|[.!?]\s*))\balsof\s+(?:je|jij|ge|gij|u)\s+(?:me|mij)\b",
    re.IGNORECASE,
)


def _done_to_him(turn, position):
    """The coach is the subject of what was done to him, told as fact ('ge gebruikt da tegen
    mij'; not feared, 'Ik denk dat je het tegen mij gaat gebruiken')."""
    clause = turn.clause_at(position)
    if clause is None or clause.subject != "you" or clause.quoted or clause.reported:
        return False
    if clause.hedged or FUTURE.search(turn.clause_text(clause)):
        return False
    return FEARED.isdisjoint(_words(_sentence(turn, position)))  # 'ik denk dat je ...'


FEARED = frozenset({"denk", "kdenk", "vrees", "bang", "misschien", "mss", "wss", "straks", "zou"})


def _reaction_to_coach(turn):
    """What the turn does with the coach's last words, before anything else is asked: 'rupture'
    (his word thrown back, 'NIET DRAMATISCH?? ...'), 'rewind' (a shocked question back, 'WAT.
    denk je dat??', 'echt?? ...'), 'owned' (a feeling about what the coach does, 'kwaad omdat je
    maar wat zegt'), 'listen' ('dat je gwn luistert'); None for none."""
    text = turn.text
    lowered = text.lower()
    if "?" in text:
        if any(m.code in REFLECTIVE for m in turn.markers):
            return None  # 'hm, denk je dat? misschien wel': he weighs it
        found = (
            REWIND.search(text)
            if ("den" in lowered or "vind" in lowered or "mee" in lowered)
            else None
        )
        if found and not _distress_after(turn, found.end()):
            return "rewind"  # not 'Denkt u dat echt? Nu word ik pas echt ongerust.': asked so
        found = ECHO.match(text)
        if found and text[found.end() :].strip():
            echo, marks = found.group(1).strip(), found.group(2)
            words = _words(echo)
            stressed = len(marks) > 1 or (echo.isupper() and len(echo) > 2)
            if (
                len(words) == 1
                and not stressed
                and words[0] not in _union("wh_words", "echo_tags", "echo_shock")
                and _dismissed_after(turn, found.end())
                and not DENIED_OPENING.match(text)  # 'Schamen? Nee hoor, ...': his own word
            ):
                return "rupture"  # 'gevoel? het is gewoon zo.': the coach's word waved away
            if words and stressed:
                if " ".join(words) in _set("echo_shock"):
                    return "rewind"  # 'WAT?? ...', 'echt?? ...'
                if (
                    set(words) & _feelings_with("validate_named", "fears")
                    or words[0] in _set("wh_words")
                    or words[0] in _set("finite_verbs")
                    or set(words) <= _set("echo_tags")
                ):
                    return None  # 'kwaad?? ik ben RAZEND', 'waarom?? omdat ...', 'ja toch?!'
                if _contested(turn, words, text[found.end() :]):
                    return "rupture"
    if "luister" in lowered and LISTEN.search(text):
        return "listen"
    against = _phrases("against_me")
    if (
        against.search(lowered)
        and any(c.subject == "you" for c in turn.clauses)
        and any(_done_to_him(turn, f.start()) for f in against.finditer(lowered))
    ):
        return "owned"  # 'ge gebruikt da tegen mij', 'u lacht me gewoon uit'
    if "alsof" in lowered and (found := FELT_YOU.search(text)):
        return "owned"  # 'Het voelde alsof je me niet geloofde.': how the coach came across
    if BECAUSE_OF_YOU_CUE.search(lowered) and (found := BECAUSE_OF_YOU.search(text)):
        feeling = _own_feeling(turn)
        said_that = found.group(0).lower().startswith("da")
        if (
            feeling is not None
            and not (said_that and (feeling.fear or feeling.start + 40 < found.start()))
            and feeling.start < found.start()
            and _sentence(turn, feeling.start) == _sentence(turn, found.start())
            and feeling.quote.lower() not in _set("good_words")
            and not any(m.code == "rigid_rule" and m.start >= found.start() for m in turn.markers)
        ):
            return "owned"
    return None


NOWADAYS = re.compile(r"\bnu\b|\btegenwoordig\b|\bde laatste tijd\b", re.IGNORECASE)


def _person_question(turn, topics, settings, lists):
    """For a turn without markers that talks about a person: how that is (was) for the client;
    the person is not named (it is so often the wrong one: 'met een vriend')."""
    named = [t for t in topics if " " in t and t.split()[-1].lower() in _people()]
    if not named or not _set("aside_words").isdisjoint(turn.word_set):
        return None  # 'de doos staat nog bij mn ouders trouwens'
    if _schedule(turn) or (FUTURE.search(turn.text) and not turn.past):
        return None  # 'ik moet om vier uur mijn dochter ophalen', a plan: no story to ask about
    told = [c for c in turn.clauses if not c.quoted and _words(turn.clause_text(c))]
    last = told[-1] if told else None  # "riep in de vergadering: 'iedereen is ... te laat'"
    ends_now = last is not None and not last.past and not PERFECT.search(turn.clause_text(last))
    # 'ze heeft mij opgevoed ... ze lacht wel als ik kom': the story ends now, no 'toen'
    actor = _actor_towards_client(turn, settings) if turn.past and not ends_now else None
    if actor is not None:  # 'Ze heeft zonder het te vragen de kamer van mijn dochter ingericht'
        template = _pick(list(_open("person_act")), turn.text, set())
        return Suggestion(template["text"].format(**actor), (), template["id"])
    now = NOWADAYS.search(turn.text)
    # 'vroeger ..., nu ...': asked about now
    kind = "person_past" if turn.past and not now and not ends_now else "person_now"
    if kind == "person_past" and _answers_now(
        turn
    ):  # 'klein. als een kind. vroeger was ik onderwijzeres': he answers now, the past is
        return _general_question(turn, settings)  # background; no vague 'Hoe was dat voor jou?'
    templates = list(_open(kind))
    template = _pick(templates, turn.text, set())
    return Suggestion(template["text"], (), template["id"])


def _answers_now(turn):
    """'klein. als een kind. vroeger was ik onderwijzeres': his first sentence answers in the
    present (no bare 'nee.'), the past that follows is background."""
    answers = {
        "ja",
        "nee",
        "neen",
        "jawel",
        "nou",
        "tja",
        "eerlijk",
        "gezegd",
        "hoi",
        "hallo",
        "hey",
    }
    first = next(
        (
            c
            for c in turn.clauses
            if (words := _words(turn.clause_text(c))) and not set(words) <= answers
        ),
        None,
    )
    if first is None or first.past:
        return False
    sentence = _sentence(turn, first.start)
    words = set(_words(sentence))
    return (
        not PERFECT.search(sentence)
        and words.isdisjoint(_set("past_words"))
        and not words & {"heb", "heeft", "hebben", "ben", "was", "had", "toen"}
        and not any(
            c.past for c in turn.clauses if first.start <= c.start < first.start + len(sentence)
        )
    )


CLOCK = re.compile(
    r"\bom\s+(?:\d|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|half|kwart)\b)"
    r"|\bmorgen\b",
    re.IGNORECASE,
)


def _schedule(turn):
    """A turn about an appointment to come ('ik heb om tien uur tentamen'), not a story."""
    return not turn.past and bool(CLOCK.search(turn.text))


SUBJECT_OPENING = re.compile(
    r"\s*(?:(hij|zij|ze)\b|(?:mijn|m'n|mn|de|die|onze)\s+([^\W\d_]+))", re.IGNORECASE
)


def _actor_towards_client(turn, settings):
    """The person who did something to the client or his own, named as the clause's subject:
    {'subject': 'zij', 'deed': 'deed'}; None when no clause tells such an act."""
    for clause in turn.clauses:
        words = _words(turn.clause_text(clause))
        if clause.subject != "other" or clause.quoted or not set(words) & _set("self_objects"):
            continue
        opening = SUBJECT_OPENING.match(turn.clause_text(clause))
        if opening is None:
            continue
        if opening.group(1):
            pronoun = opening.group(1).lower()
            following = words[1] if len(words) > 1 else ""
            plural = pronoun in ("zij", "ze") and following in _plural_verbs()
            subject = "zij" if pronoun in ("zij", "ze") else "hij"
        elif opening.group(2).lower() in _people():
            subject = _swap_person(opening.group(0).strip()).lower()
            plural = subject.split()[-1] in _plural_nouns()
        else:
            continue
        said = bool(set(words) & _set("say_verbs"))
        verb = ("zeiden" if plural else "zei") if said else ("deden" if plural else "deed")
        return {"subject": subject, "deed": verb}
    return None


NAMED_STATE = re.compile(
    r"\b(?:ik\s+ben|kben|ik\s+word|kword)\s+(?:(?:zo|zó|echt|egt|heel|super|zo\s+ontzettend|gwn|gewoon"
    r"|toch|wel)\s+)*([^\W\d_]+)\b",
    re.IGNORECASE,
)


USELESS_SELF = re.compile(
    r"\b(?:voel\s+(?:ik\s+)?(?:me|mij)|ben\s+ik|ik\s+ben|kben)\s+"
    r"(?:(?:zo|echt|egt|gewoon|gwn|toch|compleet|helemaal)\s+)*"
    r"(?:overbodig|nutteloos|waardeloos|niks\s+waard|niets\s+waard|een\s+last)\b",
    re.IGNORECASE,
)  # 'ik voel mij overbodig', not 'vind ik het overbodig'


def _body_alarm(turn):
    """Acute alarm in his body now ('ik kan niet meer ademen', 'mn hart bonkt'), not told of a
    past moment."""
    lowered = turn.lowered
    found = _phrases("body_alarm").search(lowered)
    if found is None:
        return False
    clause = turn.clause_at(found.start())
    return clause is None or not (clause.past or clause.quoted or clause.reported)


# a word one of the hopeless phrases or USELESS_SELF needs (the turn's words are at hand)
HOPELESS_CUES = frozenset(
    {"eigenlijk", "zin", "missen", "zitten", "uitweg", "hoeft", "wakker", "overbodig", "wil"}
    | {"nutteloos", "waardeloos", "waard", "last"}
)


def _hopeless(turn):
    """He speaks of no point or use in himself or his life ('waarvoor eigenlijk', 'ik voel mij
    overbodig'), not of a plan ('heeft geen zin om te bellen')."""
    if HOPELESS_CUES.isdisjoint(turn.word_set):
        return False
    lowered = turn.lowered
    return bool(USELESS_SELF.search(turn.text)) or (
        bool(_phrases("hopeless_phrases").search(lowered)) and bool(turn.word_set & SELF_WORDS)
    )


def _feels_nothing(turn):
    if "feels_nothing" not in turn.cache:
        lowered = turn.lowered
        cued = any(cue in lowered for cue in ("niks", "niets", "koud", "raakt me"))
        found = _phrases("feels_nothing").search(lowered) if cued else None
        turn.cache["feels_nothing"] = found is not None
    return turn.cache["feels_nothing"]


# 'ik ga da ding door het raam smijten', 'ik ontplof': more than a burden
RAGE_OR_PLAN = re.compile(r"\b(?:(?:ik|k)\s+(?:ga|zal)|kga|kzal|ontplof\w*|zot|gek)\b", re.I)
# 'ik bel nu de stad', 'ik ga nu naar daar': an act he is about to do, in a flood
IMPULSE = re.compile(
    r"\b(?:(?:ik|k)\s+(?:bel|ga|stuur|rij|schrijf|zeg)|kbel|kga)\s+(?:\w+\s+){0,2}?"
    r"(?:nu|meteen|direct|nu\s+meteen|onmiddellijk)\b",
    re.IGNORECASE,
)


def _validation(turn, feeling, floods, settings, used):
    named = None
    if feeling is not None and feeling.quote.lower() in _set("validate_named"):
        named = feeling.quote.lower()
    for m in floods:
        clause = turn.clause_at(m.start)
        if (
            named is None
            and m.text.lower() in _set("validate_named")
            and not _denied(turn, m.start, m.end, clause)
            and not _someone_elses(turn, m.start, clause)
        ):
            named = m.text.lower()
    if named is None:
        found = NAMED_STATE.search(turn.text)
        if found and found.group(1).lower() in _set("validate_named"):
            named = found.group(1).lower()  # 'ik ben zo woest ik sloop mn toetsenbord'
    if named:
        template = _pick(settings["validate_named"], turn.text, used)
        return Suggestion(
            template["text"].format(words=named), ("affect_flooding",), template["id"]
        )
    if (
        feeling is not None
        and feeling.quote.lower() in _set("burden_feelings")
        and not RAGE_OR_PLAN.search(turn.text)
    ):
        template = _template("open.ack_burden")  # 'NIEMAND doet ooit de afwas behalve ik!!!
        text = template["text"].format(words=feeling.quote)  # kben het zo beu': his burden
        return Suggestion(text, ("affect_flooding",), template["id"])
    if IMPULSE.search(turn.text):  # 'ja he!!! ik bel nu de stad': what he hopes it brings
        return _line("open.impulse")
    names_a_feeling = any(m.rule == "mind.emotion_word" for m in turn.markers)
    templates = [
        t
        for t in settings["validate_first"]
        if not t.get("hopeless")
        and not t.get("body_alarm")
        and not (names_a_feeling and t.get("asks_feeling"))
        and not (t.get("event") and not _tells_event(turn))
    ]
    template = _pick(templates, turn.text, used)
    return Suggestion(template["text"], ("affect_flooding",), template["id"])


def suggest(text, markers, depth, topics=(), clauses=()):
    """topics: the turn's nouns as typed, with their article ('de kinderen'), in order;
    clauses: the turn's clauses (Analysis.clauses), whose features choose the question."""
    # '_words' remembers the snippets of this turn only: a cache across turns would make the
    # same corpus analysed twice (manage.py bench's warm pass) look faster than a new one
    _words.cache_clear()
    turn = Turn(text, markers, clauses)
    chosen = _choose(turn, depth, topics)
    opening = (
        _opening_line(turn) if chosen and not chosen[0].template.startswith(OWN_LINES) else None
    )
    if opening:  # 'nee niet iedereen. hij stuurt ALLEEN mij eruit': the coach owns his
        chosen[0] = replace(chosen[0], text=f"{opening} {chosen[0].text}")  # misreading first
    if chosen and _formal_register(turn):  # 'U stelt alleen maar vragen.': he says 'u'
        chosen = [replace(s, text=_formal(s.text)) for s in chosen]
    return chosen[:MAX_SUGGESTIONS]


# the coach's own lines that already take up what he did: no 'Dan begreep ik je verkeerd.' before
OWN_LINES = ("val.", "open.relation", "open.denied_word", "open.renamed", "open.insisted")
OWN_LINES += ("open.disowned", "open.safety", "open.confidential", "open.sent", "open.heavy")
# 'nee niet iedereen.', 'nee, nie altijd!': he corrects the coach's word for what he said
CORRECTED = re.compile(r"^\W*(?:nee|neen)\W+(?:niet|nie)\s+([^\W\d_]+)\s*[.!,]", re.IGNORECASE)
DISOWNED = re.compile(
    r"^\W*(?:(?:nee|ja|ja\s+maar)\W+)?(?:dat|da)\s+(?:zeg|zegt)\s+(?:jij|gij|u|ge)\b", re.IGNORECASE
)
# 'nee pissig zei ik toch', 'kwaad zeg ik al': the word he said, and the coach's one was wrong
INSISTED = re.compile(
    r"^\W*(?:(?:nee|neen)\W+)?([^\W\d_]+)\s+(?:zei|zeg|zegde)\s+(?:ik|k)\s+(?:toch|al|net)\b"
    r"|^\W*(?:nee|neen)\W+(?:ik\s+ben|kben|kzen)\s+(?:(?:gewoon|gwn|eerder|vooral|echt|egt)\s+)*"
    r"([^\W\d_]+)\s*[.!]*\s*(?:punt\W*)?$",
    re.IGNORECASE,
)  # 'nee ik ben boos. punt'


def _corrected(turn):
    """He corrects a quantifier the coach used ('nee niet iedereen.', 'nee nie altijd.') or
    disowns the coach's word ('dat zeg jij. ik voel me een slechte echtgenoot')."""
    if DISOWNED.match(turn.text):
        return True
    found = CORRECTED.match(turn.text)
    if found is None:
        return False
    word = found.group(1).lower()
    return word in ("allemaal", "alles") or word in _listed("always_never", "everyone_noone")


def _insisted(turn):
    """The feeling word he insists on against the coach's ('nee pissig zei ik toch'), or None."""
    found = INSISTED.match(turn.text)
    if found is None:
        return None
    word = (found.group(1) or found.group(2)).lower()
    return word if word in _feelings_with("validate_named") else None


# --- what the turn is before any marker: round 10's kinds ---------------------------------


# 'hij riep dat ik corrupt was', 'ze noemde me een zeur', 'ze zei letterlijk dat wij
# incompetent zijn': another's label or judgement of him, which the analyser leaves unflagged
# (not the speaker's own label); asked how it was to be called that
REPORTED_VERBS = frozenset(  # not 'ze vindt me een loser': what he thinks she thinks
    {"noemde", "noemden", "noemt", "noemen", "maakte"}
    | {"maakten", "maakt", "uitgemaakt", "zei", "zeiden", "zegt", "zeggen", "zegde", "riep"}
    | {"riepen", "roept", "roepen", "schreeuwde", "schreeuwden", "beweerde", "beweert"}
    | {"verweet", "verwijt", "vertelde"}
)
REPORTED_NOW = frozenset({"noemt", "noemen", "maakt", "zegt", "zeggen"})
REPORTED_NOW |= {"roept", "roepen", "beweert", "verwijt"}
REPORTED_ABOUT_ME = frozenset({"me", "mij", "ons", "ik", "k", "we", "wij", "kik", "dak"})
# the words between the verb and the label: 'riep dat ik', 'zei letterlijk dat wij', 'noemde me een'
REPORTED_FILLERS = REPORTED_ABOUT_ME | {"letterlijk", "gewoon", "gwn", "zelfs", "ook", "nog"}
REPORTED_FILLERS |= {"altijd", "vaak", "echt", "egt", "uit", "voor", "dat", "da", "zo", "een"}
REPORTED_FILLERS |= {"nen", "ne", "'n", "nogal", "heel", "zo'n", "maar", "eens", "wel"}


def _reported_label(turn):
    """(label, past) for a label another gives him ('hij riep dat ik corrupt was', 'ze noemde
    me een zeur'), not one he gives himself ('ik zei dat ik dom was'), denies ('ze noemde me
    geen zeur') or gives another ('ze noemde hem een zeur'), nor one already flagged; None."""
    if REPORTED_VERBS.isdisjoint(turn.word_set):
        return None
    labels = LABEL_WORDS()
    tokens = list(WORD.finditer(turn.text))
    lowered = [t.group(0).lower() for t in tokens]
    for i, verb in enumerate(lowered):
        if verb not in REPORTED_VERBS or (i and lowered[i - 1] in ("ik", "k")):
            continue  # 'ik zei dat ik dom was': his own word for himself
        between, j = set(), i + 1
        while j < len(lowered) and j <= i + 7 and lowered[j] in REPORTED_FILLERS:
            between.add(lowered[j])
            j += 1
        if (
            j < len(lowered) - 1
            and len(lowered[j]) > 3
            and lowered[j].endswith("e")
            and lowered[j + 1] in labels
        ):
            j += 1  # 'een luie zeur': the noun
        if j >= len(lowered) or lowered[j] not in labels or REPORTED_ABOUT_ME.isdisjoint(between):
            continue
        label = tokens[j]
        if "." in turn.text[tokens[i].end() : label.start()]:
            continue  # another sentence
        if any(m.code == "easy_label" and m.start <= label.start() < m.end for m in turn.markers):
            continue  # flagged: the label's own questions ask it
        clause = turn.clause_at(label.start())
        if clause is not None and (clause.hedged or clause.question or clause.negated):
            continue
        return label.group(0).lower(), verb not in REPORTED_NOW
    return None


# 'ik wil verdwijnen', 'soms wil ik er gewoon niet meer zijn', 'ik wil da nie meer': a wish to
# be gone, met with a direct, open safety question
WISH_TO_BE_GONE = re.compile(
    r"\bwil\s+(?:(?:ik|k)\s+)?(?:(?:gewoon|gwn|soms|echt|egt|liefst|het\s+liefst)\s+)*"
    r"(?:verdwijnen|dood|er\s+(?:(?:gewoon|gwn|echt|egt|liefst)\s+)*(?:nie|niet)\s+meer\s+zijn"
    r"|(?:nie|niet)\s+meer\s+leven"
    r"|er\s+een\s+einde?\s+aan\s+maken|(?:nie|niet)\s+meer\s+wakker\s+worden)\b",
    re.IGNORECASE,
)
# 'ge klinkt zoals mijn pa', 'gij zijt net als hen', 'net of ge mijn moeder zijt': the coach
# compared with someone who hurt him
COACH_COMPARED = re.compile(
    r"\b(?:ge|gij|je|jij|u)\s+(?:klinkt|klonk|doet|deed|praat|bent|zijt|lijkt|reageert)\s+"
    r"(?:(?:precies|net|echt|egt|gewoon|gwn|ook|nu)\s+)*(?:zoals|als)\b"
    r"|\bnet\s+(?:of|alsof)\s+(?:ge|gij|je|jij|u)\b",
    re.IGNORECASE,
)
# 'gij zegt wat ik moet doen', 'ik wacht tot ge zegt ...': he waits for the coach's answer
EXPECTS_COACH = re.compile(
    r"\bwacht\w*\s+(?:\w+\s+){0,2}(?:tot|dat|da|op\s+wat)\s+(?:ge|gij|je|jij|u)\s+"
    r"(?:mij\s+|me\s+)?(?:zegt|zeg|vertelt|vertel|gaat\s+zeggen)\b"
    r"|\b(?:ge|gij|je|jij|u)\s+(?:moet|moogt|mag|kunt|kan)\s+(?:mij|me)\s+(?:toch\s+|gewoon\s+|gwn\s+)?"
    r"(?:zeggen|vertellen)\s+wat\s+(?:ik|k)\b",
    re.IGNORECASE,
)


def _phrase_in(turn, name):
    """One of the phrases occurs; looked for only when the longest word of one of them is among
    the turn's words."""
    if _anchors(name).isdisjoint(turn.word_set):
        return False
    return _phrases(name).search(turn.lowered) is not None


@cache
def _anchors(name):
    return frozenset(max(WORD.findall(phrase.lower()), key=len) for phrase in _set(name))


# 'kan ook dat de business hem pusht', 'kan evengoed zijn dat ze moe was': another reading he
# offers himself
OTHER_READING = re.compile(
    r"\b(?:kan|kon)\s+(?:ook|evengoed|natuurlijk\s+ook|ook\s+wel)\s+(?:zijn\s+)?(?:dat|da)\s+"
    r"[^.!?;]{8,}",
    re.IGNORECASE,
)


def _other_reading(turn):
    """Another reading of someone he offers himself, quoted; None else."""
    if "kan" not in turn.lowered and "kon" not in turn.lowered:
        return None
    found = OTHER_READING.search(turn.text)
    if found is None or any(
        m.code in CLIENT_PROBLEMS and m.code != "no_mental_states" for m in turn.markers
    ):
        return None
    return _clean_quote(found.group(0), _settings())


def _first_line(turn, reflective):
    """The line the coach needs before any question about a marker, or None: a wish to be gone
    (a safety check), being sent here, a question whether it stays between them, a remark
    that he waits for the coach's answer or compares him with someone, the first time he
    tells it, a heavy loss or hurt told (acknowledged first), a burden or a fright in a
    bodily idiom ('mijn hart stond stil'), a story he disowns ('da heb ik nooit gezegd')."""
    lowered = turn.lowered
    if "wil" in lowered and WISH_TO_BE_GONE.search(turn.text):  # 'ik wil verdwijnen', 'ik wil
        return _line("open.safety")  # er nie meer zijn'
    if _phrase_in(turn, "confidential"):  # 'gij gaat da nie doorvertellen aan de trainer he'
        return _line("open.confidential")
    if not reflective and _phrase_in(turn, "sent_here"):  # 'daarom moet ik hier zitten'
        return _line("open.sent")
    if ("zeg" in lowered or "vertel" in lowered) and EXPECTS_COACH.search(turn.text):
        return _line("open.relation_expects")  # 'ik zit hier te wachten tot gij zegt wat ...'
    if _phrase_in(turn, "first_telling"):  # 'voelt raar. ge zijt de eerste'
        return _line("open.relation_first")
    compared = ("als" in lowered or "net of" in lowered) and COACH_COMPARED.search(turn.text)
    if compared and not _not_to_the_coach_at(turn, compared.start()):
        own = _own_feeling(turn) is not None
        return _line("open.relation_owned" if own else "open.relation_missed")
    disowned = "gezegd" in lowered or "beweerd" in lowered or "zei" in lowered
    if disowned and DISOWNED_STORY.search(turn.text):  # 'ik vind u gene nietsnut. da heb ik
        return _line("open.disowned")  # nooit gezegd'
    if reflective:
        return None
    if _phrase_in(turn, "heavy_told") or _cried(turn):  # 'een vader die mij nie herkent'
        return _line("open.heavy")
    kept = "binnen" in lowered or "inwendig" in lowered
    if kept and KEPT_INSIDE.search(turn.text):  # 'ik bleef rustig ... maar vanbinnen kookte
        return _line("open.kept_inside_past" if turn.past else "open.kept_inside")
    if _own_feeling(turn) is not None or any(m.code == "affect_flooding" for m in turn.markers):
        return None  # 'ik ben er kapot van': his word, acknowledged with it
    if _phrase_in(turn, "burden_idioms"):  # 'kheb ne zoon van 2 en kzit er echt door'
        return _line("open.burden_idiom")
    if _phrase_in(turn, "fright_idioms") and turn.past:  # 'mijn hart stond stil'
        return _line("open.fright")
    return None


# 'kheb gehuild in de berging', 'ik heb in de auto zitten huilen', 'kzat te wenen in de keuken',
# 'gehuild. voor het eerst in jaren': he cried; not another ('hoorde ik haar huilen'), a norm
# ('mannen janken niet') or the idiom 'ik kon wel janken'
CRIED = re.compile(
    r"(?:\b(?:ik|k)\s+(?:heb|had)|\bkheb|\bkhad|\bheb)\b[^.!?]{0,40}?"
    r"\b(?:gehuild|geweend|gejankt|zitten\s+(?:huilen|wenen|janken))\b"
    r"|(?:\b(?:ik|k)\s+(?:zat|lag|zit|lig|stond|sta)|\bkzat|\bklag|\bkzit)\s+"
    r"(?:\S+\s+){0,5}?te\s+(?:huilen|wenen|janken)\b"
    r"|^\W*(?:gehuild|geweend)\b",
    re.IGNORECASE,
)


KEPT_INSIDE = re.compile(
    r"\b(?:maar|ma)\s+(?:vanbinnen|van\s+binnen|binnenin|inwendig)\b", re.IGNORECASE
)


def _cried(turn):
    """He tells he cried, outside a flood (met by its own support line)."""
    if any(m.code == "affect_flooding" for m in turn.markers):
        return False
    lowered = turn.lowered
    if not any(cue in lowered for cue in ("huil", "wene", "ween", "jank")):
        return False
    found = CRIED.search(turn.text)
    if found is None:
        return False
    clause = turn.clause_at(found.start())
    return clause is None or not (clause.quoted or clause.reported or clause.hedged)


def _line(template_id):
    template = _template(template_id)
    return Suggestion(template["text"], (), template["id"])


@cache
def _template(template_id):
    return next(t for t in _settings()["open"] if t["id"] == template_id)


def _not_to_the_coach_at(turn, position):
    """The addressee at position is in a quote he typed or reported speech."""
    if _in_quote_marks(turn.text, position):
        return True
    clause = turn.clause_at(position)
    return clause is not None and clause.reported


# 'da heb ik nooit gezegd', 'dat zei ik niet': he disowns what the coach made of his words
DISOWNED_STORY = re.compile(
    r"\b(?:dat|da)\s+(?:heb\s+(?:ik|k)\s+(?:nooit|niet|nie)\s+(?:gezegd|beweerd)"
    r"|zei\s+(?:ik|k)\s+(?:nooit|niet|nie)(?=\s*(?:[.!?,]|$)))"
    r"|\bdat\s+heb\s+ik\s+nooit\s+gezegd\b|\bkheb\s+da\s+(?:nooit|nie)\s+gezegd\b",
    re.IGNORECASE,
)
# 'ja maar het gaat nie over die kassa!', 'da's nie typisch, da's egoïsme van hen', 'wtf nee.',
# 'vergeetachtig. ja dag.': the coach's reading corrected or waved away
CORRECTED_READING = re.compile(
    r"^\W*(?:(?:ja\s+maar|maar|nee|neen)\W+)?(?:het|da|dat|'t|t)\s+gaat\s+(?:er\s*)?(?:nie|niet)"
    r"\s+(?:over|om)\b"
    r"|^\W*(?:[^\W\d_]+\W+)?(?:ja\s+dag|wtf\s+nee|ammehoela|echt\s+niet|echt\s+nie|neje)\b",
    re.IGNORECASE,
)
# 'da's nie typisch, da's egoïsme van hen': the coach's word replaced by his own
WORD_REPLACED = re.compile(
    r"\b(?:da's|das|dat\s+is|da\s+is|het\s+is|tis|'t\s+is)\s+(?:nie|niet|geen)\s+[^\W\d_]+\s*,\s*"
    r"(?:da's|das|dat\s+is|da\s+is|het\s+is|tis|'t\s+is)\b",
    re.IGNORECASE,
)
# 'ja allez, zo erg is het nu ook weer nie': the coach made it bigger than it is for him
DOWNPLAYED = re.compile(
    r"^\W*(?:(?:ja|nee|allez|ach|pff)\W+)*zo\s+(?:erg|erg\s+nu|dramatisch|zwaar|ernstig)\s+is\s+"
    r"(?:het|da|dat|'t)\s+(?:(?:nu|nou|ook|weer|toch|allemaal)\s+)*(?:nie|niet)\b",
    re.IGNORECASE,
)
# 'makkelijk gezegd.': what the coach said is easier said than done
EASILY_SAID = re.compile(
    r"^\W*(?:(?:ja|ja\s+ja|nou)\W+)?(?:makkelijk|gemakkelijk)\s+gezegd\b", re.I
)


def _opening_line(turn):
    """The coach's line before the first question, for how the turn answers him: he corrects
    the coach's reading, finds it made too big, or easily said; he thinks what he says
    sounds silly ('dak da zo zeg klinkt da stom'). None else."""
    lowered = turn.lowered
    replaced = ("nie" in lowered or "geen" in lowered) and "," in lowered
    if (
        _corrected(turn)
        or CORRECTED_READING.match(turn.text)
        or (replaced and WORD_REPLACED.search(turn.text))
    ):
        return _settings()["corrected"]
    if DOWNPLAYED.match(turn.text):
        return _settings()["opening_lines"]["downplayed"]
    if EASILY_SAID.match(turn.text):
        return _settings()["opening_lines"]["easily_said"]
    if _phrase_in(turn, "self_conscious"):
        return _settings()["opening_lines"]["self_conscious"]
    return None


def _choose(turn, depth, topics):
    settings = _settings()
    lists = word_lists()
    text, markers = turn.text, turn.markers
    floods = [m for m in markers if m.code == "affect_flooding"]
    valid_floods = [m for m in floods if _valid_flood(turn, m)]
    problems = [
        m
        for m in markers
        if m.code in CLIENT_PROBLEMS and (m.code != "affect_flooding" or m in valid_floods)
    ]
    order = {code: i for i, code in enumerate(settings["priority"])}
    problems.sort(key=lambda m: (order.get(m.code, 99), _not_about_him(turn, m), m.start))
    # Strong affect is met with support only when the turn floods ('KWAAD!!!', 'ik trek het
    # niet meer'): a low depth estimate alone ('die man wil mij kapot maken') is no flood.
    upset = depth is not None and depth.level < settings["gentle_below"] and bool(valid_floods)
    if not upset and _hurt_exclaimed(turn, problems):
        upset = True  # 'Niemand wil mij!', 'Iedereen op school heeft het gezien!': hurt first
    lowered = text.lower()
    reflective = any(m.code in REFLECTIVE for m in markers) or (
        ("voorstellen" in lowered or "snap" in lowered or "begrijp" in lowered)
        and bool(UNDERSTANDS.search(text))
    )
    if reflective and not floods:
        upset = False  # 'vorig jaar werd ik gek van ..., nu vind ik het wel fijn'
    chosen, used = [], set()

    def add(suggestion):
        if suggestion is None or _asks(suggestion.text) in {_asks(s.text) for s in chosen}:
            return
        if _quotes_again(suggestion, chosen):
            return  # 'Je zegt: ‘die heeft me nooit gemogen’.' twice, or its 'nooit' again
        used.add(suggestion.template)
        chosen.append(suggestion)

    rupture = _rupture(turn)
    if rupture == "rupture" and upset and not reflective:
        rupture = "rupture_flooded"  # 'HET IS GEEN SPELLETJE. ... ik ben klaar met dit gesprek'
    if rupture:  # 'Daar heeft het niets mee te maken.': what the coach said does not fit
        return [_relation_question(turn, rupture, settings)]
    insisted = _insisted(turn)
    if insisted:  # 'nee pissig zei ik toch. gekwetst ben ik niet zo snel': his word, owned
        template = _open("insisted")[0]
        return [Suggestion(template["text"].format(words=insisted), (), template["id"])]
    reaction = _reaction_to_coach(turn)
    if reaction:  # 'NIET DRAMATISCH?? ...', 'WAT. denk je dat??', 'kwaad omdat je maar wat zegt'
        return [_relation_question(turn, reaction, settings)]
    first = _first_line(turn, reflective)
    if first is not None:  # 'ik wil verdwijnen!!!', 'ge klinkt zoals mijn pa', 'kheb gehuild'
        return [first]
    if not reflective and _hopeless(turn):  # 'leeg. ... waarvoor eigenlijk. ik voel mij overbodig'
        template = next(t for t in settings["validate_first"] if t.get("hopeless"))
        add(Suggestion(template["text"], (), template["id"]))
    revision = _revision(turn) if reflective else None
    if revision:  # 'dat ik zwak ben. ... hoewel, ... dus mss denkt hij dat helemaal niet'
        template = _open("revision")[0]
        sentence = template["text"].format(words=revision)
        if _safe(sentence, revision):
            return [Suggestion(sentence, (), template["id"])]
    renamed = RENAMED.match(turn.text)
    if renamed and renamed.group(1).lower() not in NEGATIONS:  # 'zwaar is het woord niet.
        template = _open("renamed")[0]  # het is pesten': his own word is asked about
        words = renamed.group(1).lower()
        return [Suggestion(template["text"].format(words=words), (), template["id"])]
    feeling = _own_feeling(turn)
    denied = None if feeling is not None or valid_floods else _denied_word(turn)
    if denied and not any(m.code in REFLECTIVE for m in markers):
        # 'nee ik voel me niet buitengesloten, ...': he corrects the coach's word
        template = _pick(list(_open("denied_word")), turn.text, set())
        return [Suggestion(template["text"].format(words=denied), (), template["id"])]
    if upset and problems:
        relation = None if reflective else _here_and_now(turn)
        if relation:  # 'Zie je, u luistert ook al niet! Ik ben er KLAAR mee!!'
            add(_here_and_now_question(turn, relation, settings))
        if _body_alarm(turn):  # 'ik kan niet meer ademen': grounding before anything else
            template = next(t for t in settings["validate_first"] if t.get("body_alarm"))
            return [Suggestion(template["text"], ("affect_flooding",), template["id"])]
        add(_validation(turn, feeling, valid_floods, settings, used))
        # Strong feeling: stay with it; no questions about certainty or rules now.
        problems = [m for m in problems if m.code == "affect_flooding"][:1]
    else:
        relation = None if reflective else _here_and_now(turn)
        if relation:
            add(_here_and_now_question(turn, relation, settings))
        hedged = any(m.code in ("tentative", "perspective_taking") for m in markers)
        # A feeling is asked about unless he already wonders ('misschien', what another may
        # feel; a bare 'wat ik doe' is no reason) or it is about the coach (asked just above).
        thought = None if relation or hedged else _told_thought(turn)
        if thought is not None and (feeling is None or thought.start > feeling.start):
            # 'Eerlijk gezegd schrok ik. Ik dacht: nu ben ik weer de schuldige.': the thought he
            # ends on is asked about first ('Ik dacht: daar gaan we weer. En ik voelde me
            # gebruikt.': the feeling that answers it is asked instead)
            add(_thought_question(thought, settings))
        observed = feeling is not None and not relation and _act_observed_after(turn, feeling)
        if feeling is not None and not relation and _insight_at_end(turn, feeling):
            # 'opluchting. ... misschien zoek ik daarom snel de schuld bij mezelf', 'ik merk dak
            # heel die scheiding zie als een wedstrijd die ik verlies': his insight, followed up
            template = _open("self_observed_why")[0]
            add(Suggestion(template["text"], (), template["id"]))
        elif observed:  # 'moe. leeg. ik merk dat ik thuis tegen mn vriend snauw om niks': the
            # feeling and the act he sees himself do are told; what it means to see it is asked
            template = _open("self_observed_why")[0]
            add(Suggestion(template["text"], (), template["id"]))
        elif feeling is not None and (problems or not hedged) and not relation:
            question = _feeling_question(turn, feeling, settings)
            if question is None:  # its quote would not read as a coach move: an earlier one
                question = next(
                    filter(
                        None, (_feeling_question(turn, f, settings) for f in _own_feelings(turn))
                    ),
                    None,
                )
            add(question)
    if (
        not chosen
        and not reflective
        and all(m.code == "no_mental_states" for m in problems)
        and _grave_loss(turn)
    ):  # 'hij had mij ingepland terwijl ik vrij had gevraagd voor de begrafenis van mijn
        template = next(t for t in settings["validate_first"] if t["id"] == "val.begrijpelijk")
        return [Suggestion(template["text"], (), template["id"])]  # broer': the loss first
    other_reading = None if chosen or reflective else _other_reading(turn)
    if other_reading:  # 'kan ook dat de business hem pusht': his new reading, followed up
        template = _open("revision")[0]
        sentence = template["text"].format(words=other_reading)
        if _safe(sentence, other_reading):
            return [Suggestion(sentence, (), template["id"])]
    called = None if chosen or reflective else _reported_label(turn)
    if called:  # 'hij riep dat ik corrupt was': how it was to be called that
        template = _template("open.called_past" if called[1] else "open.called")
        add(Suggestion(template["text"].format(words=called[0]), (), template["id"]))
    seen_codes, unskipped = set(), False
    for marker in problems:
        if len(chosen) >= MAX_SUGGESTIONS:
            break
        if marker.code in seen_codes or _skip(turn, marker, markers, feeling):
            continue
        unskipped = True
        if reflective and marker.code in settings["challenge_not_when_reflective"]:
            continue
        question = _question_for(turn, marker, markers, settings, used, {s.text for s in chosen})
        if question is not None:
            seen_codes.add(marker.code)
            add(question)
    if not chosen and not reflective and _worth_asking(text, settings, lists):
        if unskipped:  # a marker none of whose questions fits (not one we judged a look-alike)
            add(_general_question(turn, settings))
        elif not problems:
            add(_person_question(turn, topics, settings, lists))
    return chosen


OPENS_WITH_OF = re.compile(r"^\s*of\b\s*", re.IGNORECASE)


def _revision(turn):
    """After a problem marker he reconsiders on his own, in a hedged clause of at least three
    words ('hoewel, hij was juist heel lief ..., dus mss denkt hij dat helemaal niet'): that
    clause, to be followed up; None else."""
    first = min(
        (
            m.start
            for m in turn.markers
            if m.code in CLIENT_PROBLEMS and m.code != "affect_flooding"
        ),
        default=None,
    )
    if first is None:
        return None
    hedges = _set("revision_hedges")
    for clause in reversed(turn.clauses):
        if clause.start <= first or not clause.hedged or clause.quoted or clause.reported:
            continue
        if clause.subject not in ("self", "other"):
            continue  # 'dan ga je misschien wel tegen de zuster tekeer': anyone
        rest = turn.text[clause.start : clause.start + len(_sentence(turn, clause.start))]
        text = CLAUSE_MARK.split(turn.text[clause.start :])[0] if rest else ""
        text = OPENS_WITH_OF.sub("", _without_leading(text))
        lowered = " " + " ".join(_words(text)) + " "
        if len(_words(text)) >= 4 and any(f" {h} " in lowered for h in hedges):
            return _clean_quote(text, _settings())
    return None


def _not_about_him(turn, marker):
    """1 for a generalisation whose clause leaves him out, 0 else: 'iedereen zegt dat. niemand
    vraagt hoe het egt met mij gaat' asks about 'niemand'."""
    if marker.code != "black_and_white":
        return 0
    return 0 if set(_words(_sentence(turn, marker.start))) & SELF_WORDS else 1


SELF_WORDS = frozenset({"ik", "k", "mij", "me", "mijn", "mn", "m'n", "mezelf", "kik"})


OBSERVED = re.compile(
    r"\b(?:ik\s+)?merk\s+(?:ik\s+)?(?:dat|da)\s+(?:ik|k)\b|\bmerk\s+(?:(?:dat|da)\s+)?kik\b",
    re.IGNORECASE,
)


THANKS_FOR_WORDS = re.compile(
    r"\W*(?:(?:fijn|goed|prettig|fijn\s+om\s+te\s+horen)\s+(?:dat|da)\s+(?:je|jij|u|ge|gij)\s+"
    r"(?:dat|da|het)\s+(?:zegt|zeg|zegde|zei)|(?:dank|merci|bedankt)\b)",
    re.IGNORECASE,
)


WHY = re.compile(r"\b(?:omdat|want|doordat|zodat|anders)\b", re.IGNORECASE)


def _observed_with_why(turn):
    """What he observes in himself comes with its why ('ik merk dat ik dan de schuld bij de
    scanners leg omdat ik me anders zelf slecht voel'): the process is told, not to be asked."""
    found = OBSERVED.search(turn.text)
    return found is not None and bool(WHY.search(SENTENCE_MARK.split(turn.text[found.end() :])[0]))


def _act_observed_apart(turn, feeling):
    """What he observes in himself (after 'ik merk dat ik', 'ik weet van mezelf dat ik') is an
    act with no feeling in it, and the feeling is named in another sentence."""
    own = _sentence(turn, feeling.start)
    for m in turn.markers:
        if m.code != "self_reflection" or not set(_words(m.text)) & _set("observe_verbs"):
            continue
        if _sentence(turn, m.start) == own:
            continue
        seen = SENTENCE_MARK.split(turn.text[m.end :])[0]
        if len(_words(seen)) >= 3 and not _names_feeling(seen):
            return True
    return False


def _names_feeling(text):
    """A feeling word in the text; 'op' only as a state ('ik ben op'), not 'op de automatische
    piloot'."""
    words = _words(text)
    return any(
        w in _feeling_words()
        and not (w == "op" and i + 1 < len(words) and words[i + 1] in _set("articles"))
        for i, w in enumerate(words)
    )


def _act_observed_after(turn, feeling):
    """After the feeling he names, he observes an act of his own that recurs, with no feeling
    in it ('ik merk dat ik dan meteen wil oplossen'; not 'dat ik begin te kalmeren')."""
    found = OBSERVED.search(turn.text, feeling.end)
    if found is None:
        return False
    seen = SENTENCE_MARK.split(turn.text[found.end() :])[0]
    words = set(_words(seen))
    recurring = words & _union("pattern_words", "habitual_words", extra=RECURRING_WORDS)
    return len(words) >= 3 and bool(recurring) and not _names_feeling(seen)


# 'ik merk dak ...', 'als ik eerlijk ben ...', 'misschien zoek ik daarom ...': what he sees in
# himself, said as an insight
INSIGHT_SAID = re.compile(
    r"\bmerk\s+(?:(?:ik|k)\s+)?(?:(?:dat|da)\s+(?:ik|k)|dak|kik)\b|\bals\s+(?:ik|k)\s+eerlijk\s+ben\b"
    r"|\b(?:misschien|mss|wss|waarschijnlijk)\s+(?:\w+\s+){0,2}(?:ik|k)\s+(?:\w+\s+){0,2}?daarom\b"
    r"|\b(?:ik|k)\s+besef\b|\bik\s+zie\s+nu\b",
    re.IGNORECASE,
)


def _insight_at_end(turn, feeling):
    """After the feeling he names, the turn ends on an insight of his own (flagged as
    self-reflection) in a sentence of five words or more that names no feeling ('ik merk dat
    ik begin te kalmeren' is the feeling easing)."""
    last = _sentence(turn, len(turn.text.rstrip()) - 1)
    for m in turn.markers:
        if m.code != "self_reflection" or m.start < feeling.end:
            continue
        sentence = _sentence(turn, m.start)
        if sentence != last or turn.text.rfind(sentence) < feeling.end:
            continue  # 'En ik word er somber van, als ik eerlijk ben.': the feeling is the insight
        found = INSIGHT_SAID.search(sentence)
        seen = sentence[found.end() :] if found else ""
        if len(_words(sentence)) >= 5 and found and not _names_feeling(seen):
            return _set("easing_words").isdisjoint(_words(seen))  # not 'dat ik begin te
    return False  # kalmeren', 'niet rustiger': the feeling easing


RECURRING_WORDS = frozenset(
    {"dan", "thuis", "steeds", "altijd", "telkens", "nachts", "elke", "als"}
)


def _grave_loss(turn):
    """He tells of a death or a grave illness of his own people, with no feeling named."""
    words = turn.word_set
    return bool(words & _set("grave_words")) and bool(words & SELF_WORDS)


FORMAL_YOU = re.compile(r"\b(?:u|uw)\b", re.IGNORECASE)
INFORMAL_YOU = re.compile(r"\b(?:jij|jou|jouw|ge|gij|zijt)\b", re.IGNORECASE)


def _formal_register(turn):
    """He says 'u' to the coach (not a generic or reported 'u', and no 'jij' as well)."""
    if "'" not in turn.text and "u" not in turn.word_set and "uw" not in turn.word_set:
        return False  # FORMAL_YOU cannot match: no scan
    if not FORMAL_YOU.search(turn.text):
        return False
    if INFORMAL_YOU.search(turn.text):
        return False  # 'anders verliest ge uw klanten': the Flemish 'ge', no formal 'u'
    for found in ADDRESSEE.finditer(turn.text):
        if found.group(0).lower() not in ("u", "uw"):
            continue
        clause = turn.clause_at(found.start())
        if clause is not None and (
            clause.quoted or clause.reported or _not_to_the_coach(turn, clause, found)
        ):
            continue
        if ":" in SENTENCE_MARK.split(turn.text[: found.start()])[-1]:
            continue  # 'zij zei: u mag hier niet staan'
        return True
    return False


DENIED_OPENING = re.compile(
    r"\W*(?:(?:nee|neen|nah)\b[\s,.]*(?:hoor\b[\s,.]*)?)?(?:ik|k)\s+(?:ben|was|voel\s+me|voelde\s+me)"
    r"\s+(?:(?:helemaal|echt|egt|ook|eigenlijk|gewoon|gwn)\s+)?(?:niet|nie)\s+"
    r"(?:(?:zo|zozeer|echt|egt|per\s+se)\s+)?([^\W\d_]+)\b"
    r"|\W*([^\W\d_]+)\s*\?+\s*(?:nee|neen|nah)\b"
    r"|\W*([^\W\d_]+)\s*\?+\s*(?:ik|k)\s+(?:heb|voel|ben)\s+(?:helemaal\s+)?(?:geen|niet|nie|nergens)\b",
    re.IGNORECASE,
)


OPENS_WITH_MEER = re.compile(r"\s*meer\b", re.IGNORECASE)
CORRECTED_STATE = re.compile(
    r"\b(?:ik\s+ben|kben|kzen|ik\s+voel\s+me|ik\s+vind\s+het)\s+"
    r"(?:(?:gewoon|gwn|eerder|vooral|wel|vooral|eigenlijk)\s+)*"
    r"(?!(?:nie|niet|de|het|een|nen|ne|die|dat|zo|er|daar|al|nog|gewoon|gwn|eerder|vooral"
    r"|wel|eigenlijk|haar|zijn|mijn|mn|hun|zn|z'n|m'n)\b)[^\W\d_]+",
    re.IGNORECASE,
)


# 'zwaar is het woord niet. het is pesten', 'nee, boos is het woord niet, eerder verdrietig'
RENAMED = re.compile(
    r"\W*(?:(?:nee|neen)\W+)?[^\W\d_]+\s+is\s+(?:het|da|dat)\s+woord\s+(?:niet|nie)\b"
    r"(?:\s+\w+)?\W+(?:(?:het|'t|t)\s+is\s+|eerder\s+|meer\s+|gewoon\s+|gwn\s+)+"
    r"(?:(?:echt|egt|gewoon|gwn|eerder|meer)\s+)*([^\W\d_]+)\b",
    re.IGNORECASE,
)


def _denied_word(turn):
    """The feeling word he rejects at the start of his turn, for the coach's reading of him:
    'nee ik voel me niet buitengesloten', 'ik ben nie bang.', 'bang? nee.' (when no feeling of
    his own follows)."""
    found = DENIED_OPENING.match(turn.text)
    if found is None:
        return None
    word = (found.group(1) or found.group(2) or found.group(3)).lower()
    rejected = _set("fears") | _set("social_feelings") | _set("alarm_feelings")
    if word not in rejected | _set("validate_named") | _set("rejected_feelings"):
        return None  # 'ik was nie blij': an unhappy feeling, no correction of the coach
    rest = turn.text[found.end() :]
    if OPENS_WITH_MEER.match(rest):
        return None  # 'ik ben niet boos meer op mn vader': it is over
    if (set(_words(rest)) - {word}) & _feelings_with("fears") or CORRECTED_STATE.search(rest):
        return None  # 'Gekwetst? Nee, eerder geïrriteerd', 'ik ben nie boos, ik ben realistisch'
    return word


# 'dat zou ik me eigenlijk wel kunnen voorstellen', 'dat snap ik ook wel': he already takes
# the other's view (not 'ik kan me niet voorstellen dat ...')
UNDERSTANDS = re.compile(
    r"\b(?:kan|kun|zou|kon)\s+(?:ik\s+)?(?:me|mij)\s+(?:(?:eigenlijk|wel|best|ook|goed|nog)\s+)*"
    r"(?:kunnen\s+)?voorstellen\b"
    r"|\b(?:snap|begrijp)\s+ik\s+(?:(?:eigenlijk|ook|best|nu)\s+)*wel\b",
    re.IGNORECASE,
)


QUOTED = re.compile(r"‘([^’]+)’")
# 'u' for a client who says 'u' to the coach: the verb before an inverted 'je' takes its -t
FORMAL_VERBS = {
    "merk": "merkt",
    "denk": "denkt",
    "ben": "bent",
    "voel": "voelt",
    "bedoel": "bedoelt",
    "zeg": "zegt",
    "heb": "hebt",
    "vind": "vindt",
    "kun": "kunt",
    "wil": "wilt",
    "ga": "gaat",
    "doe": "doet",
    "zie": "ziet",
}
FORMAL_WORDS = {"jij": "u", "jou": "u", "jouw": "uw", "jezelf": "uzelf"}


QUOTED_SPAN = re.compile(r"(‘[^’]*’)")
NON_WORDS = re.compile(r"(\W+)")


def _formal(text):
    """The suggestion with 'u' for 'je' ('Hoe merkt u dat, van binnen?', 'U zegt ‘…’.'),
    leaving the client's quoted words as they are."""
    parts = QUOTED_SPAN.split(text)
    for index in range(0, len(parts), 2):
        tokens = NON_WORDS.split(parts[index])
        words = [i for i, t in enumerate(tokens) if t and not NON_WORDS.fullmatch(t)]
        for position, i in enumerate(words):
            word = tokens[i]
            lower = word.lower()
            new = None
            if lower == "je":
                before = tokens[words[position - 1]].lower() if position else ""
                after = tokens[words[position + 1]].lower() if position + 1 < len(words) else ""
                if before == "u" and tokens[i - 1] == " ":
                    new = "zich"  # 'waardoor je je zo voelde' → 'waardoor u zich zo voelde'
                elif after in _people() or after in _plural_nouns():
                    new = "uw"  # 'bij je baas' → 'bij uw baas'
                else:
                    new = "u"
                    if before in FORMAL_VERBS and tokens[i - 1] == " ":
                        verb = FORMAL_VERBS[before]
                        prev = tokens[words[position - 1]]
                        verb = verb.capitalize() if prev[0].isupper() else verb
                        tokens[words[position - 1]] = verb
            elif lower in FORMAL_WORDS:
                new = FORMAL_WORDS[lower]
            if new is not None:
                tokens[i] = new.capitalize() if word[0].isupper() else new
        parts[index] = "".join(tokens)
    return "".join(parts)


def _quotes_again(suggestion, chosen):
    """The suggestion quotes words an earlier one already quoted (or a part of them)."""
    quotes = [q.lower() for q in QUOTED.findall(suggestion.text)]
    if not quotes:
        return False
    earlier = [q.lower() for s in chosen for q in QUOTED.findall(s.text)]
    return any(q in e or e in q for q in quotes for e in earlier)


@lru_cache(maxsize=4096)
def _asks(text):
    """The question a suggestion asks, to give no question twice ('Dat klinkt heel heftig. Wat
    gebeurt er nu bij je, terwijl je het vertelt?' and 'Wat gebeurt er nu bij je, terwijl je dit
    vertelt?')."""
    question = SENTENCE_END.split(text)[-1]
    return tuple(w for w in _words(question) if w not in ("het", "dit", "dat"))


def _general_question(turn, settings):
    if _feels_nothing(turn):
        return None
    template = _pick(settings["general"], turn.text, set())
    return Suggestion(template["text"], (), template["id"])


def _worth_asking(text, settings, lists):
    """A turn with something to explore: long enough, no question back, no thanks or cheer."""
    words = _words(text)
    if len(words) < settings["open_min_words"] or "?" in text:
        return False
    return _listed("positive_exclamations").isdisjoint(words)
