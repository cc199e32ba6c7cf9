"""B105-03: File > Back up caseload, a file typed in a folder that is not there (the stick's,
remembered, with the stick out) made the folders on the laptop's disk and said "The caseload is
backed up (and checked) in /media/usb/...".  The warning says the folder is missing, nothing made."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_a_backup_into_a_folder_missing_is_said_in_the_window(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "usb" / "end-of-day.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))

    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)

    assert told == [f"{target}: folder {target.parent} does not exist; make it first, or choose another. Nothing was written."]
    assert not target.parent.exists()
