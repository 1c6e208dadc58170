"""A question the askers only report: the one they asked before, quoted in their sentence.

"> Fragesteller: In ihrer Antwort auf die Anfrage vom 29.09.2008 hat die Stadtverwaltung
auf die Frage 8. "Welche Ziele sind vorhanden?" geantwortet: „…“." — the askers' context of
their next question: they tell what was answered to an earlier question of theirs. Its "?"
stands inside the quotation marks after "Frage"; the sentence around it asks nothing. Such a
quote is no question standing after an answer (and no doubt), as any "?" outside the quoted
question would make it one. Likewise a section lead relaying a question others raise ("C. …
wenn in der Öffentlichkeit die Frage aufkommt „Was passiert, wenn …?“") asks nothing itself:
it leads into its sub-questions. The functions are pure.
"""

from __future__ import annotations

import re

# "auf die Frage 8. "Welche …?"", "die Frage „Wie viele …?“": a quoted question after "Frage"
_QUOTED_EARLIER_QUESTION = re.compile(r"\bFrage\s*(?:\d{1,2}[.)]?\s*)?[\"„“”»«]([^\"„“”»«]{3,300}\?)\s*[\"“”«»]")
# the sentence reports the answer given to it
_REPORTS_ANSWER = re.compile(r"\b(?:geantwortet|beantwortet|Antwort)\b")


def only_reports_an_earlier_question(text: str) -> bool:
    """Is every "?" of the askers' ``text`` inside a question they quote after "Frage" in a
    sentence reporting the answer to it ("… hat die Stadtverwaltung auf die Frage 8. "Welche
    …?" geantwortet …")?"""
    if "?" not in text or not _REPORTS_ANSWER.search(text):
        return False
    rest = _QUOTED_EARLIER_QUESTION.sub("", text)
    return rest != text and "?" not in rest


# "… in der Öffentlichkeit die Frage aufkommt „Was passiert, wenn …?“", "stellt sich die
# Frage: „Wer …?“": a question others raise, quoted after "Frage" and a word saying that it
# is raised (within the same sentence, before the quotation marks open)
_RAISED_QUESTION = re.compile(
    r"\bFrage,?\s+(?:(?:immer\s+wieder|oft|häufig|öfter|auch)\s+)?"
    r"(?:aufkommt|aufkommen|auftaucht|auftritt|gestellt\s+wird|gestellt\s+werden|gestellt)"
    r"[,:]?\s*[\"„“”»«]([^\"„“”»«]{3,300}\?)\s*[\"“”«»]"
    r"|\bstellt\s+sich\s+(?:(?:immer\s+wieder|oft|häufig|auch)\s+)?die\s+Frage[,:]?\s*"
    r"[\"„“”»«]([^\"„“”»«]{3,300}\?)\s*[\"“”«»]")


def only_relays_a_raised_question(text: str) -> bool:
    """Is every "?" of a section lead ``text`` inside one question it reports others to raise
    ("Daher … wenn immer wieder in der Öffentlichkeit die Frage aufkommt „Was passiert, wenn
    …?“")? Such a lead asks nothing itself: its sub-questions (C.1, C.2 …) break the quoted
    question down, and it is answered through them. A lead that asks ("C. Was passiert …?",
    or a "?" outside the quotation marks) is no such lead."""
    if "?" not in text:
        return False
    rest = _RAISED_QUESTION.sub("", text)
    return rest != text and "?" not in rest
