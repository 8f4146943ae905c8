"""The shipped client scripts load, validate, and stay in their client's voice."""

import pytest
from django.core.management import call_command

from dialogues.models import ClientScript

pytestmark = pytest.mark.django_db

SCRIPTED_CASES = ["client-a", "client-b", "client-c", "patient-a"]


@pytest.fixture
def scripts(cases):
    call_command("loaddata", "client_scripts", verbosity=0)
    return {script.case.slug: script for script in ClientScript.objects.select_related("case")}


def test_every_practice_case_has_a_script(scripts):
    assert sorted(scripts) == sorted(SCRIPTED_CASES) or set(SCRIPTED_CASES) <= set(scripts)


@pytest.mark.parametrize("slug", SCRIPTED_CASES)
def test_script_is_playable(scripts, slug):
    script = scripts[slug]
    script.validate_lines()
    for line in script.lines.all():
        line.full_clean()


@pytest.mark.parametrize("slug", SCRIPTED_CASES)
def test_no_line_is_repeated_within_a_script(scripts, slug):
    texts = [line.text for line in scripts[slug].lines.all()]
    assert len(texts) == len(set(texts))


def test_client_a_opens_up_about_the_letter_and_wonders_about_the_board(scripts):
    path = " ".join(line.text.lower() for line in scripts["client-a"].lines.filter(pool="path"))
    for word in ["brief", "boos", "terugpakken", "minkukels"]:
        assert word in path
