"""A paragraph that states first and asks at its end, read right after a question.

"1. Wie viele Unterkünfte …? Welchem Anteil …?" / "Aktuell gibt es für 291 Plätze …
WLAN-Anschluss. Bis Ende des Jahres … Damit hat etwas mehr als die Hälfte … WLAN-Zugang.
1.2. Verfügen die Tageseinrichtungen … über freies WLAN?": PDF extraction ran the next
(sub-)question onto the end of the answer. Ending in "?", the paragraph looked like the rest
of the question set out over two paragraphs (``Walker._continues_question``), and the
question took in its own answer and the next question. The rest of a question asks from
its start ("Wenn ja, welche?", "Wurden solche …?"); the askers' further sentences that the
importer finds in their inquiry it joins to the question itself (``imports.questions.
askers_continuation``). A paragraph that opens with a finished statement — a sentence
ending in "." or "!" that asks and requests nothing — and closes with "?" is therefore not
taken as the question's continuation: it stays answer text, where the question-like
paragraph is a doubt (``checks.check_hidden_questions``) unless the importer checked its
closing question as the administration's own (``checked_questions.py``). Pure functions.
"""

from __future__ import annotations

import re

from . import layouts

# the end of a sentence: "." or "!" after a word (not after a number: "am 1. Mai", "9.1."),
# followed by the next sentence (a capital, a quote mark) or a label ("1.2. Verfügen", "b) Wie")
_SENTENCE_END = re.compile(r"(?<=[A-Za-zÄÖÜäöüß%)\"“”*])[.!]\s+(?=[A-ZÄÖÜ„\"]|\d{1,2}(?:\.\d{1,2})*\.?\s|[a-z]\)\s)")
# a dot that ends an abbreviation, not a sentence ("z. B.", "ca.", "Nr.", "Str.", "u. a.")
_ABBREVIATION = re.compile(r"(?:\b(?:bzw|ca|vgl|ggf|inkl|evtl|usw|Nr|Ziff|Abs|Dr|Prof|Str|St|Mio|Mrd|Tsd|ff|etc|"
                           r"sog|gem|lt|max|min|bspw|Jh|Jhd|Hr|Fr)|\b[A-Za-zÄÖÜäöü])[.!]$")
_REQUEST = re.compile(r"^(?:Bitte|Wir bitten|Ich bitte|Die Verwaltung (?:wird|möge))\b")


def opening_statement(text: str) -> str | None:
    """The finished statement that opens ``text`` before anything in it asks, or None."""
    plain = " ".join(layouts.unescaped(text).split())
    asked_at = plain.find("?")
    for end in _SENTENCE_END.finditer(plain, 0, asked_at if asked_at >= 0 else len(plain)):
        sentence = plain[: end.start() + 1]
        if _ABBREVIATION.search(sentence):
            continue
        if not re.match(r"[A-ZÄÖÜ„\"]", sentence) or _REQUEST.match(sentence) or layouts.asks(sentence) \
                or layouts.question_label(sentence) is not None or len(sentence.split()) < 3:
            return None
        return sentence
    return None


def states_then_asks(text: str) -> bool:
    """Does the paragraph open with a finished statement and close with "?" ("Aktuell gibt
    es … WLAN-Zugang. 1.2. Verfügen …?", "Derzeit sind es zwölf. Ob weitere folgen, ist
    offen. Wie soll es weitergehen?")? Not "Wenn ja, welche?", "Bitte nennen Sie die Zahl
    je Jahr. Wie …?" (a request of the askers), "Zu Nr. 3: Gibt es …?"."""
    plain = layouts.unescaped(text).rstrip()
    return plain.endswith("?") and opening_statement(plain) is not None
