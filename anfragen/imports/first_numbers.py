"""The number of the inquiry's first question, where the askers do not start at 1 (front
matter ``first_number``, read by ``anfragen/numbering.py``).

"Unter Punkt A 4. hatten wir … gefragt": a follow-up inquiry goes on with the numbering of an
earlier one, its first question is "4.", and the answer document repeats it as "4. …". For
the parser alone that is a broken numbering (question 1 to 3 missing), rightly so where it
cannot tell. The importer, which has the faction's inquiry at hand, writes the number only
where all of this holds:

- the inquiry numbers no line below it: no line of the inquiry opens with "1.", "2)" … under
  that number (a missing question 1 of an inquiry that has one stays a break);
- the inquiry's first numbered line carries that number;
- the answer document's first labelled paragraph carries it as well ("4." or "4.1"), and
  its text is the inquiry's question under that number (its first ``SAME_LETTERS``
  letters, whatever extraction did to spaces and hyphens).

Anything else gives ``None``, so the parser keeps the doubt. Pure functions.
"""

from __future__ import annotations

import re

from .. import layouts
from .inquiry_reading import without_form_header

SAME_LETTERS = 60  # letters of the question's text compared between answer and inquiry
_TOP_LABEL = re.compile(r"^(\d{1,2})(?:\.\d{1,2})*\.?\)?\s+(\S.*)$")  # "4. Nach …", "4.1 Liegen …", "2) Wie …"


def first_question_number(inquiry_lines: list[str], paragraphs: list[str]) -> int | None:
    """The number (2 or more) the inquiry's numbering starts at and the answer document's
    (its Markdown ``paragraphs``) too, or None (see module docstring)."""
    lines = without_form_header(inquiry_lines)
    numbered = [(index, int(m.group(1)), m.group(2)) for index, line in enumerate(lines)
                if (m := _TOP_LABEL.match(line.strip()))]
    if not numbered or numbered[0][1] < 2 or min(number for _, number, _ in numbered) < numbered[0][1]:
        return None
    index, first, text = numbered[0]
    label = next((found for paragraph in paragraphs if (found := layouts.question_label(paragraph.strip()))), None)
    number = re.match(r"\d+", label.number) if label is not None and label.style in ("dot", "paren") else None
    if number is None or int(number.group()) != first:
        return None
    asked = layouts.letters(label.rest)[:SAME_LETTERS]
    in_inquiry = layouts.letters(" ".join([text, *lines[index + 1:index + 6]]))
    return first if len(asked) == SAME_LETTERS and in_inquiry.startswith(asked) else None
