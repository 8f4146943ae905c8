"""First-use fixes seen from the server: where a login lands, what the workshop pages say."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from dialogues.models import Case
from rooms.models import Role, Room
from workshops.models import Exercise, Workshop

pytestmark = pytest.mark.django_db


def login(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_a_trainer_lands_on_their_home_after_logging_in(client, trainer, cases, django_user_model):
    mine = Workshop.objects.create(name="Mijn groep", trainer=trainer)
    other = django_user_model.objects.create_user("ander", password="geheim-wachtwoord-3")
    other.groups.add(Group.objects.get(name="trainer"))
    Workshop.objects.create(name="Groep van een ander", trainer=other)
    Room.open_for(mine.join("Anna"), Case.objects.first(), Role.COACH)
    response = login(client, "trainer", "geheim-wachtwoord-2")
    assert response.status_code == 302 and response.url == reverse("dialogues:start")
    page = client.get(response.url).content.decode()
    assert "Startpagina voor trainers" in page
    assert "Mijn groep" in page and "Groep van een ander" not in page
    assert "Na te kijken" in page and reverse("reviews:import") in page
    assert f"Rollenspel met {Case.objects.first().name}" in page


def test_a_coach_still_lands_on_the_cases(client, coach):
    response = login(client, "coach", "geheim-wachtwoord-1")
    assert client.get(response.url).url == reverse("dialogues:case_list")


def test_the_workshop_form_says_which_kind_each_exercise_is(client, trainer, cases):
    from django.core.management import call_command

    call_command("loaddata", "exercises", verbosity=0)
    client.force_login(trainer)
    page = client.get(reverse("workshops:index")).content.decode()
    exercise = Exercise.objects.filter(kind=Exercise.Kind.REWIND).first()
    assert f"{exercise.title} — Stop en spoel terug" in page
    assert page.count('type="date"') == 2


def test_the_dashboard_links_to_the_workshops_rooms(client, trainer, cases):
    workshop = Workshop.objects.create(name="Dag 1", trainer=trainer)
    client.force_login(trainer)
    page = client.get(reverse("workshops:dashboard", args=[workshop.pk])).content.decode()
    assert "Rollenspellen in deze workshop" in page and "Nog geen rollenspel geopend" in page
    room = Room.open_for(workshop.join("Anna"), Case.objects.first(), Role.COACH)
    page = client.get(reverse("workshops:dashboard", args=[workshop.pk])).content.decode()
    assert reverse("rooms:room", args=[room.pk]) in page


def test_rule_ids_are_shown_to_trainers_only(client, coach, trainer):
    data = {"role": "client", "text": "Da’s toch duidelijk, de directie is erop uit."}
    client.force_login(coach)
    page = client.post(reverse("dialogues:analyse"), data).content.decode()
    assert "Waarom" in page and 'class="rule-id"' not in page
    client.force_login(trainer)
    page = client.post(reverse("dialogues:analyse"), data).content.decode()
    assert 'class="rule-id"' in page


def test_the_review_permission_given_directly_shows_rule_ids_and_costs_one_query(
    client, coach, django_assert_num_queries
):
    from django.contrib.auth.models import Permission

    from coachapp.roles import has_review_permission

    data = {"role": "client", "text": "Da’s toch duidelijk, de directie is erop uit."}
    assert not has_review_permission(coach)
    coach.user_permissions.add(Permission.objects.get(codename="review_transcripts"))
    coach = type(coach).objects.get(pk=coach.pk)  # a new request: nothing remembered
    with django_assert_num_queries(1):
        assert has_review_permission(coach) and has_review_permission(coach)
    assert coach.has_perm("reviews.review_transcripts")  # the same answer as Django's
    client.force_login(coach)
    page = client.post(reverse("dialogues:analyse"), data).content.decode()
    assert 'class="rule-id"' in page
    assert f'href="{reverse("reviews:list")}"' in page
    coach.is_active = False
    assert not has_review_permission(coach) and not coach.has_perm("reviews.review_transcripts")


def test_the_brand_leads_a_trainer_to_their_home(client, trainer, coach):
    client.force_login(trainer)
    page = client.get(reverse("dialogues:case_list")).content.decode()
    assert f'class="brand" href="{reverse("dialogues:start")}"' in page
    client.force_login(coach)
    page = client.get(reverse("dialogues:case_list")).content.decode()
    assert f'class="brand" href="{reverse("dialogues:landing")}"' in page
