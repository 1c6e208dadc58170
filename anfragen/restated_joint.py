"""A whole answer divided by the questions' labels, one label heading two questions.

"## Stellungnahme" then "1. Die Stadtverwaltung erklärt, in welchen Bereichen …", "2. …",
"3. …", "4. Die Stadtverwaltung erläutert, wie sie die Chancen … einschätzt und ob ein
Einsatz einer derartigen Innovation in der Stadtverwaltung … mit Vorteilen verbunden
ist." for five questions: the answer divides itself by the questions' own labels, but the
last question has no label of its own. Its heading restates question 5 word for word
("Ist ein Einsatz einer derartigen Innovation … mit Vorteilen verbunden?"), so the
document itself says that part 4 answers questions 4 and 5 together. Only such a word for
word restatement settles it — never the position of a part, nor its content.
"""

from __future__ import annotations

import re

_MIN_WORDS = 6  # a restatement this long is no chance echo of a few words


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def restates(heading: str, question: str) -> bool:
    """Does ``heading`` restate ``question`` word for word, its verb moved as in an indirect
    question ("Ist ein Einsatz … verbunden?" → "… ob ein Einsatz … verbunden ist")? The
    question's words after its first one must run in the heading without a gap — six
    words at least — and the question must ask only one thing (one "?", at its end)."""
    plain = question.strip()
    if plain.count("?") != 1 or not plain.endswith("?"):
        return False
    body = _words(plain)[1:]
    if len(body) < _MIN_WORDS:
        return False
    said = _words(heading)
    return any(said[i:i + len(body)] == body for i in range(len(said) - len(body) + 1))


def joint_sections(numbers: list[str], texts: list[str], sections: list[tuple[str, list[str]]]) -> list[list[int]] | None:
    """The questions each labelled part answers, where the labels are the questions' own,
    each once, in the order asked, and every question without its own label is restated
    word for word in the heading (first paragraph) of the labelled part right before it
    (see the module). None where that does not hold — also where every question has its
    own label (the plain division), or a part's heading restates a question it does not
    take."""
    labels = [label for label, _ in sections]
    if labels == numbers or len(set(labels)) != len(labels) or not labels or labels[0] != numbers[0]:
        return None
    groups: list[list[int]] = []
    position = 0
    for index, number in enumerate(numbers):
        if position < len(labels) and labels[position] == number:
            groups.append([index])
            position += 1
            continue
        if not groups or not sections[position - 1][1] or not restates(sections[position - 1][1][0], texts[index]):
            return None
        groups[-1].append(index)
    return groups if position == len(labels) else None
