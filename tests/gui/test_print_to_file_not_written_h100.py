"""H100-03: "Print to File" (the print dialog's, from a client's handout preview or for an
event's batch) onto a locked USB stick said "The file /media/stick/rosa.pdf could not be
written: Read-only file system", not what to do, which Save PDF and the export say since
H99-04.  And onto a stick that filled as the pages went, Qt's PDF writer said nothing
(QPainter.end was true: seen on a real 300 KB tmpfs, 48 KB of an eight-page handout written)
and the preview said "Sent 8 pages to the file ..., not to a printer", leaving a PDF no viewer
opens.  Both now say what happened and what to do, and the cut file is removed.

The locked stick is stood in for at the file's opening (as H99-04's tests do: root can write
anywhere); the full one by Qt's writer ending with the file cut, as the real stick left it, and
the drive then found full."""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_files_not_written_said_h99 import _handout as _preview

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

READ_ONLY = "The drive is read-only (a USB stick's lock switch?): unlock it, or choose another drive, and try again."
FULL = "The drive is full: free some space on it, or choose another drive, and try again."


def _to_pdf_file(printer: QPrinter, path) -> None:
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(72)


def _stick_fills_as_qt_writes(monkeypatch) -> None:
    """Qt's PDF job ends "well" with its file cut short, and the drive is then full."""
    import ui.handout_dialog as handout_dialog

    class Painter(QPainter):
        def end(self) -> bool:
            printer = self.device()
            ended = super().end()
            path = printer.outputFileName()
            with open(path, "r+b") as cut:
                cut.truncate(os.path.getsize(path) // 3)
            return ended

    monkeypatch.setattr(handout_dialog, "QPainter", Painter)
    monkeypatch.setattr("clinic_app.private_files.drive_is_full", lambda folder: True, raising=False)


def test_h100_03_the_preview_printed_to_a_file_on_a_locked_stick_says_what_to_do(qtbot, repo, tmp_path, monkeypatch):
    import errno

    import ui.handout_dialog as handout_dialog

    out = tmp_path / "stick" / "rosa.pdf"
    out.parent.mkdir()
    dialog = _preview(qtbot, repo)

    def refused(path):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr(handout_dialog, "open_private", refused)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: _to_pdf_file(self.printer(), out) or QDialog.DialogCode.Accepted)
    warned: list = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2]) or QMessageBox.StandardButton.Ok))
    assert dialog.print_handout() is True
    qtbot.waitUntil(lambda: bool(warned), timeout=60_000)
    assert warned == [f"The file {out} could not be written: Read-only file system. {READ_ONLY}"]
    assert list(out.parent.iterdir()) == []


def test_h100_03_the_preview_printed_to_a_file_on_a_stick_that_fills_is_not_said_sent(qtbot, repo, tmp_path, monkeypatch):
    out = tmp_path / "stick" / "rosa.pdf"
    out.parent.mkdir()
    dialog = _preview(qtbot, repo)
    _stick_fills_as_qt_writes(monkeypatch)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: _to_pdf_file(self.printer(), out) or QDialog.DialogCode.Accepted)
    warned: list = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2]) or QMessageBox.StandardButton.Ok))
    assert dialog.print_handout() is True
    qtbot.waitUntil(lambda: bool(warned) or dialog.page_label.text().startswith("Sent"), timeout=60_000)
    assert warned == [f"The file {out} could not be written whole: No space left on device. {FULL}"]
    assert not dialog.page_label.text().startswith("Sent")
    assert list(out.parent.iterdir()) == []  # the cut PDF is gone


def test_h100_03_an_events_handouts_printed_to_a_file_on_a_stick_that_fills_say_so(qtbot, window, repo, tmp_path, monkeypatch):
    from ui.tasks import print_event_handouts

    for name in ("Ana Archivo", "Beto Archivo"):
        repo.add_client(probation_client(name, event="Pomona 2026-12"))
    out = tmp_path / "stick" / "event.pdf"
    out.parent.mkdir()
    _stick_fills_as_qt_writes(monkeypatch)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    said: list = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: said.append(f"warned: {a[2]}") or QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: said.append(a[2]) or QMessageBox.StandardButton.Ok))
    printer = QPrinter()
    _to_pdf_file(printer, out)
    task, _progress = print_event_handouts(window, window.db_path, "Pomona 2026-12", TODAY, printer)
    qtbot.waitUntil(lambda: task.finished.is_set(), timeout=60_000)
    qtbot.waitUntil(lambda: bool(said), timeout=5_000)
    assert said == [f"warned: The file {out} could not be written whole: No space left on device. {FULL}"]
    assert list(out.parent.iterdir()) == []
