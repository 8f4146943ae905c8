"""bench_practice runs, prints its figures and leaves the database as it was."""

import re
from io import StringIO

import pytest
from django.core.management import call_command

from dialogues.models import Dialogue, Turn

pytestmark = pytest.mark.django_db


def test_bench_practice_prints_median_and_p95_and_rolls_back():
    out = StringIO()
    call_command("bench_practice", turns=4, per_session=2, stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("bare Django view") and lines[1].startswith("role-play turn")
    for line in lines:
        assert re.search(r"n=\s*4\s+median\s+[\d.]+ ms\s+p95\s+[\d.]+ ms", line)
    assert not Dialogue.objects.exists() and not Turn.objects.exists()
