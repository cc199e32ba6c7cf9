"""X64-01: "Print to File" in the print dialog, on a laptop with a printer.

The handout printed to a file was written by Qt with the default mode (0644 under the usual
umask): every account on a shared clinic laptop could read the client's name and convictions
there, while Save PDF's file (and every other file of the program) is the user's only.  A job
printed to a file, from the preview or for an event's batch, is now 0600 too."""

from __future__ import annotations

import stat

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.gui.conftest import TODAY, probation_client
from ui.handout_dialog import HandoutDialog
from ui.services import screen_client


def _to_pdf_file(printer: QPrinter, path) -> None:
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(72)


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _print_preview_to(qtbot, repo, monkeypatch, out) -> HandoutDialog:
    client = probation_client("Pia Archivo")
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()

    def print_to_file(self):  # the user picks "Print to File (PDF)" and types its name
        _to_pdf_file(self.printer(), out)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    assert dialog.print_handout() is True
    qtbot.waitUntil(lambda: dialog.page_label.text().startswith("Sent"), timeout=60_000)
    return dialog


def test_x64_01_a_handout_printed_to_a_file_is_readable_by_its_user_only(qtbot, repo, tmp_path, monkeypatch, usual_umask):
    out = tmp_path / "printed.pdf"
    dialog = _print_preview_to(qtbot, repo, monkeypatch, out)
    assert len(PdfReader(out).pages) == dialog.page_count  # the real job, written whole
    assert _mode(out) == 0o600
    assert dialog.page_label.text().endswith(f"to the file {out}, not to a printer: nothing is on paper")


def test_x64_01_printed_over_an_older_readable_file_it_is_made_private(qtbot, repo, tmp_path, monkeypatch, usual_umask):
    out = tmp_path / "printed.pdf"
    out.write_bytes(b"an older file")
    out.chmod(0o644)
    _print_preview_to(qtbot, repo, monkeypatch, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert _mode(out) == 0o600


def test_x64_01_an_events_handouts_printed_to_a_file_are_readable_by_their_user_only(qtbot, window, repo, tmp_path,
                                                                                      monkeypatch, usual_umask):
    from ui.tasks import print_event_handouts

    for name in ("Ana Archivo", "Beto Archivo"):
        repo.add_client(probation_client(name, event="Pomona 2026-12"))
    out = tmp_path / "event.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    said: list = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: said.append(a[2]) or QMessageBox.StandardButton.Ok))
    printer = QPrinter()
    _to_pdf_file(printer, out)
    task, _progress = print_event_handouts(window, window.db_path, "Pomona 2026-12", TODAY, printer)
    qtbot.waitUntil(lambda: task.finished.is_set(), timeout=60_000)
    qtbot.waitUntil(lambda: bool(said), timeout=5_000)
    assert len(PdfReader(out).pages) >= 2
    assert _mode(out) == 0o600
    assert f"to the file {out}" in said[0]


def test_x64_01_a_file_that_cannot_be_written_is_said_in_the_preview(qtbot, repo, tmp_path, monkeypatch):
    out = tmp_path / "a folder since removed" / "printed.pdf"  # a USB stick pulled, say
    client = probation_client("Pia Archivo")
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: _to_pdf_file(self.printer(), out) or QDialog.DialogCode.Accepted)
    warned: list = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warned.append(a[2]) or QMessageBox.StandardButton.Ok))
    assert dialog.print_handout() is True
    qtbot.waitUntil(lambda: bool(warned), timeout=60_000)
    assert warned[0] == f"The file {out} could not be written: No such file or directory."  # one sentence (M57-02)
    assert not out.exists()


# ---- X64-04: Cancel of a job printed to a file -------------------------------------------


def test_x64_04_a_handout_printed_to_a_file_and_cancelled_leaves_no_file(qtbot, repo, tmp_path):
    """The pages before Cancel were left in the file, a PDF that opened as if whole."""
    from ui.handout_dialog import PrintRun

    client = probation_client("Pia Archivo", restitution_ordered=500)
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()
    out = tmp_path / "printed.pdf"
    printer = QPrinter()
    _to_pdf_file(printer, out)
    run = PrintRun(printer)

    class Cancelled(Exception):
        pass

    def cancel_at_page_2(done: int, _total: int) -> None:
        if done == 1:
            assert out.exists()  # page 1 is in the file
            raise Cancelled  # as the worker's ctx.check() does when Cancel is clicked

    try:
        run.add(dialog.pdf, cancel_at_page_2)
    except Cancelled:
        run.abort()  # as print_job does
    assert run.sheets == 1
    assert not out.exists()


def test_x64_04_cancelled_before_its_first_page_an_older_file_is_left_as_it_was(tmp_path):
    from ui.handout_dialog import PrintRun

    out = tmp_path / "printed.pdf"
    out.write_bytes(b"%PDF an older handout")
    printer = QPrinter()
    _to_pdf_file(printer, out)
    PrintRun(printer).abort()
    assert out.read_bytes() == b"%PDF an older handout"


def test_x64_04_an_events_handouts_printed_to_a_file_and_cancelled_leave_no_file(qtbot, window, repo, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QPushButton

    from ui.tasks import print_event_handouts

    for n in range(6):
        repo.add_client(probation_client(f"Persona {n} Cancelada", event="Long day"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    out = tmp_path / "event.pdf"
    printer = QPrinter()
    _to_pdf_file(printer, out)
    cancelled, done, printed = [], [], []
    task, progress = print_event_handouts(window, window.db_path, "Long day", TODAY, printer)
    task.signals.cancelled.connect(lambda: cancelled.append(True))
    task.signals.done.connect(done.append)
    cancel = progress.findChild(QPushButton)

    def after_a_client(n, _total, _text):
        if n:
            printed.append(out.exists())  # its pages are in the file by now
            QTimer.singleShot(0, cancel.click)

    task.signals.progress.connect(after_a_client)
    qtbot.waitUntil(lambda: bool(cancelled or done), timeout=60_000)
    assert cancelled and not done
    assert printed[0] is True
    qtbot.waitUntil(lambda: task.finished.is_set(), timeout=10_000)
    assert not out.exists()
