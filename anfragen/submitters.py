"""One name per submitter: the same faction is written many ways.

"GRÜNE", "Bündnis 90/Die Grünen" and "GRÜNE-Gemeinderatsfraktion" are one submitter. The
table maps recognisable party/group names to a canonical faction label; a name naming
several parties stays as written, and text that is not a submitter at all (a title or
form debris caught by the header) is refused rather than published as an author.
"""

from __future__ import annotations

import re

# Joint factions first: their names contain the names of single parties.
_ALLIANCES = [
    (r"\bkal\b\s*/\s*die partei|karlsruher liste\s*/\s*die partei", "KAL/Die PARTEI"),
    # "FW|FÜR", also "FW/FÜR" and "FWIFÜR" (the bar read as a letter)
    (r"\bfw\s*[|/i]\s*für\b|freie w(ä|ae)hler\s*(\||/|und)\s*für karlsruhe", "FW|FÜR"),
    (r"\bfdp\s*[/|]\s*fw\b|\bfdp\s*[/|]\s*freie w(ä|ae)hler", "FDP/FW"),
]
_PARTIES = [
    (r"gr(ü|ue)ne|b(ü|ue)ndnis\s*90", "GRÜNE"),
    (r"\bcdu\b", "CDU"),
    (r"\bspd\b", "SPD"),
    (r"\bfdp\b|freie demokraten", "FDP"),
    (r"\bafd\b|alternative für deutschland", "AfD"),
    (r"\blinke\b|die linke", "DIE LINKE"),
    (r"\bkult\b", "KULT"),
    (r"freie w(ä|ae)hler|\bfw\b", "FREIE WÄHLER"),
    (r"^für$|\bfür karlsruhe\b", "FÜR Karlsruhe"),
    (r"\bvolt\b", "Volt"),
    (r"die partei\b", "Die PARTEI"),
    (r"\b(ödp|oedp)\b", "ÖDP"),
    (r"\bgfk\b", "GfK"),
    (r"karlsruher liste|\bkal\b", "Karlsruher Liste"),
    (r"piraten", "PIRATEN"),
]
# the groups of a joint inquiry in one submitter: "GRÜNE-Gemeinderatsfraktion; CDU-Gemeinderatsfraktion"
JOINT_SEPARATOR = "; "

# A councillor of no party or faction is the submitter in person; "pl" is how Karlsruhe's
# forms abbreviate "parteilos".
_NO_PARTY = {"pl": "parteilos", "parteilos": "parteilos", "fraktionslos": "fraktionslos", "fl": "fraktionslos"}
_GROUP_WORDS = re.compile(r"fraktion|gruppe|stadtr|gemeinder|abgeordnete|ortschaftsrat|stadtverordnete", re.I)
_PERSON = re.compile(
    r"^(?:Stadtr(?:at|ätin)|Gemeinder(?:at|ätin)|Abgeordnete[rn]?|Frau|Herr)\s+(.+?)\s*\(([^)]+)\)$")


def is_no_party(group: str) -> bool:
    """"pl", "parteilos", "fraktionslos", "fl": the group a councillor of no party is given."""
    return group.strip().casefold() in _NO_PARTY


def party_of(name: str) -> str | None:
    """The canonical party (or joint faction) a submitter name names, or None when it
    names none or several."""
    folded = name.casefold()
    for pattern, label in _ALLIANCES:
        if re.search(pattern, folded):
            return label
    hits = [label for pattern, label in _PARTIES if re.search(pattern, folded)]
    return hits[0] if len(hits) == 1 else None


def faction_word(body: str | None, name: str = "", meeting: str | None = None) -> str:
    """The word for a faction in this council: Stadtrat → Stadtratsfraktion, …; a local
    council's faction named as such ("…-Ortschaftsratsfraktion", also mistyped
    "Ortschaftratsfraktion", "FDP-OR-Fraktion" in Durlach's forms) keeps its own word, and
    so does a faction whose inquiry went to a local council's meeting ("Ortschaftsrat
    Grötzingen 06.05.2026, TOP 5")."""
    if re.search(r"o\w*schaf\w*rat", name, re.I) or re.search(r"\bOR-Fraktion\b", name) \
            or re.match(r"Ortschaftsrat\b", meeting or ""):
        return "Ortschaftsratsfraktion"
    folded = (body or "").casefold()
    for council in ("stadtrat", "gemeinderat", "kreistag", "landtag", "bundestag"):
        if council in folded:
            return council.capitalize() + "sfraktion"
    if "bürgerschaft" in folded:
        return "Bürgerschaftsfraktion"
    return "Fraktion"


def plausible(name: str) -> bool:
    """Does this read like a submitter? A party, a group word, or a short proper name;
    not a sentence, a title or form debris ("Vorlage Nr", lower-case words)."""
    if party_of(name) or _GROUP_WORDS.search(name):
        return not re.search(r"\bVorlage\b|\bNr\b", name)
    words = name.split()
    return 0 < len(words) <= 4 and len(name) <= 40 and all(w[:1].isupper() for w in words)


def normalise_submitter(name: str, body: str | None = None,
                        known_persons: list[str] | tuple[str, ...] = (),
                        meeting: str | None = None) -> tuple[str | None, list[str]]:
    """Canonical submitter and the persons named with it.

    A faction written with its party's name in any form ("GRÜNE", "Bündnis 90/Die Grünen",
    "GRÜNE-Gemeinderatsfraktion") becomes "<party>-<faction word of the council>", e.g.
    "GRÜNE-Gemeinderatsfraktion" in Karlsruhe's Gemeinderat, "FDP-Stadtratsfraktion" in
    Mainz's Stadtrat. A person "Stadträtin Anna Beispiel (SPD)" counts for the party's
    faction and is kept as a person. A councillor of no party ("Stefan Schmitt (pl)", or
    "pl" with the person in ``known_persons``) is the submitter in person: "Stefan
    Schmitt (parteilos)". A name naming several parties is kept as written; an
    implausible one gives None (the caller records a doubt).
    """
    if ";" in name:
        return _normalise_joint(name, body, meeting)
    cleaned = " ".join(name.split()).strip(" ,.;:")
    persons: list[str] = []
    if m := _PERSON.match(cleaned):
        persons.append(m.group(1))
        cleaned = m.group(2)
    cleaned = re.sub(r"\s+Vorlage\s+Nr\b.*$", "", cleaned).strip(" ()")  # a form field run on
    who = persons or list(known_persons)
    if len(who) == 1 and (status := _NO_PARTY.get(cleaned.casefold())):
        return f"{who[0]} ({status})", persons  # "Stadtrat Stefan Schmitt (pl)": asks for himself
    if not plausible(cleaned):
        return None, persons
    party = party_of(cleaned)
    if party is None:
        return cleaned, persons
    return f"{party}-{faction_word(body, cleaned, meeting)}", persons


def _normalise_joint(name: str, body: str | None, meeting: str | None) -> tuple[str | None, list[str]]:
    """A joint inquiry of several groups ("FW; Stadtrat Stefan Schmitt (pl)"): each group
    normalised, kept in order, joined; None when any part is not a submitter."""
    groups, persons = [], []
    for part in groups_of(name):
        group, named = normalise_submitter(part, body, meeting=meeting)
        if group is None:
            return None, persons
        groups.append(group)
        persons += named
    return JOINT_SEPARATOR.join(dict.fromkeys(groups)), persons


def groups_of(submitter: str | None) -> list[str]:
    """The groups a (normalised) submitter names: one, or each group of a joint inquiry."""
    return [part.strip() for part in (submitter or "").split(";") if part.strip()]
