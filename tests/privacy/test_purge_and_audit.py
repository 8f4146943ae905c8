"""`manage.py purge` enforces the retention time; the audit trail records who did what."""

import io
from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from dialogues.models import Dialogue, Turn
from privacy.models import AuditEvent
from reviews.models import ImportDraft, Share
from workshops.models import Participant, Workshop

pytestmark = pytest.mark.django_db


def age(queryset, **fields):
    queryset.update(**fields)


def test_purge_deletes_what_is_past_retention_and_keeps_the_rest(coach, trainer, played, settings):
    settings.RETENTION_DAYS = 30
    old = timezone.now() - timedelta(days=31)
    fresh_practice = Dialogue.objects.create(title="Nieuw", kind="practice", owner=coach)
    old_practice = Dialogue.objects.create(title="Oud", kind="practice", owner=coach)
    old_transcript = Dialogue.objects.create(title="Oud transcript", kind="imported", owner=trainer)
    age(Dialogue.objects.filter(pk__in=[old_practice.pk, old_transcript.pk]), updated=old)
    example = Dialogue.objects.filter(kind="example").first()
    age(Dialogue.objects.filter(pk=example.pk), updated=old)
    old_workshop = Workshop.objects.create(
        name="Vorig jaar", trainer=trainer, date=old.date(), ends_on=old.date()
    )
    old_workshop.join("Dewi")
    draft = ImportDraft.objects.create(owner=trainer, title="Concept", turns=[["Coach", "Hoi"]])
    age(ImportDraft.objects.filter(pk=draft.pk), created=timezone.now() - timedelta(hours=25))
    session = SessionStore()
    session["x"] = 1
    session.create()
    age(Session.objects.filter(pk=session.session_key), expire_date=timezone.now())
    AuditEvent.objects.create(action="view", object_type="transcript", owner=trainer)
    age(AuditEvent.objects.all(), created=timezone.now() - timedelta(days=800))

    out = io.StringIO()
    call_command("purge", stdout=out)

    assert set(Dialogue.objects.filter(kind="practice")) == {fresh_practice}
    assert not Dialogue.objects.filter(kind="imported").exists()
    assert Dialogue.objects.filter(pk=example.pk).exists()  # the library is never purged
    assert not Workshop.objects.filter(pk=old_workshop.pk).exists()
    assert not Participant.objects.filter(display_name="Dewi").exists()
    assert Workshop.objects.filter(pk=played["workshop"].pk).exists()  # today's stays
    assert Dialogue.objects.filter(kind="roleplay").count() == 1
    assert not ImportDraft.objects.exists()
    assert not Session.objects.filter(pk=session.session_key).exists()
    assert not AuditEvent.objects.exists()
    assert "workshops: 1 verwijderd" in out.getvalue()


def test_purge_dry_run_only_counts(coach, settings):
    settings.RETENTION_DAYS = 30
    practice = Dialogue.objects.create(title="Oud", kind="practice", owner=coach)
    age(Dialogue.objects.filter(pk=practice.pk), updated=timezone.now() - timedelta(days=31))
    out = io.StringIO()
    call_command("purge", "--dry-run", stdout=out)
    assert "oefengesprekken en transcripten: 1 zou verwijderen" in out.getvalue()
    assert Dialogue.objects.filter(pk=practice.pk).exists()


def test_retention_zero_keeps_conversations_but_still_purges_drafts(trainer, settings):
    settings.RETENTION_DAYS = 0
    transcript = Dialogue.objects.create(title="Oud", kind="imported", owner=trainer)
    age(Dialogue.objects.filter(pk=transcript.pk), updated=timezone.now() - timedelta(days=3000))
    ImportDraft.objects.create(owner=trainer, title="Concept", turns=[])
    age(ImportDraft.objects.all(), created=timezone.now() - timedelta(days=2))
    call_command("purge", stdout=io.StringIO())
    assert Dialogue.objects.filter(pk=transcript.pk).exists()
    assert not ImportDraft.objects.exists()


def test_purge_removes_role_plays_left_over_without_their_room(played):
    orphan = Dialogue.objects.create(title="Rollenspel", kind="roleplay")
    Turn.objects.create(dialogue=orphan, position=1, role="client", text="Jan de Vries hier")
    call_command("purge", stdout=io.StringIO())
    assert not Dialogue.objects.filter(pk=orphan.pk).exists()
    assert Dialogue.objects.filter(kind="roleplay").count() == 1  # the live round stays


@pytest.fixture
def shared_transcript(trainer, other_trainer):
    dialogue = Dialogue.objects.create(title="Gesprek 12", kind="imported", owner=trainer)
    Turn.objects.create(dialogue=dialogue, position=1, role="client", text="Zij liegt altijd.")
    return dialogue


def test_views_exports_shares_and_deletes_are_logged_for_the_owner(
    trainer, other_trainer, shared_transcript
):
    owner = Client()
    owner.force_login(trainer)
    owner.post(reverse("reviews:share", args=[shared_transcript.pk]), {"username": "trainer2"})
    reader = Client()
    reader.force_login(other_trainer)
    reader.get(reverse("reviews:detail", args=[shared_transcript.pk]))
    reader.get(reverse("reviews:detail", args=[shared_transcript.pk]))  # once within 30 min
    reader.get(reverse("reviews:export_csv", args=[shared_transcript.pk]))
    share = Share.objects.get()
    # The owner sees it on the transcript's own page too; the reader does not.
    page = owner.get(reverse("reviews:detail", args=[shared_transcript.pk])).content.decode()
    assert 'id="logboek"' in page and "trainer2, geëxporteerd" in page
    page = reader.get(reverse("reviews:detail", args=[shared_transcript.pk])).content.decode()
    assert 'id="logboek"' not in page
    owner.post(reverse("reviews:unshare", args=[shared_transcript.pk, share.pk]))
    owner.post(reverse("reviews:delete", args=[shared_transcript.pk]))

    events = list(
        AuditEvent.objects.order_by("pk").values_list("actor__username", "action", "detail")
    )
    assert events == [
        ("trainer", "share", "trainer2"),
        ("trainer2", "view", ""),
        ("trainer2", "export", "CSV"),
        ("trainer", "view", ""),
        ("trainer", "unshare", "trainer2"),
        ("trainer", "delete", ""),
    ]
    assert set(AuditEvent.objects.values_list("owner", flat=True)) == {trainer.pk}
    # The owner sees it under "Mijn gegevens"; the other trainer does not see the owner's log.
    page = owner.get(reverse("privacy:my_data")).content.decode()
    assert "trainer2" in page and "geëxporteerd" in page and "Gesprek 12" in page
    assert "Gesprek 12" not in reader.get(reverse("privacy:my_data")).content.decode()


def test_workshop_views_changes_and_exports_are_logged(trainer, played):
    browser = Client()
    browser.force_login(trainer)
    workshop = played["workshop"]
    browser.get(reverse("workshops:dashboard", args=[workshop.pk]))
    browser.get(reverse("workshops:dashboard_figures", args=[workshop.pk]))  # a poll: no entry
    browser.get(reverse("workshops:export", args=[workshop.pk]))
    browser.post(reverse("workshops:close", args=[workshop.pk]))
    actions = list(AuditEvent.objects.order_by("pk").values_list("action", "object_type"))
    assert actions == [("view", "workshop"), ("export", "workshop"), ("change", "workshop")]


def test_practice_exports_and_deletes_are_logged(coach_client, coach):
    from django.core.management import call_command as load

    load("loaddata", "cases", "client_scripts", verbosity=0)
    response = coach_client.post(reverse("dialogues:practice_start", args=["client-a"]))
    pk = int(response.headers["Location"].rstrip("/").split("/")[-1])
    coach_client.get(reverse("dialogues:practice_export", args=[pk, "txt"]))
    coach_client.post(reverse("dialogues:practice_delete", args=[pk]))
    assert list(AuditEvent.objects.order_by("pk").values_list("action", "owner")) == [
        ("export", coach.pk),
        ("delete", coach.pk),
    ]
