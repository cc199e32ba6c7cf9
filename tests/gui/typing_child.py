"""A Clinic Desk window in a child process that opens a client, types a note without leaving
the field, and, once the typing is kept as a draft, prints STOPPED and waits to be killed
(SIGKILL: a dead battery, a task manager): tests/gui/test_draft.py.

    python typing_child.py CASELOAD CLIENT_ID NOTE

With a fourth argument, "payment", NOTE is typed as the amount of a payment on the
Checklist (its first case's), not added (U31-08); "completed" or "count", over the first
condition's completed date or count that has one on the Checklist, the box not left (U31B-02);
"dob", "1985-13-01" over the date of birth first (no date yet), then NOTE in the notes (D32-01).
With CLIENT_ID "new", NOTE is typed as a new client's name (Ctrl+N), the field not left (D32-02).
With a fourth argument "review", NOTE is typed as an attorney's review note of the Eligibility
tab's PC 1203.4 row of case BA100001's PC 459, the review not recorded (K114-02).
With CLIENT_ID "intake", NOTE is a client's name started at intake (born 5/14/1979), and a case
typed in box 2 after it, not added (K114-01).
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
from tests.gui.pinned import DRAFT_AFTER_MS_IN_TESTS, TODAY  # noqa: E402  (not the conftest: no pytest)
from ui import client_view  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def main(path: str, client_id: str, note: str, where: str = "notes") -> None:
    app = QApplication([])
    client_view.DRAFT_AFTER_MS = DRAFT_AFTER_MS_IN_TESTS  # the typing is done before it: keyClicks runs no event loop
    if client_id == "intake":
        return _intake(app, path, note)
    window = MainWindow(Repository.open(path, user="volunteer-1"), today=TODAY, automatic_backups=False)
    window.show()
    if client_id == "new":
        window.new_client()
    else:
        window.open_client(int(client_id))
    view = window.client_view
    if where == "review":
        return _review_note(app, path, client_id, view, note)
    if client_id == "new":
        QTest.keyClicks(view.record.person.name, note)  # the name typed, not left: the client not stored yet
    elif where == "payment":
        view.tabs.setCurrentIndex(1)  # the Checklist
        field = next(iter(view.checklist.payment_forms.values())).amount
        field.setFocus()
        QTest.keyClicks(field, note)  # typed, "Add payment" not pressed: nothing saved yet
    elif where in ("completed", "count"):
        view.tabs.setCurrentIndex(1)
        box = next(view.checklist.control(view.client.cases[0].id, where, position) for position in range(9)
                   if view.checklist.control(view.client.cases[0].id, where, position) is not None)
        field = box.lineEdit() if where == "count" else box
        box.setFocus()
        field.selectAll()
        QTest.keyClicks(field, note)  # typed, the box not left: nothing saved yet
    else:
        if where == "dob":
            dob = view.record.person.dob
            dob.setFocus()
            dob.selectAll()
            QTest.keyClicks(dob, "1985-13-01")  # no such month: the record cannot be made of the forms
        notes = view.record.person.notes
        notes.setFocus()
        notes.moveCursor(notes.textCursor().MoveOperation.End)
        QTest.keyClicks(notes, note)  # typed, the field not left: nothing saved yet
    _stopped_once_kept(app, path, f"draft:{client_id}")


def _intake(app: QApplication, path: str, name: str) -> None:
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(Repository.open(path, user="volunteer-1"), today=TODAY, events=[])
    dialog.show()
    dialog.name.setText(name)
    QTest.keyClicks(dialog.dob, "5/14/1979")
    dialog.start_client()
    QTest.keyClicks(dialog.case_number, "BA123456")
    dialog.conviction.offense.setFocus()
    QTest.keyClicks(dialog.conviction.offense, "459")
    dialog.conviction.date.setFocus()
    QTest.keyClicks(dialog.conviction.date, "3/2/2015")  # typed, Enter not pressed: the case not added
    _stopped_once_kept(app, path, f"draft:intake:{dialog.client.id}")


def _review_note(app: QApplication, path: str, client_id: str, view, note: str) -> None:
    from PySide6.QtCore import QTimer

    view.tabs.setCurrentIndex(2)  # Eligibility
    panel = view.eligibility
    # Found by what it says, as the table's order may be another (a sort kept on this computer).
    said = [tuple(panel.proxy.index(row, column).data() for column in range(3)) for row in range(panel.proxy.rowCount())]
    panel.table.selectRow(said.index(("BA100001", "PC 459", "Dismissal after probation (PC 1203.4)")))

    def typed() -> None:
        dialog = QApplication.activeModalWidget()
        QTest.keyClicks(dialog.note, note)  # written, Mark reviewed not pressed: nothing recorded
        _stopped_once_kept(app, path, f"draft:review:{client_id}")

    QTimer.singleShot(0, typed)
    panel._review()  # the dialog's own loop runs until the kill


def _stopped_once_kept(app: QApplication, path: str, key: str) -> None:
    watch = sqlite3.connect(path)
    given_up = time.monotonic() + 30  # a draft comes a moment after the typing: said, not waited for (U31-08)
    while watch.execute("SELECT 1 FROM settings WHERE key = ?", (key,)).fetchone() is None:
        if time.monotonic() > given_up:
            print("NO DRAFT KEPT", flush=True)
            return
        QTest.qWait(50)
    print("STOPPED", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.05)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *sys.argv[3:5])
