"""Misfit kinds of the ninth blind rating, one group of tests a kind, with positives in several
phrasings (tidy, chat, Flemish) and look-alike negatives. The coach turns are written for these
tests (through the real analyser), not taken from the rated sessions."""

import pytest

from dialogues import coach_turn
from dialogues import scripted_client as sc
from dialogues.analysis import analyse

from .scripts import last, play, shipped, understand

SCRIPTS = shipped()
ALL = sorted(SCRIPTS)


def move(text):
    return sc.classify(analyse(text, "coach")).code


# -- a neighbouring question: the aspect the words ask, not a stock line --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kun je me meenemen naar het moment dat je dat las? Wat ging er door je heen?",
        "kun je me eens meenemen naar die dag, wat gebeurde er precies",
        "Neem me mee naar dat moment. Wat voelde je toen?",
    ],
)
def test_taking_him_along_to_a_moment_is_no_takeaway(text):
    turn = understand("client-a", text)
    assert turn.here_kind != "takeaway" and turn.aspect != "here_now", turn.describe()


@pytest.mark.parametrize(
    "text", ["Wat neem je mee van vandaag?", "Als je terugkijkt op dit gesprek, wat valt je op?"]
)
def test_looking_back_on_the_session_is_still_a_takeaway(text):
    assert understand("client-a", text).here_kind == "takeaway"


def test_looking_back_on_an_event_of_the_case_is_his_own_judgement():
    reply = last(
        "client-a", ["Als je terugkijkt op dat briefje, had je het achteraf anders willen doen?"]
    )
    assert reply.turn.here_kind == "" and "hier" not in reply.text.lower(), reply.text


@pytest.mark.parametrize(
    "text",
    [
        "Wat is er gebeurd voordat je hier terechtkwam?",
        "wat gebeurde er allemaal voor je hier kwam zitten",
    ],
)
def test_what_happened_before_he_came_is_no_here_and_now(text):
    turn = understand("client-b", text)
    assert turn.aspect != "here_now", turn.describe()


@pytest.mark.parametrize(
    "slug,text",
    [
        ("client-a", "Wat doe of zeg ik waardoor dit als een verhoor voelt?"),
        ("patient-a", "Hoe is het voor je dat ik dat voorstel?"),
        ("client-c", "wat doe ik hier waardoor je zo kortaf wordt"),
    ],
)
def test_the_coachs_own_act_here_gets_a_line_kept_for_it(slug, text):
    reply = last(slug, [text], openness=6)
    assert reply.turn.here_kind == "act" and "here_act" in reply.line.moves, reply.line.key


@pytest.mark.parametrize(
    "slug,text",
    [
        ("client-a", "Ik vul het voor je in, sorry. Hoe zou jij het zelf noemen?"),
        ("client-c", "ok, da vul ik in voor u. hoe zou gij het noemen?"),
        ("patient-a", "Hoe noem je dat zelf, dat gevoel?"),
    ],
)
def test_naming_it_himself_asks_his_feeling(slug, text):
    turn = understand(slug, text)
    assert turn.aspect == "feeling" and turn.whose == "client", turn.describe()


@pytest.mark.parametrize(
    "text",
    [
        "Even samenvatten: je wilt vooruit en twijfel houdt je op. Heb ik het zo goed?",
        "dus resultaat eerst, emoties later. klopt dat of mis ik iets?",
    ],
)
def test_more_forms_of_a_checked_summary(text):
    reply = last("client-b", [text], openness=5)
    checks = [c.text for c in SCRIPTS["client-b"].lines if "check" in c.moves]
    assert reply.turn.check, reply.turn.describe()
    assert any(reply.text.startswith(c.split(". ")[0]) for c in checks), reply.text


@pytest.mark.parametrize(
    "text",
    [
        "Is dat altijd zo, of alleen in bepaalde situaties?",
        "geldt dat altijd zo of soms niet",
    ],
)
def test_always_or_in_some_situations_asks_the_exception(text):
    assert understand("client-c", text).exception


def test_how_people_around_him_react_is_their_view():
    turn = understand(
        "client-c", "Hoe reageren de mensen om je heen, als jij altijd een visie hebt?"
    )
    assert turn.aspect == "other_view", turn.describe()


def test_what_it_says_about_how_he_sees_himself_is_his_thought():
    turn = understand("patient-a", "wat zegt het over hoe jij over jezelf denkt, dat je dat deed?")
    assert turn.aspect == "thought" and turn.whose == "client", turn.describe()


@pytest.mark.parametrize(
    "text,what_if",
    [
        ("Wat gebeurt er met je als je even zou stilstaan bij zijn twijfel?", True),
        ("Wat zou het jou kosten, en wat zou het opleveren?", True),
        ("Wat gebeurt er met je als je eraan terugdenkt?", False),
    ],
)
def test_a_would_makes_it_his_what_if(text, what_if):
    assert understand("client-b", text).what_if is what_if, text


@pytest.mark.parametrize(
    "text",
    [
        "Je zegt frustrerend. Wat zit er onder die frustratie?",
        "en wat zit er onder die frustratie, denk je",
    ],
)
def test_what_lies_under_a_named_feeling_is_another_feeling(text):
    reply = last("patient-a", ["hoe voelde dat voor je", text], openness=6)
    named = set(reply.turn.feelings)
    assert reply.turn.beneath and reply.line.aspects[:1] == ("feeling",), reply.line.key
    assert not named & {t for t in reply.line.topics if t.startswith("gevoel-")}, reply.text


def test_what_his_word_means_to_him():
    turn = coach_turn.understand(
        "Wat is professioneel, voor jou?",
        (),
        SCRIPTS["client-c"].topics,
        ("Dat is gewoon niet professioneel.",),
    )
    assert turn.aspect == "meaning" and turn.word_named, turn.describe()
    unsaid = coach_turn.understand("Wat is belangrijk voor jou?", (), SCRIPTS["client-c"].topics)
    assert unsaid.aspect != "meaning"


def test_asking_leave_for_a_rewind_is_no_closed_question():
    reply = last(
        "client-c",
        ["Ik wil nog even bij dat gesprek op je kamer blijven, vind je dat goed?"],
        openness=5,
    )
    assert reply.move.kind == sc.MENTALIZING and reply.kind != "short", (reply.kind, reply.text)


@pytest.mark.parametrize(
    "slug,text,fact",
    [
        ("client-a", "welke vestiging is het eigenlijk?", "feit-vestiging"),
        ("client-a", "Wie zei dat tegen je?", "feit-gehoord"),
        ("patient-a", "heb je wel eens aan een andere baan gedacht?", "feit-sollicitaties"),
    ],
)
def test_practical_facts_the_scripts_lacked(slug, text, fact):
    reply = last(slug, [text], openness=4)
    assert fact in reply.line.topics, (reply.line.key, reply.text)


# -- the closing question answered with a feeling -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "oke we moeten stoppen. hoe vond je het vandaag?",
        "We stoppen voor vandaag. Hoe was het om dit zo te bespreken?",
        "We ronden af. En hoe was dit gesprek voor je?",
    ],
)
def test_an_ending_with_a_question_about_the_session_is_a_closing(text):
    assert coach_turn.is_closing(text), text
    reply = last("client-a", [text])
    assert reply.kind == "closing", reply.text


def test_an_ending_with_a_question_about_the_story_is_no_closing():
    assert not coach_turn.is_closing("We moeten bijna stoppen. Wat voelde je toen?")


@pytest.mark.parametrize("slug", ALL)
def test_the_feeling_he_came_in_with_asked_now_at_the_end(slug):
    text = "We zijn er bijna. Je kwam hier behoorlijk boos binnen. Hoe is dat nu?"
    high = last(slug, [text], openness=8)
    low = last(slug, [text], openness=2)
    assert "since" in high.line.moves and "since" in low.line.moves, (high.text, low.text)
    assert high.line.key != low.line.key


@pytest.mark.parametrize("slug", ALL)
def test_lines_about_the_feeling_since_the_start_only_answer_that(slug):
    reply = last(slug, ["Hoe voel je je nu?"], openness=8)
    assert "since" not in reply.line.moves, reply.text


# -- an apology: a repair, no agreement -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "sorry, dat was kort door de bocht van mij.",
        "hm, da was nie handig van mij, zo bedoelde ik het niet",
        "Ik vul het voor je in, dat neem ik terug.",
    ],
)
def test_an_apology_is_recognised(text):
    assert coach_turn.apologises(text), text


@pytest.mark.parametrize(
    "text",
    [
        "mss moet je gwn eens sorry zeggen voor dat briefje",
        "zou je niet gewoon je excuses aanbieden?",
        "Heb jij al sorry gezegd tegen haar?",
    ],
)
def test_advising_him_to_apologise_is_no_apology_of_the_coach(text):
    assert not coach_turn.apologises(text), text


@pytest.mark.parametrize("slug", ALL)
def test_asked_how_the_label_landed_after_an_apology_he_says_so(slug):
    replies = play(
        slug,
        [
            "jij bent gewoon een moeilijk mens",
            "sorry, dat was niet handig van mij. hoe kwam dat bij je binnen?",
        ],
    )
    reply = replies[-1]
    assert "apology" in reply.line.moves, (reply.line.key, reply.text)
    assert reply.state.memory["wary"] == 0
    assert "Fijn dat je dat zegt" not in reply.text


def test_an_apology_then_a_question_answers_the_question_and_ends_the_wariness():
    replies = play(
        "client-a",
        [
            "jij bent gewoon iemand met een kort lontje he",
            "sorry, zo bedoelde ik het niet. ik ben benieuwd wat er in je omging toen je schreef",
        ],
    )
    reply = replies[-1]
    assert reply.turn.aspect == "feeling" and reply.line.kind == "answer", reply.line.key
    assert "coach_self_disclosure" not in reply.line.moves
    assert reply.state.memory["wary"] == 0
    assert reply.state.openness > replies[0].state.openness


@pytest.mark.parametrize(
    "slug,judgement",
    [
        ("client-c", "klinkt alsof jij ook wel erg streng bent eigenlijk"),
        ("client-a", "tja, minkukels is wel een beetje kinderachtig eigenlijk"),
    ],
)
def test_an_apology_that_insists_is_the_judgement_again(slug, judgement):
    first, again = play(
        slug, [judgement, "nou ja, ik bedoel het niet vervelend hoor. maar is dat zo?"], openness=6
    )
    assert again.kind == "react" and again.move.code == first.move.code == "interpretation"
    assert again.state.openness < first.state.openness


# -- a judgement met as siding, siding missed -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "tja, minkukels is wel een beetje kinderachtig eigenlijk",
        "klinkt alsof jij ook wel erg streng bent eigenlijk",
        "je bent nogal van de harde lijn he",
        "ge hebt een kort lontje he",
    ],
)
def test_a_judgement_of_him_in_a_statement(text):
    assert move(text) in ("interpretation", "telling_feelings"), text


@pytest.mark.parametrize(
    "text", ["dus je had gelijk eigenlijk", "nou dat is toch prima, daar is niks mis mee"]
)
def test_siding_in_more_forms(text):
    assert move(text) == "amplifying", text


def test_a_feeling_told_him_is_no_agreement_with_his_conviction():
    reply = last("client-c", ["ik denk dat je eigenlijk bang bent om zelf zwak over te komen"])
    assert reply.move.code == "telling_feelings" and "amplifying" not in reply.line.moves


def test_a_blunt_judgement_is_not_called_beating_about_the_bush():
    texts = {
        last("client-c", ["je bent nogal van de harde lijn he"] * n, openness=5).text
        for n in (1, 2, 3)
    }
    assert not any("eromheen" in t for t in texts), texts
    hedged = play("client-c", ["misschien ben je gewoon nogal streng, ergens"] * 3)
    assert any("hedged" in r.line.moves for r in hedged)


def test_advice_in_a_statement_with_or():
    assert move("of je stuurt haar op een training assertiviteit") == "advice"


def test_whether_he_tried_is_a_closed_question_not_advice():
    assert move("heb je dat al eens geprobeerd?") == "closed_question"
    assert move("Heb je al eens geprobeerd om het haar te vragen?") == "advice"


def test_his_own_words_said_back_are_no_dismissing():
    assert move("en toen zei je niet zeuren. hoe reageerde die medewerker?") != "dismissing"


def test_his_plan_given_back_before_a_question_is_no_feeling_told():
    text = (
        "Je wilt ze in het gesprek vragen waarom je niet gekozen bent. Wat hoop je dat er gebeurt?"
    )
    assert sc.classify(analyse(text, "coach")).kind == sc.MENTALIZING


def test_his_own_feeling_word_given_back_is_taken_in():
    replies = play("patient-a", ["hoe voel je je als dat gebeurt", "ja frustrerend, snap ik"])
    assert "frustr" in replies[0].text.lower()
    assert "acknowledge" in replies[-1].line.moves, replies[-1].text


# -- lines in his voice where an aspect had none --------------------------------------------------


@pytest.mark.parametrize(
    "slug,turns,key",
    [
        (
            "client-a",
            ["wat zou er voor jou veranderen als ze eens op je vestiging komen kijken?"],
            "a-whatif-visit",
        ),
        ("client-a", ["wat zou er gebeuren als je het ze betaald zet?"], "a-whatif-revenge"),
        ("client-b", ["Wat bedoel je met 'te snel gaan'?"], "b-meaning-snel"),
        (
            "client-c",
            ["Kun je je een moment herinneren dat jij zelf niet meteen wist wat je vond?"],
            "c-moment-doubt",
        ),
        (
            "patient-a",
            ["Ze vragen je dus alsnog, als tweede keus. Hoe was het om dat te horen?"],
            "pa-feeling-second",
        ),
        (
            "patient-a",
            ["Je hebt daar gesolliciteerd. Wat maakte dat je die baan wilde?"],
            "pa-motive-job",
        ),
    ],
)
def test_new_lines_answer_their_question(slug, turns, key):
    reply = last(slug, turns, openness=6)
    assert reply.line.key == key, (reply.line.key, reply.text)


def test_a_what_if_line_never_answers_another_question():
    for slug in ALL:
        for text in ("voelt ge u nu een beetje aangevallen door mij?", "Hoe voel je je nu?"):
            reply = last(slug, [text], openness=4)
            assert "what_if" not in reply.line.moves, (slug, text, reply.text)


def test_new_kept_lines_are_checked_by_the_script_check():
    for script in SCRIPTS.values():
        assert script.problems() == []


# -- people in general, and a pronoun for the person named last ------------------------------------


@pytest.mark.parametrize(
    "slug,text",
    [
        ("client-c", "hoe reageren de mensen om je heen, denkt ge, als gij altijd een visie hebt?"),
        ("patient-a", "En die ander, die gewoon doorloopt, wat denk je dat die ziet?"),
    ],
)
def test_people_in_general_are_not_the_cases_main_other(slug, text):
    reply = last(slug, [text], openness=6)
    main = reply.turn.main_person
    assert reply.turn.people and reply.turn.whose == "other", reply.turn.describe()
    assert main not in reply.line.persons, (reply.line.key, reply.text)


@pytest.mark.parametrize("slug", ALL)
def test_lines_about_people_in_general_only_answer_that(slug):
    for text in ("je zou er ook anders tegenaan kunnen kijken", "Hoe zou zij het zien?"):
        reply = last(slug, [text], openness=6)
        assert "people" not in reply.line.moves, (text, reply.text)


def test_a_pronoun_points_at_the_person_named_last():
    replies = play(
        "patient-a",
        [
            "Die werkgever belt je dus alsnog. Wat wil je ze in het gesprek vragen?",
            "En wat denk je dat er bij hen gebeurt, als je daarmee begint?",
        ],
        openness=6,
    )
    reply = replies[-1]
    assert reply.turn.persons == ("werkgever",), reply.turn.persons
    assert "baas" not in reply.line.persons and "baas" not in reply.text, reply.text


def test_without_a_pronoun_nobody_is_carried_over():
    replies = play(
        "patient-a",
        ["Die werkgever belt je dus alsnog.", "Hoe voel je je daar nu bij?"],
        openness=6,
    )
    assert replies[-1].turn.persons == ()


# -- more of a neighbouring question ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["Geldt dat altijd zo, of soms niet?", "Is dat altijd zo?"])
@pytest.mark.parametrize("slug", ["client-b", "client-c"])
def test_a_closed_exception_question_gets_the_exception_not_how_often(slug, text):
    reply = last(slug, [text], openness=5)
    assert reply.turn.exception and "exception" in reply.line.moves, (reply.line.key, reply.text)


@pytest.mark.parametrize("slug", ALL)
def test_what_would_help_him_here_gets_a_line_kept_for_it(slug):
    reply = last(slug, ["Wat zou je helpen om hier wat meer te kunnen zeggen?"], openness=5)
    assert reply.turn.here_kind == "need" and "here_need" in reply.line.moves, reply.text


def test_a_question_after_a_checked_feeling_is_answered_after_the_confirmation():
    reply = last("client-b", ["Je klinkt wat geïrriteerd, klopt dat? Wat maakt dat?"], openness=5)
    checks = [c.text.split(". ")[0] for c in SCRIPTS["client-b"].lines if "check" in c.moves]
    start = next((c for c in checks if reply.text.startswith(c)), None)
    assert start and len(reply.text) > len(start) + 10, reply.text
    assert coach_turn.asks_after_check("Klopt dat? Wat maakt dat?")
    assert not coach_turn.asks_after_check("Wat maakt dat? Klopt dat?")


def test_asked_his_own_view_he_gives_no_deflection_about_her():
    for openness in (4, 9):
        reply = last(
            "client-c",
            ["Zou het kunnen dat bedachtzaam zijn ook professioneel is?"],
            openness=openness,
        )
        assert "manager" not in reply.line.persons, (reply.line.key, reply.text)


def test_naming_a_time_it_went_so_is_an_invitation():
    reply = last("patient-a", ["kun je een keer noemen dat het zo ging?"], openness=3)
    assert reply.move.code == "request" and reply.text not in ("Ja.", "Nee."), reply.text


def test_a_what_if_against_his_rule_at_low_trust_keeps_to_his_rule():
    reply = last(
        "client-c", ["wat zou er gebeuren als je eens zei: daar moet ik over nadenken?"], openness=3
    )
    assert "what_if" in reply.line.moves and "niks gebeuren" not in reply.text, reply.text


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text,first",
    [
        ("Vind je zelf dat je het netjes hebt gebracht?", ("Ja",)),
        ("vind je zelf dat het netjes was, dat je dat zo zei", ("Ja",)),
        ("Vind je zelf dat het te ver ging?", ("Nee",)),
        ("Vind je zelf dat het niet netjes was?", ("Nee",)),
    ],
)
def test_his_judgement_of_himself_keeps_the_polarity_of_the_question(slug, text, first):
    reply = last(slug, [text], openness=3)
    assert "self_judgement" in reply.line.moves and reply.text.startswith(first), reply.text


def test_no_answer_line_opens_as_if_it_went_on_from_another():
    for script in SCRIPTS.values():
        for line in script.of_kind("answer"):
            assert not line.text.startswith(("En ", "Maar ")), line.key


def test_a_checked_summary_of_his_pattern_naming_others_is_about_him():
    text = (
        "even checken of ik je goed snap: resultaat geeft je een kick, emoties van anderen "
        "maken je onrustig, en dan kies je voor de taak. klopt dat of mis ik iets?"
    )
    reply = last("client-b", [text], openness=6)
    assert reply.turn.check and reply.turn.whose == "client", reply.turn.describe()
    checks = [c.text.split(". ")[0] for c in SCRIPTS["client-b"].lines if "check" in c.moves]
    assert any(reply.text.startswith(c) for c in checks), reply.text


@pytest.mark.parametrize("slug", ALL)
def test_a_confirmation_and_the_line_after_it_do_not_both_say_hm(slug):
    text = "Samengevat: je vindt dat het anders moet, en dat zit je dwars. Klopt dat?"
    for openness in range(3, 11):
        reply = last(slug, [text], openness=openness)
        assert "Hm. Hm." not in reply.text and "Hm. … Hm." not in reply.text, reply.text
