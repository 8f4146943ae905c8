"""Peer role-play rooms: coach, client and observers practise a case, each on their own device.

A room belongs to a workshop, whose participants join it; or a trainer opens one on their own,
outside any workshop, and the others join with the room's code. Such a member is a
`workshops.Participant` without a workshop: a name for this one room, no account needed. Every
member holds one role. Every round is its own `Dialogue(kind="roleplay")`, so turns are numbered
by the server (`Dialogue.append_turn`) and the conversation shows up in the trainer's review.
"""

import hashlib

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from dialogues.analysis import analyse
from dialogues.models import Case, Dialogue, Turn
from workshops.models import Participant, new_join_code, normalise_join_code


class Role(models.TextChoices):
    COACH = "coach", _("coach")
    CLIENT = "client", _("cliënt")
    OBSERVER = "observer", _("observator")


SPEAKING_ROLES = (Role.COACH, Role.CLIENT)


def display_name(user):
    """How an account shows up among the members of a room."""
    return (user.get_full_name() or user.get_username())[:60]


class RoomQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed__isnull=True)

    def visible_to(self, participant=None, user=None):
        """Rooms of the participant's workshop, and of the workshops this user trains."""
        condition = models.Q(pk__in=[])
        if participant is not None:
            condition |= models.Q(workshop=participant.workshop_id)
        if user is not None and user.is_authenticated:
            condition |= models.Q(workshop__trainer=user)
            condition |= models.Q(workshop__isnull=True, opened_by_user=user)
        return self.filter(condition)

    def joined_by(self, participant_ids):
        """Rooms outside a workshop in which one of these participants holds a role."""
        return self.filter(
            workshop__isnull=True, members__participant__in=participant_ids
        ).distinct()

    def by_code(self, text):
        """The room outside a workshop with this join code, however it was typed; or None."""
        code = normalise_join_code(text)
        return self.filter(workshop__isnull=True, join_code=code).first() if code else None


class Room(models.Model):
    workshop = models.ForeignKey(
        "workshops.Workshop",
        verbose_name=_("workshop"),
        related_name="rooms",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
    )
    case = models.ForeignKey(
        Case, verbose_name=_("casus"), related_name="rooms", on_delete=models.PROTECT
    )
    opened_by = models.ForeignKey(
        "workshops.Participant",
        verbose_name=_("geopend door"),
        related_name="opened_rooms",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    opened_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("geopend door (account)"),
        related_name="opened_rooms",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
    )
    join_code = models.CharField(
        _("deelnamecode"),
        max_length=16,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_("Alleen zonder workshop: met deze code doen anderen mee."),
    )
    created = models.DateTimeField(_("geopend"), auto_now_add=True)
    closed = models.DateTimeField(_("gesloten"), null=True, blank=True)

    objects = RoomQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("rollenspelkamer")
        verbose_name_plural = _("rollenspelkamers")

    def __str__(self):
        return f"{self.case.name} ({self.created:%d-%m %H:%M})"

    @property
    def is_open(self):
        return self.closed is None and (self.workshop is None or self.workshop.is_open)

    @classmethod
    @transaction.atomic
    def open_for(cls, participant, case, role):
        """A new room in the participant's workshop, with the opener in `role` and round 1."""
        user = participant.user
        room = cls.objects.create(
            workshop=participant.workshop,
            case=case,
            opened_by=participant,
            opened_by_user=user,
        )
        room.members.create(participant=participant, role=role)
        room.start_round()
        return room

    @classmethod
    @transaction.atomic
    def open_own(cls, trainer, case, role=None):
        """A trainer's own room, outside any workshop: a fresh join code for the others, round 1,
        and the trainer in `role`, or reading along without one (`role=None`)."""
        room = cls(case=case, opened_by_user=trainer)
        room._save_with_fresh_code()
        if role:
            room.admit(display_name(trainer), role, user=trainer)
        room.start_round()
        return room

    def _save_with_fresh_code(self):
        # As Workshop.save: a random code; on the (unlikely) clash with another room, draw again.
        for _attempt in range(10):
            self.join_code = new_join_code()
            try:
                with transaction.atomic():
                    self.save()
                return
            except IntegrityError:
                if not Room.objects.filter(join_code=self.join_code).exists():
                    raise
                self.pk = None
        raise IntegrityError("could not find a free join code")

    @property
    def trainer(self):
        """Who reads along and reviews: the workshop's trainer, or the trainer who opened this
        room on their own."""
        if self.workshop_id is not None:
            return self.workshop.trainer
        return self.opened_by_user

    def is_trained_by(self, user):
        if not user.is_authenticated:
            return False
        if self.workshop_id is not None:
            return self.workshop.trainer_id == user.pk
        return self.opened_by_user_id == user.pk

    def close(self):
        if self.closed is None:
            self.closed = timezone.now()
            self.save(update_fields=["closed"])

    # --- members ---------------------------------------------------------------------------

    def member(self, participant):
        if participant is None:
            return None
        return self.members.filter(participant=participant).first()

    def free_roles(self, member=None):
        """Roles someone could take now: coach and client if nobody holds them, always observer."""
        taken = set(
            self.members.exclude(pk=getattr(member, "pk", None)).values_list("role", flat=True)
        )
        return [role for role in Role if role == Role.OBSERVER or role not in taken]

    def admit(self, name, role, user=None):
        """Someone joins this room (outside a workshop) with its code, as `role`: a participant of
        this room alone. None if the role is taken by now; then nothing is saved."""
        assert self.workshop_id is None, "workshop rooms are joined by the workshop's participants"
        with transaction.atomic():
            participant = Participant.objects.create(display_name=name, user=user)
            member = self.take_role(participant, role)
            if member is None:
                transaction.set_rollback(True)
        return member

    def roster(self, members=None):
        """A short fingerprint of who holds which role: a page that shows another one is behind."""
        members = self.members.all() if members is None else members
        key = ";".join(f"{m.pk}:{m.role}" for m in sorted(members, key=lambda m: m.pk))
        return hashlib.sha256(key.encode()).hexdigest()[:12]

    def take_role(self, participant, role):
        """Join the room (or change role) as `role`. Returns the member, or None if it is taken."""
        try:
            with transaction.atomic():
                member = self.members.select_for_update().filter(participant=participant).first()
                if member is None:
                    member = self.members.create(participant=participant, role=role)
                elif member.role != role:
                    member.role = role
                    member.save(update_fields=["role"])
                round_ = self.current_round()
                if round_ is not None:
                    round_.players.get_or_create(participant=participant, defaults={"role": role})
                return member
        except IntegrityError:
            return None

    # --- rounds ----------------------------------------------------------------------------

    def current_round(self):
        """The latest round (with its dialogue); a room from `with_current_round` has it."""
        known = self.__dict__.get("_current_round")
        if known is not None:
            return known
        return self.rounds.select_related("dialogue").order_by("-number").first()

    @classmethod
    def with_current_round(cls, pk):
        """The room `pk` with what every room page needs (case, workshop, opener) and its current
        round, in one query; None if there is no such room (or it has no round yet)."""
        round_ = (
            Round.objects.filter(room_id=pk)
            .select_related("room__case", "room__workshop", "room__opened_by", "dialogue")
            .order_by("-number")
            .first()
        )
        if round_ is None:
            return None
        room = round_.room
        room.__dict__["_current_round"] = round_
        return room

    @transaction.atomic
    def start_round(self, swap=False):
        """A new round with a new dialogue; with `swap`, coach and client change places."""
        Room.objects.select_for_update().filter(pk=self.pk).first()
        if swap:
            coach = self.members.filter(role=Role.COACH).first()
            client = self.members.filter(role=Role.CLIENT).first()
            # Two steps, so the one-coach-one-client constraint holds at every moment.
            if coach:
                coach.role = Role.OBSERVER
                coach.save(update_fields=["role"])
            if client:
                client.role = Role.COACH
                client.save(update_fields=["role"])
            if coach:
                coach.role = Role.CLIENT
                coach.save(update_fields=["role"])
        number = (self.rounds.aggregate(last=Max("number"))["last"] or 0) + 1
        dialogue = Dialogue.objects.create(
            title=_("Rollenspel met %(name)s, ronde %(number)d")
            % {"name": self.case.name, "number": number},
            kind=Dialogue.Kind.ROLEPLAY,
            case=self.case,
            owner=self.round_owner,
        )
        round_ = self.rounds.create(number=number, dialogue=dialogue)
        if "_current_round" in self.__dict__:
            self.__dict__["_current_round"] = round_
        self._share_with_trainer(dialogue)
        for member in self.members.all():
            round_.players.create(participant_id=member.participant_id, role=member.role)
        return round_

    @property
    def round_owner(self):
        """Who owns the rounds' dialogues: the trainer who opened this room on their own; nobody
        in a workshop's room. Not the participant who opened it: a round holds the others'
        words too, and only its trainer (through the share below) reviews, exports or shares it.
        """
        return self.opened_by_user if self.workshop_id is None else None

    def _share_with_trainer(self, dialogue):
        """The room's trainer finds every round in their transcript review: a workshop's trainer
        through a review share, a trainer who opened the room on their own as its owner."""
        trainer = self.trainer
        if trainer is None or dialogue.owner_id == trainer.pk:
            return
        from reviews.models import Share

        Share.objects.get_or_create(
            dialogue=dialogue, trainer=trainer, defaults={"shared_by": trainer}
        )

    # --- turns -----------------------------------------------------------------------------

    def post_turn(self, member, text, submission_key=None):
        """`member` says `text` in the current round, as the role they hold.

        The server numbers the turn. The same `submission_key` twice (a reload, a retried
        request) gives back the first turn instead of a new one.
        """
        if member.role not in SPEAKING_ROLES:
            raise PermissionError("observers do not speak")
        round_ = self.current_round()
        dialogue = round_.dialogue
        # Analysed once, here, and stored with the turn: the observers' polls only read it.
        analysis = Turn.stored_analysis(analyse(text, member.role))
        try:
            # A key that is already there fails the insert (one per dialogue): nothing is stored
            # and the first turn is returned.
            with transaction.atomic():
                turn = dialogue.append_turn(
                    member.role,
                    text,
                    speaker=member.participant.display_name,
                    submission_key=submission_key,
                    **analysis,
                )
                SpokenTurn.objects.create(turn=turn, participant_id=member.participant_id)
        except IntegrityError:
            existing = dialogue.turns.filter(submission_key=submission_key).first()
            if submission_key is None or existing is None:
                raise
            return existing
        return turn


class RoomMember(models.Model):
    room = models.ForeignKey(
        Room, verbose_name=_("kamer"), related_name="members", on_delete=models.CASCADE
    )
    participant = models.ForeignKey(
        "workshops.Participant",
        verbose_name=_("deelnemer"),
        related_name="room_memberships",
        on_delete=models.CASCADE,
    )
    role = models.CharField(_("rol"), max_length=10, choices=Role.choices)
    joined = models.DateTimeField(_("binnengekomen"), auto_now_add=True)

    class Meta:
        ordering = ["joined", "pk"]
        verbose_name = _("deelnemer aan een rollenspel")
        verbose_name_plural = _("deelnemers aan een rollenspel")
        constraints = [
            models.UniqueConstraint(fields=["room", "participant"], name="room_member_once"),
            models.UniqueConstraint(
                fields=["room", "role"],
                condition=models.Q(role__in=["coach", "client"]),
                name="room_one_coach_one_client",
            ),
        ]

    def __str__(self):
        return f"{self.participant.display_name}: {self.get_role_display()}"

    @property
    def speaks(self):
        return self.role in SPEAKING_ROLES


class Round(models.Model):
    room = models.ForeignKey(
        Room, verbose_name=_("kamer"), related_name="rounds", on_delete=models.CASCADE
    )
    number = models.PositiveSmallIntegerField(_("ronde"))
    dialogue = models.OneToOneField(
        Dialogue, verbose_name=_("dialoog"), related_name="room_round", on_delete=models.CASCADE
    )
    created = models.DateTimeField(_("begonnen"), auto_now_add=True)

    class Meta:
        ordering = ["room", "number"]
        verbose_name = _("ronde")
        verbose_name_plural = _("rondes")
        constraints = [
            models.UniqueConstraint(fields=["room", "number"], name="round_number_once_per_room")
        ]

    def __str__(self):
        return f"{self.room}, {self.number}"


class RoundPlayer(models.Model):
    """Who played which role in a round: the round stays in their history after a swap."""

    round = models.ForeignKey(
        Round, verbose_name=_("ronde"), related_name="players", on_delete=models.CASCADE
    )
    participant = models.ForeignKey(
        "workshops.Participant",
        verbose_name=_("deelnemer"),
        related_name="round_players",
        on_delete=models.CASCADE,
    )
    role = models.CharField(_("rol"), max_length=10, choices=Role.choices)

    class Meta:
        ordering = ["round", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "participant"], name="round_player_once")
        ]

    def __str__(self):
        return f"{self.round}: {self.participant.display_name} ({self.get_role_display()})"


class SpokenTurn(models.Model):
    """Who said a turn in a room. A member may change role in the middle of a round, so the role
    a turn was said in does not tell who said it; a participant's export and deletion go by this.
    """

    turn = models.OneToOneField(
        Turn,
        verbose_name=_("beurt"),
        related_name="room_speaker",
        on_delete=models.CASCADE,
        primary_key=True,
    )
    participant = models.ForeignKey(
        "workshops.Participant",
        verbose_name=_("deelnemer"),
        related_name="spoken_turns",
        # Deleting a participant through `privacy.forget` deletes their turns first; deleted in
        # any other way (a workshop with its rooms), the turn no longer names who said it.
        on_delete=models.SET_NULL,
        null=True,
    )

    class Meta:
        verbose_name = _("gesproken beurt")
        verbose_name_plural = _("gesproken beurten")

    def __str__(self):
        return f"{self.turn_id}: {self.participant_id}"


class ObserverNote(models.Model):
    """An observer's private note on one turn: only they (and the workshop's trainer) read it."""

    turn = models.ForeignKey(
        Turn, verbose_name=_("beurt"), related_name="observer_notes", on_delete=models.CASCADE
    )
    participant = models.ForeignKey(
        "workshops.Participant",
        verbose_name=_("observator"),
        related_name="observer_notes",
        on_delete=models.CASCADE,
    )
    text = models.TextField(_("notitie"), max_length=1000)
    updated = models.DateTimeField(_("bijgewerkt"), auto_now=True)

    class Meta:
        ordering = ["turn", "pk"]
        verbose_name = _("notitie van een observator")
        verbose_name_plural = _("notities van observatoren")
        constraints = [
            models.UniqueConstraint(fields=["turn", "participant"], name="observer_note_once")
        ]

    def __str__(self):
        return self.text[:60]
