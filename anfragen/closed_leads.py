"""A question asking for one fact that holds its item a) asking another, answered once
before its item b) is answered on its own ("2. In wie vielen Fällen wurde … nicht
bewilligt? a. Wie hoch war der durchschnittliche Zuschuss …?", one answer, then "> b. …?"
and its answer).

The answer document prints the question and its first item together before one answer
block, and then answers the items in turn: by layout that block is item a)'s answer. Where
the question itself asks for a figure, a person, a time, a place or a criterion ("Wie viele
…", "In wie vielen Fällen …", "Wie hoch …", "Wer übernimmt …", "Nach welchen Kriterien …"),
only its wording can tell whether the block gives that fact as well — readings found
answers that answer only the item ("Nein. Es gibt keine Kategorien …" for "Nach welchen
Kriterien werden Wohnungen vergeben? a) Gibt es Kategorien …?"; "… wurden 96 Karten
ausgehändigt" for "Wie viele Menschen erhalten Leistungen …? a) An wie viele Menschen wurde
die Bezahlkarte ausgehändigt?"), and others that answer both. So the pair is a doubt.

Not a doubt: a broad lead that its items spell out ("Wie ist der aktuelle Stand …? a) Wie
viele …?", "Welche Kenntnisse hat die Verwaltung über …? a. …"), answered through its
items; an item a) that is the question's only item, a follow-up answered with it ("Wie
viele LKW fahren …? a) Wie viele waren es vor dem LKW-Verbot?", no item b) read); an item
that asks nothing by itself ("Wie hoch sind die Folgekosten? a) nach Fertigstellung …?");
a question whose items a), b) … all stand inside it, answered together.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import layouts
from .item_gaps import item_label
from .model import Inquiry, ParseIssue

# the first item's label where an item can begin: "a)", "a." (not the "a." of "u. a.")
_FIRST_ITEM = item_label("a", "")
_SECOND_ITEM = item_label("b", "")

# a question asking for one fact: a figure, a person, a time, a place, a criterion
_ASKS_FOR_ONE_FACT = re.compile(
    r"^(?:Wie\s+(?:viele?|hoch|lange|oft|groß)|(?:In|An|Bei|Um|Für|Mit|Von)\s+wie\s+viel(?:e|en)?|"
    r"Wer|Wem|Wen|Wann|(?:Seit|Bis|Ab)\s+wann|Wo|Nach\s+welche[mnr]?)\b",
    re.I,
)


def _lead_and_item(text: str) -> tuple[str, str] | None:
    """The question's own words and its first item, when it holds item a) and no item b)."""
    plain = layouts.unescaped(text)
    label = _FIRST_ITEM.search(plain)
    if label is None or _SECOND_ITEM.search(plain, label.end()):
        return None
    lead, item = plain[:label.start()].strip(), plain[label.end():].strip()
    return (lead, item) if lead and item else None


def _question_sentence(lead: str) -> str | None:
    """The first sentence of the lead that asks ("…?", or "Nach welchen Kriterien … vergeben."
    where the answer document printed the inquiry's "?" as a full stop)."""
    for sentence in re.split(r"(?<=[.?!:])\s+", lead):
        if sentence.endswith("?") or (sentence.endswith(".") and layouts.starts_asking(sentence)):
            return sentence
    return None


def asks_one_fact_before_its_item(text: str) -> bool:
    """"In wie vielen Fällen …? Bitte … a. Wie hoch war …?": a question asking for one fact
    that holds its first item, which asks something of its own."""
    parts = _lead_and_item(text)
    if parts is None:
        return False
    lead, item = parts
    sentence = _question_sentence(lead)
    return sentence is not None and bool(_ASKS_FOR_ONE_FACT.match(sentence)) and layouts.starts_asking(item)


def check_closed_question_with_item_a(inq: Inquiry) -> None:
    """Record a doubt where question N asks for one fact, holds its item a), has one answer,
    and its item Nb follows with an answer of its own."""
    for question, following in pairwise(inq.questions):
        if (question.answer is None or not re.fullmatch(r"\d{1,2}", question.number or "")
                or following.number != f"{question.number}b" or following.answer == question.answer):
            continue
        if asks_one_fact_before_its_item(question.text):
            inq.issues.append(ParseIssue(
                "answers", f"question {question.number} asks for one fact and holds its item a), "
                "answered in one block before item b): whether the block answers the question itself "
                "is not settled", question.line))
