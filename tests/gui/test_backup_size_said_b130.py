"""B130-02: File > Back up caseload... said "backed up (and checked)" and not how big the
backup is, for a USB stick to hold: said now."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_the_window_says_the_backups_size(qtbot, window, repo, monkeypatch, tmp_path):
    repo.add_client(probation_client("Rosa Backup"))
    window.load()
    target = tmp_path / "end-of-day.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))

    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)

    kb = round(target.stat().st_size / 1000)
    assert told == [f"The caseload is backed up (and checked) in {target} ({kb}\u00a0KB)."]
