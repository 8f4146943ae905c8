"""Peer role-play rooms. Participants need no account: every view finds the session's participant
(`workshops.access.current_participant`) and checks it itself. The trainer of a workshop sees its
rooms read-only. A room, round, turn or note of another workshop is a 404, fragments included.
"""

from uuid import uuid4

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from dialogues import scripted_client
from dialogues.models import Turn
from workshops.access import current_participant

from .casecard import case_card
from .forms import JoinForm, NewRoundForm, NoteForm, OpenRoomForm, TurnForm
from .models import ObserverNote, Role, Room, Round

TEMPLATE = "rooms/room.html"


class Access:
    """Who is looking at a room: a member (with a role), a workshop member without a role yet,
    or the workshop's trainer (read-only)."""

    def __init__(self, room, participant, member, is_trainer):
        self.room, self.participant, self.member = room, participant, member
        self.is_trainer = is_trainer
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


def _access(request, pk):
    participant = current_participant(request)
    rooms = Room.objects.visible_to(participant, request.user).select_related(
        "case", "workshop", "opened_by"
    )
    room = get_object_or_404(rooms, pk=pk)
    same_workshop = participant is not None and participant.workshop_id == room.workshop_id
    member = room.member(participant) if same_workshop else None
    is_trainer = request.user.is_authenticated and (
        (room.workshop is not None and room.workshop.trainer_id == request.user.pk)
        or (room.workshop is None and room.opened_by_user_id == request.user.pk)
    )
    if not same_workshop and not is_trainer:
        raise Http404
    return Access(room, participant, member, is_trainer)


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


def _room_context(access, round_=None, form=None):
    room = access.room
    round_ = round_ or room.current_round()
    turns = list(round_.dialogue.turns.all())
    context = {
        "room": room,
        "access": access,
        "member": access.member,
        "round": round_,
        "is_current": round_ == room.current_round(),
        "rounds": list(room.rounds.all()),
        "members": list(room.members.select_related("participant")),
        "items": _turn_items(turns, access),
        "last_position": turns[-1].position if turns else 0,
    }
    if access.member is not None and access.member.speaks and room.is_open:
        context["form"] = form or TurnForm(initial={"key": uuid4()}, role=access.role)
    if access.role == Role.CLIENT:
        context["card"] = case_card(room.case)
    if access.member is None and not access.is_trainer and room.is_open:
        context["free_roles"] = [(r.value, r.label) for r in room.free_roles()]
    if access.member is not None and room.is_open:
        context["switch_roles"] = [
            (r.value, r.label) for r in room.free_roles(access.member) if r != access.role
        ]
        context["round_form"] = NewRoundForm()
    return context


# --- the list, opening a room ----------------------------------------------------------------


@login_not_required
@require_GET
def room_list(request):
    participant = current_participant(request)
    if participant is None:
        if request.user.is_authenticated:
            rooms = Room.objects.visible_to(None, request.user).select_related("case", "workshop")
            return TemplateResponse(request, "rooms/trainer_list.html", {"rooms": rooms})
        messages.info(request, _("Je doet (nog) niet mee aan een workshop. Vul de code in."))
        return redirect("workshops:join")
    rooms = (
        Room.objects.open()
        .filter(workshop=participant.workshop)
        .select_related("case", "opened_by")
        .prefetch_related("members__participant")
    )
    context = {
        "participant": participant,
        "workshop": participant.workshop,
        "rooms": rooms,
        "form": OpenRoomForm(),
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


# --- one room --------------------------------------------------------------------------------


@login_not_required
@require_GET
def room(request, pk):
    access = _access(request, pk)
    return TemplateResponse(request, TEMPLATE, _room_context(access))


@login_not_required
@require_POST
def room_join(request, pk):
    access = _access(request, pk)
    if access.participant is None or access.participant.workshop_id != access.room.workshop_id:
        raise Http404
    form = JoinForm(request.POST)
    room = access.room
    if not room.is_open:
        messages.error(request, _("Dit rollenspel is gesloten."))
    elif form.is_valid():
        role = form.cleaned_data["role"]
        free = [r.value for r in room.free_roles(access.member)]
        if role in free and room.take_role(access.participant, role) is not None:
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
        context = _room_context(access, form=form)
        response = TemplateResponse(request, TEMPLATE + "#turn_form", context)
        if form is None:
            response["HX-Trigger"] = "turnPosted"
        return response
    return TemplateResponse(request, TEMPLATE, _room_context(access, form=form), status=400)


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
    if not turns:
        return HttpResponse(status=204)
    context = {"room": access.room, "access": access, "items": _turn_items(turns, access)}
    return TemplateResponse(request, TEMPLATE + "#turn_items", context)


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
    _member_or_404(access)
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
    if access.member is None and not access.is_trainer:
        raise Http404
    access.room.close()
    messages.success(request, _("Het rollenspel is gesloten."))
    return redirect("rooms:list")


@login_not_required
@require_GET
def round_detail(request, pk, number):
    """A finished (or running) round, read-only: for its players, members and the trainer."""
    access = _access(request, pk)
    round_ = get_object_or_404(access.room.rounds.select_related("dialogue"), number=number)
    played = (
        access.participant is not None
        and round_.players.filter(participant=access.participant).exists()
    )
    if access.member is None and not played and not access.is_trainer:
        raise Http404
    access.review = round_ != access.room.current_round()
    return TemplateResponse(request, TEMPLATE, _room_context(access, round_=round_))


@login_not_required
@require_GET
def history(request):
    """The rounds I played in, with my role: my own role-play history."""
    participant = current_participant(request)
    if participant is None:
        raise Http404
    participants = [participant.pk]
    if request.user.is_authenticated:
        participants = list(request.user.workshop_memberships.values_list("pk", flat=True)) or [
            participant.pk
        ]
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
