"""H94-01: the hourly backup the window was closed without (Close anyway, M92) left its hidden copy.

The hourly automatic backup copies the whole caseload to a hidden ``.<name>.partial`` in the
backups folder, put in its place only once checked.  Closed anyway while it was inside one long
call (the copy, or its check on a slow drive), the program ended without it (os._exit): its own
cleanup never ran, and the copy (every client: names, dates of birth, convictions) stayed in the
backups folder until a later automatic backup removed it (`remove_stale_partials`).  It now goes
at the close, as an export's does (U93-01, `private_files.partial_being_written`); where it cannot
be removed (Windows: the backup's thread still has it open), the next start removes it and says so."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings

import db.backup
from db.backup import backups_folder
from tests.gui.conftest import probation_client
from tests.gui.test_closing_with_work_not_stopped_m92 import PRESS_CLOSE_ANYWAY
from tests.gui.test_export_partial_on_close_u93 import _close_anyway_once_asked, refuse_removal
from ui import tasks


def _stuck_hourly_backup(qtbot, window, repo, monkeypatch, release: threading.Event) -> Path:
    """The hour's backup of a changed caseload, stuck checking its copy (SQLite's integrity check
    of a big caseload, one long call): the hidden copy, whole, in the backups folder."""
    repo.add_client(probation_client("Rosa Respaldo"))  # a change since any backup
    window.load()
    checking = threading.Event()
    real_verify = db.backup.verify

    def slow_check(path, **kwargs):
        if Path(path).name.endswith(".partial"):
            checking.set()
            release.wait(15)
        return real_verify(path, **kwargs)

    monkeypatch.setattr(db.backup, "verify", slow_check)
    window._back_up_while_open()
    qtbot.waitUntil(checking.is_set, timeout=10_000)
    partials = list(backups_folder(repo.path).glob(".*.partial"))
    assert len(partials) == 1 and partials[0].stat().st_size > 0
    return partials[0]


def test_the_hourly_backup_closed_without_leaves_no_copy_of_the_caseload(qtbot, window, repo, monkeypatch):
    release = threading.Event()
    partial = _stuck_hourly_backup(qtbot, window, repo, monkeypatch, release)
    task = window._open_backup
    try:
        seen = _close_anyway_once_asked(qtbot)
        assert window.close() is True
        assert seen and seen[0].startswith("Finishing before closing: The hourly automatic backup...")
        assert not partial.exists()  # gone at the close, not at the next backup
        assert not QSettings().value(tasks.PARTIALS_LEFT_KEY)
    finally:
        release.set()
    assert task.finished.wait(10)
    assert list(backups_folder(repo.path).iterdir()) == []  # nor put in place by the backup's late end


def test_a_backup_copy_that_cannot_be_removed_at_close_is_removed_and_said_at_the_next_start(qtbot, window, repo,
                                                                                             monkeypatch):
    """Windows refuses to delete a file still open (the backup's thread has it): the close goes on,
    the copy's name is kept, and the next start removes it and says what it was."""
    release = threading.Event()
    partial = _stuck_hourly_backup(qtbot, window, repo, monkeypatch, release)
    task = window._open_backup
    try:
        with monkeypatch.context() as held:
            refuse_removal(held, partial)
            _close_anyway_once_asked(qtbot)
            assert window.close() is True
        assert partial.exists()
        assert QSettings().value(tasks.PARTIALS_LEFT_KEY) in ([str(partial)], str(partial))
        # The program ended here (os._exit), the backup unfinished (its thread still waits): at
        # the next start the copy can be removed.
        said, still_there = tasks.partials_left_said()
    finally:
        release.set()
    assert not still_there and not partial.exists()
    assert "a backup" in said and "is removed now" in said and str(partial) in said
    assert task.finished.wait(10)
    assert list(backups_folder(repo.path).iterdir()) == []


STUCK_BACKUP = """
import sys, threading
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton
import db.backup
from ui import app
from ui.main_window import MainWindow

close = MainWindow.closeEvent
real_verify, checking = db.backup.verify, threading.Event()

def stuck(path, **kwargs):
    if Path(path).name.endswith(".partial"):  # the whole caseload copied, its check stuck
        checking.set()
        threading.Event().wait(90)
    return real_verify(path, **kwargs)

db.backup.verify = stuck

def seen_when_asked(dialog):
    print("asked:", dialog.labelText().splitlines()[0], flush=True)
    print("copies there:", len(list((Path(sys.argv[1]).parent / "backups").glob(".*.partial"))), flush=True)
""" + PRESS_CLOSE_ANYWAY + """

def closed_during_the_hours_backup(window, event):
    window.automatic_backups = False  # no closing backup: the folder holds the hour's alone
    window._back_up_while_open()
    checking.wait(20)
    QTimer.singleShot(0, press_close_anyway)
    close(window, event)

MainWindow.closeEvent = closed_during_the_hours_backup
sys.exit(app.run(Path(sys.argv[1]), screenshot=Path(sys.argv[2])))
"""


def test_the_program_closed_anyway_during_the_hours_backup_leaves_no_copy(tmp_path):
    """The whole program, as M92's and U93's tests run it: `clinic-app` closed (Close anyway) while
    the hour's backup checks its copy.  It ends at once, exit 0, and the backups folder holds no
    hidden copy of the caseload."""
    from db.repository import Repository
    from tests.gui.test_closing_work_t84 import run_the_program

    db_path = tmp_path / "c.sqlite"
    with Repository.open(db_path) as caseload:
        caseload.add_client(probation_client("Rosa Respaldo"))
    result = run_the_program(STUCK_BACKUP, tmp_path, str(db_path), str(tmp_path / "shot.png"), timeout=60)  # stuck: 90 s
    assert result.returncode == 0, result.stderr
    assert "asked: Finishing before closing: The hourly automatic backup..." in result.stdout
    assert "copies there: 1" in result.stdout  # there while closing waited
    assert "RuntimeError" not in result.stderr
    assert list(backups_folder(db_path).iterdir()) == []
