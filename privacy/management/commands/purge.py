"""Delete what is past its retention time. Run it daily (cron or a systemd timer, see README).

- practice sessions and imported transcripts not changed for RETENTION_DAYS;
- workshops whose last day is more than RETENTION_DAYS ago (with participants, answers, rooms
  and role-play rounds), and trainers' own rooms without a new turn for as long;
- role-play dialogues left without their room (from before deleting a workshop took them along)
  and participants left without workshop or room;
- import drafts older than IMPORT_DRAFT_MAX_AGE_HOURS, expired sessions, login attempts past
  their cool-off, and log entries (the audit trail, django-axes' login log) older than
  AUDIT_RETENTION_DAYS.

RETENTION_DAYS=0 keeps conversations, transcripts and workshops until someone deletes them;
the rest is purged all the same.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management import BaseCommand
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from privacy import forget


class Command(BaseCommand):
    help = "Verwijdert wat over de bewaartermijn is (RETENTION_DAYS) en verlopen concepten."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Alleen tellen, niets verwijderen."
        )

    def handle(self, *args, dry_run=False, **options):
        with transaction.atomic():
            counts = purge(timezone.now())
            if dry_run:
                transaction.set_rollback(True)
        label = "zou verwijderen" if dry_run else "verwijderd"
        for what, count in counts.items():
            self.stdout.write(f"{what}: {count} {label}")


def purge(now):
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    from dialogues.models import Dialogue
    from privacy.models import AuditEvent
    from reviews.models import ImportDraft
    from rooms.models import Room
    from workshops.models import Participant, Workshop

    counts = {}
    days = settings.RETENTION_DAYS
    if days:
        cutoff = now - timedelta(days=days)
        old = Dialogue.objects.filter(
            kind__in=[Dialogue.Kind.PRACTICE, Dialogue.Kind.IMPORTED], updated__lt=cutoff
        )
        counts["oefengesprekken en transcripten"] = len(old.values_list("pk", flat=True))
        old.delete()
        old_workshops = Workshop.objects.filter(
            Q(ends_on__isnull=True, date__lt=cutoff.date()) | Q(ends_on__lt=cutoff.date())
        )
        counts["workshops"] = 0
        for workshop in old_workshops:
            forget.delete_workshop(workshop)
            counts["workshops"] += 1
        old_rooms = Room.objects.filter(workshop__isnull=True, created__lt=cutoff).annotate(
            last=Max("rounds__dialogue__updated")
        )
        counts["eigen rollenspelkamers"] = 0
        for room in old_rooms:
            if room.last is None or room.last < cutoff:
                forget.delete_room(room)
                counts["eigen rollenspelkamers"] += 1
    orphans = Dialogue.objects.filter(
        kind=Dialogue.Kind.ROLEPLAY, room_round__isnull=True, owner__isnull=True
    )
    counts["rollenspellen zonder kamer"] = orphans.count()
    orphans.delete()
    lonely = Participant.objects.filter(workshop__isnull=True, room_memberships__isnull=True)
    counts["deelnemers zonder workshop of kamer"] = lonely.count()
    lonely.delete()

    drafts = ImportDraft.objects.filter(
        created__lt=now - timedelta(hours=settings.IMPORT_DRAFT_MAX_AGE_HOURS)
    )
    counts["importconcepten"] = drafts.count()
    drafts.delete()
    sessions = Session.objects.filter(expire_date__lt=now)
    counts["verlopen sessies"] = sessions.count()
    sessions.delete()
    attempts = AccessAttempt.objects.filter(attempt_time__lt=now - settings.AXES_COOLOFF_TIME)
    counts["mislukte inlogpogingen"] = attempts.count()
    attempts.delete()
    log_cutoff = now - timedelta(days=settings.AUDIT_RETENTION_DAYS)
    old_log = AuditEvent.objects.filter(created__lt=log_cutoff)
    counts["logregels"] = old_log.count()
    old_log.delete()
    logins = AccessLog.objects.filter(attempt_time__lt=log_cutoff)
    counts["inloglog"] = logins.count()
    logins.delete()
    AccessFailureLog.objects.filter(attempt_time__lt=log_cutoff).delete()
    return counts
