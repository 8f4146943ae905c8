"""Misfit kinds of the seventh and eighth blind ratings, one group of tests a kind, with
positives in several phrasings (tidy, chat, Flemish) and look-alike negatives. The coach turns
are written for these tests (through the real analyser), not taken from the rated sessions."""

import pytest

from dialogues import coach_turn
from dialogues import scripted_client as sc

from .scripts import last, shipped

SCRIPTS = shipped()
ALL = sorted(SCRIPTS)
OPENING = {
    "client-a": "Wat is er gebeurd met de directie?",
    "client-b": "Wat is er gebeurd met die medewerker?",
    "client-c": "Wat is er gebeurd met die manager?",
    "patient-a": "Wat is er gebeurd met je baas?",
}


def sided(text):
    from dialogues.analysis import analyse

    return sc.classify(analyse(text, "coach")).code == "amplifying"


# -- siding in a statement: a verdict on what was done to him, or a generalisation on his side --

SIDING = [
    "amai, da's straf zeg. nooit komen kijken en dan wel commentaar geven, schandalig",
    "Dat is ook gewoon onterecht, hoor.",
    "pfff die verdient echt een lesje",
    "Vreselijk, zo behandeld worden.",
    "Tja, zulke types zijn nu eenmaal zo, die zitten in hun ivoren toren.",
    "ja zo gaat dat bij die lui, die weten niks van de werkvloer",
    "Sommige mensen zijn gewoon traag, niet iedereen is zo snel als jij.",
    "die moet ook nie zo zeuren natuurlijk haha",
    "emoties horen daar eigenlijk ook niet thuis he",
    "Wat een toestand zeg, zo iemand moet je toch niet hebben!!",
]


@pytest.mark.parametrize("text", SIDING)
def test_siding_in_a_statement_is_amplifying(text):
    assert sided(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Je vindt het onterecht, hoor ik.",
        "Vind je het schandalig?",
        "Wat vreselijk voor je.",
        "Je zegt dat het belachelijk is. Wat maakt het zo erg voor je?",
        "Hoe kijk je daar nu naar, is het onterecht?",
    ],
)
def test_his_view_given_back_or_asked_is_no_siding(text):
    assert not sided(text), text


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("text", SIDING[:6])
def test_siding_gets_agreement_not_a_feeling_answer(slug, text):
    reply = last(slug, [OPENING[slug], text])
    assert reply.move.code == "amplifying", reply.reason
    assert reply.kind in ("react", "short"), (reply.text, reply.reason)
    assert reply.line.kind != "deflect", reply.text


@pytest.mark.parametrize("slug", ALL)
def test_siding_again_and_again_ends_in_agreement_not_a_stock_deflection(slug):
    replies = [last(slug, [OPENING[slug]] + SIDING[:n]) for n in range(1, 6)]
    for reply in replies:
        assert reply.line.kind in ("react", "short"), (reply.text, reply.reason)
    assert "acknowledge" in replies[-1].line.moves or replies[-1].line.kind == "react"


# -- a validation that names no feeling: he takes it in, he answers no feeling question ---------


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Dat kan ik me voorstellen.",
        "dat kan ik me voorstellen, het is nie niks om daar zo naar te kijken",
        "da kan ik me goed voorstellen, da het je dan te langzaam gaat",
        "Wat een rotsituatie.",
        "Wat vreselijk voor je.",
        "Dat snap ik wel, als je het zo vertelt.",
    ],
)
def test_a_validation_without_a_feeling_is_taken_in(slug, text):
    reply = last(slug, [OPENING[slug], text])
    assert "acknowledge" in reply.line.moves, (reply.text, reply.reason)
    assert reply.kind == "short"


@pytest.mark.parametrize("slug", ALL)
def test_a_validation_naming_a_feeling_is_still_taken_up_or_corrected(slug):
    reply = last(slug, [OPENING[slug], "Je klinkt behoorlijk boos, als je dat zo vertelt."])
    assert "acknowledge" not in reply.line.moves, reply.text


@pytest.mark.parametrize("slug", ALL)
def test_acknowledgements_follow_his_openness(slug):
    low = last(slug, ["Dat kan ik me voorstellen."], openness=1)
    high = last(slug, ["Dat kan ik me voorstellen."], openness=9)
    assert low.line.max_openness <= 3 < high.line.min_openness, (low.text, high.text)


@pytest.mark.parametrize("slug", ALL)
def test_an_acknowledgement_never_answers_a_closed_question(slug):
    reply = last(slug, [OPENING[slug], "Ben je boos?"])
    assert "acknowledge" not in reply.line.moves, reply.text


def test_coach_turn_module_reads_the_verdicts_from_its_lexicon():
    lex = coach_turn.lexicon()["siding"]
    assert "schandalig" in lex["verdicts"] and "je vindt" in lex["not_verdicts"]


# -- practical facts: who was there, how it was sent, his work, his private life ---------------

PRESENT = [
    "was er iemand bij toen dat gebeurde",
    "Was het met z'n tweeën, of was er nog iemand bij?",
    "was da één op één of waren er anderen bij",
    "Wie was erbij, en waar was dat?",
    "waren er anderen bij?",
]


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("text", PRESENT)
def test_who_was_there_gets_the_fact(slug, text):
    reply = last(slug, [OPENING[slug], text])
    assert "feit-aanwezig" in reply.line.topics, (reply.text, reply.reason)


@pytest.mark.parametrize(
    "text",
    [
        "Heb je dat briefje alleen geschreven of samen met iemand?",
        "Was je alleen toen je het schreef?",
        "heb je da briefje in je eentje geschreven",
    ],
)
def test_alone_with_the_letter_is_the_letter_fact(text):
    reply = last("client-a", [OPENING["client-a"], text])
    assert reply.line.key == "a-fact-present", (reply.text, reply.reason)


@pytest.mark.parametrize(
    "text",
    [
        "heb je het briefje met de hand geschreven of gemaild",
        "Heb je het briefje aan de hele directie gestuurd?",
        "was da briefje getypt of met de hand",
    ],
)
def test_how_the_letter_went_is_a_fact_not_a_brush_off(text):
    reply = last("client-a", [OPENING["client-a"], text])
    assert reply.line.key == "a-fact-sent", (reply.text, reply.reason)
    assert reply.text != str(sc.EITHER_OR)


def test_a_practical_choice_he_has_no_fact_for_is_still_brushed_off():
    reply = last("client-a", [OPENING["client-a"], "Kwam je met de auto of met de trein?"])
    assert reply.text == str(sc.EITHER_OR), reply.text


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text", ["wat voor werk doe je eigenlijk", "Wat is je functie precies?", "wat doe je voor werk"]
)
def test_his_work_is_a_fact(slug, text):
    reply = last(slug, [OPENING[slug], text])
    assert "feit-werk" in reply.line.topics, (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text", ["Ben je getrouwd? Hoe lang al?", "heb je kinderen?", "ben je getrouwd eigenlijk"]
)
def test_private_life_before_any_other_fact(slug, text):
    reply = last(slug, [OPENING[slug], text])
    assert "feit-prive" in reply.line.topics, (reply.text, reply.reason)


def test_they_never_come_only_answers_a_visit():
    visit = last("client-a", [OPENING["client-a"], "Komen ze wel eens langs op de vestiging?"])
    assert visit.line.key == "a-s-4", visit.text
    joke = last(
        "client-a", [OPENING["client-a"], "Was het briefje ook een beetje als grap bedoeld?"]
    )
    sent = last("client-a", [OPENING["client-a"], "Heb je het de directie zelf gegeven?"])
    assert "a-s-4" not in (joke.line.key, sent.line.key), (joke.text, sent.text)


# -- small talk late in a session: no "Zullen we beginnen?", plans are private ------------------

LATER = ["Wat is er gebeurd?", "Wat speelt er nog meer?", "En hoe gaat het thuis?"]


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Nog plannen voor het weekend? Even iets anders dan werk.",
        "Nog iets leuks van plan dit weekend, om het even los te laten?",
        "heb je nog hobbys buiten je werk",
    ],
)
def test_plans_and_hobbies_are_private_small_talk(slug, text):
    reply = last(slug, LATER + [text])
    assert "private" in reply.line.moves, (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
def test_no_let_us_begin_late_in_a_session(slug):
    for text in ("Hoe was het verkeer?", "Was het druk op de weg vanochtend?"):
        reply = last(slug, LATER + [text])
        assert "beginnen" not in reply.text, reply.text


# -- the two of them: the coach's intent, what he takes along, what brought him ----------------

HERE = {
    "coach": [
        "Zou ik de bedoeling hebben jou te kleineren, denk je?",
        "En hoe zou je willen dat ik je zie?",
        "hoe is 't voor jou dat ik je steeds afrem",
        "denk je dat ik je wil veroordelen?",
        "hebt ge het gevoel dat ge hier ook rekening moet houden met mij",
    ],
    "takeaway": [
        "Hoe kijk je terug op dit gesprek?",
        "Ik hoop dat je er vandaag iets aan gehad hebt. Wat neem je mee?",
        "wat neem je hiervan mee naar huis",
        "Als je terugdenkt aan hoe je hier binnenkwam, wat is er nu anders?",
    ],
    "reason": [
        "Dat klinkt als iemand die veel gedaan krijgt. Wat maakt dat je hier zit?",
        "wrm zit ge hier eigenlijk",
        "Wat brengt je hier bij mij?",
        "Wat maakt dat je nu bij mij komt?",
    ],
}
MOVE = {"coach": "here_coach", "takeaway": "takeaway", "reason": "here_reason"}


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("kind,text", [(k, t) for k, ts in HERE.items() for t in ts])
def test_a_question_about_the_two_of_them_gets_its_own_line(slug, kind, text):
    asked = coach_turn.understand(text, (), SCRIPTS[slug].topics)
    assert asked.here_kind == kind and asked.aspect == "here_now", asked
    reply = last(slug, [OPENING[slug], text])
    assert MOVE[kind] in reply.line.moves, (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
def test_what_he_takes_along_follows_his_openness(slug):
    low = last(slug, ["Wat neem je mee van vandaag?"], openness=1)
    high = last(slug, ["Wat neem je mee van vandaag?"], openness=9)
    assert low.line.key != high.line.key
    assert high.line.min_openness >= 7 > low.line.max_openness, (low.text, high.text)


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Hoe is het voor je om hier met mij te praten?",
        "hoe is da nu hier, tussen ons",
        "Wat merk je hier bij mij, nu?",
    ],
)
def test_a_plain_here_question_keeps_the_plain_here_lines(slug, text):
    reply = last(slug, [OPENING[slug], text])
    assert not set(MOVE.values()) & set(reply.line.moves), (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Wat merk je nu in jezelf, nu we er even bij stilstaan?",
        "wat gebeurt er nu in je, terwijl je dit vertelt?",
        "wa gebeurt er nu in u",
    ],
)
def test_what_goes_on_in_him_now_is_his_feeling(slug, text):
    asked = coach_turn.understand(text, (), SCRIPTS[slug].topics)
    assert asked.aspect == "feeling" and asked.whose == "client", asked


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Het weer zit ook niet mee hè, al die regen. Hoe kom je eigenlijk hierheen?",
        "hoe ben je hier gekomen vandaag",
    ],
)
def test_how_he_got_here_is_small_talk(slug, text):
    reply = last(slug, [OPENING[slug], text])
    assert "small_talk" in reply.line.moves, (reply.text, reply.reason)


@pytest.mark.parametrize(
    "text",
    [
        "hoe denk je dat 'niet zeuren' bij je medewerker binnenkwam",
        "Wat denk je dat zij ervan meenam, uit dat gesprek?",
    ],
)
def test_how_it_landed_with_another_is_no_takeaway(text):
    asked = coach_turn.understand(text, (), SCRIPTS["client-b"].topics)
    assert asked.here_kind == "" and asked.aspect == "other_view", asked


# -- his own mind asked, though the turn names another or a what-if -----------------------------

WHAT_IF = [
    "Stel dat je één keer niet meteen reageert. Wat zou je dan voelen?",
    "wat is het ergste dat er kan gebeuren als je er even bij stilstaat",
    "Wat zou het ergste zijn dat er kan gebeuren als je wel even wacht?",
    "Stel dat iemand jou zo'n bericht stuurde, wat zou dat met jou doen?",
    "wat als ge een keer nie meteen reageert, wat gebeurt er dan",
]


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("text", WHAT_IF)
def test_a_what_if_about_himself_is_his_own(slug, text):
    asked = coach_turn.understand(text, (), SCRIPTS[slug].topics)
    assert asked.what_if and asked.whose == "client", asked
    reply = last(slug, [OPENING[slug], text], openness=5)
    assert "what_if" in reply.line.moves, (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
def test_each_case_has_a_what_if_line_before_deep_trust(slug):
    lines = [x for x in SCRIPTS[slug].lines if "what_if" in x.moves and x.kind == "answer"]
    assert len(lines) >= 3 and min(x.min_openness for x in lines) <= 2


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "ik zit te denken, twijfelt gij zelf eigenlijk nooit",
        "Wat voelde je toen?",
        "Hoe kijk je daar nu naar?",
    ],
)
def test_a_what_if_line_answers_no_other_question(slug, text):
    reply = last(slug, [OPENING[slug], text], openness=5)
    assert "what_if" not in reply.line.moves, (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Wat zou het kunnen zeggen dat juist de emoties van een ander je zo onrustig maken?",
        "wat zegt het over jou dat je daar zo op reageert",
        "Hoe voelde dat, die keer dat jij niet meteen wist wat je wilde?",
        "wat dacht ge die avond zelf",
    ],
)
def test_his_own_mind_asked_beside_another_or_that_time(slug, text):
    asked = coach_turn.understand(text, (), SCRIPTS[slug].topics)
    assert asked.whose == "client" and asked.aspect != "other_view", asked


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Van wie weet je dat eigenlijk, is dat jouw stem of die van iemand anders?",
        "waar heb je dat geleerd, denk je",
        "Van wie heb je dat meegekregen?",
    ],
)
def test_where_his_rule_comes_from(slug, text):
    asked = coach_turn.understand(text, (), SCRIPTS[slug].topics)
    assert asked.origin and asked.whose == "client", asked
    high = last(slug, [OPENING[slug], text], openness=5)
    assert "origin" in high.line.moves and high.kind == "answer", (high.text, high.reason)
    low = last(slug, [OPENING[slug], text], openness=0)
    assert low.kind == "deflect" and "hoofd" not in low.text, (low.text, low.reason)


@pytest.mark.parametrize("slug", ALL)
def test_an_origin_line_answers_nothing_else(slug):
    for text in ("Wat dacht je toen?", "Hoe kijk je er nu tegenaan?"):
        reply = last(slug, [OPENING[slug], text], openness=5)
        assert "origin" not in reply.line.moves, reply.text


@pytest.mark.parametrize(
    "text",
    [
        "ik zit nu te denken, hoe gaat dat eigenlijk thuis als iemand daar emotioneel is",
        "Die kick als je iets af hebt en met plezier thuiskomt, hoe ziet dat er thuis uit?",
    ],
)
def test_home_asked_gets_home(text):
    reply = last("client-b", [OPENING["client-b"], text], openness=5)
    assert "thuis" in reply.line.persons or "thuis" in reply.line.topics, (reply.text, reply.reason)


# -- reactions: "Net zei je nog …" only for a move just made; a summary is no advice -------------

ADVICE = "Je moet gewoon eens rustig met ze gaan praten."
CALM = ["Wat is er gebeurd?", "Waar merk je dat aan?", "Wat voelde je toen?"]


@pytest.mark.parametrize("slug", ALL)
def test_no_refer_back_to_advice_long_ago(slug):
    reply = last(slug, [ADVICE] + CALM + ["probeer het eens anders aan te pakken, zou ik zeggen"])
    assert reply.move.code == "advice", reply.reason
    assert "Net zei je nog" not in reply.text, reply.text


@pytest.mark.parametrize("slug", ALL)
def test_a_refer_back_to_advice_just_given(slug):
    reply = last(slug, [ADVICE, "Wat voelde je toen?", "je moet het echt eens anders aanpakken"])
    assert reply.text.startswith("Net zei je nog"), reply.text


@pytest.mark.parametrize("slug", ALL)
def test_no_two_refer_backs_in_a_row(slug):
    turns = [
        "Je voelt je gewoon afgewezen.",
        ADVICE,
        "Je voelt je eigenlijk gekwetst, dat zie ik.",
        "je moet er gewoon mee stoppen",
    ]
    replies = [last(slug, turns[:n]) for n in range(1, 5)]
    calls = [r.text.startswith("Net zei je nog") for r in replies]
    assert not any(a and b for a, b in zip(calls, calls[1:], strict=False)), [
        r.text for r in replies
    ]


@pytest.mark.parametrize("slug", ALL)
def test_a_refer_back_quotes_the_clause_that_bore_the_move(slug):
    turns = ["Je bent gewoon te bescheiden, dat is het.", "Wat voelde je toen?"]
    reply = last(slug, turns + ["Je bent gewoon te bescheiden, je moet meer voor jezelf opkomen."])
    if reply.text.startswith("Net zei je nog:"):
        assert "…" not in reply.text.split("’")[0], reply.text


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Ik probeer het even samen te vatten: je voelt je niet gezien, alsof al die jaren niks "
        "waard waren. Zit ik er dicht bij?",
        "Samengevat: je vindt dat het anders moet. Klopt dat?",
        "als ik het goed begrijp voel je je vooral niet serieus genomen, klopt da?",
    ],
)
def test_a_summary_to_check_is_no_advice_nor_feeling_told(slug, text):
    reply = last(slug, [OPENING[slug], text])
    assert reply.move.kind != sc.NON_MENTALIZING, (reply.move, reply.text)
    assert reply.kind != "react", reply.text


@pytest.mark.parametrize("slug", ALL)
def test_a_what_if_about_him_is_no_advice(slug):
    text = "ik zit te denken, wat als jij zelf eens ergens niet uit bent. gebeurt dat"
    reply = last(slug, [OPENING[slug], text])
    assert reply.move.code != "advice", (reply.move, reply.text)


def test_his_own_words_mulled_over_are_no_dismissing():
    reply = last("client-b", [OPENING["client-b"], "niet zeuren... wat gebeurde er vlak daarvoor"])
    assert reply.move.code != "dismissing" and reply.kind == "answer", (reply.move, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        "ga die werkgever gerust eens flink de waarheid zeggen, da lucht op",
        "Je moet ze eens goed vragen waarom ze je niet meteen namen.",
    ],
)
def test_advice_that_is_his_own_plan_gets_agreement(text):
    reply = last("patient-a", [OPENING["patient-a"], text])
    assert reply.move.code == "amplifying", (reply.reason, reply.text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik stel voor dat je het uitfoeteren van die werkgever nog even uitstelt.",
        "Wacht misschien nog even met dat gesprek, laat het een nachtje rusten.",
    ],
)
def test_advice_to_hold_off_is_never_already_tried(text):
    for slug in ALL:
        reply = last(slug, [OPENING[slug], text])
        assert "geprobeerd" not in reply.text, (slug, reply.text)
        assert reply.move.code != "amplifying", (slug, reply.reason)


@pytest.mark.parametrize("slug", ALL)
def test_advice_again_and_again_never_asks_to_keep_it_practical(slug):
    advice = [
        ADVICE,
        "zou ge nie beter eens met hem een koffie gaan drinken",
        "Probeer eens wat vaker te luisteren.",
        "je kan beter eerst vragen wat ze bedoelen",
        "Misschien moet je gewoon wat meer geduld hebben.",
    ]
    for n in range(1, len(advice) + 1):
        reply = last(slug, advice[:n])
        assert "praktisch" not in reply.text, reply.text


# -- the aspect and the event asked, read more closely -------------------------------------------


@pytest.mark.parametrize(
    "slug,text",
    [
        (
            "client-c",
            "Wacht even. Ik wil terug naar het gesprek met haar. Wat zei je precies tegen haar?",
        ),
        ("client-c", "en wat zei jij toen"),
        ("client-a", "wat zei je toen tegen die regiodirecteur"),
        ("patient-a", "en wa zei gij dan tegen uw baas"),
    ],
)
def test_no_opener_with_words_nobody_used(slug, text):
    reply = last(slug, [OPENING[slug], text], openness=5)
    assert not reply.text.startswith("Mijn aandeel?"), reply.text


def test_an_opener_with_the_coachs_own_words_stays():
    reply = last("client-a", ["Wat was jouw aandeel daarin, denk je?"], openness=5)
    assert reply.text.startswith("Mijn aandeel?"), reply.text


@pytest.mark.parametrize(
    "text",
    [
        "Wacht even, ik wil terug naar die functie die je baas een ander gaf. Hoe hoorde je dat?",
        "ff terug naar die functie. hoe kwam je dat te weten",
    ],
)
def test_a_rewind_to_an_event_keeps_to_that_event(text):
    reply = last("patient-a", [OPENING["patient-a"], text], openness=5)
    assert "functie" in reply.line.topics, (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text", ["wat bedoel je eigenlijk met 'dat'", "Wat bedoel je eigenlijk, als je dat zegt?"]
)
def test_what_do_you_mean_is_no_summary_check(slug, text):
    assert not coach_turn.understand(text, (), SCRIPTS[slug].topics).check


@pytest.mark.parametrize("slug", ALL)
def test_says_he_really_still_checks_a_summary(slug):
    text = "als ik je goed hoor: wie twijfelt is slap. zeg je dat eigenlijk"
    assert coach_turn.understand(text, (), SCRIPTS[slug].topics).check


@pytest.mark.parametrize(
    "slug,text,topic",
    [
        ("patient-a", "wat bedoel je eigenlijk met 'recht op hebben'", "recht-op"),
        ("patient-a", "wie wil mij nou... wat bedoel je daar precies mee", "wie-wil-mij"),
        (
            "client-b",
            "Je zegt: het houdt zo op. Wat bedoel je daarmee, wat houdt er op?",
            "houdt-op",
        ),
        (
            "client-b",
            "Wat bedoel je met 'draagvlak creëren'? Hoe ziet dat er bij jou uit?",
            "draagvlak",
        ),
        ("client-b", "wa bedoelt ge met draagvlak, hoe ziet da eruit bij u", "draagvlak"),
    ],
)
def test_the_meaning_of_his_own_phrase(slug, text, topic):
    reply = last(slug, [OPENING[slug], text], openness=5)
    assert topic in reply.line.topics, (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Wat zou het motief kunnen zijn als iemand niet meteen zijn mening geeft?",
        "hoe zou iemand anders dat zien, denk je",
    ],
)
def test_someone_elses_view_is_not_his_own(slug, text):
    asked = coach_turn.understand(text, (), SCRIPTS[slug].topics)
    assert asked.aspect == "other_view" and asked.whose == "other", asked


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text",
    [
        "Is dat zo, of zijn er ook momenten geweest dat het anders ging?",
        "is het ooit een keer niet zo gegaan",
    ],
)
def test_an_exception_asked_in_the_past(slug, text):
    assert coach_turn.understand(text, (), SCRIPTS[slug].topics).exception


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize(
    "text", ["onrustig zeg je. hoe merk je dat, waar zit dat", "waar zit het dan"]
)
def test_where_it_sits_is_the_body(slug, text):
    assert coach_turn.understand(text, (), SCRIPTS[slug].topics).aspect == "body"


@pytest.mark.parametrize("slug", ALL)
@pytest.mark.parametrize("text", ["en wanneer gaat het minder goed", "maar hoe ging het daarna"])
def test_a_question_going_on_from_his_story_is_no_small_talk(slug, text):
    reply = last(slug, [OPENING[slug], text])
    assert "small_talk" not in reply.line.moves and reply.kind != "puzzled", reply.text


@pytest.mark.parametrize("slug", ALL)
def test_the_mood_in_his_team_is_a_fact(slug):
    reply = last(slug, [OPENING[slug], "hoe is de sfeer eigenlijk, op je werk, met je team"])
    assert "feit-sfeer" in reply.line.topics, (reply.text, reply.reason)


@pytest.mark.parametrize("slug", ALL)
def test_a_summary_is_confirmed_in_words_not_a_bare_hm(slug):
    text = "Als ik het goed samenvat: je voelt je niet gezien in wat je gedaan hebt. Klopt dat?"
    reply = last(slug, [OPENING[slug], "Wat voelde je toen?", text], openness=5)
    assert not reply.text.startswith("Hm. ") or len(reply.text.split(".")[1].split()) >= 3, (
        reply.text
    )


@pytest.mark.parametrize(
    "text",
    [
        "Waar sta jij zelf in dat beeld, bij de grote bomen of bij de jonkies?",
        "Hoge oude bomen... ik vraag me af of jij je eerder een hoge boom voelt of een jonkie.",
        "voel jij je meer een grote boom of een jonkie",
    ],
)
def test_where_he_stands_in_the_image_is_his_choice(text):
    reply = last("patient-a", [OPENING["patient-a"], text], openness=5)
    assert "either_or" in reply.line.moves and reply.text != str(sc.EITHER_OR), reply.text


@pytest.mark.parametrize(
    "text",
    ["waarom zouden zij dat willen denk je", "Wat zou de directeur vertellen over dat briefje?"],
)
def test_how_the_word_landed_only_when_the_word_is_named(text):
    reply = last("client-a", [OPENING["client-a"], text], openness=6)
    assert reply.line.key != "a-other-4", reply.text


def test_what_he_means_beats_where_it_sits():
    asked = coach_turn.understand(
        "Wat bedoel je met onrechtvaardig? Waar zit dat nou precies in?",
        (),
        SCRIPTS["client-a"].topics,
    )
    assert asked.aspect == "meaning", asked


@pytest.mark.parametrize("slug", ALL)
def test_by_bike_or_car_is_small_talk(slug):
    reply = last(slug, [OPENING[slug], "mooi weer vandaag trouwens, ben je met de fiets gekomen"])
    assert "small_talk" in reply.line.moves, (reply.text, reply.reason)
