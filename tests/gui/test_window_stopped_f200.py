"""F200: the window stopped by a `kill`, a laptop shutting down or logging out (SIGTERM).

Python's default ended `clinic-app` at once and unsaid: no closing backup of a caseload that
changed, the open record's last field not saved, the window's size not kept.  It now closes the
window as its close button does, says so on standard error, and ends 143 as a stopped command."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from db.backup import automatic_backups, backups_folder
from db.repository import Repository
from tests.gui.conftest import probation_client
from tests.stopped_process import signal_when_stopped

TYPED = "Asked to be called after 5 pm."

# The whole program as `clinic-app --db DB` runs it: once the caseload is shown, client 1 opened
# and a note typed, the field not left (nothing saved yet), then STOPPED said.
TYPED_WHEN_SHOWN = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from ui import app
from ui.main_window import MainWindow

load = MainWindow.load_in_background

def typed(window):
    window.open_client(1)
    notes = window.client_view.record.person.notes
    notes.setFocus()
    QTest.keyClicks(notes, sys.argv[2])
    print("STOPPED", flush=True)

def load_said(window):
    window.caseload_loaded.connect(lambda: QTimer.singleShot(0, lambda: typed(window)))
    load(window)

MainWindow.load_in_background = load_said
sys.exit(app.run(Path(sys.argv[1])))
"""


def _stopped_with_a_note_typed(tmp_path: Path, signum: int):
    """The program on a caseload with one change no backup has yet, sent `signum` once a note
    is typed: how it ended, and the caseload then."""
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        assert repo.add_client(probation_client("Sofía Shutdown")) == 1
    assert automatic_backups(backups_folder(db), db) == []
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root), "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / ".config"),
           "QT_QPA_PLATFORM": "offscreen"}
    ended = signal_when_stopped([sys.executable, "-c", TYPED_WHEN_SHOWN, str(db), TYPED], signum, cwd=root, env=env,
                                what="the window showing the client, a note typed")
    return ended, db


def test_a_shutdown_closes_the_window_as_its_close_button_does_backup_and_all(tmp_path):
    ended, db = _stopped_with_a_note_typed(tmp_path, signal.SIGTERM)
    assert ended.returncode == 128 + signal.SIGTERM, ended.stderr
    assert "clinic-app: stopped (SIGTERM): closing the window as its close button does." in ended.stderr
    assert "Traceback" not in ended.stderr
    with Repository.open(db, create=False) as repo:
        assert repo.get_client(1).notes.startswith(TYPED)  # the field saved, as a close saves it
    assert len(automatic_backups(backups_folder(db), db)) == 1  # the closing backup, as a close makes it


def test_ctrl_c_at_its_terminal_closes_the_window_too_with_no_traceback(tmp_path):
    """F200-03: Ctrl-C where `clinic-app` was started raised KeyboardInterrupt in the next Python
    the window ran (a key's event filter), printed its traceback, and the window ran on."""
    ended, db = _stopped_with_a_note_typed(tmp_path, signal.SIGINT)
    assert ended.returncode == 128 + signal.SIGINT, ended.stderr
    assert "clinic-app: interrupted: closing the window as its close button does." in ended.stderr
    assert "Traceback" not in ended.stderr and "KeyboardInterrupt" not in ended.stderr
    with Repository.open(db, create=False) as repo:
        assert repo.get_client(1).notes.startswith(TYPED)
