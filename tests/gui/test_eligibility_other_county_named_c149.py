"""C149-02: a client with cases in Los Angeles, Riverside and San Bernardino, the San
Bernardino DUI's probation holding back the other two cases' PC 1203.4.  On the Eligibility
tab the Los Angeles case's row read "Why: The person is on probation in case MSB21003456 ..."
and "Next steps: Ask the court to end probation early (PC 1203.3) in case MSB21003456", the
table naming each case by its number alone: which court is asked was nowhere.  Another
county's case is now said with its county, as the filing worksheet says it (C149-01)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from three_counties import three_counties

from tests.gui.conftest import eligibility_by_keyboard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _details_of(qtbot, panel, case_number: str, remedy: str) -> str:
    """The details of the row of `case_number`'s `remedy`, reached with the arrow keys."""
    qtbot.waitUntil(panel.table.hasFocus)
    for _ in range(panel.proxy.rowCount()):
        row = panel.table.currentIndex().row()
        if panel.proxy.index(row, 0).data() == case_number and panel.proxy.index(row, 2).data().startswith(remedy):
            return " ".join(panel.details.toPlainText().split())
        qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    raise AssertionError(f"no row {case_number} {remedy}")


def test_c149_02_the_los_angeles_row_names_the_san_bernardino_court(qtbot, window, repo):
    panel = eligibility_by_keyboard(qtbot, window, repo.add_client(three_counties()))
    said = _details_of(qtbot, panel, "4VN01234", "Dismissal after probation")
    assert "The person is on probation in case MSB21003456 (San Bernardino County) through 2027-03-14." in said
    assert "Ask the court to end probation early (PC 1203.3) in case MSB21003456 (San Bernardino County)" in said
    # Its own row, the case the Case column names, is said as before.
    own = _details_of(qtbot, panel, "MSB21003456", "Early termination")
    assert "(San Bernardino County)" not in own


def test_c149_02_one_county_reads_as_before(qtbot, window, repo):
    panel = eligibility_by_keyboard(qtbot, window, repo.add_client(three_counties(san_bernardino="Los Angeles County")))
    said = _details_of(qtbot, panel, "4VN01234", "Dismissal after probation")
    assert "Ask the court to end probation early (PC 1203.3) in case MSB21003456; relief can follow once it ends." in said
