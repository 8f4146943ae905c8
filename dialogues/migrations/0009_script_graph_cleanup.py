"""The old pools and steps are gone: every line is tagged and has an id unique in its script."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("dialogues", "0008_script_graph_data")]

    operations = [
        migrations.RemoveField(model_name="scriptline", name="pool"),
        migrations.RemoveField(model_name="scriptline", name="step"),
        migrations.RemoveField(model_name="practice", name="step"),
        migrations.AlterField(
            model_name="practice",
            name="memory",
            field=models.JSONField(
                blank=True,
                default=dict,
                help_text="Wat de cliënt al zei, zijn laatste zin, wantrouwen na een oordeel, …",
                verbose_name="geheugen van de cliënt",
            ),
        ),
        migrations.AlterModelOptions(
            name="scriptline",
            options={"ordering": ["script", "order", "pk"], "verbose_name": "zin van de cliënt", "verbose_name_plural": "zinnen van de cliënt"},
        ),
        migrations.AddConstraint(
            model_name="scriptline",
            constraint=models.UniqueConstraint(fields=("script", "key"), name="script_line_key_unique"),
        ),
    ]
