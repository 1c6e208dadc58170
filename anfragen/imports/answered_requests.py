"""The askers' requests of one question, each repeated in the answer document and answered in
turn.

The inquiry asks one question and goes on with two requests of its own, each with a list:
"Wie haben sich die Schülerzahlen … entwickelt?" / "Zahlen bitte differenziert nach … für
die - Grundschulen - Realschulen …" / "Zahlenangaben für die … Schüler bitte differenziert
nach … in - Stadt Karlsruhe - Rheinland-Pfalz …". The answer document repeats the question,
the first request (quoted as theirs, ``> Fragesteller: …``, which the parser reads as the
rest of the question since answer text follows), its answer ("Anlage 1 enthält …"), then
the second request and its answer ("Zu diesem Sachverhalt liegen … keine Daten vor."). Left
as their words, the second request stands inside the answer with answer text after it, and
which text answers what is not settled (a doubt). ``mark_requests_answered_in_turn`` marks
it as the askers' request (``> Ersuchen: …``), a question the parser reads as such, answered
by the text after it.

Only where all of it is settled: the quote stands right after the answer to the question
(or to the request before it), its text stands in the inquiry right after that request
(quoted right after the question and going on with it there) — nothing of the inquiry
between, so no item the answer leaves out — it is one sentence of theirs with its items
that asks with "bitte" (a request, not a remark or reasons), and answer text that is not
theirs follows it. The functions are pure.
"""

from __future__ import annotations

import re

from .askers_words import askers_lead, continues, inquiry_letters, is_answer_text, is_question

_QUOTE = re.compile(r"^>\s?Fragesteller:\s*(.+)$", re.S)
_PLEASE = re.compile(r"\bbitte\b", re.I)  # "Zahlenangaben … bitte differenziert nach …"
_SENTENCE_END = re.compile(r"[.!?:;]\s+[A-ZÄÖÜ]")


def mark_requests_answered_in_turn(paragraphs: list[str], inquiry_text: str) -> list[str]:
    """``paragraphs`` with each quoted request of the askers that is answered in turn after
    the question's first request (see module docstring) marked ``> Ersuchen: …``."""
    inquiry = inquiry_letters(inquiry_text)
    if not inquiry:
        return list(paragraphs)
    out: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        quote = _QUOTE.match(paragraph)
        if quote and out and is_answer_text(out[-1]) and is_answer_text(following) \
                and not askers_lead(following, inquiry)[0] and _is_request(quote.group(1)) \
                and (request := request_before(out, inquiry)) and continues(request, quote.group(1), inquiry):
            out.append("> Ersuchen: " + quote.group(1))
        else:
            out.append(paragraph)
    return out


def request_before(paragraphs: list[str], inquiry: str) -> str:
    """The askers' words last repeated and answered among ``paragraphs``: the last question
    with the paragraphs right after it that go on with it in the ``inquiry`` (as ``letters``:
    its request, joined to it or quoted as theirs with its items), or the last request marked
    after it (``> Ersuchen:``); "" unless answer text follows them and nothing else does, or
    where their words after the question stand unquoted (the parser would read them as text)."""
    last = max((i for i, p in enumerate(paragraphs) if is_question(p) and not p.startswith("> Ersuchen:")),
               default=None)
    if last is None:
        return ""
    asked, index = _their_text(paragraphs[last]), last + 1
    while index < len(paragraphs) and continues(asked, _their_text(paragraphs[index]), inquiry):
        asked, index = f"{asked} {_their_text(paragraphs[index])}", index + 1
    if index >= len(paragraphs) or not _PLEASE.search(asked):
        return ""  # no request of theirs with the question: not their requests answered in turn
    if not all(_QUOTE.match(p) for p in paragraphs[last + 1:index]):
        return ""  # their words the parser would read as text ("- Krippen"): the answer's start unsettled
    for paragraph in paragraphs[index:]:
        if paragraph.startswith("> Ersuchen:"):
            asked = _their_text(paragraph)  # their request before, answered
        elif not is_answer_text(paragraph):
            return ""
    return asked


def _their_text(paragraph: str) -> str:
    """A paragraph's words without the Markdown's marks ("> Fragesteller: ", "- ")."""
    return re.sub(r"^(?:>\s?(?:Fragesteller|Ersuchen)\s*:\s*|[-•]\s+)", "", paragraph.strip())


def _is_request(words: str) -> bool:
    """One sentence of the askers with "bitte" in it, perhaps with its items ("… bitte
    differenziert … in - Stadt Karlsruhe - Rheinland-Pfalz"), not ending in "?"."""
    plain = " ".join(words.split())
    return bool(_PLEASE.search(plain)) and "?" not in plain and not _SENTENCE_END.search(plain)
