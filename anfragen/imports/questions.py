"""Finding the questions in an answer document, with the faction's inquiry as a guide.

An answer document ("Stellungnahme") usually repeats each question before its answer.
Newer layouts number them ("1. Wie viele …"); older ones printed them in bold, which
text extraction loses. The faction's own inquiry lists the questions numbered, so it
tells where a question starts and ends (read by ``inquiry_reading``); where the answer
document runs the answer into a question it repeats, ``answer_starts`` sets it apart.
All functions are pure and work on cleaned lines (see ``cleanup.clean_lines``); a span
is ``(start, end)`` with ``end`` exclusive.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .. import layouts
from . import cleanup, heading_numbers, section_items
from .inquiry_reading import unnumbered_inquiry_questions
from .question_spans import (
    LABEL_LIKE,
    NUMBERED_LINE,
    QuestionSpan,
    ends_sentence,
    is_item_number,
    joined_text,
    label_text,
    normalise,
    numbered_sequence,
    ordinal,
    question_span,
    split_sentences,
)

_ZU_SECTION = re.compile(r"^Zu\s+(?:(?:(?:der\s+)?Frage\s+|den\s+Fragen\s+|Ziffer\s+|Nr\.\s*|Punkte?n?\s+)?\d|"
                         r"(?:der\s+)?Fragen?\s+(?:VIII|VII|VI|IV|IX|III|II|I|V|X)\.)", re.IGNORECASE)
MATCH_THRESHOLD = 85  # rapidfuzz ratio (0–100) a question line must reach
START_THRESHOLD = 75  # partial match of a numbered line's start with the expected question


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


def numbered_questions(lines: list[str], expected: list[QuestionSpan]) -> list[QuestionSpan]:
    """Questions an answer repeats with their numbers.

    With ``expected`` (the inquiry's questions) a numbered line only counts when it
    starts like the expected question of that number, and the question's extent is
    the run of lines that best matches it. Without, a question ends at its first
    line ending in "?" or at a blank line.
    """
    by_number = {ordinal(span.number.rstrip(".)")): span for span in expected}
    spans, requests = [], 0
    starts = numbered_starts(lines, expected)
    for position, (index, number, label) in enumerate(starts):
        following = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        want = by_number.get(ordinal(number))
        repeated = _as_repeated(want.text, lines[index + 1:]) if want else ""
        # "1. Wie ist …?" / "2. Wann …?": the inquiry asks 1 in more words than the answer repeats
        # it, and the best match of 1 took in question 2's line; no question reaches into the next.
        # (Without the inquiry's question a span running into the next label found no "?" before
        # it: where that question ends is not settled, so it is kept, and the parser's doubt with it.)
        end = min(_best_end(lines, index, repeated), following) if want else _question_end(lines, index)
        stem_end = end
        end = _with_first_item(lines, index, end, want.text) if want else end
        span = question_span(lines, index, end, number, label)
        if end != stem_end:
            span.text = re.sub(r"\s{2,}", " ", span.text)  # a blank line between the stem and its first item
        if want is not None:
            span.text = with_inquiry_mark(span.text, want.text)
            requests += confirmed_request(span.text, want.text)
        spans.append(span)
    if not requests and not any(layouts.asks(span.text) for span in spans):
        return heading_numbers.numbered_by_headings(unnumbered_inquiry_questions(lines, inquiry=False), lines, expected)
    return spans


_ITEM_LABEL = re.compile(r"(?:^|\s)([a-z])\)\s")


def _asking_items(question: str) -> list[tuple[int, str]]:
    """``(position, text)`` of the items "a) …? b) …?" a question of the inquiry holds,
    each ending in "?", the first labelled "a)"; [] for fewer than two, or items that do
    not ask ("… für den a) Austausch im Bestand b) Neubau?": parts of one question)."""
    matches = list(_ITEM_LABEL.finditer(question))
    if len(matches) < 2 or matches[0].group(1) != "a":
        return []  # (later labels as the askers typed them: "a) … a) … b)" the answer relabels b), c))
    ends = [m.start() for m in matches[1:]] + [len(question)]
    items = [(m.start(), question[m.start(1):end].strip()) for m, end in zip(matches, ends, strict=True)]
    return items if all(text.endswith("?") for _at, text in items) else []


def _answered_in_turn(item: str, label: str, question: str, lines: list[str]) -> bool:
    """Does the answer repeat ``item`` ("b) Wie gestaltet …?") labelled ``label`` (the
    letter of its place: the askers' "a) … a) … b)" the answer relabels) on a line of its
    own that starts a paragraph, after text that is no part of the question (the answer to
    the item before it)? Also "c) Spielen Kriterien … bei" / "… eine Rolle? Welche?", whose
    "?" ends its first sentence on the next line (``cleanup.opens_labelled_question``); not
    an item run on from the answer before without asking: read into that answer, it would
    take in the item and its answer."""
    start = normalise(item)[:40]
    whole = normalise(question)
    for index, line in enumerate(lines):
        if normalise(line).startswith(label) and fuzz.partial_ratio(normalise(line)[:40], start) >= 90:
            before = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].strip()), "")
            # a paragraph of its own: after a blank line, or opening a question the reflow sets apart
            after = lines[index + 1] if index + 1 < len(lines) else ""
            starts_anew = index > 0 and (not lines[index - 1].strip() or cleanup.opens_labelled_question(line, after))
            return starts_anew and bool(before) and fuzz.partial_ratio(normalise(before), whole) < 90
    return False


def _as_repeated(question: str, following: list[str]) -> str:
    """The part of the inquiry's ``question`` that the answer repeats at its number: its
    stem before its items ("1. Vernetzung und Krisenstab:" of "… a) Wie greifen …? b) Wie
    gestaltet …?") where the answer repeats every item after the first on a line of its
    own after the answer to the item before it (the parser reads them as 1a, 1b …). Else
    all of it: items repeated in one run with the stem are answered together after it, and
    a question that opens with its first item ("4. a) Wie häufig …") has no stem."""
    items = _asking_items(question)
    if not items:
        return _stem_of_one_item(question, following)
    if not items[0][0]:
        return question
    later = [(f"{chr(ord('a') + place)})", text) for place, (_at, text) in enumerate(items) if place]
    if not all(_answered_in_turn(text, label, question, following) for label, text in later):
        return question
    return question[:items[0][0]].rstrip()


def _stem_of_one_item(question: str, following: list[str]) -> str:
    """"4. Gibt es …? Gibt es … für Betroffene? a) Wie viele Fälle …?": a question that asks
    by itself and holds one asking item. Where the answer repeats the item on a line of its
    own after the answer to the question (``_answered_in_turn``), it repeats the question
    without it: its stem, which ends in "?", is matched (not a run of lines as long as the
    whole, taking in the answer's first line). Else all of it."""
    matches = list(_ITEM_LABEL.finditer(question))
    if len(matches) != 1 or matches[0].group(1) != "a":
        return question
    stem, item = question[:matches[0].start()].rstrip(), question[matches[0].start(1):].strip()
    if not stem.endswith("?") or not item.endswith("?") or not _answered_in_turn(item, "a)", question, following):
        return question
    return stem


def _with_first_item(lines: list[str], start: int, end: int, question: str) -> int:
    """Where the answer repeats a question's stem without asking ("1.) Wie hoch ist die
    jährliche Abschreibung", "1. Vernetzung und Krisenstab") and, right after it (a blank
    line between at most), its first item "a) nach Fertigstellung …?": the end of that
    item, which the stem leads into (question 1, its item b) question 1b). Else ``end``."""
    items = _asking_items(question)
    stem = " ".join(line.strip() for line in lines[start:end])
    if not items or "?" in stem or _ITEM_LABEL.search(stem):
        return end
    following = next((i for i in range(end, min(end + 3, len(lines))) if lines[i].strip()), None)
    if following is None or not lines[following].strip().startswith("a) "):
        return end
    return _best_end(lines, following, items[0][1])


REQUEST_THRESHOLD = 92  # rapidfuzz ratio of a repeated request worded as a statement with the inquiry's


def confirmed_request(repeated: str, request: str) -> bool:
    """"1. Die Stadtverwaltung legt dar, wie …" in the answer document: the askers' request
    worded as a statement of what the administration tells them (``layouts.tells_as_request``),
    repeated as their inquiry words it under the same number (rapidfuzz ratio 92: what
    extraction does to it, not a rewording). The administration's own "1. Die Verwaltung
    legt dar, …" is never confirmed so: the inquiry must request it in these words. So too
    the askers' item that asks by a sentence opening with an interrogative but has no "?",
    in the inquiry neither ("E. Mit der Umgestaltung … wird eine ähnliche Situation
    geschaffen. Wie viele Unfälle haben sich dort ereignet: 1. …")."""
    if "?" in repeated or "?" in request or fuzz.ratio(normalise(repeated), normalise(request)) < REQUEST_THRESHOLD:
        return False
    if LABEL_LIKE.match(repeated.strip()):
        return False  # "1. a. Wie viele …": the item's own first sub-item, its "b." perhaps not read
    if layouts.tells_as_request(request) and layouts.tells_as_request(repeated):
        return True
    return any(layouts.opens_with_question_word(sentence) for sentence in split_sentences(request))


def confirmed_request_item(repeated: str, item: QuestionSpan) -> bool:
    """"2. sichergestellt ist, dass das Pflegepersonal …" in the answer document: an item that
    completes the askers' request ("Die Gemeinde wird um Auskunft gebeten, wie …",
    ``request_items``), repeated as their inquiry words it under the same number (the same
    rapidfuzz ratio as a request worded as a statement). It asks nothing by itself, so
    without the mark the parser would read it as the administration's own words."""
    return bool(item.lead) and layouts.asks(item.lead) and "?" not in repeated \
        and fuzz.ratio(normalise(repeated), normalise(item.text)) >= REQUEST_THRESHOLD


def set_apart_request_ends(lines: list[str], expected: list[QuestionSpan], reach: int = 6) -> list[str]:
    """"1. Die Stadtverwaltung erteilt Auskunft darüber, wie viele … unbesetzt sind. Stand April
    2022 waren …": the askers' numbered request worded as a statement, repeated, and the
    answer (or the next request, "… geplant ist. 2. Speziell sollen …") run on after it in the
    same line. The request ends at the sentence end where the text from its label is the
    inquiry's request of that number (``REQUEST_THRESHOLD``, the best such end within the
    paragraph); a blank line is set in there. A request that ends at a line's end, or is not
    found so, is left as it is."""
    requests = {ordinal(q.number.rstrip(".)")): q.text for q in expected
                if q.labelled and layouts.tells_as_request(q.text)}
    if not requests:
        return lines
    out = list(lines)
    for index in range(len(out) - 1, -1, -1):
        match = NUMBERED_LINE.match(out[index].strip())
        request = requests.get(ordinal(match.group(1))) if match and match.group(1).isdigit() else None
        if request is None or not layouts.tells_as_request(match.group(3)):
            continue
        cut = _request_end(out, index, request, reach)
        if cut is not None:
            at, position = cut
            out[at:at + 1] = [out[at][:position].rstrip(), "", out[at][position:].strip()]
    return out


def _request_end(lines: list[str], start: int, request: str, reach: int) -> tuple[int, int] | None:
    """``(line, position)`` of the best end of ``request`` repeated from ``start`` when it falls
    inside a line, after a sentence's end; None when the best end is a line's end."""
    want = normalise(request)
    best: tuple[float, int, int | None] = (-1.0, start, None)
    for index in range(start, min(start + reach, len(lines))):
        line = lines[index]
        if not line.strip():
            break
        ends = [m.start() + 1 for m in re.finditer(r"[.!](?=\s+[A-ZÄÖÜ0-9„])", line)] + [len(line)]
        for end in ends:
            text = " ".join(part.strip() for part in [*lines[start:index], line[:end]])
            labelled = NUMBERED_LINE.match(text)
            score = fuzz.ratio(normalise(labelled.group(3)), want) if labelled else -1.0
            if score > best[0]:
                best = (score, index, end if end < len(line) else None)
    score, index, end = best
    return (index, end) if score >= REQUEST_THRESHOLD and end is not None else None


TYPED_MARK_THRESHOLD = 97  # ratio of the letters of a repetition ending in "." with the inquiry's question


MIN_REPEATED_TAIL = 12  # letters of a repetition's last sentence compared with the inquiry's


def with_inquiry_mark(repeated: str, question: str) -> str:
    """"Unter welchen Umständen …? Wie ist die Perspektive für 2018": the answer document
    repeats the inquiry's question ("… für 2018?") but drops its closing "?". Its last
    sentence is the inquiry's last sentence letter for letter (not a sentence that stops
    mid-way, the answer's start), so the mark is the inquiry's: written back. So too where
    the repetition types the closing "?" as "." ("C. Doch vor einer Diskussion … könnte
    dargestellt werden, … und mit welchen … wäre … zu rechnen.") and is the whole question
    letter for letter but for a typing slip (``TYPED_MARK_THRESHOLD``): no answer text in it.
    Anything else keeps the text as repeated."""
    if repeated.rstrip().endswith(".") and question.rstrip().endswith("?") and "?" not in repeated \
            and fuzz.ratio(layouts.letters(repeated), layouts.letters(question)) >= TYPED_MARK_THRESHOLD:
        return repeated.rstrip()[:-1] + "?"  # "… danach zu rechnen." for the inquiry's "… zu rechnen?"
    tail = layouts.letters(repeated.rpartition("?")[2])
    if re.search(r"[.!?:;]$", repeated.rstrip()) or not question.rstrip().endswith("?") \
            or len(tail) < MIN_REPEATED_TAIL or not layouts.letters(question).endswith(tail):
        return repeated
    return repeated.rstrip() + "?"



def numbered_starts(lines: list[str], expected: list[QuestionSpan]) -> list[tuple[int, str, str]]:
    """``(line, number, label)`` of each question the answer repeats with its number: a run
    1, 2, 3 … (``numbered_sequence``), each starting like the expected question of its number."""
    by_number = {ordinal(span.number.rstrip(".)")): span for span in expected}

    def accept(index: int, number: str) -> bool:
        if not expected:
            return True
        want = by_number.get(ordinal(number))
        return bool(want) and _starts_like(lines[index], want.text, is_item_number(number))

    def repeats(index: int, number: str) -> bool:
        want = by_number.get(ordinal(number))
        return bool(want) and repeats_start(lines[index], want.text)

    # "2a.", "2b." (or "2 a)", "2 b)") in the place of 2 only where the inquiry asks so
    items = any(is_item_number(span.number) for span in expected)
    return numbered_sequence(lines, accept, repeats, item_marks=".)" if items else "")


REPEATED_START = 90  # ratio of a numbered line's text with the start of the expected question
MIN_REPEATED_START = 40  # characters of that line compared


def repeats_start(line: str, question: str) -> bool:
    """Does the numbered ``line`` repeat the start of ``question`` word for word (as near
    as extraction allows), over at least ``MIN_REPEATED_START`` characters?"""
    body = normalise(NUMBERED_LINE.match(line.strip()).group(3))
    want = normalise(question)
    width = min(len(body), len(want))
    return width >= MIN_REPEATED_START and fuzz.ratio(body[:width], want[:width]) >= REPEATED_START


def _starts_like(line: str, question: str, item: bool = False) -> bool:
    body = normalise(label_text(line, item))
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
        candidate = NUMBERED_LINE.sub(r"\3", candidate, count=1)
        score = fuzz.ratio(candidate, want)
        if score > best_score:
            best, best_score = end, score
    return best


def unnumbered_questions(lines: list[str], expected: list[QuestionSpan],
                         shortened: bool = False) -> list[QuestionSpan]:
    """Questions an answer repeats without numbers, found by matching the inquiry's.

    Each expected question is searched in order after the previous one; a run of up
    to 8 lines within one paragraph must reach ``MATCH_THRESHOLD``. When any question
    is not found, returns [] instead of a partial, possibly misleading pairing. With
    ``shortened`` (only for an answer that numbers none of its questions: where it numbers
    some, its own numbers are the better guide) a question may also be found by its first
    sentence repeated alone, perhaps shortened (``_find_first_sentence``).
    """
    spans, cursor = [], 0
    for want in expected:
        hit = _find_run(lines, cursor, normalise(want.text)) \
            or (_find_first_sentence(lines, cursor, want.text) if shortened else None)
        if hit is None:
            return []
        start, end = hit
        if _restates(want.text, joined_text(lines, start, end)):
            return []
        # "- Können …?": the question repeated as an item of the answer's list, numbered now
        found = re.sub(r"^[-–•]\s+", "", joined_text(lines, start, end))
        found = without_own_zu_header(found, want.number)
        spans.append(QuestionSpan(start, end, want.number, _without_repeated_label(found, spans, want.number[:-1] if re.fullmatch(r"[a-z][.)]", want.number) else "")))
        cursor = end
    return spans


def without_own_zu_header(text: str, number: str) -> str:
    """"Zu 1. Gibt es einen Plan …?" matched as the inquiry's question 1: the answer's header
    naming the question it repeats, run into it, is no part of the question ("Gibt es …?").
    Only the question's own number ("1." or "1)" in the inquiry), before a capital."""
    own = re.escape(number.rstrip(".)"))
    return re.sub(rf"^Zu\s+(?:Frage\s+)?{own}[.):]*\s+(?=[A-ZÄÖÜ])", "", text) if own.isdigit() else text


def _without_repeated_label(text: str, found: list[QuestionSpan], letter: str = "") -> str:
    """"2. Wann kann …?" matched as the inquiry's question 4, after questions 1 to 3 were
    found: the document's own number repeats one already found (a slip in its numbering),
    and written after the inquiry's ("4. 2. Wann …") it would be read as the question's
    number. The inquiry's number counts; the repeated one is left out."""
    match = NUMBERED_LINE.match(text)
    if match and match.group(1).isdigit() and \
            any(ordinal(span.number.rstrip(".)")) == int(match.group(1)) for span in found):
        return match.group(3)
    if letter and (own := re.match(rf"{re.escape(letter)}[.)]\s+(?=\S)", text)):
        return text[own.end():]  # "b. die Kritik …" matched as the inquiry's "b)": written once
    return text


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
        for end in _run_ends(lines, start):
            score = fuzz.ratio(normalise(joined_text(lines, start, end)), want)
            if best is None or score > best[0]:
                best = (score, start, end)
        if best and best[0] >= MATCH_THRESHOLD:
            return best[1], best[2]
    return None


def _run_ends(lines: list[str], start: int, reach: int = 8) -> list[int]:
    """The ends of the runs of up to ``reach`` lines from ``start`` within one paragraph, or
    across a blank line where the run opens with an interrogative and the line before the
    blank stops mid-sentence: the question repeated as the inquiry wrote it, its items set
    apart ("Wie sind die Ergebnisse zu beurteilen" / "" / "a) bei der Stadt" … "verglichen
    mit …?"); not a heading above a question ("Vertragsfragen" / "" / "a) Handelt …?")."""
    ends, end = [], start
    asking = layouts.opens_with_question_word(lines[start].strip())
    while end < len(lines) and len(ends) < reach:
        if not lines[end].strip():
            if not asking or ends_sentence(lines[end - 1]):
                break
        else:
            ends.append(end + 1)
        end += 1
    return ends


SHORTENED_THRESHOLD = 95  # token-set match of a repetition with the question's first sentence
SHORTENED_SHARE = 0.5  # the least share of that sentence's length the repetition keeps


def _find_first_sentence(lines: list[str], cursor: int, question: str) -> tuple[int, int] | None:
    """The lines, from ``cursor`` on, that repeat the first sentence of ``question`` (up to its
    first "?"), perhaps shortened ("Ist die geplante Einführung der Radspur … sinnvoll?" for
    "Ist die geplante Einführung der Radspur – vor dem Hintergrund, dass … – sinnvoll?"):
    a run of whole lines that ends in "?" and asks nothing else, whose words all stand in
    that sentence and keep at least half of it. The answer document then repeats only the
    question's first sentence (the rest it leaves out or repeats further on)."""
    first = normalise(question).split("?")[0] + "?"
    if len(first) < 30:
        return None  # "Warum?": too short to be found by its words
    for start in range(cursor, len(lines)):
        for end in range(start + 1, min(start + 4, len(lines) + 1)):
            if not lines[end - 1].strip():
                break
            candidate = normalise(" ".join(lines[start:end]))
            if candidate.endswith("?") and candidate.count("?") == 1 \
                    and len(candidate) >= SHORTENED_SHARE * len(first) \
                    and fuzz.token_set_ratio(candidate, first) >= SHORTENED_THRESHOLD \
                    and fuzz.ratio(candidate[:25], first[:25]) >= MATCH_THRESHOLD:
                return start, end
            if "?" in candidate:
                break
    return None


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


_SECTION_LINE = re.compile(r"^(\d{1,2})\.\s+([^?]{2,80})$")  # "2. Prüfverfahren"
_SUB_QUESTION_LINE = re.compile(r"^(\d{1,2})\.\d{1,2}(?:\.\d{1,2})*\.?\s+\S")  # "2.1 Welche …", "1.5.1. Wenn …"
SECTION_THRESHOLD = 90  # ratio of a heading in the answer with the heading of the inquiry's section


def _section_heading(question: QuestionSpan) -> str | None:
    """"Prüfverfahren" for a question read from an inquiry section "2. Prüfverfahren 2.1
    Welche …? 2.2 …?": its heading, before its first sub-question "2.1" (or all of it, a
    heading whose sub-questions the reading lost). None for a question that is no section."""
    number = question.number.rstrip(".)")
    match = re.match(rf"^([^?]{{2,80}}?)(?:\s+{re.escape(number)}\.1\.?\s|$)", question.text.strip())
    return match.group(1).strip() if match and number.isdigit() else None


def section_heading_lines(lines: list[str], expected: list[QuestionSpan], inquiry_text: str = "") -> list[int]:
    """The lines of an answer document that repeat the headings of the inquiry's sections
    ("1. Fälle in Karlsruhe", under it "1.1 Wie viele …?", "1.2 …"), one per section, in
    order, each followed by its first sub-question ("N.1 …"; right after it, but for the
    first section, whose remarks before it stay the administration's introduction): the
    answer repeats the sub-questions with their own numbers, and answers each under it.
    [] when the inquiry does not ask in such sections (two of them at least with their
    sub-questions) or the answer does not repeat every section so. A sub-question with the
    askers' items under it is read where ``inquiry_text`` confirms where it ends
    (``section_items``)."""
    headings = [_section_heading(q) for q in expected]
    if len(expected) < 2 or None in headings or \
            sum(bool(re.search(rf"\s{re.escape(q.number.rstrip('.)'))}\.1\.?\s", q.text)) for q in expected) < 2:
        return []
    found: list[int] = []
    cursor = 0
    for question, heading in zip(expected, headings, strict=True):
        number = question.number.rstrip(".)")
        at = next((i for i in range(cursor, len(lines)) if (m := _SECTION_LINE.match(lines[i].strip()))
                   and m.group(1) == number
                   and fuzz.ratio(normalise(m.group(2)), normalise(heading)) >= SECTION_THRESHOLD), None)
        if at is None:
            return []
        found.append(at)
        cursor = at + 1
    for position, at in enumerate(found):
        end = found[position + 1] if position + 1 < len(found) else len(lines)
        number = expected[position].number.rstrip(".)")
        following = [i for i in range(at + 1, end) if lines[i].strip()]
        first = next((i for i in following if lines[i].strip().startswith(f"{number}.1")
                      and _SUB_QUESTION_LINE.match(lines[i].strip())), None)
        # After the first section, the heading must stand right before its first sub-question:
        # text between them would be left at the end of the answer before.
        if first is None or (position > 0 and first != following[0]):
            return []
        if not all(ends_plainly(lines, i) or section_items.asked_end(lines, i, inquiry_text) is not None
                   for i in following
                   if _SUB_QUESTION_LINE.match(lines[i].strip()) and lines[i].strip().startswith(f"{number}.")):
            return []
    return found


def ends_plainly(lines: list[str], start: int, reach: int = 6) -> bool:
    """Does the sub-question at ``start`` end at a line's end with its "?" (or the askers'
    bracketed request after it, "… ? (Bitte nach Jahren aufschlüsseln.)"), before any "- "
    item? Items under it are read by ``section_items`` where the inquiry confirms the
    question's end; its answer run into its last line ("… Genossenschaften? Anzahl …") is not."""
    for index in range(start, min(start + reach, len(lines))):
        stripped = lines[index].strip()
        if not stripped or (index > start and stripped.startswith("- ")):
            return False
        if stripped.endswith(("?", ".)", "?)")):
            return True
    return False


def sub_question_start(line: str, section: str, inquiry_text: str) -> bool:
    """Does ``line`` start a sub-question of section ``section`` ("2.3 Gibt es …") as the
    inquiry asks it (its words stand in the inquiry)?"""
    match = _SUB_QUESTION_LINE.match(line.strip())
    return bool(match) and match.group(1) == section and in_inquiry(line, inquiry_text)


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
    if LABEL_LIKE.match(plain) or layouts.question_label(plain) or re.match(r"^[-•–]\s", plain):
        return False  # "3a) Bitte stellen Sie dar …": a labelled item is the walker's to judge
    if not re.search(r"[.!]\W{0,2}$", plain) and not layouts.is_question_like(plain) \
            and layouts.letters(plain) not in layouts.letters(inquiry_text):
        # a heading or caption ("Prozentualer Anteil der nicht anerkannten Kosten der
        # Unterkunft (KdU) in Karlsruhe" over a table) may reword the askers' question
        # nearly letter for letter; their own unfinished words that do not ask stand
        # there as they are (their lead-in "Wie sind … zu beurteilen" is theirs either way)
        return False
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


OFFICE_TAG = re.compile(r"\s*\([A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,5}\)(?=\s|$)")  # "(TBA)": the office that answers
CONTINUATION_TAIL = 40  # letters of the question's end that must stand right before the askers' sentences


def question_letters(question: str) -> str:
    """The ``layouts.letters`` of a question as the Markdown writes it ("> 2. Wie …? (TBA)"),
    its quote mark and the office noted after it left out: the askers' words only."""
    return layouts.letters(OFFICE_TAG.sub("", question.strip().lstrip(">")))


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
    if LABEL_LIKE.match(plain) or layouts.question_label(plain) or re.match(r"^[-•–]\s", plain):
        return "", text
    tail = question_letters(question)[-CONTINUATION_TAIL:]
    inquiry = layouts.letters(inquiry_text)
    if len(tail) < CONTINUATION_TAIL or tail not in inquiry:
        return "", text
    sentences = split_sentences(text.strip())
    taken = 0
    for count in range(1, len(sentences) + 1):
        if tail + layouts.letters(OFFICE_TAG.sub("", " ".join(sentences[:count]))) in inquiry:
            taken = count
        else:
            break
    lead = " ".join(sentences[:taken])
    asking = OFFICE_TAG.sub("", lead).rstrip().endswith("?")  # the question's next part, not their reasons
    if len(layouts.letters(lead)) < 12 or (taken == len(sentences) and not (whole or asking)):
        return "", text
    following = layouts.letters(sentences[taken]) if taken < len(sentences) else ""
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
    match = NUMBERED_LINE.match(layouts.unescaped(paragraph.strip().lstrip("> ")))
    if match and (match.group(3).rstrip().endswith("?") or layouts.is_question_like(match.group(3))):
        return ordinal(match.group(1))
    return None


def _words(text: str) -> str:
    return re.sub(r"[^\w\s]", " ", text.lower())
