"""The scripted client who listens: move × aspect × trust → kind of reply, the trust gate,
memory of judgemental moves, styles, closing lines, determinism."""

from dataclasses import replace

import pytest

from dialogues import scripted_client as sc
from dialogues.analysis import analyse

from .conftest import ADVICE, NOT_KNOWING, OFF_TOPIC
from .conftest import CLOSED as CLOSED_QUESTION
from .scripts import coach, shipped

A = shipped()["client-a"]


def state(openness, told=(), affect=6, style="plain", **memory):
    return sc.State(openness, affect, {"style": style, "told": list(told), **memory})


def reply(text, *codes, at=None, script=A):
    return sc.respond(script, at or state(2), coach(text, *codes), ())


def aspect_of(key, script=A):
    return script.by_key()[key].aspects


# (coach turn, analyser codes, openness) → (kind of reply, the line's aspect or key)
TABLE = [
    # A not-knowing question answers the aspect asked, within trust.
    ("Wat voelde je toen?", ["not_knowing_question"], 2, "answer", "feeling"),
    ("Wat dacht je op dat moment?", ["not_knowing_question"], 2, "answer", "thought"),
    ("Wat maakte dat je dat briefje schreef?", ["not_knowing_question"], 2, "answer", "motive"),
    ("Wat bedoel je met ‘minkukels’?", ["clarification"], 2, "answer", "meaning"),
    ("Wat merk je in je lijf als je eraan denkt?", ["not_knowing_question"], 2, "answer", "body"),
    ("Wat merk je in je lijf als je eraan denkt?", ["not_knowing_question"], 1, "deflect", "body"),
    ("Wat was jouw aandeel daarin?", ["not_knowing_question"], 1, "deflect", "own_part"),
    ("Wat was jouw aandeel daarin?", ["not_knowing_question"], 4, "answer", "own_part"),
    # Another's view: too early at low trust (a deflection on that topic), answered later.
    (
        "Hoe zou de directie naar dat briefje kijken?",
        ["not_knowing_question"],
        2,
        "deflect",
        "other_view",
    ),
    (
        "Hoe zou de directie naar dat briefje kijken?",
        ["alternative_perspective"],
        5,
        "answer",
        "other_view",
    ),
    # The here and now: about this conversation, also early.
    (
        "Hoe is het voor je om hier nu met mij over te praten?",
        ["relationship_focus"],
        2,
        "answer",
        "here_now",
    ),
    # Stop and rewind: back to the moment.
    (
        "Wacht even, ik wil terug naar het moment dat je het briefje schreef.",
        ["stop_and_rewind"],
        2,
        "answer",
        "moment",
    ),
    # Empathic validation naming pain: too early, he corrects it (anger, not pain).
    (
        "Ik kan me voorstellen dat het pijn doet.",
        ["empathic_validation"],
        3,
        "deflect",
        "a-d-feeling",
    ),
    # Non-mentalizing moves get their own reactions.
    (ADVICE, ["advice"], 5, "react", "advice"),
    (
        "Je bent gewoon bang dat ze je ontslaan.",
        ["telling_feelings"],
        5,
        "react",
        "telling_feelings",
    ),
    (
        "Volgens mij gaat het eigenlijk over je vader.",
        ["interpretation"],
        5,
        "react",
        "interpretation",
    ),
    ("Ach, zo erg is dat toch niet.", ["dismissing"], 5, "react", "dismissing"),
    (
        "Dat is schandalig van ze, ik zou ook woedend zijn!",
        ["amplifying"],
        5,
        "react",
        "amplifying",
    ),
    # A closed question: a short answer on its topic.
    (CLOSED_QUESTION, ["closed_question"], 5, "short", "a-s-1"),
    # No code but a question without "?": still a question about his motive.
    ("wat maakte dat je ze minkukels noemde", [], 2, "answer", "motive"),
    # Off-topic: puzzled.
    (OFF_TOPIC, [], 5, "puzzled", None),
]


@pytest.mark.parametrize("text,codes,openness,kind,what", TABLE)
def test_engine_table(text, codes, openness, kind, what):
    result = reply(text, *codes, at=state(openness))
    assert result.kind == kind, result.reason
    line = result.line
    if what in sc.REACT_MOVES:
        assert what in line.moves
    elif what in (
        "feeling",
        "thought",
        "motive",
        "meaning",
        "body",
        "own_part",
        "other_view",
        "here_now",
        "moment",
    ):
        assert what in line.aspects, (line.key, result.reason)
    elif what:
        assert line.key == what, result.reason
    assert result.reason  # every reply says why


def test_validation_naming_the_feeling_is_taken_up_once_trust_allows():
    result = reply(
        "Ik kan me voorstellen dat het pijn doet.",
        "empathic_validation",
        at=state(6, told=["a-feeling-1"], affect=7),
    )
    assert result.line.key == "a-feeling-3"  # hurt, 'als een kleine jongen behandeld'
    assert result.state.affect < 7  # empathy calms


def test_openness_and_affect_per_move():
    start = state(4, affect=6)
    advice = sc.respond(A, start, coach(ADVICE, "advice"))
    assert (advice.state.openness, advice.state.affect) == (2, 7)
    amplify = sc.respond(A, start, coach("Schandalig!", "amplifying"))
    assert amplify.state.openness == 4 and amplify.state.affect == 8
    good = sc.respond(A, start, coach("Wat voelde je toen?", "not_knowing_question"))
    assert good.state.openness == 5
    closed = sc.respond(A, start, coach(CLOSED_QUESTION, "closed_question"))
    assert (closed.state.openness, closed.state.affect) == (4, 6)


def test_the_trust_gate_keeps_deep_material_for_sustained_good_moves():
    question = coach(
        "Hoe denk je dat de directie het woord minkukels gelezen heeft?", "not_knowing_question"
    )
    told = ["a-feeling-1", "a-feeling-3"]
    # Enough openness, prerequisites said, but no run of good moves yet: not the deep line.
    cold = sc.respond(A, state(8, told=told, streak=0), question)
    assert cold.line.key != "a-other-2"
    warm = sc.respond(A, state(8, told=told, streak=2), question)
    assert warm.line.key == "a-other-2"
    # Without the hurt first, the wondering about the board does not come.
    assert sc.respond(A, state(8, streak=3), question).line.key != "a-other-2"


def test_a_judgemental_move_is_remembered():
    s = state(5)
    advice = sc.respond(A, s, coach(ADVICE, "advice"))
    here = coach("Hoe is het voor je om hier met mij te praten?", "relationship_focus")
    after = sc.respond(A, advice.state, here)
    # Asked how it is here, he quotes what the coach actually said: that still bothers him.
    assert after.text == (
        "Net zei je nog: ‘Je moet gewoon eens met de directie gaan praten’. "
        "Dat zit me eerlijk gezegd nog dwars."
    )
    assert after.state.openness == advice.state.openness  # wary: no gain yet
    again = sc.respond(A, after.state, coach("Wat dacht je toen?", "not_knowing_question"))
    assert not again.text.startswith("Net zei je")  # referred back once
    assert again.state.openness == after.state.openness + 1
    # While wary the gate counts one point less.
    assert (
        "nu 2" in sc.respond(A, advice.state, coach("Wat dacht je?", "not_knowing_question")).reason
    )


def test_an_answer_to_another_question_gets_no_refer_back_glued_before_it():
    advice = sc.respond(A, state(5), coach(ADVICE, "advice"))
    after = sc.respond(A, advice.state, coach("Wat voelde je toen?", "not_knowing_question"))
    assert "Net zei je" not in after.text
    assert "feeling" in after.line.aspects or after.kind == "deflect"
    assert after.state.openness == advice.state.openness  # still wary: no gain yet


def test_the_same_advice_twice_refers_back_to_the_first():
    first = sc.respond(A, state(6), coach(ADVICE, "advice"))
    # (the same subject: the board; unrelated advice gets no callback, see test_fit_round10)
    again = "Je zou gewoon eens met de directie moeten praten."
    second = sc.respond(A, first.state, coach(again, "advice"))
    assert second.text.startswith("Net zei je nog")
    assert second.line.key != first.line.key


@pytest.mark.parametrize("slug", sorted(shipped()))
def test_never_the_same_line_twice_in_a_row_and_deterministic(slug):
    script = shipped()[slug]
    turns = [
        coach("Wat voelde je toen?", "not_knowing_question"),
        coach("Ben je boos?", "closed_question"),
        coach(ADVICE, "advice"),
        coach(OFF_TOPIC),
        coach("Dat is schandalig!", "amplifying"),
    ] * 6
    runs = []
    for _ in range(2):
        s = sc.start_state(script, "plain")
        keys = []
        for turn in turns:
            result = sc.respond(script, s, turn)
            keys.append(result.line.key)
            s = result.state
        runs.append(keys)
    assert runs[0] == runs[1]
    assert all(a != b for a, b in zip(runs[0], runs[0][1:], strict=False))


def test_asking_the_same_question_again_never_repeats_the_last_line():
    s = state(3)
    keys = []
    for _ in range(8):
        result = sc.respond(A, s, coach("Wat voelde je toen?", "not_knowing_question"))
        keys.append(result.line.key)
        s = result.state
    assert all(a != b for a, b in zip(keys, keys[1:], strict=False))
    assert len(set(keys)) >= 4  # he tells more, not the same thing


def play(style, script=A, n=8):
    s = sc.start_state(script, style)
    texts = []
    for i in range(n):
        question = [
            "Wat voelde je toen?",
            "Wat dacht je toen?",
            "Wat maakte dat je dat deed?",
            "Hoe was dat voor je?",
        ][i % 4]
        result = sc.respond(script, s, coach(question, "not_knowing_question"))
        texts.append(result.text)
        s = result.state
    return texts, s


def test_styles_change_trust_and_voice():
    plain, plain_state = play("plain")
    reserved, reserved_state = play("reserved")
    verbose, _ = play("verbose")
    upset_start = sc.start_state(A, "upset")
    assert upset_start.affect == sc.start_state(A, "plain").affect + 2
    assert reserved_state.openness < plain_state.openness  # trust grows slower
    assert sum(map(len, reserved)) < sum(map(len, plain)) < sum(map(len, verbose))
    upset, _ = play("upset")
    assert upset != plain


@pytest.mark.parametrize("slug", sorted(shipped()))
@pytest.mark.parametrize("style", sorted(sc.STYLES))
def test_every_case_plays_in_every_style(slug, style):
    texts, _ = play(style, shipped()[slug], n=6)
    assert all(texts)


def test_the_closing_line_matches_the_state():
    low, _ = sc.closing(A, state(1))
    high, _ = sc.closing(A, state(9))
    assert low.key.startswith("a-c-low") and high.key.startswith("a-c-high")


def test_scripts_are_checked_as_a_whole():
    assert A.problems() == []
    without_body = replace(A, lines=tuple(line for line in A.lines if line.key != "a-d-body"))
    assert any("het lijf" in p for p in without_body.problems())
    unknown = replace(A, lines=A.lines + (sc.Line("x", "answer", "X", requires=("nope",)),))
    assert any("nope" in p for p in unknown.problems())


@pytest.mark.parametrize(
    "text,kind",
    [
        (NOT_KNOWING, sc.MENTALIZING),
        ("Oké, dat lijkt me niet fijn.", sc.MENTALIZING),
        (ADVICE, sc.NON_MENTALIZING),
        ("Jij bent gewoon bang.", sc.NON_MENTALIZING),
        (CLOSED_QUESTION, sc.CLOSED),
        (OFF_TOPIC, sc.EMPTY),
        ("", sc.EMPTY),
        ("hoe kijk jij daar nu op terug", sc.MENTALIZING),  # a question without "?"
    ],
)
def test_classify_coach_turns(text, kind):
    assert sc.classify(analyse(text, "coach")).kind == kind


def test_a_closed_question_gets_a_short_answer_on_its_aspect():
    result = reply("merk je nu iets in je lijf", "closed_question", at=state(3))
    assert result.kind == "short" and result.text.startswith("In mijn lijf?")
    assert result.state.openness == 3


def test_a_nod_lets_him_go_on_and_off_topic_puzzles_him():
    assert reply("oké", at=state(3)).kind == "answer"
    assert reply("Ik hoor je zeggen dat het je dwarszit.", at=state(3)).kind == "answer"
    assert reply("Het regent.", at=state(3)).kind == "puzzled"


def test_statements_without_a_code_are_still_read():
    assert reply("Je moet voor jezelf opkomen.", at=state(5)).line.key.startswith("a-r-adv")
    assert reply("Jij bent wel erg streng.", at=state(5)).line.moves == ("interpretation",)
    amplified = reply("das echt belachelijk van die directie zeg", at=state(5))
    assert "amplifying" in amplified.line.moves
    corrected = reply("je klinkt gekwetst", at=state(3))
    assert corrected.line.key == "a-d-feeling"  # a feeling named: taken as a validation


def test_an_invitation_is_no_advice():
    text = "vertel eens wat meer over die vestiging"
    move = sc.classify(coach(text, "advice", "not_knowing_question"))
    assert move.kind == sc.MENTALIZING and "advice" not in move.codes


def test_the_meaning_of_his_word_gets_a_line_about_that_word():
    result = reply("wat bedoel je met onderuit halen", "not_knowing_question", at=state(2))
    assert result.line.key == "a-meaning-4"
    unknown = reply("Wat bedoel je met ‘parkeerplaats’?", "clarification", at=state(5))
    assert unknown.kind == "deflect" and "meaning" in unknown.line.aspects


def test_a_feeling_he_just_named_is_confirmed():
    after = reply(
        "Ik kan me voorstellen dat het pijn doet.",
        "empathic_validation",
        at=state(7, told=["a-feeling-1"], streak=2),
    )
    assert after.line.key == "a-feeling-3"
    again = sc.respond(
        A, after.state, coach("Het klinkt alsof je je klein gemaakt voelt.", "empathic_validation")
    )
    assert again.line.key == "a-s-confirm"


@pytest.mark.parametrize(
    "text,aspect,whose",
    [
        ("wa bedoelt ge met strafexpeditie", "meaning", "client"),  # Flemish, no "?"
        ("wat was uw eigen aandeel, denkt ge", "own_part", "client"),
        ("Wanneer merkte je dat het weer gebeurde?", "moment", "client"),
        ("Wat ging er in hem om, denk je?", "other_view", "other"),
        ("Wat zou je willen dat er anders ging?", "motive", "client"),
        ("Wat had je gehoopt dat de directie zou doen?", "motive", "client"),
        ("Wat gebeurt er met je als je eraan terugdenkt?", "feeling", "client"),
        ("Wat zou jij ervan vinden als iemand jou zo'n briefje stuurde?", "other_view", "client"),
    ],
)
def test_what_a_coach_turn_asks_about(text, aspect, whose):
    from dialogues.coach_turn import understand

    turn = understand(text, (), A.topics)
    assert (turn.aspect, turn.whose) == (aspect, whose)


def test_en_toen_is_an_encouragement_not_a_closed_question():
    move = sc.classify(coach("en toen?", "closed_question"))
    assert move.kind == sc.EMPTY and move.code == "nod"
    assert reply("en toen?", "closed_question", at=state(4)).kind == "answer"


def test_exclamations_and_statements_the_analyser_gives_no_code():
    assert sc.classify(coach("Wat een rotsituatie.")).code == "empathic_validation"
    assert not sc.coach_turn.is_question("Wat een rotsituatie.")[0]
    assert sc.classify(coach("Misschien ligt het ook aan jou.")).code == "interpretation"
    told = reply(
        "Waar ben je het meest boos over?",
        "not_knowing_question",
        at=state(4, told=["a-feeling-1"], last="a-x"),
    )
    assert "gevoel-boos" in told.line.topics  # the anger again, not another feeling
