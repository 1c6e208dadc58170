"""Finding the questions in an answer document, with the faction's inquiry as a guide.

An answer document ("Stellungnahme") usually repeats each question before its answer.
Newer layouts number them ("1. Wie viele …"); older ones printed them in bold, which
text extraction loses. The faction's own inquiry lists the questions numbered, so it
tells where a question starts and ends. All functions are pure and work on cleaned
lines (see ``cleanup.clean_lines``); a span is ``(start, end)`` with ``end`` exclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from .. import layouts

_NUMBERED = re.compile(r"^(?:Frage\s+)?(\d{1,2}|[A-Z](?=[.)])|[a-z](?=\)))(\.\)|[.):]?)\s+(\S.*)$")
_STOP = re.compile(r"^(Begründung|Sachverhalt|Unterzeichnet|unterzeichnet|gez\.)", re.IGNORECASE)
_REASONS = re.compile(r"^(?:Sachverhalt|Begründung)", re.IGNORECASE)
_ZU_SECTION = re.compile(r"^Zu\s+(?:(?:der\s+)?Frage\s+|den\s+Fragen\s+|Ziffer\s+|Nr\.\s*|Punkte?n?\s+)?\d",
                         re.IGNORECASE)
MATCH_THRESHOLD = 85  # rapidfuzz ratio (0–100) a question line must reach
START_THRESHOLD = 75  # partial match of a numbered line's start with the expected question


@dataclass
class QuestionSpan:
    """Lines ``start:end`` of a document holding one question, labelled ``number``."""

    start: int
    end: int
    number: str  # the label as it should be written: "1." or "1)"
    text: str  # the question, reflowed into one line, without its label
    labelled: bool = True  # False: the inquiry did not number it; the number is its position


def normalise(text: str) -> str:
    """Lower-case, single-spaced text for fuzzy comparison."""
    return re.sub(r"\s+", " ", text).strip().lower()


def inquiry_questions(lines: list[str]) -> list[QuestionSpan]:
    """The numbered questions of a faction's inquiry ("1 Wird …", "1. Wie …").

    Numbers must run 1, 2, 3 …; a question ends at a blank line, at the next number
    or at a closing section ("Begründung", "unterzeichnet"). Returns [] when the
    inquiry has no such sequence: an unnumbered inquiry gives no guidance.
    """
    lines = join_bare_labels(lines)
    starts = _sequence(lines, lambda index, number: True)
    if not starts:
        return _unnumbered_inquiry_questions(lines)
    spans = []
    for position, (index, number, label) in enumerate(starts):
        last = position + 1 == len(starts)
        limit = len(lines) if last else starts[position + 1][0]
        end = index + 1
        while end < limit and lines[end].strip() and not _STOP.match(lines[end].strip()):
            end += 1
        if last:  # the reasons may follow the last question without a blank line or heading
            asked = [i for i in range(index, end) if lines[i].rstrip().endswith("?")]
            end = asked[-1] + 1 if asked else end
        spans.append(_span(lines, index, end, number, label))
    if not any(layouts.asks(span.text) for span in spans):
        return _unnumbered_inquiry_questions(lines)  # "gez.\nA. B.": a name, not a list of questions
    return spans


_BARE_LABEL = re.compile(r"^(?:\d{1,2}|[A-Za-z])[.)]$")


def join_bare_labels(lines: list[str]) -> list[str]:
    """A label alone on its line ("1." then, after blank lines, "Warum …?"), as PDF
    extraction leaves a label column, is joined with the text it labels."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        stripped = lines[index].strip()
        if _BARE_LABEL.match(stripped):
            following = index + 1
            while following < len(lines) and not lines[following].strip() and following - index <= 3:
                following += 1
            if following < len(lines) and lines[following].strip() \
                    and not _NUMBERED.match(lines[following].strip()):
                out.append(f"{stripped} {lines[following].strip()}")
                index = following + 1
                continue
        out.append(lines[index])
        index += 1
    return out


def is_bare_label(line: str, number: str) -> bool:
    """Is ``line`` only the label ``number`` ("1." or "1)" for "1."; "A." for "A.")?"""
    stripped = line.strip()
    return bool(_BARE_LABEL.match(stripped)) and ordinal(stripped[:-1]) == ordinal(number.rstrip(".)"))


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


def _unnumbered_inquiry_questions(lines: list[str], running_text: bool = True) -> list[QuestionSpan]:
    """Questions of an inquiry that does not number them: its "- " items ending in "?",
    with the question paragraph right before them, or else its paragraphs ending in "?"
    (each one question: the part after the paragraph's last statement). More than
    ``MAX_UNNUMBERED_QUESTIONS`` such paragraphs give no guidance: that is running text."""
    blocks = _blocks(lines)
    texts = [(a, b, " ".join(x.strip() for x in lines[a:b])) for a, b in blocks]
    bullets = [(a, b, t[2:]) for a, b, t in texts if t.startswith("- ") and t.rstrip().endswith("?")]
    asked = []
    for a, b, t in texts:
        if t.startswith("- ") or not t.rstrip().endswith("?"):
            continue
        part = _question_part(lines[a:b])
        start = b - len(part)
        for index in range(start, b):  # questions one per line, without blank lines between
            if lines[index].rstrip().endswith("?"):
                asked.append((start, index + 1, " ".join(x.strip() for x in lines[start:index + 1])))
                start = index + 1
    if bullets:
        # "Gibt es …?" then "- Welche Kosten …?": the question the items follow up on
        lead = [q for q in asked if q[1] == bullets[0][0]]
        found = lead + bullets
    else:
        found = asked or (running_text and (_request(lines, texts) or _question_on_what_follows(lines, blocks)))
    if not found or len(found) > MAX_UNNUMBERED_QUESTIONS or any(len(t) >= 1200 for _a, _b, t in found):
        return []
    if len(found) > 1 and any(_LABEL_LIKE.match(line.strip()) for a, b, _t in found for line in lines[a:b]):
        return []  # labels this reading does not follow ("A.)", "1.1", "1a."): no guidance
    return [QuestionSpan(a, b, f"{n}.", t, labelled=False) for n, (a, b, t) in enumerate(found, start=1)]


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
        if start is not None and (not stripped or stripped.startswith("- ") or _SECTION_HEADING.match(stripped)):
            blocks.append((start, index))  # a heading starts anew where extraction lost the blank lines
            start = None
        if stripped and start is None:
            start = index
        index += 1
    return blocks


_SECTION_HEADING = re.compile(r"^(?:Anfrage|Fragen?|Antrag|Erläuterungen?|Kurzfassung)\s*:?$")
_HEADER_LINES = 30  # the form's header, with its meeting table, fills the first lines of the inquiry
_MEETING_TABLE = re.compile(r"^Gremi(?:um|en)\s+Termin\b")
_MEETING_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")


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
    return index == 0 or not lines[index - 1].strip() or _ends_sentence(lines[index - 1])


_ANNOUNCEMENT = re.compile(r"(?:\bfolgende[nr]?\s+Fragen?|\bfragen\s+wir\b.*):$", re.IGNORECASE)


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


_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")
_TITLE_END = re.compile(r"(?:\b(?:Dr|Prof|Hr|Fr|Nr|St|Str|ca|bzw|vgl|z\.\s?B|u\.\s?a|d\.\s?h)|\b[A-ZÄÖÜ])\.$")


def _sentences(text: str) -> list[str]:
    """The sentences of ``text``; a dot after a title or abbreviation ("Dr. Huber",
    "Nr. 5") ends none."""
    out: list[str] = []
    for part in _SENTENCE_START.split(text):
        if out and _TITLE_END.search(out[-1]):
            out[-1] += " " + part
        else:
            out.append(part)
    return out


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
    if len(asking) > 1:
        asking = _one_passage(lines, texts, asking)
    if len(asking) != 1:
        return []
    a, b, _t = asking[0]
    while a < b - 1 and _REQUEST_HEADING.match(lines[a].strip()):
        a += 1  # "Ergänzende Anfrage:"
    text = _joined(lines, a, b)
    sentences = _sentences(text)
    first = next((i for i, sentence in enumerate(sentences) if layouts.asks(sentence)), 0)
    if len(" ".join(sentences[first:])) < 80:
        first = 0  # "Wir bitten um eine Stellungnahme.": what it asks about stands before
    return [(a, b, " ".join(sentences[first:]))]


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
    text = _joined(lines, start, end)
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
            found.append((opening[-1], following, _joined(lines, opening[-1], following)))
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


_LABEL_LIKE = re.compile(r"^(?:Zu\s+)?(?:\d{1,2}(?:\.\d{1,2})?[a-z]?|[A-Za-z])\s?[.)]")



def _sequence(lines: list[str], accept) -> list[tuple[int, str, str]]:
    """Greedy run of numbered lines 1, 2, 3 … in order, each approved by ``accept``.

    A number right after a line that does not end a sentence is normally its
    continuation ("… ab\n1. August 2013"). Only where no number can be read otherwise,
    and reading them as labels gives at least two numbered questions (a title or a form
    line right above "1. Seit wann …?"), are they labels."""
    careful = _greedy(lines, accept, careful=True)
    if careful:
        return careful
    lenient = _greedy(lines, accept, careful=False)
    asking = [i for i, _n, _l in lenient if "?" in " ".join(lines[i:i + 3])]
    if len(lenient) >= 2 and len(asking) == len(lenient) and all(_style(n) == "digit" for _i, n, _l in lenient):
        return lenient
    return []


def _greedy(lines: list[str], accept, careful: bool) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    style = None  # digits, or the case of letter labels ("A.", "a)"): one style per document
    for index, line in enumerate(lines):
        match = _NUMBERED.match(line.strip())
        if not match or ordinal(match.group(1)) != len(found) + 1:
            continue
        if style is not None and _style(match.group(1)) != style:
            continue
        if careful and index > 0 and lines[index - 1].strip() and not _ends_sentence(lines[index - 1]):
            continue  # "… ab\n1. August 2013": a number continuing a sentence
        if accept(index, match.group(1)):
            found.append((index, match.group(1), match.group(2) or "."))
            style = _style(match.group(1))
    return found


def ordinal(label: str) -> int:
    """1 for "1", "A" and "a": the position a label stands for."""
    return int(label) if label.isdigit() else ord(label.lower()) - ord("a") + 1


def _style(label: str) -> str:
    return "digit" if label.isdigit() else ("upper" if label.isupper() else "lower")


_LEAD_IN_END = re.compile(r"\b(?:fragen|fragen wir|wir nun|fragen nun|folgende Fragen)\s*$", re.IGNORECASE)


def _ends_sentence(line: str) -> bool:
    """Does ``line`` end where a numbered item may start ("…?", "Wir fragen nun")?"""
    return line.rstrip().endswith((".", "?", ":", "!", ")")) or bool(_LEAD_IN_END.search(line.rstrip()))


def _span(lines: list[str], start: int, end: int, number: str, label: str) -> QuestionSpan:
    text = " ".join(line.strip() for line in lines[start:end])
    text = _NUMBERED.match(text).group(3)
    label = ")" if label == ")" else "."
    return QuestionSpan(start, end, number + label, text)


def split_question_ends(lines: list[str], expected: list[QuestionSpan]) -> list[str]:
    """Break a line where an expected question ends and its answer goes on ("…? Im …").

    Without bold type, question and answer may share a line; the inquiry's wording of
    the question's end (its last 30 characters) shows where the question stops.
    """
    tails = [normalise(span.text)[-30:] for span in expected if len(span.text) >= 30]
    out: list[str] = []
    for line in lines:
        cut = _question_end_in(line, tails)
        if cut:
            out += [line[:cut].rstrip(), line[cut:].strip()]
        else:
            out.append(line)
    return out


def _question_end_in(line: str, tails: list[str]) -> int | None:
    for match in re.finditer(r"\?\s+(?=[A-ZÄÖÜ])", line):
        before = normalise(line[: match.start() + 1])
        if any(fuzz.ratio(before[-len(tail):], tail) >= 90 for tail in tails):
            return match.end()
    return None


ANSWER_START_MATCH = 90  # partial match of a repeated question with the start of the inquiry's question
GOES_ON_MATCH = 70  # match of the text after a "?" with the rest of the inquiry's question
ANSWER_START_REACH = 12  # lines of a repeated question searched for its end
QUESTION_END = 30  # characters of a question's end compared with where its repetition ends


def separate_answer_starts(lines: list[str], expected: list[QuestionSpan], inquiry_text: str = "") -> list[str]:
    """Set the answer apart where the answer document runs it into the question it repeats
    ("2. Wie viele Anträge wurden 2022 gestellt?" and, on the same or the next line without
    a blank line, "Im Jahr 2022 wurden 41 …"): a blank line goes right after the "?" (or the
    askers' closing request) where the repeated question stops and the answer starts
    (``answer_starts``). The inquiry's question may say more than the answer document
    repeats (sub-items, a remark of the askers'), which is why only the start of its text
    is matched. Where anything is in doubt the lines are kept as they are."""
    if not expected or not expected[0].labelled:
        return lines
    by_number = {ordinal(span.number.rstrip(".)")): span for span in expected}
    out = list(lines)
    for index, number, _label in reversed(_numbered_starts(lines, expected)):  # lines set in move only later ones
        out = _separated_after(out, index, by_number[ordinal(number)].text, inquiry_text)
    return out


def _separated_after(lines: list[str], start: int, question: str, inquiry_text: str) -> list[str]:
    """``lines`` with a blank line after the sentence end where the question repeated from
    line ``start`` (its label there) ends and its answer starts; unchanged when there is no
    such place, or when a further label stands in the paragraph after it."""
    asked = ""
    for index in range(start, min(start + ANSWER_START_REACH, len(lines))):
        line = lines[index].strip()
        if not line or (index > start and _NUMBERED.match(line)):
            break
        text = _NUMBERED.match(line).group(3) if index == start else line
        following = _paragraph_after(lines, index)
        if any(_NUMBERED.match(other) for other in following):
            return lines  # a label follows without a blank line: the next question may hang on the answer
        for mark in re.finditer(r"[?.!](?=\s|$)", text):
            cut = len(line) - len(text) + mark.end()
            rest = line[cut:].strip()
            if answer_starts(question, f"{asked} {text[:mark.end()]}", " ".join([rest, *following]), inquiry_text):
                return lines[:index] + [line[:cut], ""] + ([rest] if rest else []) + lines[index + 1:]
        asked = f"{asked} {text}"
    return lines


def _paragraph_after(lines: list[str], index: int) -> list[str]:
    """The lines of the paragraph after line ``index`` (stripped; up to a blank line)."""
    following = []
    for line in lines[index + 1:]:
        if not line.strip():
            break
        following.append(line.strip())
    return following


def answer_starts(question: str, asked: str, following: str, inquiry_text: str = "") -> bool:
    """Does the administration's answer start with ``following``, right after ``asked`` (an
    answer document's repetition of the inquiry's ``question``, up to the end of a sentence)?
    Only when ``asked`` matches the start of ``question`` strongly, ``following`` starts a
    statement (``_starts_statement``) and does not go on the way the rest of ``question``
    does (a further question, the askers' remark or their sub-items, whatever the
    document's own layout of them). A sentence that does not end in "?" ("… Bitte nach
    Jahren aufschlüsseln.") ends the question only where the inquiry ends one too."""
    where = _asked_up_to(question, asked)
    if where is None or not _starts_statement(following, inquiry_text):
        return False
    want = normalise(question)
    rest = re.sub(r"^[\s?.:!;,)]+", "", want[where:])
    if len(rest) < 3:  # all of it asked: ``asked`` must end as ``question`` ends (not "… Mit Datum 23.")
        return fuzz.ratio(normalise(asked)[-QUESTION_END:], want[-QUESTION_END:]) >= ANSWER_START_MATCH
    if not asked.rstrip().endswith("?") and not _ends_sentence_as(asked, want, where):
        return False
    head = normalise(following)
    width = min(len(rest), len(head), 40)
    return fuzz.ratio(head[:width], rest[:width]) < GOES_ON_MATCH


_SENTENCE_END_WORD = re.compile(r"(?<![\w.])([A-Za-zÄÖÜäöüß]{4,})[.!]$")  # "aufschlüsseln.", not "Nr." or "2023."
_LONG_ABBREVIATIONS = {"inkl", "evtl", "bspw", "insb", "zzgl", "bzgl", "abzgl", "allg", "einschl"}


def _ends_sentence_as(asked: str, want: str, where: int) -> bool:
    """Does ``asked`` end a sentence with a word ("… aufschlüsseln.") where the inquiry's
    question (``want``, normalised) ends a sentence too, near character ``where``?"""
    word = _SENTENCE_END_WORD.search(asked.rstrip())
    return bool(word) and word.group(1).lower() not in _LONG_ABBREVIATIONS \
        and bool(re.search(r"[.!?]", want[max(0, where - 2):where + 2]))


def _asked_up_to(question: str, asked: str) -> int | None:
    """How much of the inquiry's ``question`` (in ``normalise``'d characters) the answer
    document's ``asked`` repeats from its start, when they match strongly; else None."""
    want, found = normalise(question), normalise(asked)
    if len(found) < 20:
        return None  # too short to tell
    if len(found) >= len(want):
        return len(want) if fuzz.ratio(found, want) >= ANSWER_START_MATCH else None
    hit = fuzz.partial_ratio_alignment(found, want)
    return hit.dest_end if hit.score >= ANSWER_START_MATCH and hit.dest_start <= 10 else None


def _starts_statement(text: str, inquiry_text: str) -> bool:
    """Does ``text`` start as the administration starts an answer: a sentence (a capital or
    a figure, no label, no list item) that asks nothing, is none of the askers' ways of going
    on with a question ("Bitte …", "wenn ja …", "a) …") and is not found in their inquiry?"""
    plain = text.strip()
    if not re.match(r"[A-ZÄÖÜ0-9„\"]", plain) or _LABEL_LIKE.match(plain):
        return False
    sentences = _sentences(plain)
    first = sentences[0] if len(sentences[0]) >= 20 else " ".join(sentences[:2])  # not "Mit Datum 23." alone
    return "?" not in first and not layouts.asks(first) and not layouts.goes_on_as_askers(first) \
        and not in_inquiry(first, inquiry_text)


def numbered_questions(lines: list[str], expected: list[QuestionSpan]) -> list[QuestionSpan]:
    """Questions an answer repeats with their numbers.

    With ``expected`` (the inquiry's questions) a numbered line only counts when it
    starts like the expected question of that number, and the question's extent is
    the run of lines that best matches it. Without, a question ends at its first
    line ending in "?" or at a blank line.
    """
    by_number = {ordinal(span.number.rstrip(".)")): span for span in expected}
    spans = []
    for index, number, label in _numbered_starts(lines, expected):
        want = by_number.get(ordinal(number))
        end = _best_end(lines, index, want.text) if want else _question_end(lines, index)
        spans.append(_span(lines, index, end, number, label))
    if not any(layouts.asks(span.text) for span in spans):
        return _unnumbered_inquiry_questions(lines, running_text=False)
    return spans


def _numbered_starts(lines: list[str], expected: list[QuestionSpan]) -> list[tuple[int, str, str]]:
    """``(line, number, label)`` of each question the answer repeats with its number: a run
    1, 2, 3 … (``_sequence``), each starting like the expected question of its number."""
    by_number = {ordinal(span.number.rstrip(".)")): span for span in expected}

    def accept(index: int, number: str) -> bool:
        if not expected:
            return True
        want = by_number.get(ordinal(number))
        return bool(want) and _starts_like(lines[index], want.text)

    return _sequence(lines, accept)


def _starts_like(line: str, question: str) -> bool:
    body = normalise(_NUMBERED.match(line.strip()).group(3))
    head = normalise(question)[: len(body) + 5]
    return fuzz.partial_ratio(body[:60], head) >= START_THRESHOLD


def _question_end(lines: list[str], start: int) -> int:
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
        if lines[end - 1].rstrip().endswith("?"):
            break
    return end


def _best_end(lines: list[str], start: int, question: str, reach: int = 12) -> int:
    """The end of the line run from ``start`` that matches ``question`` best."""
    best, best_score, end = start + 1, -1.0, start
    want = normalise(question)
    while end < len(lines) and end < start + reach and lines[end].strip():
        end += 1
        candidate = normalise(" ".join(lines[start:end]))
        candidate = _NUMBERED.sub(r"\3", candidate, count=1)
        score = fuzz.ratio(candidate, want)
        if score > best_score:
            best, best_score = end, score
    return best


def unnumbered_questions(lines: list[str], expected: list[QuestionSpan]) -> list[QuestionSpan]:
    """Questions an answer repeats without numbers, found by matching the inquiry's.

    Each expected question is searched in order after the previous one; a run of up
    to 8 lines within one paragraph must reach ``MATCH_THRESHOLD``. When any question
    is not found, returns [] instead of a partial, possibly misleading pairing.
    """
    spans, cursor = [], 0
    for want in expected:
        hit = _find_run(lines, cursor, normalise(want.text))
        if hit is None:
            return []
        start, end = hit
        if _restates(want.text, _joined(lines, start, end)):
            return []
        spans.append(QuestionSpan(start, end, want.number, _joined(lines, start, end)))
        cursor = end
    return spans


def _restates(request: str, found: str) -> bool:
    """"Die Verwaltung kann keine Auskunft darüber erteilen, wie viele …" found for the request
    "Die Verwaltung wird um Auskunft darüber gebeten, wie viele …": words that no longer
    request anything are the answer restating the request, not its repetition."""
    return "?" not in request and layouts.asks(request) and not layouts.asks(found)


def _find_run(lines: list[str], cursor: int, want: str) -> tuple[int, int] | None:
    best: tuple[float, int, int] | None = None
    for start in range(cursor, len(lines)):
        if not lines[start].strip() or fuzz.partial_ratio(normalise(lines[start]), want) < 80:
            continue
        for end in range(start + 1, min(start + 9, len(lines) + 1)):
            if not lines[end - 1].strip():
                break
            score = fuzz.ratio(normalise(" ".join(lines[start:end])), want)
            if best is None or score > best[0]:
                best = (score, start, end)
        if best and best[0] >= MATCH_THRESHOLD:
            return best[1], best[2]
    return None


def _joined(lines: list[str], start: int, end: int) -> str:
    """Lines ``start:end`` as one line of text (blank lines between paragraphs dropped)."""
    return " ".join(line.strip() for line in lines[start:end] if line.strip())


def has_zu_sections(lines: list[str]) -> bool:
    """True when the answer is organised by "Zu 1.:" / "Zu Frage 1" sections."""
    return sum(1 for line in lines if _ZU_SECTION.match(line.strip())) >= 1


def is_zu_heading(line: str) -> bool:
    """A "Zu 1.:" / "Zu den Fragen 3 bis 5:" / "Zu Punkt 3" line that heads an answer section."""
    return bool(_ZU_SECTION.match(line.strip()))


def zu_heading_alone(line: str) -> str | None:
    """"Zu Punkt 1 und 2" alone on its line, nothing after the numbers: the heading of an
    answer section, written with its colon ("Zu Punkt 1 und 2:") so that the text under
    it is not read as a sentence that begins "Zu Punkt 1 und 2 Grundsätzlich …"."""
    stripped = line.strip().rstrip(":.").rstrip()
    if not is_zu_heading(stripped):
        return None
    header = layouts.answer_header(stripped + ":")
    return stripped + ":" if header is not None and not header[1] else None


QUOTE_THRESHOLD = 90  # partial match of an answer paragraph within the inquiry's text


ASKERS_THRESHOLD = 92  # partial match of an answer paragraph with the inquiry's text


def from_inquiry(paragraph: str, inquiry_text: str, after_their_question: bool = False) -> bool:
    """True when an answer paragraph that is no question is the askers' own text, copied
    from the inquiry (a lead-in before the next question, the reasons, a request such as
    "Bitte benennen Sie diese.", a remark right after their question): it is not the
    administration's answer."""
    text = paragraph.strip()
    # Short texts only where the askers' words are likely: their request ("Bitte benennen
    # Sie diese.") or a sentence right after their quoted question ("Dies würde zur
    # angestrebten Transparenz führen."); reading audit 12 found both opening answers.
    shortest = 12 if layouts.is_askers_request(text) else 30 if after_their_question else 60
    if not inquiry_text or "?" in text or len(text) < shortest or len(text) > 3000:
        return False  # a text that asks is a question (or part of one): the walker's to judge
    plain = layouts.unescaped(text)
    if _LABEL_LIKE.match(plain) or layouts.question_label(plain) or re.match(r"^[-•–]\s", plain):
        return False  # "3a) Bitte stellen Sie dar …": a labelled item is the walker's to judge
    return in_inquiry(text, inquiry_text)


def in_inquiry(text: str, inquiry_text: str) -> bool:
    """Does ``text`` (at least 12 characters) stand in the inquiry, as near as extraction allows?"""
    return bool(inquiry_text) and len(text.strip()) >= 12 and \
        fuzz.partial_ratio(normalise(text), normalise(inquiry_text)) >= ASKERS_THRESHOLD


def quotes_inquiry(paragraph: str, inquiry_text: str) -> bool:
    """True when an answer paragraph is a question the inquiry itself asks (an unnumbered
    sub-question the answer repeats, bold in the PDF): it ends in "?" and appears in the
    inquiry's text."""
    text = paragraph.strip()
    if not inquiry_text or not text.endswith("?") or len(text) > 700 or len(text) < 12:
        return False
    return fuzz.partial_ratio(normalise(text), normalise(inquiry_text)) >= QUOTE_THRESHOLD


def _letters(text: str) -> str:
    """Only the letters and digits of ``text``, lower-cased: the askers' words as they stand
    in their inquiry, whatever extraction did to spaces, hyphens and punctuation ("?" for ".")."""
    return re.sub(r"[^0-9a-zäöüß]", "", text.lower())


_OFFICE_TAG = re.compile(r"\s*\([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5}\)(?=\s|$)")  # "(TBA)": the office that answers
CONTINUATION_TAIL = 40  # letters of the question's end that must stand right before the askers' sentences


def askers_continuation(question: str, text: str, inquiry_text: str, whole: bool = False) -> tuple[str, str]:
    """``(lead, rest)``: the sentences at the start of ``text`` (the answer text right after a
    question) that are the askers' own words going on with that question — in their inquiry
    they stand right after the question's end, letter for letter ("… dagegen? Wird sich die
    Verwaltung darüber hinaus … einsetzen. Wie wird sie dies tun?" cut at the first "?").
    They belong to the question, not to the administration's answer. ``("", text)`` when
    the text does not start so, when it starts with a label or a list item (items and
    sub-questions are the parser's to read), when what follows them stands in the inquiry
    too (then the inquiry seems to hold more than the askers' words), or when they are
    the whole text and not ``whole`` and do not ask (a paragraph of the askers' own after
    their question, their reasons perhaps: the quoting of their text and the parser settle
    it). The office the administration notes after a question ("(TBA)") is no word of theirs."""
    plain = layouts.unescaped(text.strip())
    if _LABEL_LIKE.match(plain) or layouts.question_label(plain) or re.match(r"^[-•–]\s", plain):
        return "", text
    tail = _letters(_OFFICE_TAG.sub("", question))[-CONTINUATION_TAIL:]
    inquiry = _letters(inquiry_text)
    if len(tail) < CONTINUATION_TAIL or tail not in inquiry:
        return "", text
    sentences = _sentences(text.strip())
    taken = 0
    for count in range(1, len(sentences) + 1):
        if tail + _letters(_OFFICE_TAG.sub("", " ".join(sentences[:count]))) in inquiry:
            taken = count
        else:
            break
    lead = " ".join(sentences[:taken])
    asking = _OFFICE_TAG.sub("", lead).rstrip().endswith("?")  # the question's next part, not their reasons
    if len(_letters(lead)) < 12 or (taken == len(sentences) and not (whole or asking)):
        return "", text
    following = _letters(sentences[taken]) if taken < len(sentences) else ""
    if len(following) >= 20 and following in inquiry:
        return "", text
    return lead, " ".join(sentences[taken:])


RESTATED_THRESHOLD = 80  # token-set match of a question with a question the answer document asks


def unrepeated_questions(expected: list[QuestionSpan], spans: list[QuestionSpan],
                         lines: list[str], paragraphs: list[str] = ()) -> list[QuestionSpan]:
    """The inquiry's numbered questions that an answer document repeating the questions
    leaves out (2019/0300 answers 1-4 of 5). A question counts as repeated when a repeated
    question has its number, when a paragraph written from the document asks under its label
    ("5. Wie …?", "> 5) …?"), or when the document asks it in other words or shortened anywhere (a
    sentence ending in "?" sharing its words, its start or its first sentence found as it
    stands). Leaning to "repeated": a question written twice would be a doubt of its own."""
    found = {ordinal(span.number.rstrip(".)")) for span in spans}
    found |= {n for n in map(asked_under, paragraphs) if n is not None}
    text = " ".join(line.strip() for line in lines)
    document = normalise(text)
    asked = [_words(part) for part in re.findall(r"[^.?!]{8,600}\?", text)]  # the sentences that ask
    missing = []
    for question in expected:
        if ordinal(question.number.rstrip(".)")) in found or not layouts.is_question_like(question.text):
            continue  # repeated under its number, or an item that asks nothing ("7. uvm.")
        first = normalise(question.text).split("?")[0]  # a compound question divided by the answer
        if fuzz.partial_ratio(normalise(question.text)[:150], document) >= 85 \
                or (len(first) >= 30 and fuzz.partial_ratio(first, document) >= 90):
            continue
        want = _words(question.text)
        if any(len(part.split()) * 2 >= len(want.split()) and fuzz.token_set_ratio(want, part) >= RESTATED_THRESHOLD
               for part in asked):
            continue
        missing.append(question)
    return missing


def asked_under(paragraph: str) -> int | None:
    """The number (ordinal) a written paragraph asks under: "5. Wie …?", "> 5) …?"."""
    match = _NUMBERED.match(layouts.unescaped(paragraph.strip().lstrip("> ")))
    if match and (match.group(3).rstrip().endswith("?") or layouts.is_question_like(match.group(3))):
        return ordinal(match.group(1))
    return None


def _words(text: str) -> str:
    return re.sub(r"[^\w\s]", " ", text.lower())
