import pytest

from dialogues.models import Case, ClientScript, ScriptLine

PATH_STEPS = 8


@pytest.fixture
def script(cases):
    """A small, hand-made script for Cliënt A: its lines say which pool and step they are."""
    script = ClientScript.objects.create(
        case=Case.objects.get(slug="client-a"), start_openness=3, start_affect=6
    )
    lines = [ScriptLine(script=script, pool="path", step=n, text=f"Pad {n}.") for n in range(1, 9)]
    lines.append(ScriptLine(script=script, pool="path", step=2, text="Pad 2, variant."))
    lines[3].affect = 9  # step 4: the anger comes up
    for pool, count in [("defensive", 3), ("short", 2), ("puzzled", 2), ("closing", 2)]:
        lines += [
            ScriptLine(script=script, pool=pool, text=f"{pool} {n}.") for n in range(1, count + 1)
        ]
    ScriptLine.objects.bulk_create(lines)
    return script


# Coach turns whose kind of move the analyser recognises without doubt.
NOT_KNOWING = "Waar merk je aan dat de directie er op uit is om jou onderuit te halen?"
ADVICE = "Je moet gewoon eens met de directie gaan praten."
CLOSED = "Ben je boos?"
OFF_TOPIC = "Het regent vandaag."
