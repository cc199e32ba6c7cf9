"""The hourly automatic backup and File > Encrypt caseload (or Change passphrase).

(And the window come back to meanwhile: following other desks read the closed connection too.)

The encryption replaces the caseload's file with its connection closed, on a worker, for a
few seconds.  The hour's backup, falling then, read that closed connection on the window's
thread and showed the crash dialog ("Cannot operate on a closed database").  It now waits
for the new file, and is made then, encrypted as the caseload is.  A backup already running
when Encrypt is chosen is waited for before the file is replaced.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

import db.backup  # noqa: E402
import db.cipher  # noqa: E402
from db.backup import automatic_backups, backups_folder  # noqa: E402
from db.cipher import looks_encrypted  # noqa: E402
from db.repository import Repository  # noqa: E402
from tests.gui.conftest import TODAY, let_go, probation_client, show_active  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.passphrase_dialog import NewPassphraseDialog  # noqa: E402

NEW = "tres palabras largas"


def _answer_new_passphrase() -> None:
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, NewPassphraseDialog):
        QTimer.singleShot(10, _answer_new_passphrase)
        return
    dialog.first.setText(NEW)
    dialog.second.setText(NEW)
    dialog.accept()


def _window(qtbot, repo) -> MainWindow:
    repo.add_client(probation_client("Rosa Respaldo"))  # a change since any backup
    window = MainWindow(repo, repo.path, today=TODAY, automatic_backups=False)
    window.load()
    show_active(qtbot, window)
    return window


def test_the_hours_backup_during_encryption_waits_for_the_encrypted_file(qtbot, tmp_path, monkeypatch):
    repo = Repository.open(tmp_path / "caseload.sqlite")
    said, crashed = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, _text: said.append(title))
    monkeypatch.setattr("ui.crash.show_crash", lambda _parent, report: crashed.append(report))
    converting, go_on = threading.Event(), threading.Event()
    real_encrypt = db.cipher.encrypt_caseload

    def slow_encrypt(path, passphrase):
        converting.set()
        go_on.wait(30)
        return real_encrypt(path, passphrase)

    monkeypatch.setattr(db.cipher, "encrypt_caseload", slow_encrypt)
    window = _window(qtbot, repo)
    path = repo.path
    try:
        QTimer.singleShot(0, _answer_new_passphrase)
        window.encrypt_action.trigger()
        qtbot.waitUntil(converting.is_set, timeout=30_000)
        window._back_up_while_open()  # the hour strikes while the file is being replaced
        window._follow_other_desks()  # and the window is come back to (S63: activated meanwhile)
        assert crashed == [] and automatic_backups(backups_folder(path), path) == []
        go_on.set()
        qtbot.waitUntil(lambda: said == ["Caseload encrypted"], timeout=60_000)
        qtbot.waitUntil(lambda: len(automatic_backups(backups_folder(path), path)) == 1, timeout=60_000)
        qtbot.waitUntil(lambda: window._open_backup is None, timeout=60_000)
        made = automatic_backups(backups_folder(path), path)[0]
        assert crashed == [] and looks_encrypted(made)  # made from the new file, with the passphrase
        assert "not made" not in window.status.text()
    finally:
        go_on.set()
        let_go(window)
        repo.close()


def test_encryption_waiting_for_a_backup_leaves_the_window_served_meanwhile(qtbot, tmp_path, monkeypatch):
    """A backup already running when Encrypt is chosen is waited for before the file is replaced.
    S63-03: Encrypt chosen while the hour's backup ran waited for it on the window's thread
    (up to 60 s): the passphrase dialog gone, the window went unpainted, its progress not yet
    shown, for as long as the backup had left.  The wait is now the worker's, behind the
    progress dialog (main's 69cad06f): Encrypt's menu item returns while the backup still
    runs, and the file is replaced only after it, as before."""
    repo = Repository.open(tmp_path / "caseload.sqlite")
    said, order = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, _text: said.append(title))
    backing_up, go_on = threading.Event(), threading.Event()
    real_backup, real_encrypt = db.backup.backup_rotating, db.cipher.encrypt_caseload

    def held_backup(database, *args, **kwargs):
        backing_up.set()
        go_on.wait(20)  # a backup of a large caseload, let go once the window was seen served
        made = real_backup(database, *args, **kwargs)
        order.append("backup")
        return made

    def encrypt(path, passphrase):
        order.append("encrypt")
        return real_encrypt(path, passphrase)

    monkeypatch.setattr(db.backup, "backup_rotating", held_backup)
    monkeypatch.setattr(db.cipher, "encrypt_caseload", encrypt)
    window = _window(qtbot, repo)
    try:
        window._back_up_while_open()
        qtbot.waitUntil(backing_up.is_set, timeout=30_000)
        QTimer.singleShot(0, _answer_new_passphrase)
        window.encrypt_action.trigger()
        assert not go_on.is_set() and order == []  # back to the event loop, the backup still running
        go_on.set()
        qtbot.waitUntil(lambda: said == ["Caseload encrypted"], timeout=60_000)
        assert order == ["backup", "encrypt"]
    finally:
        go_on.set()
        let_go(window)
        repo.close()
