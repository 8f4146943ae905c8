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
