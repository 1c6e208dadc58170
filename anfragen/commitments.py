"""Commitments (Zusagen): forward-looking statements with a deadline, found in answers.

``extract_commitments(answer_text, answered_on)`` is pure: Markdown (or raw extracted
text) in, ``Commitment`` objects out. A commitment is a sentence or list item that
(a) names a deadline we can resolve to a date, (b) looks forward ("geplant", "soll",
"wird … bis", "avisiert", "vorgesehen", "Go-Live", …) or is a milestone listed under a
year heading ("- 2025" followed by indented items), and (c) is not negated, not a
question and not a report of the past. Deadlines ending before the answer are dropped;
relative phrases ("noch in diesem Jahr") need the answer date and are skipped without it.
See docs/commitments.md for the rules and their known limits.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

# Speed: the case-insensitive tests below run as case-sensitive patterns on folded text
# (``_fold``), about twice as fast. str.lower() agrees with IGNORECASE matching except
# for three letters the regex engine also takes for i and s; these are folded first.
# Checked over all of Unicode: folding keeps every offset (one character for one) and
# what \w, \s and \d match, and each letter the patterns use (a-z, ä, ö, ü, ß) matches a
# character exactly when the folded character is that letter. So the folded pattern
# finds the same spans.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def _fold(text: str) -> str:
    return text.translate(_FOLD).lower()


def _folded(pattern: re.Pattern) -> re.Pattern:
    """An IGNORECASE ``pattern`` as the case-sensitive pattern that matches ``_fold(text)``
    where ``pattern`` matches ``text``. Lowering the source is only safe without escapes
    such as \\S or \\W, whose upper case has a meaning: those are refused."""
    source = pattern.pattern
    if pattern.flags & ~(re.IGNORECASE | re.UNICODE) or re.search(r"\\[A-Z]", source):
        raise ValueError(f"cannot fold the pattern {source!r}")
    return re.compile(source.lower().replace("(?p<", "(?P<"))


@dataclass(frozen=True)
class Commitment:
    text: str  # the promise itself: the milestone item, or the clause/sentence of the promise
    due: str  # ISO date of the deadline (end of the named period)
    precision: str  # "day" | "month" | "quarter" | "half" | "year"
    sentence: str  # the source sentence or list item, exactly as in answer_text
    start: int  # answer_text[start:start + len(sentence)] == sentence
    phrase: str  # the time phrase that set the deadline, whitespace normalised


# Forward-looking markers. "wird/werden" and "Einführung" are weak: they also occur in
# passive or nominal statements about the past, so they do not count when a past marker
# is present in the same sentence.
_STRONG = re.compile(
    r"\b(?:geplant|plan(?:t|en)|soll(?:en)?|avisiert|anvisiert|vorgesehen|"
    r"beabsichtig\w*|voraussichtlich\w*|angestrebt|strebt|Go-?Live|Meilenstein\w*)\b",
    re.IGNORECASE,
)
# Adjectives ("der geplante Standort wurde …") name a plan without promising anything.
_WEAK = re.compile(
    r"\b(?:wird|werden|Einführung|Inbetriebnahme|Fertigstellung|geplante[nmrs]?|"
    r"vorgesehene[nmrs]?)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:wurden?|war(?:en)?|hatten?|konnten?|seit(?:her|dem)?|bereits|bisher|"
    r"erfolgte|getreten|worden|fanden?|teilten?|führten?|geeinigt)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\bkeine\s+(?:\w+\s+){0,2}(?:Prognose|Planung|Aussage|Angabe)\w*|"
    r"\bnicht\s+(?:\w+\s+)?(?:vorgesehen|geplant|absehbar|abschätzbar|abzusehen|vor)\b",
    re.IGNORECASE,
)

_POSSIBLE = re.compile(r"\b(?:kann|können|könnte|könnten|denkbar)\b", re.IGNORECASE)
_SUBJUNCTIVE = re.compile(r"\b(?:wäre|wären|würde|würden)\b", re.IGNORECASE)
_STRONG_F, _WEAK_F, _PAST_F, _NEGATED_F, _POSSIBLE_F, _SUBJUNCTIVE_F = map(
    _folded, (_STRONG, _WEAK, _PAST, _NEGATED, _POSSIBLE, _SUBJUNCTIVE))
_GLUED = re.compile(r"[a-zäöüß][0-9]|[0-9][A-ZÄÖÜa-zäöü]{2}")
_CONDITIONAL = re.compile(r"(?:Wenn|Falls|Sofern|Sollte)\b")  # "Wenn … fällt, dann …"
_BULLET = re.compile(r"^([ \t]*)[-*•▪◦–][ \t]+(\S.*)$")
_ABBREVIATIONS = {
    "z", "b", "d", "h", "u", "a", "o", "s", "bzw", "ca", "nr", "abs", "vgl", "ggf", "dr",
    "str", "usw", "etc", "inkl", "evtl", "sog", "ff", "ziff", "lt", "gem", "zzgl", "mio",
    "mrd", "tsd", "bspw", "ebd", "max", "min", "mind", "rd", "st", "v", "i", "r", "e",
}
_BOUNDARY = re.compile(r"[.!?…][\"“”)]*\s+(?=[A-ZÄÖÜ„\"(])")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    heading: _Phrase | None  # deadline inherited from a heading, for list items under one


def extract_commitments(answer_text: str, answered_on: str | None) -> list[Commitment]:
    """All commitments in ``answer_text``, in text order.

    ``answered_on`` is the ISO date of the answer; it resolves relative phrases and drops
    deadlines whose period ended before it. ``None`` means unknown: relative phrases are then
    skipped (abstain) and absolute deadlines are kept. A malformed date raises ValueError.
    """
    ref = date.fromisoformat(answered_on) if answered_on else None
    found: list[Commitment] = []
    folded = _fold(answer_text)  # once per answer: its slices are the units' folded text
    for unit in _units(answer_text, ref):
        found.extend(_commitments_in(answer_text, folded, unit, ref))
    return found


def _commitments_in(text: str, folded_text: str, unit: _Unit, ref: date | None) -> list[Commitment]:
    """One commitment per in-scope deadline of the unit; a milestone item without a
    deadline of its own takes its heading's."""
    sentence = text[unit.start:unit.end]
    folded = folded_text[unit.start:unit.end]
    if unit.heading is None and not _may_name_time(sentence, folded):
        return []  # no deadline phrase can be found (see _find_phrases): skip the other tests
    if _ruled_out(sentence, folded) or not _looks_forward(folded, unit.heading is not None):
        return []
    phrases = [p for p in _find_phrases(sentence, ref, folded) if _in_scope(p, ref)]
    if unit.heading is not None and not phrases:
        phrases = [unit.heading] if _in_scope(unit.heading, ref) else []
    return [
        Commitment(
            text=_promise_text(sentence, p, unit.heading is not None),
            due=p.due.isoformat(),
            precision=p.precision,
            sentence=sentence,
            start=unit.start,
            phrase=p.text,
        )
        for p in phrases
    ]


def _in_scope(phrase: _Phrase, ref: date | None) -> bool:
    """A deadline counts when its period ends on or after the answer date.

    Periods resolve to their last day, so everything named for the answer's own year
    ("bis Ende 2024", "- 2024:" in November 2024) is in scope, while a day or month
    already past ("in der Sitzung am 24.03.2020", answered in May) is a report.
    """
    return ref is None or phrase.due >= ref


def _looks_forward(folded: str, under_heading: bool) -> bool:
    """``folded``: the sentence, folded (see _fold)."""
    if _STRONG_F.search(folded):
        return True
    past = _PAST_F.search(folded)
    if under_heading:  # milestone items are forward by their heading, unless told as past
        return not past
    # "kann … geprüft werden" is a possibility, not a promise
    return bool(_WEAK_F.search(folded)) and not past and not _POSSIBLE_F.search(folded)


def _ruled_out(sentence: str, folded: str) -> bool:
    """Questions, negations, conditions, subjunctives and table debris promise nothing."""
    if sentence.rstrip().endswith("?") or _CONDITIONAL.match(sentence):
        return True
    if _NEGATED_F.search(folded) or _SUBJUNCTIVE_F.search(folded):
        return True
    # Table cells run together by PDF extraction ("Kaiserstraße141920Modernisierung").
    return len(sentence) > 800 or len(_GLUED.findall(sentence)) >= 3


def _promise_text(sentence: str, phrase: _Phrase, is_item: bool) -> str:
    """The part of the sentence that states the promise.

    Milestone items (under a heading) are promises as a whole. Elsewhere, a deadline in
    parentheses qualifies the noun phrase before it ("die elektronische Wohnsitzanmeldung
    (Go-Live … geplant)"), and a promise after "; " or ", wobei" stands on its own;
    otherwise the promise is the whole sentence.
    """
    if is_item:
        return _clean(sentence)
    open_paren = sentence.rfind("(", 0, phrase.start)
    close_paren = sentence.find(")", phrase.end)
    if open_paren != -1 and close_paren != -1 and ")" not in sentence[open_paren:phrase.start]:
        head = max(sentence.rfind(",", 0, open_paren), sentence.rfind(":", 0, open_paren))
        return _clean(sentence[head + 1:close_paren + 1])
    cut = max(
        (m.end() for m in re.finditer(r";\s+|,\s+wobei\s+", sentence[:phrase.start])),
        default=0,
    )
    return _clean(sentence[cut:])


def _clean(fragment: str) -> str:
    """Join line-end hyphenation of PDF text ("Jah-\\nres") and collapse whitespace."""
    fragment = re.sub(r"(\w)-[ \t]*\n\s*(?=[a-zäöüß])", r"\1", fragment)
    return _WS.sub(" ", fragment).strip()


def _units(text: str, ref: date | None) -> list[_Unit]:
    """Split text into list items and prose sentences, keeping offsets.

    A list item runs to the next blank or bullet line (lazy continuation lines belong
    to it). A bullet that holds nothing but a time phrase ("- 2025", "- Bis Ende 2025:")
    is a heading for the items indented below it (one or two spaces both count); so is
    a plain line of a time phrase and a colon ("2025:"), for the bullets that follow.
    Items and prose between blank lines are cut into sentences.
    """
    units: list[_Unit] = []
    headings: list[tuple[int, _Phrase]] = []  # (indent, phrase), innermost last
    prose_start: int | None = None
    item: tuple[int, int, int] | None = None  # (start, end, indent)
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        bullet = _BULLET.match(body)
        lone = body.rstrip().endswith(":") and _whole_phrase(body.strip()[:-1].strip(), ref)
        if bullet or not body.strip() or lone:
            units.extend(_flush(text, prose_start, pos, item, headings))
            prose_start, item = None, None
        if bullet:
            indent = len(bullet.group(1).expandtabs(2))
            content_start = pos + bullet.start(2)
            headings = [h for h in headings if h[0] < indent]
            heading = _whole_phrase(bullet.group(2).strip().rstrip(":").strip(), ref)
            if heading:
                headings.append((indent, heading))
            else:
                item = (content_start, pos + len(body), indent)
        elif lone:
            headings = [(-1, lone)]
        elif body.strip():
            if item is not None:
                item = (item[0], pos + len(body), item[2])
            elif prose_start is None:
                prose_start, headings = pos, []
        pos += len(line)
    units.extend(_flush(text, prose_start, pos, item, headings))
    return units


def _flush(text, prose_start, end, item, headings) -> list[_Unit]:
    heading = None
    if item is not None:
        prose_start, end, indent = item
        inherited = [h for h in headings if h[0] < indent]
        heading = inherited[-1][1] if inherited else None
    if prose_start is None:
        return []
    # Fragments with fewer than two words ("– 2 –", "€") are page numbers or table debris.
    return [_Unit(s, e, heading) for s, e in _sentences(text, prose_start, end)
            if _two_words(text, s, e)]


def _two_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds at least two _WORDs (stops looking after the second)."""
    first = _WORD.search(text, start, end)
    return first is not None and _WORD.search(text, first.end(), end) is not None


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], whitespace trimmed, abbreviations respected."""
    spans, begin = [], start
    for m in _BOUNDARY.finditer(text, start, end):
        word = _last_token(text[begin:m.start()]).lower().rsplit(".", 1)[-1].strip("(„\"")
        if word in _ABBREVIATIONS or (word.isdigit() and len(word) <= 2):
            continue  # "z. B.", "Nr. 5", "11. November": not a sentence end
        spans.append((begin, m.start() + 1))
        begin = m.end()
    spans.append((begin, end))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _last_token(fragment: str) -> str:
    """The non-space run that ends ``fragment`` (before one final newline), or "": what
    ``re.search(r"(\\S+)$", fragment)`` finds, without trying every position of a long one."""
    if fragment.endswith("\n"):
        fragment = fragment[:-1]
    if not fragment or fragment[-1].isspace():
        return ""
    return fragment.rsplit(None, 1)[-1]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while text[start].isspace():
        start += 1
    while text[end - 1].isspace():
        end -= 1
    return start, end


# --- Time phrases -------------------------------------------------------------------
# Every deadline resolves to the last day of the period it names ("bis Ende 2024" →
# 2024-12-31, "im ersten Quartal 2025" → 2025-03-31): a promise is kept if done by then.


@dataclass(frozen=True)
class _Phrase:
    text: str  # as written, whitespace normalised
    start: int  # span in the sentence it was found in
    end: int
    due: date
    precision: str


_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
_ORDINALS = {"erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "letzte": 4,
             "ersten": 1, "1.": 1, "i.": 1, "zweiten": 2, "2.": 2, "ii.": 2, "dritten": 3,
             "3.": 3, "iii.": 3, "vierten": 4, "4.": 4, "iv.": 4, "letzten": 4,
             "1": 1, "2": 2, "3": 3, "4": 4}
_SEASON_END = {"frühjahr": (5, 31), "frühling": (5, 31), "sommer": (8, 31), "herbst": (11, 30)}
_PART = {"anfang": (3, "quarter"), "beginn": (3, "quarter"), "mitte": (6, "half"),
         "ende": (12, "year")}
_COUNTS = {"zwei": 2, "beiden": 2, "drei": 3, "vier": 4, "fünf": 5}

_MN = "(?P<mn>" + "|".join(_MONTHS) + ")"
# A year that is not part of a range or a file number ("2025/2026", "2023/0618").
_Y = r"(?<![\d/.])(?P<y>20\d\d)(?![\d/])(?!\s*[-–]\s*\d)"
_LEAD = (r"(?:noch\s+)?(?:(?:bis|spätestens|voraussichtlich)\s+)*"
         r"(?:(?:im|in|zum|zur|am|vor)\s+)?(?:Laufe\s+des\s+)?")
# Bare day dates are mostly meeting or receipt dates in headers; only "bis/zum/am …" counts.
_DAY_LEAD = r"(?:(?:noch|bis|spätestens|voraussichtlich)\s+)*(?:zum|am|vor|bis|spätestens)\s+"
_ORD = r"(?P<q>(?:erste|zweite|dritte|vierte|letzte)n?|[1-4]\.|IV\.|I{1,3}\.)"
# Relative month/season: not followed by a year, nor by a span ("im Juli / August 2023").
_NO_YEAR = (r"(?!\w)(?!\s+(?:des\s+Jahres\s+)?\d)(?!\s*(?:/|-|–|und\b|bis\b))"
            r"(?!\s+(?:jeden|jedes|eines)\b)")  # "im Herbst jeden Jahres": a routine
_NEXT = r"(?:nächsten|kommenden|folgenden)"

# What a pattern cannot match without, searched in the folded sentence (_fold): a pattern
# whose hints are not all there is not run. The patterns start with optional words, so the
# regex engine tries them at every position of the sentence; these literal searches cost a
# fraction of that and rule out most patterns for most sentences. A hint only ever skips a
# pattern that would have found nothing, so the phrases found are the same.
_Y_HINT = "20"
_MN_HINT = "|".join(_MONTHS)
_SEASON_HINT = "frühjahr|frühling|sommer|herbst"

# (pattern, kind, hints). Absolute kinds need no answer date; relative kinds ("rel_…") do.
_PATTERNS = [(re.compile(p, re.IGNORECASE), kind, frozenset(hints)) for p, kind, hints in [
    (_DAY_LEAD + r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>20\d\d|\d\d)(?!\d)", "day",
     [r"\d\.\s?\d"]),
    (_DAY_LEAD + r"(?P<d>\d{1,2})\.\s*" + _MN + r"\s+" + _Y, "day", [_MN_HINT, _Y_HINT]),
    (_LEAD + r"(?:(?:Anfang|Mitte|Ende)\s+)?" + _MN + r"\s+" + _Y, "month", [_MN_HINT, _Y_HINT]),
    (_LEAD + _ORD + r"\s*Quartals?\s+(?:des\s+Jahres\s+)?" + _Y, "quarter", ["quartal", _Y_HINT]),
    (_LEAD + r"Q(?P<q>[1-4])\s*/?\s*" + _Y, "quarter", ["q[1-4]", _Y_HINT]),
    (_LEAD + r"(?P<h>ersten|zweiten|[12]\.)\s*(?:Halbjahr(?:es|s)?|Hälfte)\s+(?:des\s+Jahres\s+)?"
     + _Y, "half", ["halbjahr|hälfte", _Y_HINT]),
    (_LEAD + r"(?P<s>Frühjahr|Frühling|Sommer|Herbst)(?:e?s)?\s+(?:des\s+Jahres\s+)?" + _Y,
     "season", [_SEASON_HINT, _Y_HINT]),
    (_LEAD + r"\b(?P<p>Anfang|Beginn|Mitte|Ende)\s+(?:des\s+Jahres\s+)?" + _Y, "part",
     ["anfang|beginn|mitte|ende", _Y_HINT]),
    (r"(?:(?:bis|spätestens)\s+(?:(?:zum|ins)\s+)?(?:Jahre?s?\s+)?"
     r"|(?:im|zum)\s+(?:Laufe\s+des\s+)?Jahre?s?\s+)" + _Y, "year", [_Y_HINT]),
    (r"(?:für\s+)?" + _Y + r"(?=\s+(?:geplant|vorgesehen|avisiert|anvisiert|angestrebt))", "year",
     ["geplant|vorgesehen|avisiert|anvisiert|angestrebt", _Y_HINT]),
    (r"(?:noch\s+)?(?:in\s+diesem|im\s+laufenden|im\s+aktuellen|dieses|im\s+Laufe\s+dieses)"
     r"\s+Jahr(?:es)?" + _NO_YEAR, "rel_this", ["jahr"]),
    (r"(?:(?:bis|noch)\s+)?(?:(?:zum|vor)\s+)?(?:Jahresende|Ende\s+(?:dieses|des)\s+Jahres)"
     + _NO_YEAR, "rel_this", ["jahres"]),
    (r"(?:(?:bis\s+)?(?P<p>Anfang|Beginn|Mitte|Ende)\s+(?:des\s+)?" + _NEXT + r"\s+Jahres|"
     r"(?:im\s+Laufe\s+des\s+" + _NEXT + r"\s+Jahres)|(?:im|in|bis\s+zum)\s+" + _NEXT
     + r"\s+Jahr|(?:nächstes|kommendes)\s+Jahr|im\s+Folgejahr)(?!\w)", "rel_next",
     ["nächst|kommend|folge", "jahr"]),
    (r"in\s+den\s+" + _NEXT + r"\s+(?P<n>zwei|beiden|drei|vier|fünf|[2-5])\s+Jahren", "rel_years",
     ["jahren"]),
    (r"(?:(?:bis|im|zum|Ende|Anfang|Mitte)\s+)+" + _MN + _NO_YEAR, "rel_month", [_MN_HINT]),
    (r"(?:(?:bis|im|zum|Ende|Anfang)\s+)+(?P<s>Frühjahr|Frühling|Sommer|Herbst)(?:e?s)?"
     + _NO_YEAR, "rel_season", [_SEASON_HINT]),
]]
_HINTS = {hint: re.compile(hint) for _, _, hints in _PATTERNS for hint in hints}
_FOLDED_PATTERNS = [(rx, _folded(rx), kind, hints) for rx, kind, hints in _PATTERNS]
_TIME_WORDS = r"Jahr|Quartal|Halbjahr|Frühjahr|Frühling|Sommer|Herbst|" + _MN_HINT
_MAYBE_TIME = re.compile(r"\d|" + _TIME_WORDS, re.IGNORECASE)
# The same test, fast (see _may_name_time).
_DIGIT = re.compile(r"\d")
_FOLDED_TIME_WORDS = _folded(re.compile(_TIME_WORDS, re.IGNORECASE))
# A phrase right after these words is a start or a past point, not a deadline.
_BLOCKERS = {"seit", "seitdem", "vom", "von", "ab", "nach", "stand", "zwischen", "aus", "wie",
             "frühestens", "frühestmögliche", "frühestmöglichen"}


def _find_phrases(sentence: str, ref: date | None, folded: str | None = None) -> list[_Phrase]:
    """Resolved, non-overlapping deadline phrases of ``sentence``, longest match wins.
    ``folded``: ``_fold(sentence)``, if the caller has it."""
    folded = _fold(sentence) if folded is None else folded
    if not _may_name_time(sentence, folded):
        return []  # cheap pre-check: the patterns below are slow on long text
    present = {hint for hint, rx in _HINTS.items() if rx.search(folded)}
    # Found in the folded text; matched again at the same offset in the sentence itself,
    # so the groups hold the text as written (same span: see _folded).
    candidates = [(rx.match(sentence, m.start()), kind)
                  for rx, folded_rx, kind, hints in _FOLDED_PATTERNS if hints <= present
                  for m in folded_rx.finditer(folded)]
    candidates.sort(key=lambda c: (c[0].start() - c[0].end(), c[0].start()))
    taken: list[_Phrase] = []
    for m, kind in candidates:
        if any(m.start() < p.end and p.start < m.end() for p in taken):
            continue
        if _blocked(sentence[:m.start()]):
            continue
        resolved = _resolve(m, kind, ref)
        if resolved:
            text = _WS.sub(" ", m.group(0)).strip()
            taken.append(_Phrase(text, m.start(), m.end(), *resolved))
    return sorted(taken, key=lambda p: p.start)


def _may_name_time(sentence: str, folded: str) -> bool:
    """``_MAYBE_TIME.search(sentence)``, about three times faster: an IGNORECASE alternation
    tries every word at every position, a digit search and a case-sensitive one on the
    folded text do not."""
    return _DIGIT.search(sentence) is not None or _FOLDED_TIME_WORDS.search(folded) is not None


def _blocked(before: str) -> bool:
    """True when the words before a phrase make it a start or past point ("ab dem …"),
    or when a day number precedes it ("vom 3. April 2014" seen as "April 2014")."""
    if re.search(r"[\d/]\.?\s*$", before):  # "2019 bis 2022", "März/April 2024"
        return True
    words = [w.lower() for w in re.findall(r"\w+", before[-40:])][-2:]
    if words and words[-1] in ("dem", "der", "den", "des") and len(words) == 2:
        return words[0] in _BLOCKERS
    return bool(words) and words[-1] in _BLOCKERS


def _whole_phrase(text: str, ref: date | None) -> _Phrase | None:
    """The phrase that is all of ``text`` (a heading such as "2025" or "Bis Ende 2025")."""
    if re.fullmatch(r"20\d\d", text):
        year = int(text)
        return _Phrase(text, 0, len(text), date(year, 12, 31), "year")
    found = _find_phrases(text, ref) if 0 < len(text) <= 40 else []
    return found[0] if len(found) == 1 and found[0].end - found[0].start == len(text) else None


def _resolve(m: re.Match, kind: str, ref: date | None) -> tuple[date, str] | None:
    """The period's last day and the precision, or None if it cannot be resolved."""
    g = {k: (v.lower() if v else v) for k, v in m.groupdict().items()}
    if kind.startswith("rel_") and ref is None:
        return None  # relative phrase without an answer date: abstain
    try:
        if kind == "day":
            year = int(g["y"]) + (2000 if len(g["y"]) == 2 else 0)
            month = int(g["m"]) if g.get("m") else _MONTHS[g["mn"]]
            return date(year, month, int(g["d"])), "day"
        if kind in ("month", "rel_month"):
            year = int(g["y"]) if kind == "month" else _next_year_for(ref, _MONTHS[g["mn"]], None)
            return _month_end(year, _MONTHS[g["mn"]]), "month"
    except ValueError:
        return None  # "31.02.2025": not a date
    year = int(g["y"]) if g.get("y") else (ref.year if ref else 0)
    if kind == "quarter":
        return _month_end(year, 3 * _ORDINALS[g["q"]]), "quarter"
    if kind == "half":
        return _month_end(year, 6 * _ORDINALS[g["h"]]), "half"
    if kind in ("season", "rel_season"):
        month, day = _SEASON_END[_fold(g["s"])]  # "Sommer", "SOMMER", "ſommer"
        if kind == "rel_season":
            year = _next_year_for(ref, month, day)
        return date(year, month, day), "quarter"
    if kind == "part" or (kind == "rel_next" and g.get("p")):
        month, precision = _PART[g["p"]]
        return _month_end(year + (kind == "rel_next"), month), precision
    offset = {"year": 0, "rel_this": 0, "rel_next": 1}.get(kind)
    if offset is None:  # rel_years
        offset = _COUNTS.get(g["n"]) or int(g["n"])
    return date(year + offset, 12, 31), "year"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_year_for(ref: date, month: int, day: int | None) -> int:
    """The year in which the named month (or season end) next ends, seen from ``ref``."""
    end = date(ref.year, month, day) if day else _month_end(ref.year, month)
    return ref.year if end >= ref else ref.year + 1
