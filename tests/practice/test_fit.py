"""Replies that fit the kind of question or move, by the misfit kinds a blind rating found:
the aspect asked dominates, closed questions get a short answer on that topic, the coach's
closing words are acknowledged, no line is said twice in a session, siding gets agreement,
the wife's mind gets a line about the wife, "Net zei je nog" quotes the coach. The coach turns
here are written for these tests (through the real analyser)."""

import pytest

from dialogues import scripted_client as sc

from .scripts import last, play, shipped

SCRIPTS = shipped()


@pytest.mark.parametrize(
    "slug,turns,word",
    [
        ("client-b", ["Je noemde jezelf taakgericht, wat houdt dat voor jou in"], "Taakgericht"),
        ("client-b", ["wat versta je onder emoties"], "Emoties"),
        ("client-a", ["Wat bedoel je met niet door de beugel?"], "beugel"),
        ("patient-a", ["Wat betekent tweede keus voor jou?"], "Tweede keus"),
    ],
)
def test_the_meaning_of_his_word_beats_his_own_part(slug, turns, word):
    reply = last(slug, turns, openness=4)
    assert reply.turn.aspect == "meaning"
    assert word in reply.text, reply.reason


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
@pytest.mark.parametrize(
    "question",
    ["Was dat de enige keer dat je dat zei?", "Gebeurt dat vaker", "Was dat de eerste keer?"],
)
def test_how_often_gets_a_short_answer_about_how_often(slug, question):
    reply = last(slug, ["Wat is er gebeurd?", question])
    assert reply.kind == "short"
    assert "how_often" in reply.line.moves, (reply.line.key, reply.text)


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
@pytest.mark.parametrize(
    "closing",
    [
        "Dank je voor je openheid, laten we het hier bij laten.",
        "Oké, we ronden af. Bedankt voor het gesprek.",
        "Laten we het hierbij laten voor vandaag. Tot volgende week.",
        "ok laten we afronden, dank je",
        "Dank je wel, ik denk dat dit een goed moment is om te stoppen.",
        "Tot zover voor vandaag, dank je.",
    ],
)
def test_the_coachs_closing_words_get_a_closing_line(slug, closing):
    reply = last(slug, ["Wat is er gebeurd?", closing])
    assert reply.kind == "closing"
    band = reply.line
    assert band.min_openness <= reply.state.openness <= band.max_openness


def test_a_thanks_with_a_question_is_no_closing():
    reply = last("client-a", ["Dank je voor je openheid. Wat voelde je toen?"])
    assert reply.kind != "closing"


def test_after_his_goodbye_the_button_gets_a_short_farewell_not_a_second_speech():
    replies = play("client-a", ["Wat is er gebeurd?", "Laten we het hierbij laten."])
    line, _state = sc.closing(SCRIPTS["client-a"], replies[-1].state)
    assert line.text == "Tot ziens."


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
@pytest.mark.parametrize("style", sorted(sc.STYLES))
def test_no_line_or_aside_twice_in_a_session(slug, style):
    turns = [
        "Wat is er gebeurd?",
        "Wat voelde je toen?",
        "Je moet gewoon eens rustig blijven.",
        "Wat dacht je?",
        "Je bent gewoon te fel.",
        "Wat maakte dat je zo reageerde?",
        "Dat valt toch wel mee?",
        "Hoe voelde dat?",
        "Je zou eens moeten luisteren.",
        "Wat zou de ander ervan vinden?",
        "Wat merk je in je lijf?",
        "Hoe is het om dit hier te vertellen?",
        "Wat was jouw aandeel?",
        "Je moet het loslaten.",
        "Wat gebeurde er precies?",
    ]
    replies = play(slug, turns, style=style)
    texts = [r.text for r in replies]
    assert len(texts) == len(set(texts)), texts
    assert not any(t.startswith("Zoals ik al zei") for t in texts), texts
    asides = [a.text for a in SCRIPTS[slug].of_kind("aside")]
    for aside in asides:
        assert sum(aside in t for t in texts) <= 1, aside


@pytest.mark.parametrize(
    "slug,siding",
    [
        ("client-b", "ik heb ook geen geduld voor gezeur haha"),
        ("client-c", "Dat is toch ook gewoon onprofessioneel van haar"),
        ("client-a", "Ik zou ook woedend zijn op die lui."),
        ("patient-a", "Zeg, dat is toch schandalig van die werkgever"),
    ],
)
def test_siding_with_him_gets_agreement(slug, siding):
    reply = last(slug, ["Wat is er gebeurd?", siding])
    assert reply.move.code == "amplifying"
    assert "amplifying" in reply.line.moves


@pytest.mark.parametrize(
    "slug,question,person",
    [
        ("client-a", "Wat vond je vrouw ervan?", "thuis"),
        ("client-b", "wat vond je vrouw daarvan", "thuis"),
        ("client-c", "Wat zou je partner hiervan vinden?", "thuis"),
        ("patient-a", "Hoe reageerde je vrouw?", "vrouw"),
        ("patient-a", "Wat denk je dat je vrouw voelde?", "vrouw"),
    ],
)
@pytest.mark.parametrize("openness", [0, 5])
def test_a_question_about_his_wife_gets_a_line_about_her(slug, question, person, openness):
    reply = last(slug, [question], openness=openness)
    assert person in reply.line.persons, (reply.line.key, reply.text)


def test_refer_back_quotes_the_judgement_that_happened():
    here = "Hoe is het nu voor je, hier met mij?"
    replies = play("client-a", ["Je bent gewoon te driftig.", here])
    assert replies[1].text.startswith("Net zei je nog: ‘Je bent gewoon te driftig’.")
    replies = play("client-a", ["Je bent gewoon te driftig.", "Wat dacht je toen?"])
    assert "Net zei je" not in replies[1].text  # not glued before an answer to another question


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
def test_feeling_question_gets_a_feeling_line(slug):
    for openness in (0, 6):
        reply = last(
            slug, ["Wat ging er toen van binnen in je om, wat voelde je?"], openness=openness
        )
        assert "feeling" in reply.line.aspects, (openness, reply.line.key, reply.text)


def test_reserved_trust_grows_slowly_and_replies_follow_it():
    turns = ["Wat voelde je toen?", "Wat dacht je?", "Wat maakte dat je dat deed?"] * 4
    reserved = play("client-b", turns, style="reserved")
    plain = play("client-b", turns)
    assert reserved[-1].state.openness < plain[-1].state.openness
    assert reserved[-1].state.openness - reserved[0].state.openness <= 4


@pytest.mark.parametrize(
    "slug,text,code",
    [
        ("client-b", "Je had hem beter kunnen laten uitpraten.", "advice"),
        ("client-b", "Die medewerker moet gewoon zijn werk doen, toch?", "amplifying"),
        ("patient-a", "Dat valt toch wel mee?", "dismissing"),
        ("client-a", "Je overdrijft.", "dismissing"),  # the analyser reads it so since 47c7250
    ],
)
def test_advice_siding_and_judgements_in_other_forms(slug, text, code):
    reply = last(slug, ["Wat is er gebeurd?", text])
    assert reply.move.code == code
    assert reply.kind == "react" and code in reply.line.moves


def test_a_closed_question_is_not_answered_with_a_because():
    reply = last("client-a", ["Wat is er gebeurd?", "Was het een goed idee?"])
    assert reply.kind == "short"
    assert not reply.text.startswith(("Omdat", "Dan denk ik"))


def test_an_invitation_to_add_something_is_no_motive_question():
    assert last("client-a", ["Waar wil je het over hebben?"]).turn.aspect == "story"
    reply = last("client-a", ["Wat is er gebeurd?", "Wil je nog iets kwijt?"])
    assert "story" in reply.line.aspects


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
def test_a_feeling_asked_again_gets_no_stock_refer_back(slug):
    turns = ["Wat voelde je toen?"] + ["Wat voel je nu?", "Wat voelde je daarbij?"] * 5
    replies = play(slug, turns, openness=5)
    texts = [r.text for r in replies]
    assert len(texts) == len(set(texts))
    assert not any("Zoals ik al zei" in t for t in texts), texts
    # Asked again, he tells something new nearby (where he feels it) or says he has said it.
    later = replies[-1]
    assert later.kind == "deflect" or later.line.key not in [r.line.key for r in replies[:-1]]
    assert any("body" in r.line.aspects for r in replies) or any(
        str(t) in texts for t in sc.SAID_ALL
    )


def test_what_do_you_mean_by_that_is_about_his_last_words():
    replies = play(
        "client-a", ["Wat bedoel je met strafexpeditie?", "Wat voelde je?", "wat bedoel je daarmee"]
    )
    assert replies[-1].turn.aspect == "meaning"
    assert replies[-1].line.kind == "deflect" or set(replies[-1].line.topics) & set(
        replies[1].line.topics
    )


@pytest.mark.parametrize(
    "text",
    ["wat ging er op dat moment in je om", "wat speelde er van binnen", "Wat gebeurde er in je?"],
)
def test_what_went_on_inside_is_a_feeling_question(text):
    reply = last("client-a", ["Wat is er gebeurd?", text])
    assert reply.turn.aspect == "feeling"
    assert "feeling" in reply.line.aspects


def test_a_greeting_before_an_invitation_and_a_tagged_judgement():
    assert last("client-a", ["hoi, vertel eens wat er speelt"]).kind == "answer"
    assert last("client-a", ["jij bent wel snel gepikeerd he"]).move.code == "interpretation"


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
@pytest.mark.parametrize("openness", [1, 6])
def test_a_wish_is_answered_as_a_wish(slug, openness):
    reply = last(slug, ["wat zou je willen dat er anders ging"], openness=openness)
    assert "wish" in reply.line.moves, (reply.line.key, reply.text)


def test_asked_about_himself_he_does_not_answer_about_his_wife():
    replies = play("patient-a", ["hoe kijk je daar nu op terug"], openness=3)
    assert "vrouw" not in replies[-1].line.persons


def test_an_anger_he_shows_is_not_denied_and_zullen_we_stoppen_closes():
    reply = last("client-a", ["Ik zie dat je boos bent."], style="upset")
    assert "Helemaal niet" not in reply.text
    assert last("client-a", ["Wat is er gebeurd?", "Zullen we stoppen voor vandaag?"]).kind == (
        "closing"
    )


def test_the_others_in_the_meeting_are_not_the_manager():
    reply = last("client-c", ["Hoe zagen de anderen dat?"], openness=4)
    assert reply.line.persons == ("collegas",), reply.text
    assert "manager" in last("client-c", ["wat vond uw collega daarvan"]).line.persons


def test_a_closed_question_about_anothers_feeling_is_answered_about_him():
    reply = last("client-b", ["Wat is er gebeurd?", "Denk je dat hij zich gekwetst voelde?"])
    assert reply.kind == "short"
    assert "medewerker" in reply.line.persons + reply.line.topics, reply.text


def test_thanks_for_sharing_mid_session_is_no_closing():
    reply = last("client-a", ["Wat is er gebeurd?", "Bedankt dat je dat wilt delen."])
    assert reply.kind != "closing"
