"""H99-04 in the window: a handout saved (Save PDF) onto a locked USB stick said "The handout
could not be saved in /media/stick/rosa.pdf: Read-only file system", a name a FAT stick refuses
("Garcia: March?.pdf") "Invalid argument", and the caseload's export onto a full stick "The file
could not be used (...): No space left on device": what happened, not what to do.  Each now says
what to do too; nothing is left on the stick.  The drives are stood in for where the program
meets them (the file's opening), as tests/cli/test_files_not_written_said_h99.py does."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.cli.test_files_not_written_said_h99 import stick_refusing
from tests.gui.conftest import TODAY, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _handout(qtbot, repo):
    from ui.handout_dialog import HandoutDialog
    from ui.services import screen_client

    client = probation_client("Rosa Garcia")
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()
    return dialog


@pytest.mark.parametrize("name, code, said", [
    ("rosa.pdf", errno.EROFS, "Read-only file system. The drive is read-only (a USB stick's lock switch?): unlock it, "
                              "or choose another drive, and try again."),
    ("Garcia: March?.pdf", errno.EINVAL, "Invalid argument. The name has characters this drive does not take (: ?): "
                                         "give a name without them, and try again."),
])
def test_h99_04_a_handout_not_saved_on_the_stick_says_what_to_do(qtbot, repo, tmp_path, monkeypatch, name, code, said):
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = _handout(qtbot, repo)
    stick_refusing(monkeypatch, stick, code)
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(stick / name), "PDF (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    assert dialog.save_pdf() is None
    assert warned == [f"The handout could not be saved in {stick / name}: {said}"]
    assert list(stick.iterdir()) == []


def test_h99_04_an_export_onto_a_full_stick_says_to_free_space(qtbot, window, repo, tmp_path, monkeypatch):
    repo.add_client(probation_client("Rosa Garcia"))
    window.load()
    stick = tmp_path / "stick"
    stick.mkdir()
    stick_refusing(monkeypatch, stick, errno.ENOSPC)
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(stick / "day.jsonl"), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(f"warned: {text}"))
    window.export_shown_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    (said,) = told
    assert said.startswith("warned: ") and said.endswith(
        "No space left on device. The drive is full: free some space on it, or choose another drive, and try again."), said
    assert list(stick.iterdir()) == []
