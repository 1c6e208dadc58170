"""An inquiry's request that leads into items which do not ask by themselves ("Die
Verwaltung möge mitteilen," / "1. in welchen Vereinen … Mitglied ist" / "2. welchen
Nutzen …"; "Wie schätzt die Stadtverwaltung das Urteil … ein im Hinblick auf" / "a. die
Kritik …"; "Wir beantragen daher:" / "- Sachstandsbericht zum Stand …").

The items complete the request's sentence: each is a question only together with the
lead. Where the answer document repeats the items and answers each, the items are its
questions (the lead is the askers' words before them); where it does not divide by them,
the request with its items is one question, answered by the whole document
(``one_request``). Read only in the faction's inquiry, and narrowly: nothing else in it
asks with "?", no motion, every item in lower case (the rest of the lead's sentence) or,
after "Wir beantragen", asking for information by name ("Sachstandsbericht …",
"Terminangaben, wann …"). Pure functions of cleaned lines (``cleanup.clean_lines``).
"""

from __future__ import annotations

import re

from .. import layouts
from .question_spans import QuestionSpan, joined_text, split_sentences

_ITEM = re.compile(r"^(?:(\d{1,2})\.|([a-z])[.)]|-)\s+(\S.*)$")
_STOP = re.compile(r"^(?:Begründung|Sachverhalt|Zielrichtung|Unterzeichnet|gez\.|\d\.\s+Begründung)", re.IGNORECASE)
# "… ein im Hinblick auf": a question whose sentence the items complete (only the words after
# which the parser lets an item "a." begin: ``layouts.inline_items``, the walker's first item)
_OPEN_QUESTION_END = re.compile(r"\bim Hinblick auf\s*:?$")
_APPLIES_FOR = re.compile(r"^(?:Wir|Die\s+\S+(?:fraktion|Fraktion))\s+beantrag(?:en|t)(?:\s+daher|\s+deshalb)?\s*:$")
# "Sachstandsbericht zum Stand …", "Terminangaben, wann …": an item that asks for information by name
_INFORMATION = re.compile(r"^\w*(?:[Bb]ericht|[Aa]ngaben|[Aa]uskunft|[Dd]arstellung|[Aa]uflistung|[Üü]bersicht)\b")
MAX_LEAD = 400  # characters of the lead's sentence
MAX_ITEMS_TEXT = 1200  # characters of the request with its items


def request_items(lines: list[str]) -> list[QuestionSpan]:
    """The items of the inquiry's request as its questions ("1." / "a)" labelled as the
    inquiry labels them; "- " items: the request with its items as one question), or []
    where the inquiry asks otherwise or the layout is not this one."""
    if any("?" in line for line in lines) or _is_motion(lines):
        return []
    found = [(start, items) for start in range(len(lines)) if (items := _items_from(lines, start))]
    if len(found) != 1:
        return []
    start, items = found[0]
    lead_start, leads = _leads(lines, start)
    lead = next((lead for lead in leads if _fits(lead, [text for _a, _b, _label, text in items])), None)
    if lead is None:
        return []
    if items[0][2] == "-":
        text = " ".join([lead] + [text for _a, _b, _label, text in items])
        return [QuestionSpan(lead_start, items[-1][1], "1.", text, labelled=False)] \
            if len(text) < MAX_ITEMS_TEXT else []
    spans = [QuestionSpan(a, b, label, text, lead=lead) for a, b, label, text in items]
    if not layouts.asks(lead):
        # "Wie schätzt … ein im Hinblick auf" / "a. die Kritik …": the question, holding its
        # first item, is question 1; the items after it are its items b), c) …
        a, b, label, text = items[0]
        spans[0] = QuestionSpan(lead_start, b, "1.", f"{lead} {label} {text}", lead=lead)
    return spans


def one_request(expected: list[QuestionSpan]) -> QuestionSpan | None:
    """The request with its labelled items as one question ("Die Verwaltung möge mitteilen,
    1. in welchen … 2. welchen …"), for an answer that does not divide by the items; None
    where ``expected`` are not such items."""
    if len(expected) < 2 or not all(q.lead and q.lead == expected[0].lead for q in expected):
        return None
    parts = [f"{q.number} {q.text}" for q in expected]
    parts[0] = expected[0].text if expected[0].text.startswith(expected[0].lead) else parts[0]
    text = " ".join(([] if parts[0].startswith(expected[0].lead) else [expected[0].lead]) + parts)
    return QuestionSpan(expected[0].start, expected[-1].end, "1.", text, labelled=False)


def _is_motion(lines: list[str]) -> bool:
    return any(re.fullmatch(r"\s*ANTRAG\s*", line) for line in lines[:40])


def _items_from(lines: list[str], start: int) -> list[tuple[int, int, str, str]]:
    """The items from ``start`` on, labelled 1., 2., … or a., b., … (or "- ") in order,
    over blank lines between them, up to the first text that is no item (two at least)."""
    items: list[tuple[int, int, str, str]] = []
    index = start
    while index < len(lines):
        match = _ITEM.match(lines[index].strip())
        if not match or not _next_label(match, items):
            break
        label = _label(match)
        end = index + 1
        while end < len(lines) and lines[end].strip() and not _ITEM.match(lines[end].strip()) \
                and not _STOP.match(lines[end].strip()):
            end += 1
        items.append((index, end, label, joined_text(lines, index, end)[len(match.group(0)) - len(match.group(3)):]))
        index = end
        while index < len(lines) and not lines[index].strip():
            index += 1
    return items if len(items) >= 2 else []


def _label(match: re.Match) -> str:
    if match.group(1):
        return f"{match.group(1)}."
    return f"{match.group(2)})" if match.group(2) else "-"


def _next_label(match: re.Match, items: list[tuple[int, int, str, str]]) -> bool:
    """Is this the next label of the run (1 after nothing, then 2, 3 …; a, b, c …; "-")?"""
    label = _label(match)
    if not items:
        return label in ("1.", "a)", "-")
    last = items[-1][2]
    if label == "-" or last == "-":
        return label == last
    if label[0].isdigit():
        return last[0].isdigit() and int(label[:-1]) == int(last[:-1]) + 1
    return last[0].isalpha() and ord(label[0]) == ord(last[0]) + 1


_FORM_SECTION = re.compile(r"^(?:\d\.\s+)?Anfrage\s+(?=[A-ZÄÖÜ])")  # "1. Anfrage" of the 2023 form


def _leads(lines: list[str], start: int) -> tuple[int, list[str]]:
    """The paragraph right before the first item, read as the request that leads into the
    items: its last sentence, or the whole paragraph (a date's "01. Dezember" may split
    the one sentence)."""
    end = start
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    first = end
    while first > 0 and lines[first - 1].strip():
        first -= 1
    if first == end:
        return start, []
    text = _FORM_SECTION.sub("", joined_text(lines, first, end))
    sentences = split_sentences(text)
    return first, [sentences[-1], text] if sentences else [text]


def _fits(lead: str, items: list[str]) -> bool:
    """A lead that requests ("… möge mitteilen,", "… prüfen und berichten,"), asks with its
    sentence left open for the items ("Wie schätzt … ein im Hinblick auf"), or applies for
    information ("Wir beantragen daher:", every item naming it); items that do not ask by
    themselves and, after a request or question, go on in lower case."""
    if len(lead) > MAX_LEAD or any(layouts.asks(item) or layouts.tells_as_request(item) for item in items):
        return False
    if _APPLIES_FOR.match(lead):
        return all(_INFORMATION.match(item) for item in items)
    if _open_request(lead, items):
        return True
    if not all(item[:1].islower() for item in items):
        return False
    if lead.endswith((",", ":")) and layouts.asks(lead):
        return True
    return layouts.is_question_like(lead) and bool(_OPEN_QUESTION_END.search(lead))


_SENTENCE_END = re.compile(r"[.!]$|[.!]\s+[A-ZÄÖÜ]")


def _open_request(lead: str, items: list[str]) -> bool:
    """A request whose sentence stops without a comma or colon for the items to complete
    it ("… wird um Auskunft gebeten, wie im Falle eines Blackouts in Krankenhäusern" /
    "1. die medizinische Versorgung … sichergestellt werden kann" / "5. Patienten und das
    Personal … versorgt werden können"): the first item in lower case, and no item a
    sentence of its own (none ends with or holds a sentence's end), so a noun may open
    the others."""
    return layouts.asks(lead) and not re.search(r"[.?!:;,]$", lead) and items[0][:1].islower() \
        and not any(_SENTENCE_END.search(item) for item in items)
