import pytest

from dialogues.models import Case, Dialogue, Turn

pytestmark = pytest.mark.django_db

EXPECTED_CASES = ["client-a", "client-b", "client-c", "patient-a", "bart"]


def test_fixture_holds_the_five_cases_in_order(cases):
    assert list(Case.objects.values_list("slug", flat=True)) == EXPECTED_CASES


def test_every_case_has_examples_with_contiguous_turns(cases):
    for case in Case.objects.all():
        examples = case.dialogues.examples()
        assert examples.exists(), case.slug
        assert case.background and case.source and case.opening_line
        for dialogue in examples:
            positions = list(dialogue.turns.values_list("position", flat=True))
            assert positions == list(range(1, len(positions) + 1)), dialogue.title


def test_client_a_dialogues_follow_the_article(cases):
    dialogues = list(Case.objects.get(slug="client-a").dialogues.examples())
    texts = [t.text for d in dialogues for t in d.turns.all()]
    # The article's order: the board "out to get" him, then "minkukels", then "terugpakken".
    first = next(i for i, t in enumerate(texts) if "er op uit" in t)
    minkukels = next(i for i, t in enumerate(texts) if "minkukels" in t)
    revenge = next(i for i, t in enumerate(texts) if "Terugpakken" in t)
    assert first == 0 and first < minkukels < revenge
    assert dialogues[0].turns.first().role == Turn.Role.CLIENT


def test_bart_has_the_fathers_three_responses(cases):
    dialogues = Dialogue.objects.filter(case__slug="bart")
    assert dialogues.count() == 3
    for dialogue in dialogues:
        roles = list(dialogue.turns.values_list("role", flat=True))
        assert roles == ["client", "coach"]
        assert "leeuw" in dialogue.turns.first().text


def test_opening_line_is_the_first_client_line(cases):
    case = Case.objects.get(slug="client-a")
    assert case.opening_line.startswith("De directie is er op uit")
