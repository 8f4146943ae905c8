"""Serving: state shared across processes, gunicorn's workers, a busy or unreachable database."""

import re
import sqlite3
import subprocess
import sys
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.core.cache import cache
from django.db import OperationalError, connection
from django.test import Client, RequestFactory
from django.urls import reverse

from dialogues.models import Case, Practice, Turn
from workshops import ratelimit

from .serving import ROOT, child_env, start_gunicorn, wait_for_log

BUSY_TEXT = "De server is even te druk"

RECORD_FIVE = """
import os
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from workshops import ratelimit
request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.7")
request.session = SessionStore(session_key=os.environ["BENCH_SESSION_KEY"])
for _ in range(5):
    ratelimit.record_failure(request)
"""


@pytest.fixture
def shared_cache(transactional_db):
    cache.clear()
    yield cache
    cache.clear()


def browser(address, session_key=None):
    request = RequestFactory().get("/", REMOTE_ADDR=address)
    request.session = SessionStore(session_key=session_key)
    return request


def test_two_processes_share_the_join_code_counters(shared_cache):
    """Two server processes count one browser's wrong codes together (CACHE_URL: database)."""
    session = SessionStore()
    session.create()
    command = [sys.executable, "manage.py", "shell", "-c", RECORD_FIVE]
    env = child_env(BENCH_SESSION_KEY=session.session_key)
    children = [
        subprocess.Popen(command, cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for child in children:
        assert child.wait(timeout=120) == 0, child.stderr.read()
    per_browser, per_address = ratelimit._keys(browser("203.0.113.7", session.session_key))
    assert shared_cache.get(per_browser) == 10
    assert shared_cache.get(per_address) == 10
    assert ratelimit.is_blocked(browser("203.0.113.7", session.session_key))
    assert not ratelimit.is_blocked(browser("203.0.113.8", session.session_key))


def test_gunicorn_builds_the_analyser_once_per_worker_before_requests(transactional_db, tmp_path):
    log = tmp_path / "gunicorn.log"
    process, url = start_gunicorn(workers=1, threads=4, log_path=log)
    try:
        assert wait_for_log(log, "analyser ready"), log.read_text()
        with ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(lambda _: httpx.get(f"{url}/inloggen/").status_code, range(8)))
        assert statuses == [200] * 8
        assert log.read_text().count("analyser ready") == 1
        assert "Using worker: gthread" in log.read_text()
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def practice(cases, coach):
    from django.core.management import call_command

    call_command("loaddata", "client_scripts", verbosity=0)
    return Practice.start(coach, Case.objects.get(slug="client-a"))


def turn_post(client, practice, key, htmx=True):
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post(
        reverse("dialogues:practice_turn", args=[practice.pk]),
        {"text": "Wat bedoel je precies?", "key": key},
        headers=headers,
    )


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's write lock")
def test_a_long_writer_on_sqlite_gives_a_dutch_503_and_the_turn_can_be_sent_again(
    transactional_db, practice, coach
):
    client = Client()
    client.force_login(coach)
    key = str(uuid.uuid4())
    writer = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        connection.ensure_connection()
        connection.connection.execute("PRAGMA busy_timeout = 300")  # SQLITE_TIMEOUT, shortened
        for htmx in (True, False):
            response = turn_post(client, practice, key, htmx=htmx)
            assert response.status_code == 503
            assert BUSY_TEXT in response.content.decode()
            assert response["Retry-After"]
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert not Turn.objects.filter(submission_key=key).exists()
    assert turn_post(client, practice, key).status_code == 200
    assert turn_post(client, practice, key).status_code == 200  # the retry of the retry
    assert Turn.objects.filter(submission_key=key).count() == 1


def test_database_gone_during_a_turn_gives_503_with_a_message_for_htmx(
    db, practice, coach_client, monkeypatch
):
    def gone(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(Practice, "_respond", gone)  # inside the turn's transaction
    response = turn_post(coach_client, practice, str(uuid.uuid4()))
    assert response.status_code == 503
    assert response["HX-Reswap"] == "none"
    body = response.content.decode()
    assert 'hx-swap-oob="afterbegin:#main"' in body
    assert BUSY_TEXT in body
    assert "<html" not in body


def test_database_gone_after_the_view_gives_503_not_500(db, coach, monkeypatch):
    def gone(self, must_create=False):
        raise OperationalError("database is locked")

    monkeypatch.setattr(SessionStore, "save", gone)
    client = Client(raise_request_exception=False)
    response = client.post(
        reverse("login"), {"username": "coach", "password": "geheim-wachtwoord-1"}
    )
    assert response.status_code == 503
    assert BUSY_TEXT in response.content.decode()


def test_the_load_benchmark_runs_against_gunicorn_and_loses_no_turn(transactional_db, tmp_path):
    """scripts/loadbench.py for a few seconds (2 coaches, one room), one worker killed midway."""
    log = tmp_path / "gunicorn.log"
    process, url = start_gunicorn(workers=2, log_path=log)
    try:
        assert wait_for_log(log, "analyser ready", count=2), log.read_text()
        result = subprocess.run(
            [
                sys.executable, "scripts/loadbench.py", "--url", url, "--coaches", "2",
                "--room-participants", "3", "--duration", "6", "--ramp", "0.5",
                "--think", "0.2", "0.4", "--poll", "0.5", "--kill-worker-at", "3",
                "--gunicorn-pid", str(process.pid),
            ],
            cwd=ROOT, env=child_env(), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    finally:
        process.terminate()
        process.wait(timeout=30)
    out = result.stdout
    assert result.returncode in (0, 2), out + result.stderr  # 2: requests failed (the kill)
    assert "fault: " in out and "kill -9 worker" in out
    rows = {line.split()[0] for line in out.splitlines() if line[:1].isalpha()}
    assert {"turn", "room", "bare", "login"} <= rows, out
    acknowledged = re.search(
        r"acknowledged turns: (\d+), missing in the database: 0, stored twice: 0", out
    )
    assert acknowledged and int(acknowledged.group(1)) > 5, out
    assert "bench accounts removed: 3" in out, out  # two coaches and the trainer, with their data


def test_a_new_postgresql_connection_waits_for_a_restarting_server(monkeypatch, settings):
    from django.db.backends.postgresql import base as django_postgresql
    from psycopg import OperationalError as PsycopgOperationalError

    from coachapp.db.postgresql.base import DatabaseWrapper

    attempts = []

    def refuse_twice(self, conn_params):
        attempts.append(time.monotonic())
        if len(attempts) <= 2:
            raise PsycopgOperationalError("the database system is starting up")
        return "connection"

    monkeypatch.setattr(django_postgresql.DatabaseWrapper, "get_new_connection", refuse_twice)
    settings.DB_CONNECT_RETRY_SECONDS = 5
    wrapper = DatabaseWrapper({"NAME": "x"})
    assert wrapper.get_new_connection({}) == "connection"
    assert len(attempts) == 3
    settings.DB_CONNECT_RETRY_SECONDS = 0.05
    attempts.clear()
    with pytest.raises(PsycopgOperationalError):
        DatabaseWrapper({"NAME": "x"}).get_new_connection({})


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's connections")
def test_the_health_check_asks_postgresql_only_when_the_connection_may_be_gone(
    transactional_db, monkeypatch
):
    import psycopg
    from django.db import connections

    wrapper = connections["default"]
    asked = []
    is_usable = type(wrapper).is_usable
    monkeypatch.setattr(type(wrapper), "is_usable", lambda self: asked.append(1) or is_usable(self))

    def next_request_queries():
        connection.health_check_done = False  # what the start of every request does
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            return cursor.fetchone()[0]

    assert connection.health_check_enabled
    first = next_request_queries()
    assert next_request_queries() == first and asked == []  # idle and quiet: no SELECT 1
    # The server ends the connection, as a restart does for every connection it has.
    with psycopg.connect(**connection.get_connection_params(), autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [first])
    deadline = time.monotonic() + 5
    while wrapper._idle_and_quiet() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert next_request_queries() != first  # checked, closed and connected anew: no error
    assert asked == [1]


def test_the_database_cache_counts_atomically_and_keeps_the_window(shared_cache):
    shared_cache.add("counter", 1, timeout=600)
    table = connection.ops.quote_name("coachapp_cache")

    def expires():
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT expires FROM {table}")  # noqa: S608
            return cursor.fetchone()[0]

    def bump(_):
        try:
            return shared_cache.incr("counter")
        finally:
            connection.close()  # this thread's own connection

    window_end = expires()
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(bump, range(20)))
    assert shared_cache.get("counter") == 21
    assert expires() == window_end  # a fixed window: counting does not move its end
    with pytest.raises(ValueError):
        shared_cache.incr("never-added")
