"""Helpers for tests that run the app in other processes against the test database."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

from django.db import connection

ROOT = Path(__file__).resolve().parent.parent


def child_env(**extra):
    """The environment of a child process that uses this test run's database."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "SQLITE_PATH"}}
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        env["SQLITE_PATH"] = str(db["NAME"])
    else:
        user, password = quote(db["USER"] or ""), quote(db["PASSWORD"] or "")
        host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
        env["DATABASE_URL"] = f"postgres://{user}:{password}@{host}:{port}/{db['NAME']}"
    env.pop("CACHE_URL", None)
    env.update(extra)
    return env


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(workers=1, threads=1, log_path=None, **extra):
    """gunicorn with the project's config on a free loopback port; returns (process, url)."""
    port = free_port()
    env = child_env(
        DEBUG="1",
        BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY=str(workers),
        GUNICORN_THREADS=str(threads),
        **extra,
    )
    log = open(log_path, "w") if log_path else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "coachapp/gunicorn.conf.py", "coachapp.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    return process, f"http://127.0.0.1:{port}"


def wait_for_log(path, text, count=1, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if Path(path).read_text().count(text) >= count:
            return True
        time.sleep(0.2)
    return False
