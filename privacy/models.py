"""The audit trail: who viewed, exported, shared, changed or deleted a transcript, practice
session, role-play round or workshop, and when. Visible to the owner under "Mijn gegevens"."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditEvent(models.Model):
    class Action(models.TextChoices):
        VIEW = "view", _("bekeken")
        EXPORT = "export", _("geëxporteerd")
        SHARE = "share", _("gedeeld")
        UNSHARE = "unshare", _("delen gestopt")
        CREATE = "create", _("aangemaakt")
        CHANGE = "change", _("gewijzigd")
        DELETE = "delete", _("verwijderd")

    class ObjectType(models.TextChoices):
        TRANSCRIPT = "transcript", _("transcript")
        PRACTICE = "practice", _("oefengesprek")
        ROLEPLAY = "roleplay", _("rollenspel")
        WORKSHOP = "workshop", _("workshop")
        ACCOUNT = "account", _("gegevens")

    created = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        related_name="audit_actions",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    action = models.CharField(_("handeling"), max_length=10, choices=Action.choices)
    object_type = models.CharField(_("soort"), max_length=12, choices=ObjectType.choices)
    object_id = models.PositiveBigIntegerField(_("nummer"), null=True, blank=True)
    object_label = models.CharField(_("wat"), max_length=200, blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("eigenaar"),
        related_name="audit_events",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    detail = models.CharField(_("toelichting"), max_length=200, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("logregel")
        verbose_name_plural = _("logboek")
        indexes = [models.Index(fields=["owner", "-created"], name="audit_owner_created")]

    def __str__(self):
        return f"{self.created:%Y-%m-%d %H:%M} {self.action} {self.object_type} {self.object_id}"
