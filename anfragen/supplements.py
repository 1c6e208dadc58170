"""A supplement the answer document addresses to questions it answered before:
"Ergänzung zu Frage 2 und 3:", "Ergänzend zu Punkt 5:", "Nachtrag zu Frage 4",
"Ergänzung zu den Fragen 1 bis 3:", then its text (after the answer to 3, say).

The walk reads it where it stands, as part of the answer before it. The document says whom
it addresses: its text belongs to each named question's answer. An answer row is one per
answer (questions sharing it share the row), so the supplement, its heading kept as written
so readers see it is a supplement, is added to the answer of each named question — the same
text in both answers is faithful where the document addresses it to both — and taken out
of the answer before it where that question is not named.

Only where that stores what the document says: every name a question of the document,
each with an answer, no answer row shared with a question the supplement does not name
(an answer "zu allen Fragen" with "Ergänzende Antwort zu Frage 3:" in it: copying the
shared text would be a new answer of the parser's making). Otherwise the supplement stays
where it stands and the doubt is recorded. A header whose text asks ("Ergänzend zu Frage 3:
Gibt es …?") is the askers' added question, no supplement (``is_supplement``). The
functions are pure; ``Walker`` records where a supplement starts and calls ``settle``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import layouts
from .model import Inquiry, ParseIssue

# the names: "2 und 3", "1 bis 3", "2, 4 und 5", "7.1", "1 a) und b)"
_NAMES = r"\d{1,2}(?:\.\d{1,2})*(?:[\s.,/&–-]|[a-z]\)?(?![a-zäöüß])|\d{1,2}(?:\.\d{1,2})*|\bund\b|\bbis\b|\bsowie\b)*"
_SUPPLEMENT_HEADER = re.compile(
    r"^(?:\*\*)?(?:Ergänzung(?:en)?|Ergänzend|Ergänzende\s+(?:Antwort|Anmerkung(?:en)?|Information(?:en)?|"
    r"Stellungnahme)|Nachtrag)\s+(?:zu|zur|zum)\s+(?:den\s+|der\s+)?(?:Fragen?|Ziffern?|Ziff\.|Nrn?\.|"
    rf"Nummern?|Punkte?n?)\s*(?P<names>{_NAMES}?)\s*(?:\*\*)?\s*(?::\s*(?:\*\*)?\s*(?P<rest>.*)|$)",
    re.S,
)
_NAME = re.compile(r"\d{1,2}(?:\.\d{1,2})*|(?<![a-zäöüß])[a-z](?![a-zäöüß])|\bbis\b|[–-]")


@dataclass
class Supplement:
    """Where the walk read a supplement: the parts of the answer it stands in, the position
    of its heading among them, the question numbers it names (None: names not read)."""

    parts: list[str]
    start: int
    numbers: list[str] | None
    line: int


def supplement_header(text: str) -> tuple[str, str] | None:
    """"Ergänzung zu Frage 2 und 3:" → ("2 und 3", ""); "Ergänzend zu Punkt 5: Die …" →
    ("5", "Die …"); a sentence ("Ergänzend zu Frage 1 sind die Risiken …") → None."""
    m = _SUPPLEMENT_HEADER.match(text.strip())
    if not m:
        return None
    return m.group("names").strip(), (m.group("rest") or "").strip()


def named_numbers(names: str) -> list[str] | None:
    """"2 und 3" → ["2", "3"]; "1 bis 3" → ["1", "2", "3"]; "1 a) und b)" → ["1a", "1b"];
    None where the names cannot be read for sure (a range of items)."""
    out: list[str] = []
    number, in_range = "", False
    for token in _NAME.findall(names):
        if token in ("bis", "–", "-"):
            in_range = True
            continue
        if token[0].isdigit():
            if in_range:
                if not (out and out[-1].isdigit() and token.isdigit() and int(token) > int(out[-1])):
                    return None
                out.extend(str(n) for n in range(int(out[-1]) + 1, int(token) + 1))
            else:
                out.append(token)
            number = token
        elif in_range or not number:
            return None
        else:  # an item of the number before it: "1 a)", "… und b)"
            if out and out[-1] == number:
                out.pop()
            out.append(number + token)
        in_range = False
    return out or None


def is_supplement(rest: str, following: str | None) -> bool:
    """The supplement's text (after its heading, or the paragraph after a heading alone)
    states something and asks nothing: "Ergänzend zu Frage 3: Gibt es …?" is a question."""
    text = rest or (following or "")
    return bool(text) and not layouts.is_question_like(text)


def settle(inq: Inquiry, answer_parts: dict[int, list[str]], supplements: list[Supplement]) -> None:
    """Move each supplement to the answers of the questions it names (see module docstring);
    a supplement that cannot be so stored stays where it stands, the doubt recorded."""
    hosts: dict[int, list[Supplement]] = {}
    for supplement in supplements:
        host = next((i for i, parts in answer_parts.items() if parts is supplement.parts), None)
        if host is not None and supplement.start < len(supplement.parts):
            hosts.setdefault(host, []).append(supplement)
    additions: list[tuple[int, list[str]]] = []
    for host, found in hosts.items():
        found.sort(key=lambda s: s.start)
        parts = answer_parts[host]
        ends = [s.start for s in found[1:]] + [len(parts)]
        moved: set[int] = set()
        for supplement, end in zip(found, ends, strict=True):
            span = parts[supplement.start:end]
            targets = _answers_addressed(inq, supplement, host, span, found)
            if targets is None:
                continue
            additions.extend((target, span) for target in targets if target != host)
            if host not in targets:
                moved.update(range(supplement.start, end))
        if moved:
            parts[:] = [p for i, p in enumerate(parts) if i not in moved]
    for target, span in additions:
        answer_parts[target].extend(span)
    for index in set(hosts) | {target for target, _ in additions}:
        inq.answers[index].text = "\n\n".join(answer_parts[index])


def _answers_addressed(inq: Inquiry, supplement: Supplement, host: int, span: list[str],
                       found: list[Supplement]) -> set[int] | None:
    """The answers of the questions the supplement names, or None (the doubt recorded)."""
    heading = span[0][:60]

    def doubt(why: str) -> None:
        inq.issues.append(ParseIssue("answers", f"supplement {heading!r} {why}: kept where it stands",
                                     supplement.line))

    if supplement.numbers is None:
        return doubt("names questions in a way not read")
    indexes = []
    for number in supplement.numbers:
        matching = [i for i, q in enumerate(inq.questions) if q.number == number]
        if len(matching) != 1:
            return doubt(f"names question {number}, not in the document")
        indexes.append(matching[0])
    if any(inq.questions[i].answer is None for i in indexes):
        return doubt("names a question without an answer of its own")
    targets = {inq.questions[i].answer for i in indexes}
    if any(q.answer in targets and i not in indexes for i, q in enumerate(inq.questions)):
        return doubt("names a question whose answer other questions share")
    if host not in targets and found[0].start == 0:
        return doubt("is all the answer it stands in")
    return targets
