"""Misfit classes of the sixth blind rating (and what the fifth left open), one group of tests a
cause: either/or questions about his own choice or view; small talk and plain facts the
scripts had no line for; judgements, siding and reassurance the coach-turn module missed; an
outburst glued before a denial; "dat heb ik toch al gezegd" when he never said it; blunt
deflections at high openness; a feeling asked now answered about then; a checked summary
answered with a feeling it did not name; the second half of a two-move turn; the words that
describe a moment read as the aspect asked. The coach turns are written for these tests
(through the real analyser), not taken from the rated sessions."""

import pytest

from dialogues import coach_turn
from dialogues import scripted_client as sc

from .scripts import last, play, shipped, understand

SCRIPTS = shipped()
ALL = sorted(SCRIPTS)


# -- either/or: his choice, not a bare yes/no or another's view --------------------------------


@pytest.mark.parametrize(
    "text,either",
    [
        ("Wil je vooral gelijk krijgen, of wil je vooral dat ze je zien?", True),
        ("ga je nou wel of niet naar dat gesprek", True),
        ("word je eerder blij als iets af is of als je team achter je staat", True),
        ("Vind je hem lui, of vond je vooral het moment slecht gekozen?", True),
        ("Is het boosheid of is het teleurstelling?", True),
        ("geldt dat altijd, of zijn er momenten dat het anders ligt", False),
        ("Wil je daar iets aan veranderen?", False),
        ("Weet je of ze dat begreep?", False),
        ("Klopt dat, of niet?", False),
    ],
)
def test_either_or_recognised(text, either):
    assert sc._either_or(text) is either


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "turn,aspect",
    [
        ("Wil je hier eigenlijk mee verder, of wil je liever stoppen?", "motive"),
        ("Vind je het vooral vervelend, of vind je het vooral onterecht?", "thought"),
    ],
)
def test_an_either_or_about_him_gets_his_choice(slug, turn, aspect):
    reply = last(slug, ["Wat is er gebeurd?", turn])
    assert reply.kind == "short" and "either_or" in reply.line.moves, (reply.text, reply.reason)
    assert aspect in reply.line.aspects, reply.line.key
    first = reply.text.split(".")[0].strip().lower()
    assert first not in ("ja", "nee"), reply.text


@pytest.mark.parametrize("slug", ALL)
def test_a_practical_either_or_is_still_brushed_off(slug):
    reply = last(slug, ["Wat is er gebeurd?", "kwam je met de auto of met de trein"])
    assert reply.text == str(sc.EITHER_OR), reply.text


@pytest.mark.parametrize("slug", ALL)
def test_choice_lines_answer_no_plain_closed_question(slug):
    reply = last(slug, ["Wat is er gebeurd?", "Wil je daar iets aan veranderen?"])
    assert "either_or" not in reply.line.moves, (reply.line.key, reply.text)


def test_a_choice_line_about_a_topic_only_comes_for_that_topic():
    on = last("client-a", ["Wil je de coaching afmaken, of wil je ermee stoppen?"])
    assert on.line.key == "a-choice-3", on.text
    off = last("client-a", ["Wil je ze iets terugdoen, of wil je vooral erkenning?"])
    assert off.line.key != "a-choice-3" and "either_or" in off.line.moves, off.text


# -- small talk and facts the scripts had no line for ------------------------------------------


@pytest.mark.parametrize("slug", ALL)
def test_small_talk_gets_a_word_back_then_puzzles_him(slug):
    replies = play(slug, ["Was het druk op de weg vanochtend?", "Stond er veel file?"])
    assert "small_talk" in replies[0].line.moves and replies[0].kind == "short", replies[0].text
    assert replies[1].kind == "puzzled", replies[1].text


@pytest.mark.parametrize("slug", ALL)
def test_a_closed_question_on_the_case_is_no_small_talk(slug):
    reply = last(slug, ["Wat is er gebeurd?", "Heb je daarna nog iets gezegd?"])
    assert "small_talk" not in reply.line.moves, reply.text


@pytest.mark.parametrize("slug", ALL)
def test_a_private_fact_gets_a_line_about_it(slug):
    reply = last(slug, ["Wat is er gebeurd?", "Heb je eigenlijk kinderen?"])
    assert "feit-prive" in reply.line.topics, (reply.text, reply.reason)


def test_which_sport_gets_his_sport():
    reply = last("patient-a", ["Vertel eens", "tennis of voetbal trouwens, welke sport deed je"])
    assert "feit-sport" in reply.line.topics, reply.text


@pytest.mark.parametrize(
    "turn,topic",
    [
        ("Duurde dat overleg eigenlijk lang?", "feit-uitlopen"),
        ("hoe was de sfeer in dat overleg, wie zaten er allemaal bij", "feit-sfeer"),
    ],
)
def test_a_fact_about_the_meeting_gets_that_fact(turn, topic):
    reply = last("client-c", ["Vertel eens", turn])
    assert topic in reply.line.topics, (reply.text, reply.reason)


# -- the coach's move: judgement, siding, reassurance, a past interpretation -------------------


@pytest.mark.parametrize(
    "slug,turn,code",
    [
        ("client-b", "Dat zeggen is gewoon fout, dat weet je zelf ook wel.", "interpretation"),
        ("client-a", "ja maar zo'n woord is ook niet echt netjes he", "interpretation"),
        (
            "client-a",
            "wat erg zeg, ze willen je daar gewoon weg hebben, ongelooflijk",
            "amplifying",
        ),
        ("client-c", "Wat ontzettend irritant, zo'n manager die nooit iets vindt!", "amplifying"),
    ],
)
def test_a_judgement_or_siding_in_a_statement_gets_a_reaction(slug, turn, code):
    reply = last(slug, ["Wat is er gebeurd?", turn])
    assert reply.kind == "react" and reply.move.code == code, (reply.text, reply.reason)


@pytest.mark.parametrize(
    "turn",
    [
        "Je zegt dat je het er helemaal mee eens was. Hoe kijk je daar nu naar?",
        "Wat frustrerend voor je.",
    ],
)
def test_his_words_given_back_or_sympathy_is_no_siding(turn):
    reply = last("patient-a", ["Vertel eens", turn])
    assert reply.move.code != "amplifying", (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
def test_explained_by_his_past_he_says_so(slug):
    reply = last(
        slug, ["Wat is er gebeurd?", "Dat komt omdat je als jongen thuis nooit mocht twijfelen."]
    )
    assert reply.kind == "react" and "past" in reply.line.moves, (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
def test_an_interpretation_without_his_past_gets_no_past_reaction(slug):
    reply = last(
        slug, ["Wat is er gebeurd?", "Dat komt vast doordat je het zelf ook spannend vindt."]
    )
    assert reply.kind == "react" and "past" not in reply.line.moves, (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
def test_reassurance_about_what_he_did_is_agreed_with(slug):
    reply = last(
        slug, ["Wat is er gebeurd?", "Ach, dat is toch niet zo erg, dat doet iedereen wel eens."]
    )
    assert "reassurance" in reply.line.moves, (reply.text, reply.reason)
    assert reply.state.openness >= play(slug, ["Wat is er gebeurd?"])[-1].state.openness


@pytest.mark.parametrize("slug", ALL)
def test_dismissing_his_feeling_is_no_reassurance(slug):
    reply = last(slug, ["Wat is er gebeurd?", "Ach, dat valt toch wel mee."])
    assert reply.kind == "react" and "reassurance" not in reply.line.moves, reply.text


def test_the_interpretation_about_a_word_is_answered_about_that_word():
    reply = last(
        "client-a",
        ["Wat is er gebeurd?", "minkukels schrijven is gewoon fout, dat weet je zelf ook"],
    )
    assert reply.line.key == "a-r-int-word", (reply.text, reply.reason)
    other = last("client-a", ["Wat is er gebeurd?", "Je bent gewoon te trots, dat is het."])
    assert other.line.key != "a-r-int-word", other.text


def test_telling_him_the_feeling_he_shows_is_not_denied():
    reply = last("client-b", ["Wat is er gebeurd?", "Je bent gewoon ongeduldig."])
    assert reply.kind == "react" and "zo voel ik me" not in reply.text, reply.text
    assert "Ongeduldig, ja" in reply.text


# -- an outburst before a denial, a claim he never made ---------------------------------------


@pytest.mark.parametrize("slug", ALL)
def test_no_outburst_before_a_correction(slug):
    replies = play(
        slug,
        ["Je moet je gewoon wat rustiger opstellen.", "Ik hoor hoe verdrietig je hiervan wordt."],
        style="upset",
    )
    reply = replies[-1]
    if reply.text.split()[0].lower().strip(",.") in ("nee", "nou") or (
        reply.kind == "deflect" and "empathic_validation" in reply.line.moves
    ):
        assert reply.text.startswith(reply.line.text.split(".")[0][:12]), reply.text


@pytest.mark.parametrize("slug", ALL)
def test_no_already_said_when_he_never_said_it(slug):
    reply = last(slug, ["Vind je zelf dat je te ver ging?"])
    assert "al gezegd" not in reply.text and "zei ik" not in reply.text, (reply.text, reply.reason)
    assert reply.text.split()[0].strip(",.").lower() in sc.YES_NO, reply.text


def test_honest_keeps_the_claim_when_he_did_say_it():
    script = SCRIPTS["client-c"]
    claim = script.by_key()["c-d-thought"]
    told = [script.by_key()["c-thought-1"]]
    assert sc._honest([claim], told, "thought") == [claim]
    other = script.by_key()["c-d-gen-2"]
    assert sc._honest([claim, other], [], "thought") == [other]


# -- openness: a soft deflection when he is open ----------------------------------------------


@pytest.mark.parametrize("slug", ALL)
def test_a_deflection_at_high_openness_is_not_blunt(slug):
    turns = ["Hoe zouden zij het zien, denk je?"] * 4
    replies = play(slug, turns, openness=8)
    blunt = ("interesseert me", "moet je", "vraag je niet")
    for reply in replies:
        if reply.kind == "deflect":
            assert not any(b in reply.text for b in blunt), reply.text


@pytest.mark.parametrize("slug", ALL)
def test_at_low_openness_the_blunt_deflection_stays(slug):
    reply = last(slug, ["Hoe zouden zij het zien, denk je?"], openness=0)
    assert reply.kind == "deflect" and reply.line.min_openness == 0, reply.text


# -- a feeling asked now is answered about now ------------------------------------------------


@pytest.mark.parametrize("slug", ALL)
def test_a_feeling_now_at_low_trust_is_deflected_about_now(slug):
    reply = last(slug, ["Wat voel je op dit moment, nu je het mij vertelt?"], style="upset")
    assert reply.turn.time in ("now", "here"), reply.turn.describe()
    if reply.kind == "deflect":
        assert "then" not in reply.line.times, (reply.line.key, reply.text)
        assert "voelde" not in reply.text, reply.text


# -- a checked summary ------------------------------------------------------------------------


def test_zeg_jij_eigenlijk_is_a_check():
    turn = understand("client-b", "Zeg jij eigenlijk: als het te lang duurt, loopt alles vast?")
    assert turn.check


def test_a_check_gets_no_fresh_line_off_what_it_sums_up():
    reply = last(
        "client-b",
        ["Zeg jij eigenlijk: als ik stilsta bij gevoelens, verlies ik tempo en resultaat?"],
        openness=7,
    )
    assert "check" in reply.line.moves or set(reply.line.topics) & set(reply.turn.topics), (
        reply.text
    )
    assert "Machteloos" not in reply.text


def test_het_gevoel_dat_without_a_feeling_word_is_what_he_takes_to_be_so():
    turn = understand("patient-a", "Heb je het gevoel dat het zich steeds zal herhalen?")
    assert turn.aspect == "thought" and turn.whose == "client"
    felt = understand("patient-a", "Heb je het gevoel dat je verdrietig bent?")
    assert felt.aspect == "feeling"
    here = understand("patient-a", "Hoe is het hier tussen ons: heb je het gevoel dat je moet?")
    assert here.aspect == "here_now"


# -- the second half of a two-move turn, a clause that asks ----------------------------------


def test_a_question_to_him_after_the_coachs_own_feeling_is_about_him():
    turn = understand(
        "client-b",
        "Ik zou daar zelf ook onrustig van worden. Tegelijk vraag ik me af wat er voor jou zo "
        "lastig is aan die gevoelens.",
    )
    assert turn.whose == "client" and turn.aspect != "other_view", turn.describe()


def test_a_question_about_her_after_the_coachs_own_feeling_stays_hers():
    turn = understand(
        "client-c",
        "Ik zou daar zelf ook van schrikken. Ik vraag me af wat zij toen dacht.",
    )
    assert turn.whose == "other", turn.describe()


@pytest.mark.parametrize(
    "text,question",
    [
        ("ik zit nu te denken, twijfel jij zelf eigenlijk nooit", True),
        ("en hier bij mij, heb je dat ook", True),
        ("als je wilt, kun je het opschrijven.", False),
        ("ik zit nu te denken, dat is best lastig", False),
    ],
)
def test_a_clause_after_a_comma_that_asks(text, question):
    assert coach_turn.is_question(text)[0] is question


def test_the_coachs_own_thought_before_the_clause_is_not_asked():
    reply = last("client-c", ["ik zit nu te denken, twijfel jij zelf eigenlijk nooit"])
    assert "coach_self_disclosure" not in reply.line.moves, reply.text
    assert "gevoel-onzeker" in reply.line.topics, (reply.line.key, reply.text)


def test_what_he_wants_to_reach_is_a_wish_after_a_disclosure():
    turn = understand(
        "patient-a",
        "ik merk dat ik dat zelf ook pijnlijk zou vinden. en ik ben benieuwd wat je wilt "
        "bereiken met dat gesprek",
    )
    assert turn.aspect == "motive" and turn.wish, turn.describe()


def test_a_what_if_about_the_other_is_his_view():
    turn = understand("client-b", "wat zou het met hem doen als je een keer zegt dat je het ziet")
    assert turn.aspect == "other_view" and turn.whose == "other" and turn.what_if
    own = understand("client-b", "wat zou het met je doen als je een keer stilstaat")
    assert own.whose == "client"


# -- what describes a moment, what is quoted --------------------------------------------------


def test_the_words_that_describe_the_moment_are_not_the_aspect_asked():
    turn = understand("client-c", "mag ik terug naar het moment dat ze zei dat ze geen mening had")
    assert turn.aspect == "moment", turn.describe()
    felt = understand("client-c", "wat voelde je op het moment dat ze zei dat ze geen mening had")
    assert felt.aspect == "feeling", felt.describe()
    his = understand("client-c", "terug naar het moment dat je vond dat ze iets moest vinden")
    assert his.aspect == "thought", his.describe()


def test_the_meaning_of_a_quoted_word_he_has_no_line_on_is_deflected():
    reply = last(
        "client-b",
        ["Je zegt dat het 'prima' gaat. Niet te snel daaroverheen. Wat bedoel je met 'prima'?"],
        openness=6,
    )
    assert reply.kind == "deflect" and "meaning" in reply.line.aspects, (reply.text, reply.reason)
    word = last("client-b", ["Wat versta je onder 'zeuren'?"], openness=6)
    assert "zeuren" in word.line.topics, word.text


def test_the_test_report_he_gave_gets_the_line_about_it():
    reply = last(
        "patient-a",
        ["Vertel eens", "Je gaf me net dat verslag. Wat waren je gedachten toen je het me gaf?"],
        openness=5,
    )
    assert "verslag" in reply.line.topics, (reply.text, reply.reason)
    other = last("patient-a", ["Vertel eens", "Wat waren je gedachten toen je dat hoorde?"])
    assert "verslag" not in other.line.topics, other.text


def test_asked_for_the_problem_he_tells_his_story():
    reply = last("client-b", ["Oké. Wat is dan het probleem waar je nu mee zit?"], openness=6)
    assert reply.line.aspects[0] == "story", (reply.line.key, reply.text)


# -- second pass: what the replays of rounds 5 and 6 still showed -----------------------------


def test_asked_whether_he_spoke_to_her_later_he_says_he_did_not():
    reply = last("client-c", ["Wat is er gebeurd?", "Heb je haar daarna nog gesproken?"])
    assert reply.line.key == "c-s-talked", reply.text
    said = last("client-c", ["Wat is er gebeurd?", "Heb je dat ook tegen haar gezegd?"])
    assert said.line.key != "c-s-talked", said.text


@pytest.mark.parametrize("slug", ALL)
def test_a_self_judgement_line_only_when_he_is_asked_to_judge_himself(slug):
    asked = last(slug, ["Wat is er gebeurd?", "Vind je zelf dat je te ver ging?"])
    assert "self_judgement" in asked.line.moves, asked.text
    other = last(slug, ["Wat is er gebeurd?", "Had je dat van haar verwacht?"])
    assert "self_judgement" not in other.line.moves, other.text


def test_had_je_dat_verwacht_is_his_expectation():
    turn = understand("client-c", "had je dat van haar verwacht")
    assert turn.whose == "client", turn.describe()
    theirs = understand("client-c", "denk je dat zij dat had verwacht")
    assert theirs.whose == "other", theirs.describe()


def test_an_event_in_the_validation_before_the_question_is_not_the_moment_asked():
    reply = last(
        "client-a",
        [
            "Dat lijkt me niet fijn, gecoacht moeten worden terwijl je het niet wilde. "
            "Wat zeiden ze?"
        ],
    )
    assert reply.kind == "answer" and reply.turn.aspect == "moment", (reply.text, reply.reason)


def test_a_question_without_a_topic_is_about_what_he_just_told():
    replies = play(
        "patient-a",
        ["Je vertelde over die sportcoach en de hoge bomen.", "Hoe kijk je daar nu naar?"],
        openness=5,
    )
    assert "sportcoach" in replies[0].line.topics, replies[0].text
    assert "sportcoach" in replies[1].line.topics, (replies[1].text, replies[1].reason)


def test_a_choice_between_two_feelings_is_his_view():
    reply = last("patient-a", ["Vertel eens", "ben je meer kwaad op die werkgever of op jezelf"])
    assert "either_or" in reply.line.moves and "thought" in reply.line.aspects, reply.text


def test_a_rewind_to_the_phone_call_he_told_gets_it_slowed_down():
    replies = play(
        "patient-a",
        [
            "Wat gebeurde er precies toen ze je belden?",
            "Laten we even terug naar dat telefoontje zelf. Wat gebeurde er toen?",
        ],
        openness=4,
    )
    assert replies[0].line.key == "pa-moment-call", replies[0].text
    assert replies[1].line.key == "pa-moment-call-2", (replies[1].text, replies[1].reason)


@pytest.mark.parametrize(
    "text",
    [
        "als ik je goed hoor: wie twijfelt is slap. zeg je dat eigenlijk",
        "als ik het goed snap zegt ge eigenlijk: een manager mag nie twijfelen",
    ],
)
def test_zeg_je_dat_eigenlijk_checks_a_summary(text):
    assert understand("client-c", text).check


def test_what_happens_in_him_is_a_feeling():
    turn = understand(
        "client-b", "wat gebeurt er met jou als je aandacht geeft aan zijn onzekerheid"
    )
    assert turn.aspect == "feeling" and turn.whose == "client", turn.describe()


def test_the_meaning_of_unjust_has_a_line_once_he_is_open():
    reply = last("client-a", ["Wat bedoel je als je zegt dat het onrechtvaardig is?"], openness=5)
    assert reply.line.key == "a-meaning-onrecht", reply.text
    low = last("client-a", ["Wat bedoel je als je zegt dat het onrechtvaardig is?"], openness=1)
    assert low.kind == "deflect", low.text


@pytest.mark.parametrize("slug", ALL)
def test_asked_whether_his_rule_always_holds_he_names_an_exception(slug):
    turn = "geldt dat eigenlijk overal, of zijn er momenten dat het anders ligt"
    open_ = last(slug, ["Vertel eens", turn], openness=5)
    assert "exception" in open_.line.moves and open_.kind == "answer", open_.text
    closed = last(slug, ["Vertel eens", turn], openness=0)
    assert "exception" in closed.line.moves and closed.kind == "deflect", closed.text
    other = last(slug, ["Vertel eens", "Wat gebeurde er daarna?"], openness=5)
    assert "exception" not in other.line.moves, other.text


def test_no_bare_dat_clause_left_when_the_opener_is_dropped():
    reply = last("client-b", ["Vind je dat je medewerker overdreven reageert?"], openness=5)
    assert not reply.text.startswith("Dat we"), reply.text
    asked = last("client-b", ["Te langzaam, zeg je. Wat bedoel je daarmee?"], openness=6)
    assert asked.text.startswith("Te langzaam?"), asked.text


def test_a_polite_wil_je_asks_no_motive():
    turn = understand("patient-a", "Wil je me vertellen over een moment waarop je opzij ging?")
    assert turn.aspect == "moment", turn.describe()
    asked = understand("patient-a", "Wil je dat echt, opzij gaan?")
    assert asked.aspect == "motive", asked.describe()


@pytest.mark.parametrize("slug", ALL)
def test_a_feeling_now_line_only_to_a_feeling_asked_now(slug):
    now = last(slug, ["Vertel eens", "Wat voel je nu, op dit moment?"], openness=6)
    past = last(slug, ["Vertel eens", "Wat voelde je toen?"], openness=6)
    assert "now_only" not in past.line.moves, past.text
    if "now_only" in now.line.moves:
        assert now.turn.time in ("now", "here")


def test_a_line_kept_for_one_topic_needs_it_named_or_just_told():
    off = play("client-b", ["Vertel eens over je team.", "Hoe voelt dat dan?"], openness=5)[-1]
    assert off.line.key != "b-feeling-done", off.text
    on = last("client-b", ["Hoe voelt dat eigenlijk, als iets af is?"], openness=5)
    assert on.line.key == "b-feeling-done", on.text


@pytest.mark.parametrize(
    "turn",
    [
        "Nou ja, dat is toch niet zo erg, iedereen zegt weleens iets onhandigs.",
        "Ach, dat overkomt iedereen.",
    ],
)
def test_more_forms_of_reassurance(turn):
    reply = last("client-b", ["Wat is er gebeurd?", turn])
    assert "reassurance" in reply.line.moves, (reply.text, reply.reason)


def test_op_het_moment_zelf_is_then_not_now():
    then = understand("client-b", "maar op het moment zelf voelt het alsof alles stilvalt")
    assert then.time == "then", then.describe()
    now = understand("client-b", "wat voel je op het moment, nu je dit vertelt")
    assert now.time != "then", now.describe()


@pytest.mark.parametrize("slug", ALL)
def test_a_meaning_deflection_at_high_openness_is_soft(slug):
    reply = last(slug, ["Wat bedoel je precies met 'zomaar'?"], openness=8)
    assert reply.kind == "deflect" and reply.line.min_openness >= 7, (reply.text, reply.reason)
    low = last(slug, ["Wat bedoel je precies met 'zomaar'?"], openness=2)
    assert low.kind == "deflect" and low.line.max_openness <= 6, low.text


@pytest.mark.parametrize(
    "slug,first,again,key",
    [
        (
            "client-c",
            "Hoe ging dat gesprek met de marketingmanager?",
            "Stop even, terug naar dat gesprek met de marketingmanager. Wat gebeurde er?",
            "c-gesprek-3",
        ),
        (
            "patient-a",
            "Kun je een moment noemen waarop je opzij ging in de winkelstraat?",
            "Wacht even, terug naar die winkelstraat. Hoe ging dat precies?",
            "pa-moment-4",
        ),
    ],
)
def test_a_rewind_to_a_told_moment_slows_it_down(slug, first, again, key):
    replies = play(slug, [first, "Oké.", again], openness=5)
    assert replies[-1].line.key == key, (replies[-1].text, replies[-1].reason)


@pytest.mark.parametrize("slug", ALL)
def test_a_greeting_at_the_start_gets_how_he_is(slug):
    reply = last(slug, ["Hoi, fijn dat je er bent. Hoe gaat het met je?"])
    assert "greeting" in reply.line.moves and reply.kind == "short", reply.text
    later = play(slug, ["Wat is er gebeurd?", "Oké.", "En hoe gaat het nu met je?"])[-1]
    assert "greeting" not in later.line.moves, later.text
    closed = last(
        slug, ["Wat is er gebeurd?", "Volgens mij speelt hier iets van vroeger mee, kan dat?"]
    )
    assert "greeting" not in closed.line.moves, closed.text


@pytest.mark.parametrize("slug", ALL)
def test_regret_is_a_judgement_of_himself(slug):
    reply = last(slug, ["Wat is er gebeurd?", "Heb je daar eigenlijk spijt van?"])
    assert "self_judgement" in reply.line.moves, (reply.text, reply.reason)


@pytest.mark.parametrize(
    "slug,turn,key",
    [
        ("patient-a", "Ga je op dat gesprek met de werkgever in?", "pa-choice-3"),
        ("client-a", "Ga je de coaching afmaken?", "a-choice-3"),
    ],
)
def test_a_yes_no_decision_on_a_topic_gets_his_decision(slug, turn, key):
    reply = last(slug, ["Vertel eens", turn])
    assert reply.line.key == key, (reply.text, reply.reason)


def test_what_he_would_say_to_her_is_a_wish():
    turn = understand("client-c", "Wat zou je tegen haar willen zeggen als je haar morgen ziet?")
    assert turn.aspect == "motive" and turn.wish, turn.describe()
    reply = last(
        "client-c", ["Wat zou je tegen haar willen zeggen als je haar morgen ziet?"], openness=6
    )
    assert reply.line.key == "c-wish-say", reply.text
    other = last("client-c", ["Wat had je achteraf anders gewild?"], openness=6)
    assert other.line.key != "c-wish-say", other.text


@pytest.mark.parametrize(
    "turn",
    [
        "toen je niet zeuren zei, wat ging er in je om",
        "Je zei 'niet zeuren'. Wat ging er toen in je om?",
    ],
)
def test_his_own_words_given_back_are_no_dismissing(turn):
    reply = last("client-b", ["Vertel eens", turn])
    assert reply.move.code != "dismissing", (reply.text, reply.reason)


@pytest.mark.parametrize("turn", ["Ach, niet zeuren, dat valt toch wel mee.", "Stel je niet aan."])
def test_dismissing_by_the_coach_stays_dismissing(turn):
    reply = last("client-b", ["Vertel eens", turn])
    assert reply.move.code == "dismissing", (reply.text, reply.reason)


def test_how_it_was_for_him_is_his_view():
    turn = understand("client-b", "Je zei 'niet zeuren'. Hoe was dat voor hem?")
    assert turn.whose == "other" and turn.aspect == "other_view", turn.describe()
    own = understand("client-b", "Hoe was dat voor jou?")
    assert own.whose == "client", own.describe()


@pytest.mark.parametrize("slug", ALL)
def test_hindsight_advice_gets_a_reaction(slug):
    reply = last(slug, ["Wat is er gebeurd?", "Dat had je nooit moeten doen."])
    assert reply.kind == "react" and reply.move.code == "advice", (reply.text, reply.reason)


def test_how_he_is_later_in_the_session_is_his_feeling_now():
    turn = understand("client-a", "Hoe gaat het nu, op dit moment, met je?")
    assert turn.aspect == "feeling" and turn.time in ("now", "here"), turn.describe()


@pytest.mark.parametrize("slug", ALL)
def test_asked_how_it_is_that_the_coach_said_it_he_comes_back_on_it(slug):
    replies = play(
        slug, ["Je moet gewoon eens voor jezelf opkomen.", "Hoe is dat voor je, dat ik dat zeg?"]
    )
    assert replies[-1].turn.aspect == "here_now", replies[-1].turn.describe()
    assert replies[-1].text.startswith("Net zei je nog"), replies[-1].text
