"""The scripted client: which kind of reply each move gets, and how openness and affect move."""

import pytest

from dialogues.analysis import analyse
from dialogues.analysis.result import Analysis, Marker
from dialogues.scripted_client import (
    CLOSED,
    EMPTY,
    MENTALIZING,
    NON_MENTALIZING,
    Line,
    Move,
    Script,
    State,
    classify,
    closing,
    reply,
)

from .conftest import ADVICE, NOT_KNOWING, OFF_TOPIC
from .conftest import CLOSED as CLOSED_QUESTION

SCRIPT = Script(
    path=tuple((Line(f"Pad {n}."),) for n in range(1, 9)),
    steps=tuple(range(1, 9)),
    defensive=(Line("Verdedig 1."), Line("Verdedig 2."), Line("Verdedig 3.")),
    short=(Line("Kort 1."), Line("Kort 2.")),
    puzzled=(Line("Huh 1."), Line("Huh 2.")),
    closing=(Line("Dag 1.", affect=2), Line("Dag 2.")),
)
START = State(step=0, openness=3, affect=6)


def move(kind, *codes):
    return Move(kind, codes, "")


def play(kinds, state=START):
    lines = []
    for kind in kinds:
        line, state = reply(SCRIPT, state, move(kind))
        lines.append(line.text)
    return lines, state


@pytest.mark.parametrize(
    "text,kind",
    [
        (NOT_KNOWING, MENTALIZING),
        ("Oké, dat lijkt me niet fijn.", MENTALIZING),
        (ADVICE, NON_MENTALIZING),
        ("Jij bent gewoon bang.", NON_MENTALIZING),
        (CLOSED_QUESTION, CLOSED),
        (OFF_TOPIC, EMPTY),
        ("", EMPTY),
    ],
)
def test_classify_coach_turns(text, kind):
    assert classify(analyse(text, "coach")).kind == kind


def test_the_reason_quotes_the_words_and_names_the_move():
    result = classify(analyse(ADVICE, "coach"))
    assert result.reason.startswith("Dit is advies: ‘")
    assert "moet" in result.reason


def test_advice_outweighs_a_question_in_the_same_turn():
    analysis = Analysis(
        text="x",
        role="coach",
        markers=(
            Marker("not_knowing_question", 0, 1, "x", "r1", "open vraag"),
            Marker("advice", 0, 1, "x", "r2", "advies"),
        ),
    )
    assert classify(analysis).kind == NON_MENTALIZING


def test_mentalizing_moves_walk_the_opening_path_and_open_the_client():
    lines, state = play([MENTALIZING] * 3)
    assert lines == ["Pad 1.", "Pad 2.", "Pad 3."]
    assert (state.step, state.openness, state.affect) == (3, 6, 6)


def test_empathic_validation_calms_the_client():
    _, state = reply(SCRIPT, START, move(MENTALIZING, "empathic_validation"))
    assert state.affect == START.affect - 1


def test_a_line_with_its_own_affect_sets_it():
    script = Script(**{**SCRIPT.__dict__, "path": ((Line("Terugpakken!", affect=9),),)})
    _, state = reply(script, START, move(MENTALIZING))
    assert state.affect == 9


def test_non_mentalizing_moves_make_the_client_defensive_and_close_him_down():
    lines, state = play([NON_MENTALIZING] * 2)
    assert lines == ["Verdedig 1.", "Verdedig 2."]
    assert (state.step, state.openness, state.affect) == (0, 0, 8)


def test_amplifying_heats_up_more_than_advice():
    _, advised = reply(SCRIPT, START, move(NON_MENTALIZING, "advice"))
    _, amplified = reply(SCRIPT, START, move(NON_MENTALIZING, "amplifying"))
    assert amplified.affect > advised.affect


def test_closed_questions_get_short_answers_and_change_nothing():
    lines, state = play([CLOSED, CLOSED, CLOSED])
    assert lines == ["Kort 1.", "Kort 2.", "Kort 1."]
    assert (state.step, state.openness, state.affect) == (0, 3, 6)


def test_empty_moves_puzzle_the_client():
    lines, _ = play([EMPTY, EMPTY])
    assert lines == ["Huh 1.", "Huh 2."]


def test_the_same_move_twice_never_gives_the_same_line():
    for kind in (MENTALIZING, NON_MENTALIZING, CLOSED, EMPTY):
        lines, _ = play([kind, kind])
        assert lines[0] != lines[1]


def test_after_the_path_the_client_closes():
    lines, state = play([MENTALIZING] * 9)
    assert lines[-1] == "Dag 1."
    assert state.step == 8


def test_openness_and_affect_stay_on_the_scale():
    _, state = play([NON_MENTALIZING] * 10)
    assert (state.openness, state.affect) == (0, 10)
    _, state = play([MENTALIZING] * 20)
    assert state.openness == 10


def test_the_same_moves_give_the_same_conversation():
    moves = [MENTALIZING, NON_MENTALIZING, CLOSED, MENTALIZING, EMPTY, NON_MENTALIZING]
    assert play(moves) == play(moves)


def test_variants_of_a_step_depend_on_what_came_before():
    script = Script(**{**SCRIPT.__dict__, "path": ((Line("A."), Line("B.")),) + SCRIPT.path[1:]})
    first, _ = reply(script, START, move(MENTALIZING))
    after_a_closed_question, state = reply(script, START, move(CLOSED))
    second, _ = reply(script, state, move(MENTALIZING))
    assert {first.text, second.text} == {"A.", "B."}


def test_closing_line():
    line, state = closing(SCRIPT, START)
    assert line.text == "Dag 1." and state.affect == 2


def test_script_problems_in_dutch():
    broken = Script(
        path=SCRIPT.path[:5],
        steps=(1, 2, 4, 5, 6),
        defensive=SCRIPT.defensive[:1],
        short=SCRIPT.short,
        puzzled=SCRIPT.puzzled,
        closing=SCRIPT.closing,
    )
    problems = broken.problems()
    assert len(problems) == 3
    assert "zonder gaten" in problems[0]
    assert "minstens 8 stappen" in problems[1]
    assert "verdediging" in problems[2]
    assert SCRIPT.problems() == []
