"""One name per submitter: the same faction is written many ways.

"GRÜNE", "Bündnis 90/Die Grünen" and "GRÜNE-Gemeinderatsfraktion" are one submitter. The
table maps recognisable party/group names to a canonical faction label; anything not
recognised is kept as written (never replaced by a guess).
"""

from __future__ import annotations

import re

# (pattern on the folded name, canonical party label)
_PARTIES = [
    (r"gr(ü|ue)ne|b(ü|ue)ndnis\s*90", "GRÜNE"),
    (r"\bcdu\b", "CDU"),
    (r"\bspd\b", "SPD"),
    (r"\bfdp\b|freie demokraten", "FDP"),
    (r"\bafd\b|alternative für deutschland", "AfD"),
    (r"\blinke\b|die linke", "DIE LINKE"),
    (r"\bkult\b", "KULT"),
    (r"freie w(ä|ae)hler|\bfw\b", "FREIE WÄHLER"),
    (r"\bvolt\b", "Volt"),
    (r"die partei\b", "Die PARTEI"),
    (r"\b(ödp|oedp)\b", "ÖDP"),
    (r"\bgfk\b", "GfK"),
    (r"karlsruher liste|\bkal\b", "Karlsruher Liste"),
    (r"piraten", "PIRATEN"),
]


def party_of(name: str) -> str | None:
    """The canonical party label a submitter name contains, or None."""
    folded = name.casefold()
    hits = [label for pattern, label in _PARTIES if re.search(pattern, folded)]
    return hits[0] if len(hits) == 1 else None


def faction_word(body: str | None) -> str:
    """The word for a faction in this council: Stadtrat → Stadtratsfraktion, …"""
    folded = (body or "").casefold()
    for council in ("stadtrat", "gemeinderat", "kreistag", "landtag", "bundestag", "bürgerschaft"):
        if council in folded:
            return council.capitalize() + "sfraktion" if council != "bürgerschaft" else "Bürgerschaftsfraktion"
    return "Fraktion"


_PERSON = re.compile(r"^(?:Stadtr(?:at|ätin)|Gemeinder(?:at|ätin)|Abgeordnete[rn]?|Frau|Herr)\s+(.+?)\s*\(([^)]+)\)$")


def normalise_submitter(name: str, body: str | None = None) -> tuple[str, list[str]]:
    """Canonical submitter and the persons named with it.

    A faction written with its party's name in any form ("GRÜNE", "Bündnis 90/Die Grünen",
    "GRÜNE-Gemeinderatsfraktion") becomes "<party>-<faction word of the council>", e.g.
    "GRÜNE-Gemeinderatsfraktion" in Karlsruhe's Gemeinderat, "FDP-Stadtratsfraktion" in
    Mainz's Stadtrat. A person "Stadträtin Anna Beispiel (SPD)" counts for the party's
    faction and is kept as a person. Unrecognised names are returned as written, trimmed.
    """
    cleaned = " ".join(name.split()).strip(" ,.;:")
    persons: list[str] = []
    if m := _PERSON.match(cleaned):
        persons.append(m.group(1))
        cleaned = m.group(2)
    party = party_of(cleaned)
    if party is None:
        return cleaned, persons
    return f"{party}-{faction_word(body)}", persons
