"""The trainers' script page: edit lines and tags, a dry run with reasons, checks on save."""

import pytest
from django.urls import reverse

from dialogues.forms import TAG_FIELDS
from dialogues.models import ClientScript, Practice

pytestmark = pytest.mark.django_db

URL = reverse("dialogues:script_edit", args=["client-a"])


def form_data(script, **changes):
    lines = list(script.lines.all())
    data = {
        "start_openness": script.start_openness,
        "start_affect": script.start_affect,
        "notes": script.notes,
        "styles": script.styles,
        "topics_text": "\n".join(
            f"{t['id']} | {t['kind']} | {t['label']} | {', '.join(t['words'])}"
            for t in script.topics
        ),
        "turns": "Wat voelde je toen?\nJe moet gewoon met ze praten.",
        "style": "plain",
        "mode": "conversation",
        "openness": 5,
        "lines-TOTAL_FORMS": len(lines),
        "lines-INITIAL_FORMS": len(lines),
        "lines-MIN_NUM_FORMS": 0,
        "lines-MAX_NUM_FORMS": 1000,
    }
    for i, line in enumerate(lines):
        data[f"lines-{i}-id"] = line.pk
        for name in ["order", "key", "kind", "text", "min_openness", "max_openness"]:
            data[f"lines-{i}-{name}"] = getattr(line, name)
        data[f"lines-{i}-affect"] = "" if line.affect is None else line.affect
        for name in TAG_FIELDS:
            data[f"lines-{i}-{name}"] = ", ".join(getattr(line, name))
    data.update(changes)
    return data, lines


def index_of(lines, key):
    return next(i for i, line in enumerate(lines) if line.key == key)


def test_only_trainers_see_the_script_page(client, coach, trainer, script):
    client.force_login(coach)
    assert client.get(URL).status_code == 404
    data, _ = form_data(script)
    assert client.post(URL, {**data, "action": "save"}).status_code == 404
    assert "Script van de gespeelde" not in client.get("/casussen/client-a/").content.decode()
    client.force_login(trainer)
    page = client.get(URL)
    assert page.status_code == 200
    assert URL in client.get("/casussen/client-a/").content.decode()


def test_the_page_shows_a_dry_run_of_example_turns_with_reasons(client, trainer, script):
    client.force_login(trainer)
    html = client.get(URL).content.decode()
    dry = html.split('id="dry-run"')[1].split("</table>")[0]
    assert "Wat ging er door je heen toen dat gebeurde?" in dry
    assert "a-feeling-1" in dry and "antwoord dat past bij gevoel" in dry
    assert "reactie op advies" in dry  # the advice example
    response = client.get(URL, {"turns": "Hoe is het om hier met mij te praten?"})
    assert "a-here-1" in response.content.decode()


def test_a_trainer_edits_a_line_and_tries_it_before_saving(client, trainer, script):
    client.force_login(trainer)
    data, lines = form_data(script)
    i = index_of(lines, "a-feeling-1")
    data[f"lines-{i}-text"] = "Kwaad. Woest, eigenlijk."
    tried = client.post(URL, {**data, "action": "try"}).content.decode()
    assert "Kwaad. Woest, eigenlijk." in tried.split('id="dry-run"')[1].split("</table>")[0]
    assert script.lines.get(key="a-feeling-1").text != "Kwaad. Woest, eigenlijk."  # not saved
    before = Practice.start(trainer, script.case)
    before.respond("Wat voelde je toen?")  # the played script is kept per version …
    response = client.post(URL, {**data, "action": "save"})
    assert response.status_code == 302
    assert script.lines.get(key="a-feeling-1").text == "Kwaad. Woest, eigenlijk."
    practice = Practice.start(trainer, ClientScript.objects.get(pk=script.pk).case)
    _coach, reply = practice.respond("Wat voelde je toen?")  # … and a saved edit is a new one
    assert reply.text == "Kwaad. Woest, eigenlijk."


def test_tags_and_topics_are_edited_as_text(client, trainer, script):
    client.force_login(trainer)
    data, lines = form_data(script)
    i = index_of(lines, "a-body-1")
    data[f"lines-{i}-topics"] = "briefje, gevoel-boos"
    data["topics_text"] += "\nparkeerplaats | word | de parkeerplaats | parkeerplaats, parkeren"
    assert client.post(URL, {**data, "action": "save"}).status_code == 302
    script.refresh_from_db()
    assert script.lines.get(key="a-body-1").topics == ["briefje", "gevoel-boos"]
    assert script.topics[-1] == {
        "id": "parkeerplaats",
        "kind": "word",
        "label": "de parkeerplaats",
        "words": ["parkeerplaats", "parkeren"],
    }


def test_a_script_that_cannot_be_played_is_refused_with_reasons(client, trainer, script):
    client.force_login(trainer)
    data, lines = form_data(script)
    data[f"lines-{index_of(lines, 'a-d-body')}-DELETE"] = "on"
    data[f"lines-{index_of(lines, 'a-feeling-3')}-requires"] = "a-bestaat-niet"
    data[f"lines-{index_of(lines, 'a-motive-1')}-aspects"] = "gevoelens"
    html = client.post(URL, {**data, "action": "save"}).content.decode()
    assert "Zo kan het script nog niet gespeeld worden" in html
    assert "het lijf" in html and "a-bestaat-niet" in html and "gevoelens" in html
    assert script.lines.filter(key="a-d-body").exists()
    data, _ = form_data(script, topics_text="kapot")
    html = client.post(URL, {**data, "action": "save"}).content.decode()
    assert "verwacht ‘id | soort | omschrijving | woorden’" in html
