"""W161-02: a paralegal saving the filing worksheets of the clients shown onto a locked USB stick
read "The file could not be used (/media/stick/worksheets-2026-12-11): Read-only file system",
under the title "Clinic Desk": a folder called a file, and no word of whether any worksheet was
written.  The batch's own window now says that none was, that its folder could not be made
there, and what to do about the drive."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from clinic_app.handouts import batch
from tests.gui.conftest import TODAY, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_w161_02_worksheets_whose_folder_cannot_be_made_say_none_was_written(qtbot, window, repo, tmp_path, monkeypatch):
    for name in ("Rosa Garcia", "Ana Lopez"):
        repo.add_client(probation_client(name))
    window.load()
    stick = tmp_path / "stick"
    stick.mkdir()

    def locked(path):  # the stick's lock switch: no folder can be made on it
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr(batch, "make_private_folder", locked)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append((title, text)))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append((title, f"warned: {text}")))
    window.shown_worksheets_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    folder = stick / f"worksheets-{TODAY.isoformat()}"
    assert told == [("Filing worksheets", f"warned: No filing worksheet was written: the folder {folder} could not be made "
                     "(Read-only file system). The drive is read-only (a USB stick's lock switch?): unlock it, "
                     "or choose another drive, and try again.")]
