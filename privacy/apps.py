from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    name = "privacy"
    verbose_name = _("Privacy en beveiliging")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in

        from . import forget  # noqa: F401  (the signal that deletes a round's dialogue with it)
        from .middleware import _remember_login_time

        user_logged_in.connect(_remember_login_time, dispatch_uid="privacy_login_time")
