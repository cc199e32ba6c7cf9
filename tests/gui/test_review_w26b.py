"""Finding W26-07: a restore that failed with an internal error, then the caseload not
opening again, left no window to show the crash report on: the user saw "(an internal
error)" and nothing else.  Real window, real restore path; only the two steps made to fail."""

from __future__ import annotations

import os
import re

import pytest
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from db.backup import backup_rotating
from db.repository import Repository
from tests.gui.conftest import answer_message_box, probation_client
from ui.restore_dialog import RestoreDialog


class InternalBug(RuntimeError):
    pass


@pytest.mark.parametrize("restore_fails, open_fails", [("bug", "bug"), ("bug", "caseload"), (None, "bug")])
def test_w26_07_an_internal_error_with_no_window_left_is_saved_and_said_where(qtbot, window, repo, monkeypatch,
                                                                               restore_fails, open_fails):
    from db.errors import CaseloadError

    repo.add_client(probation_client("Kept Client"))
    backup = backup_rotating(repo.db)
    window.load()
    if restore_fails:
        def restore_bug(*_args, **_kwargs):
            raise InternalBug("restore went wrong inside")
        monkeypatch.setattr("db.backup.restore", restore_bug)

    def exec_(dialog):
        dialog.show()
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    said = []
    monkeypatch.setattr("ui.restore_dialog.say_restored", lambda _p, text: said.append(("restored", text)))
    monkeypatch.setattr("ui.restore_dialog.say_not_restored", lambda _p, text: said.append(("not restored", text)))
    monkeypatch.setattr("ui.restore_dialog.say_restored_not_opened", lambda _p, text: said.append(("not opened", text)))
    shown = []
    monkeypatch.setattr("ui.crash.show_crash", lambda parent, report: shown.append(report))
    answer_message_box(qtbot, [], click="Restore")

    def does_not_open(*_args, **_kwargs):
        if open_fails == "bug":
            raise InternalBug("opening went wrong inside")
        raise CaseloadError("The caseload file is damaged.")

    monkeypatch.setattr(Repository, "open", does_not_open)
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *_a: quits.append(1))
    db_path = window.db_path
    window.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    ((kind, text),) = said
    assert kind == ("not restored" if restore_fails else "not opened")
    if open_fails == "bug":
        assert "The caseload does not open (an internal error)." in text
    else:
        assert "The caseload does not open: The caseload file is damaged." in text
    assert f"The caseload is at {db_path}; the backup chosen is at {backup}." in text
    found = re.search(r"The report of the internal error is saved at (\S+\.txt);", text)
    assert found, text
    saved = found.group(1)
    report = open(saved, encoding="utf-8").read()
    assert "Traceback (most recent call last)" in report
    # Every internal error of the way is in it, the restore's and the reopening's.
    assert ("restore went wrong inside" in report) == bool(restore_fails)
    assert ("opening went wrong inside" in report) == (open_fails == "bug")
    assert str(db_path.parent) in saved
    assert os.stat(saved).st_mode & 0o777 == 0o600  # this user's only, as the caseload
    assert text.endswith("Clinic Desk closes now.")
    assert shown == []  # no window to show it on: not a dialog with no parent left
    assert quits == [1] and window.next_window is None
    qtbot.waitUntil(lambda: not isValid(window))
    assert QApplication.instance().quitOnLastWindowClosed()
