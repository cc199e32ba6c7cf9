"""A Clinic Desk window in a child process that opens a client, types a note without leaving
the field, and, once the typing is kept as a draft, prints STOPPED and waits to be killed
(SIGKILL: a dead battery, a task manager): tests/gui/test_draft.py.

    python typing_child.py CASELOAD CLIENT_ID NOTE
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db.repository import Repository  # noqa: E402
from tests.gui.conftest import TODAY  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def main(path: str, client_id: int, note: str) -> None:
    app = QApplication([])
    window = MainWindow(Repository.open(path, user="volunteer-1"), today=TODAY, automatic_backups=False)
    window.show()
    window.open_client(client_id)
    notes = window.client_view.record.person.notes
    notes.setFocus()
    notes.moveCursor(notes.textCursor().MoveOperation.End)
    QTest.keyClicks(notes, note)  # typed, the field not left: nothing saved yet
    watch = sqlite3.connect(path)
    while watch.execute("SELECT 1 FROM settings WHERE key = ?", (f"draft:{client_id}",)).fetchone() is None:
        QTest.qWait(50)
    print("STOPPED", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
