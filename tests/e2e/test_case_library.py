from playwright.sync_api import expect


def test_coach_logs_in_and_reads_client_a(page, live_server, login, cases, coach):
    login("coach", "geheim-wachtwoord-1")
    expect(page.get_by_role("heading", name="Casussen")).to_be_visible()
    page.get_by_role("link", name="Cliënt A").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Cliënt A")
    first_client_turn = page.locator(".turn-client .text").first
    expect(first_client_turn).to_contain_text("De directie")
