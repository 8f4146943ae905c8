"""What a coach turn asks, by the causes a third blind rating still found: the question part of
a turn decides (not the statement before it), a here-and-now word beside a feeling only says
*when*, a moment that only frames a feeling question does not turn it into a story, the person
the question names is the one answered about, and the coach's closing words are recognised in
more forms. The coach turns are written for these tests (through the real analyser)."""

import pytest

from dialogues import coach_turn
from dialogues import scripted_client as sc
from dialogues.analysis import analyse

from .scripts import shipped

SCRIPTS = shipped()


def reply(slug, text, openness=4, before=()):
    script = SCRIPTS[slug]
    state = sc.start_state(script)
    state = sc.State(openness, state.affect, dict(state.memory, streak=2))
    for earlier in before:
        state = sc.respond(script, state, analyse(earlier, "coach")).state
    return sc.respond(script, state, analyse(text, "coach"))


@pytest.mark.parametrize(
    "text,part",
    [
        ("Dat is een sterk woord. Kun je me een voorbeeld geven?", "Kun je me een voorbeeld"),
        ("Je zegt 'dat snapt iedereen', maar hoe zou een buitenstaander het lezen", "maar hoe"),
        ("Wat voelde je toen?", "Wat voelde je toen?"),
    ],
)
def test_the_question_part_is_what_is_asked(text, part):
    assert coach_turn.focus(text).startswith(part)


@pytest.mark.parametrize(
    "slug,text",
    [
        ("client-a", "Dat klinkt zwaar. Kun je één moment noemen waarop je je zo voelde?"),
        ("client-b", "Geduld is lastig. Kun je een recent moment beschrijven waarop het op was?"),
        ("patient-a", "Opzij moeten is een sterk beeld. Noem eens een moment van deze week?"),
    ],
)
def test_asked_for_a_moment_after_a_statement_he_tells_a_moment(slug, text):
    r = reply(slug, text)
    assert r.turn.aspect == "moment", r.turn.cues
    assert "moment" in r.line.aspects or r.kind == "deflect", (r.line.key, r.text)
    assert "other_view" not in r.line.aspects[:1]


@pytest.mark.parametrize(
    "slug,text",
    [
        ("client-c", "wat voel je erbij, nu je dit zo vertelt"),
        ("patient-a", "Wat voel je op dit moment, als je eraan denkt?"),
        ("client-a", "sorry, dat was wat snel van mij. wat voelde jij toen je dat las"),
    ],
)
def test_a_feeling_now_or_then_is_no_question_about_this_conversation(slug, text):
    r = reply(slug, text)
    assert r.turn.aspect == "feeling", r.turn.cues
    assert r.turn.whose == "client"
    assert "here_now" not in r.line.aspects[:1], (r.line.key, r.text)


def test_where_he_feels_it_now_is_the_body():
    r = reply("client-b", "Ik merk onrust bij je. Waar voel je die onrust, op dit moment?")
    assert r.turn.aspect == "body"
    assert "body" in r.line.aspects or r.kind == "deflect", r.text


def test_this_conversation_is_still_the_here_and_now():
    assert reply("client-a", "Hoe is het voor je om hier met mij te zitten?").turn.aspect == (
        "here_now"
    )
    assert reply("client-b", "Wat gebeurt er bij je, nu, in dit gesprek?").turn.aspect == (
        "here_now"
    )


@pytest.mark.parametrize(
    "slug,text",
    [
        ("client-a", "Wat ging er door je heen op het moment dat je die reactie las?"),
        ("client-b", "'niet zeuren'.. wat ging er in jou om op het moment dat je dat zei"),
        ("client-c", "ik wil terug naar dat gesprek. wat gebeurde er toen in jou"),
    ],
)
def test_a_moment_that_frames_a_feeling_question_gets_the_feeling(slug, text):
    r = reply(slug, text)
    assert r.turn.aspect in ("feeling", "thought"), r.turn.cues
    assert r.turn.aspect in r.line.aspects or r.kind == "deflect", (r.line.key, r.text)


def test_what_he_hoped_then_is_a_motive_not_the_story_of_that_evening():
    r = reply(
        "client-a",
        "Ik wil even terug naar de avond dat je dat briefje schreef. Wat hoopte je dat ze "
        "zouden denken?",
    )
    assert r.turn.aspect == "motive"
    assert "moment" not in r.line.aspects[:1], r.text


@pytest.mark.parametrize(
    "slug,text,person",
    [
        (
            "client-a",
            "Stel dat een van de directieleden het briefje thuis nog eens leest. Wat zou er bij "
            "zo iemand kunnen spelen?",
            "directie",
        ),
        (
            "patient-a",
            "en je vrouw met haar plannetjes, wat zou zij denken als jij zegt: wacht even",
            "vrouw",
        ),
    ],
)
def test_the_person_the_question_is_about_is_answered_about(slug, text, person):
    r = reply(slug, text, openness=5)
    assert r.turn.persons[0] == person, r.turn.persons
    assert person in r.line.persons, (r.line.key, r.text)


def test_a_line_about_another_person_is_not_the_answer_about_his_wife():
    r = reply("patient-a", "vertel eens over je vrouw en haar plannetjes, hoe gaat dat concreet")
    assert "baas" not in r.line.persons, (r.line.key, r.text)


@pytest.mark.parametrize(
    "slug,text",
    [
        ("client-a", "Wat zou er gebeuren als je een keer zegt: ik weet het nog niet?"),
        ("client-c", "Wat zou het je kosten als je in het overleg zegt dat je nog twijfelt?"),
    ],
)
def test_a_what_if_about_himself_is_his_own_thought(slug, text):
    r = reply(slug, text)
    assert r.turn.whose == "client" and r.turn.aspect == "thought", r.turn.cues
    assert not (set(r.line.persons) - {"self", "coach"}), (r.line.key, r.text)


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
@pytest.mark.parametrize(
    "closing",
    [
        "Goed, laten we het hier voor vandaag bij laten.",
        "Laten we het hier voor vandaag bij laten. Ik waardeer dat je gebleven bent.",
        "We naderen het einde. Zullen we daar de volgende keer op verdergaan?",
        "Laten we het hierbij laten. Ik ben benieuwd wat je de komende week opvalt.",
        "we zitten aan het eind van de tijd, volgende keer verder",
        "bon, we laten 't hier voor vandaag",
    ],
)
def test_more_ways_to_close_get_a_closing_line(slug, closing):
    r = reply(slug, closing, before=["Wat is er gebeurd?"])
    assert r.kind == "closing", r.text


@pytest.mark.parametrize(
    "text",
    ["Dank je voor je openheid. Wat voelde je toen?", "Wat zou je de volgende keer anders doen?"],
)
def test_a_question_about_the_story_is_no_closing(text):
    assert not coach_turn.is_closing(text)


def test_spelling_comes_from_the_analysers_table_with_a_few_extras():
    forms = coach_turn.spelling_forms()
    assert forms["nie"] == "niet" and forms["da's"] == "dat is"  # the analyser's
    assert forms["amai"] == "" and forms["u"] == "je"  # the scripted client's own
    assert coach_turn.normalise("wa voelde ge da") == ["wat", "voelde", "je", "dat"]
