"""Client scripts become a graph of tagged disclosures; a practice remembers and has a style."""

from django.core.validators import MaxValueValidator
from django.db import migrations, models


def tags(name, help_text):
    return models.JSONField(name, default=list, blank=True, help_text=help_text)


class Migration(migrations.Migration):
    dependencies = [("dialogues", "0006_client_script_names")]

    operations = [
        migrations.AddField(
            model_name="clientscript",
            name="topics",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="De mensen, gebeurtenissen en kernwoorden van de casus: [{id, kind: person|event|word, label, words: [...]}].",
                verbose_name="woordenlijst van de casus",
            ),
        ),
        migrations.AddField(
            model_name="clientscript",
            name="styles",
            field=tags("gespreksstijlen", "De stijlen waarin deze cliënt te spelen is (plain, upset, reserved, verbose)."),
        ),
        migrations.AddField(
            model_name="scriptline",
            name="key",
            field=models.SlugField(default="", help_text="Uniek binnen dit script.", max_length=40, verbose_name="id"),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="scriptline",
            name="kind",
            field=models.CharField(
                choices=[
                    ("answer", "antwoord"),
                    ("deflect", "afweren"),
                    ("react", "reactie op een zet"),
                    ("short", "kort antwoord"),
                    ("puzzled", "niet-begrijpen"),
                    ("refer_back", "terugverwijzen"),
                    ("aside", "uitweiding"),
                    ("closing", "afsluiting"),
                ],
                default="answer",
                max_length=12,
                verbose_name="soort",
            ),
            preserve_default=False,
        ),
        migrations.AddField(model_name="scriptline", name="aspects", field=tags("aspecten", "Waar de zin op antwoordt: feeling, thought, motive, …")),
        migrations.AddField(model_name="scriptline", name="persons", field=tags("personen", "Over wie: self, coach of een persoon uit de casus.")),
        migrations.AddField(model_name="scriptline", name="times", field=tags("tijd", "then, now, here.")),
        migrations.AddField(model_name="scriptline", name="topics", field=tags("onderwerpen", "Ids uit de woordenlijst van de casus of gevoel-…")),
        migrations.AddField(model_name="scriptline", name="moves", field=tags("zetten", "Codes van coachzetten waarvoor deze zin bedoeld is.")),
        migrations.AddField(model_name="scriptline", name="requires", field=tags("eerst nodig", "Ids van zinnen die eerder gezegd moeten zijn.")),
        migrations.AddField(model_name="scriptline", name="styles", field=tags("stijlen", "Leeg = alle stijlen; bij uitweidingen: verbose, upset.")),
        migrations.AddField(
            model_name="scriptline",
            name="min_openness",
            field=models.PositiveSmallIntegerField(default=0, help_text="Hoeveel vertrouwen de cliënt nodig heeft om dit te zeggen.", validators=[MaxValueValidator(10)], verbose_name="minimale openheid"),
        ),
        migrations.AddField(
            model_name="scriptline",
            name="max_openness",
            field=models.PositiveSmallIntegerField(default=10, validators=[MaxValueValidator(10)], verbose_name="maximale openheid"),
        ),
        migrations.AddField(
            model_name="scriptline",
            name="order",
            field=models.PositiveSmallIntegerField(default=0, verbose_name="volgorde"),
        ),
        migrations.AddField(
            model_name="practice",
            name="style",
            field=models.CharField(
                choices=[("plain", "gewoon"), ("upset", "boos en overstuur"), ("reserved", "gesloten en kortaf"), ("verbose", "breedsprakig")],
                default="plain",
                max_length=12,
                verbose_name="gespreksstijl",
            ),
        ),
        migrations.RenameField(model_name="practice", old_name="pool_counts", new_name="memory"),
    ]
