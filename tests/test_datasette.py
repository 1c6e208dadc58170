"""Through real Datasette: search, the inquiry page, rendering."""

import pytest


async def get_json(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text
    return response.json()


async def test_searching_answers_for_wohnsitzanmeldung_finds_q2_and_q3(ds):
    rows = await get_json(ds, "/anfragen/answers.json?_search=Wohnsitzanmeldung&_shape=array")
    assert sorted(r["id"] for r in rows) == ["mainz-2024-1424-a2", "mainz-2024-1424-a3"]


async def test_answer_references_record_the_pointers(ds):
    rows = await get_json(ds, "/anfragen/answer_references.json?_shape=array&_labels=off")
    pairs = {(r["answer_id"], r["question_id"]) for r in rows}
    assert ("mainz-2024-1424-a8", "mainz-2024-1424-q7") in pairs
    assert ("mainz-2024-1424-a11", "mainz-2024-1424-q5") in pairs


async def test_inquiry_page_lists_all_16_questions_with_rendered_answers(ds):
    response = await ds.client.get("/anfragen/inquiries/mainz-2024-1424")
    assert response.status_code == 200
    html = response.text
    assert html.count('class="frage"') == 16
    positions = [html.index(f'id="frage-{n}"') for n in range(1, 17)]
    assert positions == sorted(positions)
    # Q4's milestones rendered as a nested list, Q8's pointer linked to Q7
    assert "<li>Begonnene EfA-Projekte abschließen</li>" in html
    assert 'href="#frage-7">Antwort zu Frage 7</a>' in html


async def test_qa_view_has_one_row_per_question(ds):
    data = await get_json(ds, "/anfragen/qa.json?_shape=objects&_size=100")
    assert len(data["rows"]) == 16
    assert data["rows"][0]["reference"] == "1424/2024"


async def test_canned_search_highlights_matches(ds):
    response = await ds.client.get("/anfragen/suche?suchbegriff=Wohnsitzanmeldung")
    assert response.status_code == 200
    assert "<mark>Wohnsitzanmeldung</mark>" in response.text


@pytest.mark.parametrize("query, expected_question", [
    ("Anmeldung", "mainz-2024-1424-q2"),  # compound head: Wohnsitzanmeldung
    ("Eheschließungen", "mainz-2024-1424-q10"),  # inflected form, in Q10's context
    ("Fuehrungszeugnis", "mainz-2024-1424-q10"),  # ue for ü, in the answer to Q10
])
async def test_canned_search_is_german_aware(ds, query, expected_question):
    rows = await get_json(ds, f"/anfragen/suche.json?suchbegriff={query}&_shape=array")
    numbers = {r["nr"] for r in rows}
    assert expected_question.rsplit("-q", 1)[1] in numbers
