"""R187-01: a caseload screened by an older Clinic Desk has its list's lines made again as it is
opened (L181), the opening's dialog saying "Updating the caseload list's lines for this version of
Clinic Desk...".  Closed from its title bar meanwhile, it said N66's words for a schema update:
"Clinic Desk is updating this caseload for the new version, after backing it up. ... the update is
undone", where no backup was made (a caseload of this schema is not backed up) and the lines made
are kept.  It says what is so: the lines are being made, no record changes, the rest next time."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from db.lines import LINES_SAID
from ui.opening import WAIT_SAID, UpdatingDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r187_01_closing_the_dialog_while_the_lines_are_made_says_so_not_a_backup(qtbot):
    dialog = UpdatingDialog(None)
    qtbot.addWidget(dialog)
    dialog.setLabelText(LINES_SAID)
    dialog.show()
    dialog.close()  # the title bar's close
    assert dialog.isVisible()  # it waits
    assert isinstance(dialog.warning, QMessageBox) and dialog.warning.isVisible()
    said = dialog.warning.text()
    assert said != WAIT_SAID
    assert "after backing it up" not in said and "undone" not in said
    assert said.startswith("Clinic Desk is making the caseload list's lines again"), said
    assert "next time the caseload is opened" in said
    dialog.warning.done(0)
    dialog.done_opening()
