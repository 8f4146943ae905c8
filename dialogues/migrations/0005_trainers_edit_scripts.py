from django.db import migrations

SCRIPT_PERMISSIONS = [
    ("clientscript", ["add", "change", "delete", "view"]),
    ("scriptline", ["add", "change", "delete", "view"]),
]


def let_trainers_edit_scripts(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("dialogues")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="trainer")
    codenames = [f"{action}_{model}" for model, actions in SCRIPT_PERMISSIONS for action in actions]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="dialogues", codename__in=codenames)
    )


class Migration(migrations.Migration):
    dependencies = [("dialogues", "0004_practice")]

    operations = [migrations.RunPython(let_trainers_edit_scripts, migrations.RunPython.noop)]
