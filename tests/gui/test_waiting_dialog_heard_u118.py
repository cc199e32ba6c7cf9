"""U118-03: the open's dialog was named "Updating the caseload" to a screen reader whatever it
waited for: Clinic Desk started twice at once, the second's dialog showed "Waiting for another
Clinic Desk that is making or updating this caseload..." (R116-01) and was heard as updating it,
which it was not; the backup before an update was heard as the update.  What is heard names what
is shown."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QAccessible

from db.connection import BACKING_UP_SAID, WAITING_FOR_OTHER_SAID, updating_said
from ui.opening import UpdatingDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def heard(dialog: UpdatingDialog) -> str:
    return QAccessible.queryAccessibleInterface(dialog).text(QAccessible.Text.Name)


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_u118_03_the_wait_for_another_program_is_heard_as_a_wait(qtbot, tmp_path):
    from tests.gui.test_waiting_close_said_r117 import opened_while_another_makes_it  # flock: not on Windows

    seen: dict = {}
    opened_while_another_makes_it(tmp_path, lambda dialog: seen.update(heard=heard(dialog)))
    assert seen["heard"] == "Waiting for another Clinic Desk", seen


@pytest.mark.parametrize(("shown", "named"), [(BACKING_UP_SAID, "Backing up the caseload"),
                                               (updating_said(2, 4), "Updating the caseload"),
                                               (WAITING_FOR_OTHER_SAID, "Waiting for another Clinic Desk")])
def test_u118_03_each_step_is_heard_as_it_is_shown(qtbot, shown, named):
    dialog = UpdatingDialog(None)
    qtbot.addWidget(dialog)
    dialog.setLabelText(updating_said(1, 4))
    dialog.setLabelText(shown)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert heard(dialog) == named
