"""Z64-01: an event's handouts printed to a file that cannot be written (a folder since
removed: a USB stick pulled), or to a printer that will not start, said
"The file could not be used: The file FOLDER/event.pdf could not be written: No such file or
directory." and "The file could not be used: The printer could not be started. ...": the
batch's failure went through the caseload's file wording (ui.crash.user_error_text), a
file named twice, or a printer called a file.  It is said as the preview says it (X64-01)."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.gui.conftest import TODAY, probation_client


def test_z64_01_an_events_handouts_to_a_file_that_cannot_be_written_say_it_once(qtbot, window, repo, tmp_path, monkeypatch):
    from ui.tasks import print_event_handouts

    for name in ("Ana Archivo", "Beto Archivo"):
        repo.add_client(probation_client(name, event="Pomona 2026-12"))
    out = tmp_path / "a folder since removed" / "event.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    warned: list = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2]) or QMessageBox.StandardButton.Ok))
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(72)
    task, _progress = print_event_handouts(window, window.db_path, "Pomona 2026-12", TODAY, printer)
    qtbot.waitUntil(lambda: task.finished.is_set(), timeout=60_000)
    qtbot.waitUntil(lambda: bool(warned), timeout=5_000)
    assert warned[0] == f"The file {out} could not be written: No such file or directory."  # a sentence (M57-02)
    assert not out.exists()
