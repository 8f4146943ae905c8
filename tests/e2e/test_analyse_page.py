from playwright.sync_api import expect


def test_analysis_updates_as_you_type(page, live_server, login, coach):
    login("coach", "geheim-wachtwoord-1")
    page.goto(f"{live_server.url}/analyse/")
    page.get_by_label("Uitspraak").fill("Die minkukels doen het expres.")
    result = page.locator("#result")
    expect(result.locator("mark.marker").first).to_be_visible()
    expect(result).to_contain_text("veronderstelde bedoeling")
    expect(result).to_contain_text("Niet-wetende vervolgvragen")
