"""scripts/loadbench.py's accounts: a password of this run only, and gone after the run."""

import importlib.util
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from dialogues.models import Case, Practice
from workshops.models import Workshop

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "loadbench.py"


def load_script():
    spec = importlib.util.spec_from_file_location("loadbench", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.django_db
def test_bench_accounts_get_a_fresh_password_and_are_removed(cases):
    first, second = load_script(), load_script()
    assert first.PASSWORD != second.PASSWORD and len(first.PASSWORD) >= 24
    assert "bench-wachtwoord-2718" not in SCRIPT.read_text()

    first.setup(2)
    users = get_user_model().objects.filter(username__startswith="bench-")
    assert users.count() == 3
    coach = users.get(username="bench-coach-0")
    assert coach.check_password(first.PASSWORD)
    Practice.start(coach, Case.objects.get(slug=first.CASE))
    get_user_model().objects.create_user("someone-else")

    assert first.cleanup() == 3
    assert not users.exists()
    assert not Workshop.objects.filter(trainer__username="bench-trainer").exists()
    assert not Practice.objects.exists()
    assert get_user_model().objects.filter(username="someone-else").exists()
