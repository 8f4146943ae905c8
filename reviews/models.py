"""What a review adds to a dialogue: judgements on the analyser's flags, comments, shares.

The transcript itself is a `dialogues.Dialogue` (kind "imported" for an imported transcript,
"practice"/"roleplay" for a session from this app) with its `Turn`s; everything here hangs off
those and is deleted with them.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from dialogues.analysis import ALL_CODES
from dialogues.labels import CODE_LABELS
from dialogues.models import Dialogue, Turn

REVIEWABLE_KINDS = (Dialogue.Kind.IMPORTED, Dialogue.Kind.PRACTICE, Dialogue.Kind.ROLEPLAY)
CODE_CHOICES = [(code, CODE_LABELS[code]) for code in ALL_CODES]


def reviewable_dialogues(user):
    """The dialogues this user may open for review: their own transcripts and practice sessions,
    and those another user shared with them. Everything else does not exist for them (404)."""
    if not user.is_authenticated:
        return Dialogue.objects.none()
    mine_or_shared = Q(owner=user) | Q(review_shares__trainer=user)
    return Dialogue.objects.filter(mine_or_shared, kind__in=REVIEWABLE_KINDS).distinct()


class ImportDraft(models.Model):
    """A parsed, not yet saved transcript: the preview and speaker mapping step of an import.
    Holds only what the parser produced (after pseudonymising), never the raw upload."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="import_drafts"
    )
    title = models.CharField(_("titel"), max_length=200)
    case = models.ForeignKey(
        "dialogues.Case", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    turns = models.JSONField(_("beurten"), default=list)  # [[speaker, text], ...]
    skipped_lines = models.PositiveIntegerField(default=0)
    source_format = models.CharField(max_length=10, default="text")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("import in voorbereiding")
        verbose_name_plural = _("imports in voorbereiding")
        permissions = [("review_transcripts", _("Kan transcripten importeren en nakijken"))]

    def __str__(self):
        return self.title


class Judgement(models.Model):
    """A reviewer's verdict on one code in one turn: the analyser's flag confirmed or rejected,
    or a marker the analyser missed, added with the words it is about."""

    class Verdict(models.TextChoices):
        CONFIRM = "confirm", _("bevestigd")
        REJECT = "reject", _("afgewezen")
        ADD = "add", _("toegevoegd")

    turn = models.ForeignKey(Turn, on_delete=models.CASCADE, related_name="judgements")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="judgements"
    )
    code = models.CharField(_("code"), max_length=40, choices=CODE_CHOICES)
    verdict = models.CharField(_("oordeel"), max_length=10, choices=Verdict.choices)
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["turn", "created", "pk"]
        verbose_name = _("oordeel")
        verbose_name_plural = _("oordelen")
        constraints = [
            models.UniqueConstraint(
                fields=["turn", "author", "code"], name="one_judgement_per_code_turn_author"
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.verdict}"

    @classmethod
    def toggle(cls, turn, author, code, verdict):
        """Give `verdict` on a flag; the same verdict again takes it back."""
        existing = cls.objects.filter(turn=turn, author=author, code=code).first()
        if existing and existing.verdict == verdict:
            existing.delete()
        elif existing:
            existing.verdict = verdict
            existing.save(update_fields=["verdict", "updated"])
        else:
            cls.objects.create(turn=turn, author=author, code=code, verdict=verdict)

    @property
    def words(self):
        if self.start is None or self.end is None:
            return ""
        return self.turn.text[self.start : self.end]


class Comment(models.Model):
    turn = models.ForeignKey(Turn, on_delete=models.CASCADE, related_name="review_comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_comments"
    )
    text = models.TextField(_("opmerking"), max_length=4000)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["turn", "created", "pk"]
        verbose_name = _("opmerking")
        verbose_name_plural = _("opmerkingen")

    def __str__(self):
        return self.text[:60]


class Share(models.Model):
    """The owner of a transcript or practice session lets a trainer review it."""

    dialogue = models.ForeignKey(Dialogue, on_delete=models.CASCADE, related_name="review_shares")
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_shares"
    )
    # Who shared it; the share outlives their account (a trainer keeps what was shared with them,
    # e.g. a workshop room's round, whoever opened the room).
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("gedeeld transcript")
        verbose_name_plural = _("gedeelde transcripten")
        constraints = [
            models.UniqueConstraint(fields=["dialogue", "trainer"], name="share_once_per_trainer")
        ]

    def __str__(self):
        return f"{self.dialogue} → {self.trainer}"
