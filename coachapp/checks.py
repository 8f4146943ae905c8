"""Deploy checks of the project's own settings (`check --deploy`, as scripts/serve.sh runs it)."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def secret_key_is_set(app_configs, **kwargs):
    if getattr(settings, "SECRET_KEY_IS_EPHEMERAL", False):
        return [
            Error(
                "SECRET_KEY is not set: this process signs sessions with a random key of its own.",
                hint="Set SECRET_KEY in the environment before serving the app.",
                id="coachapp.E001",
            )
        ]
    return []
