#!/usr/bin/env python
"""Load benchmark: simulated coaches in solo role-play and participants in rooms, on loopback.

    python scripts/loadbench.py --coaches 50 --room-participants 60 --duration 120

Run it from the project folder with the same environment as the server (DATABASE_URL or
SQLITE_PATH, DEBUG, SECRET_KEY): it creates its users and a workshop in that database first
(`bench-coach-<n>`, `bench-trainer`, with a random password made for this run), afterwards checks
every turn the server acknowledged by its submission key (each must be in the database exactly
once), and then removes those accounts with everything they made, also when the run fails
(`--keep-accounts` leaves them; `--cleanup` only removes what an earlier run left).

- A coach logs in, opens a case, starts a practice, sends 6–12 turns with a think time
  (--think, 2–5 s), finishes, reads the debrief, and starts again until the end.
- Room participants join the workshop by its code in threes (coach, client, observer); coach and
  client speak in turn, everyone polls for new turns every --poll seconds, as the page does.
- Every --bare-every seconds a bare page (/healthz/: the middleware, no template) is fetched,
  to compare with in the same run.

Bounded: --duration seconds (plus a short drain), at most --max-requests requests, loopback
addresses only. Faults: --kill-worker-at S kills one gunicorn worker (kill -9; needs
--gunicorn-pid, the master's pid) S seconds into the run; --restart-db-at S runs --restart-db-cmd
(e.g. "pg_ctlcluster 15 bench restart"); --lock-sqlite-at S holds SQLite's write lock for
--lock-seconds (15). A failed turn is sent again with the same key (as a
person would press "Verstuur" again), so no acknowledged turn may be lost or stored twice.

The server should run with DEBUG=0, as in production; the benchmark says it comes through a
TLS proxy (X-Forwarded-Proto: https) and keeps its own cookies, secure ones included.
"""

import argparse
import asyncio
import ipaddress
import os
import random
import re
import secrets
import signal
import statistics
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
# A new password every run, for the bench accounts only; they are removed at the end of the run.
PASSWORD = secrets.token_urlsafe(24)
BENCH_COACH_PREFIX = "bench-coach-"
BENCH_TRAINER = "bench-trainer"
CASE = "client-a"
COACH_LINES = [
    "Wat bedoel je precies met dat ze je onderuit willen halen?",
    "Je moet gewoon eens met de directie gaan praten.",
    "Hoe was dat voor je, toen je die brief kreeg?",
    "Ben je boos?",
    "Wat denk je dat er bij de directie speelde toen ze je brief lazen?",
    "Wacht even, ik wil terug naar het moment dat je de brief kreeg.",
    "Jij bent gewoon bang dat ze je ontslaan.",
    "Ik ben benieuwd wat je toen dacht.",
]
ROOM_LINES = {
    "coach": ["Wat gebeurde er toen?", "Hoe voelde dat?", "Wat denk je dat hij bedoelde?"],
    "client": ["Hij doet dat altijd.", "Ik weet het niet.", "Iedereen is tegen me."],
}
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
AFTER = re.compile(r'name="after" value="(\d+)"')
POLL = re.compile(r'hx-get="(/rollenspel/\d+/beurten/\?round=\d+)"')
ROSTER = re.compile(r'data-roster="([^"]*)"')
TURN_VALUE = re.compile(r'<li class="turn[^"]*"[^>]* value="(\d+)"')


class Stats:
    def __init__(self, max_requests, measure_from):
        self.times = defaultdict(list)
        self.failures = defaultdict(int)
        self.errors = defaultdict(lambda: defaultdict(int))
        self.count = 0
        self.max_requests = max_requests
        self.measure_from = measure_from

    def full(self):
        return self.count >= self.max_requests

    def record(self, name, started, seconds, ok, error=None):
        self.count += 1
        if started < self.measure_from and name != "login":
            return  # the ramp-up: logins are kept, everything else from the steady state on
        self.times[name].append(seconds)
        if not ok:
            self.failures[name] += 1
            self.errors[name][error] += 1

    def table(self):
        lines = [
            f"{'endpoint':16} {'requests':>8} {'failures':>8} {'median':>8} {'p95':>8} "
            f"{'p99':>8} {'max':>8}   (ms)"
        ]
        for name in sorted(self.times):
            ms = sorted(t * 1000 for t in self.times[name])
            lines.append(
                f"{name:16} {len(ms):8} {self.failures[name]:8} {statistics.median(ms):8.0f} "
                f"{quantile(ms, 0.95):8.0f} {quantile(ms, 0.99):8.0f} {ms[-1]:8.0f}"
            )
        for name, kinds in sorted(self.errors.items()):
            for kind, n in sorted(kinds.items()):
                lines.append(f"  {name}: {n} × {kind}")
        return "\n".join(lines)


def quantile(sorted_values, q):
    return sorted_values[min(len(sorted_values) - 1, max(0, round(q * len(sorted_values)) - 1))]


class Browser:
    """One person's browser: its own connection pool and cookies (secure ones too)."""

    def __init__(self, base, stats, deadline):
        self.base = base
        self.stats = stats
        self.deadline = deadline
        self.cookies = {}
        host = urlsplit(base).netloc
        self.http = httpx.AsyncClient(
            base_url=base,
            timeout=httpx.Timeout(60.0),
            headers={"X-Forwarded-Proto": "https", "Origin": f"https://{host}"},
        )

    async def close(self):
        await self.http.aclose()

    def csrf(self):
        return self.cookies.get("csrftoken", "")

    async def request(self, name, method, url, expect=(200,), **kwargs):
        """One request; returns the response or None (failed, counted as a failure)."""
        if self.stats.full():
            raise Done
        headers = kwargs.pop("headers", {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if method == "POST":
            headers["X-CSRFToken"] = self.csrf()
            headers["Referer"] = f"https://{urlsplit(self.base).netloc}{url}"
        started = time.monotonic()
        try:
            response = await self.http.request(method, url, headers=headers, **kwargs)
        except httpx.HTTPError as exc:
            self.stats.record(name, started, time.monotonic() - started, False, type(exc).__name__)
            return None
        seconds = time.monotonic() - started
        for header in response.headers.get_list("set-cookie"):
            pair = header.split(";", 1)[0]
            key, _, value = pair.partition("=")
            if value and "max-age=0" not in header.lower():
                self.cookies[key.strip()] = value.strip('"')
            else:
                self.cookies.pop(key.strip(), None)
        ok = response.status_code in expect
        self.stats.record(name, started, seconds, ok, f"HTTP {response.status_code}")
        return response if ok else None

    async def sleep(self, seconds):
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise Done
        await asyncio.sleep(min(seconds, left))
        if time.monotonic() >= self.deadline:
            raise Done


class Done(Exception):
    pass


async def coach(n, base, stats, deadline, think, acknowledged, start_delay):
    browser = Browser(base, stats, deadline)
    try:
        await browser.sleep(start_delay)
        while True:
            page = await browser.request("login page", "GET", "/inloggen/")
            if page is None:
                await browser.sleep(2)
                continue
            token = CSRF.search(page.text).group(1)
            data = {"username": f"bench-coach-{n}", "password": PASSWORD}
            data["csrfmiddlewaretoken"] = token
            if await browser.request("login", "POST", "/inloggen/", (302,), data=data):
                break
            await browser.sleep(2)
        while True:
            await practice(browser, think, acknowledged)
    except Done:
        pass
    finally:
        await browser.close()


async def practice(browser, think, acknowledged):
    if await browser.request("case page", "GET", f"/casussen/{CASE}/") is None:
        return await browser.sleep(2)
    started = await browser.request("start", "POST", f"/casussen/{CASE}/oefenen/", (302,))
    if started is None:
        return await browser.sleep(2)
    url = started.headers["location"]
    pk = url.rstrip("/").split("/")[-1]
    page = await browser.request("practice page", "GET", url)
    if page is None:
        return await browser.sleep(2)
    after = int(AFTER.search(page.text).group(1))
    for n in range(random.randint(6, 12)):  # noqa: S311
        await browser.sleep(random.uniform(*think))  # noqa: S311
        key = str(uuid.uuid4())
        data = {"text": COACH_LINES[n % len(COACH_LINES)], "key": key, "after": after}
        for attempt in range(3):  # a failed send is sent again, with the same key
            response = await browser.request(
                "turn", "POST", f"/oefenen/{pk}/beurt/", data=data, headers={"HX-Request": "true"}
            )
            if response is not None:
                acknowledged.append(key)
                found = AFTER.search(response.text)
                after = int(found.group(1)) if found else after + 2
                break
            await browser.sleep(1 + attempt)
    if await browser.request("finish", "POST", f"/oefenen/{pk}/afronden/", (302,)):
        await browser.request("debrief", "GET", f"/oefenen/{pk}/nabespreking/")


async def join_workshop(browser, code, name):
    page = await browser.request("join page", "GET", "/workshops/meedoen/")
    if page is None:
        return False
    data = {"code": code, "display_name": name, "csrfmiddlewaretoken": CSRF.search(page.text)[1]}
    return await browser.request("join", "POST", "/workshops/meedoen/", (302,), data=data)


async def room_member(index, role, room_box, base, stats, deadline, poll, acknowledged, delay):
    """One participant; the coach of each triad opens the room, the others join it."""
    browser = Browser(base, stats, deadline)
    try:
        await browser.sleep(delay)
        while not await join_workshop(browser, room_box["code"], f"Deelnemer {index}"):
            await browser.sleep(2)
        if role == "coach":
            data = {"case": room_box["case"], "role": "coach"}
            response = await browser.request(
                "room open", "POST", "/rollenspel/openen/", (302,), data=data
            )
            room_box["url"] = response.headers["location"]
            room_box["ready"].set()
        else:
            await room_box["ready"].wait()
            data = {"role": role}
            await browser.request(
                "room join", "POST", room_box["url"] + "meedoen/", (302,), data=data
            )
        page = await browser.request("room page", "GET", room_box["url"])
        poll_url = POLL.search(page.text).group(1).replace("&amp;", "&")
        roster = ROSTER.search(page.text).group(1)
        last = max([0, *map(int, TURN_VALUE.findall(page.text))])
        speaks_every = 4 if role == "client" else 3
        tick = 0
        while True:
            await browser.sleep(poll)
            tick += 1
            url = f"{poll_url}&after={last}&roster={roster}"
            response = await browser.request("room poll", "GET", url, (200, 204))
            if response is not None and response.status_code == 200:
                last = max([last, *map(int, TURN_VALUE.findall(response.text))])
                found = ROSTER.search(response.text)
                roster = found.group(1) if found else roster
            if role in ROOM_LINES and tick % speaks_every == 0:
                key = str(uuid.uuid4())
                text = ROOM_LINES[role][tick % len(ROOM_LINES[role])]
                for attempt in range(3):
                    posted = await browser.request(
                        "room turn",
                        "POST",
                        room_box["url"] + "beurt/",
                        data={"text": text, "key": key},
                        headers={"HX-Request": "true"},
                    )
                    if posted is not None:
                        acknowledged.append(key)
                        break
                    await browser.sleep(1 + attempt)
    except Done:
        pass
    finally:
        await browser.close()


async def bare(base, stats, deadline, every):
    browser = Browser(base, stats, deadline)
    try:
        while True:
            await browser.request("bare page", "GET", "/healthz/")
            await browser.sleep(every)
    except Done:
        pass
    finally:
        await browser.close()


def worker_pids(master):
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == master:
            children.append(int(stat.parent.name))
    return sorted(children)


def cpu_seconds(pids):
    """User + system CPU time of each of these processes so far (seconds), by pid."""
    ticks = os.sysconf("SC_CLK_TCK")
    seconds = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seconds[pid] = (int(fields[11]) + int(fields[12])) / ticks
    return seconds


def cpu_used(before, after):
    """CPU used between two snapshots (a process that started in between: all of its time)."""
    return sum(seconds - before.get(pid, 0) for pid, seconds in after.items())


def postgres_pids():
    """The PostgreSQL backends serving this database (their command line names it)."""
    from django.db import connection

    name = f" {connection.settings_dict['NAME']} ".encode()
    pids = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            line = cmdline.read_bytes()
        except OSError:
            continue
        if line.startswith(b"postgres: ") and name in line:
            pids.append(int(cmdline.parent.name))
    return pids


def rss_mib(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


async def fault(at, action, log):
    await asyncio.sleep(at)
    log.append(f"{time.strftime('%H:%M:%S', time.gmtime())} UTC {action()}")


def kill_worker(master):
    def act():
        workers = worker_pids(master)
        if not workers:
            return "no gunicorn worker found"
        victim = random.choice(workers)  # noqa: S311
        os.kill(victim, signal.SIGKILL)
        return f"kill -9 worker {victim} (of {workers})"

    return act


def restart_db(command):
    def act():
        started = time.monotonic()
        result = subprocess.run(command, shell=True, capture_output=True, text=True)  # noqa: S602
        return f"{command}: exit {result.returncode} in {time.monotonic() - started:.1f} s"

    return act


def lock_sqlite(seconds):
    """Another writer holds SQLite's write lock for `seconds` (in a thread of this process)."""
    import sqlite3
    import threading

    from django.db import connection

    def hold():
        writer = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        time.sleep(seconds)
        writer.execute("ROLLBACK")
        writer.close()

    def act():
        threading.Thread(target=hold, daemon=True).start()
        return f"SQLite write lock held for {seconds:.0f} s"

    return act


def django_setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coachapp.settings")
    import django

    django.setup()


def setup(coaches):
    """Bench users (one password hash for all: hashing is slow on purpose) and a workshop."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from dialogues.models import Case
    from workshops.models import Workshop

    if not Case.objects.filter(slug=CASE, script__isnull=False).exists():
        call_command("loaddata", "cases", "client_scripts", verbosity=0)
    User = get_user_model()
    hashed = make_password(PASSWORD)
    existing = set(
        User.objects.filter(username__startswith="bench-coach-").values_list("username", flat=True)
    )
    User.objects.bulk_create(
        User(username=f"bench-coach-{n}", password=hashed)
        for n in range(coaches)
        if f"bench-coach-{n}" not in existing
    )
    User.objects.filter(username__startswith="bench-coach-").update(password=hashed)
    trainer, _ = User.objects.get_or_create(username=BENCH_TRAINER)
    trainer.groups.add(Group.objects.get(name="trainer"))
    workshop = Workshop.objects.create(name=f"Bench {time.strftime('%H:%M:%S')}", trainer=trainer)
    case = Case.objects.get(slug=CASE)
    return workshop.join_code, case.pk


def bench_accounts():
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    return get_user_model().objects.filter(
        Q(username__startswith=BENCH_COACH_PREFIX) | Q(username=BENCH_TRAINER)
    )


def cleanup():
    """Remove the bench accounts with everything they made (practices, the workshop with its
    participants and rooms, login records), as deleting an account in the app does."""
    from privacy.forget import forget_user

    removed = 0
    for user in bench_accounts():
        forget_user(user)
        removed += 1
    return removed


def verify(keys):
    """Every acknowledged key exactly once in the database."""
    from django.db.models import Count

    from dialogues.models import Turn

    counts = dict(
        Turn.objects.filter(submission_key__in=keys)
        .values_list("submission_key")
        .annotate(n=Count("id"))
        .values_list("submission_key", "n")
    )
    counts = {str(k): v for k, v in counts.items()}
    missing = [k for k in keys if k not in counts]
    doubled = [k for k, n in counts.items() if n > 1]
    return missing, doubled


def check_loopback(url):
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return
    try:
        if ipaddress.ip_address(host).is_loopback:
            return
    except ValueError:
        pass
    raise SystemExit(f"loadbench only runs against a loopback address, not {host!r}")


async def run(args, code, case_pk):
    start = time.monotonic()
    deadline = start + args.duration
    stats = Stats(args.max_requests, start + args.warmup)
    acknowledged = []
    tasks = []
    ramp = args.ramp
    for n in range(args.coaches):
        delay = ramp * n / max(1, args.coaches)
        tasks.append(coach(n, args.url, stats, deadline, args.think, acknowledged, delay))
    triads = args.room_participants // 3
    for t in range(triads):
        box = {"code": code, "case": case_pk, "ready": asyncio.Event()}
        for r, role in enumerate(("coach", "client", "observer")):
            delay = ramp * (3 * t + r) / max(1, args.room_participants)
            tasks.append(
                room_member(
                    3 * t + r, role, box, args.url, stats, deadline, args.poll, acknowledged, delay
                )
            )
    tasks.append(bare(args.url, stats, deadline, args.bare_every))
    faults = []
    fault_tasks = []
    if args.kill_worker_at is not None:
        fault_tasks.append(fault(args.kill_worker_at, kill_worker(args.gunicorn_pid), faults))
    if args.restart_db_at is not None:
        fault_tasks.append(fault(args.restart_db_at, restart_db(args.restart_db_cmd), faults))
    if args.lock_sqlite_at is not None:
        fault_tasks.append(fault(args.lock_sqlite_at, lock_sqlite(args.lock_seconds), faults))
    fault_jobs = [asyncio.ensure_future(f) for f in fault_tasks]
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=args.duration + 90)
    for job in fault_jobs:
        job.cancel()
    return stats, acknowledged, faults, time.monotonic() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--coaches", type=int, default=50)
    parser.add_argument("--room-participants", type=int, default=0, help="in threes")
    parser.add_argument("--duration", type=float, default=120, help="seconds")
    parser.add_argument("--ramp", type=float, default=20, help="seconds over which people start")
    parser.add_argument("--warmup", type=float, default=None, help="not measured (default: ramp)")
    parser.add_argument("--think", type=float, nargs=2, default=(2.0, 5.0), metavar=("MIN", "MAX"))
    parser.add_argument("--poll", type=float, default=1.0, help="room poll interval (s)")
    parser.add_argument("--bare-every", type=float, default=0.5, help="bare page interval (s)")
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--kill-worker-at", type=float, help="seconds into the run")
    parser.add_argument("--gunicorn-pid", type=int, help="the gunicorn master's pid")
    parser.add_argument("--restart-db-at", type=float, help="seconds into the run")
    parser.add_argument("--restart-db-cmd", default="", help="shell command that restarts the DB")
    parser.add_argument("--lock-sqlite-at", type=float, help="seconds into the run (SQLite)")
    parser.add_argument("--lock-seconds", type=float, default=15, help="how long it is held")
    parser.add_argument(
        "--keep-accounts",
        action="store_true",
        help="leave the bench accounts and what they made (removed by default; --cleanup later)",
    )
    parser.add_argument(
        "--cleanup", action="store_true", help="only remove bench accounts left by earlier runs"
    )
    args = parser.parse_args()
    check_loopback(args.url)
    if args.warmup is None:
        args.warmup = args.ramp
    if args.kill_worker_at is not None and not args.gunicorn_pid:
        parser.error("--kill-worker-at needs --gunicorn-pid")
    if args.restart_db_at is not None and not args.restart_db_cmd:
        parser.error("--restart-db-at needs --restart-db-cmd")

    django_setup()
    if args.cleanup:
        print(f"bench accounts removed: {cleanup()}")
        return 0
    code, case_pk = setup(args.coaches)
    try:
        return measure(args, code, case_pk)
    finally:
        if not args.keep_accounts:
            from django.db import close_old_connections

            close_old_connections()
            print(f"bench accounts removed: {cleanup()}")


def measure(args, code, case_pk):
    load_before = os.getloadavg()[0]
    workers = worker_pids(args.gunicorn_pid) if args.gunicorn_pid else []
    cpu_before = cpu_seconds(workers), cpu_seconds(postgres_pids())
    stats, acknowledged, faults, elapsed = asyncio.run(run(args, code, case_pk))
    cpu_after = (
        cpu_seconds(worker_pids(args.gunicorn_pid) if workers else []),
        cpu_seconds(postgres_pids()),
    )

    print(
        f"loadbench: {args.coaches} coaches, {args.room_participants // 3 * 3} room participants,"
        f" {elapsed:.0f} s (measured after {args.warmup:.0f} s), {stats.count} requests"
    )
    print(stats.table())
    own = os.times()
    print(
        f"load generator CPU: {own.user + own.system:.1f} s;"
        f" machine: {os.cpu_count()} cores, load average {load_before:.1f} before the run,"
        f" {os.getloadavg()[0]:.1f} after (this benchmark and the server included)"
    )
    for line in faults:
        print("fault:", line)
    if args.gunicorn_pid:
        rss = [(pid, rss_mib(pid)) for pid in worker_pids(args.gunicorn_pid)]
        print(
            "worker RSS after the run: " + ", ".join(f"{pid}: {m:.0f} MiB" for pid, m in rss if m)
        )
        app_cpu = cpu_used(cpu_before[0], cpu_after[0])
        db_cpu = cpu_used(cpu_before[1], cpu_after[1])
        print(
            f"server CPU during the run: gunicorn workers {app_cpu:.1f} s"
            f" ({1000 * app_cpu / max(1, stats.count):.1f} ms per request, logins included)"
            + (f", PostgreSQL {db_cpu:.1f} s" if db_cpu else "")
            + f", in {elapsed:.0f} s on"
            f" {os.cpu_count()} cores"
        )
        if workers and set(workers) != {pid for pid, _ in rss}:
            print(f"workers replaced during the run: {sorted(set(workers) - {p for p, _ in rss})}")
    from django.db import close_old_connections

    close_old_connections()
    missing, doubled = verify(acknowledged)
    print(
        f"acknowledged turns: {len(acknowledged)}, missing in the database: {len(missing)},"
        f" stored twice: {len(doubled)}"
    )
    failures = sum(stats.failures.values())
    return 1 if missing or doubled else (2 if failures else 0)


if __name__ == "__main__":
    sys.exit(main())
