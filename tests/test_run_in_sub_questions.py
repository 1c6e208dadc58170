"""Sub-numbered questions run into one paragraph by text extraction ("2. Radwege 2.1 Wie
viele …? Bitte nach Stadtteilen auflisten. 2.2 Wann …?", a quote "> 2.3 …? 2.4 …?"): each is
a question of its own, the section heading the context of its first question. Guards: a
paragraph where a question and its answer run together ("2.1 Wie viele …? Es sind 40.")
is left as it is; numbers of another section or out of order split nothing."""

import pytest

from anfragen.parse import parse_inquiry
from anfragen.run_in_sub_questions import split_sub_questions

TEXT = """Die Verwaltung nimmt wie folgt Stellung:

1. Gehwege 1.1 Wie viele Gehwege wurden 2025 saniert? Bitte nach Stadtteilen auflisten. 1.2 Wie hoch waren die Kosten?

Saniert wurden 23 Gehwege für zusammen 1,2 Mio. Euro.

> 1.3 Welche Gehwege folgen 2026? 1.4 Wer entscheidet über die Reihenfolge?

Das Tiefbauamt legt die Reihenfolge nach dem Zustand fest; für 2026 sind neun Gehwege vorgesehen.

2. Radwege 2. 1 Wie viele Kilometer Radweg kamen hinzu?

Es kamen 4,5 Kilometer hinzu.
"""


def test_run_in_sub_questions_are_read_one_by_one():
    inquiry = parse_inquiry(TEXT)
    assert inquiry.issues == []
    found = [(q.number, q.context, q.text, inquiry.answers[q.answer].text) for q in inquiry.questions]
    first = "Saniert wurden 23 Gehwege für zusammen 1,2 Mio. Euro."
    second = "Das Tiefbauamt legt die Reihenfolge nach dem Zustand fest; für 2026 sind neun Gehwege vorgesehen."
    assert found == [
        ("1.1", "1. Gehwege", "Wie viele Gehwege wurden 2025 saniert? Bitte nach Stadtteilen auflisten.", first),
        ("1.2", "", "Wie hoch waren die Kosten?", first),
        ("1.3", "", "Welche Gehwege folgen 2026?", second),
        ("1.4", "", "Wer entscheidet über die Reihenfolge?", second),
        ("2.1", "2. Radwege", "Wie viele Kilometer Radweg kamen hinzu?", "Es kamen 4,5 Kilometer hinzu."),
    ]


@pytest.mark.parametrize("paragraph", [
    "1.1. Wie viele Gehwege wurden saniert? Es waren 23. 1.2. Wie hoch waren die Kosten? 1,2 Mio. Euro.",
    "1. Gehwege 1.1 Wie viele Gehwege wurden saniert? 2.2 Wie hoch waren die Kosten?",
    "1.1 Wie viele Gehwege wurden saniert? 1.3 Wie hoch waren die Kosten?",
    "1. Gehwege 1.2 Wie hoch waren die Kosten?",
    "1.1 Wie viele Gehwege wurden saniert?",
])
def test_paragraphs_that_are_not_only_run_in_questions_stay_whole(paragraph):
    # a question run into its answer, another section's number, a skipped number, a
    # section not starting at its first question, a single question: nothing to set apart
    assert split_sub_questions(paragraph) is None
