"""Misfit classes of the seventh blind rating, one group of tests a cause: small talk about his
life outside the case answered with a stock line of the case; plain-fact questions without "?"
("hoeveel …") not read as questions. The coach turns are written for these tests (through the
real analyser), not taken from the rated sessions."""

import pytest

from dialogues import coach_turn

from .scripts import play, shipped

SCRIPTS = shipped()
ALL = sorted(SCRIPTS)


def last(slug, turns, **kw):
    return play(slug, turns, **kw)[-1]


def understand(slug, text):
    return coach_turn.understand(text, (), SCRIPTS[slug].topics)


# -- small talk about his private life: a word back in his voice, never the case's story --------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "turn",
    [
        "Waar ben je deze zomer op vakantie geweest?",
        "welke series volg je op dit moment",
        "hoe doet je club het dit seizoen eigenlijk",
        "ik las in de krant dat het druk is in jullie sector, hoe is dat",
    ],
)
def test_private_small_talk_gets_a_private_word_back(slug, turn):
    if slug == "patient-a" and "club" in turn:
        pytest.skip("Patiënt A's sports club is part of his case")
    reply = last(slug, ["Wat is er gebeurd?", turn])
    assert reply.kind == "short" and "private" in reply.line.moves, (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
def test_plain_small_talk_keeps_its_own_lines(slug):
    reply = last(slug, ["Wat is er gebeurd?", "Was het druk op de weg vanochtend?"])
    assert reply.kind == "short" and "small_talk" in reply.line.moves
    assert "private" not in reply.line.moves, reply.text


@pytest.mark.parametrize("slug", ALL)
def test_a_private_word_on_a_topic_of_the_case_is_no_small_talk(slug):
    # "vakantie" beside the case's own event: about the case.
    topic = {"client-a": "het briefje", "client-b": "die medewerker", "client-c": "het overleg"}
    if slug not in topic:
        pytest.skip("Patiënt A: a word of the case is enough")
    reply = last(slug, [f"Speelde {topic[slug]} ook nog mee toen je op vakantie was?"])
    assert "private" not in reply.line.moves, reply.text


# -- a plain fact without "?": "hoeveel …" is a question ----------------------------------------


@pytest.mark.parametrize("slug", ALL)
def test_hoeveel_without_question_mark_is_a_question(slug):
    asked = understand(slug, "hoeveel mensen werken er bij jullie")
    assert asked.is_question and asked.aspect == "fact"


def test_a_count_gets_the_count():
    reply = last("client-b", ["Wat is er gebeurd?", "hoeveel mensen heb je onder je"])
    assert reply.line.key == "b-fact-1", reply.text
    reply = last("patient-a", ["Wat is er gebeurd?", "hoeveel sollicitaties heb je al gedaan"])
    assert reply.line.key == "pa-fact-sollicitaties", reply.text
    # how long is still how long
    reply = last("patient-a", ["Wat is er gebeurd?", "hoelang werk je daar al"])
    assert reply.line.key != "pa-fact-sollicitaties", reply.text
