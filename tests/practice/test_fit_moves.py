"""Replies by the misfit kinds of the fourth blind rating: a stock deflection (about his wife,
about another advice) out of place; an opening question given back that nobody asked; a
closed question answered with something else; a concrete question answered with feelings, a
here-and-now or transference remark with the story, a rewind with the later event; and the
client's reaction to the coach's own move (self-disclosure, siding, advice, an interpretation
by his past). The coach turns are written for these tests, not taken from the rated sessions."""

import pytest

from dialogues import scripted_client as sc

from .scripts import shipped
from .test_fit import last, play

SCRIPTS = shipped()
ALL = sorted(SCRIPTS)


def _given_back(reply):
    """The opening question of a reply that the coach's words do not bear, or ''."""
    echo = sc._echo_opener(reply.text)
    if not echo or sc._stems(echo[0]) & sc._stems(reply.turn.text):
        return ""
    return echo[0]


# -- a stock deflection out of place --------------------------------------------------------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "question",
    [
        "Wat zou iemand kunnen bewegen om in zo'n overleg even niets te zeggen?",
        "Was die persoon al lang in dienst?",
        "Zou een buitenstaander er anders naar kijken?",
        "Kan het ook iets anders betekenen dan je nu denkt?",
    ],
)
def test_a_deflection_about_his_home_only_when_home_is_asked(slug, question):
    reply = last(slug, [question])
    assert not {"thuis", "vrouw"} & set(reply.line.persons), (reply.line.key, reply.text)
    assert not reply.text.startswith(("Thuis?", "Mijn vrouw?")), reply.text


@pytest.mark.parametrize(
    "slug,advice",
    [
        ("client-a", "Stuur ze gewoon een nette brief met je excuses."),
        ("client-a", "Je zou ze eens op je vestiging kunnen uitnodigen."),
        ("client-c", "Geef haar gewoon een week de tijd voor haar standpunt."),
        ("client-c", "Je moet het overleg voortaan beter voorbereiden."),
    ],
)
def test_a_reaction_that_names_another_advice_is_not_used(slug, advice):
    reply = last(slug, [advice])
    assert reply.kind == "react" and "advice" in reply.line.moves, reply.reason
    assert not _given_back(reply), reply.text
    # "Met de directie gaan praten? Die heeft al genoeg gepraat." without its question makes no
    # sense; nor does "Moet ik het haar dan maar vragen?" to a deadline.
    assert "genoeg gepraat" not in reply.text and "maar vragen" not in reply.text


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "talk",
    [
        "hoe was het weer gisteren, bij ons heeft het de hele dag geregend",
        "trouwens, hoe was de file vanmorgen op de snelweg",
    ],
)
def test_small_talk_that_asks_nothing_of_him_puzzles_him(slug, talk):
    # A word of small talk back in his voice (round 6), never a line of the case.
    reply = last(slug, [talk])
    assert reply.kind == "puzzled" or "small_talk" in reply.line.moves, (
        reply.line.key,
        reply.text,
        reply.reason,
    )


# -- an opening question nobody asked ---------------------------------------------------------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "turn",
    [
        "Ik merk dat ik zelf ook snel ongeduldig word als iets blijft hangen.",
        "Ach, dat overkomt iedereen wel eens, zo is het leven.",
        "Heb je daar ooit spijt van gehad?",
        "Denk je dat zij er nog wel eens aan terugdenkt?",
        "Nu maak je van mij ook zo'n bemoeial.",
    ],
)
def test_no_opening_question_is_given_back_to_a_statement_or_a_yes_no_question(slug, turn):
    for openness in (2, 8):
        reply = last(slug, [turn], openness=openness)
        assert not _given_back(reply), (reply.line.key, reply.text)


# -- closed questions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "slug,question",
    [
        ("client-b", "Heeft die medewerker daarna zelf nog iets gezegd?"),
        ("client-c", "Zei de manager daarna nog iets?"),
        ("client-c", "heeft ze er later nog iets over gezegd"),
        ("client-a", "Heeft de directie daarna nog iets gezegd?"),
    ],
)
def test_a_closed_question_about_what_she_did_is_not_answered_with_what_he_did(slug, question):
    reply = last(slug, [question])
    assert reply.kind == "short", reply.reason
    assert "heb ik" not in reply.text.lower(), reply.text
    assert reply.text.startswith(("Ja", "Nee")), reply.text


@pytest.mark.parametrize(
    "slug,question",
    [
        ("client-b", "Heb je hem daarna nog gesproken?"),
        ("client-b", "Heb je er later nog met hem over gepraat"),
        ("client-c", "Heb je haar gevraagd waarom ze nog geen standpunt had?"),
    ],
)
def test_a_closed_question_about_what_he_did_gets_a_yes_or_no_about_that_act(slug, question):
    reply = last(slug, [question], openness=7)
    assert reply.kind == "short", reply.reason
    assert reply.text.startswith(("Ja", "Nee")), reply.text
    assert reply.line.aspects[:1] != ("other_view",), reply.line.key  # not "Misschien voelde hij"


@pytest.mark.parametrize("slug", ["client-a", "client-b", "client-c"])
def test_how_long_he_has_worked_there_gets_the_fact(slug):
    reply = last(slug, ["werk je daar eigenlijk al lang"])
    assert "jaar" in reply.text, (reply.line.key, reply.text, reply.reason)


def test_whether_she_was_new_gets_the_fact_about_her():
    reply = last("client-c", ["Was die manager nieuw in de functie?"])
    assert reply.kind == "short" and "pas een jaar" in reply.text, reply.text


# -- what happened, here and now, transference, rewinding -------------------------------------


@pytest.mark.parametrize(
    "turn",
    ["en wat heb je er dan in geschreven", "Wat stond er precies in die brief?"],
)
def test_the_content_of_the_letter_is_told_even_at_low_trust(turn):
    reply = last("client-a", [turn], openness=0)
    assert "minkukels" in reply.text, (reply.line.key, reply.text)


@pytest.mark.parametrize(
    "slug,turn",
    [
        ("client-a", "Pff, wat een gedoe. Wat is er dan gebeurd"),
        ("patient-a", "Waar merk je dat nog meer, behalve op straat?"),
        ("patient-a", "Gebeurt het ook in andere situaties, en waar dan?"),
    ],
)
def test_a_question_about_what_happened_gets_an_event_not_a_feeling(slug, turn):
    reply = last(slug, [turn], openness=4)
    assert reply.turn.aspect == "moment", reply.turn.describe()
    assert reply.line.aspects[0] in ("moment", "story"), (reply.line.key, reply.text)


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "turn",
    [
        "Hoe is het voor jou dat ik zo blijf doorvragen?",
        "Nu maak je van mij ook iemand die het niet snapt.",
        "Zou ik volgens jou de bedoeling hebben om je iets aan te praten?",
    ],
)
def test_here_and_now_and_transference_get_a_reply_about_the_two_of_them(slug, turn):
    reply = last(slug, [turn], openness=5)
    assert reply.turn.aspect == "here_now", reply.turn.describe()
    assert "here_now" in reply.line.aspects or reply.kind == "refer_back", (
        reply.line.key,
        reply.text,
    )


def test_a_rewind_to_the_earlier_talk_is_not_answered_with_the_later_meeting():
    reply = last(
        "client-c",
        [
            "Wacht even. Voordat we bij de vergadering komen, wil ik terug naar dat gesprek "
            "met haar."
        ],
        openness=5,
    )
    assert "gesprek" in reply.line.topics and "overleg" not in reply.line.topics, reply.line.key


def test_asking_leave_after_a_rewind_is_no_question_about_her():
    reply = last(
        "client-c",
        ["Ik wil even terug naar het moment dat je vond dat ze iets moest vinden. Is dat goed?"],
        openness=5,
    )
    assert reply.turn.whose == "client", reply.turn.describe()
    assert "manager" not in reply.line.persons, (reply.line.key, reply.text)


# -- reactions to the coach's move --------------------------------------------------------------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("openness", [2, 7])
def test_coach_self_disclosure_is_taken_up_not_answered_as_a_feeling_question(slug, openness):
    reply = last(
        slug,
        ["Ik zou me eerlijk gezegd ook machteloos voelen in zo'n situatie."],
        openness=openness,
    )
    assert "coach_self_disclosure" in reply.line.moves, (reply.line.key, reply.text)
    assert reply.line.min_openness <= openness <= reply.line.max_openness


def test_a_disclosure_line_only_after_a_disclosure():
    for slug in ALL:
        for turn in ["Hoe is het om hier te zitten?", "Wat gebeurt er nu tussen ons?"]:
            reply = last(slug, [turn], openness=6)
            assert "coach_self_disclosure" not in reply.line.moves, (slug, reply.line.key)


@pytest.mark.parametrize(
    "slug,turn",
    [
        ("client-c", "Ik zou me er ook mateloos aan ergeren, een manager zonder standpunt."),
        ("client-b", "Ik ben zelf ook zo hoor, ik hou ook niet van dat getreuzel."),
        ("client-b", "Ik zou er gek van worden als mensen steeds komen klagen."),
    ],
)
def test_siding_with_him_is_amplifying_and_he_agrees(slug, turn):
    reply = last(slug, [turn])
    assert reply.move.code == "amplifying", reply.move
    assert "amplifying" in reply.line.moves, (reply.line.key, reply.text)


@pytest.mark.parametrize("slug", ALL)
def test_explaining_him_by_his_past_is_an_interpretation(slug):
    reply = last(
        slug, ["Volgens mij reageer je zo omdat je vroeger van je vader nooit iets mocht."]
    )
    assert reply.move.code == "interpretation", reply.move
    assert reply.kind == "react", reply.text


def test_dismissing_as_a_fact_of_life_gets_a_reaction_to_the_dismissal():
    reply = last("patient-a", ["Tja, iedereen moet wel eens een stapje opzij, zo is het leven."])
    assert reply.move.code == "dismissing" and reply.kind == "react", reply.text


def test_no_disclosure_line_twice_in_a_row():
    replies = play("client-a", ["Ik zou me ook gefrustreerd voelen."] * 3, openness=5)
    keys = [r.line.key for r in replies]
    assert all(a != b for a, b in zip(keys, keys[1:], strict=False)), keys


@pytest.mark.parametrize(
    "slug,advice",
    [
        ("client-c", "Misschien moet je haar gewoon wat meer tijd geven."),
        ("client-c", "je moet haar maar eens een deadline geven"),
    ],
)
def test_shared_filler_words_do_not_make_a_reaction_fit_another_advice(slug, advice):
    reply = last(slug, [advice])
    assert "maar vragen" not in reply.text, reply.text


def test_telling_him_his_opinion_gets_no_denial_of_a_feeling():
    reply = last("client-c", ["je vindt haar gewoon een slappe manager"])
    assert reply.kind == "react"
    assert "voel" not in reply.text.lower(), reply.text


def test_siding_gets_agreement_without_an_outburst_before_it():
    replies = play(
        "client-a", ["Wat een lui.", "Ik zou er ook woedend om worden, echt schandalig."]
    )
    reply = replies[-1]
    assert reply.move.code == "amplifying"
    assert reply.text.startswith(reply.line.text.split(".")[0]), reply.text


@pytest.mark.parametrize("slug", ALL)
def test_a_question_about_the_next_session_gets_a_yes_in_his_voice(slug):
    reply = last(slug, ["Tussendoor: zullen we de volgende afspraak op dezelfde tijd houden?"])
    assert reply.kind == "short" and "appointment" in reply.line.moves, reply.text
    other = last(slug, ["Heb je daar spijt van?"])
    assert "appointment" not in other.line.moves


@pytest.mark.parametrize("slug", ALL)
def test_leaving_the_subject_for_small_talk_puzzles_him_even_with_je(slug):
    reply = last(slug, ["Los hiervan: zijn ze bij jullie op kantoor nog aan het verbouwen?"])
    assert reply.kind == "puzzled" or "small_talk" in reply.line.moves, (reply.line.key, reply.text)


def test_a_question_about_her_motive_by_someone_stays_her_view():
    reply = last("client-c", ["Wat zou een reden kunnen zijn dat iemand in een overleg zwijgt?"])
    assert reply.turn.aspect == "other_view", reply.turn.describe()


@pytest.mark.parametrize("slug", ALL)
def test_a_here_and_now_question_after_a_disclosure_gets_no_disclosure_line(slug):
    turn = (
        "Ik merk dat ik het gesprek moeizaam op gang krijg. Hoe is dat voor jou, hier zo te zitten?"
    )
    reply = last(slug, [turn], openness=5)
    assert "coach_self_disclosure" not in reply.line.moves, reply.text


def test_a_judgement_worded_as_his_own_view_is_no_self_disclosure():
    reply = last("client-c", ["Eerlijk gezegd vind ik jouw reactie naar haar nogal bot."])
    assert reply.kind == "react", (reply.move, reply.text)


@pytest.mark.parametrize(
    "turn", ["en vindt ge dat zelf ook, dat ge nie voldoet", "vindt u dat eerlijk"]
)
def test_a_closed_question_about_his_view_in_flemish_asks_his_thought(turn):
    reply = last("client-a", [turn])
    assert reply.turn.aspect == "thought", reply.turn.describe()
    assert reply.text not in ("Ja.", "Nee."), reply.text  # no yes or no of random polarity


def test_the_moment_that_she_said_it_is_then_not_now():
    reply = last("client-c", ["Wat dacht je op het moment dat ze zei dat ze geen mening had?"])
    assert reply.turn.time == "then", reply.turn.describe()
    assert "now" not in reply.line.times or "then" in reply.line.times, reply.line.key
