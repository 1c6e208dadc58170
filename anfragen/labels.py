"""German labels for column and parameter names of the published queries.

Canned queries name their columns in ASCII snake case (``faellig_am``) so that JSON and
CSV keys stay simple; pages show ``Fällig am``. Unknown names get a generic rendering.

Datasette's own table, row and database pages show the English column names of the
tables (``answered_on``): ``column(name, table)`` gives their German labels, and
``crumb(table, singular=True)`` what one row of a table is called. The names themselves
stay what URLs, JSON and CSV use.
"""

from __future__ import annotations

COLUMNS = {
    "faellig_am": "Fällig am", "tage_ueberfaellig": "Tage überfällig", "zusage": "Zusage",
    "zeitangabe": "Zeitangabe", "anfrage": "Anfrage", "aktenzeichen": "Aktenzeichen",
    "titel": "Titel", "gremium": "Gremium", "fragesteller": "Fragesteller",
    "beantwortet_am": "Beantwortet am", "gefragt_am": "Gefragt am", "zu_frage": "Zu Frage",
    "jahr": "Jahr", "anfragen": "Anfragen", "fragen": "Fragen", "tage": "Tage",
    "tage_im_mittel": "Tage im Mittel", "tage_hoechstens": "Tage höchstens", "nr": "Nr.",
    "frage": "Frage", "antwort": "Antwort", "verweist_auf": "Verweist auf Frage",
    "leistung": "Leistung", "name": "Name", "art": "Art", "nennungen": "Nennungen",
    "antworten": "Antworten",
}
PARAMETERS = {
    "stichtag": "Stichtag (JJJJ-MM-TT; leer: heute)",
    "suchbegriff": "Suchbegriff",
}


def _generic(name: str) -> str:
    words = name.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


# Columns of the tables and views (schema names), for Datasette's table and row pages.
TABLE_COLUMNS = {
    "id": "Kennung", "rowid": "Zeile", "inquiry_id": "Anfrage", "question_id": "Frage",
    "answer_id": "Antwort", "service_id": "Leistung", "body": "Gremium",
    "reference": "Aktenzeichen", "title": "Titel", "kind": "Art", "submitter": "Fragesteller",
    "asked_on": "Gefragt am", "answered_on": "Beantwortet am", "place": "Ort",
    "signed_by": "Unterzeichnet von", "signer_role": "Funktion", "unit": "Zuständige Stelle",
    "meeting": "Sitzung", "intro": "Einleitung", "source_path": "Quelldatei",
    "source_url": "Originaldokument", "position": "Position", "number": "Nr.", "text": "Text",
    "context": "Kontext", "line": "Zeile in der Datei", "is_pointer": "Nur Verweis",
    "mention": "Nennung", "start": "Stelle im Text", "due": "Fällig am",
    "precision": "Genauigkeit", "phrase": "Zeitangabe", "sentence": "Satz",
    "services": "Leistungen", "name": "Name", "field": "Feld", "reason": "Grund",
    "side": "Seite", "year": "Jahr", "question": "Frage", "answer": "Antwort",
    "question_rowid": "Zeilennummer der Frage", "description": "Beschreibung",
    "aliases": "Andere Bezeichnungen", "ozg_id": "OZG-ID", "leika": "LeiKa-Schlüssel",
    "answer_mentions": "Nennungen in Antworten", "question_mentions": "Nennungen in Fragen",
    "mentions": "Nennungen", "grouping": "Gemeinsam beantwortet", "answer_grouping": "Gemeinsam beantwortet",
    "path": "Pfad", "sha256": "SHA-256", "key": "Schlüssel", "value": "Wert",
    "Link": "Link",
}
# Where a name means something else in one table.
TABLE_COLUMNS_BY_TABLE = {
    "questions": {"text": "Frage"},
    "answers": {"text": "Antwort"},
    "commitments": {"text": "Zusage"},
    "qa": {"question_id": "Kennung der Frage", "answer_id": "Kennung der Antwort"},
}


def column(name: str, table: str | None = None) -> str:
    """German label of a column: of a canned query's column, or (with ``table``) of a
    column of that table or view; a table's unknown column keeps its name."""
    if table is None:
        return COLUMNS.get(name) or _generic(name)
    return (TABLE_COLUMNS_BY_TABLE.get(table, {}).get(name) or TABLE_COLUMNS.get(name)
            or COLUMNS.get(name) or name)


def parameter(name: str) -> str:
    return PARAMETERS.get(name) or _generic(name)


# Breadcrumbs: Datasette's "home", database and table names → what the pages are called.
CRUMBS = {
    "home": "Startseite", "anfragen": "Anfragen und Antworten", "inquiries": "Anfragen",
    "questions": "Fragen", "answers": "Antworten", "qa": "Fragen mit Antworten",
    "services": "Verwaltungsleistungen", "service_mentions": "Leistungen nach Nennungen",
    "commitments": "Zusagen", "answer_services": "Nennungen in Antworten",
    "question_services": "Nennungen in Fragen", "answer_references": "Verweise",
    "preambles": "Vorbemerkungen", "parse_issues": "Zweifel beim Einlesen",
    "inquiry_persons": "Fragestellende Personen", "inquiry_submitters": "Fragesteller je Anfrage",
    "sources": "Quelldateien",
    "build_info": "Angaben zum Build",
}


# What one row of a table is called (row pages).
ROWS = {
    "inquiries": "Anfrage", "questions": "Frage", "answers": "Antwort",
    "qa": "Frage mit Antwort", "services": "Verwaltungsleistung",
    "service_mentions": "Leistung", "commitments": "Zusage",
    "answer_services": "Nennung in einer Antwort", "question_services": "Nennung in einer Frage",
    "answer_references": "Verweis", "preambles": "Vorbemerkung",
    "parse_issues": "Zweifel beim Einlesen", "inquiry_persons": "Fragestellende Person",
    "inquiry_submitters": "Fragesteller einer Anfrage",
    "sources": "Quelldatei", "build_info": "Angabe zum Build",
}


def crumb(label: str, singular: bool = False) -> str:
    """German name of the start page, the database or a table; ``singular``: of one row."""
    if singular and label in ROWS:
        return ROWS[label]
    return CRUMBS.get(label, label)


# How the document showed that questions share an answer (answers.grouping), as the pages
# say it next to such an answer.
GROUPING = {
    "stated": "Gemeinsame Antwort auf mehrere Fragen (so im Dokument angegeben)",
    "consecutive": "Gemeinsame Antwort auf mehrere Fragen (im Dokument direkt hintereinander gestellt)",
    "whole": "Antwort auf alle Fragen der Anfrage zusammen (nicht nach Fragen gegliedert)",
}
