"""Peer role-play rooms. Participants need no account: every view finds who the request speaks for
in the room (`rooms.access.room_participant`) and checks it itself. The trainer of a workshop sees
its rooms read-only; a trainer who opened a room on their own reads along or takes a role. A room,
round, turn or note someone is not part of is a 404, fragments included.
"""

import math
from uuid import uuid4

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coachapp.roles import is_trainer
from dialogues import scripted_client
from dialogues.models import Turn
from privacy import forget
from privacy.middleware import passive
from workshops import ratelimit
from workshops.access import current_participant, trainer_required
from workshops.models import Workshop, normalise_join_code

from .access import joined_participant_ids, remember_participant, room_participant
from .casecard import case_card
from .forms import (
    ROLE_TAKEN,
    CodeJoinForm,
    JoinForm,
    NewRoundForm,
    NoteForm,
    OpenRoomForm,
    OwnRoomForm,
    TurnForm,
)
from .models import ObserverNote, Role, Room, Round, display_name

TEMPLATE = "rooms/room.html"


class Access:
    """Who is looking at a room: a member (with a role), a workshop member without a role yet,
    the workshop's trainer (read-only), or the trainer who opened the room on their own."""

    def __init__(self, room, participant, member, is_trainer, members=None):
        self.room, self.participant, self.member = room, participant, member
        self.is_trainer = is_trainer
        self.members = members  # everyone in the room with their participant, read once
        self.review = False  # looking back at a round: everyone sees the analysis

    @property
    def role(self):
        return self.member.role if self.member else None

    @property
    def sees_analysis(self):
        return self.review or self.role == Role.OBSERVER or self.is_trainer_view

    @property
    def is_trainer_view(self):
        return self.member is None and self.is_trainer

    @property
    def runs_room(self):
        """The trainer who opened this room on their own: invites, starts rounds, closes it."""
        return self.is_trainer and self.room.workshop_id is None

    @property
    def runs_rounds(self):
        """Starts new rounds and closes the room: the participant who opened it, or its trainer
        (the other players, the client among them, do not)."""
        if self.is_trainer:
            return True
        opener = self.room.opened_by_id
        return opener is not None and self.participant is not None and self.participant.pk == opener

    @property
    def may_join(self):
        """May take a role: a member of the room's workshop, or the trainer of their own room."""
        return self.participant is not None or self.runs_room


def _access(request, pk):
    room = Room.with_current_round(pk)
    if room is None:
        rooms = Room.objects.select_related("case", "workshop", "opened_by")
        room = get_object_or_404(rooms, pk=pk)
    # One query for the viewer's membership and the roster (a poll needs both).
    members = list(room.members.select_related("participant"))
    participant = room_participant(request, room, members)
    is_trainer = room.is_trained_by(request.user)
    if participant is None and not is_trainer:
        raise Http404
    member = None
    if participant is not None:
        member = next((m for m in members if m.participant_id == participant.pk), None)
    return Access(room, participant, member, is_trainer, members)


def _member_or_404(access):
    if access.member is None:
        raise Http404
    return access.member


def _turn_items(turns, access):
    """The turns as the viewer sees them: plain text, or with the analyser's results."""
    notes, all_notes = {}, {}
    if access.is_trainer_view:
        for note in ObserverNote.objects.filter(turn__in=turns).select_related("participant"):
            all_notes.setdefault(note.turn_id, []).append(note)
    elif access.participant is not None:
        notes = dict(
            ObserverNote.objects.filter(turn__in=turns, participant=access.participant).values_list(
                "turn_id", "text"
            )
        )
    items = []
    for turn in turns:
        item = {"turn": turn, "note": notes.get(turn.pk, ""), "notes": all_notes.get(turn.pk, [])}
        if access.sees_analysis:
            analysis = turn.analysed()
            item["analysis"] = analysis
            if analysis is not None and turn.role == "coach":
                item["move"] = scripted_client.classify(analysis)
        items.append(item)
    return items


def _roster_context(access):
    """Who holds which role, and which roles this viewer could take: what the poller refreshes."""
    room = access.room
    members = access.members
    if members is None:
        members = list(room.members.select_related("participant"))
    context = {"members": members, "roster": room.roster(members)}
    if access.member is None and access.may_join and room.is_open:
        context["free_roles"] = [(r.value, r.label) for r in room.free_roles()]
    if access.member is not None and room.is_open:
        context["switch_roles"] = [
            (r.value, r.label) for r in room.free_roles(access.member) if r != access.role
        ]
    return context


def _room_context(access, round_=None, form=None):
    room = access.room
    current = room.current_round()
    round_ = round_ or current
    turns = list(round_.dialogue.turns.all())
    context = {
        "room": room,
        "access": access,
        "member": access.member,
        "round": round_,
        "is_current": round_ == current,
        "rounds": list(room.rounds.all()),
        "items": _turn_items(turns, access),
        "last_position": turns[-1].position if turns else 0,
        **_roster_context(access),
    }
    if access.member is not None and access.member.speaks and room.is_open:
        context["form"] = form or TurnForm(initial={"key": uuid4()}, role=access.role)
    if access.role == Role.CLIENT:
        context["card"] = case_card(room.case)
    if access.runs_rounds and room.is_open:
        context["round_form"] = NewRoundForm()
    return context


# --- the list, opening a room ----------------------------------------------------------------


def _joined_rooms(request):
    """Rooms outside a workshop this browser or account holds a role in (not the ones it runs)."""
    rooms = Room.objects.joined_by(joined_participant_ids(request)).select_related("case")
    if request.user.is_authenticated:
        rooms = rooms.exclude(opened_by_user=request.user)
    return rooms


def _overview(request, form=None, status=200):
    """For everyone who is not in a workshop: the rooms of my workshops and the ones I opened on
    my own (as trainer), the rooms I joined with a code; a trainer opens a room of their own."""
    user = request.user
    context = {
        "rooms": Room.objects.visible_to(None, user).select_related("case", "workshop"),
        "joined": _joined_rooms(request),
        "can_open": is_trainer(user),
        "form": form or OwnRoomForm(),
    }
    return TemplateResponse(request, "rooms/overview.html", context, status=status)


@login_not_required
@require_GET
def room_list(request):
    participant = current_participant(request)
    joined = _joined_rooms(request)
    if participant is None:
        if request.user.is_authenticated or joined.exists():
            return _overview(request)
        messages.info(request, _("Je doet (nog) niet mee aan een workshop. Vul de code in."))
        return redirect("workshops:join")
    rooms = (
        Room.objects.open()
        .filter(workshop=participant.workshop)
        .select_related("case", "opened_by")
        .prefetch_related("members__participant")
    )
    can_open = is_trainer(request.user)
    if can_open:  # a trainer who joined a workshop with their account: their own rooms too
        joined = Room.objects.filter(
            Q(pk__in=joined.values("pk")) | Q(workshop__isnull=True, opened_by_user=request.user)
        ).select_related("case")
    context = {
        "participant": participant,
        "workshop": participant.workshop,
        "rooms": rooms,
        "joined": joined,
        "form": OpenRoomForm(),
        "can_open": can_open,
        "own_form": OwnRoomForm(auto_id="own_%s"),  # ids apart from the form above
    }
    return TemplateResponse(request, "rooms/list.html", context)


@login_not_required
@require_POST
def room_open(request):
    participant = current_participant(request)
    if participant is None:
        raise Http404
    form = OpenRoomForm(request.POST)
    if not participant.workshop.is_open:
        form.add_error(None, _("Deze workshop is gesloten; je kunt geen rollenspel meer openen."))
    if form.is_valid():
        room = Room.open_for(participant, form.cleaned_data["case"], form.cleaned_data["role"])
        return redirect("rooms:room", pk=room.pk)
    context = {
        "participant": participant,
        "workshop": participant.workshop,
        "rooms": Room.objects.open().filter(workshop=participant.workshop),
        "form": form,
    }
    return TemplateResponse(request, "rooms/list.html", context, status=400)


@trainer_required
@require_POST
def room_open_own(request):
    """A trainer opens a room outside any workshop; the others join with its code."""
    form = OwnRoomForm(request.POST)
    if not form.is_valid():
        return _overview(request, form=form, status=400)
    room = Room.open_own(request.user, form.cleaned_data["case"], form.cleaned_data["role"])
    messages.success(request, _("Het rollenspel is open. Deel de link of de code met wie meedoet."))
    return redirect("rooms:room", pk=room.pk)


def _blocked_message():
    minutes = math.ceil(ratelimit.window_seconds() / 60)
    return _(
        "Je hebt te vaak een verkeerde code ingevuld. Wacht %(minutes)d minuten en probeer het "
        "dan opnieuw, of vraag je trainer de code nog eens."
    ) % {"minutes": minutes}


UNKNOWN_CODE = _(
    "Deze code kennen we niet. Controleer de code die je trainer je gaf "
    "(alleen letters en cijfers, zonder 0, O, 1, I of L)."
)


@login_not_required
@require_http_methods(["GET", "POST"])
def join_by_code(request, code=""):
    """Join a trainer's own room with its code (typed, or in the invite link): a name and a free
    role. Wrong codes count towards the same limit as the workshops' join page."""
    posted = request.method == "POST"
    typed = request.POST.get("code", "") if posted else code
    room, problem, status = None, None, 200
    if ratelimit.is_blocked(request):
        problem, status = _blocked_message(), 429
    elif typed:
        room = Room.objects.by_code(typed)
        if room is None:
            workshop = Workshop.objects.filter(join_code=normalise_join_code(typed)).first()
            if workshop is not None:
                messages.info(request, _("Dit is de code van een workshop: doe daar mee."))
                return redirect("workshops:join_code", code=workshop.join_code)
            ratelimit.record_failure(request)
            problem, status = UNKNOWN_CODE, 404
        elif room.is_trained_by(request.user) or room_participant(request, room) is not None:
            return redirect("rooms:room", pk=room.pk)
        elif not room.is_open:
            problem, status = _("Dit rollenspel is gesloten: je kunt niet meer meedoen."), 410
    initial = {"code": code}
    if request.user.is_authenticated:
        initial["display_name"] = display_name(request.user)
    roles = room.free_roles() if room is not None and problem is None else None
    form = CodeJoinForm(request.POST if posted else None, initial=initial, roles=roles)
    if posted and problem is None and form.is_valid():
        user = request.user if request.user.is_authenticated else None
        name, role = form.cleaned_data["display_name"], form.cleaned_data["role"]
        member = room.admit(name, role, user=user)
        if member is not None:
            remember_participant(request, room, member.participant)
            messages.success(
                request,
                _("Welkom, %(name)s! Je bent %(role)s in het rollenspel met %(case)s.")
                % {"name": name, "role": member.get_role_display(), "case": room.case.name},
            )
            return redirect("rooms:room", pk=room.pk)
        form.add_error("role", ROLE_TAKEN)
        form.fields["role"].choices = [(r.value, r.label) for r in room.free_roles()]
    if posted and status != 429:
        status = 400
    context = {"form": form, "room": room if problem is None else None, "problem": problem}
    return TemplateResponse(request, "rooms/join.html", context, status=status)


# --- one room --------------------------------------------------------------------------------


@login_not_required
@require_GET
def room(request, pk):
    access = _access(request, pk)
    return TemplateResponse(request, TEMPLATE, _room_context(access))


def _take_role(access, role):
    if access.participant is None:  # the trainer of their own room, without a role so far
        user = access.room.opened_by_user
        return access.room.admit(display_name(user), role, user=user)
    return access.room.take_role(access.participant, role)


@login_not_required
@require_POST
def room_join(request, pk):
    access = _access(request, pk)
    if not access.may_join:
        raise Http404
    form = JoinForm(request.POST)
    room = access.room
    if not room.is_open:
        messages.error(request, _("Dit rollenspel is gesloten."))
    elif form.is_valid():
        role = form.cleaned_data["role"]
        free = [r.value for r in room.free_roles(access.member)]
        if role in free and _take_role(access, role) is not None:
            messages.success(request, _("Je bent nu %(role)s.") % {"role": Role(role).label})
        else:
            messages.error(
                request,
                _("Iemand anders is al %(role)s. Kies een andere rol.")
                % {"role": Role(role).label},
            )
    return redirect("rooms:room", pk=room.pk)


@login_not_required
@require_POST
def room_turn(request, pk):
    access = _access(request, pk)
    member = _member_or_404(access)
    if not member.speaks:
        raise Http404
    form = TurnForm(request.POST, role=member.role)
    if not access.room.is_open:
        form.add_error(None, _("Dit rollenspel is gesloten; je kunt niets meer zeggen."))
    if form.is_valid():
        access.room.post_turn(member, form.cleaned_data["text"], form.cleaned_data["key"])
        if not request.htmx:
            return redirect("rooms:room", pk=pk)
        form = None
    if request.htmx:
        # Only the form (fresh, or with its errors): the new turn reaches every page, this one
        # included, through the poll, which renders only the turns the page does not show yet.
        context = {
            "room": access.room,
            "member": member,
            "form": form or TurnForm(initial={"key": uuid4()}, role=member.role),
        }
        response = TemplateResponse(request, TEMPLATE + "#turn_form", context)
        if form is None:
            response["HX-Trigger"] = "turnPosted"
        return response
    return TemplateResponse(request, TEMPLATE, _room_context(access, form=form), status=400)


@passive  # the page polls every second: no activity of the person
@login_not_required
@require_GET
def room_turns(request, pk):
    """The turns after `after` of the current round (what this browser has not seen yet)."""
    access = _access(request, pk)
    round_ = access.room.current_round()
    try:
        after = int(request.GET.get("after", 0))
        number = int(request.GET.get("round", round_.number))
    except ValueError:
        raise Http404 from None
    if number != round_.number:
        # A new round has started: the browser loads the room page again.
        response = HttpResponse(status=204)
        response["HX-Refresh"] = "true"
        return response
    turns = list(round_.dialogue.turns.filter(position__gt=after))
    context = {"room": access.room, "access": access, "items": _turn_items(turns, access)}
    # The page says which roster it shows; if someone joined or changed roles since, the member
    # list (and the roles still free) come along, swapped out of band.
    shown = request.GET.get("roster")
    if shown is not None and shown != access.room.roster(access.members):
        context.update(_roster_context(access), member=access.member, roster_changed=True)
    elif not turns:
        return HttpResponse(status=204)
    return TemplateResponse(request, TEMPLATE + "#poll", context)


@login_not_required
@require_POST
def room_note(request, pk, turn_pk):
    access = _access(request, pk)
    member = _member_or_404(access)
    if member.role != Role.OBSERVER:
        raise Http404
    turn = get_object_or_404(Turn, pk=turn_pk, dialogue__room_round__room=access.room)
    form = NoteForm(request.POST)
    if form.is_valid():
        text = form.cleaned_data["text"]
        if text:
            ObserverNote.objects.update_or_create(
                turn=turn, participant=access.participant, defaults={"text": text}
            )
        else:
            ObserverNote.objects.filter(turn=turn, participant=access.participant).delete()
    if request.htmx:
        item = {"turn": turn, "note": form.data.get("text", "").strip()}
        context = {"room": access.room, "access": access, "item": item, "saved": True}
        return TemplateResponse(request, TEMPLATE + "#note", context)
    return redirect(reverse("rooms:room", args=[pk]) + f"#turn-{turn.position}")


@login_not_required
@require_POST
def room_new_round(request, pk):
    access = _access(request, pk)
    if not access.runs_rounds:
        raise Http404
    if access.room.is_open:
        form = NewRoundForm(request.POST)
        swap = form.is_valid() and form.cleaned_data["swap"]
        round_ = access.room.start_round(swap=swap)
        messages.success(request, _("Ronde %(number)d is begonnen.") % {"number": round_.number})
    return redirect("rooms:room", pk=pk)


@login_not_required
@require_POST
def room_close(request, pk):
    access = _access(request, pk)
    if not access.runs_rounds:
        raise Http404
    access.room.close()
    messages.success(request, _("Het rollenspel is gesloten."))
    return redirect("rooms:list")


@require_http_methods(["GET", "POST"])
def room_delete(request, pk):
    """The room's trainer deletes it with its rounds (or keeps them for review, without names)."""
    access = _access(request, pk)
    if not access.is_trainer:
        raise Http404
    room = access.room
    if request.method == "POST":
        forget.delete_room(room, keep_roleplays=bool(request.POST.get("keep_roleplays")))
        messages.success(request, _("Het rollenspel is verwijderd."))
        return redirect("rooms:list")
    context = {"room": room, "summary": forget.room_summary(room)}
    return TemplateResponse(request, "rooms/delete.html", context)


@login_not_required
@require_GET
def round_detail(request, pk, number):
    """A finished (or running) round, read-only: for its players, members and the trainer."""
    access = _access(request, pk)
    round_ = get_object_or_404(access.room.rounds.select_related("dialogue"), number=number)
    played = None  # the role this participant had in that round, not the one they hold now
    if access.participant is not None:
        played = round_.players.filter(participant=access.participant).first()
    if access.member is None and played is None and not access.is_trainer:
        raise Http404
    access.review = round_ != access.room.current_round()
    context = _room_context(access, round_=round_)
    context["round_player"] = played
    return TemplateResponse(request, TEMPLATE, context)


@login_not_required
@require_GET
def history(request):
    """The rounds I played in, with my role: my own role-play history, in workshops (this browser's
    participant, or every membership of my account) and in rooms I joined with a code."""
    participants = joined_participant_ids(request)
    participant = current_participant(request)
    if participant is not None:
        participants.add(participant.pk)
    if request.user.is_authenticated:
        participants.update(request.user.workshop_memberships.values_list("pk", flat=True))
    elif not participants:
        raise Http404
    rounds = (
        Round.objects.filter(players__participant__in=participants)
        .select_related("room__case", "room__workshop", "dialogue")
        .distinct()
        .order_by("-created")
    )
    rows = []
    for round_ in rounds:
        player = round_.players.filter(participant__in=participants).first()
        rows.append((round_, player.get_role_display() if player else ""))
    return TemplateResponse(request, "rooms/history.html", {"rows": rows})
