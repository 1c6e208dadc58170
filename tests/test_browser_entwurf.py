"""In real Chromium: paste an inquiry, see similar earlier questions, copy an answer."""

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def clipboard_page(browser, live_server):
    """A page allowed to use the clipboard; fails the test on any console error."""
    context = browser.new_context(locale="de-DE", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert errors == [], f"console errors: {errors}"


def test_paste_find_similar_questions_and_copy_the_answer_as_markdown(clipboard_page, live_server):
    page = clipboard_page
    page.goto(f"{live_server}/-/entwurf")
    page.fill("#entwurf-text", "1. Gibt es eine Prioritätenliste für zu digitalisierende Prozesse?")
    page.click("text=Ähnliche Fragen suchen")
    first = page.locator(".treffer").first
    assert "Prioritätenliste" in first.locator("strong").inner_text()
    assert first.locator("a").get_attribute("href").endswith("/anfragen/inquiries/mainz-2024-1424#frage-5")
    first.locator("button.kopieren").click()
    page.wait_for_selector(".treffer >> nth=0 >> text=Kopiert")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("Durch das neue EfA-Rollout-Programm")
    assert copied == first.locator("textarea.markdown").input_value()


def test_the_page_works_without_javascript_except_the_copy_button(browser, live_server):
    context = browser.new_context(locale="de-DE", java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/-/entwurf")
    page.fill("#entwurf-text", "Welche Verwaltungsprozesse wurden vereinfacht?")
    page.click("text=Ähnliche Fragen suchen")
    assert "Keine nummerierten Fragen gefunden" in page.content()
    assert page.locator(".treffer").count() >= 1
    assert not page.locator("button.kopieren").first.is_visible()
    context.close()
