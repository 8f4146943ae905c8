"""The debrief, computed by hand on a small conversation."""

from dialogues.analysis.result import Analysis, Marker, Suggestion
from dialogues.debrief import FALLBACK_QUESTION, TurnView, build, state_chart


def turn(position, role, codes=(), suggestion=None, state=None):
    markers = tuple(Marker(code, 0, 1, "x", f"rule-{code}", "uitleg") for code in codes)
    suggestions = (Suggestion(suggestion, codes, "t"),) if suggestion else ()
    analysis = Analysis(f"beurt {position}", role, markers, suggestions)
    return TurnView(position, role, f"beurt {position}", analysis, state)


CONVERSATION = [
    turn(1, "client", ["external_blame"], "Waar merk je dat aan?", {"openness": 2, "affect": 6}),
    turn(2, "coach", ["advice"]),  # missed: blame not explored
    turn(3, "client", ["certainty"], "Hoe weet je dat zo zeker?", {"openness": 0, "affect": 7}),
    turn(4, "coach", ["not_knowing_question"]),  # explored
    turn(5, "client", ["mental_state"], None, {"openness": 1, "affect": 7}),
    turn(6, "coach", ["closed_question"]),  # no problem marker before it: not missed
    turn(7, "client", ["black_and_white"], None, {"openness": 1, "affect": 7}),
    turn(8, "coach", []),  # missed, no suggestion available: the fallback question
]


def test_counts_and_shares():
    debrief = build(CONVERSATION)
    assert debrief.coach_turns == 4
    assert debrief.mentalizing_share == 25 and debrief.non_mentalizing_share == 25
    assert [(code, count) for code, _, count in debrief.code_counts] == [
        ("not_knowing_question", 1),
        ("advice", 1),
        ("closed_question", 1),
    ]
    assert {move: count for move, _, count in debrief.move_counts} == {
        "mentalizing": 1,
        "non_mentalizing": 1,
        "closed": 1,
        "empty": 1,
    }


def test_missed_opportunities_follow_unexplored_problem_markers():
    missed = build(CONVERSATION).missed
    assert [(m.client.position, m.coach.position) for m in missed] == [(1, 2), (7, 8)]
    assert missed[0].codes == ("external_blame",)
    assert missed[0].suggestion == "Waar merk je dat aan?"
    assert missed[1].suggestion == FALLBACK_QUESTION


def test_every_flagged_coach_turn_gets_an_alternative_once():
    debrief = build(CONVERSATION)
    assert debrief.missed[0].reason.startswith("Dit is advies")
    # Turns 2 and 8 are missed chances (with their suggestion); only turn 6 is listed apart.
    assert [b.coach.position for b in debrief.better] == [6]
    assert debrief.better[0].reason.startswith("Dit is een gesloten vraag")
    assert debrief.better[0].alternative == FALLBACK_QUESTION


def test_chart_points_run_from_left_to_right_and_top_is_ten():
    chart = state_chart([{"openness": 10, "affect": 0}, {"openness": 0, "affect": 10}])
    assert chart["openness"] == "12.0,12.0 308.0,108.0"
    assert chart["affect"] == "12.0,108.0 308.0,12.0"
    assert state_chart([]) == {}


def test_no_coach_turns_no_division_by_zero():
    debrief = build(CONVERSATION[:1])
    assert debrief.coach_turns == 0 and debrief.mentalizing_share == 0
