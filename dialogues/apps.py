from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

# What a member of the group "trainer" may do, per app. The migrations create the group; this
# keeps it in place after every migrate and flush (a flushed test database included).
TRAINER_PERMISSIONS = {
    "dialogues": [
        f"{action}_{model}"
        for model in ["case", "dialogue", "turn", "clientscript", "scriptline"]
        for action in ["add", "change", "delete", "view"]
    ],
    "reviews": ["review_transcripts"],
}


def ensure_trainer_group(sender, app_config, using, **kwargs):
    if app_config.label not in TRAINER_PERMISSIONS:
        return
    from django.contrib.auth.models import Group, Permission

    group, _created = Group.objects.using(using).get_or_create(name="trainer")
    group.permissions.add(
        *Permission.objects.using(using).filter(
            content_type__app_label=app_config.label,
            codename__in=TRAINER_PERMISSIONS[app_config.label],
        )
    )


class DialoguesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "dialogues"
    verbose_name = _("Dialogen en casussen")

    def ready(self):
        from coachapp import checks  # noqa: F401 (registers the deploy checks)

        post_migrate.connect(ensure_trainer_group, dispatch_uid="dialogues.ensure_trainer_group")
