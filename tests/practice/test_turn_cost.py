"""A coach telling the client a feeling: he still finds it in what he said before, but each of
his lines is read once per process, not again in every turn (the cost of a turn must not grow
with the conversation)."""

import pytest

from dialogues import coach_turn
from dialogues import scripted_client as sc

from .scripts import play

# Cliënt C, upset: in turns 1, 3 and 5 he says he is irritated and angry himself.
TURNS = [
    "Ik hoor dat het je nog steeds flink dwarszit, klopt dat?",
    "En wat bleek er dan op het managementoverleg?",
    "amai, geen mening als manager marketing, da's wel straf eh",
    "Wacht even. Ik wil terug naar het gesprek met haar. Wat zei je precies tegen haar?",
    "wat ging er in jou om toen ze zei dat ze geen mening had",
    "Slap, geen ruggengraat. Wat bedoel je daar precies mee?",
    "Je ergert je gewoon aan haar, dat is duidelijk.",
]


@pytest.fixture
def reads(monkeypatch):
    """The texts `coach_turn.understand` reads, from an empty cache of his lines on."""
    coach_turn.feelings_named.cache_clear()
    seen = []
    understand = coach_turn.understand

    def counting(text, *args, **kwargs):
        seen.append(text)
        return understand(text, *args, **kwargs)

    monkeypatch.setattr(coach_turn, "understand", counting)
    yield seen
    coach_turn.feelings_named.cache_clear()


def test_a_feeling_he_named_himself_is_not_denied_when_the_coach_tells_it():
    replies = play("client-c", TURNS, style="upset")
    assert str(sc.OWNED_FEELING) in replies[-1].text
    assert str(sc.OWNED_FEELING) not in replies[-2].text


def test_his_own_lines_are_read_once_not_in_every_turn_that_tells_a_feeling(reads):
    first = play("client-c", TURNS, style="upset")
    told = {r.line.text for r in first[:-1] if r.line}
    assert len(told) >= 5 and told <= set(reads)  # the last turn looked through his lines
    reads.clear()
    again = play("client-c", TURNS, style="upset")
    assert [r.text for r in again] == [r.text for r in first]  # the same replies
    # The second conversation reads only the coach's turns: none of his lines again.
    assert not set(reads) & told
    assert len(reads) <= 2 * len(TURNS)
