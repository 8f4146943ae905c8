"""English is the app's second language: every UI string has an English translation, the
compiled catalogue matches its source, and the language follows the browser or the switch."""

import gettext
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from dialogues.analysis import ALL_CODES, LABEL_NL
from dialogues.labels import CODE_LABELS, MOVE_LABELS, code_label, code_with_label, move_label
from dialogues.scripted_client import MOVE_LABEL_NL

BASE = Path(settings.BASE_DIR)
PO = BASE / "locale" / "en" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
# Every app of the project (a folder with __init__.py) and the templates.
SOURCES = sorted(
    d.name
    for d in BASE.iterdir()
    if d.is_dir() and d.name != "tests" and ((d / "__init__.py").exists() or d.name == "templates")
)


def _catalogue(path):
    with open(path, "rb") as handle:
        return read_po(handle)


def _untranslated(catalogue):
    for message in catalogue:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            yield message.id


def test_the_committed_catalogue_translates_every_entry():
    assert list(_untranslated(_catalogue(PO))) == []


@pytest.mark.skipif(
    shutil.which("xgettext") is None, reason="xgettext ontbreekt (apt-get install gettext)"
)
def test_every_string_in_templates_and_code_is_in_the_english_catalogue(tmp_path):
    """`makemessages` on a copy of the sources: a string wrapped for translation that the
    catalogue lacks (or lacks a translation for) fails here, and so does a stale entry."""
    for name in SOURCES:
        shutil.copytree(BASE / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(BASE / "manage.py", tmp_path / "manage.py")
    shutil.copytree(BASE / "locale", tmp_path / "locale")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-obsolete", "-v", "0"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    fresh = _catalogue(tmp_path / "locale" / "en" / "LC_MESSAGES" / "django.po")
    missing = sorted(str(m) for m in _untranslated(fresh))
    assert missing == [], f"untranslated (run makemessages -l en and translate): {missing}"
    committed = {(m.context, m.id) for m in _catalogue(PO) if m.id}
    found = {(m.context, m.id) for m in fresh if m.id}
    assert found - committed == set(), "new strings: run makemessages -l en and translate"
    assert committed - found == set(), "stale entries: run makemessages -l en --no-obsolete"


def test_the_compiled_catalogue_matches_its_source():
    """locale/en/LC_MESSAGES/django.mo is committed (a fresh machine need not have gettext):
    it must hold exactly the translations of django.po. Recompile with compilemessages."""
    with open(MO, "rb") as handle:
        compiled = gettext.GNUTranslations(handle)._catalog
    expected = {}
    for message in _catalogue(PO):
        if not message.id:
            continue
        prefix = f"{message.context}\x04" if message.context else ""
        if isinstance(message.id, tuple):
            for n, string in enumerate(message.string):
                expected[(prefix + message.id[0], n)] = string
        else:
            expected[prefix + message.id] = message.string
    compiled = {key: value for key, value in compiled.items() if key != ""}
    assert compiled == expected


def test_code_labels_follow_the_analysers_dutch_labels():
    assert set(CODE_LABELS) == set(ALL_CODES)
    with translation.override("nl"):
        assert {code: code_label(code) for code in ALL_CODES} == LABEL_NL
    with translation.override("en"):
        assert code_label("black_and_white") == "black and white"
        assert code_with_label("black_and_white") == "black_and_white (black and white)"
        assert code_with_label("advice") == "advice"  # no label that only repeats the code
    with translation.override("nl"):
        assert code_with_label("advice") == "advice (advies)"
    assert code_with_label("unknown_code") == "unknown_code"


def test_move_labels_follow_the_scripted_clients_dutch_labels():
    assert set(MOVE_LABELS) == set(MOVE_LABEL_NL)
    with translation.override("nl"):
        assert {kind: move_label(kind) for kind in MOVE_LABEL_NL} == MOVE_LABEL_NL
    with translation.override("en"):
        assert move_label("non_mentalizing") == "non-mentalizing move"


@pytest.mark.django_db
def test_accept_language_is_respected_on_a_first_visit(client):
    response = client.get(reverse("dialogues:landing"), HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    page = response.content.decode()
    assert '<html lang="en">' in page
    assert "For coaches" in page and "Voor coaches" not in page
    assert "its explanations of a marker and the suggested questions stay in Dutch" in page
    dutch = client.get(reverse("dialogues:landing"), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Voor coaches" in dutch and "stay in Dutch" not in dutch


@pytest.mark.django_db
def test_the_language_switch_is_remembered(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/casussen/"})
    assert response.status_code == 302 and response.url == "/casussen/"
    cookie = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "en"
    assert int(cookie["max-age"]) >= 300 * 24 * 3600  # remembered beyond this browser session
    # The cookie wins over a browser that prefers Dutch.
    page = client.get(reverse("dialogues:landing"), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "For coaches" in page
    assert 'name="language" value="nl"' in page  # the switch back
    client.post(reverse("set_language"), {"language": "nl", "next": "/"})
    assert "Voor coaches" in client.get(reverse("dialogues:landing")).content.decode()


@pytest.mark.django_db
def test_the_login_page_speaks_the_chosen_language(client, coach):
    response = client.post(
        reverse("login"),
        {"username": "coach", "password": "fout"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    page = response.content.decode()
    assert "Please enter a correct username and password" in page
    assert "Username" in page and "Gebruikersnaam" not in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "title"), [("nl", "Pagina niet gevonden"), ("en", "Page not found")]
)
def test_a_missing_page_says_so_in_the_visitors_language(client, settings, language, title):
    settings.DEBUG = False
    response = client.get("/bestaat-niet/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 404
    page = response.content.decode()
    assert f'<html lang="{language}">' in page and title in page
