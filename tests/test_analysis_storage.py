import pytest

from dialogues.analysis import ANALYSER_VERSION
from dialogues.models import Dialogue, Turn

pytestmark = pytest.mark.django_db


def test_turn_analysis_is_stored_with_the_version_and_recomputed_when_stale():
    dialogue = Dialogue.objects.create(title="t", kind="practice")
    turn = dialogue.append_turn("client", "Hij doet het expres.")
    assert "assumed_intent" in turn.analysed().codes
    stored = Turn.objects.get(pk=turn.pk)
    assert stored.analysis_version == ANALYSER_VERSION
    assert stored.analysis["codes"] == ["assumed_intent"]

    Turn.objects.filter(pk=turn.pk).update(analysis={"role": "client"}, analysis_version="old")
    stale = Turn.objects.get(pk=turn.pk)
    assert "assumed_intent" in stale.analysed().codes
    assert Turn.objects.get(pk=turn.pk).analysis_version == ANALYSER_VERSION


def test_other_speakers_are_not_analysed():
    dialogue = Dialogue.objects.create(title="t", kind="practice")
    assert dialogue.append_turn("other", "Goedemorgen allemaal.").analysed() is None
