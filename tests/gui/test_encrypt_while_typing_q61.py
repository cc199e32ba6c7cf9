"""File > Encrypt caseload (and Change passphrase) with typing still in the open record.

Q61-01: the caseload's connection is closed while the file is encrypted in place; the open
record's draft (kept a moment after typing stops, D28-02) was written meanwhile, and the
user got the crash dialog, "Cannot operate on a closed database".  Encrypt now leaves the
record first, as Change passphrase did (its valid typing saved, typing that cannot be saved
asked about), and no draft is written while the file is being replaced.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from db.repository import Repository  # noqa: E402
from tests.gui.conftest import DRAFT_AFTER_MS_IN_TESTS, TODAY, let_go, probation_client, show_active  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.passphrase_dialog import NewPassphraseDialog  # noqa: E402

NEW = "tres palabras largas"


def _type_new_passphrase(qtbot) -> None:
    """Answer the New passphrase dialog from the keyboard: typed, Tab, typed again, Enter."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, NewPassphraseDialog) or not dialog.first.hasFocus():
        QTimer.singleShot(10, lambda: _type_new_passphrase(qtbot))
        return
    qtbot.keyClicks(dialog.first, NEW)
    qtbot.keyClick(dialog.first, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.second, NEW)
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)


def _window_mid_edit(qtbot, repo):
    """A window on `repo` with a client open and "2024-13-45" typed in their probation end."""
    client_id = repo.add_client(probation_client("Rosa Cifrada"))
    window = MainWindow(repo, repo.path, today=TODAY, automatic_backups=False)
    window.resize(1280, 800)
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    end = window.client_view.record.case_form.probation_end
    end.setFocus()
    end.selectAll()
    qtbot.keyClicks(end, "2024-13-45")  # not a date: the record cannot be saved with it
    return window, client_id


@pytest.mark.parametrize("action, passphrase, told", [
    ("encrypt_action", None, "Caseload encrypted"),
    ("rekey_action", "la frase de antes", "Passphrase changed"),
])
def test_q61_01_encrypting_with_typing_in_the_record_asks_first_and_writes_nothing_meanwhile(
        qtbot, tmp_path, monkeypatch, action, passphrase, told):
    repo = Repository.open(tmp_path / "caseload.sqlite", passphrase=passphrase)
    asked, said = [], []

    def discard(_parent, problem, where):
        asked.append(where)
        return True

    monkeypatch.setattr("ui.client_view.ask_discard", discard)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, _text: said.append(title))
    monkeypatch.setattr("ui.client_view.DRAFT_AFTER_MS", DRAFT_AFTER_MS_IN_TESTS)  # the window's, built next
    window, client_id = _window_mid_edit(qtbot, repo)
    try:
        QTimer.singleShot(0, lambda: _type_new_passphrase(qtbot))
        getattr(window, action).trigger()
        qtbot.waitUntil(lambda: said == [told], timeout=60_000)
        qtbot.wait(DRAFT_AFTER_MS_IN_TESTS + 500)  # a draft due from the typing would be written by now
        assert asked == ["encrypt the caseload" if action == "encrypt_action" else "change the passphrase"]
        assert repo.passphrase == NEW
        with Repository.open(repo.path, passphrase=NEW) as again:
            assert str(again.get_client(client_id).cases[0].sentence.probation.end) == "2024-05-01"
    finally:
        let_go(window)
        repo.close()


def test_q61_01_staying_to_fix_the_record_encrypts_nothing(qtbot, tmp_path, monkeypatch):
    repo = Repository.open(tmp_path / "caseload.sqlite")
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, _problem, _where: False)
    window, _client_id = _window_mid_edit(qtbot, repo)
    asked_passphrase = []

    def cancel_if_asked() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, NewPassphraseDialog):
            asked_passphrase.append(dialog.windowTitle())
            dialog.reject()

    try:
        QTimer.singleShot(100, cancel_if_asked)
        window.encrypt_action.trigger()  # no passphrase is asked: the record is fixed first
        qtbot.wait(200)
        assert asked_passphrase == [] and repo.passphrase is None
        assert window.client_view.record.case_form.probation_end.text() == "2024-13-45"
    finally:
        let_go(window)
        repo.close()
