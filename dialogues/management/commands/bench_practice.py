"""python manage.py bench_practice: server time of a role-play turn, beside a bare Django view.

`--lengths 2,20,60` also times a turn (and the whole page) in conversations that already have
that many turns: a turn's answer renders only what changed, so its time should not grow.

Everything runs inside one transaction that is rolled back: the database is left as it was.
"""

import statistics
import time
import uuid

from django.contrib.auth import get_user_model
from django.core.management import BaseCommand, call_command
from django.db import transaction
from django.test import Client, override_settings
from django.urls import reverse

from dialogues.models import Case, ClientScript, Practice

COACH_LINES = [
    "Waar merk je aan dat de directie er op uit is om jou onderuit te halen?",
    "Je moet gewoon eens met de directie gaan praten.",
    "Oké, dat lijkt me niet fijn.",
    "Ben je boos?",
    "Wat bedoel je precies met ‘minkukels’?",
    "Wacht even, je gaat me iets te snel. Ik wil even terug naar het moment dat je de brief kreeg.",
    "Jij bent gewoon bang dat ze je ontslaan.",
    "Wat denk je dat er bij de directie speelde toen ze je brief lazen?",
    "Heb je dat gevoel nu ook, hier bij mij, dat dit een strafexpeditie is?",
    "Hoe was dat voor je?",
]


def summary(name, seconds, sizes=None):
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
    line = f"{name:32} n={len(ms):4}  median {statistics.median(ms):7.1f} ms  p95 {p95:7.1f} ms"
    if sizes:
        line += f"  {statistics.median(sizes) / 1024:6.1f} KiB"
    return line


def last_position(practice):
    return practice.dialogue.turns.order_by("position").last().position


class Command(BaseCommand):
    help = "Meet de servertijd van een beurt in het oefengesprek (POST → partial, met analyser)."

    def add_arguments(self, parser):
        parser.add_argument("--turns", type=int, default=200, help="aantal coachbeurten")
        parser.add_argument("--per-session", type=int, default=20, help="beurten per gesprek")
        parser.add_argument(
            "--lengths",
            default="",
            help="ook meten bij deze gesprekslengtes (beurten, bijv. 2,20,60)",
        )
        parser.add_argument("--samples", type=int, default=30, help="metingen per gesprekslengte")

    # As in production: DEBUG off (no query log), the bench URLs, the test client's host name.
    @override_settings(
        DEBUG=False, ROOT_URLCONF="dialogues.bench_urls", ALLOWED_HOSTS=["testserver"]
    )
    def handle(self, *args, **options):
        lengths = [int(n) for n in options["lengths"].split(",") if n.strip()]
        with transaction.atomic():
            turn_times, bare_times = self.measure(options["turns"], options["per_session"])
            by_length = [(n, *self.measure_at(n, options["samples"])) for n in lengths]
            transaction.set_rollback(True)
        self.stdout.write(summary("bare Django view (GET)", bare_times))
        self.stdout.write(summary("role-play turn (htmx POST)", turn_times))
        for n, turn, turn_sizes, page, page_sizes in by_length:
            self.stdout.write(summary(f"turn at {n} turns (htmx POST)", turn, turn_sizes))
            self.stdout.write(summary(f"whole page at {n} turns (GET)", page, page_sizes))

    def measure_at(self, length, samples):
        """A turn and the page, in `samples` conversations that already hold `length` turns."""
        user = get_user_model().objects.create_user(f"bench-{uuid.uuid4().hex[:8]}")
        client = Client()
        client.force_login(user)
        case = Case.objects.get(slug="client-a")
        turn_times, turn_sizes, page_times, page_sizes = [], [], [], []
        for sample in range(samples):
            practice = Practice.start(user, case)  # the opening line is turn 1
            for n in range(max(0, (length - 1) // 2)):
                practice.respond(COACH_LINES[(sample + n) % len(COACH_LINES)])
            url = reverse("dialogues:practice_turn", args=[practice.pk])
            data = {
                "text": COACH_LINES[sample % len(COACH_LINES)],
                "key": str(uuid.uuid4()),
                "after": last_position(practice),
            }
            started = time.perf_counter()
            response = client.post(url, data, headers={"HX-Request": "true"})
            turn_times.append(time.perf_counter() - started)
            assert response.status_code == 200, response.status_code
            turn_sizes.append(len(response.content))

            started = time.perf_counter()
            response = client.get(practice.get_absolute_url())
            page_times.append(time.perf_counter() - started)
            page_sizes.append(len(response.content))
        return turn_times, turn_sizes, page_times, page_sizes

    def measure(self, turns, per_session):
        if not ClientScript.objects.filter(case__slug="client-a").exists():
            call_command("loaddata", "cases", "client_scripts", verbosity=0)
        user = get_user_model().objects.create_user(f"bench-{uuid.uuid4().hex[:8]}")
        client = Client()
        client.force_login(user)
        case = Case.objects.get(slug="client-a")
        client.get("/bench-bare/")  # warm up: the analyser's pipeline is built once per process
        Practice.start(user, case).respond(COACH_LINES[0])

        turn_times, bare_times = [], []
        practice = None
        for n in range(turns):
            if n % per_session == 0:
                practice = Practice.start(user, case)
                url = reverse("dialogues:practice_turn", args=[practice.pk])
            data = {
                "text": COACH_LINES[n % len(COACH_LINES)],
                "key": str(uuid.uuid4()),
                "after": last_position(practice),
            }
            started = time.perf_counter()
            response = client.post(url, data, headers={"HX-Request": "true"})
            turn_times.append(time.perf_counter() - started)
            assert response.status_code == 200, response.status_code

            started = time.perf_counter()
            client.get("/bench-bare/")
            bare_times.append(time.perf_counter() - started)
        return turn_times, bare_times
