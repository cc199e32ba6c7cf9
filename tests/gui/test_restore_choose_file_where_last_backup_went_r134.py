"""R134-03: since B130-01, File > Back up caseload... offers the folder the last backup went to
(the clinic's USB stick) and remembers it, yet File > Restore from backup's Choose file..., the
way to "one kept elsewhere", opened in the backups folder beside the caseload, whose backups the
dialog's own list already shows: the paralegal restoring last Friday's backup walked to the stick
by hand.  It now starts where the last backup went, and beside the caseload as before where none
was made or that folder is gone (the stick taken out)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from db.backup import backups_folder
from ui.restore_dialog import RestoreDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _started_in(qtbot, repo, monkeypatch) -> str:
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda _parent, _title, folder, _filter: offered.append(folder) or ("", "")))
    dialog = RestoreDialog(repo.path, None)
    qtbot.addWidget(dialog)
    dialog.choose_button.click()
    assert len(offered) == 1
    return offered[0]


def test_choose_file_starts_where_the_last_backup_went(qtbot, repo, monkeypatch, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    QSettings().setValue("backups/folder", str(stick))
    assert _started_in(qtbot, repo, monkeypatch) == str(stick)


def test_with_the_stick_taken_out_it_starts_beside_the_caseload(qtbot, repo, monkeypatch, tmp_path):
    QSettings().setValue("backups/folder", str(tmp_path / "usb-taken-out"))
    assert _started_in(qtbot, repo, monkeypatch) == str(backups_folder(repo.path))
