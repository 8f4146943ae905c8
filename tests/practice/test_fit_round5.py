"""Misfit classes of the fifth blind rating: an advice reaction only to advice in this turn
(not to a rewind, a summary with "dus", or the coach's own feeling told); an either/or
question is never answered "Ja." or "Nee."; small talk about his weekend gets no case story;
"Je hebt het gevoel dat …" asks about his feeling; a feeling he named himself is not denied
when the coach tells it him later. The coach turns are written for these tests (through
the real analyser), not taken from the rated sessions."""

import pytest

from dialogues import scripted_client as sc

from .scripts import play, shipped

SCRIPTS = shipped()

ADVICE_REACTION = ("Net zei je nog", "al geprobeerd", "klinkt mooi, maar")


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
@pytest.mark.parametrize(
    "turn",
    [
        "stop even, dat gaat snel. ik wil terug naar het begin van dat gesprek",
        "ok. dus je moet altijd maar alles alleen doen. is dat thuis ook zo",
        "als ik je goed hoor vind je dat het anders moet. zeg je dat eigenlijk",
    ],
)
def test_no_advice_reaction_without_advice(slug, turn):
    reply = play(slug, ["Wat is er gebeurd?", turn])[-1]
    assert reply.move.code != "advice", reply.reason
    assert not any(w in reply.text for w in ADVICE_REACTION), (reply.text, reply.reason)


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
def test_advice_itself_still_gets_an_advice_reaction(slug):
    reply = play(slug, ["Wat is er gebeurd?", "Je moet daar gewoon eens rustig over praten."])[-1]
    assert reply.kind == "react" and reply.move.code == "advice", reply.reason


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
def test_coach_self_disclosure_after_advice_gets_no_complaint_about_the_advice(slug):
    replies = play(
        slug,
        [
            "Wat is er gebeurd?",
            "Je moet daar gewoon eens rustig over praten.",
            "ik zou me eerlijk gezegd ook gekwetst voelen als mij dat overkwam",
        ],
    )
    assert not any(w in replies[-1].text for w in ADVICE_REACTION), replies[-1].reason


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
@pytest.mark.parametrize(
    "turn",
    [
        "was dat in een mail of in een gesprek",
        "trouwens, kom je hier met de fiets of neem je de bus",
        "Ging dat per telefoon of op kantoor?",
    ],
)
def test_either_or_question_gets_no_bare_yes_or_no(slug, turn):
    reply = play(slug, ["Wat is er gebeurd?", turn])[-1]
    first = reply.text.split(".")[0].strip().lower()
    assert first not in ("ja", "nee"), (reply.text, reply.reason)


@pytest.mark.parametrize(
    "text,either",
    [
        ("was dat in een brief of in een gesprek", True),
        ("rij je met de auto naar je werk of neem je de trein", True),
        ("geldt dat in elke situatie, of zijn er momenten dat het anders ligt", False),
        ("Weet je of hij dat begreep?", False),
    ],
)
def test_either_or_recognised(text, either):
    assert sc._either_or(text) is either


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
@pytest.mark.parametrize(
    "turn",
    ["hoe was je weekend trouwens", "nog iets leuks gedaan deze week?", "Hoe was jullie vakantie?"],
)
def test_small_talk_about_him_gets_no_case_story(slug, turn):
    reply = play(slug, ["Wat is er gebeurd?", turn])[-1]
    assert reply.kind == "puzzled" or "small_talk" in reply.line.moves, (reply.text, reply.reason)


@pytest.mark.parametrize(
    "turn",
    [
        "Je hebt het gevoel dat ze over jou oordelen zonder ooit te komen kijken, klopt dat?",
        "Heb je het gevoel dat de directie je niet serieus neemt?",
    ],
)
def test_the_coach_checking_his_own_feeling_asks_about_him(turn):
    reply = play("client-a", ["Wat is er gebeurd?", turn], openness=4)[-1]
    # his own sense of it: what he takes to be so (round 6: thought first), or his feeling
    assert reply.turn.whose == "client" and reply.turn.aspect in ("feeling", "thought"), (
        reply.reason
    )
    assert "Ze zullen wel gedacht" not in reply.text, reply.text


def test_a_feeling_he_named_himself_is_not_denied_later():
    replies = play(
        "client-c",
        ["Wat voelde je toen ze dat zei?", "Je bent eigenlijk gewoon boos op haar."],
    )
    assert "Geïrriteerd" in replies[0].text, replies[0].text
    assert "voel ik me niet" not in replies[-1].text, replies[-1].text
    assert replies[-1].kind == "react"


def test_a_feeling_he_never_named_may_still_be_denied():
    reply = play("client-c", ["Wat is er gebeurd?", "Je bent eigenlijk gewoon boos op haar."])[-1]
    assert reply.kind == "react"
    assert "zei ik toch al" not in reply.text, reply.text


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
def test_a_closed_body_question_gets_the_body_not_what_he_said(slug):
    reply = play(
        slug,
        [
            "Wat is er gebeurd?",
            "Merkte je iets in je lichaam toen ze dat zei? Spanning, warmte, iets in je buik?",
        ],
    )[-1]
    assert reply.turn.aspect == "body", reply.reason
    assert "gezegd" not in reply.text and "zei" not in reply.text.split(), reply.text


@pytest.mark.parametrize(
    "turn",
    [
        "ok, klinkt als iemand die graag dingen af heeft. waar zit je nu precies mee",
        "Jij bent iemand die graag doorpakt. Wat speelt er nu voor jou?",
    ],
)
def test_iemand_die_describing_him_is_no_question_about_another(turn):
    reply = play("client-b", [turn])[-1]
    assert reply.turn.whose == "client" and reply.turn.aspect != "other_view", reply.reason
    assert not reply.text.startswith("Hoe hij"), reply.text


@pytest.mark.parametrize(
    "slug,turns,topic",
    [
        ("patient-a", ["Wat is er gebeurd?", "wat gebeurde er precies toen ze u belden"], None),
        ("patient-a", ["Vertel eens", "Wat gebeurde er op het moment dat ze belden?"], None),
        ("client-a", ["Wat gebeurde er precies toen je dat briefje schreef?"], "briefje"),
    ],
)
def test_the_moment_named_wins_over_another_event(slug, turns, topic):
    reply = play(slug, turns, openness=4)[-1]
    asked = {t for t in reply.turn.topics if not t.startswith("gevoel-")}
    assert reply.turn.aspect == "moment" and asked, reply.reason
    assert reply.kind == "deflect" or asked & set(reply.line.topics), (reply.text, reply.reason)
    if topic is None:
        assert "telefoontje" in reply.line.topics, reply.text


def test_a_reaction_to_one_advice_needs_that_advice_not_only_its_person():
    other = play("client-a", ["Je moet wel oppassen met wat je naar je directie schrijft."])[-1]
    assert other.kind == "react"
    assert "gaan praten?" not in other.text, other.text
    same = play("client-a", ["Je moet gewoon eens met de directie gaan praten."])[-1]
    assert same.kind == "react" and "gaan praten?" in same.text, same.text


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
def test_advice_not_to_do_something_is_not_answered_with_having_tried_it(slug):
    reply = play(slug, ["Wat is er gebeurd?", "Je moet die mensen echt niet gaan uitfoeteren."])[-1]
    assert reply.kind == "react", reply.reason
    assert "geprobeerd" not in reply.text and "klinkt" not in reply.text, reply.text
