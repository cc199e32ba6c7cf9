"""R135-02: V132-05 put the catalog's wobbler flag of the section typed before back to Unknown only
where the catalog reads nothing of the new one.  An attempt ("664/211") or a section read as its
nearest row ("PC 211(z)" as 211) typed over "PC 459-460(B)" kept the burglary's "Yes": a robbery
saved as a wobbler, a flag the screening reads before the catalog's (Context.wobbler), so PC
17(b) no longer called it a straight felony.  "HS 11377(z)" typed over PC 148's "No" kept "No".  Now Unknown alike."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_and_leave, type_intake_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize("typed_over", ["664/211", "PC 211(z)"])
def test_r135_02_an_attempt_or_a_near_section_keeps_no_flag_of_the_one_before(qtbot, repo, started_intake, typed_over):
    dialog = started_intake
    type_intake_case(qtbot, dialog, "LA012345-01", "03-14-2012", offense="PC 459-460(B)", enter=False)
    row = dialog.conviction
    assert row.wobbler.currentData() is True
    type_and_leave(qtbot, row.offense, typed_over)
    row.settle_offense()
    assert row.wobbler.currentData() is None
    row.date.setFocus()
    qtbot.keyClick(row.date, Qt.Key.Key_Return)
    (case,) = repo.get_client(dialog.client.id).cases
    (count,) = case.convictions
    assert count.wobbler is None


def test_r135_02_a_wobbler_read_near_keeps_no_no_of_the_one_before(qtbot, repo, started_intake):
    row = started_intake.conviction
    type_intake_case(qtbot, started_intake, "BA123456", "03-14-2012", offense="PC 148(A)(1)", enter=False)
    assert row.wobbler.currentData() is False
    type_and_leave(qtbot, row.offense, "HS 11377(z)")
    row.settle_offense()
    assert row.wobbler.currentData() is None
