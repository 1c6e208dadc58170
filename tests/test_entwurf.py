"""The drafting assistant in Datasette: /-/entwurf, /-/similar.json, similarity_de()."""

from __future__ import annotations

import re

import pytest

QUESTION = "Welche Ziele der Digitalisierungsstrategie wurden erreicht?"


async def csrf(ds, path="/-/entwurf") -> tuple[str, dict]:
    response = await ds.client.get(path)
    token = re.search(r'name="csrftoken" value="([^"]+)"', response.text).group(1)
    return token, {"ds_csrftoken": response.cookies["ds_csrftoken"]}


async def test_similar_json_ranks_earlier_questions(ds):
    response = await ds.client.get("/-/similar.json", params={"q": QUESTION, "limit": 3})
    assert response.status_code == 200
    data = response.json()
    assert data["query"] == QUESTION
    assert 1 <= len(data["results"]) <= 3
    best = data["results"][0]
    assert (best["reference"], best["number"]) == ("1424/2024", "1")
    assert set(best) >= {"question_id", "score", "question", "answer_id", "answer", "inquiry_id",
                         "reference", "title", "answered_on", "services"}


@pytest.mark.parametrize("limit, most", [("100", 20), ("x", 5), ("0", 1)])
async def test_similar_json_limit_is_bounded(ds, limit, most):
    response = await ds.client.get("/-/similar.json", params={"q": "Digitalisierung", "limit": limit})
    assert len(response.json()["results"]) <= most


async def test_similar_json_post_takes_a_whole_inquiry_without_csrf_token(ds):
    text = "1. Welche Ziele der Digitalisierung wurden erreicht?\n\n2. Gibt es eine Prioritätenliste?\n"
    response = await ds.client.post("/-/similar.json", content=text.encode())
    assert response.status_code == 200
    data = response.json()
    assert data["numbered"] is True
    assert [q["number"] for q in data["questions"]] == ["1", "2"]
    assert data["questions"][1]["results"][0]["number"] == "5"


async def test_entwurf_form_is_german_and_carries_a_csrf_token(ds):
    response = await ds.client.get("/-/entwurf")
    assert response.status_code == 200
    assert "Antwortentwurf" in response.text and 'name="csrftoken"' in response.text
    assert '<script src="/-/entwurf.js" defer></script>' in response.text  # no inline script


async def test_entwurf_script_is_served(ds):
    response = await ds.client.get("/-/entwurf.js")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/javascript")
    assert "clipboard" in response.text


async def test_pasted_inquiry_shows_similar_questions_with_links_and_markdown(ds):
    token, cookies = await csrf(ds)
    response = await ds.client.post("/-/entwurf", data={"csrftoken": token, "text": "1. " + QUESTION},
                                    cookies=cookies)
    assert response.status_code == 200
    html = response.text
    assert "/anfragen/inquiries/mainz-2024-1424#frage-1" in html
    assert 'class="markdown"' in html and "Antwort als Markdown kopieren" in html
    assert "Keine nummerierten Fragen" not in html


async def test_unnumbered_text_uses_lines_ending_in_question_marks_and_says_so(ds):
    token, cookies = await csrf(ds)
    text = "Sehr geehrte Damen und Herren,\nwelche Verwaltungsprozesse wurden vereinfacht?\nDanke"
    response = await ds.client.post("/-/entwurf", data={"csrftoken": token, "text": text}, cookies=cookies)
    assert "Keine nummerierten Fragen gefunden" in response.text
    assert "#frage-2" in response.text


async def test_uploaded_text_file_is_parsed(ds):
    token, cookies = await csrf(ds)
    response = await ds.client.post(
        "/-/entwurf", cookies=cookies, data={"csrftoken": token},
        files={"datei": ("anfrage.txt", ("1. " + QUESTION).encode(), "text/plain")})
    assert "#frage-1" in response.text


async def test_unsupported_upload_is_refused_politely(ds):
    token, cookies = await csrf(ds)
    response = await ds.client.post("/-/entwurf", cookies=cookies, data={"csrftoken": token},
                                    files={"datei": ("bild.png", b"\x89PNG", "image/png")})
    assert response.status_code == 200
    assert "wird nicht unterstützt" in response.text


async def test_form_post_without_csrf_token_is_rejected(ds):
    response = await ds.client.post("/-/entwurf", data={"text": "1. " + QUESTION})
    assert response.status_code == 403
    _, cookies = await csrf(ds)
    response = await ds.client.post("/-/entwurf", data={"csrftoken": "falsch", "text": "x?"},
                                    cookies=cookies)
    assert response.status_code == 403


async def test_injected_markup_in_the_paste_is_escaped(ds):
    token, cookies = await csrf(ds)
    text = "<script>alert(1)</script> Wann kommt <b>Digitalisierung</b>?"
    response = await ds.client.post("/-/entwurf", data={"csrftoken": token, "text": text}, cookies=cookies)
    assert "<script>alert(1)" not in response.text
    assert "&lt;script&gt;alert(1)" in response.text


async def test_similarity_de_is_available_to_sql(ds):
    sql = ("select number from questions order by "
           "similarity_de(text, 'Prioritätenliste Prozesse digitalisieren') desc limit 1")
    response = await ds.client.get("/anfragen.json", params={"sql": sql, "_shape": "array"})
    assert response.json() == [{"number": "5"}]



async def test_an_oversized_post_is_refused(ds):
    response = await ds.client.post("/-/similar.json", content=b"1. Frage?\n" * (2_200_000))
    assert response.status_code == 413
    assert "zu groß" in response.json()["error"]


SHARED = """---
body: Gemeinderat Beispielstadt
reference: 7/2031
---

1. Wie viele Wärmepumpen wurden in städtischen Schulen eingebaut?

2. Wie viele Wärmepumpen sind in städtischen Schulen noch geplant?

Bisher sind es zwölf, geplant sind weitere acht; gefördert werden sie nicht über das Wohngeld.
"""


@pytest.fixture
def shared_ds(tmp_path):
    from anfragen.builder import build

    from conftest import VOCABULARY, datasette_for

    folder = tmp_path / "inquiries"
    folder.mkdir()
    (folder / "waerme.md").write_text(SHARED, encoding="utf-8")
    build([folder], tmp_path / "anfragen.db", VOCABULARY)
    return datasette_for(tmp_path / "anfragen.db")


async def test_an_answer_shared_by_several_questions_says_so_wherever_it_is_offered(shared_ds):
    question = "Wie viele Wärmepumpen wurden in Schulen eingebaut?"
    best = (await shared_ds.client.get("/-/similar.json", params={"q": question})).json()["results"][0]
    assert (best["number"], best["answer_grouping"]) == ("1", "consecutive")
    token, cookies = await csrf(shared_ds)
    page = await shared_ds.client.post("/-/entwurf", data={"csrftoken": token, "text": question}, cookies=cookies)
    assert "im Dokument direkt hintereinander gestellt" in page.text
    search = await shared_ds.client.get("/-/suche", params={"q": "Wärmepumpen"})
    assert "Gemeinsame Antwort auf mehrere Fragen (im Dokument direkt hintereinander gestellt)" in search.text
    inquiry = await shared_ds.client.get("/anfragen/inquiries/waerme")
    assert "Gemeinsam beantwortet mit" in inquiry.text
    service = await shared_ds.client.get("/anfragen/services/wohngeld")
    assert service.text.count("(im Dokument direkt hintereinander gestellt)") == 2
