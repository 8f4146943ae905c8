"""The data of the app: cases from the literature, dialogues and their turns."""

import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import debrief, scripted_client
from .analysis import ANALYSER_VERSION, Analysis, analyse
from .scripted_client import SCALE_MAX, SCALE_MIN


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
    def append_turn(self, role, text, speaker="", **fields):
        """Add a turn at the end; the position is given by the server, never by the caller."""
        # Lock the dialogue row so two writers never get the same position.
        Dialogue.objects.select_for_update().filter(pk=self.pk).first()
        last = self.turns.aggregate(last=Max("position"))["last"] or 0
        turn = self.turns.create(position=last + 1, role=role, text=text, speaker=speaker, **fields)
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
    client_state = models.JSONField(
        _("toestand van de cliënt"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Bij een gespeelde cliënt: openheid, affect en stap na deze beurt."),
    )
    submission_key = models.UUIDField(
        _("inzendsleutel"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Eén sleutel per verzonden formulier: dubbel verzenden geeft één beurt."),
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
            models.UniqueConstraint(
                fields=["dialogue", "submission_key"], name="turn_submission_once_per_dialogue"
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
            stored = self.stored_analysis(result)
            self.analysis, self.analysis_version = stored["analysis"], stored["analysis_version"]
            if self.pk:
                Turn.objects.filter(pk=self.pk).update(**stored)
            return result
        return Analysis.from_dict(self.analysis, self.text)

    @staticmethod
    def stored_analysis(result):
        """The fields that store an analyser result with the version that made it."""
        return {"analysis": result.to_dict(), "analysis_version": ANALYSER_VERSION}

    def delete(self, *args, **kwargs):
        dialogue = self.dialogue
        with transaction.atomic():
            result = super().delete(*args, **kwargs)
            dialogue.renumber_turns()
        return result


def _scale(field_name):
    return models.PositiveSmallIntegerField(
        field_name, validators=[MinValueValidator(SCALE_MIN), MaxValueValidator(SCALE_MAX)]
    )


class ClientScript(models.Model):
    """How the scripted client of a case answers in a solo role-play (see scripted_client.py)."""

    case = models.OneToOneField(
        Case, verbose_name=_("casus"), related_name="script", on_delete=models.CASCADE
    )
    start_openness = _scale(_("openheid bij de start (0–10)"))
    start_affect = _scale(_("affect bij de start (0–10)"))
    notes = models.TextField(
        _("toelichting voor trainers"),
        blank=True,
        help_text=_("Hoe deze cliënt zich opent, waar hij of zij dichtklapt."),
    )

    class Meta:
        verbose_name = _("gespeelde cliënt")
        verbose_name_plural = _("gespeelde cliënten")

    def __str__(self):
        return str(self.case.name)

    def as_script(self, lines=None):
        """The plain script the engine plays; `lines` (e.g. unsaved, from a form) replace ours."""
        fields = ["step", "pk", "pool", "text", "affect"]
        if lines is None:
            rows = self.lines.values_list(*fields)
        else:
            rows = [tuple(getattr(line, name) for name in fields) for line in lines]
        path, pools = {}, {pool: [] for pool in ScriptLine.Pool.values if pool != "path"}
        for step, _pk, pool, text, affect in sorted(
            rows, key=lambda row: (row[0] or 0, row[1] or 0)
        ):
            entry = scripted_client.Line(text, affect)
            if pool == ScriptLine.Pool.PATH:
                path.setdefault(step, []).append(entry)
            else:
                pools[pool].append(entry)
        return scripted_client.Script(
            path=tuple(tuple(path[step]) for step in sorted(path)),
            steps=tuple(sorted(path)),
            **{pool: tuple(entries) for pool, entries in pools.items()},
        )

    def validate_lines(self, lines=None):
        problems = self.as_script(lines).problems()
        if problems:
            raise ValidationError(problems)


class ScriptLine(models.Model):
    class Pool(models.TextChoices):
        PATH = "path", _("openingspad")
        DEFENSIVE = "defensive", _("verdediging")
        SHORT = "short", _("kort antwoord")
        PUZZLED = "puzzled", _("niet-begrijpen")
        CLOSING = "closing", _("afsluiting")

    script = models.ForeignKey(
        ClientScript, verbose_name=_("script"), related_name="lines", on_delete=models.CASCADE
    )
    pool = models.CharField(_("soort"), max_length=12, choices=Pool.choices)
    step = models.PositiveSmallIntegerField(
        _("stap"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Alleen bij het openingspad: 1, 2, 3 … Meer zinnen bij één stap = varianten."),
    )
    text = models.TextField(_("tekst"))
    affect = models.PositiveSmallIntegerField(
        _("affect (0–10)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(SCALE_MIN), MaxValueValidator(SCALE_MAX)],
        help_text=_("Hoe heftig de cliënt is bij deze zin; leeg = zoals het was."),
    )

    class Meta:
        ordering = ["script", "pool", "step", "pk"]
        verbose_name = _("zin van de cliënt")
        verbose_name_plural = _("zinnen van de cliënt")

    def __str__(self):
        return self.text[:60]

    def clean(self):
        if self.pool == self.Pool.PATH and not self.step:
            raise ValidationError({"step": _("Een zin op het openingspad heeft een stap nodig.")})
        if self.pool != self.Pool.PATH and self.step:
            raise ValidationError({"step": _("Alleen zinnen op het openingspad hebben een stap.")})


@functools.lru_cache(maxsize=4096)
def _scripted_line_analysis(text, version):
    """Script lines come back in every session: analyse each once per analyser version."""
    return analyse(text, Turn.Role.CLIENT)


class PracticeQuerySet(models.QuerySet):
    def of(self, user):
        return self.filter(dialogue__owner=user)

    def running(self):
        return self.filter(finished__isnull=True).order_by("-dialogue__updated")


class Practice(models.Model):
    """A solo role-play: a practice dialogue with a scripted client and the client's state."""

    dialogue = models.OneToOneField(
        Dialogue,
        verbose_name=_("dialoog"),
        related_name="practice",
        on_delete=models.CASCADE,
        primary_key=True,
    )
    script = models.ForeignKey(
        ClientScript, verbose_name=_("script"), related_name="practices", on_delete=models.PROTECT
    )
    step = models.PositiveSmallIntegerField(_("stap op het openingspad"), default=0)
    openness = _scale(_("openheid (0–10)"))
    affect = _scale(_("affect (0–10)"))
    pool_counts = models.JSONField(_("gebruikte zinnen per soort"), default=dict, blank=True)
    hints_used = models.PositiveSmallIntegerField(_("hints bekeken"), default=0)
    finished = models.DateTimeField(_("afgerond"), null=True, blank=True)

    objects = PracticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("oefengesprek")
        verbose_name_plural = _("oefengesprekken")

    def __str__(self):
        return str(self.dialogue)

    def get_absolute_url(self):
        return reverse("dialogues:practice", args=[self.pk])

    @property
    def state(self):
        return scripted_client.State(self.step, self.openness, self.affect, dict(self.pool_counts))

    def _set_state(self, state):
        self.step, self.openness, self.affect = state.step, state.openness, state.affect
        self.pool_counts = dict(state.used)

    @classmethod
    @transaction.atomic
    def start(cls, user, case):
        script = case.script
        dialogue = Dialogue.objects.create(
            title=_("Oefengesprek met %(name)s") % {"name": case.name},
            kind=Dialogue.Kind.PRACTICE,
            case=case,
            owner=user,
        )
        practice = cls.objects.create(
            dialogue=dialogue,
            script=script,
            openness=script.start_openness,
            affect=script.start_affect,
        )
        practice._say(case.opening_line)
        return practice

    def _say(self, text, reply_to=""):
        """The scripted client says `text`; its (cached) analysis is stored with the turn."""
        return self.dialogue.append_turn(
            Turn.Role.CLIENT,
            text,
            client_state=self.snapshot(reply_to),
            **Turn.stored_analysis(_scripted_line_analysis(text, ANALYSER_VERSION)),
        )

    def snapshot(self, reply_to=""):
        return {
            "openness": self.openness,
            "affect": self.affect,
            "step": self.step,
            "reply_to": reply_to,
        }

    @transaction.atomic
    def respond(self, text, submission_key=None):
        """The coach says `text`; the scripted client answers. Returns (coach turn, client turn).

        The same `submission_key` twice (double click, retried request) adds nothing new.
        """
        practice = Practice.objects.select_for_update().select_related("dialogue").get(pk=self.pk)
        dialogue = practice.dialogue
        if submission_key:
            earlier = dialogue.turns.filter(submission_key=submission_key).first()
            if earlier:
                return earlier, dialogue.turns.filter(position=earlier.position + 1).first()
        coach_turn = dialogue.append_turn(Turn.Role.COACH, text, submission_key=submission_key)
        move = scripted_client.classify(coach_turn.analysed())
        line, state = scripted_client.reply(practice.script.as_script(), practice.state, move)
        practice._set_state(state)
        practice.save()
        client_turn = practice._say(line.text, move.kind)
        self.step, self.openness, self.affect = practice.step, practice.openness, practice.affect
        self.pool_counts = practice.pool_counts
        return coach_turn, client_turn

    @transaction.atomic
    def finish(self):
        practice = Practice.objects.select_for_update().get(pk=self.pk)
        if practice.finished:
            return
        line, state = scripted_client.closing(practice.script.as_script(), practice.state)
        practice._set_state(state)
        practice.finished = timezone.now()
        practice.save()
        practice._say(line.text, "closing")
        self.refresh_from_db()

    def count_hint(self):
        Practice.objects.filter(pk=self.pk).update(hints_used=models.F("hints_used") + 1)

    def panel(self, turns):
        """Feedback beside the conversation: the client's last line, the coach's last move."""
        client = next((t for t in reversed(turns) if t.role == Turn.Role.CLIENT), None)
        coach = next((t for t in reversed(turns) if t.role == Turn.Role.COACH), None)
        return {
            "client_analysis": client.analysed() if client else None,
            "coach_turn": coach,
            "coach_move": scripted_client.classify(coach.analysed()) if coach else None,
        }

    def debrief(self, turns):
        return debrief.build(
            debrief.TurnView(t.position, t.role, t.text, t.analysed(), t.client_state)
            for t in turns
        )

    def export(self, turns):
        """Everything of this session as plain data (for the JSON export)."""
        summary = self.debrief(turns)
        return {
            "title": str(self.dialogue.title),
            "case": self.dialogue.case.name,
            "started": self.dialogue.created.isoformat(),
            "finished": self.finished.isoformat() if self.finished else None,
            "client_state": self.snapshot(),
            "hints_used": self.hints_used,
            "turns": [
                {
                    "position": t.position,
                    "role": t.role,
                    "text": t.text,
                    "codes": t.analysed().codes,
                    "client_state": t.client_state,
                }
                for t in turns
            ],
            "summary": {
                "coach_turns": summary.coach_turns,
                "interventions": {code: count for code, _label, count in summary.code_counts},
                "mentalizing_share": summary.mentalizing_share,
                "non_mentalizing_share": summary.non_mentalizing_share,
                "missed_opportunities": [
                    {"client_turn": m.client.position, "codes": list(m.codes), "ask": m.suggestion}
                    for m in summary.missed
                ],
            },
        }

    def export_text(self, turns):
        started = timezone.localtime(self.dialogue.created)
        header = f"{self.dialogue.title}\n{started:%d-%m-%Y %H:%M}\n\n"
        names = {Turn.Role.COACH: "Coach", Turn.Role.CLIENT: self.dialogue.case.name}
        return header + "\n\n".join(f"{names[t.role]}: {t.text}" for t in turns) + "\n"
