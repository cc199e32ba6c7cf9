"""U118-03: the open's dialog was named "Updating the caseload" to a screen reader whatever it
waited for: Clinic Desk started twice at once, the second's dialog showed "Waiting for another
Clinic Desk that is making or updating this caseload..." (R116-01) and was heard as updating it,
which it was not; the backup before an update was heard as the update.  What is heard names what
is shown."""

from __future__ import annotations

import fcntl
import os
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from db.connection import BACKING_UP_SAID, WAITING_FOR_OTHER_SAID, schema_lock, updating_said
from db.repository import Repository
from ui.opening import UpdatingDialog, open_showing_progress

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def heard(dialog: UpdatingDialog) -> str:
    return QAccessible.queryAccessibleInterface(dialog).text(QAccessible.Text.Name)


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_u118_03_the_wait_for_another_program_is_heard_as_a_wait(qtbot, tmp_path):
    held = os.open(schema_lock(tmp_path / "caseload.sqlite"), os.O_RDWR | os.O_CREAT)  # the other Clinic Desk, making it
    fcntl.flock(held, fcntl.LOCK_EX)
    let_go = threading.Event()
    seen: dict = {}

    def while_waiting():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UpdatingDialog) and w.isVisible()]
        if not dialogs or dialogs[0].labelText() != WAITING_FOR_OTHER_SAID or let_go.is_set():
            return
        seen["heard"] = heard(dialogs[0])
        os.close(held)  # the other is done
        let_go.set()

    ticking = QTimer()
    ticking.timeout.connect(while_waiting)
    ticking.start(10)
    try:
        repo = open_showing_progress(lambda progress: Repository.open(tmp_path / "caseload.sqlite", progress=progress))
    finally:
        ticking.stop()
        if not let_go.is_set():
            os.close(held)
    repo.close()
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
