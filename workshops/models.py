"""Workshops, their members (participants, with or without an account), exercises and attempts."""

import secrets
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dialogues.analysis import CLIENT_CODES

from .text import split_sentences

# No 0/O, 1/I/L: a code read aloud from a slide cannot be misheard or mistyped.
JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
JOIN_CODE_LENGTH = 8


def new_join_code(length=JOIN_CODE_LENGTH):
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(length))


def normalise_join_code(text):
    """What someone typed, as a code: case and spaces/dashes don't matter."""
    return "".join(ch for ch in (text or "").upper() if ch not in " -\t")


class WorkshopQuerySet(models.QuerySet):
    def for_trainer(self, user):
        return self.filter(trainer=user)


class Workshop(models.Model):
    name = models.CharField(_("naam"), max_length=120)
    date = models.DateField(_("datum"), default=timezone.localdate)
    ends_on = models.DateField(
        _("open tot en met"),
        null=True,
        blank=True,
        help_text=_("Na deze dag kan niemand meer meedoen of oefenen. Leeg = tot je hem sluit."),
    )
    closed = models.BooleanField(_("gesloten"), default=False)
    join_code = models.CharField(_("deelnamecode"), max_length=16, unique=True, editable=False)
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainer"),
        related_name="workshops",
        on_delete=models.CASCADE,
    )
    exercises = models.ManyToManyField(
        "Exercise", verbose_name=_("oefeningen"), related_name="workshops", blank=True
    )
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    objects = WorkshopQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "-created"]
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.join_code:
            return super().save(*args, **kwargs)
        # A fresh random code; on the (unlikely) clash with an existing one, draw again.
        for _attempt in range(10):
            self.join_code = new_join_code()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if not Workshop.objects.filter(join_code=self.join_code).exists():
                    raise
                self.pk = None
        raise IntegrityError("could not find a free join code")

    @property
    def is_open(self):
        if self.closed:
            return False
        return self.ends_on is None or timezone.localdate() <= self.ends_on

    def ordered_exercises(self):
        return self.exercises.order_by("kind_order", "order", "pk")

    def join(self, display_name, user=None):
        """The member record for this person: an account joins once (same record again),
        someone without an account gets a new record each time they join."""
        if user is not None and user.is_authenticated:
            participant, created = Participant.objects.get_or_create(
                workshop=self, user=user, defaults={"display_name": display_name}
            )
            if not created and participant.display_name != display_name:
                participant.display_name = display_name
                participant.save(update_fields=["display_name"])
            return participant
        return Participant.objects.create(workshop=self, display_name=display_name)


class Participant(models.Model):
    """A member of a workshop: addressable (public_id) whether or not they have an account.

    Without a workshop, a participant is someone who joined a trainer's own role-play room with
    its code (see `rooms`); the workshop pages never see such a participant.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    workshop = models.ForeignKey(
        Workshop,
        verbose_name=_("workshop"),
        related_name="participants",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    display_name = models.CharField(_("naam"), max_length=60)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        related_name="workshop_memberships",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    joined = models.DateTimeField(_("meegedaan sinds"), auto_now_add=True)

    class Meta:
        ordering = ["display_name", "joined"]
        verbose_name = _("deelnemer")
        verbose_name_plural = _("deelnemers")
        constraints = [
            models.UniqueConstraint(
                fields=["workshop", "user"],
                condition=models.Q(user__isnull=False),
                name="one_participant_per_account_per_workshop",
            )
        ]

    def __str__(self):
        return f"{self.display_name} ({self.workshop or _('rollenspel zonder workshop')})"


class ExerciseQuerySet(models.QuerySet):
    def available_to(self, user):
        """The ready-made set plus the trainer's own exercises."""
        return self.filter(models.Q(owner__isnull=True) | models.Q(owner=user))


class Exercise(models.Model):
    class Kind(models.TextChoices):
        MARKERS = "markers", _("Herken de signalen")
        NOT_KNOWING = "not_knowing", _("Vraag niet-wetend door")
        CHOOSE = "choose", _("Kies de beste reactie")
        REWIND = "rewind", _("Stop en spoel terug")

    KIND_ORDER = {"markers": 1, "not_knowing": 2, "choose": 3, "rewind": 4}

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    kind_order = models.PositiveSmallIntegerField(default=0, editable=False)
    title = models.CharField(_("titel"), max_length=160)
    case = models.ForeignKey(
        "dialogues.Case",
        verbose_name=_("casus"),
        related_name="exercises",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    source_turn = models.ForeignKey(
        "dialogues.Turn",
        verbose_name=_("uit beurt"),
        related_name="exercises",
        # The exercise quotes the turn: when the turn goes (its transcript deleted, a participant
        # forgotten), the exercise goes too.
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    instructions = models.TextField(_("situatie en opdracht"), blank=True)
    text = models.TextField(_("uitspraak van de cliënt"))
    data = models.JSONField(
        _("sleutel"),
        default=dict,
        blank=True,
        help_text=_(
            "Per soort: key (signalen per zin), options (keuzes), moments (stopmomenten), "
            "examples (vragen uit het artikel)."
        ),
    )
    explanation = models.TextField(_("uitleg uit het artikel"), blank=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemaakt door"),
        related_name="exercises",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text=_("Leeg: hoort bij de kant-en-klare set."),
    )
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)
    created = models.DateTimeField(_("aangemaakt"), auto_now_add=True)

    objects = ExerciseQuerySet.as_manager()

    class Meta:
        ordering = ["kind_order", "order", "pk"]
        verbose_name = _("oefening")
        verbose_name_plural = _("oefeningen")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.kind_order = self.KIND_ORDER.get(self.kind, 9)
        super().save(*args, **kwargs)

    def sentences(self):
        return split_sentences(self.text)

    @property
    def key(self):
        return self.data.get("key", [])

    @property
    def options(self):
        return self.data.get("options", [])

    @property
    def moments(self):
        return self.data.get("moments", [])

    @property
    def examples(self):
        return self.data.get("examples", [])

    def clean(self):
        count = len(self.sentences())
        if self.kind == self.Kind.MARKERS:
            if not self.key:
                raise ValidationError(_("Geef minstens één signaal in de sleutel aan."))
            for item in self.key:
                if item.get("code") not in CLIENT_CODES:
                    raise ValidationError(_("Onbekende code in de sleutel."))
                sentence = item.get("sentence")
                if sentence is not None and not 0 <= sentence < count:
                    raise ValidationError(_("De sleutel verwijst naar een zin die er niet is."))
        elif self.kind == self.Kind.CHOOSE:
            options = self.options
            if not 2 <= len(options) <= 4:
                raise ValidationError(_("Geef twee tot vier reacties om uit te kiezen."))
            if sum(1 for o in options if o.get("best")) != 1:
                raise ValidationError(_("Precies één reactie moet de beste zijn."))
            if any(not (o.get("text") or "").strip() for o in options):
                raise ValidationError(_("Elke reactie heeft een tekst nodig."))
        elif self.kind == self.Kind.REWIND:
            if count < 2:
                raise ValidationError(_("Stop en spoel terug vraagt een langer verhaal."))
            if not self.moments or any(not 0 <= m < count for m in self.moments):
                raise ValidationError(_("Kies minstens één zin waar de coach moet stoppen."))


class AttemptQuerySet(models.QuerySet):
    def for_workshop(self, workshop):
        return self.filter(participant__workshop=workshop)


class Attempt(models.Model):
    """One answer of a participant to an exercise, with the feedback it got."""

    participant = models.ForeignKey(
        Participant, verbose_name=_("deelnemer"), related_name="attempts", on_delete=models.CASCADE
    )
    exercise = models.ForeignKey(
        Exercise, verbose_name=_("oefening"), related_name="attempts", on_delete=models.CASCADE
    )
    answer = models.JSONField(_("antwoord"), default=dict)
    result = models.JSONField(_("beoordeling"), default=dict)
    score = models.FloatField(_("score"), default=0)
    is_good = models.BooleanField(_("goed"), default=False)
    created = models.DateTimeField(_("tijdstip"), auto_now_add=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("poging")
        verbose_name_plural = _("pogingen")

    def __str__(self):
        return f"{self.participant.display_name}: {self.exercise}"
