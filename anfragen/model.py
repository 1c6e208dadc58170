"""Plain data objects that parsing produces and the database writer consumes.

Nothing here knows about files, SQLite or Datasette. Line numbers are 1-based and
count lines of the whole Markdown file (front matter included), so an error or a
parse issue can always be reported as ``path:line``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ASKING = "asking"  # text of the councillors / faction
ANSWERING = "answering"  # text of the administration


@dataclass
class ParseIssue:
    """A doubt the parser recorded instead of guessing."""

    field: str  # what is doubtful: "questions", "answers", "reference", "submitter", …
    reason: str  # German-free developer text is fine; shown to curators by `build.py check`
    line: int | None = None


@dataclass
class Preamble:
    """Text before or between the questions that is neither question nor answer.

    ``kind`` is the heading as written ("Vorbemerkung der Fragesteller", "Begründung",
    "Vorbemerkung der Verwaltung", …); ``side`` is ASKING or ANSWERING.
    """

    kind: str
    side: str
    text: str
    line: int


@dataclass
class Answer:
    """One answer block. Several questions may share it (a joint answer).

    ``text`` is Markdown as written in the source. ``points_to`` holds the question
    numbers an answer refers to ("siehe Antwort zu Nr. 7" → ["7"]); a pure pointer
    answer is one whose whole text is such a reference.

    ``grouping`` says how the document shows that several questions share the answer
    (None when one question has it): "stated" (the document names them: "Zu 1. und 2.:",
    "Die Fragen 1 und 2 werden gemeinsam beantwortet"), "consecutive" (the questions
    stand one after another, then this one answer follows) or "whole" (the answer
    document is not divided by question: it answers all questions together).
    """

    text: str
    line: int
    points_to: list[str] = field(default_factory=list)
    is_pointer: bool = False
    grouping: str | None = None


@dataclass
class Question:
    """One numbered (or otherwise delimited) question of the askers.

    ``number`` is the label as printed ("1", "7.1", "a", "1a"; "" when unnumbered).
    ``context`` is askers' text shown right before the question (e.g. a paragraph
    ending in "Dazu fragen wir:"). ``answer`` indexes ``Inquiry.answers`` or is None
    when no answer could be matched (which is then also a ParseIssue).
    """

    position: int
    number: str
    text: str
    line: int
    context: str = ""
    answer: int | None = None


@dataclass
class Inquiry:
    """Everything read from one inquiry file. Unknown facts stay None: never guessed."""

    reference: str | None = None  # "1424/2024", "2016/0249"
    title: str | None = None
    kind: str | None = None  # "Anfrage", "Kleine Anfrage", "Große Anfrage", …
    submitter: str | None = None  # normalised faction or person ("FDP-Stadtratsfraktion")
    submitter_persons: list[str] = field(default_factory=list)
    asked_on: str | None = None  # ISO date
    answered_on: str | None = None  # ISO date
    place: str | None = None
    signed_by: str | None = None
    signer_role: str | None = None
    body: str | None = None  # the council: "Stadtrat Mainz", "Gemeinderat Karlsruhe"
    unit: str | None = None  # answering unit: "Dez. 5", "Amt für …"
    meeting: str | None = None  # the meeting it went to, as written
    intro: str = ""  # text before the first question not claimed by a preamble
    source_url: str | None = None
    questions: list[Question] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    preambles: list[Preamble] = field(default_factory=list)
    issues: list[ParseIssue] = field(default_factory=list)
    extra: dict = field(default_factory=dict)  # front matter keys kept as read (files, ids)


class InputError(Exception):
    """Bad input that stops a build: names the file and the line."""

    def __init__(self, path: str, line: int | None, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}:{line or 1}: {message}")
