"""Everyone can take along and delete what the app holds about them; deleting a workshop, a
participant or a transcript takes what belongs to it along."""

import json

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from dialogues.models import Dialogue, Turn
from reviews.models import Share
from rooms.models import ObserverNote
from workshops.models import Attempt, Exercise, Participant

from .conftest import browser_for

pytestmark = pytest.mark.django_db


def export(browser):
    response = browser.get(reverse("privacy:export"))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    return json.loads(response.content)


def test_menu_links_to_my_data_for_accounts_and_participants(coach_client, played):
    assert (
        reverse("privacy:my_data")
        in coach_client.get(reverse("dialogues:case_list")).content.decode()
    )
    anna = browser_for(played["anna"])
    assert reverse("privacy:my_data") in anna.get(reverse("workshops:home")).content.decode()


def test_a_participant_without_account_exports_their_answers_turns_and_notes(played):
    data = export(browser_for(played["anna"]))
    (anna,) = data["participations"]
    assert anna["name"] == "Anna" and anna["workshop"] == "Dag 1"
    assert [a["answer"] for a in anna["answers"]] == [{"text": "Hoe zo?"}]
    assert [t["text"] for t in anna["turns"]] == ["Wat ging er door je heen?"]
    chris = export(browser_for(played["chris"]))["participations"][0]
    assert [n["note"] for n in chris["observer_notes"]] == ["Mooie vraag van Anna"]
    assert chris["turns"] == []


def test_a_browser_that_is_nobody_has_nothing_to_export_or_delete(client):
    assert client.get(reverse("privacy:export")).status_code == 404
    assert client.get(reverse("privacy:delete")).status_code == 404
    page = client.get(reverse("privacy:my_data")).content.decode()
    assert "bewaart hier niets over je" in page


def test_a_participant_deletes_their_data_and_the_others_keep_theirs(played):
    anna = browser_for(played["anna"])
    page = anna.get(reverse("privacy:delete")).content.decode()
    assert "1 antwoord" in page and "1 beurt in rollenspellen" in page
    # Without ticking the box nothing happens.
    assert anna.post(reverse("privacy:delete")).status_code == 422
    assert Participant.objects.filter(pk=played["anna"].pk).exists()
    response = anna.post(reverse("privacy:delete"), {"confirm": "on"})
    assert response.status_code == 302
    assert not Participant.objects.filter(pk=played["anna"].pk).exists()
    assert not Attempt.objects.filter(answer__text="Hoe zo?").exists()
    dialogue = played["dialogue"]
    assert list(dialogue.turns.values_list("text", "position")) == [
        ("Mijn chef Zwartkop heeft het op mij gemunt.", 1)
    ]
    assert ObserverNote.objects.count() == 1  # Chris's note on Bram's turn stays
    assert "workshop_participant" not in anna.session


def test_an_account_exports_everything_and_deletes_it(coach, cases, played, trainer):
    from workshops.models import Workshop

    practice = Dialogue.objects.create(title="Mijn oefening", kind="practice", owner=coach)
    Turn.objects.create(dialogue=practice, position=1, role="coach", text="Hoe was dat voor je?")
    Share.objects.create(dialogue=practice, trainer=trainer, shared_by=coach)
    membership = Workshop.objects.get().join("Coach", coach)
    browser = Client()
    browser.force_login(coach)
    from axes.models import AccessLog

    AccessLog.objects.create(username="coach", ip_address="10.1.2.3", user_agent="Firefox")
    data = export(browser)
    assert data["account"]["username"] == "coach"
    assert "10.1.2.3" in [entry["address"] for entry in data["logins"]]
    assert [d["title"] for d in data["dialogues"]] == ["Mijn oefening"]
    assert data["dialogues"][0]["turns"][0]["text"] == "Hoe was dat voor je?"
    assert data["dialogues"][0]["shared_with"] == ["trainer"]
    assert [m["name"] for m in data["memberships"]] == ["Coach"]

    page = browser.get(reverse("privacy:delete")).content.decode()
    assert "1 oefengesprek" in page
    browser.post(reverse("privacy:delete"), {"confirm": "on"})
    assert not type(coach).objects.filter(username="coach").exists()
    assert not Dialogue.objects.filter(pk=practice.pk).exists()
    assert not Participant.objects.filter(pk=membership.pk).exists()
    assert not AccessLog.objects.filter(username="coach").exists()
    assert "_auth_user_id" not in browser.session


def test_a_trainer_deleting_their_account_takes_their_workshops_and_rounds_along(trainer, played):
    browser = Client()
    browser.force_login(trainer)
    page = browser.get(reverse("privacy:delete")).content.decode()
    assert "1 workshop die je geeft" in page
    browser.post(reverse("privacy:delete"), {"confirm": "on"})
    assert not Participant.objects.exists()
    assert not Dialogue.objects.filter(kind="roleplay").exists()
    assert not Turn.objects.filter(text__contains="Zwartkop").exists()


def test_deleting_a_workshop_says_what_goes_and_deletes_its_role_plays(trainer, played):
    browser = Client()
    browser.force_login(trainer)
    url = reverse("workshops:delete", args=[played["workshop"].pk])
    page = browser.get(url).content.decode()
    assert "3 deelnemers" in page and "1 antwoord op de oefeningen" in page
    assert "1 rollenspelkamer" in page and "1 gespeelde ronde" in page
    browser.post(url)
    assert not Dialogue.objects.filter(kind="roleplay").exists()
    assert not Turn.objects.filter(text__contains="Zwartkop").exists()
    # The exercise made from Bram's line went with the line.
    assert not Exercise.objects.filter(pk=played["exercise"].pk).exists()


def test_a_trainer_can_keep_the_rounds_of_a_deleted_workshop_without_names(trainer, played):
    browser = Client()
    browser.force_login(trainer)
    browser.post(reverse("workshops:delete", args=[played["workshop"].pk]), {"keep_roleplays": "1"})
    dialogue = Dialogue.objects.get(kind="roleplay")
    assert dialogue.owner == trainer
    assert set(dialogue.turns.values_list("speaker", flat=True)) == {""}
    assert not ObserverNote.objects.exists()
    assert "Anna" not in json.dumps(list(dialogue.turns.values()), default=str)
    # It is in the trainer's own transcript list, the speakers show as their roles.
    page = browser.get(reverse("reviews:detail", args=[dialogue.pk])).content.decode()
    assert "Bram" not in page and "Anna" not in page


def test_removing_a_participant_removes_their_turns(trainer, played):
    browser = Client()
    browser.force_login(trainer)
    workshop = played["workshop"]
    browser.post(reverse("workshops:remove_participant", args=[workshop.pk, played["bram"].pk]))
    assert list(played["dialogue"].turns.values_list("text", flat=True)) == [
        "Wat ging er door je heen?"
    ]
    assert not ObserverNote.objects.exists()  # it was a note on Bram's turn


def test_leaving_a_workshop_can_wipe_ones_answers_and_turns(played):
    anna = browser_for(played["anna"])
    page = anna.get(reverse("workshops:home")).content.decode()
    assert "Ook mijn antwoorden en mijn beurten" in page
    anna.post(reverse("workshops:leave"), {"forget": "1"})
    assert not Participant.objects.filter(pk=played["anna"].pk).exists()
    assert not played["dialogue"].turns.filter(role="coach").exists()
    # Leaving without the box only forgets this device.
    bram = browser_for(played["bram"])
    bram.post(reverse("workshops:leave"))
    assert Participant.objects.filter(pk=played["bram"].pk).exists()


def test_an_exercise_from_a_transcript_goes_with_the_transcript(trainer):
    transcript = Dialogue.objects.create(title="Gesprek", kind="imported", owner=trainer)
    turn = Turn.objects.create(dialogue=transcript, position=1, role="client", text="Zij liegt.")
    Exercise.objects.create(kind="not_knowing", title="X", text=turn.text, source_turn=turn)
    browser = Client()
    browser.force_login(trainer)
    browser.post(reverse("reviews:delete", args=[transcript.pk]))
    assert not Exercise.objects.filter(text="Zij liegt.").exists()


def test_deleting_a_room_in_the_admin_takes_its_rounds_along(played):
    played["room"].delete()
    assert not Dialogue.objects.filter(kind="roleplay").exists()
    call_command("purge")  # nothing left over for purge either


def test_the_trainer_deletes_a_room_with_its_rounds(trainer, played):
    browser = Client()
    browser.force_login(trainer)
    url = reverse("rooms:delete", args=[played["room"].pk])
    page = browser.get(url).content.decode()
    assert "3 deelnemers met hun rol" in page and "1 ronde" in page and "2 beurten" in page
    assert browser.post(url).status_code == 302
    assert not Dialogue.objects.filter(kind="roleplay").exists()
    assert Participant.objects.filter(pk=played["anna"].pk).exists()  # still in the workshop


def test_a_deleted_room_can_leave_its_rounds_for_review_without_names(trainer, played):
    browser = Client()
    browser.force_login(trainer)
    browser.post(reverse("rooms:delete", args=[played["room"].pk]), {"keep_roleplays": "1"})
    dialogue = Dialogue.objects.get(kind="roleplay")
    assert dialogue.owner == trainer
    assert set(dialogue.turns.values_list("speaker", flat=True)) == {""}


def test_participants_cannot_delete_the_room(played):
    anna = browser_for(played["anna"])
    response = anna.post(reverse("rooms:delete", args=[played["room"].pk]))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    assert Dialogue.objects.filter(kind="roleplay").exists()
