"""L94-01: a large-print Spanish checklist printed "6 de septiembre de" over "2027" in its
"Para cuándo" column (every long month's date: the column had 2.2 inches, the date needs 2.8).
Where a date cannot have its room beside "Quién lo hace" and the tasks' 3 inches, who does the
step goes under its date, in one column: the date whole on one line, the tasks wider than 3
inches, and each step's "who" still beside it.  Real PDFs, read back with pypdf."""

from __future__ import annotations

from datetime import date

import pytest
from handout_layout import positioned_runs, squash
from test_layout import on_probation_until

from clinic_app.eligibility import screen
from clinic_app.handouts import ClinicInfo, compose, render_bytes

AS_OF = date(2026, 11, 15)


def large_print(lang: str):
    client, _ = on_probation_until(date(2028, 9, 28), lang)
    handout = compose(client, screen(client.person, client.cases, AS_OF), ClinicInfo(), lang=lang,
                      large_print=True, as_of=AS_OF)
    return handout, render_bytes(handout)


def baselines(pdf: bytes) -> list[list[tuple[float, str]]]:
    """Each baseline of each page: its runs as (x, text), left to right."""
    pages = []
    for runs in positioned_runs(pdf):
        lines: dict[float, list[tuple[float, str]]] = {}
        for x, y, text in runs:
            lines.setdefault(y, []).append((x, text))
        pages += [sorted(line) for _, line in sorted(lines.items(), reverse=True)]
    return pages


@pytest.mark.pdf
def test_l94_01_a_long_spanish_date_is_whole_on_one_line_in_large_print():
    handout, pdf = large_print("es")
    dates = [t.due_text for t in handout.section("checklist").blocks if t.due_text]
    assert dates and all("septiembre" in d for d in dates)
    due_x = min(x for page in positioned_runs(pdf) for x, _, text in page if squash(text) == squash(handout.labels["due"]))
    column = [squash(" ".join(text for x, text in line if x >= due_x - 1)) for line in baselines(pdf)]
    for day in dates:
        assert squash(day) in column, f"{day!r} is not whole on one line of its column"
    assert not any(line.endswith("septiembre de") for line in column)


@pytest.mark.pdf
def test_l94_01_who_does_the_step_is_under_its_date_and_the_tasks_keep_their_room():
    handout, pdf = large_print("es")
    labels = handout.labels
    runs = [r for page in positioned_runs(pdf) for r in page]
    at = {squash(text): (x, y) for x, y, text in runs}
    (task_x, _), (due_x, due_y), (who_x, who_y) = (at[squash(labels[k])] for k in ("task", "due", "who"))
    assert abs(who_x - due_x) < 1 and who_y < due_y  # "Quién lo hace" under "Para cuándo"
    assert due_x - task_x > 3.0 * 72  # the tasks keep more than their 3 inches
    # Each dated step's date, then its "who" right under it, in that column.
    column = [squash(text) for x, _, text in sorted(runs, key=lambda r: -r[1]) if abs(x - due_x) < 1]
    for task in handout.section("checklist").blocks:
        if task.due_text:
            assert squash(task.who) in column[column.index(squash(task.due_text)) + 1]


@pytest.mark.pdf
def test_l94_01_a_date_with_room_keeps_its_own_column():
    """Standard print keeps its four columns: "Quién lo hace" right of "Para cuándo"."""
    client, handout = on_probation_until(date(2028, 9, 28), "es")
    labels = handout.labels
    at = {squash(text): (x, y) for page in positioned_runs(render_bytes(handout)) for x, y, text in page}
    assert at[squash(labels["who"])][0] > at[squash(labels["due"])][0] + 72
