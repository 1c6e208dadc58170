"""Facts the document states about itself: reference, submitter, title, dates, signer.

Each function reads plain text and returns None when the text does not say; nothing is
inferred beyond what is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_DATE = r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})"
_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
    "dezember": 12,
}
MONTH_NAMES = "|".join(_MONTHS)
_LONG_DATE = rf"(\d{{1,2}})\.\s*((?i:{MONTH_NAMES}))\s+(\d{{4}})"

_REFERENCE_PATTERNS = [
    re.compile(r"Anfrage\s+(?:Nr\.|Nummer)\s*:?\s*(\d+/\d{2,4})", re.I),
    re.compile(r"Vorlage\s*(?:Nr\.|Nummer)\s*:?\s*(\d{4}/\d+)", re.I),
    re.compile(r"Drucksache\s*(?:Nr\.)?\s*:?\s*(\d+/\d+)", re.I),
]
_KIND = re.compile(r"\b(Kleine Anfrage|Große Anfrage|Grosse Anfrage|Schriftliche Anfrage|Anfrage)\b")
_SUBMITTER_OF = re.compile(
    r"Anfrage\s+(?:Nr\.\s*\S+\s+)?(?:der|des|von)\s+(.+?)\s+(?:betreffend|betr\.|zum Thema|vom)\b",
    re.I,
)
_SUBMITTER_LABEL = re.compile(r"^\s*Anfrage\s*(?:von)?\s*:\s*(.+?)\s*$", re.I | re.M)
_TITLE = re.compile(r"\b(?:betreffend|betr\.)\s*:?\s*(.+)", re.I)
_PLACE_DATE = re.compile(rf"^\s*([A-ZÄÖÜ][\wäöüß.\- ]{{1,40}}),\s*(?:den\s+)?(?:{_DATE}|{_LONG_DATE})\s*$", re.M)
# "Karlsruhe, 28.6.22": a signature's date with a two-digit year (this century)
_PLACE_SHORT_DATE = re.compile(r"^\s*([A-ZÄÖÜ][\wäöüß.\- ]{1,40}),\s*(?:den\s+)?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2})\s*$")
_RECEIVED = re.compile(rf"\beingegangen(?:\s+am)?\s*:?\s*{_DATE}", re.I)
_MEETING_FIELDS = {
    name: re.compile(rf"^\s*{name}\s*:\s*(\S.*?)\s*$", re.I | re.M) for name in ("Gremium", "Termin", "TOP")
}
_ASKED_ON = re.compile(rf"\bvom\s+{_DATE}")
_SIGNATURE = re.compile(r"^\s*(?:gez\.|gezeichnet)\s*(.*)$", re.I | re.M)
_DEPUTY = re.compile(r"^\s*(In Vertretung|i\.\s?V\.|Im Auftrag|i\.\s?A\.)\s*$", re.I)
_UNIT = re.compile(r"^\s*(?:Verantwortlich|Federführung)\s*:\s*(\S.*?)\s*$", re.I | re.M)
_OFFICE = re.compile(r"^\s*Dienststelle\s*:\s*(\S.*?)\s*$", re.I | re.M)


@dataclass
class TextFacts:
    """What the document text states; None where it is silent."""

    reference: str | None = None
    kind: str | None = None
    submitter: str | None = None
    title: str | None = None
    asked_on: str | None = None
    answered_on: str | None = None
    received_on: str | None = None
    meeting: str | None = None
    place: str | None = None
    signed_by: str | None = None
    signer_role: str | None = None
    unit: str | None = None
    signature_line: int | None = None  # 0-based index into the lines where the signature starts
    extra: dict = field(default_factory=dict)


def iso_date(day: str, month: str, year: str) -> str | None:
    """'11', '11', '2024' → '2024-11-11'; None for impossible dates."""
    d, m, y = int(day), int(month), int(year)
    if not (1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def month_number(name: str) -> int | None:
    return _MONTHS.get(name.lower())


def strip_emphasis(text: str) -> str:
    return re.sub(r"(\*\*|__|\*|_)(.+?)\1", r"\2", text).strip()


def read_header(header: str) -> TextFacts:
    """Facts from the text before the first question (title block, form fields)."""
    facts = TextFacts()
    flat = " ".join(header.split())
    for pattern in _REFERENCE_PATTERNS:
        if m := pattern.search(flat):
            facts.reference = m.group(1)
            break
    if m := _KIND.search(flat):
        facts.kind = m.group(1).replace("Grosse", "Große")
    if m := _SUBMITTER_OF.search(flat):
        facts.submitter = strip_emphasis(m.group(1))
    elif m := _SUBMITTER_LABEL.search(header):
        facts.submitter = strip_emphasis(m.group(1))
    for line in header.splitlines():
        if m := _TITLE.search(line):
            facts.title = strip_emphasis(m.group(1)).strip(" .:") or None
            break
    if m := _ASKED_ON.search(flat):
        facts.asked_on = iso_date(*m.groups())
    if m := _RECEIVED.search(flat):
        facts.received_on = iso_date(*m.groups())
    unit, office = _UNIT.search(header), _OFFICE.search(header)
    if unit or office:
        parts = [m.group(1) for m in (unit, office) if m]
        facts.unit = parts[0] if len(parts) == 1 else f"{parts[0]} ({parts[1]})"
    fields = {name: m.group(1) for name, p in _MEETING_FIELDS.items() if (m := p.search(header))}
    if "Gremium" in fields:
        facts.meeting = ", ".join([fields["Gremium"]] + [f"TOP {v}" if k == "TOP" else v
                                                         for k, v in fields.items() if k != "Gremium"])
    return facts


def read_signature(lines: list[str]) -> TextFacts:
    """Place, date, signer and role from the closing lines ("Mainz, 11.11.2024 / gez. /
    Nino Haase / Oberbürgermeister"). Searches the last 15 lines only."""
    facts = TextFacts()
    start = max(0, len(lines) - 15)
    tail = lines[start:]
    for n, line in enumerate(tail):
        after = [x for x in tail[n + 1:] if x.strip()]
        closing = len(after) <= 3 or any(_SIGNATURE.match(x) or _DEPUTY.match(x) for x in after[:4])
        if closing and (m := _PLACE_DATE.match(line)):
            facts.place = m.group(1).strip()
            if m.group(2):
                facts.answered_on = iso_date(m.group(2), m.group(3), m.group(4))
            else:
                facts.answered_on = iso_date(m.group(5), str(month_number(m.group(6))), m.group(7))
            facts.signature_line = start + n
        elif closing and (m := _PLACE_SHORT_DATE.match(line)):
            facts.place = m.group(1).strip()
            facts.answered_on = iso_date(m.group(2), m.group(3), str(2000 + int(m.group(4))))
            facts.signature_line = start + n
    for n, line in enumerate(tail):
        m = _SIGNATURE.match(line)
        if not m:
            continue
        if facts.signature_line is None:
            facts.signature_line = start + n
            before = [x for x in tail[:n] if x.strip()]
            if before and _DEPUTY.match(before[-1]):  # "In Vertretung" above "gez."
                facts.extra["deputy"] = before[-1].strip()
                facts.signature_line = start + max(i for i, x in enumerate(tail[:n]) if x.strip())
        rest = [x.strip() for x in tail[n + 1:] if x.strip()]
        names = ([m.group(1).strip()] if m.group(1).strip() else []) + rest
        if names and _DEPUTY.match(names[0]):
            facts.extra["deputy"] = names.pop(0)
        if names:
            facts.signed_by = strip_emphasis(names[0])
        if len(names) > 1:
            facts.signer_role = strip_emphasis(names[1])
        break
    return facts
