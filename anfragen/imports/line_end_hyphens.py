"""Joining a line that ends in a hyphen with the next one: pure functions on strings.

A hyphen at a line end is mostly the word processor's ("Jah-" / "ren" → "Jahren"), but it
may also be the text's own: in a link ("www.aktivmobil-" / "bw.de"), before a conjunction
("Pflege-" / "beziehungsweise Altenheimen"), or in a compound whose second part is written
small ("deutsch-" / "französische"). Which one it is, the document's own words tell best:
a compound printed whole on another line ("deutsch-französischen") shows its hyphen is
real, a joined form ("Jahren") that it is not. Without such evidence a hyphen before a
small letter is taken for the word processor's (joined), as most are.

A German hyphenation dictionary gives no evidence here: every compound's seam is a valid
break point of its joined form, so "deutschfranzösische" breaks at the same place.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

# Words after a line-end hyphen that show the hyphen is an elided compound part
# ("Bundes- und Landesleistungen", "Pflege- beziehungsweise Altenheimen"), not a split word.
CONJUNCTIONS = {"und", "oder", "bzw.", "sowie", "als", "bis", "noch", "wie", "statt", "u.", "&",
                "beziehungsweise", "respektive", "resp.", "und/oder", "oder/und"}
# ... unless the two make one word of their own: "so-" / "wie" is "sowie", "den-" / "noch"
# "dennoch", "Werk-" / "statt" "Werkstatt".
_WORDS_ENDING_IN_A_CONJUNCTION = {"sowie", "dennoch", "anstatt", "werkstatt"}

_LINK = re.compile(r"://|(?:^|\W)www\.|@|\w\.(?:de|com|org|net|eu|info)(?:/|$)")
_DOMAIN_GOES_ON = re.compile(r"^[\w.-]*\w\.(?:de|com|org|net|eu|info)(?:\W|$)|@")
_EDGE_PUNCTUATION = "\"'„“”‚‘’»«()[]{}.,;:!?*"


def is_in_a_link(previous_token: str, following_token: str) -> bool:
    """Does the hyphen stand inside a web address or e-mail address? The token before it
    has "://", "www.", "@", a domain ("karlsruhe.de/…") or a path of three "/" or more, or
    the text after it runs on into a domain without a space ("bw.de/…", "karlsruhe.de")."""
    return bool(_LINK.search(previous_token)) or previous_token.count("/") >= 3 \
        or bool(_DOMAIN_GOES_ON.search(following_token))


@dataclass
class Evidence:
    """The words a document (and the other files of its paper) print within a line: the
    evidence whether a compound has a hyphen of its own. ``text`` keeps the lines for the
    suspended parts ("Kinder-, an welchen")."""

    words: list[str] = field(default_factory=list)  # sorted
    text: str = ""

    @classmethod
    def of(cls, *texts: str) -> Evidence:
        lines = [re.sub(r"[ \t]+", " ", line).strip() for text in texts for line in text.splitlines()]
        words = {word.strip(_EDGE_PUNCTUATION) for line in lines for word in line.split()}
        return cls(sorted(word for word in words if word), "\n".join(lines))

    def count_starting(self, prefix: str) -> int:
        """How many different printed words start with ``prefix``, its first letter in
        either case ("Jahren" at a sentence's start counts for "jahren")."""
        return sum(self._count(first + prefix[1:]) for first in {prefix[:1].lower(), prefix[:1].upper()})

    def _count(self, prefix: str) -> int:
        start = end = bisect_left(self.words, prefix)
        while end < len(self.words) and self.words[end].startswith(prefix):
            end += 1
        return end - start

    def prints_hyphen(self, part: str, word: str) -> bool:
        """Are "part-word…" printed more often than "partword…"? The word's last three
        letters may differ (its ending: "französische" / "französischen"); its first
        letter's case may not ("Mensa-Neubau" is no evidence for "Mensa-" / "neubau")."""
        stem = word[:max(3, len(word) - 3)]
        return self.count_starting(f"{part}-{stem}") > self.count_starting(f"{part}{stem}")

    def prints_joined(self, part: str, word: str) -> bool:
        """The other way round: "partword…" printed more often than "part-word…"."""
        stem = word[:max(3, len(word) - 3)]
        return self.count_starting(f"{part}{stem}") > self.count_starting(f"{part}-{stem}")

    def shows_suspended(self, part: str, word: str) -> bool:
        """Is "part-" printed standing alone, a comma after it, before ``word`` ("Kinder-,
        an welchen")? (Without the comma, "Ver- waltung" within a line may be a split word
        that the extraction moved.)"""
        pattern = rf"(?<![\w-]){re.escape(part)}-[,;][ \n]+{re.escape(word)}(?!\w)"
        return bool(re.search(pattern, self.text, re.IGNORECASE))


_NO_EVIDENCE = Evidence()
# "Kooperations-" / "partner": a noun's compound form (its linking "s") goes on with a noun,
# which after a hyphen of its own would be capitalised ("Kooperations-Partner"); printed
# "Kooperations-partner" within a line is a table cell's line end glued by the extraction.
_NOUN_WITH_LINKING_S = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+s$")


def join_line_end(previous: str, following: str, evidence: Evidence = _NO_EVIDENCE) -> str:
    """One line ending in a hyphen (``previous``) joined with the next (``following``)."""
    previous, following = previous.rstrip(), following.strip()
    previous_token, first_word = previous.split()[-1], following.split()[0]
    part, word = previous_token[:-1].lstrip(_EDGE_PUNCTUATION), first_word.rstrip(_EDGE_PUNCTUATION)
    if is_in_a_link(previous_token, first_word):
        # "www.aktivmobil-" / "bw.de" → "www.aktivmobil-bw.de"; but "…/QNG_Handbuch_An-" /
        # "lage-3_…": the word processor's hyphen where the document prints the word ("Anlage")
        last, following_word = _last_word(part), _first_word(first_word)
        joined = bool(last and following_word) and evidence.prints_joined(last, following_word)
        return (previous[:-1] if joined else previous) + following
    if first_word in CONJUNCTIONS and f"{part}{first_word}".lower() not in _WORDS_ENDING_IN_A_CONJUNCTION:
        return f"{previous} {following}"  # "Bundes- und Landesleistungen"
    if not first_word[0].islower():
        return previous + following  # "KVV-Gebiet", "Geh-, Fahr- und Leitungsrechte"
    if part and word:
        if evidence.shows_suspended(part, word):
            return f"{previous} {following}"  # "Kinder- an welchen" (the inquiry: "Kinder-, an welchen")
        if evidence.prints_hyphen(part, word) and not _NOUN_WITH_LINKING_S.match(part):
            return previous + following  # "deutsch-" / "französische" → "deutsch-französische"
    return previous[:-1] + following  # "Jah-" / "ren" → "Jahren"


def _last_word(token: str) -> str:
    return re.search(r"[^\W_]*$", token).group()


def _first_word(token: str) -> str:
    return re.match(r"[^\W_]*", token).group()
