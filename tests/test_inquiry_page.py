"""The inquiry page shows everything read: preambles, undivided answers, the doubts."""

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


# Some questions answered one by one, then an undivided rest: which questions it answers
# is not settled, so it stays unpaired and is a doubt.
DOUBTFUL = """---
body: Gemeinderat Beispielstadt
---

1. Wie viele Bänke gibt es?

Es gibt 300 Bänke.

2. Wer repariert sie?

3. Wann?

## Stellungnahme

Das Gartenbauamt, laufend.
"""


@pytest.fixture
def ds(tmp_path):
    folder = tmp_path / "inquiries"
    folder.mkdir()
    (folder / "spiel.md").write_text(DOC, encoding="utf-8")
    (folder / "bank.md").write_text(DOUBTFUL, encoding="utf-8")
    build([folder], tmp_path / "anfragen.db", VOCABULARY)
    return datasette_for(tmp_path / "anfragen.db")


async def test_an_undivided_answer_is_shown_once_as_the_answer_to_all_questions(ds):
    html = (await ds.client.get("/anfragen/inquiries/spiel")).text
    assert "<h2>Vorbemerkung der Fragesteller</h2>" in html
    assert "Viele Spielplätze sind gesperrt." in html
    assert '<section class="stellungnahme-ungeteilt" id="stellungnahme">' in html
    assert "<h2>Stellungnahme zu allen Fragen</h2>" in html
    assert html.count("Zwölf Spielplätze sind gesperrt; sie öffnen im Frühjahr.") == 1
    assert html.count('Beantwortet in der <a href="#stellungnahme">Stellungnahme zu allen Fragen</a>') == 2
    assert "Keine Antwort zugeordnet." not in html and "Hinweise zur Erfassung" not in html


async def test_an_unpaired_answer_and_the_doubts_are_shown_in_german(ds):
    html = (await ds.client.get("/anfragen/inquiries/bank")).text
    assert "Es gibt 300 Bänke." in html
    assert "Stellungnahme (keiner einzelnen Frage zugeordnet)" in html
    assert "Das Gartenbauamt, laufend." in html
    assert "Hinweise zur Erfassung" in html
    assert html.count("Keine Antwort zugeordnet.") == 2
