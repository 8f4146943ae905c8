"""The data of the app: cases from the literature, dialogues and their turns."""

import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import Max
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from coachapp.db.batch import insert_and_update

from . import debrief, practice_feedback, scripted_client
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


PRACTICE_TITLE = gettext_noop("Oefengesprek met %(name)s")


def practice_title(case_name):
    """A practice's automatic title, in the active language."""
    return gettext(PRACTICE_TITLE) % {"name": case_name}


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

    @property
    def display_title(self):
        """The title in the reader's language. A practice's automatic title ('Oefengesprek met
        Patiënt A') is stored in the language it was started in; shown, it follows the page's
        language. Any other title is shown as it was written."""
        if self.kind == self.Kind.PRACTICE:
            for language, _name in settings.LANGUAGES:
                with translation.override(language):
                    prefix = gettext(PRACTICE_TITLE) % {"name": ""}
                if prefix and self.title.startswith(prefix):
                    return practice_title(self.title[len(prefix) :])
        return self.title

    @transaction.atomic
    def append_turn(self, role, text, speaker="", **fields):
        """Add a turn at the end; the position is given by the server, never by the caller."""
        # Lock the dialogue row so two writers never get the same position. The last position
        # is read by a statement of its own, after the lock: on PostgreSQL a subquery in the
        # locking statement would still see the turns from before the wait.
        Dialogue.objects.select_for_update().filter(pk=self.pk).values_list("pk").first()
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
        """The analyser's result for this turn; stored, and recomputed when the analyser changed.

        Kept on the instance too (for the same text and stored result), so the panel and the
        template of one request read the stored result once."""
        if not self.analysable:
            return None
        known = self.__dict__.get("_analysed")
        if known is not None and known[0] is self.analysis and known[1] == self.text:
            return known[2]
        if self.analysis is None or self.analysis_version != ANALYSER_VERSION:
            result = analyse(self.text, self.role)
            stored = self.stored_analysis(result)
            self.analysis, self.analysis_version = stored["analysis"], stored["analysis_version"]
            if self.pk:
                Turn.objects.filter(pk=self.pk).update(**stored)
        else:
            result = Analysis.from_dict(self.analysis, self.text)
        self.remember_analysis(result)
        return result

    def remember_analysis(self, result):
        """`result` is this turn's analysis (stored in `analysis`): `analysed()` returns it."""
        self.__dict__["_analysed"] = (self.analysis, self.text, result)

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


def _tags(verbose_name, help_text):
    return models.JSONField(verbose_name, default=list, blank=True, help_text=help_text)


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
    topics = models.JSONField(
        _("woordenlijst van de casus"),
        default=list,
        blank=True,
        help_text=_(
            "De mensen, gebeurtenissen en kernwoorden van de casus: "
            "[{id, kind: person|event|word, label, words: [...]}]."
        ),
    )
    styles = _tags(
        _("gespreksstijlen"),
        _("De stijlen waarin deze cliënt te spelen is (plain, upset, reserved, verbose)."),
    )
    revised = models.DateTimeField(
        _("laatst gewijzigd"),
        null=True,
        editable=False,
        help_text=_(
            "Bij elke wijziging van het script of een zin: het gespeelde script wordt per "
            "versie bewaard."
        ),
    )

    class Meta:
        verbose_name = _("gespeelde cliënt")
        verbose_name_plural = _("gespeelde cliënten")

    def __str__(self):
        return str(self.case.name)

    @property
    def style_choices(self):
        playable = self.styles or list(scripted_client.STYLES)
        return [(name, label) for name, label in scripted_client.STYLE_CHOICES if name in playable]

    def as_script(self, lines=None, topics=None):
        """The plain script the engine plays; `lines`/`topics` (e.g. unsaved) replace ours.

        The saved script is kept per process and version (`revised`, set by every save of the
        script or of a line, fixtures included): a turn does not read ~80 lines with their
        tags from the database."""
        if lines is None and topics is None and self.pk:
            key = (self.pk, self.revised)
            if key not in _PLAYED_SCRIPTS:
                if len(_PLAYED_SCRIPTS) > 64:
                    _PLAYED_SCRIPTS.clear()
                _PLAYED_SCRIPTS[key] = self._build_script(list(self.lines.all()), self.topics)
            return _PLAYED_SCRIPTS[key]
        return self._build_script(
            list(self.lines.all()) if lines is None else lines,
            self.topics if topics is None else topics,
        )

    def _build_script(self, lines, topics):
        return scripted_client.Script(
            lines=tuple(
                line.as_line(n)
                for n, line in enumerate(sorted(lines, key=lambda x: (x.order, x.pk or 0)))
            ),
            topics=tuple(topics),
            start_openness=self.start_openness,
            start_affect=self.start_affect,
        )

    def validate_lines(self, lines=None, topics=None):
        problems = self.as_script(lines, topics).problems()
        if problems:
            raise ValidationError(problems)


_PLAYED_SCRIPTS = {}


class ScriptLine(models.Model):
    """One thing the scripted client can say, tagged with what it answers (a disclosure)."""

    class Kind(models.TextChoices):
        ANSWER = "answer", _("antwoord")
        DEFLECT = "deflect", _("afweren")
        REACT = "react", _("reactie op een zet")
        SHORT = "short", _("kort antwoord")
        PUZZLED = "puzzled", _("niet-begrijpen")
        REFER_BACK = "refer_back", _("terugverwijzen")
        ASIDE = "aside", _("uitweiding")
        CLOSING = "closing", _("afsluiting")

    script = models.ForeignKey(
        ClientScript, verbose_name=_("script"), related_name="lines", on_delete=models.CASCADE
    )
    key = models.SlugField(_("id"), max_length=40, help_text=_("Uniek binnen dit script."))
    kind = models.CharField(_("soort"), max_length=12, choices=Kind.choices)
    text = models.TextField(_("tekst"))
    aspects = _tags(_("aspecten"), _("Waar de zin op antwoordt: feeling, thought, motive, …"))
    persons = _tags(_("personen"), _("Over wie: self, coach of een persoon uit de casus."))
    times = _tags(_("tijd"), _("then, now, here."))
    topics = _tags(_("onderwerpen"), _("Ids uit de woordenlijst van de casus of gevoel-…"))
    moves = _tags(_("zetten"), _("Codes van coachzetten waarvoor deze zin bedoeld is."))
    requires = _tags(_("eerst nodig"), _("Ids van zinnen die eerder gezegd moeten zijn."))
    styles = _tags(_("stijlen"), _("Leeg = alle stijlen; bij uitweidingen: verbose, upset."))
    min_openness = models.PositiveSmallIntegerField(
        _("minimale openheid"),
        default=0,
        validators=[MaxValueValidator(SCALE_MAX)],
        help_text=_("Hoeveel vertrouwen de cliënt nodig heeft om dit te zeggen."),
    )
    max_openness = models.PositiveSmallIntegerField(
        _("maximale openheid"), default=SCALE_MAX, validators=[MaxValueValidator(SCALE_MAX)]
    )
    affect = models.PositiveSmallIntegerField(
        _("affect (0–10)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(SCALE_MIN), MaxValueValidator(SCALE_MAX)],
        help_text=_("Hoe heftig de cliënt is bij deze zin; leeg = zoals het was."),
    )
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        ordering = ["script", "order", "pk"]
        verbose_name = _("zin van de cliënt")
        verbose_name_plural = _("zinnen van de cliënt")
        constraints = [
            models.UniqueConstraint(fields=["script", "key"], name="script_line_key_unique")
        ]

    def __str__(self):
        return f"{self.key}: {self.text[:60]}"

    def as_line(self, order=None):
        return scripted_client.Line(
            key=self.key,
            kind=self.kind,
            text=self.text,
            aspects=tuple(self.aspects or ()),
            persons=tuple(self.persons or ()),
            times=tuple(self.times or ()),
            topics=tuple(self.topics or ()),
            moves=tuple(self.moves or ()),
            min_openness=self.min_openness,
            max_openness=self.max_openness,
            affect=self.affect,
            requires=tuple(self.requires or ()),
            styles=tuple(self.styles or ()),
            order=self.order if order is None else order,
        )


@receiver([post_save, post_delete], sender=ScriptLine)
@receiver(post_save, sender=ClientScript)
def _script_revised(sender, instance, **kwargs):
    """Any change to a script or one of its lines (also by loaddata) makes it a new version."""
    pk = instance.pk if sender is ClientScript else instance.script_id
    ClientScript.objects.filter(pk=pk).update(revised=timezone.now())


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
    style = models.CharField(
        _("gespreksstijl"),
        max_length=12,
        choices=scripted_client.STYLE_CHOICES,
        default="plain",
    )
    openness = _scale(_("openheid (0–10)"))
    affect = _scale(_("affect (0–10)"))
    memory = models.JSONField(
        _("geheugen van de cliënt"),
        default=dict,
        blank=True,
        help_text=_("Wat de cliënt al zei, zijn laatste zin, wantrouwen na een oordeel, …"),
    )
    hints_used = models.PositiveSmallIntegerField(_("hints bekeken"), default=0)
    finished = models.DateTimeField(_("afgerond"), null=True, blank=True)

    objects = PracticeQuerySet.as_manager()
    # What a turn changes (the scripted client's state).
    STATE_FIELDS = ("openness", "affect", "memory")

    class Meta:
        verbose_name = _("oefengesprek")
        verbose_name_plural = _("oefengesprekken")

    def __str__(self):
        return str(self.dialogue)

    def get_absolute_url(self):
        return reverse("dialogues:practice", args=[self.pk])

    @property
    def state(self):
        memory = dict(self.memory or {})
        memory["style"] = self.style
        return scripted_client.State(self.openness, self.affect, memory)

    def _set_state(self, state):
        self.openness, self.affect, self.memory = state.openness, state.affect, dict(state.memory)

    @classmethod
    @transaction.atomic
    def start(cls, user, case, style="plain"):
        script = case.script
        if style not in dict(script.style_choices):
            style = script.style_choices[0][0]
        dialogue = Dialogue.objects.create(
            title=practice_title(case.name),
            kind=Dialogue.Kind.PRACTICE,
            case=case,
            owner=user,
        )
        state = scripted_client.start_state(script.as_script(), style)
        practice = cls.objects.create(
            dialogue=dialogue,
            script=script,
            style=style,
            openness=state.openness,
            affect=state.affect,
            memory=state.memory,
        )
        practice._say(case.opening_line)
        return practice

    def _say(self, text, reply=None, kind=""):
        """The scripted client says `text`; its (cached) analysis is stored with the turn."""
        return self.dialogue.append_turn(
            Turn.Role.CLIENT,
            text,
            client_state=self.snapshot(reply, kind),
            **Turn.stored_analysis(_scripted_line_analysis(text, ANALYSER_VERSION)),
        )

    def snapshot(self, reply=None, kind=""):
        state = {"openness": self.openness, "affect": self.affect, "style": self.style}
        if reply is not None:
            state.update(reply.to_dict())
        elif kind:
            state["kind"] = kind
        return state

    def client_said(self, turns=None, limit=3):
        turns = self.dialogue.turns.filter(role=Turn.Role.CLIENT) if turns is None else turns
        return [t.text for t in turns if t.role == Turn.Role.CLIENT][-limit:]

    def respond(self, text, submission_key=None):
        """The coach says `text`; the scripted client answers. Returns (coach turn, client turn).

        The same `submission_key` twice (double click, retried request) adds nothing new: the
        database refuses a second turn with that key in this dialogue, and the turns stored the
        first time are returned. `new_turns` is (coach turn, client turn) when this call stored
        them, None when they were there already (or the practice is finished: then nothing is
        returned).
        """
        practice = Practice.respond_in(
            Practice.objects.select_related("dialogue__case", "script"),
            self.pk,
            text,
            submission_key,
        )
        self.openness, self.affect = practice.openness, practice.affect
        self.memory = practice.memory
        self.new_turns = practice.new_turns
        return practice.new_turns or practice.earlier_turns

    @classmethod
    def respond_in(cls, practices, pk, text, submission_key=None, before_commit=None):
        """The coach of practice `pk` among `practices` (someone's own: DoesNotExist for any
        other) says `text`; the scripted client answers. Returns that practice, read and
        locked at the start of the one transaction of the turn, with `new_turns` (coach turn,
        client turn) when this call stored them, None when it stored nothing: the practice is
        finished, or the turns of `submission_key` were there already
        (the database refused a second turn with that key; they are in `earlier_turns`).

        `before_commit` runs last in the same transaction (the view saves the session's
        activity time there: one commit instead of two). Six round trips to PostgreSQL: BEGIN,
        the practice with its lock, the last turns, one insert for both turns, the client's
        state with the dialogue's time, COMMIT.
        """
        try:
            with transaction.atomic():
                # Only the practice's row is locked: turns of other practices (of the same case
                # and script) never wait for each other.
                practice = practices.select_for_update(of=("self",)).get(pk=pk)
                practice.new_turns = practice.earlier_turns = None
                if practice.finished is None:
                    practice.new_turns = practice._respond(text, submission_key)
                if before_commit is not None:
                    before_commit()
                return practice
        except IntegrityError:
            if not submission_key:
                raise
            practice = practices.get(pk=pk)
            earlier = practice.dialogue.turns.filter(submission_key=submission_key).first()
            if earlier is None:
                raise
            practice.new_turns = None
            practice.earlier_turns = (
                earlier,
                practice.dialogue.turns.filter(position=earlier.position + 1).first(),
            )
            return practice

    def _respond(self, text, submission_key):
        """In the transaction of `respond_in`, on the practice it read and locked: read the last
        turns, store both turns in one insert, save the client's state and the time."""
        dialogue = self.dialogue
        recent = list(
            dialogue.turns.order_by("-position").values_list("position", "role", "text")[:6]
        )
        said = [t for _, role, t in recent if role == Turn.Role.CLIENT][:3]
        if len(said) < 3 and len(recent) == 6:  # not the usual coach/client alternation
            said = list(
                dialogue.turns.filter(role=Turn.Role.CLIENT)
                .order_by("-position")
                .values_list("text", flat=True)[:3]
            )
        said.reverse()
        last = recent[0][0] if recent else 0
        analysis = analyse(text, Turn.Role.COACH)
        reply = scripted_client.respond(self.script.as_script(), self.state, analysis, said[-3:])
        self._set_state(reply.state)
        coach_turn = Turn(
            dialogue=dialogue,
            position=last + 1,
            role=Turn.Role.COACH,
            text=text,
            submission_key=submission_key,
            **Turn.stored_analysis(analysis),
        )
        client_analysis = _scripted_line_analysis(reply.text, ANALYSER_VERSION)
        client_turn = Turn(
            dialogue=dialogue,
            position=last + 2,
            role=Turn.Role.CLIENT,
            text=reply.text,
            client_state=self.snapshot(reply),
            **Turn.stored_analysis(client_analysis),
        )
        # Both turns, the client's state and the dialogue's time (the client turn's): one round
        # trip to PostgreSQL.
        insert_and_update(
            [coach_turn, client_turn],
            lambda turns: [
                (
                    Practice.objects.filter(pk=self.pk),
                    {name: getattr(self, name) for name in self.STATE_FIELDS},
                ),
                (Dialogue.objects.filter(pk=dialogue.pk), {"updated": turns[-1].created}),
            ],
        )
        coach_turn.remember_analysis(analysis)
        client_turn.remember_analysis(client_analysis)
        dialogue.updated = client_turn.created
        return coach_turn, client_turn

    @transaction.atomic
    def finish(self):
        practice = Practice.objects.select_for_update().select_related("dialogue").get(pk=self.pk)
        if practice.finished:
            return
        script = self.script if self.script_id == practice.script_id else practice.script
        line, state = scripted_client.closing(script.as_script(), practice.state)
        practice._set_state(state)
        practice.finished = timezone.now()
        practice.save(update_fields=[*self.STATE_FIELDS, "finished"])
        practice._say(line.text, kind="closing")
        self.openness, self.affect = practice.openness, practice.affect
        self.memory, self.finished = practice.memory, practice.finished

    def count_hint(self):
        Practice.objects.filter(pk=self.pk).update(hints_used=models.F("hints_used") + 1)

    def panel(self, turns):
        """Feedback beside the conversation: the client's last line, the coach's last move."""
        client = next((t for t in reversed(turns) if t.role == Turn.Role.CLIENT), None)
        coach = next((t for t in reversed(turns) if t.role == Turn.Role.COACH), None)
        client_analysis = client.analysed() if client else None
        client_state = (client.client_state or {}) if client else {}
        return {
            "client_analysis": client_analysis,
            "client_reason": client_state.get("reason", ""),
            "depth": practice_feedback.depth(self.affect, client_analysis),
            "hint_text": practice_feedback.hint(
                self.dialogue.case.name, client_state, self.script.as_script(), self.state
            ),
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
        """The conversation as plain text, with the feedback of every turn and the debrief."""
        started = timezone.localtime(self.dialogue.created)
        name = self.dialogue.case.name
        lines = [str(self.dialogue.title), f"{started:%d-%m-%Y %H:%M}", ""]
        for t in turns:
            if t.role == Turn.Role.COACH:
                move = scripted_client.classify(t.analysed())
                lines += [f"Coach: {t.text}", f"  [Feedback: {move.label}] {move.reason}", ""]
            elif t.role == Turn.Role.CLIENT:
                state = t.client_state or {}
                lines.append(f"{name}: {t.text}")
                if state:
                    gauge = gettext("openheid %(o)s/10, emotie %(a)s/10") % {
                        "o": state.get("openness"),
                        "a": state.get("affect"),
                    }
                    lines.append(f"  [{gauge}] {state.get('reason', '')}".rstrip())
                lines.append("")
        summary = self.debrief(turns)
        lines += [
            gettext("Nabespreking"),
            gettext("%(m)s%% mentaliserend, %(n)s%% niet-mentaliserend (%(c)s beurten)")
            % {
                "m": summary.mentalizing_share,
                "n": summary.non_mentalizing_share,
                "c": summary.coach_turns,
            },
        ]
        for missed in summary.missed:
            lines.append(
                gettext("Gemiste kans bij beurt %(p)s: %(ask)s")
                % {"p": missed.coach.position, "ask": missed.suggestion}
            )
        for better in summary.better:
            lines.append(
                gettext("Zo kan het ook bij beurt %(p)s: %(alt)s")
                % {"p": better.coach.position, "alt": better.alternative}
            )
        return "\n".join(lines) + "\n"
