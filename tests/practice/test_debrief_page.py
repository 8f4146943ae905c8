"""The debrief page: the bar shows every part of the coach's turns with a legend, and a
practice's automatic title follows the reader's language."""

import re
import uuid

import pytest
from django.conf import settings
from django.urls import reverse

from dialogues.models import Dialogue, Practice

from .conftest import ADVICE, CLOSED, NOT_KNOWING

pytestmark = pytest.mark.django_db


def start(client, slug="client-a"):
    client.post(reverse("dialogues:practice_start", args=[slug]))
    return Practice.objects.latest("dialogue__created")


def say(client, practice, text):
    after = practice.dialogue.turns.order_by("position").last().position
    data = {"text": text, "key": str(uuid.uuid4()), "after": after}
    client.post(reverse("dialogues:practice_turn", args=[practice.pk]), data)


def test_the_bar_shows_both_parts_and_the_rest_with_a_legend(coach_client, script):
    practice = start(coach_client)
    for text in (NOT_KNOWING, NOT_KNOWING + " En toen?", ADVICE, CLOSED):
        say(coach_client, practice, text)
    html = coach_client.get(reverse("dialogues:practice_debrief", args=[practice.pk])).content
    html = html.decode()
    bar = html.split('<svg class="bar share-bar"')[1].split("</svg>")[0]
    parts = dict(re.findall(r'<rect class="part-([a-z-]+)" x="\d+" width="(\d+)"', bar))
    assert parts == {"mentalizing": "50", "non-mentalizing": "25"}
    assert 'class="part-non-mentalizing" x="50"' in bar  # after the mentalizing part
    legend = html.split('<p class="share legend">')[1].split("</p>")[0]
    assert "key-mentalizing" in legend and "<strong>50%</strong> mentaliserend" in legend
    assert "key-non-mentalizing" in legend and "<strong>25%</strong> niet-mentaliserend" in legend
    assert "key-other" in legend and "<strong>25%</strong> overig" in legend


def test_a_practice_title_follows_the_readers_language(coach_client, scripts):
    practice = start(coach_client, "patient-a")
    assert practice.dialogue.title == "Oefengesprek met Patiënt A"
    debrief = reverse("dialogues:practice_debrief", args=[practice.pk])
    coach_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    english = coach_client.get(debrief).content.decode()
    assert "Practice dialogue with Patiënt A" in english
    assert "Oefengesprek met" not in english
    listing = coach_client.get(reverse("dialogues:practice_list")).content.decode()
    assert "Practice dialogue with Patiënt A" in listing
    # Started in English, read in Dutch.
    started_in_english = start(coach_client, "client-a")
    assert started_in_english.dialogue.title == "Practice dialogue with Cliënt A"
    coach_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "nl"
    page = coach_client.get(started_in_english.get_absolute_url()).content.decode()
    assert "<h1>Oefengesprek met Cliënt A</h1>" in page
    # Other titles are shown as written, in every language.
    imported = Dialogue(title="Oefengesprek met mijn team", kind=Dialogue.Kind.IMPORTED)
    assert imported.display_title == "Oefengesprek met mijn team"
