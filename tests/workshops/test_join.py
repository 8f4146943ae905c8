"""Joining a workshop: right code, wrong code, rate limit, closed workshop, accounts."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from workshops.access import SESSION_KEY
from workshops.models import JOIN_CODE_ALPHABET, Participant, Workshop

pytestmark = pytest.mark.django_db

JOIN = reverse("workshops:join")


def join(client, code, name="Sanne", **extra):
    return client.post(JOIN, {"code": code, "display_name": name}, **extra)


def test_join_codes_are_long_random_and_unambiguous(trainer):
    codes = {Workshop.objects.create(name=f"W{i}", trainer=trainer).join_code for i in range(30)}
    assert len(codes) == 30
    for code in codes:
        assert len(code) >= 8
        assert set(code) <= set(JOIN_CODE_ALPHABET)
        assert not set(code) & set("01OIL")


def test_join_page_is_public_and_prefills_the_code_from_the_link(client, workshop):
    response = client.get(reverse("workshops:join_code", args=[workshop.join_code]))
    assert response.status_code == 200
    assert f'value="{workshop.join_code}"' in response.content.decode()


def test_right_code_binds_a_participant_to_the_session(client, workshop):
    response = join(client, workshop.join_code, "Sanne")
    assert response.status_code == 302
    assert response["Location"] == reverse("workshops:home")
    participant = Participant.objects.get()
    assert participant.workshop == workshop
    assert participant.display_name == "Sanne"
    assert participant.user is None
    assert client.session[SESSION_KEY] == participant.pk
    home = client.get(reverse("workshops:home")).content.decode()
    assert workshop.name in home
    assert "Bart en de leeuw" in home


def test_code_is_forgiving_about_case_and_spaces(client, workshop):
    code = workshop.join_code.lower()
    response = join(client, f" {code[:4]} {code[4:]} ")
    assert response.status_code == 302


def test_wrong_code_gives_a_clear_message_and_no_participant(client, workshop):
    response = join(client, "ZZZZZZZZ")
    assert response.status_code == 200
    assert "Deze code kennen we niet" in response.content.decode()
    assert not Participant.objects.exists()
    assert SESSION_KEY not in client.session


def test_name_is_required(client, workshop):
    response = join(client, workshop.join_code, "")
    assert "Vul een naam in" in response.content.decode()
    assert not Participant.objects.exists()


def test_ten_wrong_codes_block_the_client_even_the_right_code(client, workshop):
    for _ in range(10):
        assert "Deze code kennen we niet" in join(client, "ZZZZZZZZ").content.decode()
    response = join(client, workshop.join_code)
    assert response.status_code == 429
    content = response.content.decode()
    assert "te vaak een verkeerde code" in content
    assert "10 minuten" in content
    assert not Participant.objects.exists()


def test_rate_limit_is_per_client_address(client, workshop):
    for _ in range(10):
        join(client, "ZZZZZZZZ", REMOTE_ADDR="10.0.0.1")
    assert join(client, workshop.join_code, REMOTE_ADDR="10.0.0.1").status_code == 429
    assert join(client, workshop.join_code, REMOTE_ADDR="10.0.0.2").status_code == 302


def test_rate_limit_is_per_browser_so_a_venue_behind_one_address_can_still_join(client, workshop):
    from django.test import Client

    for _ in range(10):
        join(client, "ZZZZZZZZ", REMOTE_ADDR="10.0.0.1")
    assert join(client, workshop.join_code, REMOTE_ADDR="10.0.0.1").status_code == 429
    # Someone else on the same network joins at once.
    neighbour = Client()
    assert join(neighbour, workshop.join_code, REMOTE_ADDR="10.0.0.1").status_code == 302


def test_a_guesser_without_cookies_is_stopped_per_address(workshop, settings):
    from django.test import Client

    settings.WORKSHOP_JOIN_MAX_FAILURES_PER_ADDRESS = 30
    for _ in range(30):
        join(Client(), "ZZZZZZZZ", REMOTE_ADDR="10.0.0.7")  # a fresh session every time
    assert join(Client(), workshop.join_code, REMOTE_ADDR="10.0.0.7").status_code == 429
    assert join(Client(), workshop.join_code, REMOTE_ADDR="10.0.0.8").status_code == 302


def test_rate_limit_is_configurable(client, workshop, settings):
    settings.WORKSHOP_JOIN_MAX_FAILURES = 2
    settings.WORKSHOP_JOIN_WINDOW_SECONDS = 120
    join(client, "ZZZZZZZZ")
    join(client, "ZZZZZZZZ")
    response = join(client, workshop.join_code)
    assert response.status_code == 429
    assert "2 minuten" in response.content.decode()


def test_right_codes_do_not_count_towards_the_limit(client, workshop):
    for _ in range(12):
        assert join(client, workshop.join_code).status_code == 302


def test_closed_workshop_says_so(client, workshop):
    workshop.closed = True
    workshop.save()
    response = join(client, workshop.join_code)
    assert response.status_code == 200
    assert "is gesloten" in response.content.decode()
    assert not Participant.objects.exists()


def test_workshop_closes_after_its_end_date(client, workshop):
    workshop.ends_on = timezone.localdate() - datetime.timedelta(days=1)
    workshop.date = workshop.ends_on
    workshop.save()
    assert not workshop.is_open
    assert "is gesloten" in join(client, workshop.join_code).content.decode()
    workshop.ends_on = timezone.localdate()
    workshop.save()
    assert join(client, workshop.join_code).status_code == 302


def test_logged_in_account_joins_once_and_is_linked(client, coach, workshop):
    client.force_login(coach)
    form = client.get(JOIN).content.decode()
    assert 'value="coach"' in form  # the name is prefilled
    join(client, workshop.join_code, "Coach Kees")
    join(client, workshop.join_code, "Kees")
    participant = Participant.objects.get()
    assert participant.user == coach
    assert participant.display_name == "Kees"


def test_account_finds_its_workshop_on_another_device(client, coach, workshop):
    workshop.join("Kees", coach)
    client.force_login(coach)
    response = client.get(reverse("workshops:home"))
    assert response.status_code == 200
    assert workshop.name in response.content.decode()


def test_without_joining_home_sends_you_to_the_join_page(client):
    response = client.get(reverse("workshops:home"))
    assert response.status_code == 302
    assert response["Location"] == JOIN


def test_leaving_forgets_the_participant_in_this_browser(client, workshop):
    join(client, workshop.join_code)
    client.post(reverse("workshops:leave"))
    assert SESSION_KEY not in client.session
    assert client.get(reverse("workshops:home")).status_code == 302


def test_landing_and_nav_invite_anonymous_visitors_to_join(client):
    content = client.get(reverse("dialogues:landing")).content.decode()
    assert JOIN in content
    assert "Meedoen aan een workshop" in content


def test_a_participant_finds_the_way_back_to_the_workshop_from_every_page(client, workshop):
    nav = client.get("/").content.decode().split("</nav>")[0]
    assert "Meedoen aan een workshop" in nav and "Mijn workshop" not in nav
    join(client, workshop.join_code)
    nav = client.get("/").content.decode().split("</nav>")[0]
    assert "Mijn workshop" in nav and "Meedoen aan een workshop" not in nav
    assert reverse("workshops:home") in nav
