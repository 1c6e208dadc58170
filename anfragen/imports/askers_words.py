"""The askers' own words inside an answer document, found letter for letter in their inquiry.

An answer document repeats the inquiry; besides the questions it often repeats the askers'
other words: the items or the request that end a question ("- Das Kita-Portal informiert
Sie …"), the heading of their next section ("Pandemiebedingte Auswirkungen und
Maßnahmen"), their lead-in to the next question, or a follow-up they asked ("Und ggf. in
welchem Verhältnis geschieht dies?") repeated after its answer. Left as answer text, the
parser would put them into the answer before (reading audits found such papers counted
complete). ``set_apart_askers_words`` finds them by comparing letters and digits only
(extraction changes spaces, hyphens and punctuation, not words) and writes them so that
the parser never takes them for an answer:

- right after a question, before any answer text, where they go on with that question in
  the inquiry (its items, its closing request) and the answer follows: joined to the
  question; so too right after their paragraph labelled as the questions are that does
  not ask by itself ("G. Im Gutachten … bewiesen." / "Wurden … erstellt?": a page broke
  their item G);
- after the answer to a question, where they ask and stand in the inquiry right after that
  question (its next item: "- Welchen Stellenwert …?") with answer text after them: quoted
  as a question the document does not number (``> - Welchen Stellenwert …?``), answered by
  that text (the document answers the items in turn); where such an item asks without
  ending in its "?" ("Ob der Abbauprozess beobachtet wird …."), marked as the askers'
  request instead (``> Ersuchen: Ob …``), which the parser reads as a question;
- after the answer to a question that announces items (its ":"), where they ask and close
  that question in the inquiry after its items, every item repeated in the answer before
  them, with answer text after them: quoted as a question the document does not number,
  answered by that text (``closing_questions``);
- anywhere else: quoted with the askers' name, ``> Fragesteller: …``; the paragraphs after
  such a quote that go on with it in the inquiry (their short items, their sentences up to
  where the administration's words are run in) join it, and so is their short heading that
  stands in the inquiry right before the next question (``quote_continuations``). The parser makes
  them the context of the next question; where answer text follows them, or they ask, or
  carry the next question's label, it records the doubt (``walker._askers_text``).

Only after the first question (before it, text goes to the introduction, never to an
answer), and only for paragraphs the Markdown shows as answer text: not questions,
quotes, headings, answer headers or preambles. The functions are pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import layouts
from ..layouts import letters
from .closing_questions import is_closing_question_after_items
from .questions import asked_under, question_letters
from .quote_continuations import heads_next_question, their_words_going_on

# Letters and digits a paragraph (or the sentences it opens with) must have, all standing
# in the inquiry as they are, to count as the askers' words: a heading of theirs
# ("Pandemiebedingte Auswirkungen und Maßnahmen", 40) still counts; shorter texts are
# generic ("Sachverhalt/Begründung", "Stadt Karlsruhe", "Seite 2") or page debris.
MIN_WORDS = 40
# A sentence that asks ("Und ggf. in welchem Verhältnis geschieht dies?", 38) is the askers'
# own once it is this long and stands in their inquiry as it is.
MIN_QUESTION = 30
# Letters of a question's end that must stand right before the askers' words in the inquiry
# for the words to go on with that question.
CONTINUATION_TAIL = 40

_BULLETS = re.compile(r"(?<!\S)[o•▪◦]\s")  # a list mark standing alone before an item: "o Wie werden …?"
_SPECIAL = re.compile(r"^(?:>|#|\||Vorlage Nr\.:|Verantwortlich:|Dienststelle:)")


def set_apart_askers_words(paragraphs: list[str], inquiry_text: str, first_question: str = "",
                           escape: Callable[[str], str] = lambda text: text,
                           is_item: Callable[[str], bool] = lambda paragraph: False) -> list[str]:
    """``paragraphs`` (the Markdown body's) with the askers' words after the first question
    joined to the question they go on with, or quoted as theirs (see module docstring).
    Only words the inquiry has from its ``first_question`` on count (its header, title and
    the askers' names are form, not words to keep apart); ``escape`` escapes the text left
    after their words in a paragraph. Left as they are: the askers' labelled items that
    ``is_item`` recognises ("b) Spielsicherheit", read as the next sub-question), and a
    paragraph opening with sentences of the question before it ("Weshalb wurden …? Die
    Poller …": the document divides its answer by its question's own sentences)."""
    inquiry = inquiry_letters(inquiry_text)
    start = inquiry.find(letters(first_question)[:CONTINUATION_TAIL]) if first_question else -1
    inquiry = inquiry[max(start, 0):]
    first = next((i for i, p in enumerate(paragraphs) if is_question(p)), None)
    if not inquiry or first is None:
        return list(paragraphs)
    schemes = {_scheme(label.number) for p in paragraphs if is_question(p)
               and (label := layouts.question_label(layouts.unescaped(p.lstrip("> ")))) is not None}
    out = paragraphs[:first + 1]
    settled: set[str] = set()  # the labels of the questions in out[:-1] (only out[-1] still changes)
    counted = 0  # the paragraphs of out whose labels are in ``settled``
    for index in range(first + 1, len(paragraphs)):
        settled |= _asked_labels(out[counted:-1])
        counted = len(out) - 1
        paragraph = paragraphs[index]
        label = layouts.question_label(layouts.unescaped(paragraph))
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
        leads = layouts.question_label(paragraph.strip()) is not None or is_question(following)
        if (theirs := _ASKERS_QUOTE.match(paragraph)) and is_answer_text(out[-1]) and is_next_unasked_item_answered(
                theirs.group(1), next((p for p in reversed(out) if is_question(p)), ""), following, inquiry):
            out.append("> Ersuchen: " + theirs.group(1))  # quoted as theirs before: their next item, answered
            continue
        if (quoted := _ASKERS_QUOTE.match(out[-1])) and is_answer_text(paragraph) \
                and (going_on := their_words_going_on(quoted.group(1), paragraph, inquiry))[0]:
            # their quoted section goes on here ("- in Schlafräumen 18 °C. Bei … ergriffen werden."),
            # up to where the inquiry's text ends; the administration's words after it stay text
            out[-1] += " " + " ".join(going_on[0].split())
            if going_on[1]:
                out.append(escape(going_on[1]))
            continue
        if not is_answer_text(paragraph) or (label is not None and _scheme(label.number) in schemes
                                             and label.number not in settled | _asked_labels(out[-1:]) and leads):
            # "5. Falls es zu … kommt:", "2\\. Laut Presse … aufbringen:" before "a) …?": labelled as
            # the questions are, a question's lead-in, the walker's to read (not "2. Bewertung der
            # Werte …", the askers' section 2 after question 2 was asked, nor an escaped
            # "2\\. sichergestellt ist, dass …" followed by its answer: the walker reads it as text)
            out.append(paragraph)
            continue
        words, rest = askers_lead(paragraph, inquiry)
        asked = next((p for p in reversed(out) if is_question(p)), "")
        if not words and not is_item(paragraph) and is_question(following) \
                and heads_next_question(paragraph, following, inquiry):
            # "3\\. Maßnahmen und Klimatisierung" before "5. Welche Maßnahmen …?": their heading
            out.append("> Fragesteller: " + " ".join(layouts.unescaped(paragraph).split()))
            continue
        if not words or is_item(paragraph) or ("?" in words and letters(words) in letters(asked)):
            out.append(paragraph)
            continue
        following = rest or (paragraphs[index + 1] if index + 1 < len(paragraphs) else "")
        if (is_question(out[-1]) or _labelled_as_questions(out[-1], schemes, settled)) \
                and continues(out[-1], words, inquiry) and not is_question(following):
            # the question's own rest: its items, its request; or the question of a labelled
            # paragraph of theirs that does not ask by itself ("G. Im Gutachten … wurde …
            # bewiesen." / "Wurden … Gutachten erstellt?": the page broke inside their item G)
            out[-1] += " " + layouts.unescaped(words)
        elif "?" in words and is_question(out[-1]):
            out.append(paragraph)  # theirs, asking right after a question: the walker's to judge as before
            continue
        elif is_next_item_answered(words, asked, following, inquiry) and is_answer_text(out[-1]):
            out.append("> " + " ".join(layouts.unescaped(words).split()))  # their next item, answered in turn
        elif is_next_unasked_item_answered(words, asked, following, inquiry) and is_answer_text(out[-1]):
            out.append("> Ersuchen: " + " ".join(layouts.unescaped(words).split()))  # the same, not ending in "?"
        elif is_answer_text(out[-1]) and is_answer_text(following) and not askers_lead(following, inquiry)[0] \
                and is_closing_question_after_items(words, asked, _written_since_question(out), inquiry):
            out.append("> " + " ".join(layouts.unescaped(words).split()))  # closing their question's items, answered
        else:
            out.append("> Fragesteller: " + " ".join(layouts.unescaped(words).split()))
        if rest:
            out.append(escape(rest))
    return out


def inquiry_letters(inquiry_text: str) -> str:
    """The ``letters`` of the inquiry, its list marks left out ("o Für …": they are no words)."""
    return letters(_BULLETS.sub(" ", inquiry_text))


def is_next_item_answered(words: str, asked: str, following: str, inquiry: str) -> bool:
    """Are ``words`` (the askers', standing after the answer to the question ``asked``) the
    inquiry's next item or sentence after that question, one that asks ("- Welchen
    Stellenwert …?" after "- Wie schätzt …?"), with answer text after them (``following``)?
    Then the document answers the question's items in turn, repeating each: they are a
    question the document does not number, ``following`` its answer. Not where the inquiry
    has anything between ``asked`` and them (an item the answer does not repeat: which text
    answers it is not settled), nor where more of the askers' words follow."""
    return layouts.is_bare_question(layouts.unescaped(words)) and bool(asked) and continues(asked, words, inquiry) \
        and is_answer_text(following) and not askers_lead(following, inquiry)[0]


# An item that asks without ending in its "?": "Wie viele …? (absolut und in Prozent)", "Ob der
# Abbauprozess beobachtet wird …." (under "bittet … zu prüfen:"), "… ist zu prüfen, ob …".
_ASKS_BEFORE_BRACKET = re.compile(r"\?\s*\([^()?]{1,120}\)$")
_CHECK_WHETHER = re.compile(r"\bzu\s+prüfen,?\s+ob\b")
_ASKERS_QUOTE = re.compile(r"^>\s?Fragesteller:\s*(.+)$", re.S)


def is_next_unasked_item_answered(words: str, asked: str, following: str, inquiry: str) -> bool:
    """Are ``words`` the inquiry's next item after the question ``asked``, as
    ``is_next_item_answered`` reads it, but one that does not end in "?": a question with the
    askers' bracket after its "?" ("Wie viele …? (absolut und in Prozent)"), an indirect
    question ("Ob der Abbauprozess beobachtet wird …."), or a request to check whether ("… ist
    zu prüfen, ob …")? Then too the document answers the items in turn: the importer marks
    them as the askers' request (``> Ersuchen: …``), a question the walker reads as such. One
    sentence only: a paragraph of theirs that goes on after it is no item."""
    plain = " ".join(layouts.unescaped(words).split())
    if layouts.is_bare_question(plain) or re.search(r"[.!?:;]\s+[A-ZÄÖÜ]", plain):
        return False
    item = layouts.question_label(plain)
    body = item.rest if item is not None else plain
    asks = bool(_ASKS_BEFORE_BRACKET.search(body)) or layouts.starts_asking(body) or bool(_CHECK_WHETHER.search(body))
    return asks and bool(asked) and continues(asked, words, inquiry) \
        and is_answer_text(following) and not askers_lead(following, inquiry)[0]


def _written_since_question(paragraphs: list[str]) -> str:
    """The paragraphs after the last question among ``paragraphs``, joined."""
    last = max((i for i, p in enumerate(paragraphs) if is_question(p)), default=-1)
    return " ".join(paragraphs[last + 1:])


def _labelled_as_questions(paragraph: str, schemes: set[str], asked: set[str]) -> bool:
    """Is ``paragraph`` labelled as the questions are ("G." among "A." … "F."), under a label
    not among ``asked`` (those of the questions written before it)?"""
    label = layouts.question_label(layouts.unescaped(paragraph.strip()))
    return label is not None and _scheme(label.number) in schemes and label.number not in asked


def _asked_labels(paragraphs: list[str]) -> set[str]:
    """The labels of the questions among ``paragraphs`` ("2" for "2. Gab es …?")."""
    labels = (layouts.question_label(layouts.unescaped(p.lstrip("> "))) for p in paragraphs if is_question(p))
    return {label.number for label in labels if label is not None}


def _scheme(number: str) -> str:
    """"3", "2a", "1.2" → digits; "B" → capitals; "b" → letters."""
    return "digits" if number[:1].isdigit() else "capitals" if number[:1].isupper() else "letters"


def is_question(paragraph: str) -> bool:
    """A paragraph the Markdown shows as a question: labelled and asking (also a label the
    walker reads, "B. Welche …?"), or quoted (not the askers' other words)."""
    text = paragraph.strip()
    if text.startswith(">"):
        return not re.match(r">\s*(?:Fragesteller|Nicht\s+wiederholt)\s*:", text)
    if asked_under(text) is not None:
        return True
    label = layouts.question_label(text)
    return label is not None and layouts.label_asks(label.rest)


def is_answer_text(paragraph: str) -> bool:
    """A paragraph the parser would read as text: not a question, quote, heading, table,
    form line, answer header ("Zu 1.:"), joint answer or preamble."""
    text = paragraph.strip()
    return bool(text) and not _SPECIAL.match(text) and not is_question(text) \
        and layouts.answer_header(text) is None and layouts.letter_answer_header(text) is None \
        and layouts.plain_answer_header(text) is None and layouts.joint_answer(text) is None \
        and layouts.preamble(text) is None


def askers_lead(paragraph: str, inquiry: str) -> tuple[str, str]:
    """``(words, rest)``: the whole ``paragraph`` when it stands in the inquiry (``inquiry``
    as ``letters``) letter for letter (at least ``MIN_WORDS``), else its opening sentences
    up to a "?" that do (at least ``MIN_QUESTION``: "Und ggf. in welchem Verhältnis geschieht
    dies? Siehe hierzu Antwort zu B."), with the text after them, which must not go on as the
    inquiry does (a "?" inside their sentence); ``("", paragraph)`` otherwise. Not at other
    sentence ends: a dot after "städt." or "1." (a date) ends no sentence of theirs."""
    whole = letters(paragraph)
    if len(whole) >= MIN_WORDS and whole in inquiry:
        return paragraph.strip(), ""
    plain = layouts.unescaped(paragraph.strip())
    words = ""
    for mark in re.finditer(r"\?\)?(?=\s)", plain):
        lead = plain[:mark.end()]
        if letters(lead) not in inquiry:
            break
        words = lead
    rest = plain[len(words):].strip()
    if len(letters(words)) < MIN_QUESTION or letters(words) + letters(rest)[:12] in inquiry:
        return "", paragraph
    return words, rest


def continues(question: str, words: str, inquiry: str) -> bool:
    """Do ``words`` stand in the inquiry right after the end of ``question`` (a paragraph of
    the Markdown), so that they go on with it?"""
    tail = question_letters(question)[-CONTINUATION_TAIL:]
    return len(tail) == CONTINUATION_TAIL and tail + letters(words) in inquiry
