"""Old scripts become tagged lines; the four cases of the fixture get their new scripts.

Old pools map onto kinds (path → answer, defensive → react on every non-mentalizing move, short,
puzzled, closing); path steps become prerequisites and the openness a line needs. For Cliënt A,
B, C and Patiënt A the lines are replaced by those of fixtures/client_scripts.json.
"""

import json
from pathlib import Path

from django.conf import settings
from django.db import migrations

KIND = {"path": "answer", "defensive": "react", "short": "short", "puzzled": "puzzled", "closing": "closing"}
REACT = ["amplifying", "advice", "telling_feelings", "interpretation", "dismissing"]
LINE_FIELDS = {
    "key", "kind", "text", "aspects", "persons", "times", "topics", "moves", "requires",
    "styles", "min_openness", "max_openness", "affect", "order",
}


def fixture():
    path = Path(settings.BASE_DIR) / "fixtures" / "client_scripts.json"
    if not path.exists():
        return {}, {}
    data = json.loads(path.read_text(encoding="utf-8"))
    scripts = {o["pk"]: o["fields"] for o in data if o["model"] == "dialogues.clientscript"}
    lines = {}
    for o in data:
        if o["model"] == "dialogues.scriptline":
            lines.setdefault(o["fields"]["script"], []).append(o["fields"])
    return scripts, lines


def forwards(apps, schema_editor):
    ClientScript = apps.get_model("dialogues", "ClientScript")
    ScriptLine = apps.get_model("dialogues", "ScriptLine")
    Case = apps.get_model("dialogues", "Case")
    scripts, new_lines = fixture()
    cases = {pk: f for pk, f in scripts.items()}
    for script in ClientScript.objects.all():
        match = next(
            (pk for pk, f in cases.items() if f["case"] == script.case_id and pk in new_lines), None
        )
        if match is not None and Case.objects.filter(pk=script.case_id).exists():
            ScriptLine.objects.filter(script=script).delete()
            script.topics = cases[match].get("topics", [])
            script.styles = cases[match].get("styles", [])
            script.save(update_fields=["topics", "styles"])
            ScriptLine.objects.bulk_create(
                ScriptLine(script=script, **{k: v for k, v in f.items() if k in LINE_FIELDS})
                for f in new_lines[match]
            )
            continue
        previous = None
        for n, line in enumerate(ScriptLine.objects.filter(script=script).order_by("pool", "step", "pk")):
            line.kind = KIND.get(line.pool, "answer")
            line.key = f"{line.pool}-{line.step or 0}-{line.pk}"[:40]
            line.order = n
            if line.pool == "path":
                line.aspects = ["story"]
                line.min_openness = min(10, max(0, script.start_openness + (line.step or 1) - 2))
                if previous is not None and previous.step == (line.step or 0) - 1:
                    line.requires = [previous.key]
                if previous is None or previous.step != line.step:
                    previous = line
            elif line.pool == "defensive":
                line.moves = REACT
            line.save()


class Migration(migrations.Migration):
    dependencies = [("dialogues", "0007_script_graph")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
