"""In real Chromium: the inquiry page as a person sees it."""

import pytest

pytestmark = pytest.mark.browser


def test_inquiry_page_shows_questions_and_answers_in_order(page, live_server):
    page.goto(f"{live_server}/anfragen/inquiries/mainz-2024-1424")
    questions = page.locator("li.frage h2.frage-text")
    assert questions.count() == 16
    assert "Welche Ziele der Digitalisierungsstrategie" in questions.nth(0).inner_text()
    page.click("text=Antwort zu Frage 7")
    assert page.url.endswith("#frage-7")
    assert page.locator("#frage-4 .antwort ul ul li").count() == 11
