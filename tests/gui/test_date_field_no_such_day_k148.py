"""K148-04: a date field told a day no calendar has as "Not a date: there is no 2026-11-31 (check
the month and the day)", where `report --period` says "no such day: '2026-11-31' (November 2026
has 30 days)": the volunteer checked both and still did not know which was wrong.  The field now
says the month's days, in the report's words (clinic_app.screening_format.no_such_day), whichever
way the day was written."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize(("typed", "said"), [
    ("2026-11-31", "Not a date: there is no 2026-11-31 (November 2026 has 30 days)"),
    ("11/31/2026", "Not a date: there is no 11/31/2026 (November 2026 has 30 days)"),
    ("2/29/2027", "Not a date: there is no 2/29/2027 (February 2027 has 28 days)"),
    ("31 de abril de 2026", "Not a date: there is no 31 de abril de 2026 (April 2026 has 30 days)"),
    ("2026-13-01", "Not a date: there is no 2026-13-01 (there is no month 13)"),
])
def test_a_day_no_calendar_has_is_said_with_its_months_days(qtbot, window, repo, typed, said):
    _, form = open_on_record(window, repo, probation_client("Nico Noday"))
    type_over(qtbot, form.probation_end, typed)
    qtbot.keyClick(form.probation_end, Qt.Key.Key_Tab)

    assert form.probation_end.text() == typed  # left as typed, to be put right
    assert form.rows["probation_end"].message.text() == said
