import pytest
from django.core.management import call_command

from dialogues.models import ClientScript


@pytest.fixture
def scripts(cases):
    call_command("loaddata", "client_scripts", verbosity=0)
    return {script.case.slug: script for script in ClientScript.objects.select_related("case")}


@pytest.fixture
def script(scripts):
    """Cliënt A's shipped script (start: openness 2, affect 6)."""
    return scripts["client-a"]


# Coach turns whose kind of move the analyser recognises without doubt.
NOT_KNOWING = "Waar merk je aan dat de directie er op uit is om jou onderuit te halen?"
ADVICE = "Je moet gewoon eens met de directie gaan praten."
CLOSED = "Ben je boos?"
OFF_TOPIC = "Het regent vandaag."


@pytest.fixture(autouse=True)
def dutch():
    """These tests read the Dutch texts, whatever language an earlier test left active."""
    from django.utils import translation

    with translation.override("nl"):
        yield
