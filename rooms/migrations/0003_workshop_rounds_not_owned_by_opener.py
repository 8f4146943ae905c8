"""A workshop room's rounds belong to nobody: reached only through the workshop trainer's share.

Before, the participant (with an account) who opened the room owned every round, could read the
analysis of the others' turns and share or export the round with anyone. Their ownership goes,
shares someone other than the workshop's trainer made go, and the trainer's share is ensured.
"""

from django.db import migrations
from django.db.models import Q


def forwards(apps, schema_editor):
    Dialogue = apps.get_model("dialogues", "Dialogue")
    Share = apps.get_model("reviews", "Share")
    Round = apps.get_model("rooms", "Round")

    rounds = Round.objects.filter(room__workshop__isnull=False).select_related(
        "room__workshop", "dialogue"
    )
    for round_ in rounds.iterator():
        trainer_id = round_.room.workshop.trainer_id
        dialogue = round_.dialogue
        if dialogue.owner_id is not None:
            Dialogue.objects.filter(pk=dialogue.pk).update(owner=None)
        Share.objects.filter(dialogue=dialogue).filter(
            ~Q(trainer_id=trainer_id) | ~Q(shared_by_id=trainer_id)
        ).delete()
        if not Share.objects.filter(dialogue=dialogue, trainer_id=trainer_id).exists():
            Share.objects.create(dialogue=dialogue, trainer_id=trainer_id, shared_by_id=trainer_id)


class Migration(migrations.Migration):
    dependencies = [
        ("rooms", "0002_own_room_join_code"),
        ("reviews", "0002_trainer_review_permission"),
        ("dialogues", "0010_script_revised"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
