"""Who may see what: two trainers with a workshop each, a participant in each, a coach.

Everything that is not yours is a 404, fragment URLs included; CSRF holds for htmx POSTs."""

import pytest
from django.test import Client
from django.urls import URLPattern, get_resolver, reverse

from workshops.models import Attempt, Exercise, Participant, Workshop

from .conftest import exercise_of

pytestmark = pytest.mark.django_db

# Every named URL of the app, by audience.
PARTICIPANT_URLS = {"join", "join_code", "home", "exercise", "attempt", "leave"}
TRAINER_URLS = {
    "index",
    "create",
    "dashboard",
    "dashboard_figures",
    "edit",
    "close",
    "reopen",
    "delete",
    "remove_participant",
    "export",
    "exercise_library",
    "exercise_from_turn",
}


def test_every_url_of_the_app_is_in_this_matrix():
    names = set()
    for pattern in get_resolver().url_patterns:
        if getattr(pattern, "namespace", None) == "workshops":
            names |= {p.name for p in pattern.url_patterns if isinstance(p, URLPattern)}
    assert names == PARTICIPANT_URLS | TRAINER_URLS


@pytest.fixture
def world(trainer, other_trainer, exercises):
    """Workshop A (trainer) and B (trainer2), each with a participant and an attempt.
    One exercise is only in B."""
    built_in = list(exercises.filter(owner__isnull=True))
    only_in_b = exercise_of("rewind", "briefje")
    a = Workshop.objects.create(name="Workshop A", trainer=trainer)
    a.exercises.set([e for e in built_in if e != only_in_b])
    b = Workshop.objects.create(name="Workshop B", trainer=other_trainer)
    b.exercises.set(built_in)
    pa = Participant.objects.create(workshop=a, display_name="Anna")
    pb = Participant.objects.create(workshop=b, display_name="Bram")
    shared = exercise_of("choose", "Bart")
    attempt_a = Attempt.objects.create(participant=pa, exercise=shared, answer={"option": 0})
    attempt_b = Attempt.objects.create(participant=pb, exercise=shared, answer={"option": 1})
    return {
        "a": a,
        "b": b,
        "pa": pa,
        "pb": pb,
        "shared": shared,
        "only_in_b": only_in_b,
        "attempt_a": attempt_a,
        "attempt_b": attempt_b,
    }


def as_participant(participant):
    client = Client()
    session = client.session
    session["workshop_participant"] = participant.pk
    session.save()
    return client


def workshop_urls(workshop, participant):
    """(method, url) for every trainer URL that concerns one workshop."""
    pk = workshop.pk
    return [
        ("get", reverse("workshops:dashboard", args=[pk])),
        ("get", reverse("workshops:dashboard_figures", args=[pk])),
        ("get", reverse("workshops:edit", args=[pk])),
        ("post", reverse("workshops:edit", args=[pk])),
        ("post", reverse("workshops:close", args=[pk])),
        ("post", reverse("workshops:reopen", args=[pk])),
        ("get", reverse("workshops:delete", args=[pk])),
        ("post", reverse("workshops:delete", args=[pk])),
        ("post", reverse("workshops:remove_participant", args=[pk, participant.pk])),
        ("get", reverse("workshops:export", args=[pk])),
    ]


def test_trainer_reaches_every_url_of_their_own_workshop(client, trainer, world):
    client.force_login(trainer)
    for method, url in workshop_urls(world["a"], world["pa"]):
        if url.endswith("/verwijderen/"):
            continue  # deleting is tested on its own below
        response = getattr(client, method)(url)
        assert response.status_code in (200, 302), (method, url)


@pytest.mark.parametrize("htmx", [False, True])
def test_other_trainer_gets_404_everywhere(client, other_trainer, world, htmx):
    client.force_login(other_trainer)
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    for method, url in workshop_urls(world["a"], world["pa"]):
        response = getattr(client, method)(url, **headers)
        assert response.status_code == 404, (method, url)
    # Their participant in someone else's workshop, via their own workshop's URL: also 404.
    url = reverse("workshops:remove_participant", args=[world["b"].pk, world["pa"].pk])
    assert client.post(url).status_code == 404
    assert Workshop.objects.filter(pk=world["a"].pk, closed=False).exists()
    assert Participant.objects.filter(pk=world["pa"].pk).exists()


def test_coach_without_trainer_role_gets_404(coach_client, world):
    for method, url in workshop_urls(world["a"], world["pa"]):
        assert getattr(coach_client, method)(url).status_code == 404, url
    for name in ["create", "exercise_library"]:
        assert coach_client.get(reverse(f"workshops:{name}")).status_code in (404, 405)
    turn_url = reverse("workshops:exercise_from_turn", args=[1])
    assert coach_client.get(turn_url).status_code == 404


def test_participant_cannot_reach_trainer_urls(world):
    client = as_participant(world["pa"])
    for method, url in workshop_urls(world["a"], world["pa"]):
        response = getattr(client, method)(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_participant_sees_only_their_workshops_exercises(world):
    client = as_participant(world["pa"])
    shared = reverse("workshops:exercise", args=[world["shared"].pk])
    only_b = reverse("workshops:exercise", args=[world["only_in_b"].pk])
    assert client.get(shared).status_code == 200
    assert client.get(only_b).status_code == 404
    assert client.post(only_b, {"sentence": 0, "question": "Wat?"}).status_code == 404
    assert client.post(only_b, {}, HTTP_HX_REQUEST="true").status_code == 404
    assert client.get(reverse("workshops:exercise", args=[99999])).status_code == 404


def test_participant_sees_only_their_own_answers(world):
    client = as_participant(world["pa"])
    own = reverse("workshops:attempt", args=[world["attempt_a"].pk])
    other = reverse("workshops:attempt", args=[world["attempt_b"].pk])
    assert client.get(own).status_code == 200
    assert client.get(other).status_code == 404
    page = client.get(reverse("workshops:exercise", args=[world["shared"].pk])).content.decode()
    assert f"/poging/{world['attempt_a'].pk}/" in page
    assert f"/poging/{world['attempt_b'].pk}/" not in page


def test_participant_of_same_workshop_cannot_see_anothers_answer(world):
    neighbour = Participant.objects.create(workshop=world["a"], display_name="Noor")
    client = as_participant(neighbour)
    assert client.get(reverse("workshops:attempt", args=[world["attempt_a"].pk])).status_code == 404


def test_without_a_participant_exercise_urls_are_404(client, world):
    assert client.get(reverse("workshops:exercise", args=[world["shared"].pk])).status_code == 404
    assert client.get(reverse("workshops:attempt", args=[world["attempt_a"].pk])).status_code == 404


def test_removed_participant_loses_access(world, trainer):
    client = as_participant(world["pa"])
    world["pa"].delete()
    assert client.get(reverse("workshops:exercise", args=[world["shared"].pk])).status_code == 404
    assert client.get(reverse("workshops:home")).status_code == 302


def test_trainer_lists_only_their_own_workshops(client, trainer, world):
    client.force_login(trainer)
    content = client.get(reverse("workshops:index")).content.decode()
    assert "Workshop A" in content and "Workshop B" not in content


def test_trainer_cannot_make_exercises_from_anothers_private_dialogue(
    client, trainer, other_trainer
):
    from dialogues.models import Dialogue

    private = Dialogue.objects.create(title="Privé", kind="imported", owner=other_trainer)
    turn = private.append_turn("client", "Mijn baas doet het altijd expres.")
    client.force_login(trainer)
    assert client.get(reverse("workshops:exercise_from_turn", args=[turn.pk])).status_code == 404
    mine = Dialogue.objects.create(title="Eigen", kind="imported", owner=trainer)
    own_turn = mine.append_turn("client", "Mijn baas doet het altijd expres.")
    assert (
        client.get(reverse("workshops:exercise_from_turn", args=[own_turn.pk])).status_code == 200
    )


def test_csrf_is_enforced_on_htmx_posts(trainer, world):
    participant_client = Client(enforce_csrf_checks=True)
    session = participant_client.session
    session["workshop_participant"] = world["pa"].pk
    session.save()
    url = reverse("workshops:exercise", args=[world["shared"].pk])
    no_token = participant_client.post(url, {"option": 0}, HTTP_HX_REQUEST="true")
    assert no_token.status_code == 403
    page = participant_client.get(url)
    token = page.context["csrf_token"]
    assert 'hx-headers=\'{"X-CSRFToken": "' in page.content.decode()
    ok = participant_client.post(
        url, {"option": 0}, HTTP_HX_REQUEST="true", HTTP_X_CSRFTOKEN=str(token)
    )
    assert ok.status_code == 200

    trainer_client = Client(enforce_csrf_checks=True)
    trainer_client.force_login(trainer)
    remove = reverse("workshops:remove_participant", args=[world["a"].pk, world["pa"].pk])
    assert trainer_client.post(remove, HTTP_HX_REQUEST="true").status_code == 403
    assert Participant.objects.filter(pk=world["pa"].pk).exists()


def test_trainer_sees_only_their_own_and_built_in_exercises(
    client, trainer, other_trainer, exercises
):
    theirs = Exercise.objects.create(
        kind="not_knowing", title="Van trainer2", text="Ik ben het zat.", owner=other_trainer
    )
    client.force_login(trainer)
    content = client.get(reverse("workshops:exercise_library")).content.decode()
    assert "Bart en de leeuw" in content
    assert theirs.title not in content
    form = client.get(reverse("workshops:index")).content.decode()
    assert theirs.title not in form
    # And cannot put it in a workshop by posting its id.
    response = client.post(
        reverse("workshops:create"),
        {"name": "Sluiproute", "date": "2030-01-01", "exercises": [theirs.pk]},
    )
    assert response.status_code == 400
    assert not Workshop.objects.filter(name="Sluiproute").exists()
