"""Uploads built to cost time or memory: elements Word does not show, deep JSON, many names."""

import io
import time

import pytest
from django.urls import reverse

from reviews import benchmark, parsing
from reviews.deidentify import MAX_NAMES
from reviews.models import ImportDraft
from reviews.parsing import ParseError, parse_upload


def test_a_docx_of_too_many_elements_is_refused(monkeypatch):
    monkeypatch.setattr(parsing, "MAX_DOCX_ELEMENTS", 20_000)
    data = benchmark.zip_bomb(200_000, paragraph=b"<a/>")  # 50,000 empty elements
    with pytest.raises(ParseError, match="te veel onderdelen"):
        parse_upload("gesprek.docx", data)


def test_elements_outside_a_paragraph_are_freed_as_they_are_read(monkeypatch):
    """The audit's case, smaller: empty elements and no paragraph among them piled up (930 MB
    for a 31 KB upload); here 500,000 of them took 62 MB before each was freed once read."""
    monkeypatch.setattr(parsing, "MAX_DOCX_ELEMENTS", 10**9)
    data = benchmark.zip_bomb(2_000_000, paragraph=b"<a/>")
    assert len(data) < 20_000
    if not benchmark._reset_peak_rss():
        pytest.skip("no peak resident set on this system")
    before = benchmark._rss_kb("VmRSS")
    with pytest.raises(ParseError, match="geen beurten"):
        parse_upload("gesprek.docx", data)
    assert (benchmark._rss_kb("VmHWM") - before) / 1024 < 30


def test_a_paragraph_of_too_many_elements_is_refused():
    paragraph = b"<w:p>" + b"<a/>" * (parsing.MAX_DOCX_UNIT_ELEMENTS + 1) + b"</w:p>"
    with pytest.raises(ParseError, match="te veel onderdelen"):
        parse_upload("gesprek.docx", benchmark.zip_bomb(1, paragraph=paragraph))


def test_a_real_formatted_docx_is_far_below_the_element_caps():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for number in range(300):
        paragraph = document.add_paragraph()
        paragraph.add_run("Coach: " if number % 2 else "Cliënt: ").bold = True
        for word in range(20):
            paragraph.add_run(f"woord{word} en nog wat ").italic = word % 2 == 0
    buffer = io.BytesIO()
    document.save(buffer)
    assert len(parse_upload("gesprek.docx", buffer.getvalue()).turns) == 300


@pytest.mark.parametrize("name", ["gesprek.json", None])
def test_deeply_nested_json_gets_a_dutch_message(name):
    text = "[" * 100_000
    with pytest.raises(ParseError, match="te diep genest"):
        if name:
            parse_upload(name, text.encode())
        else:
            parsing.parse_json(text)


def test_csv_continuation_rows_are_joined_in_linear_time():
    rows = "speaker,text\nCoach,begin\n" + ",x\n" * 330_000  # the 1 MB an upload may be
    started = time.process_time()
    turns = parsing.parse_csv(rows).turns
    seconds = time.process_time() - started
    assert len(turns) == 1 and turns[0].text.count("\n") == 330_000
    assert seconds < 1, seconds  # measured 0.3 s; joined per row: 1.8 s


@pytest.fixture
def trainer_client(client, trainer):
    client.force_login(trainer)
    return client


@pytest.mark.django_db
def test_deep_json_pasted_in_the_import_page_is_a_message_not_an_error(trainer_client):
    response = trainer_client.post(reverse("reviews:import"), {"text": "[" * 100_000})
    assert response.status_code == 422
    assert "te diep genest" in response.content.decode()


@pytest.mark.django_db
def test_too_many_names_are_refused_with_a_message(trainer_client):
    names = ", ".join(f"Naam{number}" for number in range(MAX_NAMES + 1))
    response = trainer_client.post(
        reverse("reviews:import"), {"text": "Coach: hoi\nCliënt: hallo", "names": names}
    )
    assert response.status_code == 422
    assert f"hoogstens {MAX_NAMES}" in response.content.decode()
    assert not ImportDraft.objects.exists()
