"""A chart's axis extracted into an answer's text: "0% 10% 20% 30% 40% … Innenstadt-Ost
Innenstadt-West …". The PDF's text layer gives the chart's tick labels and category names
where the page ends, so they stand inside whatever answer runs there, which need not be
the answer that announces the chart ("… zeigt die folgende Grafik:" ending the answer
before). Which answer the chart belongs to is not settled: a doubt (``check_chart_axis``)."""

from __future__ import annotations

import re

from .model import Inquiry, ParseIssue

# "0% 10% 20% 30%", "0 % 25 % 50 % 75 %": tick labels of a percentage axis
_TICK = re.compile(r"(?<![\d,.])(\d{1,3}) ?%")


def has_chart_axis(text: str) -> bool:
    """Four percentage ticks or more one after another (only spaces between them), rising
    from 0 by one step ("0% 10% 20% 30%"): an axis, not figures a sentence states."""
    ticks = [(m.start(), m.end(), int(m.group(1))) for m in _TICK.finditer(text)]
    run = []
    for start, end, value in ticks:
        if run and text[run[-1][1]:start].strip() == "":
            run.append((start, end, value))
        else:
            run = [(start, end, value)]
        values = [v for _, _, v in run]
        if len(values) >= 4 and values[0] == 0 and values[1] > 0 \
                and all(b - a == values[1] for a, b in zip(values, values[1:], strict=False)):
            return True
    return False


def check_chart_axis(inq: Inquiry) -> None:
    """Record the doubt where an answer holds a chart's percentage axis (see the module)."""
    for answer in inq.answers:
        if has_chart_axis(answer.text):
            inq.issues.append(ParseIssue("answers", "answer holds a chart's axis extracted into its text "
                                         "(the chart may belong to another answer)", answer.line))
