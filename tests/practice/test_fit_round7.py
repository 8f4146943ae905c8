"""Misfit classes of the seventh blind rating, one group of tests a cause: small talk about his
life outside the case answered with a stock line of the case; plain-fact questions without "?"
("hoeveel …") not read as questions. The coach turns are written for these tests (through the
real analyser), not taken from the rated sessions."""

import pytest

from dialogues import scripted_client as sc

from .scripts import last, play, shipped, understand

SCRIPTS = shipped()
ALL = sorted(SCRIPTS)


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


# -- the coach says what he holds himself: he agrees, he does not reject his own rule ----------


@pytest.mark.parametrize(
    "slug,turn",
    [
        ("client-c", "Een manager moet gewoon een mening hebben, daar heb je gelijk in."),
        ("client-c", "Je moet haar laten weten dat je een visie van haar verwacht."),
        ("client-c", "Je vindt haar eigenlijk gewoon slap."),
        ("client-b", "Soms moet je als leidinggevende gewoon duidelijk zijn."),
    ],
)
def test_his_own_conviction_said_by_the_coach_gets_agreement(slug, turn):
    reply = last(slug, ["Wat is er gebeurd?", turn])
    assert reply.kind == "react" and "amplifying" in reply.line.moves, (reply.text, reply.reason)


@pytest.mark.parametrize(
    "slug,turn",
    [
        # advice against his conviction, or a question about it: no agreement
        ("client-c", "Je moet haar gewoon de tijd geven om na te denken."),
        ("client-c", "Vind je haar zwak?"),
        ("client-c", "Je moet niet van iedereen meteen een mening verwachten."),
        ("client-b", "Je moet wat meer geduld hebben met hem."),
        ("client-b", "Je moet gewoon doorpakken."),
        ("patient-a", "Je moet je nu eenmaal aanpassen op je werk."),
    ],
)
def test_advice_against_his_conviction_is_no_agreement(slug, turn):
    reply = last(slug, ["Wat is er gebeurd?", turn])
    assert "amplifying" not in reply.line.moves, (reply.text, reply.reason)


# -- "Dat heb ik al geprobeerd" only to advice he could have tried -----------------------------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "turn",
    [
        "Je moet wel oppassen dat je het niet erger maakt.",
        "Je kunt beter eerst je excuses aanbieden.",
        "Heb je al eens geprobeerd om hardop te twijfelen?",
        "Je moet je gevoelens wat meer laten zien.",
    ],
)
def test_no_already_tried_to_a_warning_or_giving_way(slug, turn):
    for reply in play(slug, ["Wat is er gebeurd?", turn, turn.replace("Je", "Jij", 1)]):
        assert "geprobeerd" not in reply.line.text, (turn, reply.text)


# -- "Net zei je nog": only after the same move, quoting what bore it --------------------------


@pytest.mark.parametrize("slug", ALL)
def test_no_refer_back_reaction_to_a_first_judgement(slug):
    for turn in ["Je moet gewoon eens met ze gaan praten.", "Dus je voelt je gewoon gekwetst."]:
        reply = last(slug, ["Wat is er gebeurd?", turn])
        assert not reply.text.startswith("Net zei je nog"), (turn, reply.text)


def test_the_quote_is_the_sentence_of_the_move_never_a_nod():
    replies = play(
        "client-a",
        [
            "Oké. Hm. Je moet gewoon eens met die directie gaan praten.",
            "Waar merk je aan dat ze je onderuit willen halen?",
            "Je zou ze eens moeten uitnodigen op je vestiging.",
        ],
    )
    assert "‘Oké’" not in replies[-1].text and "‘Hm’" not in replies[-1].text
    if replies[-1].text.startswith("Net zei je nog"):
        assert "praten" in replies[-1].text, replies[-1].text


def test_his_own_words_given_back_are_no_advice():
    from dialogues.analysis import analyse

    script = SCRIPTS["client-a"]
    state = sc.start_state(script)
    opening = "Ik voldoe niet aan hun manier van werken en daarom moet ik gecoacht worden."
    for text, react in [
        ("Oké. Je moet gecoacht worden. Hoe kijk je daar zelf tegenaan?", False),
        ("Je moet gewoon eens met de directie gaan praten.", True),
    ]:
        reply = sc.respond(script, state, analyse(text, "coach"), (opening,))
        assert (reply.kind == "react") is react, reply.text


@pytest.mark.parametrize(
    "slug,turn",
    [
        ("client-b", "Je zei 'niet zeuren, gewoon doen'."),
        ("client-b", "Niet zeuren, zeg je dan."),
        ("client-c", "Je zegt dat een manager een visie moet hebben."),
    ],
)
def test_his_conviction_given_back_is_no_siding(slug, turn):
    reply = last(slug, ["Wat is er gebeurd?", turn])
    assert "amplifying" not in reply.line.moves, (reply.text, reply.reason)


# -- reassurance ("maak je geen zorgen, dat komt vanzelf goed") is making light of it ------------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "turn",
    [
        "Maak je geen zorgen, dat komt allemaal vanzelf goed.",
        "Het komt heus goed, echt.",
        "Wees blij dat je nog werk hebt.",
    ],
)
def test_reassurance_is_dismissing(slug, turn):
    reply = last(slug, ["Wat is er gebeurd?", turn])
    assert reply.move.code == "dismissing" and reply.kind == "react", (reply.text, reply.reason)


@pytest.mark.parametrize(
    "turn", ["Maak je je daar zorgen over?", "Ben je blij met die uitnodiging?"]
)
def test_a_question_about_worry_or_joy_is_no_reassurance(turn):
    reply = last("patient-a", ["Wat is er gebeurd?", turn])
    assert reply.move.code != "dismissing", (reply.text, reply.reason)


# -- the here and now: "terwijl ik je dit vraag", the coach's own intent -------------------------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "turn",
    [
        "Wat gebeurt er bij jou, terwijl ik je dit vraag?",
        "Heb ik de bedoeling om jou iets aan te wrijven, denk je?",
    ],
)
def test_here_and_now_forms(slug, turn):
    assert understand(slug, turn).aspect == "here_now"


def test_what_happened_then_is_no_here_and_now():
    assert understand("client-a", "Wat gebeurde er toen je dat briefje schreef?").aspect != (
        "here_now"
    )


# -- what the coach notices before an open question is no feeling told to him -------------------


@pytest.mark.parametrize("slug", ALL)
def test_an_observation_before_a_question_is_no_telling(slug):
    reply = last(
        slug, ["Ik merk dat je vrij stil bent. Hoe is het voor je om hier met mij te zitten?"]
    )
    assert reply.move.code != "telling_feelings" and reply.kind != "react", reply.text


@pytest.mark.parametrize("slug", ALL)
def test_feelings_told_without_a_question_stay_telling(slug):
    reply = last(slug, ["Wat is er gebeurd?", "Je bent gewoon boos, dat zie ik zo."])
    assert reply.kind == "react" or reply.move.code == "telling_feelings", reply.text


# -- Cliënt C: the meeting asked is the meeting, and he wants to talk about it ---------------------


@pytest.mark.parametrize(
    "turn",
    ["Wat gebeurde er daarna in het managementoverleg?", "En hoe ging dat overleg toen?"],
)
def test_client_c_tells_about_the_meeting_when_it_is_asked(turn):
    reply = last("client-c", [turn], style="reserved")
    assert reply.kind == "answer" and "overleg" in reply.line.topics, reply.text


def test_outrage_on_his_behalf_is_siding():
    reply = last("client-a", ["Dat is echt ongehoord, zo ga je toch niet met een directeur om!"])
    assert reply.move.code == "amplifying", (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ["client-a", "client-b"])
def test_taking_back_what_he_did_was_not_tried(slug):
    turn = "Je moet dat echt terugnemen, anders wordt het niks."
    for reply in play(slug, ["Wat is er gebeurd?", turn, "Nee serieus, " + turn.lower()]):
        assert "geprobeerd" not in reply.line.text, reply.text
