"""German labels for column and parameter names of the published queries.

Canned queries name their columns in ASCII snake case (``faellig_am``) so that JSON and
CSV keys stay simple; pages show ``Fällig am``. Unknown names get a generic rendering.
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


def column(name: str) -> str:
    return COLUMNS.get(name) or _generic(name)


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
    "inquiry_persons": "Fragestellende Personen",
}


def crumb(label: str) -> str:
    return CRUMBS.get(label, label)
