"""The header block of a Karlsruhe answer document ("STELLUNGNAHME zur Anfrage").

The PDF layout is a form: labels ("Vorlage Nr.:", "Verantwortlich:") in one column,
values in another, which text extraction tears apart, then the title and a meeting
table ("Gremium Termin TOP … / Gemeinderat 27.11.2018 23", or "Beratungsfolge Termin …
/ Ortschaftsrat Wolfartsweier 12.09.2023 öffentlich Kenntnisnahme"). ``split_header`` finds
where the header ends and reads the facts it states, re-joined as "label: value".
Pure functions on cleaned lines; facts that are not stated stay None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..submitters import JOINT_SEPARATOR, is_no_party, party_of
from .question_spans import normalise

_DATE = re.compile(r"\b(\d{2})\.(\d{2})\.(\d{4})\b")
# a meeting row's date, also where extraction lost the spaces around it ("Ortschaftsrat Durlach17.10.20186x")
_ROW_DATE = re.compile(r"(?<!\d)\d{2}\.\d{2}\.\d{4}")
_REFERENCE = re.compile(r"\b(\d{4}/\d{4}(?:/\d+)?)\b")
_MEETING_ROW = re.compile(r"^(\D*?(?:rat|ausschuss|Ausschuss|beirat|Beirat)\w*)\s+"
                          r"(\d{2}\.\d{2}\.\d{4})\s+(\d{1,3}(?:\.\d+)?)\b")
# "Stadträtin Anna Beispiel (SPD)", "Stadtrat Tom Beispiel, FDP", "Ortschaftsrat Paul Probe (AfD)"
_PERSON = re.compile(r"^(?:Stadträt(?:in|e)?|Stadtrat|Ortschaftsrät(?:in)?|Ortschaftsrat)\s+"
                     r"(?:(.+?)\s*\((.+)\)|([^,()]+?),\s*([^,()]{2,30}))$")
# a councillor named without title, right under "STELLUNGNAHME zur Anfrage": "Marc Beispiel (AfD)"
_BARE_PERSON = re.compile(r"^((?:Dr\.\s+)?[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß.-]+){1,3})\s*\(([^)]{2,30})\)$")
_FACTION = re.compile(r"frakk?t?ion|Frakk?t?ion|Gruppe|gruppe")  # "…-Gemeinderatsfrakion": a typing error
# how a form names the asking group on a line of its own: "Anfrage der SPD-Ortschaftsratsfraktion",
# "(SPD-Gemeinderatsfraktion)", "der CDU-Anfrage", "…, Anfrage der CDU-Fraktion", "(Anfrage GRÜNE-Fraktion)"
_GROUP_LINE = re.compile(
    r"^(?:.*?[,(]\s*)?(?:Stellungnahme zur\s+)?(?:Ergänzungsanfrage|Anfrage|Antrag)(?:\s+der)?\s*:?\s+(?P<named>.+?)\)?$"
    r"|^\((?P<bracketed>[^()]+)\)$"
    r"|^der\s+(?P<adjective>\S+)-Anfrage$")
_GROUP_TAIL = re.compile(r",?\s*(?:eingegangen am|vom)\s+\d.*$|\s+Vorlage Nr\.?:?.*$|:$|^Eingang:\s*[\d.]+,\s*")
# a joint inquiry's groups in one line: "Gemeinsame Anfrage: FÜR, Volt", "Interfraktionelle Anfrage: GRÜNE, KAL"
_JOINT_LINE = re.compile(r"^(?:Gemeinsame|Interfraktionelle)\s+Anfrage:\s*(.+)$", re.I)
_TITLE_WORD = re.compile(r"^(?:Stadtr|Ortschaftsr|Gemeinder|Sta?d?tr)\w*$")  # "Stadträtin", mistyped "Stadträin"
_NOT_A_FACTION = re.compile(r"interfraktionell", re.I)  # "STELLUNGNAHME zur interfraktionellen", "Interfraktionelle Anfrage"
_LABEL = re.compile(r"^(vom|eingegangen(?: am)?|Gremium|Termin|Vorlage Nr\.|TOP|Verantwortlich|"
                    r"Dienststelle):\s*(.*)$")
_UNIT = re.compile(r"^(Dez\.\s*\d.*|OB\b.*|Dezernat\s.*)$")
# "Gremium Termin TOP ö nö", and the form of 2023 "Beratungsfolge Termin Öffentlichkeitsstatus Zuständigkeit";
# "GremiumTerminTOPöNö": the Stadtamt Durlach's form of 2018, its spaces lost in extraction
_TABLE = re.compile(r"^(?:Gremi(?:um|en)|Beratungsfolge)\s*Termin")
_SCAN = 60  # the header always sits in the first lines of the first page
_FIRST_QUESTION = re.compile(r"^(?:Frage\s+1\s*[:.)]|1[.)]\s)\s*\S")  # "Frage 1: Müssen …", "1. Wie …"


@dataclass
class Header:
    """Where the body starts (``end``) and the facts the header states."""

    end: int = 0
    lines: list[str] = field(default_factory=list)  # re-joined "label: value" lines
    reference: str | None = None
    unit: str | None = None
    office: str | None = None  # "Dienststelle"
    meeting: str | None = None
    submitter: str | None = None
    persons: list[str] = field(default_factory=list)


def split_header(lines: list[str], title: str) -> Header:
    """Find the header of an answer document and read it.

    The header ends after the title (found by fuzzy match with the paper's name)
    or after the meeting table, whichever is later. Without either, there is no
    recognisable header and ``end`` is 0 (the whole text is body).
    """
    title_lines = _title_lines(lines, title)
    table_end = _table_end(lines)
    end = max(title_lines.stop, table_end or 0)
    if not end:
        return Header()
    header = _read(lines[:end], title_lines)
    header.end = end
    header.lines = [f"{label}: {value}" for label, value in (
        ("Vorlage Nr.", header.reference), ("Verantwortlich", header.unit),
        ("Dienststelle", header.office)) if value]
    return header


def _title_lines(lines: list[str], title: str) -> range:
    """The title's line run: from the first line that matches (part of) the title.

    The paper's name may be shorter than the printed title ("… U 3" vs "… U 3 der
    Landesregierung zur …"), so the match is partial and the run ends at a blank line,
    the meeting table, or a line naming the asking group. Empty when no line matches.
    Not past the first question ("Frage 1: …"): "Turmbergbahn als auch die …" in an answer
    further on starts like the name "Turmbergbahn" (2021/1298 lost three answers so).
    """
    want = normalise(title)
    if len(want) < 4:
        return range(0)
    for start in range(1, min(len(lines), _SCAN)):
        if _FIRST_QUESTION.match(lines[start].strip()):
            return range(0)  # the body has begun: a line of an answer further on that names the title is no title
        line = normalise(lines[start])
        if len(line) < min(8, len(want)) or _LABEL.match(lines[start]):
            continue
        if fuzz.partial_ratio(line, want) >= 90 and _starts_title(line, want):
            end = start + 1
            while end < start + 5 and end < len(lines) and _continues_title(lines, end):
                end += 1
            return range(start, end)
    return range(0)


def _continues_title(lines: list[str], index: int) -> bool:
    line = lines[index].strip()
    if not line or _TABLE.match(line) or line.startswith("Anfrage:") or group_named(line):
        return False
    question = re.match(r"^\d{1,2}[.)]?\s", line)
    return not (question and lines[index - 1].rstrip().endswith((".", "?", ":", "!")))


def _starts_title(line: str, want: str) -> bool:
    """The line begins the title (not a line from its middle or a stray word)."""
    head = min(len(line), len(want), 25)
    return fuzz.ratio(line[:head], want[:head]) >= 80


def _table_end(lines: list[str]) -> int | None:
    for index, line in enumerate(lines[:_SCAN]):
        if _TABLE.match(line):
            for row in range(index + 1, min(index + 8, len(lines))):
                if _ROW_DATE.search(lines[row]):
                    end = row + 1
                    while end < len(lines) and _is_table_rest(lines[end]):
                        end += 1
                    return end
    return None


def _is_table_rest(line: str) -> bool:
    """Blank lines and the short marks after a meeting row ("x", "Ö", "Kenntnisnahme")."""
    stripped = line.strip()
    return not stripped or bool(re.fullmatch(r"(x|X|ö|nö|Ö|N|Ergebnis|Kenntnisnahme|Beratung)\b.{0,12}",
                                             stripped))


def group_named(line: str) -> str | None:
    """The asking group a header line names on its own, or None: "Anfrage der
    SPD-Ortschaftsratsfraktion" → "SPD-Ortschaftsratsfraktion", "(Die Linke)" → "Die
    Linke", "der CDU-Anfrage" → "CDU", "KAL/Die Partei" → itself. Only a party's name or a
    group word with at most a few words around it counts: a title naming a party does not."""
    text = _GROUP_TAIL.sub("", line.strip()).strip()
    if joint := _JOINT_LINE.match(text):
        groups = [group_named(part) for part in re.split(r",\s*|\s+und\s+", joint.group(1))]
        return JOINT_SEPARATOR.join(groups) if groups and all(groups) else None
    match = _GROUP_LINE.match(text)
    named = next((g for g in match.groups() if g), text) if match else text
    named = named.strip(" ,.;:()")
    if _NOT_A_FACTION.search(line) or len(named) > 60 or len(named.split()) > 5 or ":" in named:
        return None
    if not (party_of(named) or re.search(r"frakk?t?ion", named, re.I)) or _TITLE_WORD.match(named.split()[0]):
        return None  # neither a party nor a faction, or a councillor named with his title
    if re.search(r"\b(?!und\b|der\b|sowie\b|im\b)[a-zäöüß]{3,}\b", named.replace("Die ", "")):
        return None  # lower-case words: a sentence or a title, not a group's name
    return named


def _read(lines: list[str], title_lines: range) -> Header:
    header = Header()
    askers: list[str] = []  # every group the header names as asking, a person of no party as written
    for index, line in enumerate(lines):
        label = _LABEL.match(line)
        if label and label.group(2):
            _labelled(header, label.group(1), label.group(2))
        elif label and label.group(1) == "Dienststelle" and index + 1 < len(lines):
            header.office = header.office or (lines[index + 1].strip() or None)
        elif person := _PERSON.match(line) or (_asked_by_line(lines, index) and _BARE_PERSON.match(line)):
            header.persons.append(_without_title((person.group(1) or person.group(3)).strip()))
            party = (person.group(2) or person.group(4)).strip()
            header.submitter = header.submitter or party
            askers.append(line.strip() if is_no_party(party) else party)  # "Stadtrat … (pl)" asks for himself
        elif row := _MEETING_ROW.match(line):
            header.meeting = f"{row.group(1).strip()} {row.group(2)}, TOP {row.group(3)}"
        elif line.startswith("Anfrage:") and line[8:].strip():
            # "Anfrage: GRÜNE"; in the Stadtamt Durlach's form "Anfrage: <title>" follows
            # the faction's own line ("FDP-OR-Fraktion"), which it must not replace
            header.submitter = header.submitter or line[8:].strip()
        elif index not in title_lines and (named := group_named(line)):
            header.submitter = named
            askers.append(named)
        elif _FACTION.search(line) and not _NOT_A_FACTION.search(line) and len(line) < 80 \
                and index not in title_lines:
            header.submitter = _GROUP_TAIL.sub("", line.strip()).strip()
            askers.append(header.submitter)
        elif _UNIT.match(line) and not header.unit:
            header.unit = line.strip()
    if len(groups := _distinct_groups(askers)) > 1:
        header.submitter = JOINT_SEPARATOR.join(groups)
    if not header.reference and (match := _REFERENCE.search(" ".join(lines))):
        header.reference = match.group(1)
    return header


def _distinct_groups(askers: list[str]) -> list[str]:
    """The groups of a joint inquiry, each once, in the header's order: "Stadtrat … (FDP)"
    and "FDP-Gemeinderatsfraktion" are one group, "GfK" and "Gf ́K" (extraction debris)
    too; each councillor of no party is a group of his own."""
    seen: dict[str, str] = {}
    for asker in askers:
        seen.setdefault(re.sub(r"[^a-zäöüß]", "", (party_of(asker) or asker).casefold()), asker)
    return list(seen.values())


def _without_title(name: str) -> str:
    """ "Stadträin Gisela Beispiel" (a mistyped title before a councillor's name) → "Gisela Beispiel"."""
    first, _, rest = name.partition(" ")
    return rest if rest and _TITLE_WORD.match(first) else name


def _asked_by_line(lines: list[str], index: int) -> bool:
    """The line stands right under "STELLUNGNAHME zur Anfrage" (among the askers' lines)."""
    return any(re.match(r"^STELLUNGNAHME\b", lines[i].strip(), re.I) for i in range(max(0, index - 4), index))


def _labelled(header: Header, label: str, value: str) -> None:
    value = value.strip()
    if label == "Vorlage Nr.":
        header.reference = value
    elif label == "Verantwortlich":
        header.unit = value
    elif label == "Dienststelle":
        header.office = value
