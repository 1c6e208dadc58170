"""Property: the parser takes any text. It returns an Inquiry or raises InputError, nothing
else, and every question it returns is text of the input (paragraph by paragraph), in the
input's order."""

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from anfragen.model import InputError, Inquiry
from anfragen.parse import parse_inquiry

# Pieces that steer the parser into its interesting paths, mixed with arbitrary text.
PIECES = st.sampled_from([
    "1. ", "2. ", "3. ", "7.1 ", "a) ", "1a) ", "Frage 1: ", "**Frage 2:** ", "Wie viele ",
    "Welche Kosten? ", "?", "Antwort: ", "Antwort zu Frage 1: ", "Zu 2.: ", "siehe Antwort zu 1",
    "Vorbemerkung der Verwaltung", "Begründung:", "Wir fragen die Verwaltung:", ("Die Fragen 1 "
    "und 2 werden gemeinsam beantwortet."), "---\n", "title: x\n", "- ", "  - ", "> ", "# ",
    "```\n", "    ", "|a|b|\n|-|-|\n", "\n", "\n\n", "\r\n", "\t", "\x0c", "\u2028", "\ufeff",
    "<script>alert(1)</script>", "[x](javascript:alert(1))", "Mainz, 11.11.2024", "gez. ",
    "Oberbürgermeister", "1. Juni 2024",
])
LABEL = st.sampled_from(["1. ", "2. ", "3. ", "4. ", "1.1 ", "a) ", "b) ", "1a) ", "Frage 1: ",
                         "Frage 2: ", "**Frage 3:** ", "- ", ""])
WORDS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=6).map("".join)
LINE = st.builds(lambda label, words, end: label + words + end, LABEL, WORDS,
                 st.sampled_from(["?", "", ".", " ?"]))
TEXT = st.one_of(
    st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=40).map("".join),
    st.tuples(st.lists(LINE, max_size=25), st.lists(st.sampled_from(["\n", "\n\n", "\r\n"]),
              min_size=25, max_size=25))
    .map(lambda p: "".join(line + sep for line, sep in zip(*p, strict=False))),
)


def normalised(text: str) -> str:
    """The parser reads line ends as markdown-it does: "\\r\\n" and "\\r" are "\\n"; and it
    re-indents the lines of a bullet list by their depth (``markdown.normalise_list_indent``),
    so lines are compared without their indentation."""
    return re.sub(r"(?m)^[ \t]+", "", text.replace("\r\n", "\n").replace("\r", "\n"))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example("1. ```\n> ```\n> ?\n")  # a multi-line quote once gave a question not in the input
@example("1. ?0\n- |a|b|\n|-|-|\n  - ?\n")  # a list's continuation line, re-indented
def test_parser_never_crashes_and_questions_are_input_text_in_order(text):
    try:
        inquiry = parse_inquiry(text, "arbitrary.md")
    except InputError as exc:
        assert exc.path == "arbitrary.md"
        return
    assert isinstance(inquiry, Inquiry)
    source, at = normalised(text), 0
    for question in inquiry.questions:  # a question may span paragraphs, joined by a blank line
        for part in filter(None, (normalised(p).strip() for p in question.text.split("\n\n"))):
            found = source.find(part, at)
            assert found >= 0, f"question {question.number}: {part!r} not in the input after {at}"
            at = found + len(part)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_parser_takes_any_unicode(text):
    try:
        parse_inquiry(text, "arbitrary.md")
    except InputError:
        pass
