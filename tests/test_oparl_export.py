"""The OParl 1.1 view: pure object building, and the routes through Datasette."""

from __future__ import annotations

import pytest

from anfragen import oparl_export as oparl

import publishing

# fixtures shared by the publishing tests (a module-level name is how pytest finds them)
pds, publishing_db = publishing.pds, publishing.publishing_db

URLS = oparl.Urls(api="https://e.org/-/oparl", web_inquiry="https://e.org/anfragen/inquiries/",
                  license="https://www.govdata.de/dl-de/by-2-0")


def inquiry(**changes) -> dict:
    row = {"id": "ka-2023-1", "body": "Gemeinderat Karlsruhe", "reference": "2023/1",
           "title": "Bürgerbüros", "kind": None, "submitter": "GRÜNE-Fraktion",
           "asked_on": "2023-03-01", "answered_on": "2023-04-12", "signed_by": None,
           "signer_role": None, "unit": "Dez. 1", "meeting": None, "source_url": None,
           "persons": '["A. Beispiel"]'}
    return row | changes


def question_row(number, position, answer="Ja.", **changes) -> dict:
    row = {"inquiry_id": "ka-2023-1", "id": f"q{position}", "position": position,
           "number": number, "text": f"Frage {number}?", "context": None,
           "answer_id": f"a{position}", "answer": answer, "is_pointer": 0, "points_to": "[]",
           "services": "[]", "commitments": "[]"}
    return row | changes


def test_slug_is_ascii_and_readable():
    assert oparl.slug("Gemeinderat Karlsruhe") == "gemeinderat-karlsruhe"
    assert oparl.slug("GRÜNE-Fraktion Süß") == "gruene-fraktion-suess"
    assert oparl.slug("***") == "unbenannt"


def test_paper_has_the_oparl_fields_and_the_questions_extension():
    questions = [
        question_row("1", 1, services='["Wohngeld"]',
                     commitments='[{"text": "bis 2024", "due": "2024-12-31", "phrase": "2024"}]'),
        question_row("2", 2, answer="siehe Antwort zu Frage 1", is_pointer=1, points_to='["1"]',
                     services='["Wohngeld", "BundID"]'),
    ]
    paper = oparl.paper(inquiry(), questions, URLS)
    assert paper["id"] == "https://e.org/-/oparl/paper/ka-2023-1"
    assert paper["type"] == "https://schema.oparl.org/1.1/Paper"
    assert paper["body"] == "https://e.org/-/oparl/body/gemeinderat-karlsruhe"
    assert (paper["name"], paper["reference"], paper["date"], paper["paperType"]) == (
        "Bürgerbüros", "2023/1", "2023-03-01", "Anfrage")
    assert paper["originatorOrganization"] == [
        "https://e.org/-/oparl/organization/gemeinderat-karlsruhe--gruene-fraktion"]
    assert paper["underDirectionOf"] == [
        "https://e.org/-/oparl/organization/gemeinderat-karlsruhe--dez-1"]
    assert paper["keyword"] == ["Wohngeld", "BundID"]
    assert paper["web"] == "https://e.org/anfragen/inquiries/ka-2023-1"
    assert paper["anfragen:originatorPersons"] == ["A. Beispiel"]
    first, second = paper["anfragen:questions"]
    assert first == {"number": "1", "position": 1, "text": "Frage 1?", "answer": "Ja.",
                     "answerIsPointer": False, "services": ["Wohngeld"],
                     "commitments": [{"text": "bis 2024", "due": "2024-12-31", "phrase": "2024"}],
                     "web": "https://e.org/anfragen/inquiries/ka-2023-1#frage-1"}
    assert second["answerIsPointer"] is True and second["pointsTo"] == ["1"]


def test_a_shared_answer_says_how_the_document_grouped_it():
    rows = [question_row(n, p, answer="Beides ja.", answer_id="a1", grouping="consecutive") for n, p in (("1", 1), ("2", 2))]
    paper = oparl.paper(inquiry(), rows + [question_row("3", 3)], URLS)
    assert [q.get("answerGrouping") for q in paper["anfragen:questions"]] == ["consecutive", "consecutive", None]


def test_paper_leaves_out_what_is_unknown():
    paper = oparl.paper(inquiry(submitter=None, unit=None, asked_on=None, kind="Kleine Anfrage",
                                persons="[]"), [], URLS)
    assert paper["date"] == "2023-04-12"  # the answer's date when the question's is unknown
    assert paper["paperType"] == "Kleine Anfrage"
    for key in ("originatorOrganization", "underDirectionOf", "keyword",
                "anfragen:originatorPersons", "anfragen:questions"):
        assert key not in paper


def test_paper_list_links_next_and_prev():
    page = oparl.paper_list([{}] * 20, 45, 2, lambda p: URLS.papers(None, p))
    assert page["pagination"] == {"totalElements": 45, "elementsPerPage": 20,
                                  "currentPage": 2, "totalPages": 3}
    assert page["links"] == {"first": "https://e.org/-/oparl/papers",
                             "last": "https://e.org/-/oparl/papers?page=3",
                             "prev": "https://e.org/-/oparl/papers",
                             "next": "https://e.org/-/oparl/papers?page=3"}
    assert "next" not in oparl.paper_list([], 45, 3, lambda p: URLS.papers(None, p))["links"]


# --- through Datasette -----------------------------------------------------------------

async def get(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


async def test_paper_of_the_mainz_inquiry(pds):
    paper = await get(pds, "/-/oparl/paper/mainz-2024-1424")
    assert paper["id"] == "http://localhost/-/oparl/paper/mainz-2024-1424"
    assert paper["reference"] == "1424/2024"
    assert paper["name"].startswith("Digitalisierung der Verwaltung der Stadt Mainz")
    questions = paper["anfragen:questions"]
    assert [q["number"] for q in questions] == [str(n) for n in range(1, 17)]
    assert questions[7]["answerIsPointer"] is True and questions[7]["pointsTo"] == ["7"]
    assert "Wohnsitzanmeldung" in questions[1]["services"]
    assert questions[1]["commitments"][0]["due"] == "2024-12-31"


async def test_a_joint_inquiry_names_each_group_as_an_originator_organization(pds):
    paper = await get(pds, "/-/oparl/paper/ka-2025-0042")
    names = [(await get(pds, url.removeprefix("http://localhost")))["name"]
             for url in paper["originatorOrganization"]]
    assert names == ["SPD-Gemeinderatsfraktion", "GRÜNE-Gemeinderatsfraktion"]
    assert paper["anfragen:submitter"] == "SPD-Gemeinderatsfraktion; GRÜNE-Gemeinderatsfraktion"


async def test_every_url_in_a_paper_resolves_to_an_object_of_its_type(pds):
    paper = await get(pds, "/-/oparl/paper/ka-2023-0815")
    body = await get(pds, paper["body"].removeprefix("http://localhost"))
    assert body["type"] == oparl.SCHEMA + "Body" and body["name"] == "Gemeinderat Karlsruhe"
    for url in paper["originatorOrganization"] + paper["underDirectionOf"]:
        org = await get(pds, url.removeprefix("http://localhost"))
        assert org["type"] == oparl.SCHEMA + "Organization"
    assert {org["name"] for org in [await get(pds, u.removeprefix("http://localhost"))
                                    for u in paper["originatorOrganization"]]} == {
        "GRÜNE-Gemeinderatsfraktion"}
    papers = await get(pds, body["paper"].removeprefix("http://localhost"))
    assert [p["reference"] for p in papers["data"]] == ["2023/0815", "2025/0042"]
    for kind in ("person", "meeting", "organization"):
        assert "data" in await get(pds, body[kind].removeprefix("http://localhost"))


async def test_system_leads_to_the_bodies(pds):
    system = await get(pds, "/-/oparl/system")
    assert system["oparlVersion"] == "https://schema.oparl.org/1.1/"
    bodies = await get(pds, system["body"].removeprefix("http://localhost"))
    assert [b["name"] for b in bodies["data"]] == ["Gemeinderat Karlsruhe", "Stadtrat Mainz"]


async def test_paper_list_pages_through_everything(pds, monkeypatch):
    monkeypatch.setattr(oparl, "PER_PAGE", 2)
    first = await get(pds, "/-/oparl/papers")
    assert first["pagination"]["totalElements"] == 3
    second = await get(pds, first["links"]["next"].removeprefix("http://localhost"))
    assert "next" not in second["links"]
    ids = [p["id"].rsplit("/", 1)[1] for p in first["data"] + second["data"]]
    assert ids == ["ka-2023-0815", "ka-2025-0042", "mainz-2024-1424"]


@pytest.mark.parametrize("path", ["/-/oparl/paper/gibt-es-nicht", "/-/oparl/body/nirgendwo",
                                  "/-/oparl/organization/x--y"])
async def test_unknown_objects_are_404(pds, path):
    assert (await pds.client.get(path)).status_code == 404
