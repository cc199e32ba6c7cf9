"""U93: an export the window was closed without (Close anyway, M92) left its hidden partial file.

An export writes the clients to a hidden ``.<name>.partial`` beside the file chosen, put in its
place only once whole.  Closed anyway while the export was inside one long call, the program
ended without it (os._exit), so its own cleanup never ran: the partial, the clients written so
far (names, dates of birth, convictions), stayed beside the file until an export to that file an
hour later (M92's Left alone).  The close now removes it; where it cannot be removed (Windows:
the export's thread still has it open), the next start removes it and says so, or names it."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from db import export
from tests.gui.conftest import in_message_box, probation_client
from tests.gui.test_closing_with_work_not_stopped_m92 import PRESS_CLOSE_ANYWAY
from ui import tasks


def _stuck_export(qtbot, window, repo, tmp_path, monkeypatch, release: threading.Event):
    """Caseload > Export the clients shown, of three clients, stuck in one long call after the
    first client is written (the partial file open beside the file chosen): the target, its
    partial, and the task."""
    ids = [repo.add_client(probation_client(name, case_number=number))
           for name, number in (("Ana Lopes", "BA100001"), ("Darnell Brooks", "BA100002"), ("María López", "BA100003"))]
    target = tmp_path / "clients.jsonl"
    partial = target.with_name(".clients.jsonl.partial")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    real = export.exported
    calls = []

    def slow(repo_, client_id):
        calls.append(client_id)
        if len(calls) == 2:  # the first client is in the partial file by now
            release.wait(15)
        return real(repo_, client_id)

    monkeypatch.setattr(export, "exported", slow)
    window.load()
    task, progress = tasks.export_shown_dialog(window, repo.path, ids)
    qtbot.waitUntil(lambda: len(calls) == 2 and partial.exists(), timeout=10_000)
    # Cancel pressed: the export is told to stop, but is still in its long call.
    qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert task.ctx.cancelled and partial.exists()
    return target, partial, task


def _close_anyway_once_asked(qtbot) -> list[str]:
    seen: list[str] = []

    def look() -> None:
        # Looked for among the windows, not as the active modal one: another test's box still
        # closing can be that, and the dialog went unseen until the export ended by itself.
        dialog = next((shown for shown in QApplication.topLevelWidgets()
                       if isinstance(shown, QProgressDialog) and shown.isVisible()
                       and shown.accessibleName() == "Finishing before closing"), None)
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        seen.append(dialog.labelText())
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Close anyway

    QTimer.singleShot(0, look)
    return seen


def refuse_removal(held, partial) -> None:
    """Within the monkeypatch context `held`, removing `partial` fails as it does on Windows while
    a worker's thread still has the file open; other files are removed as ever."""
    real_unlink = Path.unlink

    def held_open(path, missing_ok=False):
        if path == partial:
            raise PermissionError(13, "The process cannot access the file because it is being used by another process",
                                  str(path))
        return real_unlink(path, missing_ok=missing_ok)

    held.setattr(Path, "unlink", held_open)


def test_a_cancelled_export_leaves_no_partial(qtbot, window, repo, tmp_path, monkeypatch):
    """Cancel, the window left open: the export stops at its next client, and its partial goes."""
    release = threading.Event()
    target, partial, task = _stuck_export(qtbot, window, repo, tmp_path, monkeypatch, release)
    release.set()
    qtbot.waitUntil(task.finished.is_set, timeout=10_000)
    assert not partial.exists() and not target.exists()


def test_a_partial_that_cannot_be_removed_at_close_is_removed_and_said_at_the_next_start(qtbot, window, repo, tmp_path,
                                                                                          monkeypatch):
    """Windows refuses to delete a file still open (the export's thread has it): the close does
    not fail; the next start removes it, the export's thread gone, and says so."""
    from ui.main_window import MainWindow

    release = threading.Event()
    target, partial, task = _stuck_export(qtbot, window, repo, tmp_path, monkeypatch, release)
    try:
        with monkeypatch.context() as held:
            refuse_removal(held, partial)
            _close_anyway_once_asked(qtbot)
            assert window.close() is True  # no crash
            assert partial.exists()
            assert QSettings().value(tasks.PARTIALS_LEFT_KEY) in ([str(partial)], str(partial))
            # The program ended here (os._exit), the export unfinished: its partial stays on the disk.
            monkeypatch.setattr("clinic_app.private_files.discard_partial", lambda _partial: None)
            release.set()
            assert task.finished.wait(10)
        assert partial.exists()
        said: list[str] = []
        in_message_box(lambda box: (said.append(box.text()), said.append(box.icon()), box.accept()))
        again = MainWindow(repo, automatic_backups=False)
        qtbot.addWidget(again)
        again.load()
        qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    finally:
        release.set()
    assert not partial.exists()
    assert "is removed now" in said[0] and str(partial) in said[0]
    assert said[1] == QMessageBox.Icon.Information  # nothing left to do
    assert not QSettings().value(tasks.PARTIALS_LEFT_KEY)


def test_one_that_still_cannot_be_removed_is_named_and_tried_again(qtbot, tmp_path, monkeypatch):
    partial = tmp_path / ".clients.jsonl.partial"
    partial.write_text('{"name": "Ana Lopes"}\n', encoding="utf-8")
    QSettings().setValue(tasks.PARTIALS_LEFT_KEY, [str(partial)])
    monkeypatch.setattr(Path, "unlink", lambda path, missing_ok=False: (_ for _ in ()).throw(PermissionError(13, "Access is denied")))
    said, still_there = tasks.partials_left_said()
    assert still_there
    assert "still cannot be removed" in said and str(partial) in said and "Access is denied" in said
    assert "delete it" in said
    assert QSettings().value(tasks.PARTIALS_LEFT_KEY) in ([str(partial)], str(partial))
    monkeypatch.undo()
    said, still_there = tasks.partials_left_said()
    assert "is removed now" in said and not still_there
    assert not partial.exists()
    assert tasks.partials_left_said() == ("", False)


STUCK_EXPORT = """
import sys, threading
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from db import export
from ui import app, tasks
from ui.main_window import MainWindow

close = MainWindow.closeEvent
target = Path(sys.argv[3])
QFileDialog.getSaveFileName = staticmethod(lambda *args, **kwargs: (str(target), ""))
real, calls, writing = export.exported, [], threading.Event()

def stuck(repo, client_id):
    calls.append(client_id)
    if len(calls) == 2:  # the first client written to the partial file
        writing.set()
        threading.Event().wait(90)
    return real(repo, client_id)

export.exported = stuck

def seen_when_asked(dialog):
    print("partial there:", target.with_name("." + target.name + ".partial").exists(), flush=True)
""" + PRESS_CLOSE_ANYWAY + """

def closed_with_an_export_running(window, event):
    ids = [row.id for row in window.repo.list_clients()]
    task, progress = tasks.export_shown_dialog(window, window.db_path, ids)
    writing.wait(20)
    progress.findChild(QPushButton).click()  # Cancel: the export is in its long call
    QTimer.singleShot(0, press_close_anyway)
    close(window, event)

MainWindow.closeEvent = closed_with_an_export_running
sys.exit(app.run(Path(sys.argv[1]), screenshot=Path(sys.argv[2])))
"""


def test_the_program_closed_anyway_leaves_no_partial_export(tmp_path):
    """The whole program, as M92's test runs it: `clinic-app` closed (Close anyway) while an
    export is stuck after its first client.  It ends at once, exit 0, and neither the file chosen
    nor its hidden partial is on the disk."""
    from db.repository import Repository
    from tests.gui.test_closing_work_t84 import run_the_program

    db = tmp_path / "c.sqlite"
    with Repository.open(db) as caseload:
        for name, number in (("Ana Lopes", "BA100001"), ("Darnell Brooks", "BA100002"), ("María López", "BA100003")):
            caseload.add_client(probation_client(name, case_number=number))
    target = tmp_path / "out" / "clients.jsonl"
    target.parent.mkdir()
    result = run_the_program(STUCK_EXPORT, tmp_path, str(db), str(tmp_path / "shot.png"), str(target), timeout=60)  # the stuck call: 90 s
    assert result.returncode == 0, result.stderr
    assert "partial there: True" in result.stdout  # it was there while closing waited
    assert "RuntimeError" not in result.stderr
    assert list(target.parent.iterdir()) == []
