"""The inquiry page shows everything read: preambles, the undivided answer, the doubts."""

import pytest

from anfragen.builder import build

from conftest import VOCABULARY, datasette_for

DOC = """---
body: Gemeinderat Beispielstadt
---

Anfrage Nr. 12/2030 der SPD betreffend Spielplätze

Vorbemerkung der Fragesteller:

Viele Spielplätze sind gesperrt.

1. Wie viele Spielplätze sind gesperrt?

2. Wann öffnen sie wieder?

## Stellungnahme

Zwölf Spielplätze sind gesperrt; sie öffnen im Frühjahr.
"""


@pytest.fixture
def ds(tmp_path):
    folder = tmp_path / "inquiries"
    folder.mkdir()
    (folder / "spiel.md").write_text(DOC, encoding="utf-8")
    build([folder], tmp_path / "anfragen.db", VOCABULARY)
    return datasette_for(tmp_path / "anfragen.db")


async def test_page_shows_preamble_undivided_answer_and_doubts_in_german(ds):
    html = (await ds.client.get("/anfragen/inquiries/spiel")).text
    assert "<h2>Vorbemerkung der Fragesteller</h2>" in html
    assert "Viele Spielplätze sind gesperrt." in html
    assert "Stellungnahme (keiner einzelnen Frage zugeordnet)" in html
    assert "Zwölf Spielplätze sind gesperrt; sie öffnen im Frühjahr." in html
    assert "Keine Antwort gefunden für Frage 1." in html
    assert html.count("Keine Antwort zugeordnet.") == 2
