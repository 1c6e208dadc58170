"""The published canned queries, run through real Datasette on a small database."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

import publishing
from conftest import ROOT

# fixtures shared by the publishing tests (a module-level name is how pytest finds them)
pds, publishing_db = publishing.pds, publishing.publishing_db

QUERIES = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))[
    "databases"]["anfragen"]["queries"]


async def rows(ds, query: str, **params) -> list[dict]:
    response = await ds.client.get(f"/anfragen/{query}.json", params={"_shape": "array", **params})
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_every_query_has_a_german_title_and_description(name):
    query = QUERIES[name]
    assert query["title"] and query["description"]
    assert not query["title"].isascii() or " " in query["title"]  # a phrase, not an identifier


@pytest.mark.parametrize("name", sorted(QUERIES))
async def test_every_query_page_renders(pds, name):
    response = await pds.client.get(f"/anfragen/{name}")
    assert response.status_code == 200
    assert QUERIES[name]["title"] in response.text


async def test_overdue_commitments_oldest_first_as_of_a_given_day(pds):
    result = await rows(pds, "faellige_zusagen", stichtag="2025-06-30")
    dues = [r["faellig_am"] for r in result]
    assert dues == sorted(dues)
    assert dues[0] == "2023-12-31" and set(dues) == {"2023-12-31", "2024-12-31"}
    first = result[0]
    assert first["anfrage"] == "ka-2023-0815"
    assert first["zusage"].startswith("Die Online-Terminvergabe soll bis Ende 2023")
    assert first["zu_frage"] == "1"
    assert first["tage_ueberfaellig"] == (date(2025, 6, 30) - date(2023, 12, 31)).days


async def test_overdue_commitments_default_to_today(pds):
    today = date.today().isoformat()
    result = await rows(pds, "faellige_zusagen")
    assert result and all(r["faellig_am"] < today for r in result)
    everything = await rows(pds, "faellige_zusagen", stichtag="9999-12-31")
    assert len(everything) == 19
    assert len(result) == sum(r["faellig_am"] < today for r in everything)


async def test_inquiries_by_submitter_and_year(pds):
    result = {(r["fragesteller"], r["jahr"]): (r["anfragen"], r["fragen"])
              for r in await rows(pds, "anfragen_nach_fragesteller_und_jahr")}
    assert result == {
        ("GRÜNE-Gemeinderatsfraktion", "2023"): (1, 3),
        ("SPD-Gemeinderatsfraktion", "2025"): (1, 2),  # 2025/0042 is a joint inquiry of SPD and GRÜNE:
        ("GRÜNE-Gemeinderatsfraktion", "2025"): (1, 2),  # it counts for each group
        ("FDP-Stadtratsfraktion", "2024"): (1, 16),  # no asked_on: the answer's year
    }


async def test_answer_time_only_where_both_dates_are_known(pds):
    result = await rows(pds, "antwortzeiten")
    assert [(r["anfrage"], r["tage"]) for r in result] == [
        ("ka-2023-0815", 42), ("ka-2025-0042", 41)]
    by_submitter = await rows(pds, "antwortzeiten_nach_fragesteller")
    assert {r["fragesteller"]: r["tage_im_mittel"] for r in by_submitter} == {
        "GRÜNE-Gemeinderatsfraktion": 41.5, "SPD-Gemeinderatsfraktion": 41.0}  # GRÜNE: 42 and the joint 41


async def test_questions_answered_only_by_a_pointer(pds):
    result = await rows(pds, "verweis_antworten")
    assert [(r["anfrage"], r["nr"], r["verweist_auf"]) for r in result] == [
        ("mainz-2024-1424", "8", "7"), ("ka-2023-0815", "3", "2")]


async def test_services_by_mentions_over_time(pds):
    result = {(r["leistung"], r["jahr"]): r for r in await rows(pds, "leistungen_im_zeitverlauf")}
    assert result["wohngeld", "2023"]["antworten"] == 1
    assert result["wohngeld", "2024"]["antworten"] == 1
    assert result["wohngeld", "2025"]["antworten"] == 1
    assert result["kfz_zulassung", "2025"]["nennungen"] >= 2  # question and answer
    assert result["ozg", "2024"]["nennungen"] == 13  # 12 in answers, 1 in a question


async def test_inquiry_ids_in_query_results_link_to_the_inquiry_page(pds):
    response = await pds.client.get("/anfragen/antwortzeiten")
    assert 'href="/anfragen/inquiries/ka-2023-0815"' in response.text
