"""De-identify a transcript before anything is stored: the trainer's own list and `deduce`.

Two sources of replacements, merged per text:

- the trainer's list ("Jan, De Vries, Fatima"): each entry becomes `[Persoon N]`, also in its
  inflected and diminutive forms (Jans, Jan's, Jannie, Janneke, Jantje, Fatimaatje), without
  regard to accents or case (Fátima, FATIMA), with any spacing or none between its words
  ("De  Vries", DeVries, De-Vries) and with the other half of a hyphenated name (Jan-Willem);
  the words of a listed full name also count on their own when capitalised ("Sanne de Wit"
  lists Sanne and Wit);
- `deduce` (Dutch de-identification, LGPL-3.0, rule-based with lookup lists of names, places,
  streets and institutions) for everything the list does not have: person names, places and
  addresses, institutions, dates, ages, BSN and other numbers, phone numbers, e-mail addresses
  and URLs, with a few patterns it misses (international phone numbers, IBAN, "BSN: …").

deduce builds its lookup structures (about 50 s the first time on a machine, then about 6 s
from its cache, and about 1 GB of memory) once per process: `warm_up()` does it under a lock,
the first use does it otherwise; no request builds it again.

`suspects(text)` finds what still looks like an identifier after all this (a capitalised word
mid-sentence, a run of digits, an @ or www.), so the preview can point the trainer at it.
"""

import logging
import os
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

logger = logging.getLogger(__name__)

# deduce's tags (after its own clean-up) and what they become here
DEDUCE_TAGS = {
    "persoon": "Naam",
    "patient": "Naam",
    "locatie": "Plaats",
    "ziekenhuis": "Instelling",
    "zorginstelling": "Instelling",
    "instelling": "Instelling",
    "datum": "Datum",
    "leeftijd": "Leeftijd",
    "bsn": "BSN",
    "id": "Nummer",
    "telefoonnummer": "Telefoon",
    "emailadres": "E-mail",
    "url": "URL",
}
KINDS = ("Persoon", "Naam", *dict.fromkeys(v for v in DEDUCE_TAGS.values() if v != "Naam"))
PLACEHOLDER = re.compile(
    r"\[(?:Persoon|Naam) \d+\]|\[(?:" + "|".join(re.escape(k) for k in KINDS[2:]) + r")\]"
)

# Patterns deduce misses, checked in the audit's examples and the test transcript.
EXTRA_PATTERNS = (
    # +31 6 1234 5678, 0031-6-12345678, +31 (0)20 123 4567
    ("Telefoon", re.compile(r"(?<![\w+])(?:\+|00)31[\s.-]*(?:\(0\)[\s.-]*)?\d(?:[\s.-]?\d){8}\b")),
    # 06 1234 5678, 020 - 123 45 67, (020) 1234567
    ("Telefoon", re.compile(r"(?<!\w)\(?0\d{1,3}\)?(?:[\s-]{0,3}\d){7,8}\b")),
    ("Nummer", re.compile(r"\b[A-Z]{2}\d{2}[\s]?[A-Z]{4}(?:[\s]?\d{2,4}){3,4}\b")),  # IBAN
    ("BSN", re.compile(r"(?i)\bbsn(?:-?nummer)?\b[\s:.-]*(?:is\s+)?(?P<n>\d(?:[\s.]?\d){7,8})\b")),
    ("E-mail", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("URL", re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]")),
    ("Plaats", re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")),  # postcode
    # a capitalised name after a preposition of place: 'hier in Leiden' (leiden is also a verb,
    # so deduce lets it pass), 'familie in Izmir' (not in its Dutch lists); after 'bij' an
    # institution ('opgenomen bij Parnassia'), unless deduce knows it as a name
    (
        "Instelling",
        re.compile(r"(?<![^\s(])bij\s+(?P<n>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:\s[A-Z][a-zà-öø-ÿ]+)?)"),
    ),
    (
        "Plaats",
        re.compile(
            r"(?<![^\s(])(?:in|uit|naar|te|vanuit|richting|rond)\s+"
            r"(?P<n>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:(?:[\s-](?:aan|op|den|der|de)){1,2}"
            r"[\s-][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?)"
        ),
    ),
    # institutions by their kind: 'Praktijk De Linde', 'Montessorischool Oost', 'GGZ Rivierduinen'
    (
        "Instelling",
        re.compile(
            r"\b(?:[A-Z][a-z]*(?:school|college|lyceum|kliniek|praktijk|ziekenhuis|gasthuis"
            r"|centrum|zorg|instituut)|Praktijk|Huisartsenpraktijk|Kliniek|Stichting|Zorggroep"
            r"|GGZ|Centrum|Ziekenhuis|Basisschool|School|Instituut)"
            r"(?:\s+(?:[Dd]e|[Hh]et|[Vv]an|[Oo]p|[Aa]an)){0,2}(?:\s+[A-Z][\w-]+)+"
        ),
    ),
    # a day and a month without a year: 'op 8 april' (deduce wants the year too)
    (
        "Datum",
        re.compile(
            r"(?i)\b\d{1,2}(?:e|ste|de)?\s+(?:januari|februari|maart|april|mei|juni|juli"
            r"|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?"
            r"|okt|nov|dec)\b\.?"
        ),
    ),
    # an age without 'jaar': 'hij is 58 en …', 'ik ben 34.'
    (
        "Leeftijd",
        re.compile(
            r"(?i)\b(?:is|ben|was|werd|wordt|word)\s+(?P<n>\d{1,3})(?=\s*(?:[,.;!?]|en\b|$))"
        ),
    ),
)
# Words of a file name that stay in lower case when it is read for names ('gesprek').
FILE_NAME_WORDS = {
    "gesprek", "gesprekken", "coachgesprek", "oefengesprek", "sessie", "intake", "verslag",
    "transcript", "transcriptie", "coaching", "rollenspel", "opname", "audio", "interview",
    "met", "en", "van", "de", "den", "der", "het", "een", "deel", "ronde", "groep", "week",
    "dag", "versie", "definitief", "concept", "kopie", "final", "nieuw", "def", "oud", "mw",
    "dhr", "client", "cliënt", "coach", "training", "evaluatie", "eerste", "tweede", "derde",
}  # fmt: skip

NAME_PARTICLES = {
    "van", "de", "der", "den", "het", "ten", "ter", "te", "t", "la", "le", "von", "da", "di",
    "el", "al", "bin", "ben", "op", "in", "aan", "du", "des", "d", "l", "vd", "v",
}  # fmt: skip
# Dutch inflections and diminutives after a name: Jans, Jan's, Jantje, Jannie, Janneke,
# Fatimaatje, Keesje, Pietje, Tommetje, Annemiekje, Sannes.
NAME_SUFFIX = r"(?:(?:['’]s|s|se)|(?:e?(?:tje|pje|kje|je|ke|ie|ies|y|tjes|pjes|kjes|jes|kes)))?"

_deduce = None
_deduce_lock = threading.Lock()
_deduce_seconds = None


# --- deduce, built once per process --------------------------------------------------------


def _cache_path():
    """Where deduce keeps its built lookup structures: $DEDUCE_CACHE_DIR if set, else its own
    package folder when writable (as in a virtualenv), else the user's cache folder."""
    configured = os.environ.get("DEDUCE_CACHE_DIR")
    if configured:
        return Path(configured)
    import deduce

    package = Path(deduce.__file__).parent / "data" / "lookup"
    if os.access(package / "cache", os.W_OK):
        return package
    return Path.home() / ".cache" / "mentaliseren" / "deduce"


def _import_deduce():
    """Import deduce without the root logger it configures on import (DEBUG to stdout)."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        import deduce
    finally:
        for handler in list(root.handlers):
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    return deduce


# DEDUCE_LISTS=light leaves out deduce's two largest lookup lists, the streets (its street-name
# pattern 'Kalverstraat', '…laan', '…weg' stays) and the healthcare institutions by name
# (hospitals and the patterns here stay): about 200 MB and 1–2 s a process instead of 1 GB and
# 6–20 s, for bare names like 'Parnassia' or 'Damrak' that the preview then only marks.
LIGHT_LEAVES_OUT = {"street": "street_lookup", "healthcare_institution": "institution"}


def lists():
    return "light" if os.environ.get("DEDUCE_LISTS", "full") == "light" else "full"


def _build(deduce, cache, **kwargs):
    if lists() == "full":
        return deduce.Deduce(cache_path=cache, **kwargs)
    import json

    from deduce import lookup_structs

    config = json.loads((Path(deduce.__file__).parent / "base_config.json").read_text("utf-8"))
    for annotator in LIGHT_LEAVES_OUT.values():
        config["annotators"].pop(annotator, None)
    loaders = dict(lookup_structs._LOOKUP_TRIE_LOADERS)
    try:
        for name in LIGHT_LEAVES_OUT:
            lookup_structs._LOOKUP_TRIE_LOADERS.pop(name, None)
        return deduce.Deduce(load_base_config=False, config=config, cache_path=cache, **kwargs)
    finally:
        lookup_structs._LOOKUP_TRIE_LOADERS.clear()
        lookup_structs._LOOKUP_TRIE_LOADERS.update(loaders)


def get_deduce():
    """The process's one Deduce instance, built on first use (thread-safe)."""
    global _deduce, _deduce_seconds
    if _deduce is not None:
        return _deduce
    with _deduce_lock:
        if _deduce is None:
            started = time.perf_counter()
            deduce = _import_deduce()
            cache = _cache_path()
            if lists() == "light":
                cache = cache / "light"  # its own cache: the full one holds all lists
            (cache / "cache").mkdir(parents=True, exist_ok=True)
            try:
                instance = _build(deduce, cache)
            except Exception:  # noqa: BLE001 (a half-written cache from another process)
                logger.warning("deduce: cache unreadable, rebuilding", exc_info=True)
                instance = _build(deduce, cache, build_lookup_structs=True)
            _deduce_seconds = time.perf_counter() - started
            logger.info("deduce (%s lists) ready in %.1f s", lists(), _deduce_seconds)
            _deduce = instance
    return _deduce


def warm_up():
    """Build deduce now (at set-up or when a worker starts); returns the seconds it took."""
    started = time.perf_counter()
    get_deduce()
    return time.perf_counter() - started


# --- the trainer's list --------------------------------------------------------------------


def fold(text):
    """Lower case without accents, with a map from each folded character to its original
    index: fold('Fátima') == ('fatima', [0, 1, 2, 3, 4, 5])."""
    chars, index = [], []
    for position, char in enumerate(text):
        for folded in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(folded):
                continue
            for lowered in folded.lower():
                chars.append(lowered)
                index.append(position)
    return "".join(chars), index


def _words(name):
    return [w for w in re.split(r"[\s\-_.’']+", fold(name)[0]) if w]


def _name_pattern(words, inflect=True):
    """A regex over folded text for a name of one or more words."""
    parts = [re.escape(w) for w in words]
    last = parts[-1]
    if inflect and len(words[-1]) >= 3:
        # optional doubled last letter before a diminutive: Jan-nie, Fatima-a-tje, Tom-metje
        last = f"{last}(?:{re.escape(words[-1][-1])})?{NAME_SUFFIX}"
    body = r"[\s\-_.]*".join([*parts[:-1], last])
    other_half = r"(?:[^\W\d_]+[\-‐])?"  # the Anne- of Anne-Fatima
    return rf"(?<![^\W_]){other_half}{body}(?:[\-‐][^\W\d_]+)?(?![^\W_])"


# Names a trainer lists in one go. Each becomes a few patterns run over the whole transcript (500
# names took 1.9 s per 100 KB of text): more than this is refused with a message (the forms).
MAX_NAMES = 50


def split_names(value):
    """The distinct names in 'Jan, Fatima; De Vries' (or a list), each at least 2 characters."""
    if isinstance(value, str) or value is None:
        value = re.split(r"[,;\n]", value or "")
    return list(dict.fromkeys(n.strip() for n in value if len(n.strip()) >= 2))


def too_many_names(count):
    from django.utils.translation import gettext

    return gettext(
        "Dat zijn %(count)s namen; vervang er hoogstens %(max)s per keer (de rest kan daarna in "
        "de voorvertoning)."
    ) % {"count": count, "max": MAX_NAMES}


@dataclass
class NameList:
    """The trainer's names, numbered in the order given: parse('Jan, De Vries') makes Jan
    [Persoon 1] and De Vries [Persoon 2]."""

    names: list[str]
    first_number: int = 1
    patterns: list[tuple[re.Pattern, int, bool]] = field(default_factory=list)

    def __post_init__(self):
        full, parts = [], []
        for number, name in enumerate(self.names, start=self.first_number):
            words = _words(name)
            if not words:
                continue
            full.append((re.compile(_name_pattern(words)), number, False))
            if len(words) > 1:
                # 'Sanne de Wit' lists 'Sanne', 'de Wit' and 'Wit' too
                subnames = [[w] for w in words if w not in NAME_PARTICLES and len(w) >= 3]
                subnames += [
                    words[i:] for i in range(1, len(words) - 1) if words[i] in NAME_PARTICLES
                ]
                for subname in subnames:
                    parts.append((re.compile(_name_pattern(subname)), number, True))
        self.patterns = full + parts

    @classmethod
    def parse(cls, value, first_number=1):
        return cls(split_names(value), first_number)

    def spans(self, text, ordinary_words=frozenset()):
        """(start, end, '[Persoon N]') in `text` for every listed name. A name that is also an
        ordinary word (Ben, Roos, Wil) counts only where it is written with a capital, and so
        does a part of a listed full name on its own (the 'Wit' of 'Sanne de Wit')."""
        if not self.patterns:
            return []
        folded, index = fold(text)
        found = []
        for pattern, number, part in self.patterns:
            for match in pattern.finditer(folded):
                start, end = index[match.start()], index[match.end() - 1] + 1
                if (part or match.group(0) in ordinary_words) and not _capitalised(text[start:end]):
                    continue
                found.append(Span(start, end, f"[Persoon {number}]", "Persoon", "lijst"))
        return found


def highest_person_number(texts):
    """The highest N of the [Persoon N] in these texts (0 when there is none)."""
    numbers = [int(n) for text in texts for n in re.findall(r"\[Persoon (\d+)\]", text)]
    return max(numbers, default=0)


def _capitalised(original):
    """Whether a name as written has a capital on a word that is no particle (de Wit: yes)."""
    words = re.findall(r"[^\W\d_]+", original)
    significant = [w for w in words if w.lower() not in NAME_PARTICLES] or words
    return any(word[0].isupper() for word in significant)


# --- merging and replacing -----------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    placeholder: str
    kind: str
    source: str  # "lijst" (the trainer's list) or "deduce" or "patroon"


_ordinary = None


def ordinary_words():
    """Lower-case words that are also names (ben, roos, wil): deduce's own whitelist and
    common words, so a listed 'Ben' does not replace 'ik ben'."""
    global _ordinary
    if _ordinary is None:
        structs = get_deduce().lookup_structs
        words = set()
        for name in ("whitelist", "common_word", "stop_word"):
            if name in structs:
                words.update(fold(item)[0] for item in structs[name].items())
        _ordinary = frozenset(words)
    return _ordinary


# Words of spoken Dutch that deduce's list of first names holds ('Ho, wacht even', 'Oei',
# 'Punt.'): measured on the analyser's corpus of 927 turns, these were most of what it
# replaced wrongly. A name of one of these words alone is kept.
NOT_NAMES = {
    "ho", "oei", "hup", "punt", "hoi", "hallo", "tja", "nou", "jee", "jeetje", "top", "prima",
    "ach", "pff", "poeh", "jawel", "sorry", "sterkte", "succes", "dag", "magister",
}  # fmt: skip


# 'Ken je …?', 'Wil jij …?': a verb before its subject, not a name, at the start of a sentence
INVERTED_VERB = re.compile(
    r"(?<![^\s.!?:;\"“‘(])[A-Z][a-z]{1,8}(?= (?:je|jij|u|ik|we|wij|ze|jullie|hij|zij)\b)"
)


def deduce_spans(text):
    document = get_deduce().deidentify(text)
    spans = []
    for annotation in document.annotations:
        kind = DEDUCE_TAGS.get(annotation.tag.split("+")[0], "Naam")
        if kind == "Naam" and (
            annotation.text.lower() in NOT_NAMES or INVERTED_VERB.match(text, annotation.start_char)
        ):
            continue
        spans.append(Span(annotation.start_char, annotation.end_char, "", kind, "deduce"))
    return spans


def pattern_spans(text):
    spans = []
    for kind, pattern in EXTRA_PATTERNS:
        for match in pattern.finditer(text):
            group = "n" if "n" in pattern.groupindex else 0
            spans.append(Span(match.start(group), match.end(group), "", kind, "patroon"))
    return spans


# Kinds whose span says more than a name inside it: jan.devries@… is an e-mail address.
STRUCTURAL = {"E-mail", "URL", "Telefoon", "BSN", "Nummer", "Datum"}


def _wins(span, other):
    """Which of two overlapping spans gives the placeholder for both: an e-mail address or a
    number over a name in it, the trainer's list over the rest, else the longer span."""
    if (span.kind in STRUCTURAL) != (other.kind in STRUCTURAL):
        return span if span.kind in STRUCTURAL else other
    if (span.source == "lijst") != (other.source == "lijst"):
        return span if span.source == "lijst" else other
    if span.end - span.start != other.end - other.start:
        return span if span.end - span.start > other.end - other.start else other
    return span if span.source == "deduce" or other.source != "deduce" else other


def _merge(spans):
    """Overlapping spans become one, covering both."""
    merged = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            keep = _wins(last, span)
            end = max(last.end, span.end)
            merged[-1] = Span(last.start, end, keep.placeholder, keep.kind, keep.source)
        else:
            merged.append(span)
    return merged


class Deidentifier:
    """One per transcript: the same person found by deduce keeps the same [Naam N] in every
    turn, in the title and in the file name."""

    def __init__(self, names=None, use_deduce=True):
        """use_deduce=False: only the trainer's list (deduce and the extra patterns are off)."""
        self.names = names or NameList([])
        self.use_deduce = use_deduce
        self.person_numbers = {}
        self.counts = {}

    def _placeholder(self, span, original):
        if span.placeholder:
            return span.placeholder
        if span.kind == "Naam":
            key = " ".join(_words(original))
            number = self.person_numbers.setdefault(key, len(self.person_numbers) + 1)
            return f"[Naam {number}]"
        return f"[{span.kind}]"

    def spans(self, text):
        spans = self.names.spans(text, ordinary_words() if self.use_deduce else frozenset())
        if self.use_deduce and text.strip():
            spans += pattern_spans(text) + deduce_spans(text)
        spans = [s for s in spans if s.source != "patroon" or text[s.start : s.end].lower()
                 not in NOT_NAMES]  # fmt: skip
        # a placeholder already in the text (a draft de-identified before) stays as it is
        protected = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
        spans = [s for s in spans if not any(s.start < e and b < s.end for b, e in protected)]
        return _merge(spans)

    def text(self, text):
        if not text:
            return text
        parts, position = [], 0
        for span in self.spans(text):
            original = text[span.start : span.end]
            placeholder = self._placeholder(span, original)
            parts += [text[position : span.start], placeholder]
            self.counts[span.kind] = self.counts.get(span.kind, 0) + 1
            position = span.end
        parts.append(text[position:])
        return "".join(parts)

    def file_name(self, name):
        """An uploaded file's name as a title: its words de-identified like the text, its
        extension dropped, what is left in lower case and any number left replaced
        ('gesprek-jan-de-vries-12-03-1985.txt' → 'gesprek [Persoon 2] [Persoon 1] [Datum]')."""
        stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name or "")
        # word separators become spaces; the hyphens of 12-03-1985 stay, deduce reads dates
        words = re.sub(r"_+|(?<=[^\W\d_])[-.]|[-.](?=[^\W\d_])", " ", stem)
        # deduce knows names by their capitals: give every word one that is no ordinary word
        # (gesprek, met, en), lower the rest again after
        ordinary = FILE_NAME_WORDS | (ordinary_words() if self.use_deduce else frozenset())
        titled = " ".join(
            w if w.lower() in ordinary else w[:1].upper() + w[1:] for w in words.split()
        )
        pieces = re.split(f"({PLACEHOLDER.pattern})", self.text(titled))
        return "".join(
            piece if PLACEHOLDER.fullmatch(piece) else re.sub(r"\d{2,}", "[Nummer]", piece.lower())
            for piece in pieces
        ).strip()

    def transcript(self, transcript):
        from .parsing import ParsedTurn

        transcript.turns = [
            ParsedTurn(self.text(t.speaker), self.text(t.text)) for t in transcript.turns
        ]
        return transcript


# --- what still looks like an identifier ---------------------------------------------------

# Capitalised words that are ordinary mid-sentence: the pronoun of address, months and days
# are lower case in Dutch anyway; these are the ones a transcript often capitalises.
ORDINARY_CAPITALS = {
    "U", "Uw", "Ik", "God", "Coach", "Cliënt", "Client", "K", "C", "OK", "Oké", "Ok", "Nee",
    "Ja", "Hè", "Hé", "Oh", "O", "Ah", "Eh", "Hm", "Hmm", "Nou", "TV", "Tv", "WhatsApp",
    "Persoon", "Naam", "BSN",
}  # fmt: skip
SUSPECT = re.compile(
    r"(?P<digits>\d[\d\s./-]{1,}\d)|(?P<at>\S+@\S+)|(?P<web>(?i:www\.|https?://)\S+)"
    r"|(?<=[^\s.!?:;\"“‘(\[…])(?P<pre>\s+)(?P<word>[A-ZÀ-ÖØ-Þ][\w’'-]+)"
    r"|(?<=\][-‐])(?P<compound>[A-ZÀ-ÖØ-Þ][\w’'-]+)"  # [Persoon 4]-Willem
)


def suspects(text):
    """(start, end) of what still looks like an identifier in de-identified text: a run of
    digits (three or more, or a date), an e-mail address or web address, a capitalised word
    in the middle of a sentence. Placeholders and ordinary words are left alone."""
    protected = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(text)]
    found = []
    for match in SUSPECT.finditer(text):
        if match["word"] or match["compound"]:
            group = "word" if match["word"] else "compound"
            start, end = match.span(group)
            if match[group] in ORDINARY_CAPITALS:
                continue
        else:
            start, end = match.span()
            if match["digits"] and sum(c.isdigit() for c in match["digits"]) < 3:
                if not re.fullmatch(r"\d{1,2}[-/.]\d{1,2}", match["digits"]):
                    continue
        if any(start < e and b < end for b, e in protected):
            continue
        found.append((start, end))
    return found


def segments(text):
    """The text cut into (piece, kind) for the preview: kind is 'replaced' for a placeholder,
    'suspect' for what still looks like an identifier, '' for the rest. Templates escape."""
    marks = [(m.start(), m.end(), "replaced") for m in PLACEHOLDER.finditer(text)]
    marks += [(start, end, "suspect") for start, end in suspects(text)]
    marks.sort()
    pieces, position = [], 0
    for start, end, kind in marks:
        if start < position:
            continue
        if start > position:
            pieces.append((text[position:start], ""))
        pieces.append((text[start:end], kind))
        position = end
    if position < len(text):
        pieces.append((text[position:], ""))
    return pieces


def placeholder_counts(texts):
    """{kind: count} of the placeholders in these texts, for the preview's summary."""
    counts = {}
    for text in texts:
        for match in PLACEHOLDER.finditer(text):
            kind = match.group(0)[1:-1].split(" ")[0]
            counts[kind] = counts.get(kind, 0) + 1
    return counts


if __name__ == "__main__":  # python -m reviews.deidentify: build deduce's cache (scripts/venv.sh)
    print(f"deduce klaar in {warm_up():.1f} s (cache: {_cache_path()})", flush=True)
    os._exit(0)  # freeing a million lookup objects one by one would take longer than building
