"""R75-01: an import stopped with Cancel (P74-06) was said at once ("Stopped: no client of
laptop.jsonl was added; the caseload is as it was."), and its start line in the audit log had
no finish: the next opening of the caseload (the window, or any `clinic-app` command) said
"The import of laptop.jsonl ... did not finish: it was stopped half-way ..." of it again, as
of an import killed or cut off by a power loss.  An import stopped by the one who ran it is
recorded as said, so only one that nobody stopped on purpose is told at the next opening."""

from __future__ import annotations

import json
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton

import db.repository
from clinic_app.demo import generate_clients
from db.export import exported
from db.repository import Repository
from ui.tasks import TaskContext

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r75_01_an_import_stopped_with_cancel_is_not_told_again_as_stopped_half_way(qtbot, window, repo, monkeypatch, tmp_path):
    day = tmp_path / "laptop.jsonl"
    with Repository.open(tmp_path / "laptop.sqlite", user="atty-volunteer") as laptop:
        ids = laptop.add_clients(generate_clients(12, seed=7))
        day.write_text("".join(json.dumps(exported(laptop, n)) + "\n" for n in ids), encoding="utf-8")
    monkeypatch.setattr(db.repository, "_BULK_CHUNK", 3)  # a big file's parts, on a small one
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(day), ""))
    steps: list[int] = []
    real = TaskContext.progress

    def slow(self, done, total, text=""):  # a big file's parts, a step at a time
        steps.append(done)
        time.sleep(0.1)
        real(self, done, total, text)

    monkeypatch.setattr(TaskContext, "progress", slow)
    window.load()

    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(steps), timeout=30_000)
    (bar,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    qtbot.mouseClick(next(b for b in bar.findChildren(QPushButton) if b.text() == "Cancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert told == ["Stopped: no client of laptop.jsonl was added; the caseload is as it was."]

    # What the next opening of the caseload says (MainWindow._say_unfinished, the CLI's commands).
    assert [stopped.line() for stopped in repo.unfinished_imports()] == []
    # An import cut off with no word said (killed, power lost) is still told, once (W29-03).
    with Repository.open(repo.path) as other:
        started = other._import_started(str(day), 12)
    assert [stopped.clients for stopped in repo.unfinished_imports()] == [12]
    assert started
