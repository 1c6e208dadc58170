"""Serving: read-only and immutable, bounded queries, and the security headers of a public site."""

import json
import re

import pytest

from anfragen import security

from conftest import ROOT

PAGES = ["/", "/anfragen", "/anfragen/inquiries", "/anfragen/inquiries/mainz-2024-1424", "/anfragen/qa",
         "/anfragen/suche?suchbegriff=Wohnsitzanmeldung", "/anfragen/answers?_search=Antrag",
         "/anfragen?sql=select+1", "/anfragen/qa.json", "/-/static/app.css", "/gibt-es-nicht"]


@pytest.mark.parametrize("path", PAGES)
async def test_every_response_carries_the_security_headers(ds, path):
    response = await ds.client.get(path)
    headers = response.headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert "camera=()" in headers["permissions-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["content-security-policy"].count("content-security-policy") == 0


def test_scripts_may_come_only_from_the_site_and_known_inline_hashes():
    policy = dict(d.split(" ", 1) for d in security.content_security_policy().split("; "))
    sources = policy["script-src"].split()
    assert sources[0] == "'self'"
    assert all(s.startswith("'sha256-") for s in sources[1:])
    assert policy["object-src"] == "'none'" and policy["base-uri"] == "'none'"
    assert "unsafe" not in policy["script-src"] and "*" not in policy["script-src"]


@pytest.mark.parametrize("path", [p for p in PAGES if not p.endswith((".json", ".css"))])
async def test_every_inline_script_on_a_page_is_allowed_by_the_policy(ds, path):
    response = await ds.client.get(path)
    allowed = response.headers["content-security-policy"]
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", response.text, re.DOTALL)
    assert [s[:60] for s in inline if security.script_hash(s) not in allowed] == []


# --- read-only, immutable, bounded --------------------------------------------------------
async def test_database_is_served_immutable(ds):
    response = await ds.client.get("/-/databases.json")
    [db] = response.json()
    assert db["name"] == "anfragen" and db["is_mutable"] is False


@pytest.mark.parametrize("sql", ["delete from inquiries", "update answers set text = ''",
                                 "drop table questions", "attach database '/tmp/x.db' as x",
                                 "pragma writable_schema = 1", "insert into sources values ('a', 'b', 'c')"])
async def test_writing_sql_is_refused(ds, sql):
    response = await ds.client.get("/anfragen.json", params={"sql": sql})
    assert response.status_code >= 400
    count = await ds.client.get("/anfragen.json", params={"sql": "select count(*) n from inquiries",
                                                         "_shape": "array"})
    assert count.json() == [{"n": 1}]


async def test_a_runaway_query_is_stopped_by_the_time_limit(ds):
    endless = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
    response = await ds.client.get("/anfragen.json", params={"sql": endless})
    assert response.status_code == 400
    assert "SQL query took too long" in response.text


async def test_results_are_cut_at_the_row_limit(ds):
    settings = json.loads((ROOT / "settings.json").read_text(encoding="utf-8"))
    many = "with recursive c(x) as (select 1 union all select x + 1 from c limit 100000) select x from c"
    data = (await ds.client.get("/anfragen.json", params={"sql": many, "_shape": "objects"})).json()
    assert len(data["rows"]) == settings["max_returned_rows"] and data["truncated"] is True


def test_settings_bound_every_request():
    settings = json.loads((ROOT / "settings.json").read_text(encoding="utf-8"))
    assert 0 < settings["sql_time_limit_ms"] <= 2000
    assert 0 < settings["max_returned_rows"] <= 1000
    assert settings["facet_time_limit_ms"] <= settings["sql_time_limit_ms"]
