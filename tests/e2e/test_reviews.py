"""A trainer imports a pasted transcript, confirms one flag, rejects one, adds a missed marker by
selecting words, comments, and sees the agreement table and the JSONL export change."""

import json

import pytest
from django.contrib.auth.models import Group, Permission
from playwright.sync_api import expect

from dialogues.models import Dialogue

TRANSCRIPT = """Coach: Wat is er gebeurd?
Cliënt: De directie is erop uit om mij onderuit te halen. Da's toch duidelijk.
Coach: Je moet gewoon met je baas gaan praten.
Cliënt: Ik ging naar huis en at een boterham.
Vader: Hij luistert nooit."""


@pytest.fixture(scope="module", autouse=True)
def deduce_ready():
    """The live server runs in this process: load deduce before a page waits for it."""
    from reviews.deidentify import warm_up

    warm_up()


@pytest.fixture
def review_trainer(django_user_model):
    # Browser tests flush the database between tests: make the group and its permission again.
    group, _created = Group.objects.get_or_create(name="trainer")
    group.permissions.add(Permission.objects.get(codename="review_transcripts"))
    user = django_user_model.objects.create_user("trainer", password="geheim-wachtwoord-2")
    user.groups.add(group)
    return user


def select_words(page, turn, words):
    """Select `words` in a turn's text the way a mouse would (the selection may cross the
    highlighter's <mark> elements and their labels), then release the button."""
    page.evaluate(
        """([selector, words]) => {
          const root = document.querySelector(selector);
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
            acceptNode: (n) => n.parentElement.closest('.label, .tip')
              ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
          const nodes = [];
          while (walker.nextNode()) nodes.push(walker.currentNode);
          const text = nodes.map((n) => n.data).join('');
          const from = text.indexOf(words), to = from + words.length;
          if (from < 0) throw new Error('words not found: ' + words);
          const point = (offset, isEnd) => {
            let seen = 0;
            for (const node of nodes) {
              if (offset < seen + node.length || (isEnd && offset === seen + node.length)) {
                return [node, offset - seen];
              }
              seen += node.length;
            }
          };
          const range = document.createRange();
          range.setStart(...point(from, false));
          range.setEnd(...point(to, true));
          const selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
        }""",
        [f"#{turn.get_attribute('id')} .text", words],
    )


def expect_selected(turn, text, words):
    form = turn.locator(".add-marker-form")
    start = text.index(words)
    expect(form.locator("input[name=words]")).to_have_value(words)
    expect(form.locator("input[name=start]")).to_have_value(str(start))
    expect(form.locator("input[name=end]")).to_have_value(str(start + len(words)))


def export_lines(page, url):
    response = page.request.get(url)
    assert response.ok
    return [json.loads(line) for line in response.text().splitlines()]


def test_import_review_and_agreement(page, live_server, login, review_trainer):
    login("trainer", "geheim-wachtwoord-2")
    page.get_by_role("link", name="Transcripten", exact=True).click()
    page.get_by_role("link", name="Transcript importeren").click()
    page.get_by_label("Titel").fill("Oefensessie groep 2")
    page.get_by_label("Plak het transcript").fill(TRANSCRIPT)
    page.get_by_role("button", name="Voorbeeld bekijken").click()

    # Preview: nothing saved yet; 'Vader' is unknown and must be mapped.
    expect(page.get_by_role("heading", level=1)).to_contain_text("Voorbeeld")
    expect(page.locator(".preview-turns .turn")).to_have_count(5)
    assert not Dialogue.objects.exists()
    page.get_by_label("Wie is ‘Vader’?").select_option("other")
    page.get_by_role("button", name="Transcript bewaren").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Oefensessie groep 2")
    dialogue = Dialogue.objects.get()
    detail_url = page.url
    jsonl_url = f"{live_server.url}/transcripten/{dialogue.pk}/oordelen.jsonl"
    assert export_lines(page, jsonl_url) == []  # nothing judged yet

    turns = page.locator(".review-turn")
    expect(turns).to_have_count(5)
    client_turn = turns.nth(1)
    flags = client_turn.locator(".flag")
    assert flags.count() >= 2, "the analyser should flag the client's second turn"
    confirmed = flags.nth(0).locator(".code-chip").inner_text()
    rejected = flags.nth(1).locator(".code-chip").inner_text()

    # Confirm one flag, reject another: saved at once (htmx), shown with who and when.
    flags.nth(0).get_by_role("button", name="klopt", exact=False).first.click()
    expect(client_turn.locator(".flag").nth(0)).to_contain_text("bevestigd door jou")
    client_turn.locator(".flag").nth(1).get_by_role("button", name="klopt niet").click()
    expect(client_turn.locator(".flag").nth(1)).to_contain_text("afgewezen door jou")

    # Selecting words across a highlighted marker and its label gives offsets in the plain text.
    coach_text = dialogue.turns.get(position=3).text
    select_words(page, turns.nth(2), "gewoon met je baas")
    expect_selected(turns.nth(2), coach_text, "gewoon met je baas")

    # Add a missed marker by selecting words after the highlighted ones.
    select_words(page, client_turn, "onderuit te halen")
    expect_selected(client_turn, dialogue.turns.get(position=2).text, "onderuit te halen")
    form = client_turn.locator(".add-marker-form")
    code_select = form.get_by_label("Signaal")
    added_code = code_select.locator("option").nth(1).get_attribute("value")
    added_label = code_select.locator("option").nth(1).inner_text()
    code_select.select_option(added_code)
    form.get_by_role("button", name="Signaal toevoegen").click()
    added = client_turn.locator(".added")
    expect(added).to_contain_text(added_label)
    expect(added).to_contain_text("“onderuit te halen”")
    expect(client_turn.locator('mark[data-rules*="trainer:"]')).to_be_visible()

    # Words that are not in the turn: the error shows in the turn (htmx swaps it in).
    coach_form = turns.nth(2).locator(".add-marker-form")
    coach_form.locator("select[name=code]").select_option(index=1)
    coach_form.locator("input[name=words]").fill("staat er niet")
    coach_form.get_by_role("button", name="Signaal toevoegen").click()
    expect(turns.nth(2).locator(".add-marker-form .error")).to_contain_text(
        "De woorden ‘staat er niet’ staan niet in deze beurt."
    )

    # Comment on the coach's advice.
    coach_turn = turns.nth(2)
    coach_turn.get_by_label("Opmerking bij beurt 3").fill(
        "Hier geeft de coach advies <b>te snel</b>."
    )
    coach_turn.get_by_role("button", name="Opmerking plaatsen").click()
    expect(coach_turn.locator(".comment")).to_contain_text("advies <b>te snel</b>.")
    expect(coach_turn.locator(".comment")).to_contain_text("trainer,")

    # Everything is still there after a reload.
    page.goto(detail_url)
    expect(page.locator(".review-turn").nth(2).locator(".comment")).to_have_count(1)

    # Agreement per code: one confirmed, one rejected, one added.
    page.get_by_role("link", name="Samenvatting en overeenstemming").click()
    table = page.locator("table.agreement")
    expect(table).to_be_visible()
    row = table.locator("tr", has=page.locator(".code-chip", has_text=confirmed))
    expect(row.locator("td").nth(0)).to_have_text("1")
    row = table.locator("tr", has=page.locator(".code-chip", has_text=rejected))
    expect(row.locator("td").nth(1)).to_have_text("1")
    row = table.locator("tr", has=page.locator(".code-chip", has_text=added_label))
    expect(row.locator("td").nth(2)).to_have_text("1")
    expect(page.locator("svg.review-chart").first).to_be_visible()

    # The JSONL export (evaluation format) follows the judgements.
    lines = export_lines(page, jsonl_url)
    second = next(line for line in lines if line["id"].endswith("-2"))
    judgements = {j.verdict: j.code for j in dialogue.turns.get(position=2).judgements.all()}
    assert set(second["labels"]) == {judgements["confirm"], judgements["add"]}
    assert judgements["reject"] not in second["labels"] + second["optional"]
