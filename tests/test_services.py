"""Referenced public services: the vocabulary (services.yml) and finding mentions."""

from __future__ import annotations

import itertools
import os
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from anfragen.service_candidates import Candidate, candidates, run, service_like
from anfragen.services import (
    KINDS,
    Service,
    ServiceMatcher,
    display_aliases,
    load_vocabulary,
)

ROOT = Path(__file__).resolve().parent.parent
VOCABULARY = ROOT / "services.yml"
SEED_MD = ROOT / "inquiries" / "mainz" / "2024" / "1424.md"
SEED_TXT = Path("/work/shared/seed/000_2071a7f0cfa27a9f.txt")
CORPUS = ROOT.parent / "shared" / "corpus" / "karlsruhe"


def corpus_or_skip() -> Path:
    """The Karlsruhe corpus; skip when absent, but fail when absent on CI."""
    if CORPUS.is_dir():
        return CORPUS
    if os.environ.get("CI") == "true":
        pytest.fail(f"corpus missing at {CORPUS} (required when CI=true)")
    pytest.skip(f"corpus not found at {CORPUS}")


def seed_text() -> str:
    """The Mainz Anfrage 1424/2024: the committed Markdown if present, else the seed."""
    for path in (SEED_MD, SEED_TXT):
        if path.exists():
            return path.read_text(encoding="utf-8")
    pytest.skip("Mainz Anfrage 1424/2024 not available")


def answer_to(number: int) -> str:
    """The text between question ``number`` and question ``number + 1`` of the seed."""
    text = seed_text()
    start = re.search(rf"^\W*{number}\.\s", text, re.MULTILINE)
    end = re.search(rf"^\W*{number + 1}\.\s", text, re.MULTILINE)
    assert start and end, f"question {number} not found in the seed"
    return text[start.end() : end.start()]


@pytest.fixture(scope="module")
def vocabulary() -> list[Service]:
    return load_vocabulary(VOCABULARY)


@pytest.fixture(scope="module")
def matcher(vocabulary) -> ServiceMatcher:
    return ServiceMatcher(vocabulary)


def found(matcher: ServiceMatcher, text: str) -> list[tuple[str, str]]:
    return [(m.service_id, m.text) for m in matcher.find(text)]


# --- the vocabulary ------------------------------------------------------------------


def test_vocabulary_has_unique_slug_ids_and_known_kinds(vocabulary):
    ids = [s.id for s in vocabulary]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9_]+", i) for i in ids)
    assert {s.kind for s in vocabulary} == set(KINDS)
    assert all(s.description for s in vocabulary)


@pytest.mark.parametrize(
    "service_id, kind",
    [
        ("wohngeld", "Verwaltungsleistung"),
        ("wohnsitzanmeldung", "Verwaltungsleistung"),
        ("bundid", "Basiskomponente"),
        ("epaybl", "Basiskomponente"),
        ("signaturdienst", "Basiskomponente"),
        ("civento", "Basiskomponente"),
        ("ozg", "Programm"),
        ("efa", "Programm"),
    ],
)
def test_vocabulary_contains_the_services_of_the_issue(vocabulary, service_id, kind):
    assert {s.id: s.kind for s in vocabulary}[service_id] == kind


def test_municipal_services_of_the_karlsruhe_corpus_are_covered(vocabulary):
    ids = {s.id for s in vocabulary}
    expected = {
        "wohnsitzanmeldung", "personalausweis", "reisepass", "kfz_zulassung",
        "bewohnerparkausweis", "baugenehmigung", "gewerbeanmeldung",
        "kinderbetreuungsplatz", "abfallentsorgung", "hundesteuer", "wohngeld",
    }  # fmt: skip
    assert expected <= ids


def test_negative_aliases_are_not_displayed(vocabulary):
    licence = next(s for s in vocabulary if s.id == "fuehrerschein")
    assert "!Hundeführerschein" in licence.aliases
    assert "!Hundeführerschein" not in display_aliases(licence)
    assert "Fahrerlaubnis" in display_aliases(licence)


@pytest.mark.parametrize(
    "yaml_text, message",
    [
        ("- {id: a, name: A, kind: Programm}\n- {id: a, name: B, kind: Programm}\n",
         r"entry 2 \(a\): duplicate id 'a'"),
        ("- {id: a, name: A, kind: Dienst}\n", r"entry 1 \(a\): unknown kind 'Dienst'"),
        ("- {id: Wohn Geld, name: A, kind: Programm}\n", r"entry 1 .*slug"),
        ("- {id: a, kind: Programm}\n", r"entry 1 \(a\): missing 'name'"),
        ("- {id: a, name: A, kind: Programm, aliases: x}\n", r"aliases must be a list"),
        ("- {id: a, name: A, kind: Programm, leika_key: 1}\n", r"unknown keys"),
        ("id: a\n", r"expected a list"),
    ],
)  # fmt: skip
def test_invalid_vocabulary_is_rejected_naming_file_and_entry(tmp_path, yaml_text, message):
    path = tmp_path / "services.yml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as error:
        load_vocabulary(path)
    assert str(path) in str(error.value)


# --- mentions in the Mainz answer (seed) ---------------------------------------------


def test_answer_3_mentions_housing_benefit_residence_naturalisation_maintenance(matcher):
    ids = {m.service_id for m in matcher.find(answer_to(3))}
    assert {"wohngeld", "aufenthaltstitel", "einbuergerung", "unterhaltsvorschuss"} <= ids


def test_answer_12_mentions_epaybl_as_e_payment_component_and_signature_service(matcher):
    mentions = found(matcher, answer_to(12))
    assert ("epaybl", "E-Payment-Komponente") in mentions
    assert ("signaturdienst", "Signaturdienst") in mentions


@pytest.mark.parametrize("word", ["Hauptamt", "Bitkom", "Stadtrat", "Oberbürgermeister"])
def test_offices_organisations_and_roles_are_not_services(matcher, word):
    assert matcher.find(word) == []
    assert all(word.lower() not in m.text.lower() for m in matcher.find(seed_text()))


def test_mentions_point_into_the_original_text(matcher):
    text = seed_text()
    mentions = matcher.find(text)
    assert len(mentions) > 20
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


# --- forms that match ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("zB Führungszeugnisse, Meldebescheinigungen", [("fuehrungszeugnis", "Führungszeugnisse"),
                                                   ("meldebescheinigung", "Meldebescheinigungen")]),
        ("Mit dem digitalen Wohngeldantrag", [("wohngeld", "Wohngeldantrag")]),
        ("fehlen (E-Payment-Komponente, ", [("epaybl", "E-Payment-Komponente")]),
        ("neue E-Payment Komponente „epayBL“", [("epaybl", "E-Payment Komponente"),
                                              ("epaybl", "epayBL")]),
        ("Nutzung des BundID-Rückkanals", [("bundid", "BundID-Rückkanals")]),
        ("des Wohngeldes", [("wohngeld", "Wohngeldes")]),
        ("den Wohn-\ngeldantrag", [("wohngeld", "Wohn-\ngeldantrag")]),
        ("OZG-Änderungsgesetz", [("ozg", "OZG-Änderungsgesetz")]),
        ("Online-Zugangs-Gesetzes (OZG)", [("ozg", "Online-Zugangs-Gesetzes"), ("ozg", "OZG")]),
        ("im Bürger- und Unternehmensservice (BUS)", [("bus_rlp", "Bürger- und Unternehmensservice")]),
        ("Hilfe zur\nPflege", [("hilfe_zur_pflege", "Hilfe zur\nPflege")]),
        ("Fuhrungszeugnis oder Fuehrungszeugnis", [("fuehrungszeugnis", "Fuhrungszeugnis"),
                                                  ("fuehrungszeugnis", "Fuehrungszeugnis")]),
        ("die Teilbaugenehmigung", [("baugenehmigung", "Teilbaugenehmigung")]),
        ("Kita-Plätzen", [("kinderbetreuungsplatz", "Kita-Plätzen")]),
        ("die Hundsteuer", [("hundesteuer", "Hundsteuer")]),  # one typo in a long alias
        ("Wohnsitzabmeldung", [("wohnsitzabmeldung", "Wohnsitzabmeldung")]),
    ],
)  # fmt: skip
def test_inflected_compound_and_hyphenated_forms_match(matcher, text, expected):
    assert found(matcher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hundeführerschein",  # a negative alias hides the head "Führerschein"
        "Seniorenbetreuungsplätzen",
        "Was passiert mit dem Karlsruher Stadtpass?",  # "pass"+"iert" is no compound
        "Bauanfrage",  # two letters from "Bauanträge": no fuzzy match via the plain form
        "Pflegekasse und Hilfe zur Pflegekasse",  # multi-word aliases end at a word end
        "des Bundes, vom Bund",  # "Bund ID" needs both words
        "Gefahr, Stefan, Kiefer",  # "EfA" only as a whole word
    ],
)
def test_look_alikes_do_not_match(matcher, text):
    assert found(matcher, text) == []


# --- boundaries, with a deliberately risky vocabulary --------------------------------

RISKY = [
    Service("meldung", "Meldung", "Verwaltungsleistung", ("Ausweis",), "", None, None),
    Service("efa", "EfA", "Programm", (), "", None, None),
    Service("ausweis", "Personalausweis", "Verwaltungsleistung", (), "", None, None),
]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Anmeldung, Ummeldung, Abmeldung", []),  # verb prefixes are not compounds
        ("nachweisen, Nachweis, ausweisen", []),  # "ausweisen" is a verb (lower case)
        ("Meldungen und Ausweise", [("meldung", "Meldungen"), ("meldung", "Ausweise")]),
        ("Meldungsformular", [("meldung", "Meldungsformular")]),
        ("Personalausweis", [("ausweis", "Personalausweis")]),  # longest alias wins
        ("EfA-Leistungen, EfAs, Efaleistung", [("efa", "EfA-Leistungen"), ("efa", "EfAs")]),
    ],
)
def test_short_aliases_match_only_at_word_boundaries(text, expected):
    assert found(ServiceMatcher(RISKY), text) == expected


FILLER = st.sampled_from(
    ["Anmeldung", "Wohngeld", "E-Payment", "Komponente", "BundID-Rückkanal", "und", "nachweisen",
     "Wohn-\ngeld", "Bürger-", "Unternehmensservice", "„epayBL“", "OZG", ",", " ", "\n", "-"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(FILLER, max_size=30))
def test_mentions_are_sorted_disjoint_slices_of_any_text(matcher, parts):
    text = " ".join(parts)
    mentions = matcher.find(text)
    assert all(text[m.start : m.end] == m.text and m.start < m.end for m in mentions)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


# --- candidates for growing the vocabulary -------------------------------------------


def test_service_like_groups_inflected_compounds():
    assert service_like("sondergenehmigungen") == "sondergenehmigung"
    assert service_like("antrag") is None  # the head alone names nothing
    assert service_like("stadtrat") is None


def test_candidates_lists_frequent_unknown_service_like_terms(vocabulary):
    texts = [
        "Die Sondergenehmigung wurde erteilt. Zwei Sondergenehmigungen fehlen.",
        "Eine Sondergenehmigung und eine Baugenehmigung. Den Antrag anzupassen.",
        "Der Ergänzungsantrag kam einmal vor.",
    ]
    result = candidates(texts, vocabulary, min_count=2)
    assert [(c.term, c.count) for c in result] == [("Sondergenehmigung", 3)]
    assert result[0].examples[0].startswith("…Die [Sondergenehmigung] wurde erteilt.")
    assert isinstance(result[0], Candidate)


def test_service_candidates_command_prints_a_table(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.md").write_text("Die Sondergenehmigung. " * 3, encoding="utf-8")
    status = run(["--inquiries", str(tmp_path), "--vocabulary", str(VOCABULARY)])
    lines = capsys.readouterr().out.splitlines()
    assert status == 0
    assert lines[0].split() == ["count", "term", "example"]
    assert lines[1].split()[:2] == ["3", "Sondergenehmigung"]


def test_service_candidates_command_needs_an_input(capsys):
    with pytest.raises(SystemExit) as exit_:
        run(["--vocabulary", str(VOCABULARY)])
    assert exit_.value.code == 2


# --- the real corpus -----------------------------------------------------------------


@pytest.mark.corpus
def test_corpus_mentions_are_valid_and_cover_common_services(matcher):
    files = sorted((corpus_or_skip() / "files").glob("*.txt"))
    counts: dict[str, int] = {}
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for mention in matcher.find(text):
            assert text[mention.start : mention.end] == mention.text
            counts[mention.service_id] = counts.get(mention.service_id, 0) + 1
    for service_id in ("wohngeld", "einbuergerung", "baugenehmigung", "hundesteuer"):
        assert counts.get(service_id, 0) >= 10, service_id
