"""What a coach turn is about, for the scripted client. Plain Python, no Django, no spaCy.

`understand(text, codes, topics, client_said)` reads a coach turn beside the analyser's codes and
says what it asks about:

- whether it is a question at all (also without "?": a question word first, a verb first with a
  subject after it, a tag such as "denk je" or "toch" at the end), and whether it is open;
- the *aspect* asked about: feeling, thought, motive, a concrete moment, the meaning of a word,
  the client's own part, another way of seeing it, the body, the here and now (this
  conversation), or none of these (`story`: go on telling);
- *whose* mind: the client, someone from the case (a person topic) or the relationship;
- *when*: then, now or here (in this conversation);
- the case's *topics* it touches (people, events, key words; a per-case lexicon) and the
  feelings it names (shared feeling families, `gevoel-…`);
- the client's own words it picks up (quoted, or repeated from what the client said).

The word lists are data (`practice_lexicon/coach_turn.json`), each entry with an id that the
reason of a reply can show.
"""

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from .analysis import spelling

ASPECTS = (
    "feeling",
    "thought",
    "motive",
    "moment",
    "meaning",
    "own_part",
    "other_view",
    "body",
    "here_now",
    "fact",
    "story",
)
# Aspects a script may leave without a deflection line of their own (a general one serves).
OPTIONAL_ASPECTS = ("fact",)
ASPECT_NL = {
    "feeling": "gevoel",
    "thought": "gedachten",
    "motive": "motief of bedoeling",
    "moment": "een concreet moment",
    "meaning": "de betekenis van een woord",
    "own_part": "het eigen aandeel",
    "other_view": "een andere kijk",
    "body": "het lijf",
    "here_now": "het hier en nu",
    "fact": "een feit",
    "story": "het verhaal",
}
WHOSE_NL = {"client": "de cliënt", "other": "een ander", "relationship": "jullie gesprek"}
TIME_NL = {"then": "toen", "now": "nu", "here": "hier, in dit gesprek"}

# Codes of the analyser that say what is asked about, before any word list.
CODE_ASPECT = {
    "relationship_focus": "here_now",
    "stop_and_rewind": "moment",
    "alternative_perspective": "other_view",
    "empathic_validation": "feeling",
    "telling_feelings": "feeling",
}

_YOURS = frozenset(("je", "jouw", "uw", "jullie"))
_TOKEN = re.compile(r"[\w’'-]+", re.UNICODE)
# "Zeg jij eigenlijk: …" ("zeg" alone is a filler the spelling layer drops)
_SAYS_CHECK = re.compile(
    r"\bzegt?\s+(je|jij|ge|gij|u)\s+(dat\s+)?(eigenlijk|dus|daarmee)\b", re.IGNORECASE
)
# "dat ik dat zeg", "als ik dit vraag", "wat ik net zei": the coach's own words, here
_COACH_SAID = re.compile(
    r"\b(dat|als|wat|toen)\s+ik\s+(dat\s+|dit\s+|net\s+|zo\s+)?(zeg|zei|vraag|vroeg)\b",
    re.IGNORECASE,
)
_WOULD_IF = re.compile(r"\bals (je|jij) (\w+ ){0,6}zou(den)?\b|\bals (je|jij) zou(den)?\b")
# "wat is professioneel voor jou", "en wat is 'slap' eigenlijk voor je": one word, what it means
_WHAT_IS_FOR_YOU = re.compile(
    r"^(en |maar )?wat (is|betekent) (dan |eigenlijk |precies )?(\w+) "
    r"(dan |eigenlijk |precies )?voor (je|jou)( eigenlijk| dan| precies)?$"
)
_QUOTED = re.compile(r"[‘'\"“«]([^‘’'\"“”«»]{2,60})[’'\"”»]")


@dataclass(frozen=True)
class CoachTurn:
    text: str
    is_question: bool = False
    open_question: bool = False
    request: bool = False
    nod: bool = False
    aspect: str = "story"
    aspects: tuple[str, ...] = ()
    whose: str = "client"
    persons: tuple[str, ...] = ()
    time: str | None = None
    topics: tuple[str, ...] = ()
    feelings: tuple[str, ...] = ()
    echoes: tuple[str, ...] = ()
    closing: bool = False  # the coach ends the session
    check: bool = False  # "Klopt dat?", "Zie ik dat goed?": he confirms or corrects a summary
    how_often: bool = False  # "was dat de enige keer", "gebeurt dat vaker"
    wish: bool = False  # "wat zou je willen", "wat had je gehoopt"
    exception: bool = False  # "geldt dat altijd, of zijn er momenten dat het anders ligt"
    word_named: bool = False  # "je noemt het draagvlak", a quoted word: that word is meant
    what_if: bool = False  # "wat zou er gebeuren als je …": his own what-if
    origin: bool = False  # "van wie heb je dat", "is dat jouw stem": where his rule comes from
    beneath: bool = False  # "zit er nog iets anders onder": the feeling under the one named
    words: str = ""  # "wat zei ze precies": the words said, "self" (his own) or "other"
    urge: bool = False  # "wat zou je dan het liefst doen": his impulse to act
    obstacle: bool = False  # "wat maakt het zo moeilijk", "wat houdt je tegen"
    since: bool = False  # "je kwam boos binnen, hoe is dat nu?": the feeling he came in with, now
    people: bool = False  # "de mensen om je heen", "die ander": people in general, no one named
    here_kind: str = ""  # about the two of them: "coach", "takeaway" or "reason" (see lexicon)
    main_person: str = ""  # the case's first person (the one "ze" means by default)
    events: tuple[str, ...] = ()  # the case's events the turn touches ("het managementoverleg")
    named: tuple[str, ...] = ()  # persons named by a noun ("de werkgever"), not only "ze"
    other_events: tuple[str, ...] = ()  # the case's events it does not touch
    quoted_topics: tuple[str, ...] | None = None  # topics of the words it quotes (None: none)
    cues: tuple[str, ...] = field(default=())  # ids of the word lists that decided

    def describe(self):
        """A short Dutch account of what the turn asks about (for the reason of a reply)."""
        parts = [f"naar {ASPECT_NL[self.aspect]}"]
        if self.aspect not in ("story", "here_now"):
            parts.append(f"van {WHOSE_NL[self.whose]}")
        if self.time and self.aspect != "here_now":
            parts.append(TIME_NL[self.time])
        text = " ".join(parts)
        if self.echoes:
            text += "; neemt woorden over: " + ", ".join(f"‘{w}’" for w in self.echoes)
        return text

    def to_dict(self):
        return {
            "question": self.is_question,
            "open": self.open_question,
            "aspect": self.aspect,
            "whose": self.whose,
            "persons": list(self.persons),
            "time": self.time,
            "topics": list(self.topics),
            "feelings": list(self.feelings),
            "echoes": list(self.echoes),
        }


@cache
def lexicon():
    path = resources.files("dialogues") / "practice_lexicon" / "coach_turn.json"
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def spelling_forms():
    """{typed form: standard words}: the analyser's spelling table (its words and splits), with
    the few forms only the scripted client needs on top (fillers such as 'amai' dropped, 'u' read
    as 'je')."""
    table = spelling.spelling_table()
    forms = {e["form"].lower(): e["norm"].lower() for e in table["words"]}
    for split in table["splits"]:
        forms.setdefault(
            split["form"].lower().replace("’", "'"), " ".join(n for _f, n in split["pieces"])
        )
    forms.update(lexicon()["spelling"]["forms"])
    return forms


def normalise(text):
    """Lower-case words, with chat, spoken and Flemish forms read as standard ones."""
    text = unicodedata.normalize("NFC", text).lower().replace("’", "'")
    forms = spelling_forms()
    tokens = []
    for raw in _TOKEN.findall(text):
        token = forms.get(raw, raw)
        token = forms.get(token.strip("'-"), token.strip("'-"))
        tokens += token.split()
    return tokens


def _cue(cue):
    return tuple(cue.split())


def _matches_at(tokens, i, cue):
    if i + len(cue) > len(tokens):
        return False
    for token, word in zip(tokens[i : i + len(cue)], cue, strict=False):
        if word.endswith("*"):
            if not token.startswith(word[:-1]):
                return False
        elif token != word:
            return False
    return True


def find(tokens, cues):
    """Positions where any of `cues` (words or word sequences) occurs."""
    exact, prefixed = _compiled(tuple(cues))
    found = []
    for i, token in enumerate(tokens):
        candidates = exact.get(token, ())
        if prefixed:
            candidates = list(candidates) + [c for p, c in prefixed if token.startswith(p)]
        if any(len(c) == 1 or _matches_at(tokens, i, c) for c in candidates):
            found.append(i)
    return found


@lru_cache(maxsize=2048)
def _compiled(cues):
    """Cues by their first word (exact), and those whose first word ends in '*' (prefix)."""
    exact, prefixed = {}, []
    for cue in cues:
        parts = _cue(cue)
        if not parts:
            continue
        if parts[0].endswith("*"):
            prefixed.append((parts[0][:-1], parts))
        else:
            exact.setdefault(parts[0], []).append(parts)
    return exact, tuple(prefixed)


def is_question(text):
    """(is it a question, is it open): with or without a question mark; a question after a
    statement counts too ("je was het er helemaal mee eens. wat sprak je daarin aan")."""
    parts = [p for p in _PARTS.split(text.strip()) if p and p.strip(" ,.")]
    if len(parts) < 2:
        found = _is_question_part(text)
    else:
        found = [_is_question_part(p) for p in parts]
        found = any(q for q, _o in found), any(q and o for q, o in found)
    if not found[0] and _comma_question(text):
        return True, False
    return found


_CLAUSE_LEADS = ("als", "wanneer", "toen", "zodra", "terwijl", "omdat", "hoewel", "nu", "zoals")


def _comma_question(text):
    """ "ik zit nu opeens te denken, twijfelt gij zelf eigenlijk nooit": a clause after a
    comma that puts a verb before "je" is a closed question (not after "als …, kun je": a
    condition, nor when the turn ends in a full stop or an exclamation mark)."""
    if text.rstrip().endswith((".", "!")):
        return False
    clauses = [c for c in text.split(",") if c.strip()]
    if len(clauses) < 2 or normalise(clauses[0])[:1] in [[w] for w in _CLAUSE_LEADS]:
        return False
    tokens = normalise(clauses[-1])
    not_verbs = lexicon()["question_verbs"]["not_verbs"]
    return (
        len(tokens) > 1
        and tokens[1] in ("je", "jij")
        and tokens[0].isalpha()
        and tokens[0] not in not_verbs
    )


def _is_question_part(text):
    tokens = normalise(text)
    if not tokens:
        return False, False
    lex = lexicon()
    wh = set(lex["question_words"]["words"])
    lead = 1 if tokens[0] in ("en", "maar", "oké", "oke", "ok", "dus", "en_") else 0
    first_wh = len(tokens) > lead and tokens[lead] in wh
    verb_first = (
        (
            tokens[0] in lex["question_verbs"]["words"]
            and len(tokens) > 1
            and tokens[1]
            in ("je", "jij", "u", "ge", "het", "er", "dat", "ze", "hij", "zij", "jullie")
        )
        or (
            # "Twijfel je nooit?", "twijfelt gij zelf eigenlijk nooit": any verb before "je"
            len(tokens) > 1
            and tokens[1] in ("je", "jij")
            and tokens[0].isalpha()
            and tokens[0] not in lex["question_verbs"]["not_verbs"]
        )
        or bool(re.match(r"\s*zegt?\s+(je|jij|ge|gij|u)\b", text.lower()))
    )  # "zeg" alone is a filler
    if verb_first and not text.rstrip().endswith("?") and "eens" in tokens[1:3]:
        verb_first = tokens[1] in ("je", "jij")  # "Denk er eens over na": do it, not a question
    if (
        not text.rstrip().endswith("?")
        and len(tokens) > 1
        and tokens[0] == "wat"
        and (tokens[1] in lex["exclamations"]["second"] or text.rstrip().endswith("!"))
    ):
        return False, False  # "Wat een rotsituatie.", "Wat ontzettend frustrerend!": exclaimed
    if (
        not text.rstrip().endswith("?")
        and len(tokens) > lead + 1
        and tokens[lead] in ("wat", "hoe", "waar")
        and tokens[lead + 1] == "ik"
    ):
        return False, False  # "Wat ik bedoel: …", "Hoe ik het zie: …": the coach's own words
    tail = " ".join(tokens[-3:])
    tagged = any(
        tail.endswith(tag) for tag in ("denk je", "toch", "of niet", "zeg maar", "weet je")
    ) or bool(
        find(
            tokens,
            ["vraag me af", "vraag ik me af", "ben benieuwd", "ben ik benieuwd", "benieuwd wat"]
            + ["benieuwd hoe", "benieuwd waarom", "benieuwd naar", "wil graag weten"],
        )
    )
    wh_anywhere = bool(find(tokens, ["wat", "hoe", "waarom", "waardoor", "wat maakte"]))
    # "hoeveel mensen heb je": a count first is a question, answered briefly (not open).
    counted = len(tokens) > lead and tokens[lead] in lex["question_words"]["count"]
    if text.rstrip().endswith("?") or first_wh or verb_first or tagged or counted:
        open_question = bool(first_wh) or (wh_anywhere and (tagged or not verb_first))
        return True, open_question
    return False, False


def is_request(text):
    """ "Kun je … vertellen?", "Wil je een voorbeeld geven?": a polite yes/no form that invites."""
    tokens = normalise(text)
    req = lexicon()["requests"]
    starts = any(_matches_at(tokens, i, _cue(c)) for c in req["starts"] for i in range(2))
    return starts and bool(find(tokens, req["words"]))


def is_nod(tokens):
    """A minimal encourager ("oké", "hm", "en toen?"): the client goes on telling."""
    if not tokens or len(tokens) > 4:
        return False
    nods = set(lexicon()["nods"]["words"])
    rest = {"en", "toen", "dan", "verder", "ga", "door", "eens", "ja", "hm", "oké", "ok"}
    return " ".join(tokens) in nods or (tokens[0] in nods and set(tokens[1:]) <= rest)


def _starts(tokens, cues):
    return any(_matches_at(tokens, 0, _cue(c)) for c in cues)


def fallback_move(text, feelings=()):
    """A non-mentalizing move in a statement the analyser gave no code (its word lists), or
    None: advice, amplifying, dismissing, or a judgement about the client (an interpretation,
    or telling him his feelings when it names one). Questions are never one of these here."""
    text = unquoted(text)
    tokens = normalise(text)
    moves = lexicon()["fallback_moves"]
    if tokens and _starts(tokens, moves["advice"]["asks"]):
        return "advice"  # "Denk je niet dat het slimmer is om …?": advice as a question
    advice = moves["advice"]
    asked = normalise(focus(text))  # ("Goed, terug naar je collega. Vind je niet dat je …")
    if asked and _starts(asked, advice["should_asks"]) and set(advice["should"]) & set(asked[5:]):
        return "advice"  # "Vind je niet dat je haar wat meer ruimte moet geven?"
    tagged = bool(re.search(r"\b(toch|hè|he|hoor|of niet)\s*[?.!]*\s*$", text.lower()))
    if not tokens or (is_question(text)[0] and not tagged):
        return None
    if _starts(tokens, moves["advice"]["starts"]) or find(tokens, moves["advice"]["words"]):
        return "advice"
    if _starts(tokens, moves["telling_feelings"]["starts"]) and feelings:
        return "telling_feelings"
    if _starts(tokens, moves["judgement"]["starts"]):
        return "telling_feelings" if feelings else "interpretation"
    if find(tokens, moves["judgement"]["words"]):
        return "interpretation"
    if find(tokens, moves["amplifying"]["words"]):
        return "amplifying"
    if find(tokens, moves["dismissing"]["words"]):
        return "dismissing"
    return None


def lectures(text):
    """ "In de literatuur heet dat zwart-witdenken.", "Een goede manager moet kunnen twijfelen,
    dat weten we uit onderzoek.": theory or research told to him (not in an open question)."""
    tokens = normalise(unquoted(text))
    if not find(tokens, lexicon()["lecture"]["cues"]):
        return False
    return not is_question(text)[1]


def advice_kind(text):
    """What advice is about when it is no act to do: 'here' (how to take part in this
    conversation: "je moet wel meewerken", "je moet hier open over willen praten"), 'attitude'
    (how to take it: "zie het als een kans", "neem het niet persoonlijk"), else ''."""
    tokens = normalise(text)
    if find(tokens, lexicon()["advice_here"]["cues"]):
        return "here"
    if find(tokens, lexicon()["advice_attitude"]["cues"]):
        return "attitude"
    return ""


def explains_by_past(text):
    """ "Ik denk dat je dat doet omdat je vroeger op je plaats gezet werd, door je vader.": a
    statement that explains him by his past (an interpretation); never a question."""
    if is_question(text)[0]:
        return False
    tokens = normalise(unquoted(text))
    entry = lexicon()["fallback_moves"]["past_interpretation"]
    return bool(find(tokens, entry["because"]) and find(tokens, entry["past"]))


def reassures(text):
    """ "Ach, 'niet zeuren' is toch niet zo erg, dat zegt iedereen wel eens.": making light of
    what he did (a reassurance he agrees with), not of what he feels."""
    return bool(find(normalise(text), lexicon()["fallback_moves"]["reassurance"]["words"]))


def is_greeting(text):
    """ "Hoi, hoe gaat het met je?", "Dag, hoe is het vandaag?": asking how he is, at the start."""
    tokens = normalise(text)
    return bool(find(tokens, lexicon()["greeting"]["cues"]))


def judges_self(text):
    """ "Vind je zelf dat het briefje te ver ging?", "heb je iets fout gedaan": he is asked to
    judge what he did himself."""
    return bool(find(normalise(text), lexicon()["self_judgement"]["cues"]))


def asks_approval(text):
    """ "Vind je dat je het netjes hebt gebracht?", "Was het een goed idee?": asked whether what
    he did was right (his yes first), not whether it went too far ("niet netjes" turns it)."""
    tokens = normalise(text)
    return any(
        "niet" not in tokens[max(0, i - 2) : i] and "geen" not in tokens[max(0, i - 2) : i]
        for i in find(tokens, lexicon()["self_judgement"]["approval"])
    )


def names_past(text):
    """ "… werd je vroeger thuis ook nooit serieus genomen": his past named (with or without a
    "because"), for the reaction to an interpretation."""
    entry = lexicon()["fallback_moves"]["past_interpretation"]
    return bool(find(normalise(unquoted(text)), entry["past"]))


def dismisses(text):
    """ "Dat valt toch wel mee?", "Je overdrijft.": dismissing words, in a question too."""
    return bool(find(normalise(text), lexicon()["fallback_moves"]["dismissing"]["words"]))


def dismisses_over_advice(text):
    """ "Maak je geen zorgen, dat komt vanzelf goed.": making light of it, not advice."""
    return bool(find(normalise(text), lexicon()["fallback_moves"]["dismissing"]["over_advice"]))


def is_sympathy(text):
    """ "Wat een rotsituatie.", "Dat klinkt pittig.": sympathy in a statement, not a question."""
    tokens = normalise(text)
    if not tokens or text.rstrip().endswith("?") or len(tokens) > 8:
        return False
    lex = lexicon()["sympathy"]
    return _starts(tokens, lex["starts"]) and bool(find(tokens, lex["words"]))


def is_observation(text):
    """ "Ik merk dat je hier niet veel zin in hebt. Dat mag er zijn.": he is seen, in a statement
    (a validation, whatever feeling it names or not)."""
    tokens = normalise(text)
    if not tokens or is_question(text)[0]:
        return False
    return bool(find(tokens, lexicon()["sympathy"]["observe"]))


def is_closing(text):
    """ "Laten we het hier voor vandaag bij laten.", "Dank je voor je openheid.": the coach ends
    the session (a statement with an ending phrase or a farewell, or thanks for the conversation),
    also when a question about next time follows ("Zullen we daar de volgende keer op
    verdergaan?"); a question about the story after it ("… Wat voelde je toen?") is no closing."""
    tokens = normalise(text)
    lex = lexicon()["closing"]
    if _starts(tokens, lex["asks"]):
        return True  # "Zullen we stoppen voor vandaag?"
    parts = [p for p in _PARTS.split(text.strip()) if p and p.strip(" ,.")]
    closing = asking = False
    for part in parts:
        words = normalise(part)
        if not words:
            continue
        # "ik ben benieuwd hoe het gaat" at the end of a session is a wish, not a question
        wondering = find(words, ["benieuwd", "vraag me af", "vraag ik me af"])
        question = part.rstrip().endswith("?") or (is_question(part)[0] and not wondering)
        proposal = _starts(words, lex["proposals"]) and find(words, lex["ends"])
        if question and not (
            _closing_question_tail(part)
            or _starts(words, lex["asks"])
            or find(words, lex["next"])
            or proposal
            or (closing and _starts(_lead_dropped(words), lex["session"]))
            or _closing_kind(words, lex)
        ):
            asking = True
            continue
        if (
            find(words, lex["ends"])
            or _thanks_for(words, lex)
            or " ".join(words) in lex["alone"]  # "Oké, tijd."
        ):
            closing = True
    return closing and not asking


CLOSING_ASKS = frozenset(("wat", "waar", "hoe", "welk", "welke", "wie", "waaraan", "waarop", "als"))


def _closing_kind(words, lex):
    """What a question that belongs to the ending asks: 'takeaway', 'next', 'homework' or ''."""
    for kind in ("homework", "takeaway", "next"):
        if find(words, lex["questions"][kind]):
            return kind
    return ""


def closing_question(text):
    """The question a closing comes with ("We ronden af. Wat neem je mee?"): 'takeaway' (what
    he takes from the session, how he goes home), 'next' (what he wants to explore or watch for
    next time), 'homework' ("denk er thuis eens over na") or '' (none, or how the session was)."""
    lex = lexicon()["closing"]
    for part in (p for p in _PARTS.split(text.strip()) if p and p.strip(" ,.")):
        words = normalise(part)
        question = part.rstrip().endswith("?") or is_question(part)[0]
        # (an open question: "tot volgende week, oké?" asks nothing of next time)
        opens = _lead_dropped(words)[:1] and _lead_dropped(words)[0] in CLOSING_ASKS
        if (question and opens) or (kind := _closing_kind(words, lex)) == "homework":
            if kind := _closing_kind(words, lex):
                return kind
    return ""


def _lead_dropped(words):
    """The words without a leading "en", "maar", "oké" (" en hoe vond je het vandaag")."""
    return (
        words[1:] if words[:1] and words[0] in ("en", "maar", "oké", "oke", "ok", "dus") else words
    )


def _thanks_for(words, lex):
    thanks = find(words, lex["thanks"])
    return bool(thanks) and any(
        t in lex["thanks_for"] for i in thanks for t in words[i + 1 : i + 8]
    )


def _closing_question_tail(text):
    """ "Dank je wel, tot volgende week, oké?": a tag at the end does not make it a question."""
    return bool(re.search(r"\b(oké|oke|goed|toch)\s*[?.!]*\s*$", text.lower()))


def is_siding(text):
    """ "Ik heb ook geen geduld voor gezeur.", "Dat is toch ook onprofessioneel van haar.": the
    coach sides with the client (amplifying), in a statement. His own words quoted back ("… bij
    'die lui' hoor") do not count."""
    text = unquoted(text)
    tokens = normalise(text)
    tagged = bool(re.search(r"\b(toch|hè|he|of niet)\s*\?\s*$", text.lower()))
    if not tokens or (is_question(text)[0] and not tagged):  # "…, toch?" asks for agreement
        return False
    lex = lexicon()["siding"]
    if _starts(tokens, lex.get("not_after", ())):
        return False  # "Je zegt dat je het er helemaal mee eens was.": his words given back
    if _starts(tokens, lex["starts"]) or find(tokens, lex["words"]):
        return True
    if not is_question(text)[0] and find(tokens, lex["verdicts"]):
        # "amai, da's straf zeg. … schandalig", "Dat is ook onterecht", "Vreselijk, coaching
        # als straf": a verdict on what was done to him, not his view given back ("je vindt het
        # onterecht") nor a feeling of his ("vreselijk voor je").
        return not find(tokens, lex["not_verdicts"])
    about_other = find(tokens, lex["about_other"]) and find(tokens, lex["other_marks"])
    return bool(about_other) and not _starts(tokens, ["je", "jij", "ge", "gij"])


def checks_summary(text):
    """ "Ik probeer het even samen te vatten: … Zit ik er dicht bij?", "Als ik het goed
    begrijp … klopt dat?": a summary (a frame or a checking question at the end) he is asked to
    confirm."""
    tokens = normalise(text)
    lex = lexicon()["summary"]
    tail = normalise(_PARTS.split(text.strip())[-1]) if text.strip() else []
    framed = bool(find(tokens, lex["frames"]))
    checked = bool(find(tail, lexicon()["checks"]["cues"])) and text.rstrip().endswith("?")
    return checked and (framed or bool(find(tokens, ["je voelt", "jij voelt", "je vindt"])))


def gives_back(text):
    """ "Je zegt dat …", "Je vertelde dat …": the coach gives back what he said."""
    return _starts(normalise(text), lexicon()["siding"].get("not_after", ()))


def is_appointment(text, aside=False):
    """ "Zullen we volgende week dezelfde tijd aanhouden?": a question about the next session;
    with `aside`, only one asked in passing ("even tussendoor: …"), not a closing."""
    tokens = normalise(text)
    entry = lexicon()["appointment"]
    if aside and not find(tokens, entry["aside"]):
        return False
    return bool(find(tokens, entry["cues"]))


def changes_subject(tokens):
    """ "Los hiervan: …", "Even iets heel anders: …": the coach leaves the subject."""
    return bool(find(tokens, lexicon()["small_talk"]["leaving"]))


def apologises(text):
    """ "sorry, dat was kort door de bocht van mij", "zo bedoelde ik het niet", "ik vul het voor
    je in": the coach takes back what he said (a repair)."""
    tokens = normalise(text)
    lex = lexicon()["apology"]
    # ("zou je niet gewoon sorry zeggen?", "als ik jou was, zou ik mijn excuses aanbieden": his
    # apology, advised; "sorry dat ik je onderbreek": politeness; neither the coach's own repair)
    yours = {"je", "jij", "ge", "gij", "u", "jouw", "uw"}
    return any(
        not yours & set(tokens[max(0, i - 3) : i])
        and not set(lex["advised"]) & set(tokens[i + 1 : i + 3])
        and not find(tokens[i + 1 : i + 6], lex["polite"])
        and not find(tokens[: i + 1], ["als ik jou was", "als ik je was", "in jouw plaats"])
        for i in find(tokens, lex["cues"])
    )


def insists(text):
    """ "sorry, dat was kort door de bocht. maar het is toch wel zo?": the judgement again."""
    return bool(find(normalise(text), lexicon()["apology"]["insists"]))


def asks_landing(text):
    """ "hoe kwam dat bij je binnen?", "hoe was dat voor je?": how the coach's words landed."""
    return bool(find(normalise(text), lexicon()["apology"]["landing"]))


def hedges(text):
    """ "misschien ben je ook wel een beetje streng": a hedged judgement."""
    return bool(find(normalise(text), lexicon()["hedges"]["cues"]))


def untried(text):
    """ "Pas op dat je je eigen ruiten niet ingooit", "bied eerst je excuses aan": advice that
    warns him or asks him to give way, which he cannot say he has already tried."""
    return bool(find(normalise(text), lexicon()["untried"]["cues"]))


def is_private_talk(tokens):
    """ "Wanneer ben je voor het laatst op vakantie geweest?", "Welke series kijk je?": small
    talk about his life outside the case, even with "je"."""
    return bool(find(tokens, lexicon()["small_talk"]["private"]))


def is_small_talk(tokens):
    """Words of everyday small talk ("hoe was het verkeer", "het weer gisteren")."""
    return bool(find(tokens, lexicon()["small_talk"]["cues"]))


def invites(text):
    """ "Hoi, vertel eens wat er speelt": an invitation after a greeting or a filler word."""
    tokens = normalise(text)
    starts = lexicon()["invitations"]["starts"]
    return any(_matches_at(tokens, i, _cue(c)) for c in starts for i in range(min(3, len(tokens))))


def unquoted(text):
    """The text without what is quoted in it (the client's own words, given back)."""
    return _QUOTED.sub(" ", text)


def is_invitation(words):
    """ "Vertel eens …", "Leg eens uit …": an invitation, not advice, however imperative."""
    return _starts(normalise(words), lexicon()["invitations"]["starts"])


def topic_index(topics):
    """{topic id: (kind, cues)} for a case's topic lexicon plus the shared feeling families."""
    key = tuple((t["id"], t.get("kind", "word"), tuple(t.get("words", ()))) for t in topics)
    return _topic_index(key)


@lru_cache(maxsize=64)
def _topic_index(key):
    index = {topic_id: (kind, words) for topic_id, kind, words in key}
    for family in lexicon()["feelings"]:
        index.setdefault(family["id"], ("feeling", tuple(family["words"])))
    return index


_PARTS = re.compile(
    r"(?<=[.!?;:])\s+|,\s+(?=(?:en |maar )?(?:wat|hoe|waarom|waar|wie|wanneer|welke?|waardoor"
    r"|waaraan|waarmee|wa|klopt|zie ik|zit ik)\b)",
    re.IGNORECASE,
)


def focus(text):
    """The part of a turn that asks: its question sentences (or clauses after a comma), when a
    statement comes before or after them ("Onderuit halen is een stevig beeld. Kun je me een
    moment noemen …?"); else the whole turn."""
    return _focus(text)[0]


@lru_cache(maxsize=512)
def _focus(text):
    """(the asking part, how many question parts it has)."""
    parts = [p for p in _PARTS.split(text.strip()) if p and p.strip(" ,.")]
    permission = lexicon()["permission"]["cues"]
    # "Ik wil nog even bij dat eerste moment blijven, vind je dat goed?": the leave asked after
    # a comma is a part of its own, the statement before it says what the turn is about.
    split = []
    for part in parts:
        head, comma, tail = part.rpartition(",")
        if comma and head.strip() and " ".join(normalise(tail)) in permission:
            split += [head.strip() + ".", tail.strip()]
        else:
            split.append(part)
    parts = split
    asking = [p for p in parts if p.rstrip().endswith("?") or is_question(p)[0]]
    # "… ik wil even terug naar het moment dat … Is dat goed?": asking leave says nothing of
    # what the turn is about; the statement before it does.
    leave = [p for p in asking if " ".join(normalise(p)) in permission]
    asking = [p for p in asking if p not in leave]
    if asking and len(asking) < len(parts):
        return " ".join(asking), len(asking)
    if leave and not asking:
        return " ".join(p for p in parts if p not in leave), 0
    if (
        not any(_is_question_part(p)[0] for p in parts)
        and _comma_question(text)
        and "ik" in normalise(text.split(",")[0])
    ):
        # "ik zit nu opeens te denken, twijfelt gij zelf eigenlijk nooit": the clause asks, the
        # coach's own thought before it does not ("en hier bij mij, heb je …" keeps its "hier")
        return text.split(",")[-1].strip(), 1
    return text, max(1, len(asking))


def asks_after_check(text):
    """ "Je klinkt wat geïrriteerd, klopt dat? Wat maakt dat?": an open question after the
    check, which he answers after confirming."""
    parts = [p for p in _PARTS.split(text.strip()) if p and p.strip(" ,.")]
    if len(parts) < 2 or find(normalise(parts[-1]), lexicon()["checks"]["cues"]):
        return False
    return any(find(normalise(p), lexicon()["checks"]["cues"]) for p in parts[:-1]) and bool(
        _is_question_part(parts[-1])[1]
    )


def asks_leave(text):
    """ "Ik wil nog even bij dat eerste moment blijven, vind je dat goed?": the only question
    asks leave; the statement before it is what the coach proposes (no closed question)."""
    return _focus(text)[1] == 0


def _aspect_hits(tokens, topics, lex):
    """[(aspect, cue id, first position)] of the word lists, in their order of priority."""
    hits = []
    for entry in lex["aspects"]:
        found = find(tokens, entry["cues"])
        if entry["aspect"] == "other_view" and found:
            found = _other_view_hits(tokens, entry["cues"], topics, lex)
        if found:
            hits.append((entry["aspect"], entry["id"], found[0]))
    return hits


def _pronoun_only(tokens, at, lex):
    return all(tokens[i] in lex["persons"]["third"]["words"] for i in at)


INNER = ("feeling", "thought", "motive", "body", "other_view", "own_part")


def understand(text, codes=(), topics=(), client_said=()):
    """What the coach turn `text` asks about; `codes` from the analyser, `topics` of the case."""
    lex = lexicon()
    whole = normalise(text)
    question, open_question = is_question(text)
    cues = []
    full = whole
    asked, n_asking = _focus(text)
    tokens = _without_tail_tag(normalise(asked), lex)
    hits = _aspect_hits(tokens, topics, lex)
    if any(h[1] == "asp.feeling_inner" for h in hits) and _WOULD_IF.search(" ".join(tokens)):
        # "Wat gebeurt er met je als je aandacht zou besteden aan …": his own what-if
        hits = [("thought", "asp.hypothetical_self", 0)] + hits
    if find(tokens, lex["here_now_before"]["cues"]):
        # "Wat is er precies gebeurd voordat je hier terechtkwam?": before he came, not here
        hits = [h for h in hits if h[0] != "here_now"]
        cues.append(lex["here_now_before"]["id"])
    coach_said = bool(_COACH_SAID.search(asked))
    if coach_said and not any(h[0] == "here_now" for h in hits):
        # "Hoe is dat voor je, dat ik dat zeg?": about what the coach just said, here
        hits = [("here_now", "asp.here_now.said", 0)] + hits
    if is_request(text):
        # "Wil je me vertellen over een moment …": the polite "wil je" asks no motive
        hits = [h for h in hits if not (h[0] == "motive" and h[2] <= 1)]
    asked_tokens = tokens
    you_asked = False  # the question asks him, the aspect came from the statement around it
    if not hits and asked != text and not _names_feeling(tokens, set()):
        # The question itself names nothing: the whole turn (but "twijfel je eigenlijk nooit"
        # after "ik zit te denken" asks about his doubt, not his thoughts).
        asked_you = _you(tokens, lex)
        tokens = _without_tail_tag(whole, lex)
        lead = re.split(r"[,:;]", text, maxsplit=1)
        if len(lead) == 2 and normalise(lead[0])[:1] == ["ik"] and asked.strip() in lead[1]:
            # "ik zit nu te denken, hoe gaat dat thuis …": the coach's own thought before the
            # question is not what he asks about
            tokens = _without_tail_tag(normalise(lead[1]), lex)
        # but not the "hier" of a statement around it ("ik zit hier te denken: twijfel je nooit"),
        # nor its "iemand die" when the question asks him ("klinkt als iemand die graag dingen
        # af heeft. waar zit je nu mee": his story, not another's view)
        skip = {"here_now", "other_view"} if asked_you else {"here_now"}
        hits = [h for h in _aspect_hits(tokens, topics, lex) if h[0] not in skip]
        # ("aan die emoties": a "die" that points at a thing names no one)
        you_asked = asked_you and not _third([t for t in asked_tokens if t != "die"], lex)
    frame = find(tokens, ["het moment dat", "het moment waarop", "moment dat", "moment waarop"])
    if frame:
        # "mag ik terug naar het moment dat ze zei dat ze geen mening had": the words after the
        # frame tell the moment, they do not ask about her opinion ("wat voelde je op het
        # moment dat …" keeps its feeling, asked before the frame).
        after = tokens[frame[0] + 3 : frame[0] + 5]
        yours = {"je", "jij"} & set(after)  # "het moment dat je vond dat …": his thought asked
        kept = [h for h in hits if h[2] < frame[0] or yours or h[0] not in INNER + ("thought",)]
        if len(kept) < len(hits):
            hits = kept
            cues.append("asp.moment.described")
    if hits and hits[0][0] == "body" and any(h[1] == "asp.meaning_strong" for h in hits):
        # "Wat bedoel je met onrechtvaardig? Waar zit dat nou precies in?": what he means
        hits = [h for h in hits if h[0] != "body"]
    found = {a for a, _i, _p in hits}

    # Aspects: the analyser's codes first, then the word lists in their order of priority.
    # A validation before a question ("Dat klinkt pittig. Wat gebeurde er toen?"): the
    # question says what is asked; the validation's feeling comes after.
    late = {"empathic_validation", "telling_feelings"} if question else set()
    aspects = list(
        dict.fromkeys(CODE_ASPECT[c] for c in codes if c in CODE_ASPECT and c not in late)
    )
    if (
        "empathic_validation" in codes
        and not question
        and found - {"feeling"}
        and not _names_feeling(whole, found)
    ):
        # "Ik merk dat je hier niet graag zit.": a validation that names no feeling but touches
        # another aspect (here: this conversation) is about that first.
        aspects.remove("feeling")
    here_cues = next(e for e in lex["aspects"] if e["aspect"] == "here_now")["cues"]
    weak_here = lex["here_now_weak"]["cues"]
    strong_here = [c for c in here_cues if c not in weak_here]
    if "here_now" in aspects and not find(tokens, here_cues):
        aspects.remove("here_now")  # "hoe was het voor jou om dat te zeggen": then, not here
    demoted = []
    own_hit = any(e.get("whose") and e["id"] in {h[1] for h in hits} for e in lex["aspects"])
    if (
        "other_view" in aspects
        and "other_view" not in found
        and (found & {"moment", "fact", "motive"} or own_hit)
        and not _third(tokens, lex)
        and (
            "motive" not in found
            or not find(tokens, _person_words(topics) + ["iemand", "anderen", "mensen"])
        )
    ):
        # "wat zou terugpakken je opleveren": his own motive, not another's view.
        # "Kun je me een moment noemen …" read as another's view: the words say what is asked.
        aspects.remove("other_view")
        demoted.append("other_view")
    if "moment" in aspects and found & set(INNER):
        aspects.remove("moment")  # "terug naar dat moment: wat gebeurde er toen in je?"
    positions = {}
    for aspect, cue_id, at in hits:
        positions.setdefault(aspect, at)
        if aspect not in aspects:
            aspects.append(aspect)
        cues.append(cue_id)
    aspects += [a for a in demoted if a not in aspects]
    if (
        "here_now" in aspects
        and found & {"feeling", "thought", "motive", "body", "own_part", "moment"}
        and not find(tokens, strong_here)
        and not coach_said
    ):
        # "wat voel je erbij, nu je het zo vertelt", "waar voel je dat, op dit moment": his
        # feeling now, not a question about this conversation.
        aspects.remove("here_now")
        cues.append(lex["here_now_weak"]["id"])
    frames = lex["moment_frames"]["cues"]
    if (
        "moment" in aspects
        and found & set(INNER)
        and not find(tokens, [c for c in _moment_cues(lex) if c not in frames])
    ):
        # "Wat ging er door je heen op het moment dat je dat las?": the moment is the frame,
        # the feeling is asked.
        aspects.remove("moment")
        cues.append(lex["moment_frames"]["id"])
    lead = asked_tokens[1:] if asked_tokens[:1] in (["en"], ["maar"]) else asked_tokens
    if (
        question
        and n_asking == 1
        and lead
        and (
            lead[0] == "wanneer"
            or lead[:3] == ["op", "welk", "moment"]
            or lead[:2] == ["welk", "moment"]
        )
        and aspects[:1] in ([], ["feeling"], ["thought"])
    ):
        # ("op welk moment voelde je dat het sterkst", "wanneer merkt ge da het meest" after a
        # validation: which moment is asked, the feeling only says what he looks for in it)
        aspects.insert(0, "moment")  # "Wanneer merkte je …": a question about a moment
        cues.append("asp.moment.when")
    aspects += [CODE_ASPECT[c] for c in codes if c in late and CODE_ASPECT[c] not in aspects]
    if "clarification" in codes and not found and _QUOTED.search(text):
        aspects.insert(0, "meaning")
    named_lex = lex["meaning_named"]
    word_named = bool(_QUOTED.search(text) or find(whole, named_lex["cues"]))
    what_is = _WHAT_IS_FOR_YOU.match(" ".join(tokens))
    if what_is and what_is.group(4) in {w for line in client_said for w in normalise(line)}:
        # "Wat is professioneel, voor jou?": what his word means to him (a word he used)
        word_named = True
        aspects = ["meaning"] + [a for a in aspects if a != "meaning"]
        cues.append(named_lex["id"] + ".for_you")
    if (
        word_named
        and find(tokens, named_lex["asks"])
        and (aspects[:1] in ([], ["feeling"], ["body"], ["story"]))
    ):
        # "wat is 'voldoening' precies voor jou": the meaning of his word, not a feeling
        aspects.insert(0, "meaning")
        cues.append(named_lex["id"])
    aspects = tuple(dict.fromkeys(aspects)) or ("story",)

    index = topic_index(topics)
    found_topics, persons, feelings, named = [], [], [], {}
    topic_pos = {}
    for topic_id, (kind, words) in index.items():
        hits = find(whole, words)
        if hits:
            found_topics.append(topic_id)
            if kind == "person":
                named[topic_id] = hits[0]
                if at := find(tokens, words):
                    topic_pos[topic_id] = at
            if kind == "feeling":
                feelings.append(topic_id)
    facts = sorted(
        (t for t in found_topics if t.startswith("feit-")),
        key=lambda t: find(whole, index[t][1])[0],
    )
    found_topics = facts + [t for t in found_topics if not t.startswith("feit-")]
    # The person the question itself names, else the first one the turn names ("Stel dat een
    # van die directieleden het thuis leest. Wat zou er bij zo iemand spelen?": the board); a
    # "zij" in the question gives way to "je vrouw" named before it.
    strong = [p for p in topic_pos if not _pronoun_only(tokens, topic_pos[p], lex)]
    by_noun = [p for p in named if not _pronoun_only(whole, find(whole, index[p][1]), lex)]
    persons = (
        sorted(strong, key=lambda p: topic_pos[p][0])
        or sorted(by_noun, key=named.get)
        or sorted(topic_pos, key=lambda p: topic_pos[p][0])
        or sorted(named, key=named.get)
    )

    owned = [
        p
        for p in persons
        if any(i > 0 and whole[i - 1] in _YOURS for i in find(whole, index[p][1]))
    ]
    if owned:  # "wat vond je vrouw": she is the one asked about, not a "ze" elsewhere
        persons = owned
    if aspects == ("story",) and feelings:
        aspects = ("feeling",)
    elif aspects[0] == "story" and any(t.startswith("feit-") for t in found_topics):
        # "hoe was de sfeer eigenlijk op dat overleg", "heb je kinderen": a plain fact
        aspects = ("fact",) + aspects
    elif aspects[0] == "own_part" and any(
        t.startswith("feit-") and find(tokens, index[t][1]) for t in found_topics
    ):
        # "wat doe je voor werk": his work, not his part in what happened
        aspects = ("fact",) + aspects
    whose = _whose(tokens, aspects[0], positions.get(aspects[0]), persons, topic_pos, lex)
    people = bool(find(whole, lex["people"]["cues"])) and not any(p in topic_pos for p in persons)
    if people and aspects[0] == "other_view":
        whose = "other"  # "hoe reageren de mensen om je heen, denk je": theirs, not his
    if you_asked and whose == "other" and not any(p in topic_pos for p in persons):
        # "Ik zou me ook ongeduldig voelen … Tegelijk vraag ik me af wat er voor jou zo lastig
        # is aan die emoties": the coach's own feeling around it, the question asks about him.
        whose = "client"
    own_entry = next((e for e in lex["aspects"] if e.get("whose")), None)
    for entry in (e for e in lex["aspects"] if e.get("whose")):
        if entry["id"] in cues and aspects[0] == entry["aspect"]:
            # "wat zou er gebeuren als je …": his own what-if; "wat zegt het dat de emoties
            # van een ander je onrustig maken": what it says about him
            whose = entry["whose"]
            break
    think_that = ["denk je dat", "denk jij dat", "denkt je dat", "denkt jij dat"]
    third_after = any(
        t in lex["persons"]["third"]["words"]
        for i in find(tokens, think_that)
        for t in tokens[i + 3 : i + 6]
    )
    if whose == "client" and (persons or third_after) and find(tokens, think_that):
        whose = "other"  # "wat denk je dat de directie …": the other's mind
    own_feeling = lex["own_feeling"]
    strong_here_asked = "here_now" in aspects and find(tokens, strong_here)
    if find(tokens, own_feeling["cues"]) and not strong_here_asked:
        # "Je hebt het gevoel dat ze oordelen zonder te komen kijken": his own sense of it is
        # checked (what he takes to be so: his thought, then his feeling), not the board's
        # thoughts; with a feeling word in it ("het gevoel dat je gekwetst bent") his feeling.
        # ("Hoe is het hier tussen ons: heb je het gevoel dat …" stays about the two of them.)
        whose = "client"
        first = ("feeling", "thought") if _names_feeling(tokens, set()) else ("thought", "feeling")
        aspects = first + tuple(a for a in aspects if a not in ("feeling", "thought", "other_view"))
        cues.append(own_feeling["id"])
    if (
        question
        and whose == "other"
        and aspects[0]
        in (
            "feeling",
            "thought",
            "motive",
            "story",
            "own_part",
            "meaning",
        )
        and (aspects[0] != "meaning" or persons)  # "wat bedoelde de directie met …": theirs
    ):
        aspects = ("other_view",) + tuple(a for a in aspects if a != "other_view")
        cues.append("asp.other_mind")
    time = None
    for words in (tokens, whole):
        for entry in lex["times"]:
            if find(words, entry["cues"]):
                time = entry["time"]
                cues.append(entry["id"])
                break
        if time:
            break
    here_kind = _here_kind(
        tokens,
        lex,
        [t["id"] for t in topics if t.get("kind") == "event" and t["id"] in found_topics],
    )
    if find(tokens, lex["here_now_before"]["cues"]):
        here_kind = ""  # "wat gebeurde er voor je hier kwam zitten": before, not here
    beneath = bool(find(tokens, lex["beneath"]["cues"]))
    words_asked = _words_asked(tokens, lex, tuple(_person_words(topics)))
    if (
        aspects[0] == "moment"
        and "asp.moment.evidence" in cues
        and find(
            tokens, ["zal blijven", "zal gaan", "altijd zo", "blijft", "zal zijn", "gaat blijven"]
        )
    ):
        # "hoe weet ge da het altijd zo zal blijven": how he knows what will be, his thought,
        # not the moments he goes by
        aspects = ("thought",) + tuple(a for a in aspects if a != "thought")
        time = None
    obstacle = bool(find(tokens, lex["obstacle"]["cues"]))
    if obstacle and aspects[0] in ("motive", "meaning", "story", "feeling"):
        # "wat maakt het zo moeilijk om te wachten", "wat houdt je tegen": what hinders him
        aspects = ("thought",) + tuple(a for a in aspects if a != "thought")
        whose = "client"
        cues.append(lex["obstacle"]["id"])
    if aspects[0] == "story" and find(asked_tokens, lex["doing"]["cues"]):
        aspects = ("own_part",) + aspects  # "En wat heb je toen gedaan?": his own part
        cues.append(lex["doing"]["id"])
    if find(whole, lex["perspective"]["cues"]) and persons:
        # "Als je in de schoenen van die medewerker staat: wat zou jij dan voelen?"
        whose = "other"
        aspects = ("other_view",) + tuple(a for a in aspects if a != "other_view")
        cues.append(lex["perspective"]["id"])
    if beneath and not any(p in topic_pos for p in persons):
        # "wat zit er onder die frustratie, denk je": his own feeling, an open question
        whose = "client"
        aspects = ("feeling",) + tuple(a for a in aspects if a != "feeling")
    if here_kind:
        # "Zou ik de bedoeling hebben jou te kleineren?", "Wat neem je mee?", "Wat maakt dat je
        # hier zit?": about the two of them, and which of its questions
        aspects = ("here_now",) + tuple(a for a in aspects if a != "here_now")
        whose = "relationship"
        cues.append(lex["here_kinds"]["id"] + "." + here_kind)
    if aspects[0] == "here_now":
        time = "here"
    if (
        whose == "other"
        and aspects[0] == "other_view"
        and _you(whole, lex)
        and find(whole, lex["summary"]["frames"])
        and find(tokens, lex["checks"]["cues"])
    ):
        # "even checken of ik je goed snap: …, emoties van anderen maken je onrustig, … klopt
        # dat?": a summary of his own pattern he is asked to check, not another's view
        whose = "client"
        aspects = tuple(a for a in aspects if a != "other_view") or ("story",)

    quoted = " ".join(m.group(1) for m in _QUOTED.finditer(text))
    quoted_tokens = normalise(quoted) if quoted else []
    quoted_topics = (
        tuple(t for t, (_k, words) in index.items() if find(quoted_tokens, words))
        if quoted_tokens
        else None
    )
    if aspects[0] == "story" and find(tokens, lex["wish"]["cues"]):
        aspects = ("motive",) + aspects  # "wat zou je tegen haar willen zeggen": his wish
    exception = bool(find(whole, lex["exceptions"]["cues"]))
    if exception and aspects[0] in ("moment", "story", "other_view"):
        # "geldt dat in elke situatie, of zijn er momenten dat het anders ligt": how he sees
        # his own rule, not another story or someone else's view
        aspects = ("thought",) + tuple(a for a in aspects if a != "thought")
        whose = "client"
        cues.append(lex["exceptions"]["id"])
    if find(tokens, lex["origin"]["cues"]):
        # "Van wie weet je dat, is dat jouw stem of die van iemand anders?": where his own
        # rule comes from, not another's view
        aspects = ("thought",) + tuple(a for a in aspects if a != "thought")
        whose = "client"
        cues.append(lex["origin"]["id"])
    all_events = [t["id"] for t in topics if t.get("kind") == "event"]
    events = [e for e in all_events if e in found_topics]
    passed = _passed_events(whole, events, index, lex) if events else ()
    return CoachTurn(
        text=text,
        is_question=question,
        open_question=open_question or is_request(text) or beneath,
        request=is_request(text),
        nod=is_nod(tokens) or is_reflection(tokens),
        aspect=aspects[0],
        aspects=aspects,
        whose=whose,
        persons=tuple(persons),
        time=time,
        topics=tuple(t for t in found_topics if t not in passed),
        feelings=tuple(feelings),
        echoes=echoes(text, full, client_said, lex),
        closing=is_closing(text),
        check=(
            bool(find(_without_tail_tag(normalise(asked), lex), lex["checks"]["cues"]))
            or bool(_SAYS_CHECK.search(text))
        )
        # "wat bedoel je eigenlijk met 'recht op hebben'": a question, not a summary to check
        and normalise(asked)[:2] not in (["wat", "bedoel"], ["wat", "bedoelt"]),
        how_often=bool(find(tokens, lex["how_often"]["cues"])),
        wish=bool(find(tokens, lex["wish"]["cues"])),
        exception=exception,
        origin=bool(find(tokens, lex["origin"]["cues"])),
        beneath=beneath,
        words=words_asked,
        urge=bool(find(tokens, lex["urge"]["cues"])),
        obstacle=obstacle,
        people=people,
        since=question and time == "now" and bool(find(whole, lex["since"]["cues"])),
        word_named=word_named,
        what_if=bool(own_entry and own_entry["id"] in cues and aspects[0] == own_entry["aspect"])
        # "wat zou het met hem doen als je een keer zegt …": a what-if about the other
        or ("asp.other_view.meaning" in cues and "als" in tokens and aspects[0] == "other_view"),
        here_kind=here_kind,
        main_person=next((t["id"] for t in topics if t.get("kind") == "person"), ""),
        named=tuple(p for p in persons if p in strong or p in by_noun),
        events=tuple(e for e in events if e not in passed),
        other_events=tuple(e for e in all_events if e not in events or e in passed),
        quoted_topics=quoted_topics,
        cues=tuple(cues),
    )


def _words_asked(tokens, lex, person_words=()):
    """ "Wat zei ze precies?" → "other", "Wat zei je toen tegen haar?" → "self", else ""
    ("wat zegt dat over jou" asks what it means; "wat zei je medewerker" his words)."""
    entry = lex["words"]
    found = find(tokens, entry["cues"])
    if not found and "gezegd" in tokens:
        # "wat heb je toen tegen de regiodirecteur gezegd", "wat heeft ze daarop gezegd"
        for at in find(tokens, ["wat heb", "wat had", "wat heeft", "wat hebben"]):
            if "gezegd" in tokens[at + 2 : at + 9]:
                return "self" if tokens[at + 2 : at + 3] in (["je"], ["jij"]) else "other"
    if not found:
        return ""
    at = found[0]
    after = tokens[at + 2 : at + 4]  # "wat zei je", "wat heb je gezegd"
    if after[:1] in (["dat"], ["dit"], ["het"]):
        return ""
    if after[:1] and after[0] in entry["self"] and not find(after[1:], list(person_words)):
        return "self"
    return "other"


@lru_cache(maxsize=4096)
def feelings_named(text):
    """The feeling families a line names on its own: `understand(text).feelings`, kept.

    For the client's own lines: when a coach tells him a feeling, the scripted client looks for
    it in every line he has said so far (10-20 of them, ~0.5 ms each to read). Those lines are
    the script's (a bounded set, the same in every conversation of the case), so each is read
    once per process, not once per turn; a coach's turn is not kept here."""
    return understand(text).feelings


def _here_kind(tokens, lex, events=()):
    """Which question about the two of them: "act" (what the coach does here: "wat doe of zeg
    ik waardoor …"), "reason", "takeaway" or "coach"; "" for none. "Kun je me meenemen naar het
    moment …" takes him along to a moment (no takeaway), and looking back on an event of the
    case ("als je terugkijkt op dat briefje") is no look back on this conversation."""
    kinds = lex["here_kinds"]
    for kind in ("need", "saying", "act", "reason", "takeaway", "coach"):
        if not find(tokens, kinds[kind]):
            continue
        if kind == "takeaway" and (
            find(tokens, kinds["takeaway_not"]) or (events and not find(tokens, kinds["session"]))
        ):
            continue
        return kind
    return ""


def is_travel_talk(tokens):
    """ "Hoe kom je eigenlijk hierheen?", "Met de trein gekomen?": small talk about getting
    here, not a question about this conversation."""
    return bool(find(tokens, lexicon()["small_talk"]["travel"]))


def _person_words(topics):
    return [w for t in topics if t.get("kind") == "person" for w in t.get("words", ())]


def _passed_events(tokens, events, index, lex):
    """Of two events a rewind names ("Voordat we naar het managementoverleg gaan: ik wil terug
    naar het gesprek met de marketingmanager"), the one it goes back *to* is asked; the other
    (named before "terug", or after "voordat") is not."""
    left = lex["rewind"]["left"]
    ends = _after(tokens, left)
    gone = [e for e in events if any(i - 1 in ends for i in find(tokens, index[e][1]))]
    if gone:
        # "Je bent alweer bij het managementoverleg. Mag ik bij dat eerste gesprek blijven?"
        return tuple(gone)
    back = find(tokens, lex["rewind"]["cues"])
    if not back or len(events) < 2:
        return ()
    at = back[-1]
    after = [e for e in events if any(i > at for i in find(tokens, index[e][1]))]
    if not after:
        return ()
    return tuple(e for e in events if e not in after)


def _after(tokens, cues):
    """The positions of the last word of each cue found (the word before what follows it)."""
    ends = set()
    for i in find(tokens, cues):
        for cue in cues:
            parts = _cue(cue)
            if _matches_at(tokens, i, parts):
                # (a cue may end on a word of an event: "weer over het overleg")
                for k in range(len(parts) - 1, len(parts) + 3):
                    ends.add(i + k)
    return ends


def wish_seen(text):
    """ "Wat zou je willen dat ze zien?", "wat zoudt ge willen dat uw baas van u ziet": what he
    wishes others would see in him."""
    tokens = normalise(text)
    at = find(tokens, ["willen dat", "wil dat", "wilt dat", "wou dat", "wilde dat"])
    seeing = {"zien", "ziet", "zagen", "opmerken", "merken", "opmerkt", "merkt"}
    return bool(at) and bool(seeing & set(tokens[at[0] + 2 :]))


def stays(text):
    """ "Mag ik nog even bij dat eerste gesprek blijven?", "kunnen we nog even blijven bij da
    moment": the coach goes back to (or stays with) a moment, also when he asks leave."""
    tokens = normalise(text)
    # ("kunnen we nog even blijven bij dat gevoel van niet gezien worden": a feeling, no moment)
    if "gevoel" in tokens or names_a_feeling(text):
        return False
    return bool(find(tokens, lexicon()["rewind"]["stay"]))


def names_a_feeling(text):
    """Whether the text names a feeling of one of the shared families ("boos", "gekwetst")."""
    return _names_feeling(normalise(text), set())


def _names_feeling(tokens, found):
    families = lexicon()["feelings"]
    return "feeling" in found or any(find(tokens, f["words"]) for f in families)


def _moment_cues(lex):
    return [c for e in lex["aspects"] if e["aspect"] == "moment" for c in e["cues"]]


def _without_tail_tag(tokens, lex):
    """ "…, denk je?" / "…, toch?": the tag says it is a question, not whose mind it is about."""
    for tag in lex["tail_tags"]["words"]:
        parts = tag.split()
        if len(tokens) > len(parts) and tokens[-len(parts) :] == parts:
            return tokens[: -len(parts)]
    return tokens


def _other_view_hits(tokens, cues, topics, lex):
    """Hits of another's view, without "wat zou / hoe zou" when no other person follows them
    ("wat zou je willen …" asks about his own wish)."""
    needs = set(lex["other_view_needs_person"]["cues"])
    third = set(lex["persons"]["third"]["words"]) | {"de", "die", "hun"}
    person_words = {w for t in topics if t.get("kind") == "person" for w in t.get("words", ())}
    hits = set()
    for cue in cues:
        for i in find(tokens, [cue]):
            if cue in needs and not any(
                t in third or t in person_words for t in tokens[i + 2 : i + 4]
            ):
                continue
            hits.add(i)
    return sorted(hits)


def is_reflection(tokens):
    """ "Ik hoor je zeggen dat …", "Als ik je goed begrijp …": a reflection, he goes on."""
    return _starts(tokens, lexicon()["reflections"]["starts"])


# "die keer dat jij …", "die avond": a "die" before a word of time points at a moment, not a person.
TIME_NOUNS = frozenset(
    ("keer", "dag", "avond", "ochtend", "middag", "week", "tijd", "periode", "moment", "momenten")
)


def _unpointed(tokens):
    """The tokens with a "die" that points at a moment ("die keer") made no person word."""
    return [
        "_die" if t == "die" and i + 1 < len(tokens) and tokens[i + 1] in TIME_NOUNS else t
        for i, t in enumerate(tokens)
    ]


def _whose(tokens, aspect, at, persons, topic_pos, lex):
    tokens = _unpointed(tokens)
    if aspect == "here_now":
        return "relationship"
    if (
        len(tokens) > 1
        and tokens[1] in ("je", "jij")
        and tokens[0] not in lex["question_verbs"]["not_verbs"]
        and tokens[0] not in lex["question_words"]["words"]
        and not find(tokens, ["denk je dat", "denk jij dat", "denkt je dat"])
        and aspect != "other_view"
    ):
        return "client"  # "had je dat van haar verwacht": his expectation, whoever it is about
    person_at = {i for hits in (topic_pos.get(p, ()) for p in persons) for i in hits}
    yours = {"je", "jouw", "uw", "jullie"}
    if at is not None and any(
        (at < i <= at + 3 and tokens[i - 1] in yours)
        or (at < i <= at + 4 and tokens[i - 1] == "eigen" and tokens[i - 2] in yours)
        for i in person_at
    ):  # "wat vond je vrouw", "hoe reageerde je (eigen) baas": his wife's mind, not his own
        return "other"
    if aspect in ("feeling", "thought") and find(
        tokens, ["voor hem", "voor haar", "voor hen", "voor hun", "voor ze"]
    ):
        return "other"  # "Hoe was dat voor hem?": his employee's experience
    if aspect == "own_part":
        return "client"
    if aspect == "other_view":
        # ("als iemand niet meteen zijn mening geeft": someone else's view, not his own)
        someone = any(
            t == "iemand" and tokens[i + 1 : i + 2] not in (["jou"], ["je"], ["mij"])
            for i, t in enumerate(tokens)
        )
        return "other" if persons or _third(tokens, lex) or someone else "client"
    if at is None:
        return "other" if persons and not _you(tokens, lex) else "client"
    you = set(lex["persons"]["client"]["words"])
    third = set(lex["persons"]["third"]["words"])
    person_at = {i for hits in (topic_pos.get(p, ()) for p in persons) for i in hits}
    after = tokens[at + 1 : at + 4]
    before = range(max(0, at - 3), at)
    if at > 0 and tokens[at - 1] in you:  # "had je gehoopt", "wil je"
        return "client"
    if tokens[at] in you:  # "het moment dat je vond dat ze …": his thought about her
        return "client"
    if any(t in you for t in after):
        return "client"
    if aspect in ("feeling", "thought", "body") and find(tokens, ["voor jou", "voor je"]):
        return "client"  # "Hoe voelt die onrust voor jou?": "die" points at the unrest
    if any(
        i in person_at or (tokens[i] in third and not (tokens[i] == "die" and i == at - 1))
        for i in before
    ):  # ("aan die emoties": "die" before the word asked points at it, not at a person)
        return "other"
    if any(t in third for t in after) or any(at < i <= at + 3 for i in person_at):
        return "other"
    return "client"


def _you(tokens, lex):
    return any(t in lex["persons"]["client"]["words"] for t in tokens)


def _third(tokens, lex):
    return any(t in lex["persons"]["third"]["words"] for t in _unpointed(tokens))


def echoes(text, tokens, client_said, lex):
    """The client's own words the coach picks up: quoted, or repeated from the client's turns."""
    quoted = [m.group(1).strip() for m in _QUOTED.finditer(text)]
    said = set()
    for line in client_said:
        said.update(normalise(line))
    stop = set(lex["stop_words"])
    repeated = [t for t in dict.fromkeys(tokens) if len(t) >= 5 and t not in stop and t in said]
    words = quoted + [t for t in repeated if not any(t in q.lower() for q in quoted)]
    return tuple(dict.fromkeys(words))[:4]
