"""Read a transcript (pasted text, .txt, .docx, .csv or JSON) into speaker turns.

No views and no database here: bytes or text in, a `Transcript` out, or a `ParseError` with a
Dutch message that can be shown to the trainer as is. The format is recognised by the content,
not by the file name: a renamed image or a .docx that is not a Word document is refused.
"""

import csv
import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

MAX_BYTES = 1_000_000  # 1 MB: an uploaded file, or pasted text in UTF-8
MAX_TEXT_CHARS = 1_000_000  # the text a transcript holds once read, whatever the format
MAX_TURNS = 2_000
MAX_SPEAKER_CHARS = 60
# A .docx is a zip: its document.xml is read as a stream and never past this many bytes, and an
# archive with more members than this is refused before anything is decompressed. The sizes in
# the zip's headers are not trusted (a zip bomb lies about them).
MAX_DOCX_XML_BYTES = 32_000_000
MAX_DOCX_MEMBERS = 500
# XML elements in document.xml, and in one paragraph or table row: 1,500 turns of 860,000
# characters, every few words a run of their own, are 137,000; empty elements by the million
# are a way to tie up the server.
MAX_DOCX_ELEMENTS = 500_000
MAX_DOCX_UNIT_ELEMENTS = 50_000

# Speaker labels that say which role someone has. Keys are normalised (see speaker_key).
KNOWN_ROLES = {
    "coach": "coach",
    "c": "coach",
    "therapeut": "coach",
    "therapeute": "coach",
    "begeleider": "coach",
    "hulpverlener": "coach",
    "client": "client",
    "cliente": "client",
    "k": "client",
    "klant": "client",
    "patient": "client",
    "patiente": "client",
}
# Labels that only name the role: the turn is stored without a speaker name.
GENERIC_LABELS = {"coach", "c", "client", "k"}

# Words that can start a sentence followed by a colon ("Dus: ...") but are not speakers.
NOT_SPEAKERS = {
    "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie", "het", "dat", "dit", "wat",
    "hoe", "waarom", "wie", "waar", "dus", "maar", "en", "want", "toen", "nou", "ja", "nee",
    "kortom", "daarna", "eerst", "let op", "noot", "opmerking", "tip", "vraag", "antwoord",
    "bijvoorbeeld", "conclusie", "samenvatting", "datum", "tijd", "locatie", "onderwerp",
    "http", "https",
}  # fmt: skip
NAME_PARTICLES = {"van", "de", "der", "den", "het", "ten", "ter", "te", "'t", "la", "le", "von"}

TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*[-–]?\s*)?"
PREFIX = re.compile(
    rf"^\s*{TIMESTAMP}(?P<speaker>[^\W\d_][\w .'’()/-]{{0,39}}?)\s*:\s?(?P<text>.*)$"
)
MARKDOWN_BOLD = re.compile(r"^\s*([*_]{1,2})([^*_:\n]{1,40}):?\1\s*:?")

BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\xd0\xcf\x11\xe0",  # old Office (.doc, .xls)
    b"\x7fELF",
    b"\x1f\x8b",  # gzip
    b"Rar!",
    b"7z\xbc\xaf",
    b"ID3",
    b"OggS",
    b"RIFF",
)


class ParseError(ValueError):
    """Input that cannot become a transcript; the message is Dutch and meant for the user."""


@dataclass(frozen=True)
class ParsedTurn:
    speaker: str
    text: str


@dataclass
class Transcript:
    turns: list[ParsedTurn]
    skipped_lines: int = 0
    source_format: str = "text"
    notes: list[str] = field(default_factory=list)

    def speakers(self):
        """Distinct speakers in order of appearance: {key: (label, role or None)}."""
        return speakers_of(turn.speaker for turn in self.turns)


def speaker_key(label):
    """Normalise a speaker label for comparing: 'Cliënt.' -> 'client'."""
    text = unicodedata.normalize("NFKD", label.strip().rstrip(".").strip())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def known_role(label):
    return KNOWN_ROLES.get(speaker_key(label))


def speakers_of(labels):
    speakers = {}
    for label in labels:
        key = speaker_key(label)
        if key not in speakers:
            speakers[key] = (label, KNOWN_ROLES.get(key))
    return speakers


def stored_speaker(label):
    """The name kept on the turn: empty for plain role labels ('Coach', 'K'), else the name."""
    return "" if speaker_key(label) in GENERIC_LABELS else label[:MAX_SPEAKER_CHARS]


# --- bytes to text -------------------------------------------------------------------------


def _looks_binary(data):
    return data.startswith(BINARY_MAGIC) or b"\x00" in data[:8192]


def utf16_without_bom(data):
    """'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 text without a BOM, else None.

    Text in a Latin script has a zero high byte in almost every code unit: zero bytes at nearly
    all odd (little-endian) or even (big-endian) positions, and hardly any at the others. A
    binary file with a few NUL bytes does not look like that."""
    sample = data[:8192]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_zeros, odd_zeros = even.count(0), odd.count(0)
    if odd_zeros >= 0.6 * len(odd) and even_zeros <= 0.02 * len(even):
        return "utf-16-le"
    if even_zeros >= 0.6 * len(even) and odd_zeros <= 0.02 * len(odd):
        return "utf-16-be"
    return None


def decode(data):
    """UTF-8 (with or without BOM), UTF-16 (with BOM, or without when the bytes show it), else
    Windows-1252; refuse binary data."""
    if not data.strip():
        raise ParseError(_("Het bestand is leeg."))
    utf16 = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        utf16 = "utf-16"
    elif not data.startswith(BINARY_MAGIC):
        utf16 = utf16_without_bom(data)
    if utf16:
        try:
            text = data[: len(data) - len(data) % 2].decode(utf16)
        except UnicodeDecodeError:
            raise ParseError(_undecodable()) from None
    else:
        if _looks_binary(data):
            raise ParseError(_binary())
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise ParseError(_undecodable()) from None
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 100):
        raise ParseError(_binary())
    return text


def _binary():
    return _(
        "Dit is geen tekstbestand (maar bijvoorbeeld een afbeelding, pdf of programma). "
        "Gebruik een .txt-, .docx-, .csv- of .json-bestand, of plak de tekst."
    )


def _undecodable():
    return _(
        "De tekst in dit bestand kan niet gelezen worden (onbekende tekenset). "
        "Sla het op als UTF-8-tekst en probeer het opnieuw."
    )


# --- entry points --------------------------------------------------------------------------


def parse_upload(filename, data):
    """Parse an uploaded file; the content decides the format, the name only breaks ties."""
    name = (filename or "").lower()
    if len(data) > MAX_BYTES:
        raise ParseError(file_too_large())
    if not data.strip():
        raise ParseError(_("Het bestand is leeg."))
    if data.startswith(b"PK\x03\x04"):
        return _check(parse_docx(data))
    if data.startswith(b"\xd0\xcf\x11\xe0") and name.endswith((".doc", ".docx")):
        raise ParseError(
            _("Dit is een oud Word-bestand (.doc). Sla het in Word op als .docx, of plak de tekst.")
        )
    if name.endswith(".docx"):
        raise ParseError(_not_docx())
    text = decode(data)
    if name.endswith(".csv"):
        return _check(parse_csv(text))
    if name.endswith((".json", ".jsonl")):
        return _check(parse_json(text))
    return parse_text(text)


def parse_pasted(text):
    if not text.strip():
        raise ParseError(_("Plak een transcript of kies een bestand."))
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ParseError(pasted_too_large())
    return parse_text(text)


def parse_text(text):
    """Plain text. JSON is recognised by its first character; otherwise speaker prefixes."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("[", "{")):
        try:
            return _check(parse_json(stripped))
        except ParseError:
            lines = parse_lines(text)  # '[00:01] Coach: ...' starts with a bracket too
            if not lines.turns:
                raise
            return _check(lines)
    return _check(parse_lines(text))


def file_too_large():
    return _("Het bestand is groter dan 1 MB. Splits het transcript op of kort het in.")


def pasted_too_large():
    return _("De geplakte tekst is groter dan 1 MB. Splits het transcript op of kort het in.")


def _text_too_long():
    return _(
        "Dit transcript bevat meer dan 1.000.000 tekens tekst; dat is het maximum (en 2.000 "
        "beurten). Splits het transcript op of kort het in."
    )


def _docx_too_large():
    return _(
        "Dit Word-document is uitgepakt groter dan 32 MB en wordt daarom niet gelezen. Sla de "
        "tekst op als een nieuw .docx- of .txt-bestand, of plak de tekst."
    )


def _not_docx():
    return _(
        "Dit bestand heet .docx, maar is geen geldig Word-document. Sla het in Word opnieuw op "
        "als .docx, of plak de tekst."
    )


def _check(transcript):
    turns = [t for t in transcript.turns if t.text.strip()]
    if not turns:
        raise ParseError(
            _(
                "Er staan geen beurten in dit transcript. Begin elke beurt met de naam van de "
                "spreker en een dubbele punt, bijvoorbeeld ‘Coach: Wat bedoel je precies?’."
            )
        )
    if sum(len(t.speaker) + len(t.text) for t in turns) > MAX_TEXT_CHARS:
        raise ParseError(_text_too_long())
    if len(turns) > MAX_TURNS:
        raise ParseError(
            _("Dit transcript heeft %(count)s beurten; het maximum is 2.000.")
            % {"count": f"{len(turns):,}".replace(",", ".")}
        )
    transcript.turns = turns
    return transcript


# --- formats -------------------------------------------------------------------------------


def looks_like_speaker(label):
    key = speaker_key(label)
    if not key or key in NOT_SPEAKERS:
        return False
    if key in KNOWN_ROLES:
        return True
    words = label.split()
    if len(words) > 3:
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in NAME_PARTICLES for w in words)


def split_prefix(line):
    """'Coach: Wat bedoel je?' -> ('Coach', 'Wat bedoel je?'); None for a continuation line."""
    line = MARKDOWN_BOLD.sub(lambda m: m.group(2) + ":", line, count=1)
    match = PREFIX.match(line)
    if not match:
        return None
    speaker = " ".join(match["speaker"].split()).strip(" -")
    if not looks_like_speaker(speaker):
        return None
    return speaker, match["text"].strip()


def parse_lines(text):
    """Lines with 'Speaker: text'; a line without a prefix continues the turn before it."""
    turns, skipped = [], 0
    speaker, parts = None, []

    def close():
        if speaker is not None:
            turns.append(ParsedTurn(speaker, "\n".join(p for p in parts if p).strip()))

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        prefixed = split_prefix(line)
        if prefixed:
            close()
            speaker, parts = prefixed[0], [prefixed[1]]
        elif speaker is None:
            skipped += 1
        else:
            parts.append(line)
    close()
    return Transcript(turns=turns, skipped_lines=skipped, source_format="text")


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_P, W_TR, W_TC, W_T = f"{W}p", f"{W}tr", f"{W}tc", f"{W}t"
W_BR, W_CR, W_TAB, W_HYPHEN = f"{W}br", f"{W}cr", f"{W}tab", f"{W}noBreakHyphen"
DOCX_CHUNK = 64 * 1024


class BoundedReader:
    """A file-like view of a zip member that reads small chunks (so a deflate bomb never
    expands more than one chunk at a time) and refuses to go past `limit` bytes, whatever the
    zip's headers say the member's size is."""

    def __init__(self, stream, limit):
        self.stream, self.limit, self.count = stream, limit, 0

    def read(self, size=-1):
        size = DOCX_CHUNK if size is None or size < 0 else min(size, DOCX_CHUNK)
        data = self.stream.read(size)
        self.count += len(data)
        if self.count > self.limit:
            raise ParseError(_docx_too_large())
        return data


def _paragraph_text(paragraph):
    """The text of a w:p as Word shows it (python-docx's rules): runs, tabs, line breaks."""
    parts = []
    for node in paragraph.iter(W_T, W_TAB, W_BR, W_CR, W_HYPHEN):
        if node.tag == W_T:
            parts.append(node.text or "")
        elif node.tag == W_TAB:
            parts.append("\t")
        elif node.tag == W_HYPHEN:
            parts.append("-")
        elif node.tag == W_CR or node.get(f"{W}type", "textWrapping") == "textWrapping":
            parts.append("\n")
    return "".join(parts)


def _forget(element):
    """Free what has been read: this element's children and its earlier siblings."""
    element.clear(keep_tail=True)
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]


def _docx_too_complex():
    return _(
        "Dit Word-document bestaat uit te veel onderdelen (opmaak, verborgen elementen) om te "
        "lezen. Sla de tekst op als een nieuw .docx- of .txt-bestand, of plak de tekst."
    )


def docx_lines(stream):
    """Stream document.xml: its paragraphs and table rows ('speaker | text' becomes 'speaker:
    text') as lines in document order, holding one paragraph or row in memory at a time.

    Every element is freed once read, inside a paragraph or row or not, so elements Word does not
    show (thousands of empty ones, say) never pile up; a document with more than
    MAX_DOCX_ELEMENTS elements, or a paragraph or row with more than MAX_DOCX_UNIT_ELEMENTS, is
    refused (ParseError) before it costs much time or memory."""
    from lxml import etree

    lines, chars = [], 0
    events = etree.iterparse(
        stream,
        events=("start", "end"),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
    )
    depth = 0  # how many paragraphs and rows are open (a table in a cell: a row in a row)
    elements = unit_elements = 0
    for event, element in events:
        tag = element.tag
        unit = tag == W_P or tag == W_TR
        if event == "start":
            elements += 1
            if elements > MAX_DOCX_ELEMENTS:
                raise ParseError(_docx_too_complex())
            if depth:
                unit_elements += 1
                if unit_elements > MAX_DOCX_UNIT_ELEMENTS:
                    raise ParseError(_docx_too_complex())
            if unit:
                depth += 1
            continue
        if not unit:
            if not depth:
                _forget(element)  # outside any paragraph: nothing to read in it
            continue
        depth -= 1
        if depth:
            continue  # a paragraph in a cell, a row in a cell: read with the outer row
        unit_elements = 0
        if tag == W_P:
            line = _paragraph_text(element)
        else:
            cells = [
                "\n".join(_paragraph_text(p) for p in cell.iter(W_P)).strip()
                for cell in element.iterchildren(W_TC)
            ]
            if len(cells) >= 2 and cells[0] and cells[1]:
                line = f"{cells[0].rstrip(':')}: {' '.join(cells[1:])}"
            else:
                line = " ".join(cells)
        _forget(element)
        lines.append(line)
        chars += len(line) + 1
        if chars > 2 * MAX_TEXT_CHARS:  # _check applies the exact limit to the turns
            raise ParseError(_text_too_long())
    return lines


def parse_docx(data):
    """A Word document: its paragraphs and two-column tables (speaker | text) as text lines.

    Only word/document.xml is decompressed, as a stream through `BoundedReader`; an archive
    with too many members, or a document.xml that expands past MAX_DOCX_XML_BYTES, is refused
    before it can fill the memory."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_DOCX_MEMBERS:
                raise ParseError(
                    _(
                        "Dit Word-document bestaat uit meer dan %(count)s onderdelen en wordt "
                        "daarom niet gelezen. Sla de tekst op als een nieuw .docx- of "
                        ".txt-bestand, of plak de tekst."
                    )
                    % {"count": MAX_DOCX_MEMBERS}
                )
            names = {member.filename for member in members}
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise ParseError(_not_docx())
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML_BYTES:
                raise ParseError(_docx_too_large())
            with archive.open(info) as member:
                lines = docx_lines(BoundedReader(member, MAX_DOCX_XML_BYTES))
    except ParseError:
        raise
    except Exception:  # noqa: BLE001 (zipfile, zlib and lxml raise many kinds)
        raise ParseError(_not_docx()) from None
    transcript = parse_lines("\n".join(lines))
    transcript.source_format = "docx"
    return transcript


SPEAKER_COLUMNS = ("speaker", "spreker", "wie", "naam", "name", "role", "rol")
TEXT_COLUMNS = ("text", "tekst", "uitspraak", "utterance", "inhoud")


def _pick(keys, wanted):
    lowered = {str(k).strip().lower(): k for k in keys if k is not None}
    for name in wanted:
        if name in lowered:
            return lowered[name]
    return None


def _rows_to_turns(rows):
    """(speaker, text) rows as turns; a row without a speaker continues the turn before it (its
    lines are joined once, at the end: joining per row took quadratic time)."""
    pieces = []  # [speaker, [text, ...]]
    for speaker, text in rows:
        speaker, text = (speaker or "").strip(), (text or "").strip()
        if not text:
            continue
        if not speaker and pieces:
            pieces[-1][1].append(text)
        elif speaker:
            pieces.append((speaker.rstrip(":").strip(), [text]))
    return [ParsedTurn(speaker, "\n".join(texts)) for speaker, texts in pieces]


CSV_DELIMITERS = (",", ";", "\t")


def _csv_dialect(text):
    """The CSV dialect: the delimiter is the one that splits the header line into a speaker
    and a text column (the sniffer's guess first), so commas or semicolons inside quoted
    fields cannot mislead it; quotes are standard ('"', doubled inside a field)."""
    header_line = text.split("\n", 1)[0].rstrip("\r")
    try:
        sniffed = csv.Sniffer().sniff(text[:4096], delimiters="".join(CSV_DELIMITERS)).delimiter
    except csv.Error:
        sniffed = None
    candidates = [d for d in (sniffed, *CSV_DELIMITERS) if d]
    for delimiter in candidates:
        fields = next(csv.reader(io.StringIO(header_line), delimiter=delimiter), [])
        if _pick(fields, SPEAKER_COLUMNS) is not None and _pick(fields, TEXT_COLUMNS) is not None:
            break
    else:
        delimiter = candidates[0]

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    Dialect.skipinitialspace = True
    return Dialect


def parse_csv(text):
    text = text.lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text), dialect=_csv_dialect(text))
    speaker_col = _pick(reader.fieldnames or [], SPEAKER_COLUMNS)
    text_col = _pick(reader.fieldnames or [], TEXT_COLUMNS)
    if speaker_col is None or text_col is None:
        raise ParseError(
            _(
                "Het CSV-bestand mist een kolom ‘speaker’ (of ‘spreker’) en een kolom ‘text’ "
                "(of ‘tekst’) in de eerste regel."
            )
        )
    try:
        rows = [(row.get(speaker_col), row.get(text_col)) for row in reader]
    except csv.Error as error:
        raise ParseError(_("Het CSV-bestand is niet goed te lezen: %s") % error) from None
    return Transcript(turns=_rows_to_turns(rows), source_format="csv")


def parse_json(text):
    """A list of {speaker, text} objects, {"turns": [...]}, or JSON Lines of such objects."""
    text = text.lstrip("\ufeff")
    try:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            try:
                data = [json.loads(line) for line in text.splitlines() if line.strip()]
            except json.JSONDecodeError:
                raise ParseError(
                    _("Het JSON-bestand is ongeldig (regel %(line)s).") % {"line": error.lineno}
                ) from None
    except RecursionError:
        raise ParseError(
            _(
                "Het JSON-bestand is te diep genest om te lezen. Een transcript is een lijst "
                'beurten, bijvoorbeeld [{"speaker": "Coach", "text": "Wat bedoel je?"}].'
            )
        ) from None
    if isinstance(data, dict):
        data = data.get("turns", data.get("beurten"))
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ParseError(
            _(
                "Het JSON-bestand moet een lijst beurten bevatten, elk met ‘speaker’ en ‘text’, "
                'bijvoorbeeld [{"speaker": "Coach", "text": "Wat bedoel je?"}].'
            )
        )
    rows = []
    for item in data:
        speaker_col, text_col = _pick(item, SPEAKER_COLUMNS), _pick(item, TEXT_COLUMNS)
        speaker = item.get(speaker_col) if speaker_col else None
        value = item.get(text_col) if text_col else None
        if not isinstance(value, str) or not isinstance(speaker, str | None):
            raise ParseError(
                _("Elke beurt in het JSON-bestand heeft een ‘speaker’ en een ‘text’ als tekst.")
            )
        rows.append((speaker, value))
    return Transcript(turns=_rows_to_turns(rows), source_format="json")
