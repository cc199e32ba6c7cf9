"""R74-02 on the Record tab: a client intake saw with two cases and no number for either, each
with a year alone ("Case 1 (no case number): probation end 2019, ..."), and a volunteer types
"unknown" as each case's number, as R46-06 saw volunteers do.  Each line was renamed to "Case
unknown: ..." (Y73-01), and the worksheet printed both years under both cases.  "Unknown" is no
number: each line keeps naming its case by its place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_year_alone_follows_its_case_y73 import LINE, NOTES, SAID, _open_on_case, known_at_intake

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r74_02_unknown_typed_in_two_cases_keeps_each_year_under_its_case(qtbot, window, repo):
    client_id = _open_on_case(qtbot, window, repo, 0)
    record = window.client_view.record
    for row in (0, 2):
        record.cases.setCurrentRow(row)
        qtbot.waitUntil(lambda: record.selected_case() == row)
        number = record.case_form.case_number
        number.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(number.hasFocus)
        qtbot.keyClicks(number, "unknown")
        qtbot.keyClick(number, Qt.Key.Key_Tab)  # leaving the field saves it
        qtbot.waitUntil(lambda: repo.get_client(client_id).cases[row].case_number == "unknown")
    stored = repo.get_client(client_id)
    assert stored.notes == NOTES
    assert stored.notes.splitlines()[1:] == [LINE.format("1 (no case number)", 2019), LINE.format("3 (no case number)", 2012)]
    assert known_at_intake(stored) == {"484(a)": [SAID.format(2019)], "647(f)": [], "602": [SAID.format(2012)]}
