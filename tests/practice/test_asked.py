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


@pytest.mark.parametrize(
    "slug,text,fact",
    [
        ("client-a", "Hoeveel mensen heb je eigenlijk onder je?", "feit-aantal"),
        ("client-a", "hoe lang zit je al op die vestiging", "feit-duur"),
        ("client-b", "Welke cijfers haalde je team het afgelopen kwartaal?", "feit-cijfers"),
        ("client-b", "Hoe was je vroeger op school?", "feit-school"),
        ("client-c", "Hoe lang ben je zelf al leidinggevende?", "feit-duur"),
        ("patient-a", "Hoe lang werk je daar nu al?", "feit-duur"),
    ],
)
def test_a_plain_fact_gets_that_fact_not_the_story(slug, text, fact):
    r = reply(slug, text, openness=2)
    assert r.turn.aspect == "fact", r.turn.cues
    assert r.line.topics[:1] == (fact,), (r.line.key, r.text)


def test_a_fact_about_her_is_about_her():
    r = reply("client-c", "Hoe lang werkt zij al bij jullie?", openness=2)
    assert "manager" in r.line.persons and "fact" in r.line.aspects, r.text


def test_a_fact_he_has_no_line_for_gets_a_deflection_on_facts():
    r = reply("patient-a", "Hoeveel kinderen heeft je zus?", openness=2)
    assert r.turn.aspect == "fact"
    # "hoeveel" opens an open question: his line that keeps private life outside fits too.
    assert r.kind in ("deflect", "short") or r.line.key == "pa-fact-prive", r.text
    assert "fact" in r.line.aspects, r.text
    r = reply("patient-a", "Hoeveel verdiepingen heeft het gebouw van je zus?", openness=2)
    assert r.kind in ("deflect", "short") and "fact" in r.line.aspects, r.text
    assert not sc.Script(SCRIPTS["patient-a"].lines, SCRIPTS["patient-a"].topics).problems()


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
@pytest.mark.parametrize("openness,kind", [(1, "deflect"), (6, "answer")])
def test_a_what_if_gets_a_what_if_line_within_trust(slug, openness, kind):
    r = reply(slug, "Wat zou er gebeuren als je het een keer anders zou doen?", openness=openness)
    assert r.turn.what_if
    assert "what_if" in r.line.moves and r.kind == kind, (r.line.key, r.text)


def test_a_what_if_line_does_not_answer_other_questions():
    for slug in SCRIPTS:
        r = reply(slug, "Waar komt die gedachte vandaan, denk je?", openness=6)
        assert "what_if" not in r.line.moves, (slug, r.text)


def test_the_meaning_of_a_word_he_named_is_that_word_or_a_deflection():
    r = reply("client-b", "he, ik wil ff inzoomen: wat is 'voldoening' precies voor jou")
    assert r.turn.aspect == "meaning"
    assert "resultaat" in r.line.topics, r.text
    r = reply("client-b", "je noemt het teamgeest. wat bedoel je daarmee", before=["Hoe gaat het?"])
    assert r.turn.word_named and r.kind == "deflect", (r.line.key, r.text)
    # (since round 8 Cliënt B has a line on 'draagvlak', a word of his case)
    r = reply("client-b", "je noemt het draagvlak. wat bedoel je daarmee", before=["Hoe gaat het?"])
    assert "draagvlak" in r.line.topics, (r.line.key, r.text)
    # A feeling question with a quoted word in it stays a feeling question.
    assert (
        reply(
            "client-b", "hoe was het voor jou om te zien dat ze stilviel na 'niet zeuren'"
        ).turn.aspect
        == "feeling"
    )


@pytest.mark.parametrize(
    "slug,text",
    [
        (
            "client-a",
            "Ik denk dat je het beste kunt beginnen met een gesprek om de lucht te klaren.",
        ),
        ("client-c", "Je zou haar een deadline kunnen geven."),
        ("client-a", "denk je niet dat het slimmer is om je humor voor jezelf te houden"),
        ("client-a", "Zou het niet verstandiger zijn om eerst een nachtje te slapen?"),
    ],
)
def test_advice_as_a_suggestion_or_a_question_gets_a_reaction_on_advice(slug, text):
    r = reply(slug, text)
    assert r.move.code == "advice" and r.kind == "react", (r.move, r.text)


@pytest.mark.parametrize(
    "slug,text",
    [
        ("client-b", "t komt vast doordat je thuis geleerd hebt dat gevoelens zwak zijn"),
        ("client-a", "Zo'n briefje sturen is natuurlijk ook niet bepaald professioneel."),
    ],
)
def test_a_judgement_about_him_in_a_statement_gets_a_reaction(slug, text):
    r = reply(slug, text)
    assert r.move.code == "interpretation" and r.kind == "react", (r.move, r.text)


def test_siding_in_more_words_and_not_in_his_own_quoted_words():
    assert (
        reply("client-c", "Daar heb je gelijk in, een manager hoort een visie te hebben.").move.code
        == "amplifying"
    )
    r = reply("client-a", "voel ik me hier een beetje bij 'die lui' horen. hoe jij mij nu ziet")
    assert r.move.code != "amplifying" and r.turn.aspect == "here_now", r.text
    r = reply("client-b", "je was er snel klaar mee. wat sprak je daarin aan")
    assert r.turn.is_question and r.turn.open_question, r.text


def test_an_observation_that_he_is_here_unwillingly_is_about_this_conversation():
    r = reply("client-a", "Ik merk dat je niet veel zin hebt om hier te zijn. Dat mag er ook zijn.")
    assert r.move.code == "empathic_validation"
    assert r.turn.aspect == "here_now" and r.kind != "puzzled", r.text


@pytest.mark.parametrize(
    "slug,text,aspect",
    [
        ("client-b", "Hoe merk je die onrust precies?", "body"),
        ("client-b", "Hoe ziet die onrust er bij jou uit, wat merk je dan aan jezelf?", "body"),
        ("client-c", "Wat zou dat voor haar kunnen betekenen, denk je?", "other_view"),
        ("client-a", "Wat bracht je ertoe ze zo te noemen?", "motive"),
    ],
)
def test_more_ways_of_asking_an_aspect(slug, text, aspect):
    assert reply(slug, text).turn.aspect == aspect


def test_what_she_said_herself_is_about_her_not_his_own_part():
    r = reply("client-c", "wat heeft ze zelf gezegd over waarom ze nog geen mening had")
    assert r.turn.aspect != "own_part" and r.turn.whose == "other"
    assert "manager" in r.line.persons, r.text


def test_irritant_names_anger():
    assert "gevoel-boos" in coach_turn.understand("ik snap dat dat irritant is").feelings


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
def test_a_checked_summary_is_confirmed_in_his_voice(slug):
    r = reply(slug, "Als ik het goed begrijp, gaat het je vooral om hoe het gelopen is. Klopt dat?")
    assert r.turn.check
    confirmations = [line.text for line in SCRIPTS[slug].of_kind("short") if "check" in line.moves]
    assert any(r.text.startswith(c.split(".")[0]) for c in confirmations), r.text
    # Asked again, a second way of confirming, never the same words.
    again = sc.respond(
        SCRIPTS[slug],
        r.state,
        analyse("Zie ik dat goed, dat het je vooral om die ene keer gaat?", "coach"),
    )
    assert again.text != r.text


def test_a_check_lines_is_no_generic_short_answer():
    for slug in SCRIPTS:
        r = reply(slug, "Heb je dat nieuwe pand al gezien?")
        assert "check" not in r.line.moves, (slug, r.text)


def test_a_short_question_he_opens_with_that_the_coach_did_not_ask_is_left_out():
    line = sc.Line(
        "m1", "answer", "Hier? Prima hoor. Het ging gewoon zoals altijd.", ("moment", "here_now")
    )
    script = sc.Script(lines=(line,), start_openness=5)
    state = sc.start_state(script)
    moment = sc.respond(script, state, analyse("Wat gebeurde er precies die dag?", "coach"))
    assert moment.text == "Prima hoor. Het ging gewoon zoals altijd."
    here = sc.respond(script, state, analyse("Hoe is het hier voor je?", "coach"))
    assert here.text.startswith("Hier?")
    # His word taken up by the coach is no misfit: "Emoties?" to "wat versta je onder emoties".
    assert sc.respond(
        SCRIPTS["client-b"], state, analyse("wat versta je onder emoties", "coach")
    ).text.startswith("Emoties?")


@pytest.mark.parametrize(
    "slug,text",
    [
        ("client-a", "wat hebben ze concreet gedaan of gezegd waardoor je dat denkt"),
        ("patient-a", "Waaraan merk je dat je baas je niet ziet staan?"),
    ],
)
def test_what_makes_him_think_so_asks_the_moments_not_a_motive(slug, text):
    r = reply(slug, text)
    assert r.turn.aspect == "moment", r.turn.cues
    assert not r.text.startswith("Omdat"), r.text


def test_a_feeling_he_told_named_back_to_him_is_confirmed_not_denied():
    r = reply(
        "client-a",
        "ik hoor hoe kwaad je bent. dat mag er hier gewoon zijn",
        before=["Wat voelde je toen?"],
    )
    assert r.kind != "deflect", (r.line.key, r.text)
    assert "gevoel-boos" in r.line.topics or "empathic_validation" in r.line.moves, r.text


def test_how_often_in_a_closed_question_with_a_quote_is_about_how_often():
    r = reply("client-b", "Zeg je vaker dingen als 'niet zeuren'?")
    assert "how_often" in r.line.moves, (r.line.key, r.text)


@pytest.mark.parametrize("openness", [1, 6])
def test_an_outsiders_view_is_not_answered_about_his_wife(openness):
    for slug in ("client-a", "patient-a"):
        r = reply(
            slug, "hoe zou het klinken voor iemand die jou nooit ontmoet heeft", openness=openness
        )
        assert not {"thuis", "vrouw"} & set(r.line.persons), (slug, r.line.key, r.text)


def test_what_words_mean_to_him_is_their_meaning():
    r = reply("patient-a", "Die woorden 'tweede keus', wat betekenen die voor jou, van binnen?")
    assert r.turn.aspect == "meaning" and "tweede-keus" in r.line.topics, r.text
    r = reply(
        "client-a", "Wat zou het voor jou betekenen als iemand van de directie eens langskwam?"
    )
    assert r.turn.what_if, r.turn.cues


def test_a_code_the_words_do_not_bear_out_gives_way_to_the_words():
    text = "Onderuit halen is een stevig beeld. Kun je me een moment noemen waarop je dat voelde?"
    analysis = analyse(text, "coach")
    turn = coach_turn.understand(text, tuple(analysis.codes) + ("alternative_perspective",))
    assert turn.aspect == "moment", turn.aspects


def test_a_line_tagged_on_topic_only_comes_when_its_topic_is_touched():
    asked = reply("patient-a", "Die uitspraak over de hoge, oude bomen: wat spreekt je daarin aan?")
    assert "sportcoach" in asked.line.topics, asked.text
    for text in ["Waarom denk je dat het altijd bij jou gebeurt?", "Hoe zeker ben je daarvan?"]:
        r = reply("patient-a", text, openness=6)
        assert "sportcoach" not in r.line.topics, (text, r.text)


def test_siding_against_the_coach_he_agreed_with_is_corrected():
    r = reply("patient-a", "die coach die de grote spelers eruit haalde, dat was toch schandalig")
    assert r.move.code == "amplifying" and "gelijk" in r.text, r.text


def test_a_reaction_does_not_open_with_words_the_coach_never_said():
    r = reply(
        "client-a", "allez, ge moet het ook van hun kant zien he, ge hebt ze minkukels genoemd"
    )
    assert r.kind == "react"
    assert not r.text.startswith("Met de directie gaan praten?"), r.text


@pytest.mark.parametrize("slug", sorted(SCRIPTS))
def test_a_closed_question_off_every_topic_gets_a_bare_yes_or_no(slug):
    r = reply(slug, "Heb je weleens een cursus timemanagement gevolgd?")
    assert r.kind == "short"
    assert len(sc._sentences(r.text)) == 1, r.text


def test_a_closed_question_about_a_fact_gets_the_fact():
    r = reply("patient-a", "voetbalde jij vroeger eigenlijk")
    assert "feit-sport" in r.line.topics, r.text


@pytest.mark.parametrize(
    "text",
    [
        "kunnen we terug naar dat gesprek met haar",
        "wacht even, ik wil terug naar het moment in dat gesprek met haar. wat zei ze precies",
    ],
)
def test_a_rewind_to_the_talk_with_her_is_not_answered_with_the_meeting(text):
    r = reply("client-c", text, openness=3)
    assert "overleg" not in r.line.topics, (r.line.key, r.text)
    assert "gesprek" in r.line.topics, (r.line.key, r.text)


def test_the_meeting_asked_is_not_answered_with_the_talk_in_his_office():
    r = reply("client-c", "wat gebeurde er in dat managementoverleg, stap voor stap", openness=3)
    assert "gesprek" not in r.line.topics, (r.line.key, r.text)


@pytest.mark.parametrize(
    "slug,text,ok",
    [
        ("client-c", "Heb je dat ook tegen haar gezegd?", True),
        ("client-c", "Had ze echt helemaal geen mening?", False),
        ("patient-a", "Heb je al eens met je baas over je ambities gesproken?", True),
        ("client-a", "Heb je al excuses aangeboden voor dat briefje?", False),
    ],
)
def test_a_short_line_about_what_he_did_only_answers_a_question_about_that_act(slug, text, ok):
    said = {"client-c": "c-s-4", "patient-a": "pa-s-4", "client-a": "a-s-5"}[slug]
    r = reply(slug, text)
    assert (r.line.key == said) == ok, (r.line.key, r.text)


def test_a_here_and_now_what_if_is_about_this_conversation():
    r = reply("client-c", "En hoe zou het zijn om dat hier, bij mij, hardop te zeggen?", openness=6)
    assert r.turn.aspect == "here_now" and not r.turn.what_if
    assert "here_now" in r.line.aspects, r.text


@pytest.mark.parametrize(
    "text",
    [
        "Zullen we het hier voor vandaag bij laten?",
        "we stoppen hier. spannend gesprek straks, ik ben benieuwd hoe het gaat. tot over een week",
    ],
)
def test_a_proposal_to_stop_and_a_wish_for_next_time_close(text):
    assert coach_turn.is_closing(text)


def test_how_many_years_is_a_fact_not_a_short_line_about_the_board():
    r = reply("client-a", "Hoeveel jaar werk je eigenlijk al samen met deze directie?")
    assert "feit-duur" in r.line.topics, r.text


def test_a_person_named_by_a_noun_is_not_answered_about_another():
    r = reply("patient-a", "Hoe reageerde de werkgever toen je belde?", openness=5)
    assert "baas" not in r.line.persons, (r.line.key, r.text)


def test_advice_in_the_middle_of_a_statement():
    r = reply(
        "patient-a", "die vraag zou ik echt niet stellen hoor, daar schiet je jezelf mee in de voet"
    )
    assert r.move.code == "advice" and r.kind == "react", r.text


def test_a_refer_back_and_a_reaction_do_not_say_the_same_sentence_twice():
    script = SCRIPTS["patient-a"]
    state = sc.start_state(script)
    for text in ["Je moet gewoon assertiever worden.", "Je moet dat gesprek vooral niet voeren."]:
        r = sc.respond(script, state, analyse(text, "coach"))
        state = r.state
    sentences = sc._sentences(r.text)
    assert all(a != b for a, b in zip(sentences, sentences[1:], strict=False)), r.text


def test_where_he_wants_to_begin_is_his_story():
    assert reply("client-a", "Fijn dat je er bent. Waar wil je vandaag beginnen?").turn.aspect == (
        "story"
    )


@pytest.mark.parametrize(
    "text,question",
    [
        ("twijfel je zelf eigenlijk nooit", True),
        ("Zeg je vaker dingen als 'niet zeuren'", True),
        ("bon, je overdrijft ook wel een beetje", False),
        ("Als je dat zegt, snap ik het", False),
    ],
)
def test_any_verb_before_je_asks_but_a_filler_or_conjunction_does_not(text, question):
    assert coach_turn.is_question(text)[0] == question


def test_the_here_of_a_statement_around_a_question_is_not_what_is_asked():
    r = reply("client-c", "ik zit hier te denken: twijfel jij zelf eigenlijk nooit")
    assert r.turn.aspect != "here_now", r.turn.cues


def test_asked_how_it_is_here_right_after_a_judgement_that_is_his_answer():
    r = reply(
        "client-b",
        "Wat gebeurt er bij je, hier in dit gesprek?",
        before=["Je moet gewoon doorpakken."],
    )
    assert r.text.startswith("Net zei je nog")
    assert r.text.endswith("Dat zit me eerlijk gezegd nog dwars."), r.text


def test_a_bare_yes_or_no_is_never_that_he_said_it_already():
    script = SCRIPTS["client-a"]
    state = sc.start_state(script)
    texts = []
    for text in [
        "Heb je een auto?",
        "Woon je in de stad?",
        "Heb je kinderen?",
        "Sport je?",
        "Lees je veel?",
        "Kook je zelf?",
    ]:
        r = sc.respond(script, state, analyse(text, "coach"))
        state = r.state
        texts.append(r.text)
    assert not set(texts) & {str(t) for t in sc.SAID_ALL}, texts


@pytest.mark.parametrize(
    "slug,text,aspect",
    [
        ("patient-a", "Die uitspraak over de hoge bomen: wat spreekt je daarin aan?", "motive"),
        ("client-c", "Hoe is het voor je dat ik dat vraag?", "here_now"),
        ("client-c", "ik merk dat je geïrriteerd raakt als ik doorvraag. klopt dat", "here_now"),
    ],
)
def test_what_appeals_to_him_and_how_it_is_that_the_coach_asks(slug, text, aspect):
    r = reply(slug, text, openness=5)
    assert r.turn.aspect == aspect, r.turn.cues
    assert aspect in r.line.aspects or r.kind in ("deflect", "short"), r.text
