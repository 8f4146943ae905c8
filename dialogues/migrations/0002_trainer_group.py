from django.db import migrations

TRAINER_PERMISSIONS = [
    ("dialogues", "case", ["add", "change", "delete", "view"]),
    ("dialogues", "dialogue", ["add", "change", "delete", "view"]),
    ("dialogues", "turn", ["add", "change", "delete", "view"]),
]


def create_trainer_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="trainer")
    for app_label, model, actions in TRAINER_PERMISSIONS:
        codenames = [f"{action}_{model}" for action in actions]
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label=app_label, codename__in=codenames
            )
        )


def remove_trainer_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="trainer").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("dialogues", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_trainer_group, remove_trainer_group)]
