"""Room life cycle and roles: opening, joining a free role, posting as the role you hold,
idempotent submits, catching up after `after=N`, new rounds with swapped roles, notes, history."""

import uuid

import pytest
from django.urls import reverse

from dialogues.models import Dialogue
from reviews.models import reviewable_dialogues
from rooms.models import ObserverNote, Role, Room, RoomMember


def url(name, room, *args):
    return reverse(f"rooms:{name}", args=[room.pk, *args])


def post_turn(browser, room, text, key=None, **extra):
    return browser.post(url("turn", room), {"text": text, "key": key or uuid.uuid4()}, **extra)


def test_opening_a_room_makes_me_coach_and_starts_round_one(people, case, browsers):
    response = browsers["Anna"].post(reverse("rooms:open"), {"case": case.pk, "role": "coach"})
    room = Room.objects.get()
    assert response.url == url("room", room)
    assert room.members.get().role == Role.COACH
    round_ = room.current_round()
    assert round_.number == 1
    assert round_.dialogue.kind == Dialogue.Kind.ROLEPLAY
    assert round_.dialogue.case == case
    page = browsers["Bram"].get(reverse("rooms:list")).content.decode()
    assert f"Rollenspel met {case.name}" in page
    assert "Anna" in page


def test_joining_takes_a_free_role_and_never_a_taken_one(room, people, browsers):
    page = browsers["Dewi"].get(url("room", room)).content.decode()
    assert "Meedoen als observator" in page
    assert "Meedoen als coach" not in page and "Meedoen als cliënt" not in page

    browsers["Dewi"].post(url("join", room), {"role": "coach"})
    assert room.member(people["Dewi"]) is None
    assert room.members.get(role="coach").participant == people["Anna"]

    browsers["Dewi"].post(url("join", room), {"role": "observer"})
    assert room.members.filter(role=Role.OBSERVER).count() == 2


def test_only_one_coach_even_at_database_level(room, people):
    assert room.take_role(people["Dewi"], Role.CLIENT) is None
    assert RoomMember.objects.filter(room=room, role=Role.CLIENT).count() == 1


def test_each_speaker_posts_as_the_role_they_hold(room, browsers):
    post_turn(browsers["Anna"], room, "Wat is er gebeurd?")
    post_turn(browsers["Bram"], room, "Ze zijn er gewoon op uit om mij te pakken.")
    turns = list(room.current_round().dialogue.turns.all())
    assert [(t.position, t.role, t.speaker) for t in turns] == [
        (1, "coach", "Anna"),
        (2, "client", "Bram"),
    ]


def test_the_same_form_submitted_twice_gives_one_turn(room, browsers):
    key = uuid.uuid4()
    first = post_turn(browsers["Anna"], room, "Wat is er gebeurd?", key=key)
    again = post_turn(browsers["Anna"], room, "Wat is er gebeurd?", key=key)
    assert first.status_code == again.status_code == 302
    assert room.current_round().dialogue.turns.count() == 1


def test_htmx_post_returns_a_fresh_form_and_tells_the_poller(room, browsers):
    response = post_turn(browsers["Anna"], room, "Hoe was dat voor je?", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response["HX-Trigger"] == "turnPosted"
    body = response.content.decode()
    assert 'id="room-turn-form"' in body and "<html" not in body
    assert "Hoe was dat voor je?" not in body  # the poller brings the turn, not the form


def test_an_empty_turn_is_refused_with_a_message(room, browsers):
    response = post_turn(browsers["Anna"], room, "   ")
    assert response.status_code == 400
    assert "Je hebt nog niets getypt." in response.content.decode()
    assert room.current_round().dialogue.turns.count() == 0


def test_the_poller_gets_only_what_it_missed(room, browsers):
    for text in ("Eerste vraag?", "Tweede vraag?", "Derde vraag?"):
        room.post_turn(room.members.get(role="coach"), text)
    fragment = url("turns", room) + "?round=1&after=1"
    body = browsers["Bram"].get(fragment, HTTP_HX_REQUEST="true").content.decode()
    assert "Eerste vraag?" not in body
    assert body.index("Tweede vraag?") < body.index("Derde vraag?")
    nothing = browsers["Bram"].get(url("turns", room) + "?round=1&after=3")
    assert nothing.status_code == 204


def test_client_reads_the_case_card_and_coach_only_the_public_part(room, browsers, case):
    client_page = browsers["Bram"].get(url("room", room)).content.decode()
    coach_page = browsers["Anna"].get(url("room", room)).content.decode()
    assert f"Jij speelt {case.name}" in client_page
    assert "Zinnen ter inspiratie" in client_page
    assert case.opening_line[:40] in client_page
    assert case.title in coach_page
    assert case.background[:60] not in coach_page
    assert "Zinnen ter inspiratie" not in coach_page


def test_observer_sees_markers_and_classification_the_coach_does_not(room, browsers):
    post_turn(browsers["Anna"], room, "Je moet gewoon met de directie gaan praten.")
    post_turn(browsers["Bram"], room, "Die directie is er altijd op uit om mij te pakken.")
    observer = browsers["Chris"].get(url("room", room)).content.decode()
    coach = browsers["Anna"].get(url("room", room)).content.decode()
    assert "niet-mentaliserende zet" in observer
    assert "advies" in observer
    assert "Diepte-advies" in observer
    assert "Privénotitie" in observer
    assert "niet-mentaliserende zet" not in coach
    assert "Privénotitie" not in coach


def test_observer_notes_are_private(room, people, browsers):
    post_turn(browsers["Anna"], room, "Wat is er gebeurd?")
    turn = room.current_round().dialogue.turns.get()
    browsers["Dewi"].post(url("join", room), {"role": "observer"})
    browsers["Chris"].post(url("note", room, turn.pk), {"text": "Mooi open begin"})
    assert ObserverNote.objects.get().participant == people["Chris"]
    assert "Mooi open begin" in browsers["Chris"].get(url("room", room)).content.decode()
    for other in ("Dewi", "Anna", "Bram"):
        assert "Mooi open begin" not in browsers[other].get(url("room", room)).content.decode()


def test_new_round_swaps_roles_and_starts_a_new_dialogue(room, people, browsers):
    post_turn(browsers["Anna"], room, "Wat is er gebeurd?")
    first = room.current_round()
    browsers["Anna"].post(url("new_round", room), {"swap": "on"})
    second = room.current_round()
    assert second.number == 2 and second.dialogue != first.dialogue
    assert second.dialogue.turns.count() == 0
    assert room.member(people["Anna"]).role == Role.CLIENT
    assert room.member(people["Bram"]).role == Role.COACH
    # A poller still on round 1 is told to reload the page.
    stale = browsers["Chris"].get(url("turns", room) + "?round=1&after=0")
    assert stale["HX-Refresh"] == "true"
    # Round 1 stays readable, in the history of those who played it.
    history = browsers["Anna"].get(reverse("rooms:history")).content.decode()
    assert first.dialogue.title in history and second.dialogue.title in history
    old = browsers["Anna"].get(url("round", room, 1)).content.decode()
    assert "Wat is er gebeurd?" in old


def test_the_trainer_reads_along_and_finds_every_round_in_review(room, browsers, client, trainer):
    post_turn(browsers["Anna"], room, "Wat is er gebeurd?")
    browsers["Chris"].post(
        url("note", room, room.current_round().dialogue.turns.get().pk), {"text": "Goed"}
    )
    client.force_login(trainer)
    page = client.get(url("room", room)).content.decode()
    assert "alleen lezen" in page
    assert "Wat is er gebeurd?" in page and "Notitie van Chris" in page
    assert 'id="room-turn-form"' not in page
    assert room.current_round().dialogue in reviewable_dialogues(trainer)
    assert client.post(url("turn", room), {"text": "Ik doe mee"}).status_code == 404


def test_a_closed_room_takes_no_more_turns(room, browsers):
    browsers["Anna"].post(url("close", room))
    room.refresh_from_db()
    assert room.closed is not None
    assert room not in Room.objects.open()
    response = post_turn(browsers["Anna"], room, "Nog één vraag?")
    assert response.status_code == 400
    assert room.current_round().dialogue.turns.count() == 0


@pytest.mark.parametrize("role", ["coach", "client"])
def test_speaking_roles_map_to_turn_roles(room, role):
    member = room.members.get(role=role)
    assert room.post_turn(member, "Hallo").role == role


def test_only_the_opener_and_the_trainer_start_rounds_and_close_the_room(
    room, browsers, trainer, client
):
    """Anna opened the room: she (and the workshop's trainer) see and may use 'Nieuwe ronde'
    and 'Rollenspel sluiten'; Bram (client) and Chris (observer) neither see nor may."""
    for name in ("Bram", "Chris"):
        page = browsers[name].get(url("room", room)).content.decode()
        assert "Rollenspel sluiten" not in page and "Begin een nieuwe ronde" not in page
        assert browsers[name].post(url("new_round", room), {}).status_code == 404
        assert browsers[name].post(url("close", room)).status_code == 404
    room.refresh_from_db()
    assert room.closed is None and room.current_round().number == 1
    page = browsers["Anna"].get(url("room", room)).content.decode()
    assert "Rollenspel sluiten" in page and "Begin een nieuwe ronde" in page
    client.force_login(trainer)
    assert "Rollenspel sluiten" in client.get(url("room", room)).content.decode()
    browsers["Anna"].post(url("new_round", room), {})
    assert room.current_round().number == 2
    client.post(url("close", room))
    room.refresh_from_db()
    assert room.closed is not None
