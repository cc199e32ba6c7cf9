"""R117-02: Clinic Desk started twice at once on a caseload being made or updated waits for the
other (K114-03), its dialog saying "Waiting for another Clinic Desk that is making or updating
this caseload..." (R116-01).  Closed from its title bar meanwhile, as a paralegal tired of a
wait does, it said N66's words for an update it was not doing: "Clinic Desk is updating this
caseload for the new version, after backing it up. It cannot stop half-way ...", where this one
had backed nothing up, updated nothing, and a new caseload has no new version.  It says what is
so: the other is at work, this one opens the caseload once that is done."""

from __future__ import annotations

import fcntl
import os
import sys
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.connection import WAITING_FOR_OTHER_SAID, schema_lock
from db.repository import Repository
from ui.opening import WAIT_SAID, UpdatingDialog, open_showing_progress

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="flock"),
              pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")]


def opened_while_another_makes_it(tmp_path, meanwhile: Callable[[UpdatingDialog], None]) -> None:
    """The caseload in `tmp_path` opened as the window opens it while another Clinic Desk makes
    it: `meanwhile(dialog)` once the dialog says it waits, then the other is done."""
    held = os.open(schema_lock(tmp_path / "caseload.sqlite"), os.O_RDWR | os.O_CREAT)  # the other Clinic Desk, making it
    fcntl.flock(held, fcntl.LOCK_EX)
    let_go = threading.Event()

    def while_waiting():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UpdatingDialog) and w.isVisible()]
        if not dialogs or dialogs[0].labelText() != WAITING_FOR_OTHER_SAID or let_go.is_set():
            return
        meanwhile(dialogs[0])
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


def test_r117_02_closing_the_wait_for_another_program_says_it_waits_not_that_it_updates(qtbot, tmp_path):
    seen: dict = {}

    def close(dialog: UpdatingDialog) -> None:
        dialog.close()  # the title bar's close
        seen["warning"] = [box.text() for box in QApplication.topLevelWidgets()
                           if isinstance(box, QMessageBox) and box.isVisible()]
        seen["still_open"] = dialog.isVisible()

    opened_while_another_makes_it(tmp_path, close)
    assert seen["still_open"] is True
    [said] = seen["warning"]
    assert said != WAIT_SAID
    assert said.startswith("Another Clinic Desk is making or updating this caseload"), said
    assert "after backing it up" not in said
