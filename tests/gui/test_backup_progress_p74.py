"""P74-04: File > Back up caseload showed "Copying..." over a bar at 0 of 1 for the whole copy
and its check: 6.3 s at 100,000 clients (1.1 GB), nothing moving, as if the program had hung.
The bar follows the pages copied now, and the check of the copy after the last page is said,
not counted, as the backup before a migration does."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

import db.backup
from tests.gui.conftest import probation_client
from ui.tasks import TaskContext

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_p74_04_the_backups_bar_follows_the_pages_copied_then_says_the_check(qtbot, window, repo, monkeypatch, tmp_path):
    for n in range(3):
        repo.add_client(probation_client(f"Rosa Test{n}", case_number=f"BA7{n}"))
    window.load()
    pages = repo.db.conn.execute("PRAGMA page_count").fetchone()[0]
    monkeypatch.setattr(db.backup, "COPY_STEP_PAGES", 8)  # a big caseload's steps, on a small one
    target = tmp_path / "usb" / "end-of-day.sqlite"
    target.parent.mkdir()  # the stick is in (B105)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    steps: list[tuple[int, int, str]] = []
    real = TaskContext.progress
    monkeypatch.setattr(TaskContext, "progress", lambda self, done, total, text="": steps.append((done, total, text))
                        or real(self, done, total, text))

    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)

    assert told == [f"The caseload is backed up (and checked) in {target} ({round(target.stat().st_size / 1000)}\u00a0KB)."]
    counted = [(done, total) for done, total, text in steps if total]
    assert len(counted) >= pages // 8 - 1 and all(total == pages for _done, total in counted)
    assert [done for done, _total in counted] == sorted({done for done, _total in counted})  # on, never back
    assert steps[0] == (0, 0, "Copying...") and steps[-1] == (0, 0, "Checking the copy...")


def test_p74_05_cancel_stops_the_backup_and_leaves_the_older_one_as_it_was(qtbot, window, repo, monkeypatch, tmp_path):
    """P74-05: Cancel (or Escape) while the backup was copied said "Stopping...", and the copy
    went on: it replaced the backup of that name (last week's, on the USB stick), and the
    dialog closed with not a word.  Cancel stops the copy now; the file is left as it was, and
    that is said."""
    import time

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    for n in range(3):
        repo.add_client(probation_client(f"Rosa Test{n}", case_number=f"BA7{n}"))
    window.load()
    monkeypatch.setattr(db.backup, "COPY_STEP_PAGES", 4)
    target = tmp_path / "last-week.sqlite"
    target.write_bytes(b"")  # an older backup: any file of that name, as the program sees it
    db.backup.backup_to(repo.db, target)
    older = target.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: told.append((title, text)))
    steps: list[int] = []
    real = TaskContext.progress

    def slow_copy(self, done, total, text=""):  # a big caseload's copy, a step at a time
        if total:
            steps.append(done)
            time.sleep(0.1)
        real(self, done, total, text)

    monkeypatch.setattr(TaskContext, "progress", slow_copy)
    repo.add_client(probation_client("Nuevo Today", case_number="BA79"))  # today's copy differs from last week's

    window.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(steps), timeout=30_000)
    (bar,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    cancel = next(b for b in bar.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)

    assert told == [("Backup stopped", f"Stopped: no backup was written. {target} is as it was.")]
    assert target.read_bytes() == older
    assert not list(tmp_path.glob(".last-week.sqlite.partial*"))
