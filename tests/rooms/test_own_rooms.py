"""A trainer's own room, outside any workshop: the trainer opens it, the others join with its code
or invite link (a name and a free role, no account), only members and that trainer see it, every
round lands in the trainer's review and in each member's history."""

import uuid

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from dialogues.models import Case
from reviews.models import reviewable_dialogues
from rooms.access import SESSION_KEY as ROOMS_SESSION_KEY
from rooms.models import ObserverNote, Role, Room
from workshops.access import SESSION_KEY as WORKSHOP_SESSION_KEY
from workshops.models import Participant

from .conftest import client_for
from .test_permissions import urls


def url(name, room, *args):
    return reverse(f"rooms:{name}", args=[room.pk, *args])


def join(browser, code, name, role, **extra):
    data = {"code": code, "display_name": name, "role": role}
    return browser.post(reverse("rooms:join_by_code"), data, **extra)


@pytest.fixture
def trainer_browser(trainer):
    browser = Client()
    browser.force_login(trainer)
    return browser


@pytest.fixture
def case(cases):
    return Case.objects.order_by("order", "pk").first()


@pytest.fixture
def own_room(trainer, case):
    """The trainer opened a room on their own and only reads along."""
    return Room.open_own(trainer, case)


@pytest.fixture
def guests(own_room):
    """Anna (coach), Bram (client) and Chris (observer) joined with the code, each in a browser."""
    browsers = {}
    for name, role in (("Anna", "coach"), ("Bram", "client"), ("Chris", "observer")):
        browser = Client()
        response = join(browser, own_room.join_code, name, role)
        assert response.status_code == 302, response.content.decode()
        assert response.url == url("room", own_room)
        browsers[name] = browser
    return browsers


# --- opening ---------------------------------------------------------------------------------


def test_a_trainer_opens_a_room_of_their_own_with_a_code_and_an_invite_link(trainer_browser, case):
    overview = trainer_browser.get(reverse("rooms:list")).content.decode()
    assert "Zelf een rollenspel openen" in overview
    response = trainer_browser.post(reverse("rooms:open_own"), {"case": case.pk, "role": ""})
    room = Room.objects.get()
    assert response.url == url("room", room)
    assert room.workshop is None and len(room.join_code) == 8
    assert not room.members.exists()
    assert room.current_round().number == 1
    page = trainer_browser.get(url("room", room)).content.decode()
    assert "Nodig de anderen uit" in page
    assert room.join_code in page
    assert f"http://testserver/rollenspel/meedoen/{room.join_code}/" in page
    assert "Je kijkt mee als trainer" in page
    assert "Meedoen als coach" in page  # the trainer may still take a role
    assert 'id="room-turn-form"' not in page


def test_a_trainer_can_open_their_room_with_a_role_of_their_own(trainer, trainer_browser, case):
    trainer_browser.post(reverse("rooms:open_own"), {"case": case.pk, "role": "client"})
    room = Room.objects.get()
    member = room.members.get()
    assert member.role == Role.CLIENT
    assert member.participant.user == trainer and member.participant.workshop is None
    assert room.current_round().players.get().participant == member.participant
    page = trainer_browser.get(url("room", room)).content.decode()
    assert "Jij speelt" in page  # the case card
    assert "Nodig de anderen uit" in page


def test_only_trainers_open_rooms_of_their_own(coach_client, case, people):
    assert coach_client.post(reverse("rooms:open_own"), {"case": case.pk}).status_code == 404
    participant = client_for(people["Anna"])
    response = participant.post(reverse("rooms:open_own"), {"case": case.pk})
    assert response.status_code == 302 and "/inloggen/" in response.url
    assert not Room.objects.filter(workshop__isnull=True).exists()


def test_an_unknown_case_is_refused_with_a_message(trainer_browser, cases):
    response = trainer_browser.post(reverse("rooms:open_own"), {"case": 99999, "role": ""})
    assert response.status_code == 400
    assert "Kies een casus uit de lijst." in response.content.decode()
    assert not Room.objects.exists()


def test_join_codes_are_distinct(trainer, case):
    codes = {Room.open_own(trainer, case).join_code for _ in range(20)}
    assert len(codes) == 20


# --- joining ---------------------------------------------------------------------------------


def test_the_invite_link_asks_a_name_and_offers_the_free_roles(own_room, case):
    browser = Client()
    link = reverse("rooms:join_link", args=[own_room.join_code])
    page = browser.get(link).content.decode()
    assert f"Meedoen aan het rollenspel met {case.name}" in page
    assert "Je naam in dit rollenspel" in page
    assert 'value="coach"' in page and 'value="client"' in page and 'value="observer"' in page

    response = join(browser, own_room.join_code, "Anna", "coach")
    assert response.url == url("room", own_room)
    member = own_room.members.get()
    assert (member.participant.display_name, member.role) == ("Anna", Role.COACH)
    assert member.participant.workshop is None and member.participant.user is None
    assert browser.session[ROOMS_SESSION_KEY] == {str(own_room.pk): member.participant.pk}
    page = browser.get(url("room", own_room)).content.decode()
    assert "Welkom, Anna!" in page
    assert '<strong class="room-role">coach</strong>' in page
    assert "Nodig de anderen uit" not in page  # the invitation is the trainer's

    page = Client().get(link).content.decode()
    assert 'value="coach"' not in page and 'value="client"' in page


def test_a_code_can_be_typed_in_any_case_with_spaces_and_dashes(own_room):
    browser = Client()
    code = own_room.join_code
    typed = f" {code[:4].lower()}-{code[4:]} "
    assert join(browser, typed, "Anna", "observer").status_code == 302
    assert own_room.members.get().participant.display_name == "Anna"


def test_a_taken_role_is_refused_and_leaves_no_trace(own_room, guests):
    browser = Client()
    response = join(browser, own_room.join_code, "Dewi", "coach")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Die rol is niet meer vrij. Kies een andere rol." in page
    assert 'value="observer"' in page and 'value="coach"' not in page
    assert own_room.members.count() == 3
    assert not Participant.objects.filter(display_name="Dewi").exists()
    assert ROOMS_SESSION_KEY not in browser.session


def test_admit_rolls_back_the_participant_when_the_role_was_just_taken(own_room):
    assert own_room.admit("Anna", Role.COACH) is not None
    assert own_room.admit("Bram", Role.COACH) is None
    assert list(Participant.objects.values_list("display_name", flat=True)) == ["Anna"]


def test_name_and_role_are_required(own_room):
    response = join(Client(), own_room.join_code, "", "")
    page = response.content.decode()
    assert response.status_code == 400
    assert "Vul een naam in, dan weten de anderen wie je bent." in page
    assert "Kies een rol." in page
    assert not own_room.members.exists()


def test_wrong_codes_count_towards_the_workshops_rate_limit(own_room, workshop):
    browser = Client()
    for _ in range(5):
        response = join(browser, "ZZZZZZZZ", "Anna", "coach")
        assert response.status_code == 400
        assert "Deze code kennen we niet" in response.content.decode()
    for _ in range(3):  # guessing through the invite link counts too
        assert browser.get(reverse("rooms:join_link", args=["YYYYYYYY"])).status_code == 404
    for _ in range(2):  # and so does the workshops' own join page
        browser.post(reverse("workshops:join"), {"code": "XXXXXXXX", "display_name": "Anna"})
    response = join(browser, own_room.join_code, "Anna", "coach")
    assert response.status_code == 429
    assert "te vaak een verkeerde code" in response.content.decode()
    link = browser.get(reverse("rooms:join_link", args=[own_room.join_code]))
    assert link.status_code == 429
    assert "Meedoen aan het rollenspel met" not in link.content.decode()
    assert not own_room.members.exists()
    assert (
        join(browser, own_room.join_code, "Anna", "coach", REMOTE_ADDR="10.0.0.9").status_code
        == 302
    )


def test_the_code_of_a_workshop_leads_to_the_workshops_join_page(workshop):
    response = join(Client(), workshop.join_code.lower(), "Anna", "coach")
    assert response.url == reverse("workshops:join_code", args=[workshop.join_code])
    assert not Participant.objects.exists()


def test_a_workshop_room_has_no_code_and_cannot_be_joined_by_one(room):
    assert room.join_code is None
    assert Room.objects.by_code("") is None
    assert join(Client(), "", "Anna", "observer").status_code == 400


def test_a_closed_room_cannot_be_joined(own_room, trainer_browser):
    trainer_browser.post(url("close", own_room))
    browser = Client()
    link = browser.get(reverse("rooms:join_link", args=[own_room.join_code]))
    assert link.status_code == 410
    assert "Dit rollenspel is gesloten" in link.content.decode()
    assert join(browser, own_room.join_code, "Anna", "coach").status_code == 400
    assert not own_room.members.exists()


def test_a_member_who_opens_the_link_again_goes_straight_to_the_room(own_room, guests):
    link = reverse("rooms:join_link", args=[own_room.join_code])
    assert guests["Anna"].get(link).url == url("room", own_room)
    assert join(guests["Anna"], own_room.join_code, "Anna", "observer").url == url("room", own_room)
    assert own_room.members.count() == 3


def test_joining_gives_a_fresh_session_key(own_room):
    browser = Client()
    browser.get(reverse("rooms:join_link", args=[own_room.join_code]))
    before = browser.session.session_key
    join(browser, own_room.join_code, "Anna", "coach")
    assert browser.session.session_key != before


def test_an_account_joins_under_its_own_name_and_keeps_its_history_on_another_device(
    own_room, coach, coach_client
):
    coach.first_name = "Kim"
    coach.save()
    page = coach_client.get(reverse("rooms:join_link", args=[own_room.join_code]))
    assert 'value="Kim"' in page.content.decode()  # the account's name, prefilled
    join(coach_client, own_room.join_code, "Kim", "coach")
    assert own_room.members.get().participant.user == coach
    other_device = Client()
    other_device.force_login(coach)
    assert other_device.get(url("room", own_room)).status_code == 200
    assert (
        own_room.current_round().dialogue.title
        in other_device.get(reverse("rooms:history")).content.decode()
    )


# --- who sees what -----------------------------------------------------------------------------


@pytest.fixture
def strangers(own_room, trainer, case, people, coach_client, django_user_model):
    """Everyone who is not part of this room: a browser that never joined, a participant of the
    trainer's own workshop, another trainer, an account, a member of another room of this
    trainer."""
    other_trainer = django_user_model.objects.create_user("trainer2", password="geheim-ww-3")
    other_trainer.groups.add(Group.objects.get(name="trainer"))
    other_trainer_browser = Client()
    other_trainer_browser.force_login(other_trainer)
    other_room = Room.open_own(trainer, case)
    other_member = Client()
    join(other_member, other_room.join_code, "Eva", "coach")
    return {
        "anonymous": Client(),
        "workshop participant": client_for(people["Dewi"]),
        "other trainer": other_trainer_browser,
        "account": coach_client,
        "member of another room": other_member,
    }


def test_strangers_get_404_everywhere_in_a_trainers_own_room(own_room, guests, strangers):
    gets, posts = urls(own_room)
    for who, browser in strangers.items():
        for address in gets:
            assert browser.get(address).status_code == 404, (who, address)
            response = browser.get(address, HTTP_HX_REQUEST="true")
            assert response.status_code == 404, (who, address)
        for address, data in posts:
            assert browser.post(address, data).status_code == 404, (who, address)
        page = browser.get(reverse("rooms:list"))
        assert url("room", own_room) not in page.content.decode(), who
    own_room.refresh_from_db()
    assert own_room.closed is None and own_room.rounds.count() == 1
    assert own_room.members.count() == 3
    assert own_room.current_round().dialogue.turns.count() == 1
    assert not ObserverNote.objects.exists()


def test_a_member_of_a_trainers_room_does_not_see_the_workshops_rooms(room, own_room, guests):
    for address in (url("room", room), url("turns", room) + "?round=1&after=0"):
        assert guests["Anna"].get(address).status_code == 404
    assert guests["Anna"].post(url("join", room), {"role": "observer"}).status_code == 404


def test_only_the_holder_of_a_role_speaks_as_that_role(own_room, guests):
    address = url("turn", own_room)
    response = guests["Chris"].post(address, {"text": "Mag ik ook?", "key": uuid.uuid4()})
    assert response.status_code == 404
    guests["Anna"].post(address, {"text": "Wat is er gebeurd?", "key": uuid.uuid4()})
    guests["Bram"].post(address, {"text": "Ze zijn er op uit.", "key": uuid.uuid4()})
    turns = own_room.current_round().dialogue.turns.all()
    assert [(t.role, t.speaker) for t in turns] == [("coach", "Anna"), ("client", "Bram")]


def test_a_room_only_participant_is_nobody_on_the_workshop_pages(own_room, coach, coach_client):
    join(coach_client, own_room.join_code, "Kim", "coach")
    assert WORKSHOP_SESSION_KEY not in coach_client.session
    response = coach_client.get(reverse("workshops:home"))
    assert response.status_code == 302 and response.url == reverse("workshops:join")
    anonymous = Client()
    join(anonymous, own_room.join_code, "Lotte", "client")
    assert anonymous.get(reverse("workshops:home")).url == reverse("workshops:join")


def test_a_member_without_a_workshop_finds_their_rooms_in_the_list(own_room, guests, case):
    page = guests["Anna"].get(reverse("rooms:list"))
    assert page.status_code == 200
    assert url("room", own_room) in page.content.decode()
    assert "Zelf een rollenspel openen" not in page.content.decode()
    menu = guests["Anna"].get(url("room", own_room)).content.decode().split("</nav>")[0]
    assert f'href="{reverse("rooms:list")}"' in menu
    stranger_menu = Client().get(reverse("workshops:join")).content.decode().split("</nav>")[0]
    assert f'href="{reverse("rooms:list")}"' not in stranger_menu


def test_a_workshop_participant_can_also_join_a_trainers_room(own_room, room, people):
    browser = client_for(people["Dewi"])
    join(browser, own_room.join_code, "Dewi", "coach")
    assert own_room.members.get(role=Role.COACH).participant != people["Dewi"]
    assert browser.session[WORKSHOP_SESSION_KEY] == people["Dewi"].pk  # still in the workshop
    page = browser.get(reverse("rooms:list")).content.decode()
    assert url("room", own_room) in page and url("room", room) in page
    assert browser.get(url("room", own_room)).status_code == 200


# --- the trainer -------------------------------------------------------------------------------


def test_the_trainer_reads_along_with_every_note_and_may_take_a_free_role(
    own_room, guests, trainer, trainer_browser
):
    guests["Anna"].post(url("turn", own_room), {"text": "Wat is er gebeurd?", "key": uuid.uuid4()})
    turn = own_room.current_round().dialogue.turns.get()
    guests["Chris"].post(url("note", own_room, turn.pk), {"text": "Open begin"})
    page = trainer_browser.get(url("room", own_room)).content.decode()
    assert "Notitie van Chris" in page and "Open begin" in page
    assert 'class="room-move' in page  # the analysis, as for an observer
    assert 'id="room-turn-form"' not in page
    address = url("turn", own_room)
    response = trainer_browser.post(address, {"text": "Ik doe mee", "key": uuid.uuid4()})
    assert response.status_code == 404

    assert trainer_browser.post(url("join", own_room), {"role": "coach"}).status_code == 302
    assert own_room.members.filter(participant__user=trainer).count() == 0  # coach is taken
    trainer_browser.post(url("join", own_room), {"role": "observer"})
    member = own_room.members.get(participant__user=trainer)
    assert member.role == Role.OBSERVER
    assert member.participant.display_name == "trainer"
    page = trainer_browser.get(url("room", own_room)).content.decode()
    assert '<strong class="room-role">observator</strong>' in page
    assert "Notitie van Chris" not in page  # as an observer, only their own notes


def test_the_trainer_starts_a_new_round_and_closes_the_room(own_room, guests, trainer_browser):
    trainer_browser.post(url("new_round", own_room), {"swap": "on"})
    assert own_room.current_round().number == 2
    assert own_room.members.get(role=Role.COACH).participant.display_name == "Bram"
    response = trainer_browser.post(url("close", own_room))
    assert response.url == reverse("rooms:list")
    own_room.refresh_from_db()
    assert own_room.closed is not None
    page = guests["Anna"].get(url("room", own_room)).content.decode()
    assert "Dit rollenspel is gesloten" in page
    assert url("room", own_room) in guests["Anna"].get(reverse("rooms:list")).content.decode()


def test_every_round_reaches_the_trainers_review_and_each_members_history(
    own_room, guests, trainer, trainer_browser
):
    guests["Anna"].post(url("turn", own_room), {"text": "Wat is er gebeurd?", "key": uuid.uuid4()})
    trainer_browser.post(url("new_round", own_room), {"swap": "on"})
    first, second = (r.dialogue for r in own_room.rounds.order_by("number"))
    assert set(reviewable_dialogues(trainer)) == {first, second}
    assert first.owner == trainer
    review = trainer_browser.get(reverse("reviews:list")).content.decode()
    assert first.title in review and second.title in review
    assert trainer_browser.get(reverse("reviews:detail", args=[first.pk])).status_code == 200
    for name in ("Anna", "Bram", "Chris"):
        history = guests[name].get(reverse("rooms:history"))
        assert history.status_code == 200
        assert first.title in history.content.decode() and second.title in history.content.decode()
        old = guests[name].get(url("round", own_room, 1)).content.decode()
        assert "Wat is er gebeurd?" in old
    anna = guests["Anna"].get(reverse("rooms:history")).content.decode()
    assert "als coach" in anna and "als cliënt" in anna
    assert Client().get(reverse("rooms:history")).status_code == 404


def test_names_are_escaped(own_room, trainer_browser):
    browser = Client()
    join(browser, own_room.join_code, "<script>alert(1)</script>", "coach")
    for page in (browser.get(url("room", own_room)), trainer_browser.get(url("room", own_room))):
        content = page.content.decode()
        assert "<script>alert(1)</script>" not in content
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


def test_a_trainer_who_joined_a_workshop_can_still_open_and_find_their_own_rooms(
    trainer, trainer_browser, workshop, own_room
):
    workshop.join("Trainer", user=trainer)
    page = trainer_browser.get(reverse("rooms:list")).content.decode()
    assert "Open rollenspellen" in page  # the workshop's list, as a participant
    assert "Zelf een rollenspel openen" in page
    assert url("room", own_room) in page
    assert 'id="own_case"' in page and page.count('id="id_case"') == 1
    title = page.split("<title>")[1].split("</title>")[0]
    assert "<" not in title and "Rollenspel in drietallen" in title
