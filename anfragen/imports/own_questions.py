"""The administration's own questions closing a paragraph of its answer, compared with the
faction's inquiry (front matter ``not_in_inquiry``, see ``anfragen/checked_questions.py``).

"… In einem weiteren Schwerpunkt wird die Frage, wie Karlsruhe den Ersten Weltkrieg erlebt
hat, thematisiert. Wo finden wir heute noch in Karlsruhe Spuren des Ersten Weltkrieges?"
closes the answer to question 2: the festival's own question, not the askers'. The parser
sees a paragraph ending in "?" and records a doubt, rightly so where it cannot tell. The
importer lists such a closing sentence only where all of this holds:

- the paragraph is answer text after the first question, unlabelled, opens with
  statements and closes with the sentence(s) asking (``checked_questions.closing_questions``),
  and the next paragraph is a question (no text after it in the answer could answer it);
- the inquiry text is at hand and covers this place: the question before the paragraph and
  the one after it both stand in it (``QUESTION_RATIO``), so it is the inquiry answered
  here, not a version without later questions;
- each closing sentence has ``MIN_LETTERS`` letters at least (a short "Wenn nein, warum
  nicht?" may be anyone's) and stands in the inquiry neither letter for letter nor fuzzily
  (``MAX_RATIO``), and at most ``MAX_WORD_SHARE`` of its words (four letters or more) occur
  in the inquiry (the askers' question in other words shares theirs).

Anything else is left out, so the parser keeps the doubt. Pure functions.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .. import layouts
from ..checked_questions import closing_questions
from .askers_words import is_answer_text, is_question

MIN_LETTERS = 30
MAX_RATIO = 70  # rapidfuzz partial_ratio of the sentence's letters in the inquiry's letters
MAX_WORD_SHARE = 0.5
QUESTION_RATIO = 90  # a question of the answer document found in the inquiry


def not_in_inquiry(paragraphs: list[str], inquiry_text: str) -> list[str]:
    """The closing questions of the Markdown body's ``paragraphs`` that the administration
    asks itself, checked against ``inquiry_text`` (see module docstring), in order."""
    inquiry = layouts.letters(inquiry_text)
    if not inquiry:
        return []
    words = set(_words(inquiry_text))
    asked = [index for index, paragraph in enumerate(paragraphs) if is_question(paragraph)]
    found: list[str] = []
    for index in range(asked[0] + 1 if asked else len(paragraphs), len(paragraphs) - 1):
        paragraph, following = paragraphs[index], paragraphs[index + 1]
        closing = closing_questions(paragraph)
        if closing is None or not is_answer_text(paragraph) or not is_question(following):
            continue
        before = paragraphs[max(i for i in asked if i < index)]
        if not (_question_in(before, inquiry) and _question_in(following, inquiry)):
            continue
        if all(_nowhere_in(sentence, inquiry, words) for sentence in closing):
            found += [sentence for sentence in closing if sentence not in found]
    return found


def _words(text: str) -> list[str]:
    return [word.lower() for word in re.findall(r"[A-Za-zÄÖÜäöüß]{4,}", text)]


def _question_in(paragraph: str, inquiry: str) -> bool:
    """The question a paragraph shows (its label and quote marks left aside) stands in the
    inquiry, but for extraction's slips. Anywhere and looser than
    ``quoted_items.asked_in_inquiry`` on purpose: it only tells that the inquiry covers this place."""
    text = re.sub(r"^>\s*(?:Ersuchen\s*:\s*)?", "", paragraph.strip())
    label = layouts.question_label(layouts.unescaped(text))
    mine = layouts.letters(label.rest if label is not None else text)
    return len(mine) >= 12 and fuzz.partial_ratio(mine, inquiry) >= QUESTION_RATIO


def _nowhere_in(sentence: str, inquiry: str, inquiry_words: set[str]) -> bool:
    mine = layouts.letters(sentence)
    if len(mine) < MIN_LETTERS or mine in inquiry or fuzz.partial_ratio(mine, inquiry) >= MAX_RATIO:
        return False
    words = _words(sentence)
    return bool(words) and sum(word in inquiry_words for word in words) / len(words) <= MAX_WORD_SHARE
