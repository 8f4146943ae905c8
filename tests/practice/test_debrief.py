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
    assert missed[1].suggestion == "Vertel eens, hoe ging dat?"  # nothing said: invite to tell


def test_every_flagged_coach_turn_gets_an_alternative_once():
    debrief = build(CONVERSATION)
    assert debrief.missed[0].reason.startswith("Dit is advies")
    # Turns 2 and 8 are missed chances (with their suggestion); only turn 6 is listed apart.
    assert [b.coach.position for b in debrief.better] == [6]
    assert debrief.better[0].reason.startswith("Dit is een gesloten vraag")
    assert debrief.better[0].alternative == "Hoe was dat voor je?"  # the closed question, opened


def test_each_flagged_turn_gets_a_different_alternative():
    client = turn(
        1, "client", ["mental_state"], "Wat maakte je zo boos?", {"openness": 2, "affect": 5}
    )
    advice = [turn(n, "coach", ["advice"]) for n in (2, 4, 6)]
    conversation = [
        client,
        advice[0],
        turn(3, "client", state={"openness": 1, "affect": 5}),
        advice[1],
    ]
    conversation += [turn(5, "client", state={"openness": 0, "affect": 5}), advice[2]]
    alternatives = [b.alternative for b in build(conversation).better]
    assert alternatives[0] == "Wat maakte je zo boos?"  # the client line's own suggestion
    assert len(set(alternatives)) == 3 and FALLBACK_QUESTION not in alternatives


def test_chart_points_run_from_left_to_right_and_top_is_ten():
    chart = state_chart([{"openness": 10, "affect": 0}, {"openness": 0, "affect": 10}], [1, 3])
    assert chart["openness"] == "28.0,10.0 330.0,120.0"
    assert chart["affect"] == "28.0,120.0 330.0,10.0"
    assert [t["value"] for t in chart["y_ticks"]] == [0, 5, 10]
    assert [(t["label"], t["x"]) for t in chart["x_ticks"]] == [(1, "28.0"), (3, "330.0")]
    assert state_chart([]) == {}


def test_a_long_chart_labels_about_twelve_turns():
    chart = state_chart([{"openness": 3, "affect": 3}] * 40, range(1, 80, 2))
    labels = [t["label"] for t in chart["x_ticks"]]
    assert 10 <= len(labels) <= 14 and labels[0] == 1 and labels[-1] == 79


def test_no_coach_turns_no_division_by_zero():
    debrief = build(CONVERSATION[:1])
    assert debrief.coach_turns == 0 and debrief.mentalizing_share == 0
