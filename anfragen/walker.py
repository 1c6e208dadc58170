"""One walk through an inquiry's blocks: where each block belongs.

Labelled, question-like blocks that continue the numbering are questions; answer headers
("Zu 1.:"), joint answers, preambles and the askers' own lead-ins ("Dazu fragen wir:")
open their sections; everything else goes to the section that is open. ``parse.py``
drives the walk; ``checks.py`` records what the walk could not settle.
"""

from __future__ import annotations

import re

from . import (
    answers_naming_questions,
    askers_in_answers,
    checks,
    closed_leads,
    double_letter_items,
    item_gaps,
    layouts,
    lead_items,
    letter_sections,
    misplaced_tables,
    numbered_leads,
    quoted_labels,
    remark_openings,
    reported_questions,
    restated_joint,
    section_gaps,
    stated_then_asked,
    supplementary_questions,
    supplements,
)
from .announced_tables import check_table_announced_elsewhere
from .chart_axis import check_chart_axis
from .markdown import Block
from .model import Answer, Inquiry, ParseIssue, Preamble, Question
from .numbering import Numbering


def _plain_answer_start(text: str) -> bool:
    """Text that can open an answer to a passed-over item: it states something (perhaps
    before the table it introduces: "… nicht erforderlich. Als Kenngrößen gelten:") and
    neither asks nor goes on with the item's list ("- Bitte Auflistung …", "a) Erwachsene …")."""
    plain = layouts.unescaped(text.strip())
    if "?" in plain or re.match(r"^(?:[-•–]\s|\(?[a-z0-9]{1,2}[.)]\s)", plain):
        return False
    return layouts.states_something(plain) or layouts.states_something_before_a_list(plain)


def _follows(first: str, second: str) -> bool:
    """"2" follows "1", "C" follows "B"."""
    if first.isdigit() and second.isdigit():
        return int(second) == int(first) + 1
    return len(first) == len(second) == 1 and first.isalpha() and ord(second.lower()) == ord(first.lower()) + 1


_PART = re.compile(r"^(Teil|Abschnitt|Kapitel)\s+([IVX]+|\d{1,2}|[A-Z])\b\.?\s*:")  # "Teil II: Fragen zu …"


def _speaks_of_their_part(text: str, askers: list[str]) -> bool:
    """Does ``text`` open by naming the part that the askers' words head ("Zu Teil II liegen
    … keine Angaben vor." after "Teil II: Fragen zu …")?"""
    part = _PART.match(askers[-1].strip()) if len(askers) == 1 else None
    return part is not None and re.match(rf"Zu\s+{part.group(1)}\s+{part.group(2)}\s+[a-zäöü]{{3,}}\b",
                                         text.strip()) is not None


# "Die in der Anfrage angeführten Empfehlungswerte …", "Der von den Fragestellern genannte Wert …"
_THEIR_WORDS_NAMED = re.compile(r"^(?:Die|Der|Das|Den)\s+(?:in\s+(?:der|Ihrer)\s+Anfrage|von\s+den\s+Fragestellern)"
                                r"\s+(?:angeführten?|genannten?|aufgeführten?|erwähnten?|zitierten?)\s+[A-ZÄÖÜ]")


def _remarks_on_their_words(text: str, askers: list[str]) -> bool:
    """Does ``text``, right after one paragraph of the askers' words, open by naming what
    their inquiry states ("Die in der Anfrage angeführten Empfehlungswerte … gelten für den
    Heizfall …" after their context "Für Kitas gelten … folgende Empfehlungen: …")? Then it is
    the administration's remark on their words, before the questions they lead to."""
    return len(askers) == 1 and _THEIR_WORDS_NAMED.match(text.strip()) is not None


def _answer_letter(text: str) -> str | None:
    """"a\\) Entwicklung …" → "a": the letter an answer paragraph is labelled with
    (escaped by the importer, since it states and does not ask)."""
    m = re.match(r"([a-z])\\?\)\s", text.strip())
    return m.group(1) if m else None


# "Gibt es …? Nein.", also without its full stop ("… zur Verfügung zu stellen? Nein")
_SHORT_ANSWER = re.compile(r"\?\s+((?:Ja|Nein|Entfällt)\.?)$")
_INLINE_SUB_LABEL = re.compile(r"(?:^|\s)[a-z]\)\s")  # "… a) Wann? b) …": sub-questions inside a question
# "… im Hinblick auf: a) Betriebssicherheit", "… an den Kitas? a. bei den städtischen Kitas": the
# first item inside a question ("a." only where an item can begin, not "u. a. die Kosten"; also
# right after the words that open the items, "… ein im Hinblick auf a. die Kritik …")
_FIRST_ITEM = re.compile(r"(?:^|\s)a\)\s|(?:^|(?<=[?:!\"“”])|(?<=\bim Hinblick auf))\s+a\.\s")
_UNDIVIDED = "the answer is not divided by question: kept whole, not paired with any question"
_ANSWER_TO_QUESTION = re.compile(r"^(?:\*\*)?Antwort\s+(?:zu|auf)\s+(?:den\s+|der\s+)?Fragen?\b", re.I)  # "Antwort zu Frage 1"


class Walker:
    """The state of one walk through the blocks (see module docstring)."""

    def __init__(self, bare_questions: bool = False, roman: bool = False, letter_headings: bool = False,
                 checked: frozenset[str] = frozenset(), as_asked: frozenset[int] = frozenset(),
                 first_number: int | None = None):
        # Only when no labelled question exists: unlabelled paragraphs ending in "?" are
        # the questions (documents that repeat the questions without numbers).
        self.bare_questions = bare_questions
        # the administration's own closing questions the importer checked against the
        # inquiry (front matter ``not_in_inquiry``, ``checked_questions.py``)
        self.checked = checked
        self.inq = Inquiry()
        self.numbering = Numbering(roman, first_number)  # front matter ``first_number``
        self.target: tuple[str, int] = ("intro", 0)  # where content goes: intro/answer/preamble
        self.answer_parts: dict[int, list[str]] = {}
        self.preamble_parts: dict[int, list[str]] = {}
        self.intro_parts: list[str] = []
        self.context: list[str] = []
        self.last_was_question = False
        self.implicit: set[int] = set()  # answers that only followed a question, unannounced
        self.dropped: set[int] = set()  # answers reclaimed as question text
        self.pending_joint: list[str] = []  # numbers of a "Zu Fragen …" read before its questions
        self.run_start = 0  # first question of the run of questions asked one after another
        self._reclaimed_condition = False  # "Wenn nein:" taken back from the answer, before a question
        self.quoted_context: list[str] = []  # askers' quoted words in the pending context
        self.quoted_line = 0
        self.doubted_askers: set[int] = set()  # lines of askers' words already doubted inside an answer
        self.remarks_on_their_words: list[tuple[str, int]] = []  # kept as context for now (``remark_openings``)
        self.candidate: tuple[layouts.Label, Block] | None = None  # a label that fits but did not ask
        self.passed_over: tuple | None = None  # where that paragraph went: (kind, index, position, label, block)
        self.escaped_lead: tuple | None = None  # the same for an escaped lead ("15\\) Laut …"), one block long
        self.unrepeated: set[int] = set()  # questions of the inquiry the answer does not repeat
        self.requests: set[int] = set()  # questions marked as the askers' requests worded as statements
        # lines of the questions the importer found whole in the inquiry, a statement of the
        # askers' after the "?" ("> Wortlaut der Anfrage: 3. …? Die Uhr … nicht aktiv.")
        self.as_asked = as_asked
        self.lettered: dict[str, int] = {}  # "b" → question 2b, whose answer "b\) …" is still to come
        self.named_unasked: set[str] = set()  # numbers an answer header named before any such question
        self.following: Block | None = None  # the block after the one being read
        self.joined: set[int] = set()  # questions an "und" between them joins to the next one
        # "A) Zum städtischen Gebäudebestand:" heads each section, numbers restart under it
        self.letter_headings = letter_headings
        self.block_texts: list[str] = []  # all blocks' texts (``parse._walk``): labels read later
        # "Ergänzung zu Frage 2 und 3:" after answer 3: where it starts (``supplements``)
        self.supplements: list[supplements.Supplement] = []

    # -- routing -----------------------------------------------------------------
    def feed(self, block: Block, following: Block | None) -> None:
        text = block.text.strip()
        self.following = following
        was_question, self.last_was_question = self.last_was_question, False
        escaped_lead, self.escaped_lead = self.escaped_lead, None
        if block.kind in ("paragraph", "list_item") and (bare := layouts.bare_label(text)) is not None:
            return self._bare_label(bare, block, following, was_question)
        label = layouts.question_label(text) if block.kind in ("paragraph", "list_item") else None
        label = self._letter_behind_list_marker(label) or self._quoted_section_question(block)
        if self.letter_headings and (heading := letter_sections.section_heading(block, following)) is not None \
                and self.numbering.fits(heading):
            return self._open_letter_section(heading, text)
        if label and self._accept_question(label, was_question, block):
            if label.style == "section":
                self._open_section_of_numbered_question(label)
            return self._question(label, block)
        self.candidate = (label, block) if label and label.style in ("dot", "paren", "upper", "roman", "letter", "frage") \
            and self.numbering.fits(label) else None
        if label and self.target[0] == "answer" and self.numbering.fits(label) and (
                # "C. Doch vor einer Diskussion … zu rechnen.": the next question by its label,
                # though it does not ask
                label.style == "upper"
                # "2. Die Verwaltung stellt die Kosten … gegenüber.": the askers' next request,
                # worded as a statement
                or label.style in ("dot", "paren") and layouts.requests_as_statement(label.rest)):
            # kept in the answer, and the doubt recorded
            self.inq.issues.append(ParseIssue("questions", "answer contains a paragraph labelled as the "
                                              f"next question: {text[:60]!r}", block.line))
        if block.kind == "blockquote" and (request := layouts.askers_request(text)) is not None:
            return self._askers_request(request, block)
        if block.kind == "blockquote" and (unrepeated := layouts.unrepeated_question(text)) is not None:
            return self._unrepeated(unrepeated, block, was_question)
        if (quoted := layouts.quoted_question(block.kind, text)) is not None:
            self._doubled_lead_as_context(quoted)
            if self._reclaim_lead_of_double_letter_items(quoted, block) \
                    or self._reclaim_lead_in_of_quoted_question(quoted) or self._reclaim_escaped_lead(quoted, escaped_lead):
                return None
            self._reclaim_question_of_first_item(quoted)
            self._open_section_of_quoted_question(quoted)
            digits, letter, _rest = layouts.quoted_label(quoted)
            if self.target[0] == "question" and not self.context \
                    and not (digits and self._fitting_sub_number(digits)) and not self._next_letter(letter, digits):
                # still the question just asked: its next part ("> Wenn ja, …?"); a quote
                # with a number of its own ("> 4. Beabsichtigt …?") or the next letter ("> d.
                # …?" after question 4c) is the next question, and so is one after text that
                # was not taken as an answer (the askers' remark, the lead-in of a table:
                # doubts, kept apart)
                if (moved := self._moved_up_question(quoted)) is not None:
                    return self._question(moved, block)  # answered with it, in one run
                self._doubt_unread_label(quoted, block)
                self.inq.questions[self.target[1]].text += "\n\n" + quoted
                self.last_was_question = True
                return None
            return self._quoted_question(quoted, block)
        if block.kind == "blockquote" and (askers := layouts.askers_quote(text)) is not None:
            return self._askers_text(askers, block)
        if block.kind == "paragraph" and layouts.is_connecting_words(text) and following is not None \
                and (self._asks_next(following) or layouts.is_connecting_words(following.text)):
            return self._connecting_words(was_question)
        if self._continues_question(block, text):
            self.inq.questions[-1].text += "\n\n" + text
            self.last_was_question = True
            return None
        if self.bare_questions and block.kind == "paragraph" and layouts.is_bare_question(text) \
                and not label and self.target[0] != "preamble":
            return self._question(layouts.Label("", "bare", text), block)
        if block.kind == "paragraph" and self.target[0] == "answer" and following is not None \
                and following.kind == "paragraph" and not layouts.asks(following.text) \
                and supplementary_questions.extends_question(text, self._numbers_answered(self.target[1])):
            # "Ergänzend zu Frage 3: Gibt es …?" inside the answer to question 3, then its answer
            return self._question(layouts.Label("", "bare", text), block)
        if layouts.whole_answer_heading(block.kind, text) and self.inq.questions:
            return self._whole_answer(block)
        if self.target[0] == "answer" and (supplement := supplements.supplement_header(text)) is not None \
                and supplements.is_supplement(supplement[1], following.text if following else None):
            self._supplement(supplement[0], block)
            return self._content(text, block)
        if (header := layouts.answer_header(text)) is not None:
            return self._explicit_answer(header[0], header[1], block, following)
        if (header := layouts.letter_answer_header(text)) is not None and self._all_asked(header[0]):
            return self._explicit_answer(header[0], header[1], block, following)
        if (header := layouts.roman_answer_header(text)) is not None and self._all_asked(header[0]):
            return self._explicit_answer(header[0], header[1], block, following)
        if (rest := layouts.plain_answer_header(text)) is not None and self.inq.questions:
            return self._explicit_answer([self.inq.questions[-1].number], rest, block)
        if (pre := layouts.preamble(text)) is not None:
            return self._preamble(*pre, block)
        if (table := self._table_for_answered_questions(text)) is not None:
            return self._preamble(table[0], "answering", table[2], block)
        if layouts.is_asking_intro(text):
            return self._asking_intro(text)
        if following and layouts.is_topic_heading(block.kind, text) and self._asks_next(following):
            self.context.append(text)
            return None
        if (joint := layouts.joint_answer(text)) is not None and self.inq.questions:
            return self._joint(joint, text, block)
        if self.target[0] == "question" and layouts.answers_both_together(text) and len(self._unanswered_before()) == 2:
            # "Vom Polizeipräsidium wird dazu - beide Fragen zusammengefasst - Folgendes
            # mitgeteilt:" right after two questions: their stated joint answer
            return self._joint([], text, block)
        if self.target[0] == "question" and layouts.speaks_of_these_questions(text) \
                and len(self._unanswered_before()) >= 2:
            # "Diese Fragen fallen in die Zuständigkeit …" right after "7. Falls unter 6. …?" and
            # "8. Wer bezahlt …?": the answer says itself that it answers the questions before it
            # (also where a run would start after the conditional question)
            return self._joint([], text, block)
        if (joint := layouts.joint_answer_in_sentence(text)) and self._all_asked(joint):
            # only questions already asked: "… die Fragen 1 bis 4 und 6 …" before 6 is asked
            # settles nothing about 6 (nor whether 5 is answered with them)
            return self._joint(joint, text, block)
        self._content(text, block)

    def _supplement(self, names: str, block: Block) -> None:
        """"Ergänzung zu Frage 2 und 3:" inside the answer being read: it goes on in that
        answer as before; where it starts is kept, so that the end of the walk gives it to
        the questions it names (``supplements.settle``)."""
        parts = self.answer_parts[self.target[1]]
        self.supplements.append(supplements.Supplement(parts, len(parts), supplements.named_numbers(names),
                                                       block.line))

    def _numbers_answered(self, index: int) -> list[str]:
        """The numbers of the questions answer ``index`` answers."""
        return [q.number for q in self.inq.questions if q.answer == index and q.number]

    def _askers_request(self, text: str, block: Block) -> None:
        """"> Ersuchen: 2. Sie stellt dar, in welchen …": the askers' request worded as a
        statement of what the administration tells them, marked by the importer where their
        inquiry requests it so: a question under its label, answered like any other. A label
        that does not fit the numbering is kept and the break recorded."""
        label = layouts.question_label(text)
        if label is not None and label.style in ("dot", "paren", "upper", "roman", "letter", "numletter") \
                and self.numbering.fits(label):
            self._question(label, block)
        else:
            if label is not None:
                self.inq.issues.append(ParseIssue("questions", f"numbering breaks: expected "
                                                  f"{self.numbering.expected()}, found {label.number}", block.line))
            self._question(layouts.Label(label.number if label else "", "quoted", label.rest if label else text),
                           block)
        self.requests.add(len(self.inq.questions) - 1)

    def _unrepeated(self, text: str, block: Block, was_question: bool) -> None:
        """"> Nicht wiederholt: 5. Wird …?": a question the inquiry asks and the answer
        document does not repeat. It is a question (its number keeps the count going), but
        no text takes it by its place: the walk goes on where it was, and runs of questions
        and "Diese Fragen …" pass over it. Only a header naming it ("Zu 5.:") answers it;
        otherwise "no answer found" is recorded."""
        label = layouts.question_label(text)
        number = ""
        if label is not None and label.style not in ("combined",):
            number = self.numbering.accept(label) if self.numbering.fits(label) else label.number
        if number and any(q.number == number for q in self.inq.questions):
            self.inq.issues.append(ParseIssue("questions", f"question number {number} occurs twice", block.line))
        self.inq.questions.append(Question(
            position=len(self.inq.questions) + 1, number=number,
            text=layouts.question_text(label.rest) if label is not None else text, line=block.line, context=""))
        self.unrepeated.add(len(self.inq.questions) - 1)
        self.last_was_question = was_question

    def _bare_label(self, number: str, block: Block, following: Block | None, was_question: bool) -> None:
        """"2\\." alone: a label without its text. Right before the question it labels, it is
        that label printed twice (a column of its own) and says nothing more. Where the
        answer to a question would begin it is no answer, and the text after it (the
        question it labelled, left without its label?) is not shown to be one either: both
        are kept as context, the question stays unanswered and the doubt is recorded.
        Inside an answer it stays answer text."""
        upcoming = layouts.question_label(following.text.strip()) if following is not None else None
        if upcoming is not None and upcoming.number == number:
            self.last_was_question = was_question
            return None
        if self.target[0] == "question":
            self.inq.issues.append(ParseIssue("answers", "a bare label stands where the answer to question "
                                              f"{self.inq.questions[self.target[1]].number} should begin: "
                                              f"{block.text.strip()!r}", block.line))
            self.context.append(block.text.strip())
            self.target = ("context", 0)  # what follows is not shown to be the answer either
            return None
        self._content(block.text.strip(), block)

    def _accept_question(self, label: layouts.Label, was_question: bool, block: Block) -> bool:
        fits = self.numbering.fits(label) or self._continues_inline_letters(label)
        if fits and (layouts.label_asks(label.rest) or was_question or self._item_of_asking_lead(label)):
            return True
        if fits or not layouts.asks(label.rest):
            return False
        if self.inq.questions and label.number == self.inq.questions[-1].number:
            return True  # the number repeated: a question all the same ("occurs twice" is recorded)
        if self._reclaim_passed_over(label):
            return True  # the question before it had been passed over; now it fits
        if self._fills_skipped_number(label):
            return True  # "7. Wie viele …?" after 6 and 8 were answered together
        if label.number in self.pending_joint and not self._all_asked([label.number]):
            return True  # "Fragen 1, 2 und 4:" above "1.", "2.", "4.": the header named it
        if self.target[0] != "answer" or self.numbering.skips_to(label):
            self.inq.issues.append(ParseIssue("questions", f"numbering breaks: expected "
                                              f"{self.numbering.expected()}, found {label.number}", block.line))
            return True
        return False

    def _fills_skipped_number(self, label: layouts.Label) -> bool:
        """"6. …?", "8. …?", their joint answer, then "7. Wie viele …?" and its answer (or
        "Fragen 1, 2 und 4:" answered first, then "3. …?"): a numbered question that asks,
        whose number the questions read so far skipped (one below it and one above it were
        asked, it was not), is that question, answered out of order. The numbering goes on
        from where it was."""
        if label.style not in ("dot", "paren") or not label.number.isdigit() or self.numbering.upper is not None:
            return False
        asked = {int(m.group()) for q in self.inq.questions if (m := re.match(r"\d+", q.number or ""))}
        number = int(label.number)
        return number not in asked and any(n < number for n in asked) and any(n > number for n in asked)

    def _reclaim_passed_over(self, label: layouts.Label) -> bool:
        """"1. Die Verkehrssicherheit … muss markiert werden." (asks nothing, so passed over
        as text), its answer, then "2. Kann man das verbessern?": the numbering shows that
        item 1 was the first question. It becomes one, and the text after it, up to
        question 2, its answer — the layout of every other item."""
        if self.passed_over is None:
            return False
        kind, index, position, passed, block = self.passed_over
        if not (self.numbering.fits(passed) and _follows(passed.number, label.number)):
            return False
        parts = self.answer_parts.get(index) if kind == "answer" else self.intro_parts if kind == "intro" else None
        if parts is None or position >= len(parts) or parts[position] != block.text.strip():
            return False
        moved = parts[position + 1:]
        if not passed.rest.rstrip().endswith((".", "!")) or not moved or not _plain_answer_start(moved[0]):
            return False  # the item or its "answer" may go on with the question: not settled
        del parts[position:]
        self.inq.issues = [i for i in self.inq.issues
                           if not (i.line == block.line and "labelled as the next question" in i.reason)]
        self.passed_over = None
        self._question(passed, block)
        for part in moved:
            self._content(part, block)
        return True

    def _reclaim_lead_in_of_quoted_question(self, quoted: str) -> bool:
        """"E. Parallelen zum Bau der Philharmonie sind zu hinterfragen." (the next label,
        but it asks nothing, so it was kept as text) right before "> Wäre es nicht an der
        Zeit, …?" (a question the importer found in the inquiry, without a number of its
        own): the labelled text leads into that question, and both are question E. So
        does "2. Die Stadt will 30 Mio. Euro aufbringen:" into "> a. Über wie viele Jahre?"
        (its first item; the items after it go on with the question, as under any question),
        and a finished statement, "1. Bisher wurde nichts berichtet." into "> a) Erklären Sie
        bitte die Gründe?"."""
        if self.passed_over is None:
            return False
        kind, index, position, passed, block = self.passed_over
        digits, letter, _rest = layouts.quoted_label(quoted)
        lead = passed.rest.rstrip()
        rest_of_lead = self._askers_rest_of_lead(lead)
        if rest_of_lead:
            lead = f"{lead} {rest_of_lead}"
        elif self.quoted_context:
            return False  # the askers' words stand between: not the paragraph right before the quote
        first_item = not digits and letter == "a" and lead.endswith((":", "."))
        if (digits or letter) and not first_item:
            return False  # a number of its own; only "2. … aufbringen:" (or "1. … berichtet worden.") then "> a. …" leads in
        parts = self.answer_parts.get(index) if kind == "answer" else self.intro_parts if kind == "intro" else None
        if parts is None or position != len(parts) - 1 or parts[position] != block.text.strip():
            return False  # not the paragraph right before the quote
        if not self.numbering.fits(passed):
            return False
        del parts[position:]
        self.inq.issues = [i for i in self.inq.issues
                           if not (i.line == block.line and "labelled as the next question" in i.reason)]
        if rest_of_lead:
            self.context, self.quoted_context = [], []  # the askers' words are the rest of the lead
        self._question(layouts.Label(passed.number, passed.style, f"{lead}\n\n{quoted}"), block)
        return True

    def _reclaim_question_of_first_item(self, quoted: str) -> None:
        """"3. Für den Fall, dass …: Wie hoch sind die a) vom Bund akzeptierten Kosten und"
        (the next label, its item a) inside it, stopping mid-sentence: no "?", so kept as
        text), the answer to item a), then "> b) die aktuell angenommenen Kosten?" (item b),
        quoted by the importer): the labelled paragraph was question 3, the text after it
        its answer, and the quote goes on as 3b. Only where that text opens as an answer."""
        if self.passed_over is None or self.target[0] != "answer":
            return
        kind, index, position, passed, block = self.passed_over
        digits, letter, _rest = layouts.quoted_label(quoted)
        lead = passed.rest.rstrip()
        if digits or letter != "b" or layouts.inline_items(lead) != "a" or lead.endswith((".", ":", "?", "!")) \
                or not self.numbering.fits(passed) or kind != "answer" or index != self.target[1]:
            return
        parts = self.answer_parts.get(index)
        if parts is None or position >= len(parts) - 1 or parts[position] != block.text.strip():
            return
        moved = parts[position + 1:]
        if not _plain_answer_start(moved[0]):
            return
        del parts[position:]
        self.inq.issues = [i for i in self.inq.issues
                           if not (i.line == block.line and "labelled as the next question" in i.reason)]
        self.passed_over = None
        self._question(passed, block)
        self.numbering.sub = "a"
        for part in moved:
            self._content(part, block)

    def _escaped_next_number(self, block: Block) -> layouts.Label | None:
        """"15\\) Laut Zeitung will die Verwaltung … nicht weiter verfolgen." inside an answer:
        the askers' numbered lead, escaped by the importer because it asks nothing, labelled
        with the number right after the last question's ("15" after 14 or 14c) and ending a
        sentence; None for anything else (also for a number written twice, the document's and
        the askers', "2\\. 2.) Die beiden …": that lead stays a doubt, as before)."""
        text = block.text.strip()
        if block.kind != "paragraph" or not re.match(r"\d{1,2}\\[.)]\s", text):
            return None
        label = layouts.question_label(layouts.unescaped(text))
        last = re.match(r"\d+", self.inq.questions[-1].number or "") if self.inq.questions else None
        if label is None or label.style not in ("dot", "paren") or last is None \
                or label.number != str(int(last.group()) + 1) or layouts.asks(label.rest) \
                or not label.rest.rstrip().endswith((".", ":")) or not self.numbering.fits(label) \
                or re.match(r"\d{1,2}\.?\)", label.rest):
            return None  # (a number written twice, "2\\. 2.) Die beiden …": left a doubt)
        return label

    def _reclaim_lead_of_double_letter_items(self, quoted: str, block: Block) -> bool:
        """"Ja." / "a\\) Welche besonderen Maßnahmen … in Bezug auf" / "> aa) den Kundenservice?":
        the escaped lettered lead kept at the end of the answer to question 15, right before
        its first double-letter item, is question 15a with its items (``double_letter_items``),
        not answer text. Only where answer text stands before it and nothing between."""
        kind, index = self.target
        parts = self.answer_parts.get(index) if kind == "answer" else None
        if not parts or len(parts) < 2 or self.context or self.quoted_context:
            return False
        lead = double_letter_items.open_letter_lead(parts[-1])
        if lead is None or not double_letter_items.opens_items_of(lead[0], quoted):
            return False
        label = layouts.Label(lead[0], "letter", lead[1])
        if not self.numbering.fits(label):
            return False
        del parts[-1]
        self._question(layouts.Label(lead[0], "letter", f"{lead[1]}\n\n{quoted}"), block)
        return True

    def _reclaim_escaped_lead(self, quoted: str, escaped_lead: tuple | None) -> bool:
        """The escaped lead ("15\\) Laut Zeitung … verfolgen.") right before its first item
        "> a) Welche sind dies?": the lead and the item are question 15, as for a lead the
        importer left unescaped (``_reclaim_lead_in_of_quoted_question``), and the items after
        it go on as 15b, 15c. Only the block right before the quote, and only its item a)."""
        if escaped_lead is None:
            return False
        digits, letter, _rest = layouts.quoted_label(quoted)
        if digits == escaped_lead[3].number and letter == "a" and not self.quoted_context:
            return self._lead_as_context_of_first_item(escaped_lead)
        kept, self.passed_over = self.passed_over, escaped_lead
        if self._reclaim_lead_in_of_quoted_question(quoted):
            self.inq.issues = [i for i in self.inq.issues if not (
                i.line == escaped_lead[4].line and "labelled as the next question" in i.reason)]
            return True
        self.passed_over = kept
        return False

    def _lead_as_context_of_first_item(self, escaped_lead: tuple) -> bool:
        """"21\\) Nach dem Beitrag im SWR … bestätigt." right before "> 21a) Trifft dies zu?":
        the item carries its number itself, so the lead is its context (as the askers' words
        before a question are), not the end of the answer before it. Goes on to read the quote
        (False)."""
        _kind, index, position, _label, block = escaped_lead
        parts = self.answer_parts.get(index)
        if parts is None or position != len(parts) - 1 or parts[position] != block.text.strip():
            return False
        del parts[position:]
        self.context.append(layouts.unescaped(block.text.strip()))
        return False

    def _doubled_lead_as_context(self, quoted: str) -> None:
        """"2. 2.) Die drei Anlagen … Es fehlt also an Wind." kept at the end of answer 1,
        right before "> 2.a) Welche Auslastung …?": the askers' lead of item 2, the context of
        question 2a (``numbered_leads``), not answer text. Only the paragraph right before the
        quote, nothing of the askers' between."""
        if self.passed_over is None or self.quoted_context or self.context:
            return
        kind, index, position, passed, block = self.passed_over
        parts = self.answer_parts.get(index) if kind == "answer" else None
        if parts is None or position != len(parts) - 1 or parts[position] != block.text.strip() \
                or not numbered_leads.is_lead_of_first_item(passed, quoted, self.inq.questions):
            return
        del parts[position:]
        self.inq.issues = [i for i in self.inq.issues
                           if not (i.line == block.line and "labelled as the next question" in i.reason)]
        self.passed_over = None
        self.context.append(passed.rest.strip())

    def _askers_rest_of_lead(self, lead: str) -> str:
        """"7. Von Unternehmensseite … die über Monate in stets" (stopping mid-sentence), then
        the askers' words "> Fragesteller: wechselnde Anforderungen …:" (going on in lower
        case, ending in ":"), then "> a) …?": the quote is the rest of the labelled lead;
        "" where the askers' words are anything else."""
        if len(self.quoted_context) != 1 or self.context != self.quoted_context:
            return ""
        words = self.quoted_context[0].strip()
        if lead.endswith((".", ":", "?", "!", ";")) or not words[:1].islower() or not words.endswith(":"):
            return ""
        return words

    def _open_section_of_quoted_question(self, quoted: str) -> None:
        """"B. Laut Polizei sollen solche Aktionen das Sicherheitsgefühl stärken." (the next
        capital letter, on text that asks nothing, so it was kept as text) right before
        "> 1. Warum finden sie so selten statt?": the letter opens its section, whose
        numbers restart ("B.1", "B.2"); its statement is the context of the section's first
        question, not answer text. Only the paragraph right before the quote, and only
        where the quote is the section's question 1."""
        if self.passed_over is None:
            return
        passed = self.passed_over[3]
        digits, letter, _rest = layouts.quoted_label(quoted)
        if passed.style != "upper" or digits != "1" or letter or layouts.asks(passed.rest) \
                or not self.numbering.fits(passed):
            return
        if self._passed_over_as_context(with_intro=False):
            self.numbering.accept(passed)
            self.target = ("context", 0)

    def _quoted_section_question(self, block: Block) -> layouts.Label | None:
        """"> B1. Aus welchen Zahlen …?": a question numbered under its section's letter,
        quoted by the importer (found in the inquiry as "1."): its label still counts where
        it continues the numbering."""
        if block.kind != "blockquote" or layouts.askers_quote(block.text.strip()) is not None:
            return None
        label = layouts.question_label(re.sub(r"^>\s?", "", block.text.strip()))
        return label if label is not None and label.style == "section" and self.numbering.fits(label) else None

    def _open_section_of_numbered_question(self, label: layouts.Label) -> None:
        """"B. Stimmen die Zahlen …, dürfte es keine Knappheit geben." (the section's
        capital letter on text that asks nothing, kept as text) right before "B1. Aus
        welchen Zahlen …?": the askers' statement that opens section B, the context of its
        first question, not the end of the answer before it (nor the introduction)."""
        if self.passed_over is None or not label.number.endswith(".1"):
            return
        passed = self.passed_over[3]
        if passed.style != "upper" or passed.number != label.number[0] or layouts.asks(passed.rest):
            return
        self._passed_over_as_context(with_intro=True)

    def _passed_over_as_context(self, with_intro: bool) -> bool:
        """The paragraph passed over as no question (still the last part of the answer, or of
        the introduction, it went to) becomes the context of the next question, and its doubt
        "labelled as the next question" is dropped. False where it is no longer there."""
        kind, index, position, _passed, block = self.passed_over
        parts = self.answer_parts.get(index) if kind == "answer" \
            else self.intro_parts if with_intro and kind == "intro" else None
        if parts is None or position != len(parts) - 1 or parts[position] != block.text.strip():
            return False
        del parts[position:]
        self.inq.issues = [i for i in self.inq.issues
                           if not (i.line == block.line and "labelled as the next question" in i.reason)]
        self.passed_over = None
        self.context.append(block.text.strip())
        return True

    def _open_letter_section(self, heading: layouts.Label, text: str) -> None:
        """"B) Zum privaten Gebäudebestand:" right before "1) Wie viele …?" in a document that
        heads every section so (``letter_sections.py``): the letter opens its section, the
        numbers restart under it ("B.1"), and the heading is the context of its first
        question, not answer text."""
        self.passed_over = None
        self.numbering.accept(heading)
        self.context.append(text)
        self.target = ("context", 0)

    def _next_letter(self, letter: str, digits: str) -> bool:
        """"> d. Werden …?" right after question 4c: the letter after the current one."""
        if not letter or digits or self.target[0] != "question":
            return False
        current = self.inq.questions[self.target[1]].number
        return current[-1:].isalpha() and ord(letter.lower()) == ord(current[-1].lower()) + 1

    def _quoted_question(self, text: str, block: Block) -> None:
        """A question the document does not number, quoted by the importer; a label inside
        the quote ("b. …", "1 b) …") still gives its number when it is free."""
        digits, letter, rest = layouts.quoted_label(text)
        if digits.isdigit() and not letter and (m := re.search(rf"\?\s+{int(digits) + 1}\.\s+(?=[A-ZÄÖÜ])", rest)) \
                and (label := layouts.question_label(rest[m.start() + 1:].strip())) is not None \
                and layouts.label_asks(label.rest) and layouts.is_bare_question(label.rest):
            # "> 1. Wäre dies nicht ein Anlass …? 2. Könnten Kontrollen …?": two questions
            # one after the other, run into one line by extraction: each is a question
            self._quoted_question(f"{digits}. {rest[:m.start() + 1]}", block)
            return self._quoted_question(rest[m.start() + 1:].strip(), block)
        top = digits or (str(self.numbering.top) if self.numbering.top is not None
                         and not self._after_unnumbered_question() else "")
        number = f"{top}{letter}" if letter and top else digits
        if not number and (unread := self._unread_label_as_number(text)) is not None:
            # "> J) Welche …?" right after question I, "> II. Wie hoch …?" after questions 1 to 3
            return self._question(unread, block)
        if not number or not self._fitting_sub_number(digits):
            number, rest = "", text
        elif any(q.number == number for q in self.inq.questions):
            # "> 1. In welchen …?" under "Zum Thema Leiharbeit:" after questions 1 to 4: a
            # section restarting its numbers; the number is taken, so the question keeps none,
            # and the label is no part of its text (a letter is kept: "a) …" still shows
            # which item it is)
            number = ""
            rest = rest if digits and not letter else text
        if number and (digits or letter) and (digits or self.numbering.top is not None):
            number = self.numbering.accept(layouts.Label(number, "dot", rest))  # keep the count going
        self._question(layouts.Label(number, "quoted", rest), block)

    def _after_unnumbered_question(self) -> bool:
        """"> b. Hat die Polizei …?" right after a question kept without a number (a section
        restarting its numbers, "> 2. Hatte …?" after questions 1 to 7): the letter is that
        question's item, not one of the last number read (7b); it keeps no number either."""
        return bool(self.inq.questions) and not self.inq.questions[-1].number

    def _unread_label_as_number(self, quoted: str) -> layouts.Label | None:
        """The question's label and text for a quote whose label the quote's label reading
        does not take, where the label settles its number: the capital letter right after the
        last question's ("> J) Welche …?" after question I: the labelled questions go on
        quoted), or a Roman numeral from "II" on among questions numbered by figures ("> II.
        Wie hoch …?" after questions 1 to 3, under the heading "I. …"); the number free, the
        text opening as a question ("H. Sonstiges 1. Warum …?" heads a section). None otherwise (the question keeps no number and its label stays in its text)."""
        unread = quoted_labels.unread_label(quoted)
        if unread is None or not self.inq.questions or any(q.number == unread.number for q in self.inq.questions):
            return None
        last = self.inq.questions[-1].number
        if quoted_labels.opens_next_section(unread, last) and self.numbering.upper == last[0] \
                and self.numbering.roman is None:
            # "> D. Die Firma … System?" after C.3: section D opens, its numbers restart
            self.numbering.accept(layouts.Label(unread.number, "upper", unread.rest))
            return layouts.Label(unread.number, "quoted", unread.rest)
        if not layouts.starts_asking(unread.rest):
            return None
        if unread.style == "upper" and _follows(last, unread.number):
            return layouts.Label(unread.number, "quoted", unread.rest)
        if unread.style == "roman" and all(q.number.isdigit() for q in self.inq.questions if q.number):
            return layouts.Label(unread.number, "quoted", unread.rest)
        return None

    def _moved_up_question(self, quoted: str) -> layouts.Label | None:
        """"> D. Wie sieht …?" right after question B, D neither read yet nor labelled anywhere
        else: the inquiry's question D, moved up under B (``quoted_labels.moved_up_question``)."""
        current = self.inq.questions[self.target[1]]
        return quoted_labels.moved_up_question(quoted, current.text, current.number,
                                               [q.number for q in self.inq.questions], self.block_texts)

    def _doubt_unread_label(self, quoted: str, block: Block) -> None:
        """"> D. Wie sieht …?" right after question B: a quote carrying a label the quote's
        label reading does not take (a capital letter, a Roman numeral, "1.5.1.") would be
        kept silently as the rest of the question before; the document may ask it as a
        question of its own (answered together with B, or not at all): recorded (a letter
        moved up and read nowhere else is a question: ``_moved_up_question``)."""
        current = self.inq.questions[self.target[1]]
        if (label := quoted_labels.unread_label(quoted, current.text)) is not None:
            self.inq.issues.append(ParseIssue(
                "questions", f"a quoted question labelled {label.number!r} is kept as the rest of question "
                f"{current.number or current.position}: its label is not read: {quoted[:60]!r}", block.line))

    def _fitting_sub_number(self, digits: str) -> bool:
        """A quoted sub-number ("> 1.2. Welche …?") counts only where the numbering
        expects it: "> 1.7 …" after "1. … 1.1 … 1.6 …" in one paragraph is its rest. "> 1.2." right
        after question 1 that has no sub-questions counts too: the askers numbered "1.", "1.2.",
        "2.", their "1." standing for 1.1, or question 1 holds their "1.1." in its text
        ("Gesamtverschuldung: 1.1. Wie …?"); the label is the document's own."""
        return "." not in digits or self.numbering.fits(layouts.Label(digits, "dot", "")) \
            or (self.numbering.top is not None and self.numbering.sub is None
                and digits.rstrip(".") == f"{self.numbering.top}.2")

    def _letter_behind_list_marker(self, label: layouts.Label | None) -> layouts.Label | None:
        """"1. c) Wann wird …?" where the questions so far are lettered only ("a) …? b) …"):
        the "1." is a list marker the answer document put before the item's own letter,
        which counts (as in "1. 8. Wie …?"); elsewhere "7. a)" stays question 7a."""
        if label is None or label.style != "dot" or not re.fullmatch(r"1[b-z]", label.number) \
                or self.numbering.top is not None or self.numbering.upper is not None \
                or not self.inq.questions or not re.fullmatch(r"[a-z]", self.inq.questions[-1].number):
            return label
        return layouts.Label(label.number[1], "letter", label.rest)

    def _continues_inline_letters(self, label: layouts.Label) -> bool:
        """"4. Wie …? a) Wer …?" then "b) …?": the sub-questions began inside question 4."""
        if label.style != "letter" or label.number == "a" or not self.inq.questions:
            return False
        previous = chr(ord(label.number) - 1)
        asked = self.inq.questions[-1].text
        if re.search(rf"(?:^|\s){previous}\)\s", asked) or previous in layouts.inline_items(asked):
            self.numbering.sub = previous
            return layouts.is_question_like(label.rest) or self._item_of_asking_lead(label)
        return False

    def _item_of_asking_lead(self, label: layouts.Label) -> bool:
        """"1. Wie ist die Überprüfung … organisiert im Hinblick auf: a) Betriebssicherheit der
        Gerätschaften", its answer, then "b) Spielsicherheit" (written as labelled, unescaped:
        the importer found it with its label in the inquiry) and its answer: the items of a
        question whose lead asks, each answered in turn. The item after the last one read
        (inside the question, or as the sub-question just before) is the next sub-question,
        though it asks nothing by itself. Not a letter the question holds itself (an answer
        that takes up the question's items divides itself)."""
        if label.style != "letter" or label.number == "a" or self.numbering.top is None:
            return False
        top = str(self.numbering.top)
        parents = [q for q in self.inq.questions if q.number == top]
        if not parents:
            return False
        parent = parents[-1].text
        first = _FIRST_ITEM.search(layouts.unescaped(parent))
        held = layouts.inline_items(parent)
        if first is None or not layouts.is_question_like(layouts.unescaped(parent)[:first.start()].strip()) \
                or label.number in held:
            return False
        previous = chr(ord(label.number) - 1)
        last = self.inq.questions[-1]
        return last.number == f"{top}{previous}" or (last.number == top and previous in held)

    def _continues_question(self, block: Block, text: str) -> bool:
        """A question set out over two paragraphs, before any answer text: "5. Weiterhin
        gibt es …:" then "Wurden solche …?", or "3. Gibt es …?" then "Wenn ja, welche?".
        (Not where unlabelled questions follow each other: there each is a question.) So
        does a list item that asks, under a question that does not ask yet: "2. Wie viele
        haben eine" then "- Duldung?". Not a paragraph that opens with a finished statement
        ("Aktuell gibt es … WLAN-Zugang. 1.2. Verfügen …?"): answer text, the next question
        run onto its end (``stated_then_asked``)."""
        if self.target[0] != "question" or block.kind not in ("paragraph", "bullet_list"):
            return False
        if not layouts.is_bare_question(text) or layouts.question_label(text) is not None:
            return False
        if block.kind == "paragraph" and stated_then_asked.states_then_asks(text):
            return False
        current = self.inq.questions[self.target[1]].text.rstrip()
        if block.kind == "bullet_list":
            return not current.endswith("?")
        return not current.endswith("?") or not self.bare_questions

    def _table_for_answered_questions(self, text: str) -> tuple[str, list[str], str] | None:
        """"Tabelle zu Frage 1 und 1a.) Stand …" after answer 7: the table of answers given
        before, which the document placed after its last answer; not one the answer just
        given heads with its own questions."""
        table = misplaced_tables.table_heading(text)
        if table is None or self.target[0] != "answer" or not self._all_asked(table[1]):
            return None
        current = {q.number for q in self.inq.questions if q.answer == self.target[1]}
        answered = {q.number for q in self.inq.questions if q.answer is not None}
        return table if set(table[1]) <= answered and not set(table[1]) & current else None

    def _all_asked(self, numbers: list[str]) -> bool:
        """Every question a header names ("Zu Punkt A und B:") was asked before it; a
        capital letter that names no question is not taken for a header."""
        return set(numbers) <= {q.number for q in self.inq.questions}

    def _inline_subs(self, numbers: list[str]) -> bool:
        """"Zu 2 a:" right after "2. Welche …? a. Bitte …": sub-questions asked inside the
        question just asked, which the walk did not read as questions of their own."""
        if self.target[0] != "question" and not (self.target[0] == "answer" and self.inq.questions):
            return False
        parent = self.inq.questions[-1].number if self.inq.questions else ""
        return all(checks.is_sub_number(n, parent) for n in numbers)

    def _asks_next(self, block: Block | None) -> bool:
        """Is ``block`` a question (labelled so that it continues the numbering, or quoted)?"""
        return block is not None and (self._is_question_block(block)
                                      or layouts.quoted_question(block.kind, block.text.strip()) is not None)

    def _is_question_block(self, block: Block) -> bool:
        label = layouts.question_label(block.text.strip())
        return bool(label and self.numbering.fits(label) and layouts.label_asks(label.rest))

    # -- actions -----------------------------------------------------------------
    def _reclaim_lead_in(self) -> None:
        """"1. Gibt es …?" / "Wenn nein:" / "2. Ist die Stadt bereit …?": a lone text ending
        in ":" right before a question leads into it; it is not the answer to the last."""
        kind, index = self.target
        parts = self.answer_parts.get(index, [])
        if kind != "answer" or index not in self.implicit or len(parts) != 1:
            return
        lead = parts[0].rstrip()
        if not lead.endswith(":") or len(lead) > 60 or "." in lead:  # "Wenn nein:", not a sentence
            return
        self.context.append(parts.pop())
        self.dropped.add(index)
        for q in self.inq.questions:
            if q.answer == index:
                q.answer = None
        # "Wenn nein:" alone: the questions before and after it stand one after another
        self._reclaimed_condition = layouts.is_bare_condition(lead)

    def _question(self, label: layouts.Label, block: Block) -> None:
        self._heading_as_context(label)
        self._reclaimed_condition = False
        self._reclaim_lead_in()
        self.passed_over = None
        self.lettered = {}
        # A question right after a question (no answer, preamble or heading between)
        # continues the run that the next answer text answers together; the first
        # sub-question of a lead-in ("2. Wie viele …?" then "2.1 Im …?") starts a run.
        # A bare condition between them ("Wenn nein:") is the next question's: no break.
        continues_run = (self.target[0] == "question" or self._reclaimed_condition) and (
            not self.context or [layouts.is_bare_condition(c) for c in self.context] == [True])
        number = label.number if label.style in ("bare", "quoted") or self._fills_skipped_number(label) \
            else self.numbering.accept(label)
        if continues_run and checks.is_sub_number(number, self.inq.questions[-1].number) \
                and not re.fullmatch(r"[A-Z]\.\d+", number) \
                and not lead_items.goes_on_from_first_item(self.inq.questions[-1], number):
            # (not a section's first question, "B." then "1." stored as "B.1": the section
            # letter's own text asks too, and the answer after the run answers it as well)
            continues_run = False
        if continues_run and checks.is_sub_number(number, self.inq.questions[-1].number) \
                and reported_questions.only_relays_a_raised_question(self.inq.questions[-1].text):
            # "C. … wenn in der Öffentlichkeit die Frage aufkommt „Was passiert, wenn …?“" then
            # "1. Wie hoch …?": the section asks nothing itself; it leads into its sub-questions,
            # answered through them, and does not share the first one's answer
            continues_run = False
        if number and any(q.number == number for q in self.inq.questions):
            self.inq.issues.append(ParseIssue("questions", f"question number {number} occurs twice", block.line))
        self.inq.questions.append(Question(
            position=len(self.inq.questions) + 1, number=number,
            text=quoted_labels.without_own_heading(layouts.question_text(label.rest), number),
            line=block.line,
            context="\n\n".join(self.context)))
        self.context = []
        self.quoted_context = []
        self.target = ("question", len(self.inq.questions) - 1)
        question = self.inq.questions[-1]
        if (short := _SHORT_ANSWER.search(question.text)) and not _INLINE_SUB_LABEL.search(question.text):
            # "Gibt es sonstige Bestrebungen …? Nein.": the answer run into its question (not
            # where the question holds its sub-questions, "… a) Wann? b) Ist … geplant? Nein":
            # that answers the last of them only)
            question.text = question.text[:short.start() + 1]
            index = self._new_answer(block, [len(self.inq.questions) - 1])
            self.implicit.add(index)
            self.answer_parts[index].append(short.group(1))
            self.last_was_question = False
            return
        if not continues_run:
            self.run_start = len(self.inq.questions) - 1
        self.last_was_question = True

    def _heading_as_context(self, label: layouts.Label) -> None:
        """"7.) Fragen zu den vertraglichen Vereinbarungen:" ending answer 6, then (after the
        askers' words, if any) question 7: the askers' heading of question 7, its context
        (``numbered_leads``). Only the answer's last paragraph, never its only one."""
        kind, index = self.target
        parts = self.answer_parts.get(index) if kind == "answer" else None
        if parts is None or len(parts) < 2 or self.context != self.quoted_context \
                or label.style not in ("dot", "paren", "quoted") \
                or not numbered_leads.is_heading_of_question(parts[-1], label.number):
            return
        self.context.insert(0, layouts.unescaped(parts.pop().strip()))
        if self.quoted_context:
            self.quoted_context.insert(0, self.context[0])

    def _new_answer(self, block: Block, question_indexes: list[int], grouping: str | None = None) -> int:
        self.inq.answers.append(Answer(text="", line=block.line, grouping=grouping))
        index = len(self.inq.answers) - 1
        self.answer_parts[index] = []
        for qi in question_indexes:
            question = self.inq.questions[qi]
            if question.answer is not None:
                self.inq.issues.append(ParseIssue("answers", f"question {question.number} "
                                                  "is answered twice; the later answer is kept", block.line))
            question.answer = index
        self.target = ("answer", index)
        return index

    def _explicit_answer(self, numbers: list[str], rest: str, block: Block, following: Block | None = None) -> None:
        self.lettered = {}  # a header names its questions itself
        if self._answers_inline_items(numbers, block):
            return None
        if self._question_and_answer_after_header(numbers, rest, block):
            return None
        known = {q.number for q in self.inq.questions}
        if not rest and not known & set(numbers) and (self._asks_next(following) or self._inline_subs(numbers)):
            # "Zu Fragen 1, 2 und 3" above the questions it names: their joint answer
            # starts after the last of them. (Followed by text instead, "Zu 2:" names a
            # question the document does not contain: recorded below; unless it names
            # sub-questions asked inside the question before, "Zu 2 a:" after "2. … a. …?")
            self.pending_joint = numbers
            return
        indexes = [i for i in (self._question_index(n, block) for n in numbers) if i is not None]
        if self.target[0] == "question" and self.target[1] in indexes and self.quoted_context \
                and self.context == self.quoted_context:
            # "> a. Welche Kosten …?" / "> Fragesteller: Bitte um Auflistung …" / "Zu 5. + 5a:":
            # the askers' words between their question and the header that answers it
            # are the question's rest, no lead-in to a question still to come
            self._join_askers_remark_to_question(self.target[1])
        announced = bool(_ANSWER_TO_QUESTION.match(block.text.strip()))
        if self._header_goes_on_with_answer(indexes, block):
            if rest:
                self.answer_parts[self.target[1]].append(rest)
            return
        for qi in indexes:
            self._reclaim_implicit_answer(qi, announced)
        index = self._new_answer(block, indexes, "stated")
        if rest:
            self.answer_parts[index].append(rest)

    def _question_and_answer_after_header(self, numbers: list[str], rest: str, block: Block) -> bool:
        """"Zu Frage 5: Was tut …? In Absprache … veröffentlicht …" after questions 1 to 4:
        the header names the next question, which the document asks only here, and runs its
        answer into the same paragraph. Question 5 and its (stated) answer. Only for the
        number that continues the numbering, after questions were read (not a header that
        names a question the document copies later, "Zu 1. Gibt es …? Antw.: …")."""
        if len(numbers) != 1 or not self.inq.questions or any(q.number == numbers[0] for q in self.inq.questions):
            return False
        label = layouts.Label(numbers[0], "dot", rest)
        if not numbers[0].isdigit() or not self.numbering.fits(label) \
                or (parts := layouts.question_run_into_answer(rest)) is None:
            return False
        self._question(layouts.Label(numbers[0], "dot", parts[0]), block)
        index = self._new_answer(block, [len(self.inq.questions) - 1], "stated")
        self.answer_parts[index].append(parts[1])
        self.last_was_question = False
        return True

    def _answers_inline_items(self, numbers: list[str], block: Block) -> bool:
        """"3. Gibt es …? a. Wenn ja, …? b. Warum …?" then "Zu 3 a:", "Zu Punkt 3b:" or "Zu 4a)
        Nein, …": the header names items that question 3 holds inside its own paragraph (no
        question 3a was read). It heads a part of that question's answer and stays in it as
        written; it names no question the document lacks. (Not where question 3 already has
        an answer that is not the one being written.)"""
        parents = {n[:-1] for n in numbers}
        known = {q.number for q in self.inq.questions}
        if len(parents) != 1 or known & set(numbers) or not all(n[-1:].isalpha() for n in numbers):
            return False
        parent = parents.pop()
        index = next((i for i, q in enumerate(self.inq.questions) if q.number == parent), None)
        if index is None or not all(n[-1] in layouts.inline_items(self.inq.questions[index].text) for n in numbers):
            return False
        answer = self.inq.questions[index].answer
        if answer is None:
            self._new_answer(block, [index], "stated")
        elif self.target != ("answer", answer):
            return False
        self.answer_parts[self.target[1]].append(block.text.strip())
        return True

    def _header_goes_on_with_answer(self, indexes: list[int], block: Block) -> bool:
        """"2. Wie viele …?" / "Zurzeit 40." / "3. Wie viele Heime …?" / "Die Stadt betreibt
        zwei Heime …" / "zu 3.:" / "Das Land betreibt …": a header naming, alone, the question whose answer
        (the text right under it, unannounced) is being read. Where the document answers
        the questions before it the same way, each right under its question, that text
        states something and asks nothing, it is the opening of the answer and the header
        goes on with it (a second office's part). Otherwise it may as well be the askers'
        explanation (those words their inquiry has the import quotes, ``askers_words``, but
        not every paper has the inquiry): kept apart as read (``_reclaim_implicit_answer``)
        and doubted. Not where the question ends in ":" (the text is its rest) or the text
        is the form's "Kurzfassung" (the administration's remarks): no doubt there."""
        if len(indexes) != 1:
            return False
        question = self.inq.questions[indexes[0]]
        a = question.answer
        if a is None or a not in self.implicit or self.target != ("answer", a) \
                or [q for q in self.inq.questions if q.answer == a] != [question]:
            return False
        text = "\n\n".join(self.answer_parts[a])
        if question.text.rstrip().endswith(":") or text.startswith("Kurzfassung"):
            return False  # the question's rest; the form's summary, the administration's remarks
        if "?" in text or not layouts.states_something(text) or not self._answered_under_each_question(indexes[0]):
            self.inq.issues.append(ParseIssue("answers", f"the header naming question {question.number} follows "
                                              "text under that question: the opening of its answer or the "
                                              "askers' explanation", block.line))
            return False
        self.implicit.discard(a)
        return True

    def _answered_under_each_question(self, qi: int) -> bool:
        """Has every question before ``qi`` (at least one) its own answer read right under
        it, unannounced (the document's layout: each answer under its question)?"""
        before = self.inq.questions[:qi]
        return bool(before) and all(
            q.answer is not None and q.answer in self.implicit
            and sum(1 for other in self.inq.questions if other.answer == q.answer) == 1
            for q in before)

    def _reclaim_implicit_answer(self, qi: int, announced: bool = False) -> None:
        """"1. Welcher Aufwand entsteht für: / - Vorprüfungen / …" then "Zu Fragen 1 bis 3:":
        the text read as the answer to question 1 was the rest of the question. So is
        "## Stellungnahme" (one answer to all questions) the administration's remarks once
        "Antwort zu Frage 1" stands in it: the answer divides itself by announcing the answer
        to each question, and what came before the first such header ("Kurzfassung …")
        answers none of them. (Not "Zu Punkt 1:", which may name a point of the askers'
        reasons: such an answer stays undivided and doubted, reading audit 5.)"""
        question = self.inq.questions[qi]
        a = question.answer
        whole = announced and a is not None and self.inq.answers[a].grouping == "whole" \
            and self.target == ("answer", a)
        if a is None or (a not in self.implicit and not whole):
            return
        sharing = [q for q in self.inq.questions if q.answer == a]
        if not whole and len(sharing) == 1 and question.text.rstrip().endswith(":"):
            question.text = "\n\n".join([question.text, *self.answer_parts[a]])
        else:  # the administration's general remarks before its answers ("Kurzfassung …")
            self.inq.preambles.append(Preamble("Erläuterungen der Verwaltung", "answering",
                                               "", self.inq.answers[a].line))
            self.preamble_parts[len(self.inq.preambles) - 1] = self.answer_parts[a]
        self.answer_parts[a] = []
        self.dropped.add(a)
        for q in sharing:
            q.answer = None

    def _question_index(self, number: str, block: Block) -> int | None:
        for wanted in (number, self._in_open_section(number)):
            for i, q in enumerate(self.inq.questions):
                if q.number == wanted:
                    return i
        self.named_unasked.add(number)
        self.inq.issues.append(ParseIssue("answers", f"answer names question {number}, "
                                          "which the document does not contain", block.line))
        return None

    def _in_open_section(self, number: str) -> str | None:
        """"Antwort zu 1. und 2." after "B. …?", "1. …?", "2. …?", where the numbers restart
        under each capital letter and the document has no question "1" of its own: a bare
        number names the question of that number in the section just asked (B.1), as a
        pointer does (``checks._in_section``); never a question of another section."""
        if not number.isdigit() or not self.inq.questions:
            return None
        section = self.inq.questions[-1].number.split(".")[0]
        return f"{section}.{number}" if re.fullmatch(r"[A-Z]", section) else None

    def _joint(self, numbers: list[str], text: str, block: Block) -> None:
        if numbers:
            indexes = [self._question_index(n, block) for n in numbers]
            indexes = [i for i in indexes if i is not None]
        else:  # "Diese Fragen …": the run of unanswered questions just before
            indexes = self._unanswered_before()
        if len(indexes) < 2:
            self.inq.issues.append(ParseIssue("answers", "joint answer whose questions "
                                              "cannot be determined", block.line))
        if self.target[0] == "answer" and not numbers:
            return self._content(text, block)
        index = self._new_answer(block, indexes, "stated")
        self.answer_parts[index].append(text)

    def _unanswered_before(self) -> list[int]:
        """The questions asked since the last one answered (not those left unrepeated)."""
        indexes: list[int] = []
        for i in range(len(self.inq.questions) - 1, -1, -1):
            if self.inq.questions[i].answer is not None:
                break
            if i not in self.unrepeated:
                indexes.insert(0, i)
        return indexes

    def _whole_answer(self, block: Block) -> None:
        """"## Stellungnahme" after the questions: one answer to all of them together,
        as the document gives it. Where some question already has its own answer, which
        questions the rest answers is not settled: kept whole, unpaired, and recorded.
        (``finish`` also unpairs it when the text turns out to be divided after all.)"""
        questions = self.inq.questions
        if any(q.answer is not None for q in questions):
            self._new_answer(block, [])
            self.inq.issues.append(ParseIssue("answers", _UNDIVIDED, block.line))
            return
        self._new_answer(block, [i for i in range(len(questions)) if i not in self.unrepeated], "whole")

    def _unpair_divided_whole_answers(self) -> None:
        """A "whole" answer that repeats questions or labels its parts ("1.)", "A)")
        answers them one by one in a way this reading did not follow: pairing every
        question with all of it would be wrong, so it is kept unpaired and recorded."""
        for index, answer in enumerate(list(self.inq.answers)):  # (not the answers divided off)
            asked_after = any(q.line > answer.line for q in self.inq.questions)
            if answer.grouping == "whole" and not asked_after and self._divide_by_the_questions_labels(index):
                continue
            if answer.grouping == "whole" and (asked_after or layouts.divides_by_question(self.answer_parts.get(index, []))):
                answer.grouping = None
                for q in self.inq.questions:
                    if q.answer == index:
                        q.answer = None
                self.inq.issues.append(ParseIssue("answers", _UNDIVIDED, answer.line))

    def _divide_by_the_questions_labels(self, index: int) -> bool:
        """"## Stellungnahme" then "A. Für die Nutzung …", "B. Fördermittel können …",
        … : the answer divides itself by the questions' own labels, each once, in the
        order asked, and repeats no question. Each labelled part (with the unlabelled
        paragraphs after it) is then its question's answer, and what comes before the
        first label the administration's remarks. Only with three questions or more: two
        labels may as well be the administration's own list ("1. Markierung 2. Ampel")."""
        questions = self.inq.questions
        parts = layouts.split_run_in_sections(self.answer_parts.get(index, []), [q.number for q in questions])
        preface, sections = layouts.labelled_sections(parts)
        numbers = [q.number for q in questions]
        groups = [[i] for i in range(len(questions))] if [label for label, _ in sections] == numbers \
            else restated_joint.joint_sections(numbers, [q.text for q in questions], sections)
        if len(questions) < 3 or groups is None:
            return False
        if any("?" in part for part in parts):
            return False
        answer = self.inq.answers[index]
        if preface:
            self.inq.preambles.append(Preamble("Erläuterungen der Verwaltung", "answering",
                                               "\n\n".join(preface), answer.line))
        for position, (group, (_label, paragraphs)) in enumerate(zip(groups, sections, strict=True)):
            # a part whose heading restates the next question answers both ("stated")
            grouping = "stated" if len(group) > 1 else None
            if position == 0:  # the first part keeps the whole answer's row
                answer.text, answer.grouping = "\n\n".join(paragraphs), grouping
                target = index
            else:
                self.inq.answers.append(Answer(text="\n\n".join(paragraphs), line=answer.line, grouping=grouping))
                target = len(self.inq.answers) - 1
            for i in group:
                questions[i].answer = target
        return True

    def _pending_joint_complete(self) -> bool:
        known = {q.number for q in self.inq.questions}
        return bool(self.pending_joint) and set(self.pending_joint) <= known

    def _unanswered_run(self, index: int) -> list[int]:
        """The questions the first answer text after question ``index`` answers: the
        unanswered questions asked one right after another up to it ("1. …? 2. …?" then
        one answer), and the unanswered questions a follow-up ("Wenn ja, …?") goes back to."""
        questions = self.inq.questions
        start = min(self.run_start, index)
        while start > 0 and layouts.is_follow_up(questions[start].text) and questions[start - 1].answer is None:
            start -= 1
        run = [i for i in range(start, index + 1)
               if (questions[i].answer is None and i not in self.unrepeated) or i == index]
        # A question that may hold its own answer ("Soll …? Nein."), or an item that asks
        # nothing by itself ("1. für die Gebäudewirtschaft,"), ends no run: the answer
        # text after it is not shown to be its answer. The askers' request worded as a
        # statement ("> Ersuchen: 1. Die Stadtverwaltung legt dar, …") asks.
        for position in range(len(run) - 1, 0, -1):
            text = questions[run[position - 1]].text
            if self._may_hold_its_answer(run[position - 1]) \
                    or not (layouts.is_question_like(text) or run[position - 1] in self.requests):
                run = run[position:]
                break
        # A conditional question ("Falls 1. mit Ja …") whose own antecedent is not in the
        # run may have been skipped: the run starts after it. Not the first branch of an
        # either-or that the answer follows ("Wenn ja, welches?" / "Wenn nein, warum
        # nicht?"): one branch always applies, and the answer is the answer to both. (The
        # second branch goes back to the question before the first, not to the first.)
        for position in range(len(run) - 1, 0, -1):
            if self._either_or_before_answer(run, position - 1):
                continue
            if self._may_be_skipped(run, position - 1):
                run = run[position:]
                break
        return run

    def _with_conditional_the_answer_says_yes_to(self, run: list[int], text: str) -> list[int]:
        """"a) Falls ja, fallen Gebühren an? …" / "b) Welche Rechtsgrundlage …?" / "Ja, es
        fallen Gebühren an. …": the conditional question that opened the run was left out
        (it may have been skipped), but the answer opens with yes or no while every question
        of the run asks with a question word, so that yes or no answers the conditional
        question: it shares the answer. Only a conditional question asked right before the
        run, in the same run of questions, that is answered with yes or no itself."""
        first = run[0] - 1
        questions = self.inq.questions
        if first < self.run_start or questions[first].answer is not None or first in self.unrepeated:
            return run
        if not (layouts.conditional_yes_no_question(questions[first].text)
                and not self._may_hold_its_answer(first)
                and layouts.opens_with_yes_or_no(text)
                and all(layouts.asks_with_w_word(questions[i].text) for i in run)):
            return run
        return [first, *run]

    def _may_hold_its_answer(self, index: int) -> bool:
        """"Soll …? Nein.": question ``index`` may hold its answer after its "?" — not where
        the importer found the whole question, that statement included, in the inquiry
        ("3. Wie ist die Wartung … geregelt? Die Uhr … ist schon länger nicht aktiv."): the
        statement is the askers' own."""
        question = self.inq.questions[index]
        return layouts.may_hold_its_answer(question.text) and question.line not in self.as_asked

    def _may_be_skipped(self, run: list[int], position: int) -> bool:
        """A conditional question whose antecedent is not the question before it in the
        run: the first of the run, after a gap, or after the other branch of its either-or."""
        i = run[position]
        questions = self.inq.questions
        if not layouts.is_conditional(questions[i].text):
            return False
        if position == 0 or run[position - 1] != i - 1:
            return True
        return layouts.are_either_or(questions[i - 1].text, questions[i].text)

    def _either_or_before_answer(self, run: list[int], position: int) -> bool:
        """The question at ``position`` and the last of the run are the two branches of
        one either-or, asked one right after the other just before the answer."""
        i = run[position]
        questions = self.inq.questions
        return position == len(run) - 2 and run[-1] == i + 1 \
            and layouts.are_either_or(questions[i].text, questions[i + 1].text)

    def _preamble(self, kind: str, side: str, rest: str, block: Block) -> None:
        self.inq.preambles.append(Preamble(kind=kind, side=side, text="", line=block.line))
        index = len(self.inq.preambles) - 1
        self.preamble_parts[index] = [rest] if rest else []
        self.target = ("preamble", index)

    def _connecting_words(self, was_question: bool) -> None:
        """"1. …?" / "und" / "2. …?", "zu" / "3. …?": the pieces of a header "Zu 1. und zu
        2." split around the questions it names, before the next question. Right after a
        question they join it to the next one (the answer after them is the stated answer of
        both); elsewhere they say nothing and are left out."""
        if self.target[0] == "question" and not self.context:
            self.joined.add(self.target[1])
        self.last_was_question = was_question

    def _joined_questions(self, index: int) -> list[int]:
        """Question ``index`` and the unanswered questions an "und" joined to it before."""
        joined = [index]
        while joined[0] - 1 in self.joined and self.inq.questions[joined[0] - 1].answer is None:
            joined.insert(0, joined[0] - 1)
        return joined

    def _askers_text(self, text: str, block: Block) -> None:
        """A quote that is no question: the askers' own words (copied from the inquiry).
        It belongs to their preamble when one is open, else it leads into the next
        question; never to an answer. Where it stands after answer text and asks ("Und
        ggf. in welchem Verhältnis geschieht dies?", a follow-up repeated after its answer)
        or carries the next question's label ("b) Bisher wurden …", a question split by
        extraction), what it is and which text answers it is not settled: the doubt is
        recorded (and so it is when answer text follows it, see ``_content``)."""
        kind, index = self.target
        if kind == "preamble" and self.inq.preambles[index].side == "asking":
            self.preamble_parts[index].append(text)
            return
        self.quoted_line = self.quoted_line if self.quoted_context else block.line
        self.quoted_context.append(text)
        self.context.append(text)
        label = layouts.question_label(text)
        if kind in ("answer", "question") and label is not None and self.numbering.fits(label):
            self._doubt_askers(ParseIssue("questions", f"the askers' words carry the next question's label: "
                                          f"{text[:60]!r}", block.line))
        elif kind == "answer" and "?" in text and self.inq.answers[index].grouping != "whole" \
                and not reported_questions.only_reports_an_earlier_question(text):
            self._doubt_askers(ParseIssue("answers", "the askers' question stands after an answer (which text "
                                          f"answers it is not settled): {text[:60]!r}", block.line))

    def _doubt_askers(self, issue: ParseIssue) -> None:
        """Record the doubt about the askers' words pending since ``quoted_line``, once."""
        if self.quoted_line not in self.doubted_askers:
            self.doubted_askers.add(self.quoted_line)
            self.inq.issues.append(issue)

    def _asking_intro(self, text: str) -> None:
        kind, index = self.target
        if kind == "answer" and len(self.answer_parts[index]) >= 2:
            self.context.append(self.answer_parts[index].pop())
        elif kind == "intro" and self.intro_parts and not self.inq.questions:
            self.context.append(self.intro_parts.pop())
        self.context.append(text)
        self.target = ("context", 0)

    def _content(self, text: str, block: Block) -> None:
        kind, index = self.target
        if kind == "answer" and self.quoted_context and self.context == self.quoted_context \
                and (_speaks_of_their_part(text, self.quoted_context)
                     or _remarks_on_their_words(text, self.quoted_context)):
            # "> Fragesteller: Teil II: Fragen zu …" / "Zu Teil II liegen keine Angaben vor.": the
            # administration on the askers' part that opens here, before its questions (so too
            # its remark on their context, "Die in der Anfrage angeführten Werte gelten …", which
            # the end of the walk makes the next answer's opening or a doubt: ``remark_openings``)
            if not _speaks_of_their_part(text, self.quoted_context):
                self.remarks_on_their_words.append((text, block.line))
            self.context.append(text)
            self.quoted_context.append(text)
            return
        if kind == "answer" and self.quoted_context and self.context == self.quoted_context \
                and text.rstrip().endswith(":") and self._asks_next(self.following):
            # "> Fragesteller: In ihrer Antwort … geantwortet: …" / "Abgesehen davon, dass …
            # handelt:" / "12. Gibt es …?": right after the askers' words, opening the next
            # question with its ":": their lead-in to it, not text of the answer before
            self.context.append(text)
            self.quoted_context.append(text)
            return
        if kind == "answer" and self.quoted_context and self.context == self.quoted_context \
                and self.inq.answers[index].grouping != "whole":
            # "… Antwort. / > Fragesteller: … / Siehe hierzu …": text after the askers' words
            # inside an answer may answer them, or go on with the answer before: not settled
            self._doubt_askers(ParseIssue("answers", "answer text follows the askers' words inside an "
                                          f"answer: {self.quoted_context[0][:60]!r}", block.line))
        if kind == "question" and self.quoted_context:
            if self._answers_after_askers_remark(text):
                self._join_askers_remark_to_question(index)
            else:
                # after the askers' own words and before their next question: theirs too,
                # not the answer to the question before (left over at the end, a doubt)
                self.context.append(text)
                return
        if kind == "question" and self._answered_before_asked(index, text, block):
            return
        if kind == "question" and self._pending_joint_complete():
            index = self._new_answer(block, [self._question_index(n, block) for n in self.pending_joint],
                                     "stated")
            self.pending_joint = []
            kind = "answer"
        elif kind == "question" and len(joined := self._joined_questions(index)) >= 2:
            index = self._new_answer(block, joined, "stated")
            kind = "answer"
        elif kind == "question" and (named := self._run_named_by_labels(self._unanswered_run(index), text)):
            index = self._new_answer(block, named, "stated")
            kind = "answer"
        elif kind == "question" and (first := self._lettered_answers(self._unanswered_run(index), text)) is not None:
            index = self._new_answer(block, [first])
            kind = "answer"
        elif kind == "answer" and (qi := self._next_lettered_answer(text)) is not None:
            index = self._new_answer(block, [qi])
        elif kind == "question":
            run = self._with_conditional_the_answer_says_yes_to(self._unanswered_run(index), text)
            # Only text that states something (perhaps before a table it introduces) answers
            # a whole run; anything else may be the rest of the last question, so only that
            # question takes it.
            states = layouts.states_something(text) or layouts.states_something_before_a_list(text) \
                or layouts.is_table_of_figures(text)
            index = self._new_answer(block, run if states else run[-1:], "consecutive")
            self.implicit.add(index)
            kind = "answer"
        if kind in ("answer", "intro") and self.candidate and self.candidate[1] is block:
            parts = self.answer_parts[index] if kind == "answer" else self.intro_parts
            self.passed_over = (kind, index, len(parts), self.candidate[0], block)
        if kind == "answer" and (lead := self._escaped_next_number(block)) is not None:
            self.escaped_lead = (kind, index, len(self.answer_parts[index]), lead, block)
        if kind == "answer":
            self.answer_parts[index].append(text)
        elif kind == "preamble":
            self.preamble_parts[index].append(text)
        elif kind == "context":
            self.context.append(text)
        else:
            self.intro_parts.append(text)

    def _answered_before_asked(self, index: int, text: str, block: Block) -> bool:
        """"Zu 1. Gibt es …? Antw.: Ja. …" … "Zu 4. …", then a copy of the inquiry: "1. Gibt
        es …?" … "4. …?" and the askers' remarks and signature. A question whose number an
        answer header named before the question was asked (answered before the document
        shows it) takes no text after it as its answer: that text is the askers' (their
        remark, their signature). Kept as context, and the doubt recorded once."""
        if not any(self.inq.questions[i].number in self.named_unasked for i in self._unanswered_run(index)):
            return False
        if not any("answered before it is asked" in issue.reason for issue in self.inq.issues):
            self.inq.issues.append(ParseIssue("answers", "question answered before it is asked (the document "
                                              f"copies the inquiry after its answers): {text[:60]!r}", block.line))
        self.context.append(text)
        return True

    def _run_named_by_labels(self, run: list[int], text: str) -> list[int]:
        """"3. Wie viele …?" / "4. Wer …?" then "3\\. und 4. Es bestehen …": the answer
        opens with the labels of the questions it answers, joined ("3. und 4.", "12. und
        13."; the importer escaped the first, as it states). Only right after those
        questions, when they are two or more of the run just asked, none answered: "1. und
        2. Juni …" after other questions names no run."""
        numbers = layouts.joined_labels(text)
        by_number = {self.inq.questions[i].number: i for i in run}
        if len(numbers) < 2 or not set(numbers) <= set(by_number):
            return []
        return [by_number[n] for n in numbers]

    def _lettered_answers(self, run: list[int], text: str) -> int | None:
        """"2a) Wie hat sich …?" / "> b) Wie viele …?" then "a\\) Entwicklung …:" (its table)
        and "b\\) Entwicklung …:": sub-questions asked one after another, then answered
        one by one under their own letters. The text labelled "a" answers the run's first
        sub-question (returned); the next letters are kept for the paragraphs that carry
        them (``_next_lettered_answer``). Only where the run is the sub-questions of one
        question lettered in order from "a", and the text holds no further letter of the
        run ("a) Ja b) Alle …": one paragraph answering both, read as a run)."""
        numbers = [self.inq.questions[i].number for i in run]
        letter = _answer_letter(text)
        if len(run) < 2 or letter != "a" or any(run[k + 1] != run[k] + 1 for k in range(len(run) - 1)):
            return None
        parent = numbers[0][:-1]
        if numbers != [f"{parent}{chr(ord('a') + k)}" for k in range(len(run))] or not parent \
                or re.search(r"(?:^|\s)b\\?\)\s", text[3:]):
            return None
        self.lettered = {numbers[k][-1]: run[k] for k in range(1, len(run))}
        return run[0]

    def _next_lettered_answer(self, text: str) -> int | None:
        """The question of the next letter, when ``text`` is labelled with it (see
        ``_lettered_answers``); letters are taken in order, each once."""
        letter = _answer_letter(text)
        if not self.lettered or letter != min(self.lettered):
            return None
        return self.lettered.pop(letter)

    def _answers_after_askers_remark(self, text: str) -> bool:
        """"6. Wie viele sind arbeitslos?" / "> Fragesteller: Bitte Fallzahl und Anteil
        angeben." / "626 Personen, 7,1 %.": right after the askers' words that follow their
        question, text that states something and neither asks nor goes on with their list
        is the answer. Only when their words are a finished remark (a request or a
        sentence): a lead-in ("Wie sind die Ergebnisse zu beurteilen") or form debris
        ("Beratungsfolge Termin …") settles nothing. A sentence leading into figures run on
        after its colon answers too ("… geliefert werden: 2022 Rang … 1 syrisch 41 …"). (Their list items, "a) bei der Stadt
        b) …", stay theirs; and once any unquoted text went to their words, what follows
        does too.)"""
        remark = all(layouts.asks(part) or layouts.states_something(part) for part in self.quoted_context)
        return remark and self.context == self.quoted_context and (_plain_answer_start(text)
                                                                   or self._heading_over_answer(text)
                                                                   or layouts.leads_into_figures(text))

    def _heading_over_answer(self, text: str) -> bool:
        """"2. Welche Firmen …?" / "> Fragesteller: Bitte getrennt nach Dienststellen
        auflisten." / "Amt für Abfallwirtschaft" / "Firmen Auftragsvolumen … 1.503,36 € …":
        the answer divided under short titles of its own, the first title right before
        text that states something or a table of figures. (Not the askers' list items,
        "- Grundschulen", nor a title before a question or a quote.)"""
        following = self.following
        return layouts.is_short_title(text) and following is not None and following.kind == "paragraph" \
            and (_plain_answer_start(following.text) or layouts.lists_figures(following.text))

    def _join_askers_remark_to_question(self, index: int) -> None:
        """The askers' words between their question and its answer are the rest of the
        question ("Bitte nach Jahren aufschlüsseln."), not a lead-in to the next one."""
        question = self.inq.questions[index]
        question.text = "\n\n".join([question.text, *self.quoted_context])
        self.context = []
        self.quoted_context = []

    # -- the end -----------------------------------------------------------------
    def finish(self) -> Inquiry:
        inq = self.inq
        for i, parts in self.answer_parts.items():
            inq.answers[i].text = "\n\n".join(parts)
        for i, parts in self.preamble_parts.items():
            inq.preambles[i].text = "\n\n".join(parts)
        inq.intro = "\n\n".join(self.intro_parts)
        self._drop_reclaimed_answers()
        self._unpair_divided_whole_answers()
        answers_naming_questions.share_answers_naming_questions(inq)
        supplements.settle(inq, self.answer_parts, self.supplements)
        sharing = [sum(q.answer == i for q in inq.questions) for i in range(len(inq.answers))]
        for answer, count in zip(inq.answers, sharing, strict=True):
            if count < 2:
                answer.grouping = None  # one question's own answer
        remark_openings.settle(inq, self.remarks_on_their_words)
        if self.pending_joint:
            inq.issues.append(ParseIssue("answers", "answer header names questions "
                                         f"{', '.join(self.pending_joint)} that never follow"))
        if self.context and self.context == self.quoted_context:
            # the askers' own words after the last question (their reasons, quoted): kept as theirs
            inq.preambles.append(Preamble("Text der Fragesteller", "asking", "\n\n".join(self.context),
                                          self.quoted_line))
        elif self.context:
            inq.issues.append(ParseIssue("questions", "askers' text after the last question "
                                         "introduces no question"))
        checks.check_answers(inq)
        checks.check_tables_run_together(inq)
        checks.check_hidden_questions(inq, self.answer_parts, self.checked)
        checks.check_next_label_before_sub_questions(inq, self.answer_parts)
        askers_in_answers.check_lead_of_next_sub_questions(inq, self.answer_parts)
        askers_in_answers.check_request_as_answer(inq)
        askers_in_answers.check_next_question_start_ending_answer(inq)
        misplaced_tables.check_tables_for_other_questions(inq, self.answer_parts)
        checks.check_run_on_questions(inq)
        checks.check_question_copied_into_answer(inq)
        checks.check_introduction(inq)
        checks.check_numbering_gaps(inq)
        item_gaps.check_item_gaps(inq)
        section_gaps.check_section_number_gaps(inq)
        closed_leads.check_closed_question_with_item_a(inq)
        checks.check_figures_in_broken_word(inq)
        check_chart_axis(inq)
        check_table_announced_elsewhere(inq)
        return inq

    def _drop_reclaimed_answers(self) -> None:
        if not self.dropped:
            return
        keep = [i for i in range(len(self.inq.answers)) if i not in self.dropped]
        new_index = {old: new for new, old in enumerate(keep)}
        self.inq.answers = [self.inq.answers[i] for i in keep]
        self.answer_parts = {new_index[i]: p for i, p in self.answer_parts.items() if i in new_index}
        for q in self.inq.questions:
            q.answer = new_index[q.answer] if q.answer is not None else None
