"""B130-01: File > Back up caseload... offered caseload.backup.sqlite beside the caseload each
time, undated: the second backup replaced the first (once the file dialog asked), both on the
laptop's disk.  It offers a dated name now, as `clinic-app backup` does, in the folder the last
backup went to."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_the_window_offers_a_dated_backup_in_the_folder_the_last_one_went_to(qtbot, window, repo, monkeypatch, tmp_path):
    repo.add_client(probation_client("Rosa Backup"))
    window.load()
    stick = tmp_path / "usb"
    stick.mkdir()
    offered: list[str] = []

    def save_on_the_stick(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(stick / f"{window.db_path.stem}.backup-{datetime.now():%Y-%m-%d}.sqlite") if len(offered) == 1 else suggested, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_on_the_stick))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    day = datetime.now().strftime("%Y-%m-%d")

    window.backup_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 1, timeout=60_000)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=60_000)

    first = stick / f"{window.db_path.stem}.backup-{day}.sqlite"
    second = stick / f"{window.db_path.stem}.backup-{day}-2.sqlite"
    assert offered == [str(window.db_path.parent / first.name), str(second)]
    assert told == [f"The caseload is backed up (and checked) in {path} ({round(path.stat().st_size / 1000)}\u00a0KB)." for path in (first, second)]
    assert first.is_file() and second.is_file()  # the first kept, not replaced


def test_a_folder_no_longer_there_gives_the_caseloads_own_again(qtbot, window, repo, monkeypatch, tmp_path):
    from PySide6.QtCore import QSettings

    QSettings().setValue("backups/folder", str(tmp_path / "usb-taken-out"))
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda _p, _t, suggested, _f: offered.append(suggested) or ("", "")))

    window.backup_action.trigger()

    assert offered == [str(window.db_path.parent / f"{window.db_path.stem}.backup-{datetime.now():%Y-%m-%d}.sqlite")]
