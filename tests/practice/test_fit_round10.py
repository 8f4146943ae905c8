"""Misfit kinds of the tenth blind rating, one group of tests a kind (move × aspect × trust →
kind of reply), with positives in several phrasings (tidy, chat, Flemish) and look-alike
negatives. The coach turns are written for these tests (through the real analyser), not taken
from the rated sessions."""

import pytest

from dialogues import coach_turn
from dialogues import scripted_client as sc
from dialogues.analysis import analyse

from .scripts import last, play, shipped

SCRIPTS = shipped()
ALL = sorted(SCRIPTS)


def move(text):
    return sc.classify(analyse(text, "coach")).code


# -- a closing that comes with a question: his closing line answers it ---------------------------

TAKEAWAY = [
    "Oké, tijd. Wat neem je mee van vandaag?",
    "we ronden af. wat houdt ge over aan dit gesprek",
    "Tijd om af te ronden. Wat wil je hiervan onthouden?",
    "We zijn aan het eind van de sessie. Wat was voor jou het belangrijkste?",
    "ok we stoppen ermee voor vandaag. hoe ga je naar huis",
]
NEXT = [
    "We ronden af. Wat zou je de volgende keer willen bespreken?",
    "laten we afronden. waar wilt ge volgende keer bij uzelf op letten",
    "Zullen we het hierbij laten? Wat wil je volgende keer verder uitzoeken?",
]


@pytest.mark.parametrize("text", TAKEAWAY + NEXT)
def test_an_ending_with_a_question_about_the_session_is_a_closing(text):
    assert coach_turn.is_closing(text), text
    assert coach_turn.closing_question(text) in ("takeaway", "next")


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("text", TAKEAWAY)
@pytest.mark.parametrize("openness", [1, 5, 9])
def test_asked_what_he_takes_along_at_the_end_he_says_it_by_openness(slug, text, openness):
    reply = last(slug, [text], openness=openness)
    assert reply.kind == "closing", (reply.kind, reply.text)
    assert "takeaway" in reply.line.moves, reply.line.key
    assert reply.line.min_openness <= openness <= reply.line.max_openness


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("text", NEXT)
@pytest.mark.parametrize("openness", [1, 5, 9])
def test_asked_what_he_wants_next_time_he_says_it_by_openness(slug, text, openness):
    reply = last(slug, [text], openness=openness)
    assert reply.kind == "closing" and "next_time" in reply.line.moves, (reply.kind, reply.text)
    assert reply.line.min_openness <= openness <= reply.line.max_openness


@pytest.mark.parametrize(
    "text",
    [
        "Laten we stoppen. Denk er thuis nog eens over na hoe dat voor haar was.",
        "We ronden af. Dank je wel, tot volgende week, oké?",
    ],
)
def test_homework_or_a_farewell_gets_a_plain_closing(text):
    reply = last("client-c", [text], openness=2)
    assert reply.kind == "closing" and not reply.line.moves, (reply.kind, reply.line.key)


@pytest.mark.parametrize(
    "text",
    [
        "Wat neem je mee van wat ze zei?",  # no ending: a question about the case
        "We stoppen zo. Wat voelde je toen ze dat zei?",  # "zo": not yet the end
    ],
)
def test_a_question_without_an_ending_is_no_closing(text):
    assert not coach_turn.is_closing(text), text


def test_the_button_after_a_next_time_closing_says_goodbye_only():
    replies = play("client-b", ["We ronden af. Waar wil je volgende keer op letten?"], openness=5)
    line, _state = sc.closing(SCRIPTS["client-b"], replies[-1].state)
    assert line.text == "Tot ziens."


def test_the_button_alone_never_gets_a_line_kept_for_a_question():
    state = sc.State(5, 5, {"style": "plain"})
    line, _state = sc.closing(SCRIPTS["client-a"], state)
    assert not line.moves, line.key
