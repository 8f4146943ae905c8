"""Who said each existing room turn, as far as can be told.

A turn stores the speaker's display name and role. Among the round's players (and the room's
members) the one with that name who said turns of that role is chosen: a unique name match
first (narrowed by the role the player had at the round's start or holds now), then a unique
role match. A turn that fits nobody or several stays without one: deleting a participant of the
round with that role still deletes it (`privacy.forget`); it is exported to nobody.
"""

from django.db import migrations


def attribute(turn, players):
    """`players`: [(participant_id, display_name, roles)]; the one who said `turn`, or None."""
    by_name = [p for p in players if p[1] == turn.speaker]
    for candidates in (
        by_name if len(by_name) == 1 else [],
        [p for p in by_name if turn.role in p[2]],
        [p for p in players if turn.role in p[2]] if not by_name else [],
    ):
        if len(candidates) == 1:
            return candidates[0][0]
    return None


def forwards(apps, schema_editor):
    Round = apps.get_model("rooms", "Round")
    SpokenTurn = apps.get_model("rooms", "SpokenTurn")
    Turn = apps.get_model("dialogues", "Turn")
    RoomMember = apps.get_model("rooms", "RoomMember")
    RoundPlayer = apps.get_model("rooms", "RoundPlayer")

    for round_ in Round.objects.all().iterator():
        roles = {}
        names = {}
        for participant_id, name, role in RoundPlayer.objects.filter(round=round_).values_list(
            "participant_id", "participant__display_name", "role"
        ):
            roles.setdefault(participant_id, set()).add(role)
            names[participant_id] = name
        for participant_id, name, role in RoomMember.objects.filter(
            room_id=round_.room_id
        ).values_list("participant_id", "participant__display_name", "role"):
            roles.setdefault(participant_id, set()).add(role)
            names[participant_id] = name
        players = [(pk, names[pk], roles[pk]) for pk in roles]
        turns = Turn.objects.filter(
            dialogue_id=round_.dialogue_id, role__in=["coach", "client"], room_speaker__isnull=True
        )
        SpokenTurn.objects.bulk_create(
            [
                SpokenTurn(turn_id=turn.pk, participant_id=participant_id)
                for turn in turns
                if (participant_id := attribute(turn, players)) is not None
            ]
        )


class Migration(migrations.Migration):
    dependencies = [("rooms", "0004_spoken_turn")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
