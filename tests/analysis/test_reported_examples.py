"""What a new user saw go wrong on 'Analyse een uitspraak' (issue 12): each a kind of case."""

import pytest

from dialogues.analysis import analyse


@pytest.mark.parametrize(
    ("text", "role", "present", "absent"),
    [
        ("wat maakte dat je zo reageerde denk je", "coach", "not_knowing_question", None),
        ("gwoon egoistisch", "client", "easy_label", None),
        ("da's typisch voor hem", "client", "easy_label", None),
        ("toen dacht ik ja hoor", "client", None, "tentative"),
        ("die snappen er niks van", "client", None, "mental_state"),
        ("ze hebben het echt op je gemunt, die baas van je", "coach", None, "relationship_focus"),
        ("ik zou ook woedend zijn", "coach", None, "alternative_perspective"),
        ("top, dankjewel!!", "client", None, "affect_flooding"),
    ],
)
def test_the_reported_cases(text, role, present, absent):
    codes = analyse(text, role).codes
    if present:
        assert present in codes, codes
    if absent:
        assert absent not in codes, codes


def test_happy_exclamations_get_no_flooding_suggestions():
    analysis = analyse("top, dankjewel!!", "client")
    assert not any("affect_flooding" in s.for_codes for s in analysis.suggestions)
    assert analysis.depth.affect_score < 3
