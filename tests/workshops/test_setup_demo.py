import pytest
from django.core.management import call_command

from workshops.models import Exercise

pytestmark = pytest.mark.django_db


def test_setup_demo_loads_the_ready_made_exercises(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-wachtwoord-123")
    call_command("setup_demo", stdout=None)
    assert Exercise.objects.filter(owner__isnull=True).count() >= 12
    # Running it again does not duplicate them.
    call_command("setup_demo")
    assert Exercise.objects.count() == len(set(Exercise.objects.values_list("title", flat=True)))


def test_setup_demo_refuses_a_short_demo_password(monkeypatch):
    from django.core.management import CommandError

    monkeypatch.setenv("DEMO_PASSWORD", "kort123")
    with pytest.raises(CommandError, match="DEMO_PASSWORD"):
        call_command("setup_demo")


def test_setup_demo_draws_long_passwords(monkeypatch):
    import io

    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    out = io.StringIO()
    call_command("setup_demo", stdout=out)
    passwords = [
        line.split("wachtwoord:")[1].strip()
        for line in out.getvalue().splitlines()
        if "wachtwoord:" in line
    ]
    assert len(passwords) == 2 and all(len(p) >= 12 for p in passwords)
