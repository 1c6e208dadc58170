"""Reading the faction's inquiry for its questions, which guide the reading of the answer
document (``questions``).

The inquiry numbers its questions ("1. Wie …"), lists them as "- " items or paragraphs
ending in "?", or asks in running text ("Wir fragen an, ob …", "Die Verwaltung wird
gebeten, … darzustellen"); its reasons, signature and form header are no questions.
Pure functions of cleaned lines (``cleanup.clean_lines``), giving ``QuestionSpan``s.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import layouts
from . import (
    bullet_items,
    items_under_headings,
    request_items,
    roman_sections,
    topic_headings,
    unread_inquiry_questions,
)
from .question_spans import (
    LABEL_LIKE,
    NUMBERED_LINE,
    QuestionSpan,
    ends_sentence,
    join_bare_labels,
    joined_text,
    numbered_sequence,
    question_span,
    split_sentences,
)

_STOP = re.compile(r"^(Begründung|Sachverhalt|Unterzeichnet|unterzeichnet|gez\.)", re.IGNORECASE)
_REASONS = re.compile(r"^(?:Sachverhalt|Begründung)", re.IGNORECASE)


_LIST_ITEM = re.compile(r"^\s*(?:[•▪◦]\s*|[-–]\s+)\S")  # "• Falls nein: …", "- Falls nein: …": a list item


def _ends_list_item(line: str) -> bool:
    """Does ``line`` hold an item of the askers' list ("• Falls nein: Begründung" above "7.
    Welche Projekte …")? Their items end without a full stop, and the next number after
    one is the next question, not the rest of the item's sentence."""
    return bool(_LIST_ITEM.match(line))


# "Zum städtischen Gebäudebestand: 1) In der …": a letter's short heading, then its question 1
_SECTION_THEN_FIRST = re.compile(r"^([^?:]{1,80}):\s+1[.)]\s")


def heads_letter_sections(spans: list[QuestionSpan]) -> bool:
    """Are the inquiry's items letters "A", "B" … (two at least, from "A") that each head a
    section ("A) Zum städtischen Gebäudebestand:") whose questions are numbered anew from
    "1)"? Then the letters are no questions and the numbers under them repeat: the inquiry
    gives no numbers to follow. A letter that asks itself ("A. Welche Kosten wurden …
    kalkuliert: 1. für …") is a question with items, not a heading."""
    if len(spans) < 2:
        return False
    for position, span in enumerate(spans):
        heading = _SECTION_THEN_FIRST.match(span.text)
        if span.number.rstrip(".)") != chr(ord("A") + position) or heading is None \
                or layouts.asks(heading.group(1)) or layouts.starts_asking(heading.group(1)):
            return False
    return True


def inquiry_questions(lines: list[str]) -> list[QuestionSpan]:
    """The numbered questions of a faction's inquiry ("1 Wird …", "1. Wie …").

    Numbers must run 1, 2, 3 …; a question ends at a blank line, at the next number
    or at a closing section ("Begründung", "unterzeichnet"). Returns [] when the
    inquiry has no such sequence: an unnumbered inquiry gives no guidance.
    """
    lines = join_bare_labels(lines)
    plain = without_form_header(lines)
    headings = roman_sections.section_heading_lines(plain) | topic_headings.topic_heading_lines(plain)
    starts = numbered_sequence(plain, lambda index, number: True,
                               lambda index, number: _ends_list_item(plain[index - 1]) or index - 1 in headings,
                               item_marks=".")
    if not starts:
        return request_items.request_items(lines) or unnumbered_inquiry_questions(lines)
    spans = []
    for position, (index, number, label) in enumerate(starts):
        last = position + 1 == len(starts)
        limit = len(lines) if last else starts[position + 1][0]
        end = index + 1
        while end < limit and lines[end].strip() and not _STOP.match(lines[end].strip()) and end not in headings:
            end += 1
        end = _question_run_on(lines, end, limit)
        if last:  # the reasons may follow the last question without a blank line or heading
            asked = [i for i in range(index, end) if lines[i].rstrip().endswith("?")]
            end = asked[-1] + 1 if asked else end
        spans.append(question_span(lines, index, end, number, label))
    if heads_letter_sections(spans):
        return []  # "A) Zum …:" / "1) …?": numbers restart under each letter, read by the answer's walk
    if not any(layouts.asks(span.text) or layouts.tells_as_request(span.text) for span in spans):
        if items := items_under_headings.inquiry_items(plain, starts):
            return items  # "1. Widersprüche …:" / "a) Wie hoch …?": the items under numbered topics
        # "gez.\nA. B.": a name, not a list of questions; "1. Die Stadtverwaltung legt dar, …"
        # (a request worded as a statement) is one; "Die Verwaltung möge mitteilen," / "1. in
        # welchen …": items that complete the request's sentence
        return request_items.request_items(lines) or unnumbered_inquiry_questions(lines)
    for position, span in enumerate(spans):  # "1.1. Für welche …?" under "1.": shown with an undivided answer
        following = spans[position + 1].start if position + 1 < len(spans) else None
        span.asked_after = unread_inquiry_questions.sub_questions(lines, span, following)
    last = spans[-1].asked_after[-1] if spans[-1].asked_after else spans[-1]
    if closing := unread_inquiry_questions.closing_question(lines, last, _STOP):  # "Falls …: Wird …?" without number
        spans[-1].asked_after.append(closing)
    return spans


def as_answer_numbers(spans: list[QuestionSpan], inquiry_lines: list[str], answer_lines: list[str]) -> list[QuestionSpan]:
    """The inquiry's questions as a guide to an answer document: questions the inquiry
    numbers I., II., … guide by those numerals only where the answer does not number
    them with its own figures ("1) Wann …?" for the inquiry's "I. Wann …?"); there the
    inquiry is read as if unnumbered, and the answer's own numbers count, as before
    Roman numerals were read."""
    if spans and spans[0].number.rstrip(".") == "I" and \
            any((m := NUMBERED_LINE.match(line.strip())) and m.group(1).isdigit() for line in answer_lines):
        return unnumbered_inquiry_questions(inquiry_lines)
    return bullet_items.as_items_of_unrepeated_question(spans, inquiry_lines, answer_lines)


_ITEM_START = re.compile(r"^(?:[a-z]\)|[-–•])\s")


def _item_text(line: str) -> str:
    return _ITEM_START.sub("", line.strip()).strip()


def _question_run_on(lines: list[str], end: int, limit: int) -> int:
    """The end of a question whose paragraph stops mid-sentence ("1. Welche Projekte sind
    … seitens") and goes on after its items: "a) der Stadt", "b) der Gesellschaften",
    then "eingegangen worden?". It runs on over blank lines to the first line ending in
    "?" before the next number, where its items follow the paragraph right away, the
    sentence's rest after them opens in lower case ("- bei Gas" / "bei diesen Abnehmern?";
    not a heading above a question, "1. Vertragsfragen" / "a) Handelt es sich …?", nor an
    item asking by itself, "- Duldung?", "a) Wie greifen …" / "… ineinander?")
    and no line between ends a sentence (a finished sentence is the askers' reasons)."""
    if end == 0 or ends_sentence(lines[end - 1]):
        return end
    following = [index for index in range(end, limit) if lines[index].strip()]
    if not following or not _ITEM_START.match(lines[following[0]].strip()) \
            or layouts.opens_with_question_word(_item_text(lines[following[0]])):
        return end  # no items, or items that ask by themselves ("a) Wie greifen …" / "… ineinander?")
    for index in following:
        line = lines[index].strip()
        if _STOP.match(line):
            return end
        if line.endswith("?"):
            return index + 1 if index != following[0] and _item_text(line)[:1].islower() else end
        if line.endswith((".", "!", ":")):
            return end
    return end


# "Ergänzende Anfrage:", "Anfrage (Kurzfassung):"
_REQUEST_HEADING = re.compile(r"^(?:\w+\s+)?(?:Anfrage|Fragen?)(?:\s*\(Kurzfassung\))?\s*:?$", re.IGNORECASE)


def _question_part(lines: list[str]) -> list[str]:
    """The lines of a paragraph that make its closing question: after the last line
    that ends a statement ("… gesperrt." / "Wir fragen:") or is a short heading."""
    start = 0
    for index, line in enumerate(lines[:-1]):
        stripped = line.strip()
        if stripped.endswith((".", ":", "!")) or _REQUEST_HEADING.match(stripped):
            start = index + 1
    return lines[start:]


MAX_UNNUMBERED_QUESTIONS = 12


def unnumbered_inquiry_questions(lines: list[str], inquiry: bool = True) -> list[QuestionSpan]:
    """Questions of an inquiry that does not number them: its "- " items that ask, with
    the question paragraph right before them, or else its paragraphs ending in "?" (each
    one question: the part after the paragraph's last statement). More than
    ``MAX_UNNUMBERED_QUESTIONS`` such paragraphs give no guidance: that is running text.
    Items beside which the inquiry asks otherwise give none either.

    ``inquiry`` False reads an answer document's own unnumbered questions: an item there
    ends only in "?" and at a blank line (its answer may follow on the next line, or
    after its "?" on the same line), and requests in running text are not read (the
    administration's own sentences would become questions)."""
    blocks = _blocks(lines)
    if inquiry:
        blocks = _items_ended_at_question(lines, blocks)
    texts = [(a, b, " ".join(x.strip() for x in lines[a:b])) for a, b in blocks]
    item_asks = _is_item_question if inquiry else _ends_question
    bullets = [(a, b, t[2:]) for a, b, t in texts if t.startswith("- ") and item_asks(t)]
    asked = []
    ends_at = {}  # where the block of a question ends when a follow-up lead-in closes it
    for a, b, t in texts:
        end = b
        if b - a > 1 and _FOLLOW_UP_LEAD.match(lines[b - 1].strip()) and lines[b - 2].rstrip().endswith("?"):
            end = b - 1  # "Wird … benötigt?" then "Wenn ja:" before the items
        elif inquiry and (under := _question_under_heading(lines, blocks, a, b)) is not None:
            asked.append(under)  # "Frage:" / "Wird der Rat … informiert? Interessierte Bürger …"
            ends_at[under[1]] = b
            continue
        elif t.startswith("- ") or not t.rstrip().endswith("?"):
            continue
        part = _question_part(lines[a:end])
        start = end - len(part)
        for index in range(start, end):  # questions one per line, without blank lines between
            if lines[index].rstrip().endswith("?"):
                asked.append((start, index + 1, " ".join(x.strip() for x in lines[start:index + 1])))
                ends_at[index + 1] = b
                start = index + 1
    if bullets:
        # "Gibt es …?" then "- Welche Kosten …?" (or "Wenn ja:" between them): the question
        # the items follow up on
        lead = [q for q in asked if ends_at[q[1]] in _lead_ends(lines, blocks, bullets[0][0])]
        if _asks_beside_items(texts, asked, lead, item_asks):
            return []  # the items are not all it asks: reading them alone would be partial
        found = lead + bullets
    else:
        found = asked or (inquiry and (_request(lines, texts) or _question_on_what_follows(lines, blocks)))
    if not found or len(found) > MAX_UNNUMBERED_QUESTIONS or any(len(t) >= 1200 for _a, _b, t in found):
        return []
    if len(found) > 1 and any(LABEL_LIKE.match(line.strip()) for a, b, _t in found for line in lines[a:b]):
        return []  # labels this reading does not follow ("A.)", "1.1", "1a."): no guidance
    return [QuestionSpan(a, b, f"{n}.", t, labelled=False) for n, (a, b, t) in enumerate(found, start=1)]


_QUESTION_HEADING = re.compile(r"^Fragen?\s*:$")  # "Frage:" alone on its line


def _question_under_heading(lines: list[str], blocks: list[tuple[int, int]], a: int, b: int) \
        -> tuple[int, int, str] | None:
    """``(start, end, question)`` for the paragraph ``lines[a:b]`` right under the askers'
    heading "Frage:" (a paragraph of its own) that opens with its one question and goes on
    with their reasons ("Wird der Ortschaftsrat … informiert? Interessierte Bürger hätten dann
    …."): the question is its text up to that "?", the one "?" of the paragraph, which ends
    in a statement. None for any other paragraph (one ending in "?" is read as before)."""
    before = [block for block in blocks if block[1] <= a]
    if not before or before[-1][1] - before[-1][0] != 1 or not _QUESTION_HEADING.match(lines[before[-1][0]].strip()):
        return None
    text = " ".join(line.strip() for line in lines[a:b])
    if text.count("?") != 1 or not text.endswith(".") or not re.search(r"\?\s+[A-ZÄÖÜ]", text):
        return None
    question = text[:text.index("?") + 1]
    if len(split_sentences(question)) != 1 or not layouts.starts_asking(question):
        return None
    end = next(index + 1 for index in range(a, b) if "?" in lines[index])
    return a, end, question


def _lead_ends(lines: list[str], blocks: list[tuple[int, int]], first_item: int) -> set[int]:
    """Where the block of the items' lead question may end: right before the first item,
    or right before a "Wenn ja:" standing alone between the question and the items."""
    ends = {first_item}
    before = [(a, b) for a, b in blocks if b <= first_item]
    if len(before) > 1 and before[-1][1] - before[-1][0] == 1 and _FOLLOW_UP_LEAD.match(lines[before[-1][0]].strip()):
        ends.add(before[-2][1])
    return ends


_FOLLOW_UP_LEAD = re.compile(r"^(?:wenn|falls|sofern)\s+(?:ja|nein|dies\s+der\s+fall\s+ist)\s*:$", re.IGNORECASE)


def _ends_question(text: str) -> bool:
    """A "- " item that ends in "?", also inside its closing parenthesis ("… gesichert
    (bspw. durch einen anderen BBPL?)")."""
    return text.rstrip().endswith(("?", "?)"))


MAX_ITEM_QUESTION = 600  # characters of a "- " item read as one question with the askers' remark after it


def _is_item_question(text: str) -> bool:
    """A "- " item that asks: it ends in "?", or asks and ends in a finished sentence of the
    askers' ("- Wie viele Parkplätze fallen weg? Laut Bürgern sind es doppelt so viele.",
    "… lösen? Gehen Sie bitte auf … ein."), a question with their remark, as a numbered
    question may have one. Not an item that runs on into a signature ("… Heizperiode.
    Für die SPD-Fraktion / Mirko Hoffmann"): it does not end in a sentence."""
    if _ends_question(text) or _asks_without_mark(text):
        return True
    return "?" in text and text.rstrip().endswith(".") and len(text) < MAX_ITEM_QUESTION


# "Können auch …", "Welche …": a question's own first word, a verb or an interrogative
_INTERROGATIVE_START = re.compile(
    r"^(?:Ist|Sind|Gibt|Gab|Hat|Haben|Kann|Können|Könnte|Wird|Werden|Wurde|Wurden|Besteht|Bestehen|"
    r"Wie|Was|Welche[rsmn]?|Wann|Wo|Warum|Weshalb|Wieso|Wer|Inwiefern|Inwieweit)\s")


def _asks_without_mark(text: str) -> bool:
    """"- Können auch weitere bauliche Maßnahmen … aufgenommen werden.": an item worded as
    a question, one sentence opening with a verb or an interrogative, whose "?" the askers
    wrote as ".". Not one that holds an indirect question ("- Hat die Verwaltung Kenntnis
    darüber, ob … bereitstellt."): read as a request, it is beside the questions and gives
    no guidance (reading audit 18)."""
    plain = _GLYPHS.sub("", text[2:] if text.startswith("- ") else text).strip()
    return bool(_INTERROGATIVE_START.match(plain)) and plain.endswith(".") and "?" not in plain \
        and not re.search(r"[.!;:]\s+\S", plain[:-1]) and not _INDIRECT_QUESTION.search(plain) \
        and len(plain) < MAX_ITEM_QUESTION


_INDIRECT_QUESTION = re.compile(r",\s+(?:ob|wie|was|welche[rsmn]?|wann|wo|warum|weshalb|wer|inwieweit|inwiefern)\b")


def _items_ended_at_question(lines: list[str], blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A "- " item that asks ends at its last line ending in "?" (or in a sentence after its
    "?": "… Trinkwasserknappheit? Insbesondere in der Heizperiode.") where extraction left
    no blank line before the text after it ("- … könnte eine Umrüstung erfolgen?" / "Für
    die Fraktionen im Ortschaftsrat"): that text is a block of its own. Not where the text
    after it asks ("Bitte nach Jahren aufschlüsseln."): it may be the item's own request."""
    out = []
    for a, b in blocks:
        asked = next((i for i in range(a, b) if "?" in lines[i]), b)
        ends = [i for i in range(asked, b) if _ends_question(lines[i]) or lines[i].rstrip().endswith((".", "!"))]
        rest = " ".join(line.strip() for line in lines[ends[-1] + 1:b]) if ends else ""
        if lines[a].strip().startswith("- ") and ends and rest and not layouts.is_question_like(rest):
            out += [(a, ends[-1] + 1), (ends[-1] + 1, b)]
        else:
            out.append((a, b))
    return out


_GLYPHS = re.compile(r"^[\ue000-\uf8ff\s]+")  # a bullet glyph of a symbol font left after "- "


def _asks_beside_items(texts: list[tuple[int, int, str]], asked: list[tuple[int, int, str]],
                       lead: list[tuple[int, int, str]], item_asks: Callable[[str], bool]) -> bool:
    """Does the inquiry ask beside its "- " items that ask and the question they follow
    up on: a paragraph ending in "?" after them ("Kann dieser Vorschlag … nochmals geprüft
    werden?" after the items), or an item worded as a question or request that ends
    otherwise ("- Hat die Stadtverwaltung Kenntnis darüber, ob … zur Verfügung stehen.")? A
    "?" paragraph before the items is their lead or the inquiry's title, asked again in them."""
    last_item = max(a for a, _b, t in texts if t.startswith("- ") and item_asks(t))
    others = [q for q in asked if q not in lead and q[0] > last_item]
    siblings = [t for _a, _b, t in texts if t.startswith("- ") and not item_asks(t)
                and layouts.is_question_like(_GLYPHS.sub("", t[2:]))]
    return bool(others or siblings or _asks_after_plain_items(texts, item_asks))


def _asks_after_plain_items(texts: list[tuple[int, int, str]], item_asks: Callable[[str], bool]) -> bool:
    """"… wann folgende Maßnahmen durchgeführt werden sollen:" / "- Steinkreuzstraße" / "-
    Kreuzackerstraße" / "- Sind noch weitere Straßenabschnitte geplant?": the first item that
    asks comes right after items that do not, in one list. The list's lead asks about them
    all; the asking item alone is not what the inquiry asks."""
    for position, (_a, _b, text) in enumerate(texts):
        if text.startswith("- ") and item_asks(text):
            before = texts[position - 1][2] if position else ""
            return before.startswith("- ") and not item_asks(before)
    return False


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """The paragraphs and "- " items of an inquiry's text, up to its closing section
    ("Begründung", "unterzeichnet"). Where the reasons come first and nothing was asked
    before them ("Sachverhalt: … Anfrage: Wie …?"), reading goes on from the askers'
    announcement of their questions after them; without one, it stops there too."""
    blocks: list[tuple[int, int]] = []
    start = None
    index = 0
    while index <= len(lines):
        stripped = lines[index].strip() if index < len(lines) else ""
        if _STOP.match(stripped) and _starts_section(lines, index):
            if start is not None:
                blocks.append((start, index))
                start = None
            resume = _announcement_after(lines, index) if _REASONS.match(stripped) \
                and (not _asks(lines, blocks) or _announces_questions(lines, blocks)) else None
            if resume is None:
                return blocks
            index = resume
            continue
        if _MEETING_TABLE.match(stripped) and index < _HEADER_LINES:
            blocks, start = [], None  # the form's header: title, reference, faction (not asked)
            index = _after_meeting_row(lines, index)
            continue
        if start is not None and (not stripped or _SECTION_HEADING.match(stripped)
                                  or stripped.startswith("- ") and not dash_inside_sentence(lines, index)):
            blocks.append((start, index))  # a heading starts anew where extraction lost the blank lines
            start = None
        if stripped and start is None:
            start = index
        index += 1
    return blocks


def dash_inside_sentence(lines: list[str], index: int) -> bool:
    """"… im derzeitigen Bestand" / "- ohne Verlängerung … zu rechnen?": a dash that the
    line break put at the start of a line, inside a sentence, is no "- " item: the line
    before goes on (no item itself, no "." ":" "?" "!" ";" at its end) and the text after
    the dash starts in lower case."""
    before = lines[index - 1].strip() if index > 0 else ""
    rest = lines[index].strip()[2:].lstrip()
    return bool(before) and not before.startswith("- ") and not before.endswith((".", ":", "?", "!", ";")) \
        and rest[:1].islower()


_SECTION_HEADING = re.compile(r"^(?:Anfrage|Fragen?|Antrag|Erläuterungen?|Kurzfassung|Sachlage)\s*:?$")
_HEADER_LINES = 30  # the form's header, with its meeting table, fills the first lines of the inquiry
_MEETING_TABLE = re.compile(r"^Gremi(?:um|en)\s+Termin\b")
_MEETING_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")


def without_form_header(lines: list[str]) -> list[str]:
    """``lines`` with the form's header blanked (title, reference, faction and the meeting
    table up to its row "Gemeinderat 23.06.2026 39 Ö Kenntnisnahme"), at the same indexes,
    where the first question "1. Vernetzung und Krisenstab:" stands right under the row:
    the row ends no sentence, yet "1." is no number continuing it (read so, the items "a)"
    of section 1 became the inquiry's questions). Not for a heading of the form's own
    sections there ("1. Anfrage", "2. Begründung"): the questions are numbered under it."""
    for index, line in enumerate(lines[:_HEADER_LINES]):
        if _MEETING_TABLE.match(line.strip()):
            end = _after_meeting_row(lines, index)
            first = next((row.strip() for row in lines[end:] if row.strip()), "")
            match = NUMBERED_LINE.match(first)
            if _MEETING_DATE.search(lines[end - 1]) and match and match.group(1) == "1" \
                    and not _SECTION_HEADING.match(match.group(3)):
                return [""] * end + lines[end:]
            return lines
    return lines


def _after_meeting_row(lines: list[str], index: int) -> int:
    """The line after the form's meeting table ("Gremien Termin TOP …" and its row
    "Ortschaftsrat Durlach 24.09.2025 3 Ö Kenntnisnahme"), which ends the header."""
    for row in range(index + 1, min(index + 4, len(lines))):
        if _MEETING_DATE.search(lines[row]):
            return row + 1
    return index + 1


def _starts_section(lines: list[str], index: int) -> bool:
    """A closing word opens a section only where a sentence ended before it: in "… mit
    differenzierten Angaben zur\nBegründung - über die …" it goes on with the question."""
    return index == 0 or not lines[index - 1].strip() or ends_sentence(lines[index - 1])


# "… folgender Fragen:", "Daher fragen wir:", "Hierzu nun die Fragen der SPD-Ortschaftsratsfraktion:"
_ANNOUNCEMENT = re.compile(r"(?:\bfolgende[nr]?\s+Fragen?|\bfragen\s+wir\b.*|\bdie\s+Fragen\s+de[rs]\s+\S.{0,80}):$",
                           re.IGNORECASE)


def _announcement_after(lines: list[str], index: int) -> int | None:
    """The line after ``index`` where the askers announce their questions: a heading
    ("Anfrage:", "Fragen:") or a lead-in ("… bitten wir um Beantwortung folgender Fragen:")."""
    for following in range(index + 1, len(lines)):
        stripped = lines[following].strip()
        if _STOP.match(stripped) and not _REASONS.match(stripped):
            return None  # the signature: the inquiry ends without announcing a question
        if _REQUEST_HEADING.match(stripped) or _ANNOUNCEMENT.search(stripped):
            return following
    return None


_QUESTIONS_TO_COME = re.compile(r"\bBeantwortung\s+(?:\w+\s+){0,2}?Fragen\b")


def _announces_questions(lines: list[str], blocks: list[tuple[int, int]]) -> bool:
    """Does a block ask for answers to questions it does not state ("… bittet um Auskunft
    zum Fortbestand der Linie sowie um Beantwortung unserer zusätzlichen Fragen.")? They
    follow the reasons."""
    return any(_QUESTIONS_TO_COME.search(" ".join(line.strip() for line in lines[a:b])) for a, b in blocks)


def _asks(lines: list[str], blocks: list[tuple[int, int]]) -> bool:
    """Does any of the ``blocks`` ask (a "?" or a request)?"""
    return any(layouts.asks(" ".join(line.strip() for line in lines[a:b])) for a, b in blocks)


def _request(lines: list[str], texts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An inquiry that asks in running text ("Wir fragen an, ob …", "Die Verwaltung wird
    gebeten, … darzustellen"): that paragraph, from its first asking sentence on, is its
    one question. Several such paragraphs, one passage with what stands between them
    ("Wir bitten um den Sachstand. … Wir bitten, den Ortschaftsrat zu informieren."), are
    one question too, when the passage is short (the answer does not divide it either);
    a list between them gives no guidance."""
    if _is_motion(lines):
        return []
    asking = [(a, b, t) for a, b, t in texts if not t.startswith("- ") and layouts.asks(t) and len(t) < 1200
              and not _lists_items(lines[a:b]) and not _leads_in(t)]
    if not asking:
        asking = [(a, b, t) for a, b, t in texts if _under_request_heading(lines[a:b]) and len(t) < 1200
                  and not _lists_items(lines[a:b])]
    if not asking:
        # "Die Stadtverwaltung stellt dar, welche Aufgaben …": the request worded as a statement
        # of what the administration tells them, perhaps under the heading "Antrag:"
        asking = [(a, b, t) for a, b, t in texts if not t.startswith("- ") and len(t) < 1200
                  and layouts.tells_as_request(_REQUEST_LEAD.sub("", t)) and not _lists_items(lines[a:b])]
    if len(asking) > 1:
        asking = _one_passage(lines, texts, asking)
    if len(asking) != 1:
        return []
    a, b, _t = asking[0]
    while a < b - 1 and (_REQUEST_HEADING.match(lines[a].strip()) or _SECTION_HEADING.match(lines[a].strip())):
        a += 1  # "Ergänzende Anfrage:", "Antrag:"
    text = joined_text(lines, a, b)
    sentences = split_sentences(text)
    first = next((i for i, sentence in enumerate(sentences) if layouts.asks(sentence)), 0)
    if len(" ".join(sentences[first:])) < 80:
        first = 0  # "Wir bitten um eine Stellungnahme.": what it asks about stands before
    return [(a, b, " ".join(sentences[first:]))]


_REQUEST_LEAD = re.compile(r"^(?:Anfrage|Fragen?|Antrag)\s*:\s*")  # a heading run into the request's block


MAX_REQUEST_PASSAGE = 1200  # characters of several asking paragraphs read as one request


MAX_CLOSING_LINE = 150  # characters of a block after a request passage that only closes it (a name, a greeting)


def _one_passage(lines: list[str], texts: list[tuple[int, int, str]],
                 asking: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The paragraphs from the first asking one to the last as one request, or [] where
    one asks a question ("?": several questions), a list or a heading stands between them,
    text goes on after them (reasons, or an answer document read as an inquiry) or the
    passage is long."""
    start, end = asking[0][0], asking[-1][1]
    between = [(a, b, t) for a, b, t in texts if start <= a < end]
    if any("?" in t for _a, _b, t in asking) or not all(_closes(t) for a, _b, t in texts if a >= end):
        return []
    if any(t.startswith("- ") or _lists_items(lines[a:b]) or _SECTION_HEADING.match(lines[a].strip())
           for a, b, t in between):
        return []
    text = joined_text(lines, start, end)
    return [(start, end, text)] if len(text) < MAX_REQUEST_PASSAGE else []


def _closes(text: str) -> bool:
    """A block that only closes a letter: names, a role, a greeting ("Vielen Dank und
    freundliche Grüße"), no sentence."""
    return len(text) < MAX_CLOSING_LINE and not text.rstrip().endswith((".", "!", "?", ":"))


def _leads_in(text: str) -> bool:
    """"Die Verwaltung möge mitteilen," / "… folgender Fragen:": a request that leads into
    what follows it (items, questions), not one that says what it asks about."""
    return text.rstrip().endswith((",", ":")) and "?" not in text


def _question_on_what_follows(lines: list[str], blocks: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """"Was hält die Stadtverwaltung von folgendem Vorschlag:" and the proposal in the next
    paragraph: a question word opening a sentence that ends in ":" asks about what follows;
    both together are the one question. Only when nothing else asks, and only once."""
    found = []
    for position, (a, b) in enumerate(blocks[:-1]):
        if not lines[b - 1].rstrip().endswith(":"):
            continue
        opening = [i for i in range(a, b) if lines[i].strip()[:1].isupper() and not layouts.asks(lines[i])
                   and layouts.is_question_like(lines[i].strip())]
        if opening:
            following = blocks[position + 1][1]
            found.append((opening[-1], following, joined_text(lines, opening[-1], following)))
    return found if len(found) == 1 and not _is_motion(lines) else []


def _is_motion(lines: list[str]) -> bool:
    """A motion ("ANTRAG") requests decisions, not answers: it asks nothing in running text."""
    return any(re.fullmatch(r"\s*ANTRAG\s*", line) for line in lines[:40])


_OWN_HEADING = re.compile(r"^(?:Anfrage|Fragen?)\s*:$")


def _under_request_heading(lines: list[str]) -> bool:
    """"Anfrage:" on its own line, the text right under it: the inquiry names its request
    itself, though it is worded without "?" ("Kann das Amt prüfen, ob … angeordnet werden
    kann.") or a request verb."""
    return len(lines) > 1 and bool(_OWN_HEADING.match(lines[0].strip())) and not lines[1].strip().startswith("- ")


def _lists_items(lines: list[str]) -> bool:
    """Two or more labelled lines ("1. In welchen …", "2. Welche …"): a list of questions
    whose numbering was not followed, not one request in running text."""
    return sum(1 for line in lines if _NUMBER_LABEL.match(line.strip())) >= 2


_NUMBER_LABEL = re.compile(r"^\d{1,2}(?:\.\d{1,2})?[.)]\s")
