"""The data of the app: cases from the literature, dialogues and their turns."""

from django.conf import settings
from django.db import models, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .analysis import ANALYSER_VERSION, Analysis, analyse


class Case(models.Model):
    """A client portrait to practise with, taken from the source articles."""

    class Difficulty(models.IntegerChoices):
        EASY = 1, _("instap")
        MEDIUM = 2, _("gevorderd")
        HARD = 3, _("uitdagend")

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("naam"), max_length=80)
    title = models.CharField(_("korte titel"), max_length=200)
    background = models.TextField(
        _("achtergrond"),
        help_text=_("Wie is deze persoon, wat brengt hij of zij in, hoe mentaliseert hij niet?"),
    )
    source = models.CharField(_("bron"), max_length=300)
    difficulty = models.PositiveSmallIntegerField(
        _("moeilijkheid"), choices=Difficulty.choices, default=Difficulty.MEDIUM
    )
    opening_line = models.TextField(_("openingszin van de cliënt"))
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("casus")
        verbose_name_plural = _("casussen")

    def __str__(self):
        return f"{self.name}: {self.title}"

    def get_absolute_url(self):
        return reverse("dialogues:case_detail", args=[self.slug])


class DialogueQuerySet(models.QuerySet):
    def examples(self):
        return self.filter(kind=Dialogue.Kind.EXAMPLE)


class Dialogue(models.Model):
    """An ordered conversation: an example from the literature, a practice session, ..."""

    class Kind(models.TextChoices):
        EXAMPLE = "example", _("voorbeeld uit de literatuur")
        PRACTICE = "practice", _("oefengesprek")
        ROLEPLAY = "roleplay", _("rollenspel")
        IMPORTED = "imported", _("geïmporteerd transcript")

    title = models.CharField(_("titel"), max_length=200)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    case = models.ForeignKey(
        Case,
        verbose_name=_("casus"),
        related_name="dialogues",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    intro = models.TextField(
        _("inleiding"), blank=True, help_text=_("De situatie waarin het gesprek plaatsvindt.")
    )
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("eigenaar"),
        related_name="dialogues",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated = models.DateTimeField(_("bijgewerkt"), auto_now=True)

    objects = DialogueQuerySet.as_manager()

    class Meta:
        ordering = ["order", "created", "pk"]
        verbose_name = _("dialoog")
        verbose_name_plural = _("dialogen")

    def __str__(self):
        return self.title

    @transaction.atomic
    def append_turn(self, role, text, speaker=""):
        """Add a turn at the end; the position is given by the server, never by the caller."""
        # Lock the dialogue row so two writers never get the same position.
        Dialogue.objects.select_for_update().filter(pk=self.pk).first()
        last = self.turns.aggregate(last=Max("position"))["last"] or 0
        turn = self.turns.create(position=last + 1, role=role, text=text, speaker=speaker)
        Dialogue.objects.filter(pk=self.pk).update(updated=turn.created)
        return turn

    @transaction.atomic
    def renumber_turns(self):
        """Close gaps in the positions (after a turn has been removed)."""
        turns = list(self.turns.order_by("position"))
        for new_position, turn in enumerate(turns, start=1):
            if turn.position != new_position:
                Turn.objects.filter(pk=turn.pk).update(position=new_position)


class Turn(models.Model):
    """One utterance in a dialogue."""

    class Role(models.TextChoices):
        COACH = "coach", _("coach")
        CLIENT = "client", _("cliënt")
        OTHER = "other", _("ander")

    dialogue = models.ForeignKey(
        Dialogue, verbose_name=_("dialoog"), related_name="turns", on_delete=models.CASCADE
    )
    position = models.PositiveIntegerField(_("positie"))
    role = models.CharField(_("rol"), max_length=10, choices=Role.choices)
    speaker = models.CharField(
        _("spreker"),
        max_length=60,
        blank=True,
        help_text=_("Naam zoals in het transcript, bijvoorbeeld ‘Vader’; leeg = de rol."),
    )
    text = models.TextField(_("tekst"))
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    analysis = models.JSONField(_("analyse"), null=True, blank=True, editable=False)
    analysis_version = models.CharField(
        _("versie van de analyser"), max_length=40, blank=True, editable=False
    )

    class Meta:
        ordering = ["dialogue", "position"]
        verbose_name = _("beurt")
        verbose_name_plural = _("beurten")
        constraints = [
            models.UniqueConstraint(
                fields=["dialogue", "position"], name="turn_position_unique_per_dialogue"
            ),
            models.CheckConstraint(
                condition=models.Q(position__gte=1), name="turn_position_positive"
            ),
        ]

    def __str__(self):
        return f"{self.position}. {self.speaker_label}: {self.text[:60]}"

    @property
    def speaker_label(self):
        return self.speaker or self.get_role_display().capitalize()

    @property
    def analysable(self):
        return self.role in (self.Role.CLIENT, self.Role.COACH)

    def analysed(self):
        """The analyser's result for this turn; stored, and recomputed when the analyser changed."""
        if not self.analysable:
            return None
        if self.analysis is None or self.analysis_version != ANALYSER_VERSION:
            result = analyse(self.text, self.role)
            self.analysis, self.analysis_version = result.to_dict(), ANALYSER_VERSION
            if self.pk:
                Turn.objects.filter(pk=self.pk).update(
                    analysis=self.analysis, analysis_version=self.analysis_version
                )
            return result
        return Analysis.from_dict(self.analysis, self.text)

    def delete(self, *args, **kwargs):
        dialogue = self.dialogue
        with transaction.atomic():
            result = super().delete(*args, **kwargs)
            dialogue.renumber_turns()
        return result
