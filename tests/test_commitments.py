"""Commitments: promises with due dates, extracted from answer texts."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anfragen.commitments import Commitment, extract_commitments

from corpus import corpus_dir

REPO = Path(__file__).resolve().parent.parent
SEED_MD = REPO / "inquiries" / "mainz" / "2024" / "1424.md"
SEED_TXT = REPO.parent / "shared" / "seed" / "000_2071a7f0cfa27a9f.txt"
ANSWERED_ON = "2024-11-11"


def seed_answer(number: int) -> str:
    """The answer to question ``number`` of Anfrage 1424/2024: the text after the line
    "N. <question>" up to the next numbered question line."""
    path = SEED_MD if SEED_MD.exists() else SEED_TXT
    if not path.exists():
        pytest.skip("seed document 1424/2024 not found")
    text = path.read_text(encoding="utf-8")
    question = re.search(rf"^{number}\.\s.*$", text, re.MULTILINE)
    following = re.compile(r"^\d+\.\s", re.MULTILINE).search(text, question.end())
    return text[question.end():following.start() if following else len(text)]


def dues(found: list[Commitment]) -> list[tuple[str, str]]:
    return [(c.text, c.due) for c in found]


# --- Anfrage 1424/2024 (Mainz), answered 11.11.2024 -----------------------------------

def test_q2_wohnsitzanmeldung_go_live_by_end_of_2024():
    [found] = extract_commitments(seed_answer(2), ANSWERED_ON)
    assert found.due == "2024-12-31" and found.precision == "year"
    assert found.phrase == "bis Ende 2024"
    assert "Wohnsitzanmeldung (Go-Live Stadt Mainz bis Ende 2024 geplant)" in found.text
    assert "Spätestens seit" not in found.text  # "Spätestens seit …" is no date


def test_q3_go_live_this_year_resolves_against_the_answer_date():
    [found] = extract_commitments(seed_answer(3), ANSWERED_ON)
    assert (found.phrase, found.due) == ("noch in diesem Jahr", "2024-12-31")
    assert "acht Projekten den Go-Live" in found.text


def test_q3_without_answer_date_abstains():
    assert extract_commitments(seed_answer(3), None) == []


def test_q4_milestones_under_year_headings():
    found = extract_commitments(seed_answer(4), ANSWERED_ON)
    by_year = {due: [c.text for c in found if c.due == due] for due in {c.due for c in found}}
    assert sorted(by_year) == ["2024-12-31", "2025-12-31"]
    assert by_year["2024-12-31"] == [
        ("Pilotierung des neuen Digitalisierungsworkflows für Civento-Leistungen abschließen "
        "und evaluieren"),
        "Begonnene EfA-Projekte abschließen",
        "Implementierung des neuen Change-Management-Konzepts",
    ]
    assert len(by_year["2025-12-31"]) == 8
    assert by_year["2025-12-31"][0] == "Weitere EfA-Projekte bzw. Civento-Leistungen ausrollen"
    assert {c.phrase for c in found} == {"2024", "2025", "bis Ende 2025"}


@pytest.mark.parametrize("indent", [" ", "  ", "   "], ids=["one", "two", "three"])
def test_q4_milestones_any_small_indentation(indent):
    answer = re.sub(r"^ +- ", indent + "- ", seed_answer(4), flags=re.MULTILINE)
    found = extract_commitments(answer, ANSWERED_ON)
    assert [c.due for c in found].count("2024-12-31") == 3
    assert [c.due for c in found].count("2025-12-31") == 8


def test_q5_municipal_services_maturity_2_by_end_of_2026():
    found = extract_commitments(seed_answer(5), ANSWERED_ON)
    [reifegrad] = [c for c in found if "Reifegrad 2" in c.text]
    assert (reifegrad.due, reifegrad.phrase) == ("2026-12-31", "bis Ende 2026")


def test_q13_register_modernisation_by_end_of_2028_but_no_prognosis():
    [found] = extract_commitments(seed_answer(13), ANSWERED_ON)
    assert (found.due, found.phrase) == ("2028-12-31", "bis zum Ende des Jahres 2028")
    assert "Registermodernisierung" in found.text


def test_sentence_and_start_point_into_the_answer():
    answer = seed_answer(4) + seed_answer(2) + seed_answer(13)
    for c in extract_commitments(answer, ANSWERED_ON):
        assert answer[c.start:c.start + len(c.sentence)] == c.sentence


@pytest.mark.parametrize("number", [10, 12, 16])
def test_seed_answers_about_the_past_or_without_plan_yield_nothing(number):
    # 10: "im Jahr 2017 … beantragt", 12: "bereits 2017 in Kraft getreten",
    # 16: "keine konkrete zeitliche Planung"
    assert extract_commitments(seed_answer(number), ANSWERED_ON) == []


# --- Time phrases ----------------------------------------------------------------------

PHRASES = [
    ("Der Go-Live ist bis Ende 2024 geplant.", "bis Ende 2024", "2024-12-31", "year"),
    ("Die Sanierung soll bis Mitte 2025 abgeschlossen sein.", "bis Mitte 2025", "2025-06-30",
     "half"),
    ("Die Ausschreibung ist im ersten Quartal 2025 vorgesehen.", "im ersten Quartal 2025",
     "2025-03-31", "quarter"),
    ("Das Gespräch ist für das erste Quartal 2025 geplant.", "erste Quartal 2025",
     "2025-03-31", "quarter"),
    ("Die Ausschreibung ist im 3. Quartal 2025 vorgesehen.", "im 3. Quartal 2025",
     "2025-09-30", "quarter"),
    ("Das Konzept wird bis März 2025 vorgelegt.", "bis März 2025", "2025-03-31", "month"),
    ("Die Umsetzung soll im zweiten Halbjahr 2025 erfolgen.", "im zweiten Halbjahr 2025",
     "2025-12-31", "half"),
    ("Die Eröffnung ist für Herbst 2025 geplant.", "Herbst 2025", "2025-11-30", "quarter"),
    ("Baubeginn ist voraussichtlich Anfang 2026.", "voraussichtlich Anfang 2026", "2026-03-31",
     "quarter"),
    ("Der Plan muss spätestens bis zum 31.12.2025 eingereicht werden.",
     "spätestens bis zum 31.12.2025", "2025-12-31", "day"),
    ("Die Halle soll zum 1. Februar 2026 eröffnet werden.", "zum 1. Februar 2026",
     "2026-02-01", "day"),
    ("Die Fertigstellung ist 2027 geplant.", "2027", "2027-12-31", "year"),
    ("Die Stadt soll bis 2040 klimaneutral werden.", "bis 2040", "2040-12-31", "year"),
    ("Der Bericht wird noch in diesem Jahr vorgelegt.", "noch in diesem Jahr", "2024-12-31",
     "year"),
    ("Der Bericht wird bis Jahresende vorgelegt.", "bis Jahresende", "2024-12-31", "year"),
    ("Der Umbau ist im nächsten Jahr geplant.", "im nächsten Jahr", "2025-12-31", "year"),
    ("Die Ausstellung soll Mitte nächsten Jahres eröffnen.", "Mitte nächsten Jahres",
     "2025-06-30", "half"),
    ("Die Planung soll bis März vorliegen.", "bis März", "2025-03-31", "month"),
    ("Die Vorlage soll im Dezember beraten werden.", "im Dezember", "2024-12-31", "month"),
    ("Im Frühjahr soll das Konzept vorgestellt werden.", "Im Frühjahr", "2025-05-31", "quarter"),
]


@pytest.mark.parametrize(("sentence", "phrase", "due", "precision"), PHRASES,
                         ids=[p[1] for p in PHRASES])
def test_time_phrase_sets_the_deadline(sentence, phrase, due, precision):
    [found] = extract_commitments(sentence, ANSWERED_ON)
    assert (found.phrase, found.due, found.precision) == (phrase, due, precision)
    assert found.sentence == sentence and found.start == 0


NOT_COMMITMENTS = [
    "Seit Oktober 2023 werden An-, Um- und Abmeldungen online angeboten.",
    ("In Mainz konnten bereits vor Inkrafttreten des OZG im Jahr 2017 einzelne Behördengänge "
    "digital beantragt werden."),
    "Obwohl das OZG bereits 2017 in Kraft getreten ist, fehlen Basiskomponenten.",
    ("Es kann deshalb keine belastbare Prognose abgegeben werden, bis wann die Digitalisierung "
    "bis Ende 2030 abgeschlossen sein wird."),
    "Spätestens seit dem OZG-Änderungsgesetz wird die Ende-zu-Ende-Digitalisierung geplant.",
    "Wird die Umsetzung bis Ende 2025 erfolgen?",
    "Eine Veränderung bis Ende 2025 ist aktuell nicht vorgesehen.",
    "Die Planung war bis Ende 2023 abgeschlossen worden.",
    "Ab dem 2. Quartal 2025 ist eine Beteiligung vorgesehen.",  # a start, not a deadline
    "In der Sitzung am 24.10.2024 wurde beschlossen, dass die Stadt handeln soll.",
    "Der Vertrag läuft bis Ende 2026.",  # a fact about a term, nothing promised
    "Die Gewässerschau wird im Herbst jeden Jahres durchgeführt.",
    "Im Zuge der Fortschreibung im Jahr 2027 kann geprüft werden, ob es ausgeweitet wird.",
    "Mit Email vom 04. Oktober 2024 wird mitgeteilt, dass gebaut werden soll.",
    "Die Zahlen werden für die Jahre 2019 bis 2026 getrennt dargestellt.",
    "Die Entscheidung soll voraussichtlich frühestens zum 1. Januar 2027 getroffen werden.",
    "Die Rücklagen wären voraussichtlich spätestens im Jahr 2025 verbraucht.",
    "Der geplante Standort wurde im Dezember abgestimmt.",
]


@pytest.mark.parametrize("sentence", NOT_COMMITMENTS)
def test_not_a_commitment(sentence):
    assert extract_commitments(sentence, ANSWERED_ON) == []


def test_deadline_already_past_at_answer_time_is_a_report():
    assert extract_commitments("Die Übergabe soll bis Ende 2023 erfolgen.", ANSWERED_ON) == []
    assert extract_commitments("Die Übergabe soll bis März 2024 erfolgen.", ANSWERED_ON) == []


def test_absolute_deadline_kept_without_answer_date_relative_one_dropped():
    text = "Die Übergabe soll bis Ende 2023 erfolgen. Der Rest folgt im nächsten Jahr."
    assert dues(extract_commitments(text, None)) == [
        ("Die Übergabe soll bis Ende 2023 erfolgen.", "2023-12-31")]


def test_heading_line_with_colon_applies_to_following_bullets():
    text = "Bis Ende 2025:\n- Sanierung der Turnhalle\n- Neubau der Mensa\n\nSonstiges folgt."
    assert dues(extract_commitments(text, ANSWERED_ON)) == [
        ("Sanierung der Turnhalle", "2025-12-31"), ("Neubau der Mensa", "2025-12-31")]


def test_milestone_told_in_the_past_is_not_a_commitment():
    text = "- 2024:\n  - Die Pilotierung wurde abgeschlossen\n  - Begonnene Projekte abschließen"
    assert [c.text for c in extract_commitments(text, ANSWERED_ON)] == [
        "Begonnene Projekte abschließen"]


def test_invalid_dates_abstain_and_malformed_answer_date_raises():
    assert extract_commitments("Die Abgabe soll bis zum 31.02.2025 erfolgen.", ANSWERED_ON) == []
    with pytest.raises(ValueError):
        extract_commitments("Text", "11.11.2024")


# --- Real answers (Karlsruhe corpus, read in place) ------------------------------------

FORWARD = re.compile(r"geplant|plan|soll|wird|werden|avisiert|vorgesehen|voraussichtlich|"
                     r"beabsichtig|angestrebt|Go-Live|Meilenstein", re.IGNORECASE)
PAST_ONLY = re.compile(r"\b(?:wurden?|waren?|hatten?|seit)\b", re.IGNORECASE)


def paper_dates(corpus: Path) -> dict[str, str]:
    """File id → the date of the paper it belongs to (stands in for the answer date)."""
    found = {}
    for path in (corpus / "papers").glob("*.json"):
        paper = json.loads(path.read_text(encoding="utf-8"))
        for file in [paper.get("mainFile") or {}] + paper.get("auxiliaryFile", []):
            if file.get("id") and paper.get("date"):
                found[file["id"].rsplit("/", 1)[-1]] = paper["date"][:10]
    return found


@pytest.mark.corpus
def test_corpus_extraction_yields_valid_forward_looking_commitments():
    corpus = corpus_dir()
    dated = paper_dates(corpus)
    total = 0
    for path in sorted((corpus / "files").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for c in extract_commitments(text, dated.get(path.stem)):
            total += 1
            assert date.fromisoformat(c.due).isoformat() == c.due
            assert text[c.start:c.start + len(c.sentence)] == c.sentence
            assert FORWARD.search(c.sentence) or not PAST_ONLY.search(c.sentence), (
                f"{path.name}: past-tense sentence taken as commitment: {c.sentence!r}")
    print(f"\n{total} commitments in the Karlsruhe corpus")
    assert total > 100  # the corpus is full of plans; none found means extraction broke


def test_a_bare_month_name_is_a_deadline():
    found = extract_commitments("Die Umsetzung ist bis Januar geplant.", "2024-11-11")
    assert [(c.due, c.phrase) for c in found] == [("2025-01-31", "bis Januar")]


PIECES = st.one_of(st.sampled_from(list("abcdefghijklmnopqrstuvwxyzäöüßſ ÄÖÜ.,?!-:\n0123456789")),
                   st.sampled_from(["Sommer", "Januar", "Quartal", "Halbjahr", "bis Ende ", "geplant",
                                    "noch in diesem Jahr", "- 2025:\n - ", "ersten", "Mitte ", "2026"]))


@given(st.lists(PIECES, max_size=60).map("".join), st.sampled_from([None, "2024-11-11", "2020-01-31"]))
@settings(max_examples=300, deadline=None)
def test_any_text_yields_valid_commitments_or_none(text, answered_on):
    for c in extract_commitments(text, answered_on):
        assert date.fromisoformat(c.due) and text[c.start:c.start + len(c.sentence)] == c.sentence
