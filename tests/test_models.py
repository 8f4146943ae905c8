import pytest
from django.db import IntegrityError, transaction

from dialogues.models import Case, Dialogue, Turn

pytestmark = pytest.mark.django_db


@pytest.fixture
def dialogue():
    return Dialogue.objects.create(title="Oefening", kind=Dialogue.Kind.PRACTICE)


def test_append_turn_numbers_from_one_without_gaps(dialogue):
    for text in ["Eén", "Twee", "Drie"]:
        dialogue.append_turn("client", text)
    assert list(dialogue.turns.values_list("position", "text")) == [
        (1, "Eén"),
        (2, "Twee"),
        (3, "Drie"),
    ]


def test_positions_are_unique_per_dialogue(dialogue):
    dialogue.append_turn("client", "Eerste")
    with pytest.raises(IntegrityError), transaction.atomic():
        Turn.objects.create(dialogue=dialogue, position=1, role="coach", text="Dubbel")


def test_same_position_in_another_dialogue_is_fine(dialogue):
    other = Dialogue.objects.create(title="Ander", kind=Dialogue.Kind.PRACTICE)
    dialogue.append_turn("client", "A")
    other.append_turn("client", "B")
    assert Turn.objects.filter(position=1).count() == 2


def test_deleting_a_turn_closes_the_gap(dialogue):
    turns = [dialogue.append_turn("coach", str(n)) for n in range(4)]
    turns[1].delete()
    assert list(dialogue.turns.values_list("position", "text")) == [(1, "0"), (2, "2"), (3, "3")]
    assert dialogue.append_turn("client", "nieuw").position == 4


def test_turns_come_in_position_order(dialogue):
    Turn.objects.create(dialogue=dialogue, position=2, role="coach", text="later")
    Turn.objects.create(dialogue=dialogue, position=1, role="client", text="eerst")
    assert [t.text for t in dialogue.turns.all()] == ["eerst", "later"]


def test_string_forms():
    case = Case.objects.create(
        slug="x", name="Cliënt X", title="Een test", background="b", source="s", opening_line="o"
    )
    dialogue = Dialogue.objects.create(title="Gesprek", kind="example", case=case)
    turn = dialogue.append_turn("client", "Dat is toch logisch, iedereen ziet dat.")
    named = dialogue.append_turn("coach", "Niet zeuren", speaker="Vader")
    assert str(case) == "Cliënt X: Een test"
    assert str(dialogue) == "Gesprek"
    assert str(turn) == "1. Cliënt: Dat is toch logisch, iedereen ziet dat."
    assert str(named) == "2. Vader: Niet zeuren"
    assert case.get_absolute_url() == "/casussen/x/"


@pytest.mark.django_db(transaction=True)
def test_the_trainer_group_survives_a_flush():
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    call_command("flush", interactive=False, verbosity=0)
    codenames = set(
        Group.objects.get(name="trainer").permissions.values_list("codename", flat=True)
    )
    assert {"change_scriptline", "view_case", "review_transcripts"} <= codenames
