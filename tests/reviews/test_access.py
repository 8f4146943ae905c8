"""Who may open which review URL: owner / other trainer / participant / anonymous, every URL
of the reviews app (htmx fragments included). Someone else's object is a 404."""

import pytest
from django.urls import URLPattern, get_resolver, reverse

from dialogues.models import Dialogue
from reviews.models import Comment, ImportDraft, Judgement, Share

pytestmark = pytest.mark.django_db


@pytest.fixture
def objects(transcript, trainer, other_trainer, participant):
    first = transcript.turns.get(position=1)
    judgement = Judgement.objects.create(
        turn=first, author=trainer, code="external_blame", verdict="confirm"
    )
    comment = Comment.objects.create(turn=first, author=trainer, text="Goed gezien")
    draft = ImportDraft.objects.create(owner=trainer, title="Concept", turns=[["Coach", "Hoi"]])
    share = Share.objects.create(dialogue=transcript, trainer=participant, shared_by=trainer)
    return {
        "pk": transcript.pk,
        "turn_pk": first.pk,
        "judgement_pk": judgement.pk,
        "comment_pk": comment.pk,
        "draft_pk": draft.pk,
        "share_pk": share.pk,
    }


# name: (method, kwargs keys, data, owner status)
URLS = {
    "reviews:list": ("get", {}, None, 200),
    "reviews:agreement": ("get", {}, None, 200),
    "reviews:export_all_jsonl": ("get", {}, None, 200),
    "reviews:import": ("get", {}, None, 200),
    "reviews:import_preview": ("get", {"pk": "draft_pk"}, None, 200),
    "reviews:detail": ("get", {"pk": "pk"}, None, 200),
    "reviews:summary": ("get", {"pk": "pk"}, None, 200),
    "reviews:report": ("get", {"pk": "pk"}, None, 200),
    "reviews:export_csv": ("get", {"pk": "pk"}, None, 200),
    "reviews:export_json": ("get", {"pk": "pk"}, None, 200),
    "reviews:export_jsonl": ("get", {"pk": "pk"}, None, 200),
    "reviews:share": ("post", {"pk": "pk"}, {"username": "trainer2"}, 302),
    "reviews:unshare": ("post", {"pk": "pk", "share_pk": "share_pk"}, {}, 302),
    "reviews:delete": ("get", {"pk": "pk"}, None, 200),
    "reviews:turn": ("get", {"turn_pk": "turn_pk"}, None, 200),
    "reviews:judge": (
        "post",
        {"turn_pk": "turn_pk"},
        {"code": "assumed_intent", "verdict": "reject"},
        200,
    ),
    "reviews:add_marker": ("post", {"turn_pk": "turn_pk"}, {"code": "certainty"}, 200),
    "reviews:remove_judgement": ("post", {"turn_pk": "turn_pk", "pk": "judgement_pk"}, {}, 200),
    "reviews:comment": ("post", {"turn_pk": "turn_pk"}, {"text": "Mooi"}, 200),
    "reviews:delete_comment": ("post", {"turn_pk": "turn_pk", "pk": "comment_pk"}, {}, 200),
}
# Pages any logged-in user may open: they only show the user's own things.
OWN_ONLY = {"reviews:list", "reviews:agreement", "reviews:export_all_jsonl"}


def app_url_names():
    names = set()
    for pattern in get_resolver().url_patterns:
        if getattr(pattern, "namespace", None) == "reviews":
            names |= {
                f"reviews:{p.name}" for p in pattern.url_patterns if isinstance(p, URLPattern)
            }
    return names


def test_every_reviews_url_is_in_the_matrix():
    assert app_url_names() == set(URLS)


def request(client, name, objects, htmx=False):
    method, keys, data, _status = URLS[name]
    url = reverse(name, kwargs={key: objects[value] for key, value in keys.items()})
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    if method == "post":
        return client.post(url, data or {}, **headers)
    return client.get(url, **headers)


@pytest.mark.parametrize("name", sorted(URLS))
def test_anonymous_is_sent_to_login(client, objects, name):
    response = request(client, name, objects)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("htmx", [False, True])
@pytest.mark.parametrize("name", sorted(URLS))
def test_owner_may(client, objects, trainer, name, htmx):
    client.force_login(trainer)
    response = request(client, name, objects, htmx=htmx)
    expected = URLS[name][3]
    if htmx and URLS[name][0] == "post" and name.startswith("reviews:") and expected == 200:
        assert response.status_code == 200
        assert b'id="turn-' in response.content and b"<html" not in response.content
    elif URLS[name][0] == "post" and expected == 200:
        # without JavaScript: back to the review page, at the turn
        assert response.status_code == 302
        assert f"#turn-{objects['turn_pk']}" in response["Location"]
    else:
        assert response.status_code == expected


@pytest.mark.parametrize("htmx", [False, True])
@pytest.mark.parametrize("name", sorted(set(URLS) - OWN_ONLY - {"reviews:import"}))
def test_other_trainer_gets_404(client, objects, other_trainer, name, htmx):
    client.force_login(other_trainer)
    assert request(client, name, objects, htmx=htmx).status_code == 404


@pytest.mark.parametrize("htmx", [False, True])
@pytest.mark.parametrize("name", sorted(set(URLS) - OWN_ONLY))
def test_participant_gets_404(client, objects, django_user_model, name, htmx):
    stranger = django_user_model.objects.create_user("deelnemer", password="x-geheim-4")
    client.force_login(stranger)
    assert request(client, name, objects, htmx=htmx).status_code == 404


def test_nothing_changed_by_refused_requests(client, objects, other_trainer):
    client.force_login(other_trainer)
    for name in URLS:
        request(client, name, objects)
    assert Judgement.objects.filter(author=other_trainer).count() == 0
    assert Comment.objects.filter(author=other_trainer).count() == 0
    assert Comment.objects.count() == 1 and Judgement.objects.count() == 1
    assert Dialogue.objects.filter(pk=objects["pk"]).exists()
    assert ImportDraft.objects.filter(pk=objects["draft_pk"]).exists()


@pytest.mark.parametrize("name", sorted(OWN_ONLY))
def test_own_only_pages_do_not_show_other_peoples_transcripts(
    client, objects, other_trainer, transcript, name
):
    client.force_login(other_trainer)
    response = request(client, name, objects)
    assert response.status_code == 200
    assert transcript.title.encode() not in response.content
    assert b"onderuit" not in response.content


def test_shared_trainer_may_review_but_not_share_or_delete(client, objects, participant):
    # the share fixture shares the transcript with `participant`
    client.force_login(participant)
    for name in ["reviews:detail", "reviews:turn", "reviews:summary", "reviews:export_csv"]:
        assert request(client, name, objects).status_code == 200, name
    assert request(client, "reviews:comment", objects).status_code == 302
    for name in ["reviews:share", "reviews:unshare", "reviews:delete"]:
        assert request(client, name, objects).status_code == 404, name
    # the owner's judgement and comment are not theirs to remove
    assert request(client, "reviews:remove_judgement", objects).status_code == 404
    assert request(client, "reviews:delete_comment", objects).status_code == 404


def test_import_page_is_for_trainers_only(client, participant, trainer):
    client.force_login(participant)
    assert client.get(reverse("reviews:import")).status_code == 404
    client.force_login(trainer)
    assert client.get(reverse("reviews:import")).status_code == 200


def test_nav_link_only_for_trainers(client, cases, trainer, participant):
    link = f'href="{reverse("reviews:list")}"'.encode()
    client.force_login(participant)
    assert link not in client.get(reverse("dialogues:case_list")).content
    client.force_login(trainer)
    assert link in client.get(reverse("dialogues:case_list")).content


def test_a_practice_dialogue_is_reviewable_by_its_owner_only_until_shared(
    client, participant, trainer
):
    practice = Dialogue.objects.create(title="Mijn oefening", kind="practice", owner=participant)
    practice.append_turn("coach", "Wat bedoel je precies?")
    url = reverse("reviews:detail", args=[practice.pk])
    client.force_login(trainer)
    assert client.get(url).status_code == 404
    client.force_login(participant)
    assert client.get(url).status_code == 200
    response = client.post(reverse("reviews:share", args=[practice.pk]), {"username": "trainer"})
    assert response.status_code == 302
    client.force_login(trainer)
    assert client.get(url).status_code == 200
    assert b"Mijn oefening" in client.get(reverse("reviews:list")).content


def test_example_dialogues_are_not_reviewable(client, trainer):
    example = Dialogue.objects.create(title="Voorbeeld", kind="example", owner=trainer)
    client.force_login(trainer)
    assert client.get(reverse("reviews:detail", args=[example.pk])).status_code == 404
