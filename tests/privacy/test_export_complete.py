"""An account's export holds what others recorded about it too; exercises keep no copy of a
participant's words."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from dialogues.models import Dialogue, Turn
from privacy import audit
from privacy.forget import forget_participant
from reviews.models import Comment, Judgement, Share
from rooms.models import Role, Room

pytestmark = pytest.mark.django_db


def test_the_export_holds_failed_logins_others_activity_and_comments(coach, trainer):
    from axes.models import AccessAttempt, AccessFailureLog

    practice = Dialogue.objects.create(title="Mijn oefening", kind="practice", owner=coach)
    turn = Turn.objects.create(dialogue=practice, position=1, role="coach", text="Hoe was dat?")
    Share.objects.create(dialogue=practice, trainer=trainer, shared_by=coach)
    Comment.objects.create(turn=turn, author=trainer, text="Mooi open gevraagd")
    Judgement.objects.create(turn=turn, author=trainer, code="coach_open_question", verdict="add")
    AccessFailureLog.objects.create(username="coach", ip_address="10.6.6.6", user_agent="Lynx")
    AccessAttempt.objects.create(
        username="coach", ip_address="10.6.6.6", user_agent="Lynx", failures_since_start=3
    )
    viewer = Client()
    viewer.force_login(trainer)
    request = viewer.get("/").wsgi_request
    audit.record(request, audit.Action.EXPORT, practice)

    browser = Client()
    browser.force_login(coach)
    data = json.loads(browser.get(reverse("privacy:export")).content)
    assert [e["address"] for e in data["failed_logins"]] == ["10.6.6.6"]
    assert data["login_lock_counters"][0]["failures"] == 3
    assert [(e["by"], e["action"]) for e in data["activity_on_my_data"]] == [("trainer", "export")]
    assert [(c["by"], c["text"]) for c in data["comments_by_others"]] == [
        ("trainer", "Mooi open gevraagd")
    ]
    assert [(j["by"], j["verdict"]) for j in data["judgements_by_others"]] == [("trainer", "add")]


def test_an_exercise_from_a_round_does_not_copy_the_participants_coach_line(trainer, cases):
    from dialogues.models import Case

    room = Room.open_own(trainer, Case.objects.order_by("order", "pk").first())
    client_member = room.admit("Bram", Role.CLIENT)
    coach_member = room.admit("Anna", Role.COACH)
    said = room.post_turn(client_member, "Mijn chef heeft het op mij gemunt.")
    room.post_turn(coach_member, "Annas eigen woorden: wat maakt dat je dat denkt?")

    browser = Client()
    browser.force_login(trainer)
    for kind in ("not_knowing", "choose"):
        url = reverse("workshops:exercise_from_turn", args=[said.pk]) + f"?soort={kind}"
        page = browser.get(url)
        assert page.status_code == 200
        assert "Annas eigen woorden" not in page.content.decode()

    forget_participant(coach_member.participant)
    assert not Turn.objects.filter(text__contains="Annas eigen woorden").exists()
