"""The member list updates live: the page says which roster it shows, and the 1 s poller brings a
new member list (and the roles still free) out of band as soon as someone joins or changes role."""

import re

import pytest
from django.urls import reverse

from rooms.models import Role, Room


def url(name, room, *args):
    return reverse(f"rooms:{name}", args=[room.pk, *args])


def shown_roster(page):
    return re.search(r'id="room-members"[^>]*data-roster="([0-9a-f]+)"', page).group(1)


def poll(browser, room, roster, after=0):
    address = url("turns", room) + f"?round={room.current_round().number}&after={after}"
    if roster is not None:
        address += f"&roster={roster}"
    return browser.get(address, HTTP_HX_REQUEST="true")


@pytest.fixture
def small_room(people, case):
    """Anna opened a room as coach; nobody else is in it yet."""
    return Room.open_for(people["Anna"], case, Role.COACH)


def test_the_page_shows_the_current_roster(small_room, browsers):
    page = browsers["Anna"].get(url("room", small_room)).content.decode()
    assert shown_roster(page) == small_room.roster()
    assert "data-room-poll" in page


def test_nothing_new_is_204(small_room, browsers):
    roster = small_room.roster()
    assert poll(browsers["Anna"], small_room, roster).status_code == 204
    assert poll(browsers["Anna"], small_room, None).status_code == 204  # an older page


def test_someone_joining_reaches_an_open_page_out_of_band(small_room, people, browsers):
    page = browsers["Anna"].get(url("room", small_room)).content.decode()
    roster = shown_roster(page)
    browsers["Bram"].post(url("join", small_room), {"role": "client"})

    response = poll(browsers["Anna"], small_room, roster)
    assert response.status_code == 200
    body = response.content.decode()
    members = re.search(r'<ul id="room-members".*?</ul>', body, re.S).group(0)
    assert 'hx-swap-oob="true"' in members
    assert "Bram" in members and "cliënt" in members and "Anna" in members
    assert shown_roster(body) == small_room.roster() != roster
    assert "<html" not in body and 'class="turn' not in body
    # With the new roster the page is up to date again.
    assert poll(browsers["Anna"], small_room, shown_roster(body)).status_code == 204


def test_a_role_change_changes_the_roster(room, people, browsers):
    before = room.roster()
    browsers["Dewi"].post(url("join", room), {"role": "observer"})
    joined = room.roster()
    browsers["Chris"].post(url("join", room), {"role": "observer"})  # the same role: no change
    assert room.roster() == joined != before
    room.start_round(swap=True)
    assert room.roster() != joined


def test_the_free_roles_follow_for_someone_without_a_role(small_room, browsers):
    page = browsers["Dewi"].get(url("room", small_room)).content.decode()
    assert "Meedoen als cliënt" in page and "Meedoen als coach" not in page
    browsers["Bram"].post(url("join", small_room), {"role": "client"})
    body = poll(browsers["Dewi"], small_room, shown_roster(page)).content.decode()
    panel = re.search(r'<div id="room-join" hx-swap-oob="true">.*?</div>\s*$', body, re.S)
    assert panel is not None
    assert "Meedoen als observator" in panel.group(0)
    assert "Meedoen als cliënt" not in panel.group(0)


def test_the_role_switch_buttons_follow_for_a_member(small_room, browsers):
    page = browsers["Anna"].get(url("room", small_room)).content.decode()
    assert "Word cliënt" in page
    browsers["Bram"].post(url("join", small_room), {"role": "client"})
    body = poll(browsers["Anna"], small_room, shown_roster(page)).content.decode()
    switch = re.search(r'<div id="room-switch" hx-swap-oob="true">.*?</div>', body, re.S)
    assert switch is not None
    assert "Word observator" in switch.group(0) and "Word cliënt" not in switch.group(0)
    assert 'id="room-join"' not in body  # a member's page has no join panel to swap


def test_new_turns_and_a_new_member_arrive_together(small_room, people, browsers):
    roster = small_room.roster()
    small_room.post_turn(small_room.members.get(), "Wat is er gebeurd?")
    browsers["Chris"].post(url("join", small_room), {"role": "observer"})
    body = poll(browsers["Anna"], small_room, roster).content.decode()
    assert body.count('class="turn turn-coach"') == 1
    members = re.search(r'<ul id="room-members".*?</ul>', body, re.S).group(0)
    assert "Chris" in members and "Wat is er gebeurd?" not in members


def test_the_trainer_reading_along_sees_members_arrive(small_room, client, trainer):
    client.force_login(trainer)
    page = client.get(url("room", small_room)).content.decode()
    small_room.take_role(small_room.workshop.join("Eva"), Role.OBSERVER)
    body = poll(client, small_room, shown_roster(page)).content.decode()
    assert "Eva" in re.search(r'<ul id="room-members".*?</ul>', body, re.S).group(0)
    assert "Meedoen als" not in body  # the workshop's trainer reads along, never takes a role


def test_names_in_the_live_member_list_are_escaped(small_room, browsers, people):
    roster = small_room.roster()
    small_room.take_role(small_room.workshop.join("<b>Fien</b>"), Role.OBSERVER)
    body = poll(browsers["Anna"], small_room, roster).content.decode()
    assert "<b>Fien</b>" not in body and "&lt;b&gt;Fien&lt;/b&gt;" in body


def test_a_stranger_cannot_read_the_roster(small_room, client):
    assert poll(client, small_room, "0").status_code == 404


def test_checking_the_roster_costs_the_poller_no_query(small_room, browsers):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    roster, browser = small_room.roster(), browsers["Anna"]
    counts = []
    for shown in (None, roster):
        with CaptureQueriesContext(connection) as queries:
            assert poll(browser, small_room, shown).status_code == 204
        counts.append(len(queries))
    # The membership check reads the room's members anyway: the roster comes from those.
    # The poll: session, room with its round, members, turns (and the helper's own round).
    assert counts[1] == counts[0] <= 5


def test_an_observer_poll_only_reads_the_turn_analysed_when_it_was_said(
    small_room, people, browsers
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    browsers["Bram"].post(url("join", small_room), {"role": "observer"})
    browsers["Anna"].post(url("turn", small_room), {"text": "Iedereen is tegen je, zeg je?"})
    turn = small_room.current_round().dialogue.turns.get()
    assert turn.analysis and turn.analysis_version  # stored with the turn itself
    with CaptureQueriesContext(connection) as queries:
        response = poll(browsers["Bram"], small_room, small_room.roster())
    assert response.status_code == 200 and "Iedereen is tegen je" in response.content.decode()
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []
