"""The admin shows a trainer only the shared library; people's own data stays on the app's pages."""

import pytest
from django.urls import reverse

from dialogues.models import Case, Dialogue, Turn

SECRET = "mijn geheime oefenbeurt over mijn baas"


@pytest.fixture
def others_data(cases, django_user_model):
    """A coach's practice and another trainer's imported transcript, both with a turn."""
    coach = django_user_model.objects.create_user("andere-coach", password="x" * 16)
    other_trainer = django_user_model.objects.create_user("andere-trainer", password="x" * 16)
    case = Case.objects.first()
    practice = Dialogue.objects.create(
        title="Oefengesprek van de andere coach",
        kind=Dialogue.Kind.PRACTICE,
        case=case,
        owner=coach,
    )
    practice.append_turn(Turn.Role.COACH, SECRET)
    imported = Dialogue.objects.create(
        title="Transcript van de andere trainer", kind=Dialogue.Kind.IMPORTED, owner=other_trainer
    )
    imported.append_turn(Turn.Role.CLIENT, "Het ligt aan mijn teamleider Kees.")
    return {"case": case, "practice": practice, "imported": imported}


@pytest.fixture
def trainer_admin(client, trainer):
    client.force_login(trainer)
    return client


def test_trainer_lists_only_example_dialogues(trainer_admin, others_data):
    page = trainer_admin.get(reverse("admin:dialogues_dialogue_changelist")).content.decode()
    assert Dialogue.objects.examples().first().title in page
    assert "andere coach" not in page
    assert "andere trainer" not in page


def test_trainer_cannot_find_others_turns(trainer_admin, others_data):
    url = reverse("admin:dialogues_turn_changelist")
    assert SECRET not in trainer_admin.get(url, {"q": "geheime"}).content.decode()
    assert "teamleider Kees" not in trainer_admin.get(url, {"q": "Kees"}).content.decode()


@pytest.mark.parametrize("kind", ["practice", "imported"])
def test_trainer_cannot_open_change_or_delete_others_dialogue(trainer_admin, others_data, kind):
    dialogue = others_data[kind]
    turn = dialogue.turns.get()
    for url in [
        reverse("admin:dialogues_dialogue_change", args=[dialogue.pk]),
        reverse("admin:dialogues_dialogue_history", args=[dialogue.pk]),
        reverse("admin:dialogues_turn_change", args=[turn.pk]),
    ]:
        response = trainer_admin.get(url)
        assert response.status_code == 302  # "does not exist", back to the admin index
        assert turn.text not in trainer_admin.get(response.url).content.decode()
    trainer_admin.post(
        reverse("admin:dialogues_dialogue_delete", args=[dialogue.pk]), {"post": "yes"}
    )
    trainer_admin.post(
        reverse("admin:dialogues_turn_changelist"),
        {"action": "delete_selected", "_selected_action": [turn.pk], "post": "yes"},
    )
    trainer_admin.post(
        reverse("admin:dialogues_turn_change", args=[turn.pk]),
        {"dialogue": dialogue.pk, "position": 1, "role": "coach", "text": "overschreven"},
    )
    turn.refresh_from_db()
    assert turn.text != "overschreven"


def test_deleting_a_case_does_not_take_others_dialogues_along(trainer_admin, others_data):
    case = others_data["case"]
    url = reverse("admin:dialogues_case_delete", args=[case.pk])
    page = trainer_admin.get(url).content.decode()
    assert others_data["practice"].title not in page
    trainer_admin.post(url, {"post": "yes"})
    assert Case.objects.filter(pk=case.pk).exists()
    assert Dialogue.objects.filter(pk=others_data["practice"].pk).exists()


def test_case_page_inlines_only_examples(trainer_admin, others_data):
    url = reverse("admin:dialogues_case_change", args=[others_data["case"].pk])
    page = trainer_admin.get(url).content.decode()
    assert "andere coach" not in page


def test_trainer_still_edits_the_library(trainer_admin, others_data):
    example = Dialogue.objects.examples().first()
    url = reverse("admin:dialogues_dialogue_change", args=[example.pk])
    assert trainer_admin.get(url).status_code == 200
    add_form = trainer_admin.get(reverse("admin:dialogues_dialogue_add")).content.decode()
    assert 'name="owner"' not in add_form
    assert 'value="practice"' not in add_form
    assert 'value="example"' in add_form


@pytest.mark.parametrize(
    "name",
    [
        "admin:dialogues_practice_changelist",
        "admin:workshops_workshop_changelist",
        "admin:workshops_participant_changelist",
        "admin:workshops_attempt_changelist",
        "admin:reviews_judgement_changelist",
        "admin:reviews_comment_changelist",
        "admin:reviews_share_changelist",
        "admin:reviews_importdraft_changelist",
    ],
)
def test_peoples_data_is_superuser_only(trainer_admin, admin_client, name):
    assert trainer_admin.get(reverse(name)).status_code == 403
    assert admin_client.get(reverse(name)).status_code == 200


def test_superuser_sees_everything(admin_client, others_data):
    page = admin_client.get(reverse("admin:dialogues_dialogue_changelist")).content.decode()
    assert "andere coach" in page and "andere trainer" in page
