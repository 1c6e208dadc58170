"""The askers' asking sentence, repeated by the administration in slightly other words.

The inquiry asks "4. Welche Maßnahmen …? Welche Flächenbedarfe benennen die
Kooperationspartner*innen?"; the answer document repeats the later sentence as "Welche
Flächenbedarfe nennen die Kooperationspartner?" before its answer. Letter for letter the two
differ, yet they are the same question: the same words in the same order, the gender ending
left out ("*innen", ":innen", "_innen", "Innen") and one word shortened or lengthened at its
start or its end by a syllable at most ("nennen" / "benennen", "Anregung" / "Anregungen").
``reworded`` tells such a repetition; anything more is no repetition for it: another word, a
word changed inside, another figure, or a word lengthened into another one ("Plätze" /
"Kitaplätze", "Jugendforen" / "Jugendstadtteilforen": that may be another question) or
negated ("möglich" / "unmöglich"). The function is pure.
"""

from __future__ import annotations

import re

MIN_WORDS = 5  # words a sentence needs: shorter ones ("Wenn ja, welche?") are generic
MIN_KEPT = 4  # letters the shorter of the one changed pair of words must have ("nennen")
MAX_ADDED = 3  # letters the longer one may add ("be", "en"; not "Kita" in "Kitaplätze")
MAX_CHANGED = 1  # words that may differ

# "Kooperationspartner*innen", "Bürger:innen", "Nutzer_innen", "MitarbeiterInnen": the gender ending
_GENDER_ENDING = re.compile(r"(?:[*:_/]-?innen|(?<=[a-zäöüß])Innen)\b")


def _words(sentence: str) -> list[str]:
    """The words of ``sentence`` in lower case, gender endings left out."""
    return re.findall(r"\w+", _GENDER_ENDING.sub("", sentence).lower())


def _lengthened(word: str, other: str) -> bool:
    """Is one of the two words the other one with a few letters added at its start or its end?"""
    short, long = sorted((word, other), key=len)
    return len(short) >= MIN_KEPT and len(long) - len(short) <= MAX_ADDED \
        and (long.startswith(short) or long.endswith(short) and not long.startswith("un"))


def reworded(mine: str, theirs: str) -> bool:
    """Is ``mine`` the asking sentence ``theirs``, repeated in slightly other words (see the
    module docstring)? Both must ask ("?"); equal sentences count too."""
    if not (mine.rstrip().endswith("?") and theirs.rstrip().endswith("?")):
        return False
    a, b = _words(mine), _words(theirs)
    if len(a) != len(b) or len(a) < MIN_WORDS or re.findall(r"\d+", mine) != re.findall(r"\d+", theirs):
        return False
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(changed) <= MAX_CHANGED and all(_lengthened(x, y) for x, y in changed)
