"""R131-04: File > Back up caseload... offers the folder the last backup went to since B130-01
(a USB stick, or a folder on the laptop), yet File > Encrypt caseload... and Change passphrase
named only the window's backups beside the caseload as left plain, or under the old passphrase:
a plain copy of every client in that folder went unsaid (D21-06)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

pytest.importorskip("sqlcipher3", reason="the encryption extra (sqlcipher3) is not installed")

from clinic_app.model import Client  # noqa: E402
from db.backup import backup_to  # noqa: E402
from db.repository import Repository  # noqa: E402
from tests.gui.test_passphrase import new_passphrase_typed  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.tasks import BACKUP_FOLDER_SETTING  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _told_after(qtbot, monkeypatch, tmp_path, passphrase: str | None, action: str) -> tuple[str, str]:
    """The message the window gives after `action` ("encrypt_action", "rekey_action"), with a
    window backup of the caseload in the folder the last one went to, not beside it."""
    path = tmp_path / "caseload.sqlite"
    repo = Repository.open(path, passphrase=passphrase)
    repo.add_client(Client(name="Lupe Testafuera"))
    folder = tmp_path / "Documents" / "Clinic backups"
    folder.mkdir(parents=True)
    elsewhere = backup_to(repo.db, folder / "caseload.backup-2026-12-01.sqlite")
    QSettings().setValue(BACKUP_FOLDER_SETTING, str(folder))
    window = MainWindow(repo, path)
    qtbot.addWidget(window)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))

    try:
        window.load()
        QTimer.singleShot(0, new_passphrase_typed(qtbot, "una frase nueva de prueba"))
        getattr(window, action).trigger()
        qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    finally:
        window.close()
        repo.close()
    return str(elsewhere), told[0]


def test_r131_04_encrypting_names_a_plain_backup_in_the_folder_the_last_one_went_to(qtbot, monkeypatch, tmp_path):
    elsewhere, text = _told_after(qtbot, monkeypatch, tmp_path, None, "encrypt_action")
    assert f"1 older backup where the last backup went is not encrypted ({elsewhere})" in text


def test_r131_04_a_new_passphrase_names_a_backup_there_that_opens_with_the_old_one(qtbot, monkeypatch, tmp_path):
    elsewhere, text = _told_after(qtbot, monkeypatch, tmp_path, "la frase de antes", "rekey_action")
    assert f"1 backup where the last backup went still opens with the old passphrase ({elsewhere})" in text
