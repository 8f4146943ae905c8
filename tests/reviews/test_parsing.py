"""The transcript parser: prefix styles, continuation lines, encodings, formats and bad files."""

import io
import json
import zipfile
from pathlib import Path

import pytest

from reviews import parsing
from reviews.parsing import ParseError, parse_pasted, parse_upload

DATA = Path(__file__).parent / "data"
CASES = json.loads((DATA / "parser_cases.json").read_text("utf-8"))


def pairs(transcript):
    return [[t.speaker, t.text] for t in transcript.turns]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_pasted_transcripts(case):
    transcript = parse_pasted(case["input"])
    assert pairs(transcript) == case["turns"]
    assert transcript.skipped_lines == case.get("skipped", 0)
    unknown = [label for label, role in transcript.speakers().values() if role is None]
    assert unknown == case["unknown"]


@pytest.mark.parametrize(
    "label,role",
    [
        ("Coach", "coach"),
        ("C", "coach"),
        ("Therapeut", "coach"),
        ("Cliënt", "client"),
        ("Client", "client"),
        ("cliënt", "client"),
        ("K", "client"),
        ("Patiënt", "client"),
        ("Vader", None),
        ("Jan", None),
    ],
)
def test_known_speaker_labels_have_a_role(label, role):
    assert parsing.known_role(label) == role


def test_plain_role_labels_are_not_kept_as_names():
    assert parsing.stored_speaker("K") == ""
    assert parsing.stored_speaker("Coach") == ""
    assert parsing.stored_speaker("Patiënt") == "Patiënt"
    assert parsing.stored_speaker("Vader") == "Vader"


TEXT = "Coach: Hoe voelde dat?\r\nCliënt: Rot. Het ligt aan mijn baas.\r\nhij snapt het niet.\r\n"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + TEXT.encode("utf-8"), id="utf-8 with BOM"),
        pytest.param(TEXT.encode("cp1252"), id="windows-1252"),
        pytest.param(TEXT.encode("utf-16"), id="utf-16 with BOM"),
    ],
)
def test_text_files_in_every_encoding_with_crlf(data):
    transcript = parse_upload("gesprek.txt", data)
    assert pairs(transcript) == [
        ["Coach", "Hoe voelde dat?"],
        ["Cliënt", "Rot. Het ligt aan mijn baas.\nhij snapt het niet."],
    ]


def test_csv_with_header_quotes_and_continuation_row():
    transcript = parse_upload("gesprek.csv", (DATA / "transcript.csv").read_bytes())
    assert pairs(transcript) == [
        ["Coach", 'Wat bedoel je met "onrechtvaardig"?'],
        ["Cliënt", "Nou, dat ze me altijd passeren.\nEn niemand zegt er iets van."],
        ["Vader", '=HYPERLINK("http://example.com")'],
    ]


def test_csv_with_semicolons_and_dutch_headers_in_windows_1252():
    data = "Spreker;Tekst\nCoach;Wat zie je?\nCliënt;Niets, écht niet.\n".encode("cp1252")
    assert pairs(parse_upload("export.csv", data)) == [
        ["Coach", "Wat zie je?"],
        ["Cliënt", "Niets, écht niet."],
    ]


def test_csv_without_the_columns_is_refused():
    with pytest.raises(ParseError, match="kolom ‘speaker’"):
        parse_upload("x.csv", b"naam_x,iets\na,b\n")


def test_json_lines_and_json_object_with_turns():
    assert pairs(parse_upload("x.jsonl", (DATA / "transcript.jsonl").read_bytes())) == [
        ["Coach", "Wat maakt het zo moeilijk?"],
        ["K", "Alles."],
    ]
    data = json.dumps({"turns": [{"speaker": "Coach", "text": "Vertel."}]}).encode()
    assert pairs(parse_upload("x.json", data)) == [["Coach", "Vertel."]]


@pytest.mark.parametrize(
    "data,message",
    [
        (b'[{"speaker": "Coach"', "ongeldig"),
        (b'{"iets": 1}', "lijst beurten"),
        (b'[{"speaker": "Coach", "text": 3}]', "als tekst"),
    ],
)
def test_bad_json_gets_a_dutch_message(data, message):
    with pytest.raises(ParseError, match=message):
        parse_upload("x.json", data)


def make_docx(paragraphs, table_rows=()):
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table_rows:
        table = document.add_table(rows=0, cols=2)
        for speaker, text in table_rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = speaker, text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_and_tables():
    data = make_docx(
        ["Coach: Wat gebeurde er?", "Cliënt: Hij schreeuwde.", "Toen ben ik weggegaan."],
        [("Vader", "Dat is niet waar.")],
    )
    transcript = parse_upload("gesprek.docx", data)
    assert pairs(transcript) == [
        ["Coach", "Wat gebeurde er?"],
        ["Cliënt", "Hij schreeuwde.\nToen ben ik weggegaan."],
        ["Vader", "Dat is niet waar."],
    ]
    assert transcript.source_format == "docx"


def test_a_docx_is_recognised_by_content_not_by_name():
    data = make_docx(["Coach: Hallo."])
    assert pairs(parse_upload("gesprek.txt", data)) == [["Coach", "Hallo."]]


def zip_bytes(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))


@pytest.mark.parametrize(
    "name,data,message",
    [
        pytest.param("leeg.txt", b"", "leeg", id="empty"),
        pytest.param("leeg.txt", b"  \r\n\n ", "leeg", id="only whitespace"),
        pytest.param("foto.txt", PNG, "geen tekstbestand", id="png renamed to txt"),
        pytest.param("x.txt", b"%PDF-1.7\n%\xe2\xe3", "geen tekstbestand", id="pdf renamed"),
        pytest.param("x.txt", b"Coach: a\x00b\x00c", "geen tekstbestand", id="nul bytes"),
        pytest.param("x.txt", bytes(range(1, 32)) * 40, "geen tekstbestand", id="control chars"),
        pytest.param("x.txt", b"Coach: \x81\x8d\x8f\x90", "tekenset", id="undecodable"),
        pytest.param("x.docx", b"Coach: dit is tekst", "geen geldig Word", id="txt renamed docx"),
        pytest.param("x.docx", PNG, "geen geldig Word", id="png renamed docx"),
        pytest.param("x.docx", zip_bytes({"a.txt": "hoi"}), "geen geldig Word", id="other zip"),
        pytest.param(
            "x.docx",
            zip_bytes({"[Content_Types].xml": "<kapot", "word/document.xml": "<kapot"}),
            "geen geldig Word",
            id="broken docx",
        ),
        pytest.param("x.docx", b"PK\x03\x04kapot", "geen geldig Word", id="truncated zip"),
        pytest.param(
            "x.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "oud Word", id="doc"
        ),
        pytest.param("x.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "geen tekst", id="doc as txt"),
        pytest.param("x.txt", b"Alleen tekst zonder sprekers.", "geen beurten", id="no speakers"),
    ],
)
def test_bad_files_get_a_clear_dutch_message(name, data, message):
    with pytest.raises(ParseError, match=message):
        parse_upload(name, data)


def test_limits_on_size_and_number_of_turns():
    with pytest.raises(ParseError, match="groter dan 1 MB"):
        parse_upload("x.txt", b"Coach: " + b"a" * parsing.MAX_BYTES)
    with pytest.raises(ParseError, match="groter dan 1 MB"):
        parse_pasted("Coach: " + "é" * (parsing.MAX_BYTES // 2))
    many = "".join(f"Coach: vraag {i}\n" for i in range(parsing.MAX_TURNS + 1))
    with pytest.raises(ParseError, match="2.001 beurten; het maximum is 2.000"):
        parse_pasted(many)
    exactly = "".join(f"Coach: vraag {i}\n" for i in range(parsing.MAX_TURNS))
    assert len(parse_pasted(exactly).turns) == parsing.MAX_TURNS


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(encoding):
    data = TEXT.encode(encoding)
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff"))
    assert pairs(parse_upload("gesprek.txt", data)) == [
        ["Coach", "Hoe voelde dat?"],
        ["Cliënt", "Rot. Het ligt aan mijn baas.\nhij snapt het niet."],
    ]
    csv_data = 'speaker,text\nCoach,Wat zie je?\nCliënt,"Niets, écht niet."\n'.encode(encoding)
    assert pairs(parse_upload("x.csv", csv_data))[1] == ["Cliënt", "Niets, écht niet."]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"Coach: a\x00b\x00c\x00d\x00e", id="a few nul bytes"),
        pytest.param(bytes(range(256)) * 8, id="every byte"),
        pytest.param(b"\x00\x01\x00\x02" * 100, id="binary words"),
    ],
)
def test_binary_data_is_not_mistaken_for_utf16(data):
    with pytest.raises(ParseError, match="geen tekstbestand|tekenset"):
        parse_upload("x.txt", data)


@pytest.mark.parametrize(
    "data,expected",
    [
        pytest.param(
            'speaker;text\nK;"Nou, dus; echt"\nCoach;Wat, precies?\n',
            [["K", "Nou, dus; echt"], ["Coach", "Wat, precies?"]],
            id="semicolons, commas in the text",
        ),
        pytest.param(
            'speaker,text\nCoach,"Wat bedoel je, precies?"\nK,"Hij zei ""nee, nooit"""\n',
            [["Coach", "Wat bedoel je, precies?"], ["K", 'Hij zei "nee, nooit"']],
            id="comma and doubled quotes inside quotes",
        ),
        pytest.param(
            'speaker;text\r\nK;"""Echt"" wat? a, b; c"\r\nK;a, b\r\nCoach;"dus;"\r\n',
            [["K", '"Echt" wat? a, b; c'], ["K", "a, b"], ["Coach", "dus;"]],
            id="the sniffer guesses a comma",
        ),
        pytest.param(
            '"Spreker","Tekst"\n"Coach","Ja, nee"\n"K","Een\nregel erbij, toch"\n',
            [["Coach", "Ja, nee"], ["K", "Een\nregel erbij, toch"]],
            id="everything quoted, newline in a field",
        ),
        pytest.param(
            "speaker\ttext\nCoach\tJa, nee; goed\n",
            [["Coach", "Ja, nee; goed"]],
            id="tabs",
        ),
    ],
)
def test_csv_with_delimiters_inside_quoted_fields(data, expected):
    assert pairs(parse_upload("x.csv", data.encode())) == expected


def test_csv_round_trips_whatever_the_text_holds():
    """Many random texts with commas, semicolons, quotes and tabs, written by the csv module
    with either delimiter, read back exactly (the sniffer alone got about a third wrong)."""
    import csv
    import random

    rng = random.Random(14)
    words = ["ja", "nee,", "dus;", '"echt"', "hoi", "wat?", "a, b", "tab\there", "x"]
    for _ in range(300):
        rows = [
            [
                rng.choice(["Coach", "K", "Cliënt"]),
                " ".join(rng.choices(words, k=rng.randint(1, 5))),
            ]
            for _ in range(rng.randint(1, 4))
        ]
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=rng.choice([",", ";"])).writerows([["speaker", "text"], *rows])
        assert pairs(parse_upload("x.csv", buffer.getvalue().encode())) == rows
