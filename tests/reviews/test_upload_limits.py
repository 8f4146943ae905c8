"""Hostile uploads: zip bombs (with headers that lie), text that expands, every format's limits.

Memory is measured, not assumed: `peak_memory` reports Python's peak (tracemalloc) and the
process's peak resident set (VmHWM, which also sees zlib and libxml2). Run with `-s` to see the
figures; `python manage.py bench_import` prints them too.
"""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reviews import benchmark, parsing
from reviews.models import ImportDraft
from reviews.parsing import ParseError, parse_pasted, parse_upload

MEMORY_BUDGET_MB = 100
EXPANDED = 250_000_000  # what the bombs below expand to; each is well under 1 MB as a file


@pytest.fixture(scope="module")
def bombs():
    return {
        # the zip headers say document.xml is 5 KB: a reader that trusts them (and reads the
        # member in one go) decompresses all 250 MB before the CRC check fails
        "headers claim 5 KB": benchmark.zip_bomb(EXPANDED, declared_size=5_000),
        "headers claim the cap": benchmark.zip_bomb(
            EXPANDED, declared_size=parsing.MAX_DOCX_XML_BYTES
        ),
        "headers honest": benchmark.zip_bomb(EXPANDED),
    }


@pytest.mark.parametrize("name", ["headers claim 5 KB", "headers claim the cap", "headers honest"])
def test_a_zip_bomb_is_refused_within_the_memory_budget(bombs, name):
    data = bombs[name]
    assert len(data) < parsing.MAX_BYTES  # passes the file-size check
    result = benchmark.peak_memory(lambda: parse_upload("gesprek.docx", data))
    print(f"\nzip bomb ({name}, {len(data) // 1000} KB → {EXPANDED // 10**6} MB): {result}")
    assert result.outcome.startswith("ParseError")
    assert result.python_peak_mb < MEMORY_BUDGET_MB
    if result.rss_peak_mb is not None:
        assert result.rss_peak_mb < MEMORY_BUDGET_MB


@pytest.mark.parametrize(
    "name,message",
    [
        ("headers claim 5 KB", "geen geldig Word-document"),  # the CRC does not match
        ("headers claim the cap", "meer dan 1.000.000 tekens"),  # text cap reached first
        ("headers honest", "uitgepakt groter dan 32 MB"),
    ],
)
def test_a_zip_bomb_gets_a_dutch_message(bombs, name, message):
    with pytest.raises(ParseError, match=message):
        parse_upload("gesprek.docx", bombs[name])


def test_the_reader_stops_at_its_cap_whatever_the_stream_holds():
    reader = parsing.BoundedReader(io.BytesIO(b"x" * 5_000_000), limit=1_000_000)
    with pytest.raises(ParseError, match="uitgepakt groter dan 32 MB"):
        while reader.read(1 << 20):
            pass
    assert reader.count <= 1_000_000 + parsing.DOCX_CHUNK


def test_a_docx_with_too_many_members_is_refused_before_decompressing():
    members = [f"word/media/{i}.bin" for i in range(parsing.MAX_DOCX_MEMBERS)]
    data = benchmark.zip_bomb(1_000, members=members)
    with pytest.raises(ParseError, match="meer dan 500 onderdelen"):
        parse_upload("gesprek.docx", data)


def test_a_small_docx_that_expands_to_megabytes_of_text_is_refused():
    """The audit's case: a 22 KB .docx became a 19.9 MB draft."""
    data = benchmark.zip_bomb(20_000_000)
    assert len(data) < 100_000
    result = benchmark.peak_memory(lambda: parse_upload("gesprek.docx", data))
    print(f"\n{len(data) // 1000} KB docx with 20 MB of text: {result}")
    assert "meer dan 1.000.000 tekens" in result.outcome
    assert result.python_peak_mb < MEMORY_BUDGET_MB


def test_document_xml_entities_are_not_expanded():
    """A billion-laughs DTD in document.xml: entities stay unexpanded (and are refused)."""
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahaha">'
        + b"".join(
            f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(8)
        )
        + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>Coach: &i;</w:t></w:r></w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", benchmark.CONTENT_TYPES)
        archive.writestr("word/document.xml", laughs)
    result = benchmark.peak_memory(lambda: parse_upload("x.docx", buffer.getvalue()))
    assert "haha" * 100 not in result.outcome
    assert result.python_peak_mb < MEMORY_BUDGET_MB


def test_the_text_limit_holds_for_every_format(monkeypatch):
    """MAX_TEXT_CHARS applies to the turns, whichever format they came in."""
    monkeypatch.setattr(parsing, "MAX_TEXT_CHARS", 50)
    text = "Coach: " + "woord " * 10 + "\nCliënt: " + "ander " * 10
    rows = [{"speaker": "Coach", "text": "woord " * 10}, {"speaker": "K", "text": "ander " * 10}]
    inputs = {
        "pasted": lambda: parse_pasted(text),
        "txt": lambda: parse_upload("x.txt", text.encode()),
        "csv": lambda: parse_upload(
            "x.csv",
            ("speaker,text\n" + "".join(f"{r['speaker']},{r['text']}\n" for r in rows)).encode(),
        ),
        "json": lambda: parse_upload("x.json", json.dumps(rows).encode()),
        "jsonl": lambda: parse_upload("x.jsonl", "\n".join(json.dumps(r) for r in rows).encode()),
        "docx": lambda: parse_upload(
            "x.docx",
            benchmark.zip_bomb(
                1, paragraph=b"<w:p><w:r><w:t>Coach: " + b"woord " * 10 + b"</w:t></w:r></w:p>"
            ),
        ),
    }
    for name, parse in inputs.items():
        with pytest.raises(ParseError, match="meer dan 1.000.000 tekens"):
            parse()
            pytest.fail(name)


def test_at_most_2000_turns_in_every_format():
    rows = [{"speaker": "Coach", "text": f"vraag {i}"} for i in range(parsing.MAX_TURNS + 1)]
    with pytest.raises(ParseError, match="2.001 beurten"):
        parse_upload("x.json", json.dumps(rows).encode())
    csv_data = "speaker,text\n" + "".join(f"Coach,vraag {i}\n" for i in range(2_001))
    with pytest.raises(ParseError, match="2.001 beurten"):
        parse_upload("x.csv", csv_data.encode())


# --- through the import page ---------------------------------------------------------------


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


@pytest.mark.django_db
def test_a_zip_bomb_upload_shows_the_dutch_message_and_stores_nothing(trainer_client, bombs):
    upload = SimpleUploadedFile("gesprek.docx", bombs["headers honest"])
    response = trainer_client.post(reverse("reviews:import"), {"file": upload})
    assert response.status_code == 422
    assert "uitgepakt groter dan 32 MB" in response.content.decode()
    assert not ImportDraft.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("content_type", ["multipart", "urlencoded"])
def test_pasted_text_over_two_megabytes_gets_the_dutch_size_message(trainer_client, content_type):
    """Beyond DATA_UPLOAD_MAX_MEMORY_SIZE Django cannot read the form at all; the trainer
    still gets the import page with the limit in Dutch, not a bare 400 or a CSRF page."""
    text = "Coach: " + "a" * 2_200_000
    url = reverse("reviews:import")
    if content_type == "multipart":
        response = trainer_client.post(url, {"title": "x", "text": text})
    else:
        response = trainer_client.post(
            url, f"title=x&text={text}", content_type="application/x-www-form-urlencoded"
        )
    content = response.content.decode()
    assert response.status_code == 413
    assert "De geplakte tekst is groter dan 1 MB" in content
    assert 'name="csrfmiddlewaretoken"' in content  # the form is there to try again
    assert not ImportDraft.objects.exists()


@pytest.mark.django_db
def test_pasted_text_between_one_and_two_megabytes(trainer_client):
    response = trainer_client.post(reverse("reviews:import"), {"text": "Coach: " + "a" * 1_500_000})
    assert response.status_code == 422
    assert "De geplakte tekst is groter dan 1 MB" in response.content.decode()


@pytest.mark.django_db
def test_a_huge_post_from_a_non_trainer_is_still_a_404(client, participant):
    client.force_login(participant)
    response = client.post(reverse("reviews:import"), {"text": "a" * 2_200_000})
    assert response.status_code == 404
