"""C131-04: a coordinator readying a borrowed laptop for a clinic event from the window alone was
told, on the empty caseload, every way to add a client and to set the clinic's details, and not
that a laptop going to events is encrypted (the README's advice): encrypted after the event's day,
the backups made meanwhile stay plain.  The empty plain caseload now says it, and stops once
File > Encrypt caseload is done."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.repository import Repository

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

SAID = "Event laptop? Encrypt this caseload while it is empty: File > Encrypt caseload..."  # in fewer words since S140-02


def test_the_empty_plain_caseload_asks_to_encrypt_it_until_it_is(qtbot, window, monkeypatch):
    from ui.passphrase_dialog import NewPassphraseDialog

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append(title))

    def choose_passphrase():
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewPassphraseDialog) and w.isVisible())
        for field in (dialog.first, dialog.second):
            qtbot.keyClicks(field, "pomona frijoles azules")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    window.load()
    view = window.caseload
    assert view.empty_label.text().startswith("No clients yet: add one with File > New client")
    assert SAID in view.empty_label.text()
    QTimer.singleShot(0, choose_passphrase)
    window.encrypt_action.trigger()
    qtbot.waitUntil(lambda: told == ["Caseload encrypted"], timeout=60_000)
    assert view.empty_label.text().startswith("No clients yet: add one with File > New client")
    assert SAID not in view.empty_label.text()


def test_an_encrypted_empty_caseload_is_not_asked_to_be_encrypted(qtbot, tmp_path):
    from ui.main_window import MainWindow

    path = tmp_path / "caseload.sqlite"
    repo = Repository.open(path, passphrase="pomona frijoles azules")
    window = MainWindow(repo, path)
    qtbot.addWidget(window)
    try:
        window.load()
        assert window.caseload.empty_label.text().startswith("No clients yet")
        assert SAID not in window.caseload.empty_label.text()
    finally:
        window.close()
        repo.close()
