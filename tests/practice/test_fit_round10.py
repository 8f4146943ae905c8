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


# -- an apology that is none, and a second "sorry" -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Als ik jou was, zou ik gewoon mijn excuses aanbieden aan haar.",
        "als ik u was zou ik sorry zeggen tegen die medewerker",
        "Sorry dat ik je even onderbreek: wat gebeurde er daarna?",
        "sorry da ik u stoor, mag ik even terug naar da moment",
    ],
)
def test_advising_an_apology_or_excusing_an_interruption_is_no_repair(text):
    assert not coach_turn.apologises(text), text


@pytest.mark.parametrize(
    "text", ["Sorry, dat was kort door de bocht van mij.", "mijn excuses, da was nie netjes"]
)
def test_taking_back_what_he_said_is_still_a_repair(text):
    assert coach_turn.apologises(text), text


@pytest.mark.parametrize("slug", ALL)
def test_advice_to_apologise_gets_a_reaction_to_advice(slug):
    reply = last(slug, ["Als ik jou was, zou ik gewoon mijn excuses aanbieden."])
    assert reply.kind == "react" and reply.move.code == "advice", (reply.kind, reply.text)


@pytest.mark.parametrize("slug", ALL)
def test_an_interruption_excused_is_answered_as_the_rewind_it_asks(slug):
    reply = last(slug, ["sorry dat ik je onderbreek, mag ik even terug naar het begin"])
    assert "apology" not in reply.line.moves, reply.line.key


@pytest.mark.parametrize("slug", ALL)
def test_a_second_sorry_gets_his_word_again_not_already_told(slug):
    turns = [
        "Je bent gewoon koppig.",
        "Sorry, dat was kort door de bocht.",
        "Je overdrijft.",
        "Oké, dat kwam hard aan. Sorry.",
    ]
    reply = last(slug, turns)
    assert "apology" in reply.line.moves, reply.line.key
    assert reply.text not in [str(t) for t in sc.SAID_ALL], reply.text


# -- advice as a question, about being here, about how to take it --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vind je niet dat je haar wat meer ruimte moet geven?",
        "vindt ge nie da ge beter eerst uw excuses kunt aanbieden",
        "Denk je niet dat je hem beter even kunt bellen?",
    ],
)
def test_should_you_not_is_advice(text):
    assert move(text) == "advice", text


def test_do_you_not_think_you_were_right_is_no_advice():
    assert move("Vind je niet dat je daar gelijk in had?") != "advice"


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    ["Je moet wel meewerken, anders heeft dit geen zin.", "ge moet hier wel open over zijn he"],
)
def test_advice_about_taking_part_here_gets_a_reaction_about_being_here(slug, text):
    reply = last(slug, [text])
    assert reply.kind == "react" and "here" in reply.line.moves, (reply.line.key, reply.text)


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    ["Je moet het gewoon als een kans zien.", "ge moet da nie zo persoonlijk nemen"],
)
def test_advice_on_how_to_take_it_gets_no_already_tried(slug, text):
    reply = last(slug, [text])
    assert reply.kind == "react", reply.kind
    words = coach_turn.normalise(reply.text)
    assert "geprobeerd" not in words and "tijd" not in words, reply.text


@pytest.mark.parametrize("slug", ALL)
def test_advice_on_an_act_keeps_its_own_reactions(slug):
    reply = last(slug, ["Je moet gewoon eens met haar gaan praten."])
    assert not {"here", "attitude"} & set(reply.line.moves), reply.line.key


# -- a lecture is a judgement from outside: a reaction, and trust drops ---------------------------

LECTURES = [
    "Weet je, in de literatuur heet dat zwart-witdenken.",
    "in de theorie noemen ze da een observerend ik, en da mist ge nu",
    "Uit onderzoek weten we dat mensen met weinig zelfreflectie zo reageren.",
]


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("text", LECTURES)
def test_a_lecture_gets_a_reaction_to_being_lectured_and_costs_trust(slug, text):
    replies = play(slug, [text], openness=5)
    reply = replies[-1]
    assert reply.kind == "react" and "lecture" in reply.line.moves, (reply.kind, reply.text)
    assert reply.state.openness < 5


@pytest.mark.parametrize(
    "text",
    [
        "Hoe heet dat overleg bij jullie eigenlijk?",
        "Wat zegt de theorie uit je training daarover, denk je?",
    ],
)
def test_an_open_question_about_theory_or_names_is_no_lecture(text):
    assert not coach_turn.lectures(text), text


@pytest.mark.parametrize("slug", ALL)
def test_another_judgement_gets_no_lecture_line(slug):
    reply = last(slug, ["Je bent gewoon erg koppig."])
    assert "lecture" not in reply.line.moves, reply.line.key


@pytest.mark.parametrize("slug", ALL)
def test_a_blunt_verdict_on_what_he_did_is_a_judgement(slug):
    reply = last(
        slug, ["Eerlijk gezegd: zoiets zeggen kan natuurlijk niet, dat snap je zelf ook wel."]
    )
    assert reply.move.code == "interpretation" and reply.kind == "react", reply.reason


# -- "Net zei je nog …" only about the same subject -----------------------------------------------


@pytest.mark.parametrize("slug", ALL)
def test_no_refer_back_to_advice_about_something_else(slug):
    turns = ["Je moet het gewoon als een kans zien.", "Schrijf een nette mail en nodig ze uit."]
    reply = last(slug, turns)
    assert reply.kind == "react" and "Net zei je nog" not in reply.text, reply.text


def test_a_refer_back_to_advice_on_the_same_subject():
    turns = [
        "Je moet gewoon eens met de directie gaan praten.",
        "Je moet echt met de directie gaan praten, hoor.",
    ]
    reply = last("client-a", turns)
    assert reply.text.startswith("Net zei je nog"), reply.text


# -- the words that were said: asked what someone said, he gives the words ------------------------

OTHER_WORDS = {
    "client-a": "Wat zeiden ze precies, toen ze je dat vertelden?",
    "client-b": "wat zei die medewerker juist, weet ge da nog",
    "client-c": "Wat zei ze letterlijk, in dat gesprek?",
    "patient-a": "Wat zei je baas precies?",
}
OWN_WORDS = {
    "client-a": "En wat heb jij toen tegen de regiodirecteur gezegd?",
    "client-b": "wat zei gij dan juist tegen hem",
    "client-c": "Wat zei je toen precies tegen haar?",
    "patient-a": "Wat zei je zelf, op dat moment?",
}


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("openness", [2, 6])
def test_asked_what_the_other_said_he_gives_their_words(slug, openness):
    reply = last(slug, [OTHER_WORDS[slug]], openness=openness)
    assert "words" in reply.line.moves and "self" not in reply.line.persons, reply.text


@pytest.mark.parametrize("slug", ALL)
def test_asked_what_he_said_himself_he_gives_his_own_words(slug):
    reply = last(slug, [OWN_WORDS[slug]], openness=5)
    assert "words" in reply.line.moves and "self" in reply.line.persons, reply.text


@pytest.mark.parametrize(
    "text", ["Wat zegt dat over jou?", "Wat zeggen ze thuis over je werk?", "Hoe voelde dat?"]
)
def test_what_it_says_or_another_question_is_no_question_about_the_words(text):
    reply = last("client-b", [text], openness=5)
    if "zeggen ze thuis" not in text:
        assert reply.turn.words == ""
    assert "words" not in reply.line.moves, reply.line.key


def test_his_colleague_is_no_you():
    assert (
        coach_turn.understand(
            "Wat zei je medewerker toen letterlijk?", (), SCRIPTS["client-b"].topics
        ).words
        == "other"
    )


# -- "die onrust voor jou" is his own feeling ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Hoe voelt die onrust voor jou?", "hoe voelt die spanning voor u", "Hoe was die dag voor je?"],
)
def test_a_demonstrative_before_his_own_feeling_points_at_no_one(text):
    turn = coach_turn.understand(text, (), SCRIPTS["client-b"].topics)
    assert turn.whose == "client", turn.describe()


def test_for_him_is_still_the_others_experience():
    turn = coach_turn.understand("Hoe voelde dat voor hem?", (), SCRIPTS["client-b"].topics)
    assert turn.whose == "other"


# -- staying with a moment, also when he is asked leave: back to that moment ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je bent alweer bij het managementoverleg. Mag ik nog even bij dat eerste gesprek blijven?",
        "wacht, ge zijt weer aan het vertellen over het overleg. "
        "kunnen we even terug naar da gesprek met haar",
    ],
)
def test_staying_with_the_first_talk_gets_that_talk_not_the_meeting(text):
    reply = last("client-c", [text], openness=5)
    assert reply.move.code == "stop_and_rewind", reply.reason
    assert "gesprek" in reply.line.topics and "overleg" not in reply.line.topics, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "wacht even, kunnen we nog even blijven bij dat moment met je medewerker?",
        "ik wil nog even bij dat moment blijven, mag dat",
    ],
)
def test_asking_leave_to_stay_with_a_moment_gets_the_moment(text):
    reply = last("client-b", [text], openness=5)
    assert reply.kind == "answer" and "moment" in reply.line.aspects, (reply.kind, reply.text)


def test_a_closed_question_about_the_meeting_is_no_rewind():
    reply = last("client-c", ["Was je collega ook bij het overleg?"], openness=5)
    assert reply.move.code != "stop_and_rewind"


# -- how it is to say this here, or to get the coach's question ----------------------------------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Hoe is het om dat hier hardop te zeggen?",
        "Hoe was het voor je om die vraag van mij te krijgen?",
        "hoe voelt da, da ik da vraag. is da ongemakkelijk of valt da mee",
    ],
)
@pytest.mark.parametrize("openness", [2, 8])
def test_asked_how_saying_it_here_is_he_answers_about_here(slug, text, openness):
    reply = last(slug, [text], openness=openness)
    assert "here_saying" in reply.line.moves, (reply.line.key, reply.text)
    assert reply.line.min_openness <= openness <= reply.line.max_openness


def test_an_option_that_it_is_not_so_bad_is_no_dismissing():
    assert move("Is dat ongemakkelijk voor je, of valt dat mee?") != "dismissing"
    assert move("Ach, dat valt toch wel mee.") == "dismissing"


@pytest.mark.parametrize("slug", ALL)
def test_what_he_needs_from_the_coach_here(slug):
    reply = last(slug, ["Wat zou je van mij nodig hebben om hier wat vrijer te praten?"])
    assert "here_need" in reply.line.moves, reply.line.key


def test_what_the_other_needed_is_no_question_about_here():
    reply = last(
        "client-b", ["Wat zou die medewerker van jou nodig hebben gehad, denk je?"], openness=8
    )
    assert "here_need" not in reply.line.moves, reply.line.key


# -- what he would most like to do: his impulse, not a wish about others nor the body -------------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Als die boosheid opkomt, wat zou je dan het liefst doen?",
        "en toen ge da voelde, wat wou ge toen het liefst doen",
        "Wat had je op dat moment willen doen?",
    ],
)
def test_asked_what_he_felt_like_doing_he_tells_his_impulse(slug, text):
    reply = last(slug, [text], openness=6)
    assert "urge" in reply.line.moves, (reply.line.key, reply.text)


@pytest.mark.parametrize("slug", ALL)
def test_a_wish_about_the_others_is_no_impulse(slug):
    reply = last(slug, ["Wat zou je willen dat zij anders deden?"], openness=6)
    assert "urge" not in reply.line.moves, reply.line.key


def test_staying_with_a_feeling_is_no_rewind_to_a_moment():
    assert not coach_turn.stays("kunnen we nog even blijven bij dat gevoel van niet gezien worden")


# -- which moment is asked, whatever feeling frames it -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "altijd opzij gaan, da klinkt vermoeiend. wanneer merkt ge da het meest",
        "Dat lijkt me naar. Op welk moment voelde je dat het sterkst?",
        "en welk moment was het ergst voor je",
    ],
)
def test_which_moment_after_a_validation_asks_the_moment(text):
    turn = coach_turn.understand(text, ("empathic_validation",), SCRIPTS["patient-a"].topics)
    assert turn.aspect == "moment", turn.describe()


def test_what_he_felt_at_that_moment_still_asks_the_feeling():
    turn = coach_turn.understand("Wat voelde je op dat moment?", (), SCRIPTS["patient-a"].topics)
    assert turn.aspect == "feeling"


# -- what lies under a feeling he named, also in a closed form -----------------------------------

BENEATH = {
    "client-a": "kwaad zegt ge. was da alleen kwaad of zat er nog iets anders onder",
    "client-b": "Ongeduldig zeg je. Zit daar nog iets onder?",
    "client-c": "Geïrriteerd, zeg je. Zat er onder die irritatie nog iets anders?",
    "patient-a": "Frustrerend, zeg je. Zit er onder die frustratie nog iets anders?",
}


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("openness", [2, 8])
def test_asked_what_lies_under_it_he_never_just_repeats_the_feeling(slug, openness):
    reply = last(slug, [BENEATH[slug]], openness=openness)
    turn = reply.turn
    assert turn.beneath and reply.kind in ("answer", "deflect"), (reply.kind, reply.text)
    felt = {t for t in reply.line.topics if t.startswith("gevoel-")}
    assert not (felt and felt <= set(turn.feelings)), reply.text
    if openness <= 2:
        assert "beneath" in reply.line.moves or reply.kind == "answer", reply.text


@pytest.mark.parametrize("slug", ALL)
def test_the_beneath_deflection_answers_nothing_else(slug):
    reply = last(slug, ["Hoe voelde je je toen?"], openness=1)
    assert "beneath" not in reply.line.moves, reply.line.key


# -- what he wishes others would see in him -----------------------------------------------------

SEEN = {
    "client-a": "wa zou ge willen dat ze zien als ze eens kwamen kijken op uw vestiging",
    "client-b": "Wat zou je willen dat je team van je ziet?",
    "client-c": "Wat zou je willen dat de anderen in het overleg van jou zien?",
    "patient-a": "ik kom nog even terug op uw werk. wat zoudt ge willen dat uw baas van u ziet",
}


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("openness", [1, 8])
def test_asked_what_he_wants_them_to_see_he_says_it(slug, openness):
    reply = last(slug, [SEEN[slug]], openness=openness)
    assert "seen" in reply.line.moves, (reply.line.key, reply.text)


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Wat denk je dat zij van jou denken?",
        "Zou er een andere reden kunnen zijn waarom ze zo reageerden?",
        "Hoe zou het voor hen zijn om dat te horen?",
    ],
)
def test_another_view_never_gets_what_he_wants_them_to_see(slug, text):
    reply = last(slug, [text], openness=8)
    assert "seen" not in reply.line.moves, reply.line.key


# -- what makes it hard, what stops him: his own hindrance ---------------------------------------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "wat maakt het zo moeilijk om te wachten",
        "Wat houdt je tegen, als je het eigenlijk al weet?",
        "hoe is da, iets al lang weten en het dan toch nie kunnen doen",
    ],
)
@pytest.mark.parametrize("openness", [2, 8])
def test_asked_what_stops_him_he_names_his_hindrance(slug, text, openness):
    reply = last(slug, [text], openness=openness)
    assert "obstacle" in reply.line.moves, (reply.line.key, reply.text)
    assert reply.line.min_openness <= openness <= reply.line.max_openness


@pytest.mark.parametrize("slug", ALL)
def test_why_he_did_it_gets_no_hindrance_line(slug):
    reply = last(slug, ["Waarom zei je dat toen?"], openness=6)
    assert "obstacle" not in reply.line.moves, reply.line.key


# -- what brings him to talk about it now: why he is here ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wat maakt dat je er nu toch met een coach over wilt praten?",
        "Wat brengt je ertoe om er nu juist over te willen praten?",
    ],
)
def test_what_brings_him_to_the_coaching_is_his_reason_for_being_here(text):
    reply = last("client-b", [text], openness=5)
    assert "here_reason" in reply.line.moves, (reply.line.key, reply.text)


# -- a closed question: the act asked is in the question, not in his words given back -------------


def test_his_words_given_back_before_a_closed_question_are_no_act_asked():
    text = "Eerder zei je dat een manager een visie moet hebben. Kan iemand dat en toch nadenken?"
    reply = last("client-c", [text], openness=8)
    assert "gezegd" not in coach_turn.normalise(reply.text), reply.text


def test_asked_whether_he_ever_doubted_himself_he_tells_his_doubt():
    reply = last("client-c", ["hebt ge zelf al eens getwijfeld in een vergadering"], openness=7)
    assert "twijfel" in reply.line.topics, (reply.line.key, reply.text)


def test_a_presence_line_only_answers_who_was_there():
    reply = last("client-c", ["Was je collega ook bij het overleg?"], openness=7)
    assert reply.line.key != "c-s-6" or "feit-aanwezig" in reply.turn.topics, reply.text
    other = last("client-c", ["Ging het in het overleg over de campagne?"], openness=7)
    assert other.line.key != "c-s-6", other.text


@pytest.mark.parametrize("slug", ALL)
def test_what_he_did_then_is_his_own_part(slug):
    turn = coach_turn.understand("En wat heb je toen gedaan?", (), SCRIPTS[slug].topics)
    assert turn.aspect == "own_part", turn.describe()


# -- asked what went through him right after he named a feeling: not that feeling again ----------


def test_what_went_through_him_is_not_the_feeling_he_just_said():
    replies = play(
        "client-b",
        ["Ongeduldig, zeg je.", "Wat ging er door je heen toen je medewerker begon te twijfelen?"],
        openness=5,
    )
    just = set(coach_turn.feelings_named(replies[0].text))
    felt = {t for t in replies[1].line.topics if t.startswith("gevoel-")}
    assert not (felt and felt <= just), replies[1].text


def test_asked_the_feeling_again_in_one_word_he_may_say_it_again():
    replies = play("client-a", ["Wat voelde je toen?", "En in één woord, wat voel je?"], openness=3)
    assert replies[1].kind in ("answer", "deflect"), replies[1].kind


# -- taking the other's place is the other's view ---------------------------------------------


def test_in_his_shoes_is_the_others_view():
    text = "Als je in de schoenen van die medewerker staat: wat zou jij dan voelen?"
    turn = coach_turn.understand(text, (), SCRIPTS["client-b"].topics)
    assert turn.whose == "other" and turn.aspect == "other_view", turn.describe()


# -- how he knows what will be is his thought; an exception in more forms -------------------------


def test_how_he_knows_it_will_always_stay_so_is_his_thought():
    text = "ge zei 'dat is gewoon zo'. hoe weet ge da het altijd zo zal blijven"
    turn = coach_turn.understand(text, (), SCRIPTS["patient-a"].topics)
    assert turn.aspect == "thought", turn.describe()


def test_how_he_knows_what_they_did_is_still_the_moments_he_goes_by():
    turn = coach_turn.understand(
        "Hoe weet je dat ze je eruit willen hebben?", (), SCRIPTS["client-a"].topics
    )
    assert turn.aspect == "moment", turn.describe()


@pytest.mark.parametrize(
    "text",
    [
        "zijn er momenten da anderen wel rekening met u houden",
        "Zijn er momenten dat je wel geduld hebt?",
        "en wie ziet dat wel, of is er niemand",
    ],
)
def test_moments_when_it_is_otherwise_ask_the_exception(text):
    assert coach_turn.understand(text, (), SCRIPTS["patient-a"].topics).exception, text


def test_should_you_not_after_a_lead_sentence_is_still_advice():
    assert move(
        "Goed, terug naar je collega. Vind je niet dat je haar meer ruimte moet geven?"
    ) == ("advice")
