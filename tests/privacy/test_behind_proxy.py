"""Behind the README's nginx: every request comes from 127.0.0.1, the client is in X-Forwarded-For.
A stranger's wrong passwords must not lock the trainer out (the lock is per username+address)."""

import logging
import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from workshops import ratelimit

pytestmark = pytest.mark.django_db

README = Path(__file__).resolve().parents[2] / "README.md"


def attempt(client, password, client_address):
    return client.post(
        reverse("login"),
        {"username": "trainer", "password": password},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=client_address,
    )


def test_the_documented_setup_trusts_the_proxys_header():
    section = README.read_text().split("## Running it for a group", 1)[1].split("\n## ", 1)[0]
    commands = re.search(r"```sh\n(.*?)```", section, re.S).group(1)
    assert "WORKSHOP_TRUST_X_FORWARDED_FOR=1" in commands
    assert "create_trainer" in commands and "createsuperuser" not in commands


def test_a_stranger_cannot_lock_the_trainer_out(trainer, settings):
    settings.WORKSHOP_TRUST_X_FORWARDED_FOR = True
    stranger = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT + 2):
        attempt(stranger, "fout", "203.0.113.5")
    assert attempt(stranger, "geheim-wachtwoord-2", "203.0.113.5").status_code == 429
    assert attempt(Client(), "geheim-wachtwoord-2", "198.51.100.7").status_code == 302


def test_an_untrusted_proxy_header_is_warned_about_once(caplog, monkeypatch, settings):
    settings.WORKSHOP_TRUST_X_FORWARDED_FOR = False
    monkeypatch.setattr(ratelimit, "_warned_about_proxy", False)
    with caplog.at_level(logging.WARNING, logger="workshops.ratelimit"):
        for address in ("203.0.113.5", "198.51.100.7"):
            attempt(Client(), "fout", address)
    warnings = [r for r in caplog.records if "WORKSHOP_TRUST_X_FORWARDED_FOR" in r.getMessage()]
    assert len(warnings) == 1
