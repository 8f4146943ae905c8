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
    answers = scripts["client-a"].lines.filter(kind="answer")
    told = " ".join(line.text.lower() for line in answers)
    for word in ["briefje", "boos", "terugpakken", "minkukel", "kleine jongen"]:
        assert word in told
    deep = {line.key: line for line in answers if line.min_openness >= 7}
    assert "a-other-2" in deep and deep["a-other-2"].requires == ["a-feeling-3"]


@pytest.mark.parametrize("slug", SCRIPTED_CASES)
def test_every_case_is_playable_in_several_styles(scripts, slug):
    assert len(scripts[slug].style_choices) >= 2
