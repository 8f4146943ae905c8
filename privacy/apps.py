from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = _("Privacy en beveiliging")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import forget  # noqa: F401  (the signal that deletes a round's dialogue with it)
