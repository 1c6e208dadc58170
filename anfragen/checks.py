"""What a walk could not settle, recorded as parse issues instead of guessed."""

from __future__ import annotations

import re
from itertools import chain, pairwise

from rapidfuzz import fuzz

from . import checked_questions, layouts, rewording
from .model import Inquiry, ParseIssue


def is_sub_number(number: str, parent: str) -> bool:
    """"7.1" and "7a" are sub-numbers of "7"."""
    return bool(parent) and bool(re.fullmatch(rf"{re.escape(parent)}(?:\.\d+|[a-z])", number or ""))


def _has_sub_questions(inq: Inquiry, i: int) -> bool:
    """Question i is a lead-in whose sub-questions (7.1, 7a) follow and are answered. Not
    when it holds its own first items ("4. … ? a) Um welche …?", then "4b"): those items
    are asked by question 4 and no answer is its own (reading in session 7: 4 and its
    item a) shown unanswered in a paper counted complete, the answer after b) answering both)."""
    if i + 1 >= len(inq.questions):
        return False
    question, following = inq.questions[i], inq.questions[i + 1]
    if not is_sub_number(following.number, question.number):
        return False
    letter = following.number[len(question.number):]
    return not (len(letter) == 1 and letter.isalpha() and layouts.inline_items(question.text)[-1:] == chr(ord(letter) - 1))


def _in_section(number: str, inq: Inquiry, answer: int, numbers: set[str]) -> str:
    """"Siehe Antwort zu Ziffer 1." in the answer to question E.2: where the numbers restart
    under each capital letter, a bare number names the question of that number in the same
    section (E.1), when the document has no question "1" of its own."""
    sections = {q.number.split(".")[0] for q in inq.questions if q.answer == answer}
    if number in numbers or len(sections) != 1:
        return number
    inside = f"{sections.pop()}.{number}"
    return inside if re.fullmatch(r"[A-Z]\.\d+", inside) and inside in numbers else number


def _inline_item(number: str, inq: Inquiry, numbers: set[str]) -> str:
    """"Siehe Nr. 3 a" where no question 3a was read, but question 3 holds its items inside
    its own paragraph ("3. Ab wann …: a) auf den Haushalt?", then "b) …" on its own): the
    pointer names item a) of question 3, which is part of question 3 (reading audit of
    session 6). So does "siehe Ziff. 2 c" where the answer to question 2 lists its points
    a) to e). Anything else ("1a" where question 1 has no item a)) still names nothing."""
    m = re.fullmatch(r"(\d{1,2}(?:\.\d{1,2})?)([a-z])", number)
    if number in numbers or m is None or m.group(1) not in numbers:
        return number
    parent, letter = m.groups()
    question = next(q for q in inq.questions if q.number == parent)
    texts = [question.text] + ([inq.answers[question.answer].text] if question.answer is not None else [])
    return parent if any(letter in layouts.inline_items(text) for text in texts) else number


def check_answers(inq: Inquiry) -> None:
    """Unanswered questions, pointers to nowhere, empty answers; sets pointer fields."""
    numbers = {q.number for q in inq.questions}
    for i, q in enumerate(inq.questions):
        if q.answer is None and not _has_sub_questions(inq, i):
            inq.issues.append(ParseIssue("answers", f"no answer found for question {q.number}", q.line))
    for index, answer in enumerate(inq.answers):
        named = [_inline_item(_in_section(n, inq, index, numbers), inq, numbers) for n in layouts.pointers(answer.text)]
        answer.points_to = list(dict.fromkeys(named))  # "siehe 3 a und 3 b": question 3, once
        answer.is_pointer = bool(answer.points_to) and layouts.is_pure_pointer(answer.text)
        for n in answer.points_to:
            if n not in numbers:
                inq.issues.append(ParseIssue("answers", f"answer points to question {n}, "
                                             "which the document does not contain", answer.line))
        if not answer.text.strip():
            inq.issues.append(ParseIssue("answers", "empty answer", answer.line))
        elif layouts.is_connecting_words(answer.text):
            # "zu / 1. …? / und / zu / 2. …?": the pieces of a header "Zu 1. und zu 2." split
            # around the questions it names are no answer (reading audit 21)
            inq.issues.append(ParseIssue("answers", f"answer holds only connecting words: {answer.text.strip()[:30]!r}",
                                         answer.line))


def check_tables_run_together(inq: Inquiry) -> None:
    """An answer paragraph holding several tables run together ("Bereich Anzahl VBK 355 …
    Bereich Tätigkeitsarten VBK Mechaniker … Bereich Anzahl Stadtverwaltung 1"): the text
    extraction of the PDF has gathered the tables of several questions in one place, so
    which table answers which question is not settled, though every question seems to
    have its answer (a paper read in session 6: the table of item b stood in the answer to
    item c)."""
    for answer in inq.answers:
        for paragraph in answer.text.split("\n\n"):
            if (header := _tables_header(paragraph)) is not None:
                inq.issues.append(ParseIssue("answers", "answer holds several tables run together "
                                             f"(which table answers which question is not settled): {header!r}",
                                             answer.line))
                break


def _tables_header(paragraph: str) -> str | None:
    """The word that opens each of several tables in the paragraph ("Bereich"), when it
    opens the paragraph, stands before a capitalised column name at least three times, with
    at least two different column names, the opening header ("Bereich Anzahl") comes again,
    and the paragraph holds figures. A list of rows ("Gemeinde Rheinmünster: 3,1 Mio. … Gemeinde Hügelsheim: …")
    names a different row each time and is one table."""
    first = re.match(r"([A-ZÄÖÜ][a-zäöüß]+) ([A-ZÄÖÜ][a-zäöüß]+)\b(?!-)", paragraph)
    if first is None or first.group(1) in _NOT_A_TABLE_HEADER or len(re.findall(r"\d+", paragraph)) < 3:
        return None
    columns = re.findall(rf"\b{first.group(1)} ([A-ZÄÖÜ][a-zäöüß]+)", paragraph)
    repeated = columns.count(first.group(2)) >= 2  # the opening header again: "Bereich Anzahl" … "Bereich Anzahl"
    return first.group(1) if len(columns) >= 3 and len(set(columns)) >= 2 and repeated else None


# words that open sentences, not tables
_NOT_A_TABLE_HEADER = {"Der", "Die", "Das", "Im", "In", "Ein", "Eine", "Zur", "Zum", "Bei", "Auf", "Mit", "Für",
                       "Nach", "Von", "Seit", "Es", "Sie", "Er", "Wir", "Dies", "Diese", "Dieser", "Auch", "Aus",
                       "Am", "An", "Als", "Über", "Unter", "Vor", "Wie", "Wenn", "Damit", "Dabei", "Hier", "Dort"}


# "… Landeserstaufnah-2007 2008 2009 … meeinrichtung": a word broken at a page's end and the
# text of a chart or table extracted between its halves (the figures may belong to another answer)
_FIGURES_IN_BROKEN_WORD = re.compile(r"[a-zäöüß]{3}-\d[\d.,]*(?:\s+\d[\d.,]*){3,}")


def check_figures_in_broken_word(inq: Inquiry) -> None:
    """An answer whose word, broken at a line's end, has figures run into it: extraction put a
    chart's or table's text into the sentence, and which answer the figures belong to is
    not settled (the reading of session 7 found the figure one answer announces inside the
    next but one)."""
    for answer in inq.answers:
        if m := _FIGURES_IN_BROKEN_WORD.search(answer.text):
            inq.issues.append(ParseIssue("answers", "answer holds figures inside a word broken at a line's end "
                                         f"(a chart's text extracted into it): {m.group()[:30]!r}", answer.line))


def check_question_copied_into_answer(inq: Inquiry) -> None:
    """A question whose own words (50 letters or more) stand again inside an answer: the
    answer document holds a copy of the inquiry (a scanned bundle: the signed answer, the
    forwarding e-mail, the inquiry), so the answer runs on past its end into the askers'
    text, and where it ends is not settled (reading audits 8 and 9 left this kind
    unguarded; session 7 found one such paper counted complete)."""
    for q in inq.questions:
        own = layouts.letters(q.text.split("\n\n")[0])
        if len(own) < 50:
            continue
        for answer in inq.answers:
            if own in layouts.letters(answer.text):
                inq.issues.append(ParseIssue("answers", "answer holds a copy of the question "
                                             f"(the inquiry copied into the answer document): {q.text[:40]!r}",
                                             answer.line))
                break


def check_run_on_questions(inq: Inquiry) -> None:
    """A question whose text goes on after its "?" and stops mid-sentence has most likely
    taken in the start of its answer, and one that holds the next question's label ("… 2.
    Welche …?") has taken in what follows: doubts, not questions to show as asked
    (reading audit 14)."""
    for q in inq.questions:
        if (tail := layouts.runs_on_unfinished(q.text)) is not None:
            inq.issues.append(ParseIssue("questions", "question runs on after its '?' into text that "
                                         f"stops mid-sentence (the answer's start?): {tail[-60:]!r}", q.line))
        # (in a lettered section, "C.1", the numbers restart: the next one is "2.")
        top = re.match(r"\d{1,2}", q.number or "") or re.fullmatch(r"[A-Z]\.(\d{1,2})", q.number or "")
        # "1c) Wann …? Alle haben sie erhalten. 2. Welche …?": the next question, inside this one
        if top and (m := re.search(rf"[.?!]\s+{int(top.group(top.lastindex or 0)) + 1}\.\s+[A-ZÄÖÜ]", q.text)):
            inq.issues.append(ParseIssue("questions", "question contains the next question's label: "
                                         f"{q.text[m.start() + 1:m.start() + 61].strip()!r}", q.line))


def check_numbering_gaps(inq: Inquiry) -> None:
    """Questions 6, 6a, 6b, then 8: question 7 is not among the questions read (its text
    was kept in an answer, or it asks without "?"), so what was read is not everything
    the document asks, and the pairs around the gap may hold it (reading audit 19)."""
    numbered = [(int(m.group(1)), int(m.group(2) or m.group(1)), q) for q in inq.questions
                if (m := re.match(r"0*(\d{1,2})(?:\+0*(\d{1,2}))?(?!\d)", q.number or ""))]
    broken = {i.line for i in inq.issues if i.reason.startswith("numbering breaks")}
    # a number asked later, out of order ("7. …?" after 6 and 8 were answered together), fills its gap
    asked = {n for first, last, _ in numbered for n in range(first, last + 1)}
    for (_, last, before), (first, _, after) in pairwise(numbered):
        if first > last + 1 and after.line not in broken and not set(range(last + 1, first)) <= asked:
            inq.issues.append(ParseIssue("questions", f"numbering skips from {before.number} to {after.number}: "
                                         "a question between them was not read", after.line))


# "1.", "1\\.", "1a.", "1 b)", "2.3.", "A)": a label a question could carry, escaped or not
_INTRO_LABEL = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\s?[a-z]?|[A-Za-z])\\?[.)]\s+(?=\S)")


def check_introduction(inq: Inquiry) -> None:
    """A paragraph before the first question that opens with a label and asks within its
    first lines ("1a. Was genau …? Einer freiwilligen Aufnahme …": extraction ran the
    questions and their answers into one paragraph) is a question the walk did not read:
    the questions read are then not all the document asks, which is a doubt (reading
    audit 16)."""
    for part in (inq.intro or "").split("\n\n"):
        label = _INTRO_LABEL.match(part.strip())
        rest = part.strip()[label.end():] if label else ""
        if label and not layouts.is_decoy(rest) and "?" in rest[:400]:
            line = inq.questions[0].line if inq.questions else None
            inq.issues.append(ParseIssue("questions", "text before the first question holds a labelled "
                                         f"question that was not read as one: {part.strip()[:60]!r}", line))
            break


def check_hidden_questions(inq: Inquiry, answer_parts: dict[int, list[str]],
                           checked: frozenset[str] = frozenset()) -> None:
    """Question-like paragraphs inside answers are doubts, not silently answer text:
    a question the numbering did not let through, a follow-up left unlabelled, or a
    question run into the text after it ("Ist der Bauhof …? Aufgrund …": a reading audit
    found questions that only the answer document asks, each with its answer, kept
    inside the answer before them). Not the administration's own question closing the
    last paragraph of an answer that the importer checked against the inquiry
    (``checked``, ``checked_questions.is_checked_own_question``)."""
    for index, parts in answer_parts.items():
        opens_joint = bool(parts) and layouts.joint_answer(parts[0]) is not None
        if (item := _next_inline_item(inq, index, parts) or _unread_sub_question(inq, index, parts)) is not None:
            inq.issues.append(ParseIssue(
                "questions", f"answer contains a paragraph labelled as the question's next item: {item[:60]!r}",
                inq.answers[index].line))
            continue
        asked = " ".join(q.text for q in inq.questions if q.answer == index)
        for part in parts[1:] if opens_joint else parts:
            if checked_questions.is_checked_own_question(part, checked, part is parts[-1]):
                continue
            # "Wie viel Zeit steht …? Gemäß …": the question's own sentence, repeated before its answer
            part = _after_own_question(part, asked)
            # an escaped label ("2\. Wie …? Die Lage …", "2.7\. Wurde …?") is still a doubt when it
            # asks within 600 characters (a question may quote a rule first: reading audit 17)
            label = layouts.question_label(re.sub(r"^(\d{1,2}\.\d{1,2}|\w{1,3})\\([.)])", r"\1\2", part))
            plain = layouts.titles_as_statements(part)
            if layouts.is_bare_question(plain) or layouts.opens_with_question(plain) or \
                    (label is not None and ("?" in label.rest[:600] or _asks_without_mark(label.rest))):
                inq.issues.append(ParseIssue(
                    "questions", f"answer contains a paragraph that looks like a question: "
                    f"{part[:60]!r}", inq.answers[index].line))
                break
            if (inner := _labelled_question_inside(part) or _next_letter_inside(inq, index, part)) is not None:
                inq.issues.append(ParseIssue(
                    "questions", f"answer contains a labelled question inside a paragraph: "
                    f"{inner[:60]!r}", inq.answers[index].line))
                break


OWN_SENTENCE_THRESHOLD = 97  # fuzzy match (letters only) of a repeated sentence with the question's text


def _stands_in(sentences: str, asked: str) -> bool:
    """The sentences stand in the question's text: letter for letter, or (30 letters or more)
    but for a typing slip ("Hausmeiser" / "Hausmeister") with the same figures (a sentence
    that differs by its year, "… 2019?" / "… 2020?", is another question)."""
    mine, theirs = layouts.letters(sentences), layouts.letters(asked)
    if len(mine) < 12 or not theirs:
        return False
    if mine in theirs:
        return True
    if len(mine) < 30 or len(mine) > len(theirs):
        return False
    match = fuzz.partial_ratio_alignment(mine, theirs, score_cutoff=OWN_SENTENCE_THRESHOLD)
    return match is not None and match.src_end - match.src_start == len(mine) and \
        re.findall(r"\d+", mine) == re.findall(r"\d+", theirs[match.dest_start:match.dest_end])


def _reworded_in(sentence: str, asked: str) -> bool:
    """Is ``sentence`` one of the asking sentences of ``asked`` in slightly other words
    ("Welche Flächenbedarfe nennen die Kooperationspartner?" for "… benennen die
    Kooperationspartner*innen?", ``rewording.reworded``)?"""
    return any(rewording.reworded(sentence.strip(), own.group().strip())
               for own in layouts.ASKING_SENTENCE.finditer(asked))


def _after_own_question(part: str, asked: str) -> str:
    """What follows the sentences of the answered question that a paragraph of its answer
    opens with ("Für welche Aufgaben …? Wie viel Zeit steht dem Hausmeister …? Gemäß …" under
    a question that asks both): an answer document divided by the sentences of its one
    question repeats each before answering it, and that is no question hidden in the
    answer. The paragraph unchanged when it does not open so."""
    taken = 0
    for match in layouts.ASKING_SENTENCE.finditer(part):
        if match.start() != taken or not (_stands_in(part[:match.end()], asked)
                                          or _reworded_in(part[taken:match.end()], asked)):
            break
        taken = match.end()
    return part[taken:].strip() if taken else part


def _next_inline_item(inq: Inquiry, index: int, parts: list[str]) -> str | None:
    """"2. Wir bitten um Aufschlüsselung a) In welchen Bädern" answered by "… b\\) Wer waren
    die Opfer (Anzahl, Alter)": the question's items ask without "?", and the next one stood
    in its answer with its own answer after it (reading audit 19). A paragraph of the
    answer labelled with the letter after the question's last item is that item (an
    answer that takes up items the question holds, "b) Spielsicherheit", divides itself)."""
    asked = " ".join(q.text for q in inq.questions if q.answer == index)
    items = layouts.inline_items(asked)
    for part in parts:
        label = re.match(r"([b-h])\\?([.)])\s+\S", part)
        if label is None:
            continue
        letter, previous = label.group(1), chr(ord(label.group(1)) - 1)
        if label.group(2) == ")" and (re.search(rf"(?:^|\s){previous}\)\s", asked) or items.endswith(previous)) \
                and not re.search(rf"(?:^|\s){letter}\)\s", asked):
            return part
        if label.group(2) == "." and items.endswith(previous):
            # "1. Welche Kenntnisse …? a. bei den städtischen Kitas" answered by "… b. bei
            # den Kitas anderer Träger" and its answer
            return part
    return None


def _unread_sub_question(inq: Inquiry, index: int, parts: list[str]) -> str | None:
    """"1a). Ebenso möchten wir wissen, wie …" inside the answer to question 1, then its
    answer: the askers' sub-question 1a, which the walk did not read as a question (it does
    not ask with "?"), kept in the answer before it. Not where question 1 holds its items
    ("1. Wie …? a) … b) …") and the answer takes them up by their labels ("1a) 27 Fälle.")."""
    asked = [q for q in inq.questions if q.answer == index]
    numbers = {q.number for q in inq.questions}
    for part in parts:
        label = re.match(r"(\d{1,2})\s?([a-h])\\?[.)]\.?\s+\S", part)
        if label is None or label.group(1) + label.group(2) in numbers:
            continue
        if any(q.number == label.group(1) and label.group(2) not in layouts.inline_items(q.text) for q in asked):
            return part
    return None


# "15. Welche Informationen hat die Stadt über …, bei:", "a) Welches sind die Beschwerdethemen": an item
# of the askers that asks with a W-word but without "?" (their list follows, or the mark was lost)
_W_QUESTION = re.compile(r"^(?:Wie|Was|Welche[rsmn]?|Wann|Wo|Warum|Weshalb|Wieso|Wer|Inwiefern|Inwieweit)\s")


def _asks_without_mark(rest: str) -> bool:
    """A labelled item that opens with a W-question word and is not a finished statement
    (it ends without "." or "!"): the askers' question, not answer text."""
    text = rest.strip()
    return bool(_W_QUESTION.match(text)) and len(text) <= 400 and not text.endswith((".", "!"))


def check_next_label_before_sub_questions(inq: Inquiry, answer_parts: dict[int, list[str]]) -> None:
    """"3. Die Fläche … ist ausgewiesen." inside the answer to question 2, and the next
    question read is "a) Ist dort genug Platz?" (taken as 2a): the paragraph is item 3 of
    the askers, which the sub-questions after it belong to, so their numbers (and the
    answer to 2, which holds it) are not settled: a doubt, not question 3's text left in
    answer 2."""
    for index, parts in answer_parts.items():
        answered = [q for q in inq.questions if q.answer == index]
        top = re.match(r"\d{1,2}", answered[-1].number or "") if answered else None
        later = [q for q in inq.questions if q.line > inq.answers[index].line]
        if top is None or not later or not re.fullmatch(rf"{top.group()}[a-z]", later[0].number or ""):
            continue
        for part in parts:
            label = layouts.question_label(layouts.unescaped(part.strip()))
            if label is not None and label.style in ("dot", "paren") and label.number == str(int(top.group()) + 1):
                inq.issues.append(ParseIssue("questions", "answer contains a paragraph labelled as the next "
                                             f"question: {part[:60]!r}", inq.answers[index].line))
                break


# "… vom 24.06.2026) d) Welche Sicherheitskonzepte …?", "… fortgesetzt. 2a. Wie viele …?",
# "b.) Wie vielen …? (absolut)": a label at the start of the paragraph or after the end of a
# sentence, then a question word and a "?" within 400 characters
_INNER_QUESTION = re.compile(r"(?:^|(?<=[.!?:;)\]])\s+|\n)((?:\d{1,2}(?:\.\d{1,2})*\s?[a-z]?|[a-hA-H])\\?"
                             r"(?:\.\)|[.)])\s+([A-ZÄÖÜ][^?!\n]{0,400}?\?))")


# "… wird fortgesetzt 2. Wie ist insbesondere …?", "Ergänzende Erläuterungen 1. Wie bewertet …?": a
# number label after any word (extraction lost the full stop or the line break before it)
_INNER_NUMBERED_QUESTION = re.compile(r"(?<=\s)(\d{1,2}(?:\.\d{1,2})*[a-z]?\\?\.\s+([A-ZÄÖÜ][^?!\n]{0,500}?\?))")


def _next_letter_inside(inq: Inquiry, index: int, part: str) -> str | None:
    """"… einer Verfassungsänderung bedürfte. f. Unter Wirkungsfeld D steht: „…“ Hier stellt
    sich die Frage, … Was wurde hier bereits getan …?" inside the answer to question 2e:
    the askers' next item, asking only after a quote (no question word after its label), run
    by extraction into the answer before it, with its own answer after it. So is an item that
    completes its question's lead ("6. Wie wird … finanziert? a) Einnahmen …?", then inside
    6a's answer "… keine Fahrgeldeinnahmen. b) durch die Stadt selbst …?"): in lower case, up to
    its "?" within 200 characters."""
    letters = {chr(ord(q.number[-1]) + 1) for q in inq.questions
               if q.answer == index and re.fullmatch(r"\d{1,2}[a-g]", q.number)}
    for letter in sorted(letters):
        found = re.search(rf"(?<=[.!?:;“\"])\s+({letter}\\?[.)]\s+[A-ZÄÖÜ„][^?]{{0,600}}\?)", part) \
            or re.search(rf"(?<=[.!?:;“\"])\s+({letter}\\?[.)]\s+[a-zäöü][^?!:;]{{0,200}}\?)", part)
        if found is not None:
            return found.group(1)
    return None


def _labelled_question_inside(part: str) -> str | None:
    """A labelled question standing in a paragraph of an answer, at its start or after a
    sentence: extraction ran the next question and its answer into this answer, or the
    question carries a label the walk does not read (reading audit 17: sub-questions
    "b.)", "2a.", "d)" inside the answer before them, each with its answer)."""
    for match in chain(_INNER_QUESTION.finditer(part), _INNER_NUMBERED_QUESTION.finditer(part)):
        question = match.group(2)
        if layouts.opens_with_question_word(question) and not layouts.is_decoy(question):
            return match.group(1)
    return None
