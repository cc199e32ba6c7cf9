"""J64-02: a laptop with no printer set up, at a clinic event.

Print... opened the system print dialog, whose only choice was "Print to File (PDF)" with a
folder for its file; a file typed there, the handout was a raster PDF there, and the preview and
the batch said "Sent 3 pages to the printer" / "sent to the printer" while nothing was on paper.
Print now says first that no printer is set up, and offers Save as PDF; a print job sent to a
file says the file, and that nothing is on paper."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tests.gui.conftest import TODAY, answer_message_box, probation_client
from ui.handout_dialog import HandoutDialog
from ui.services import screen_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture
def no_printer(monkeypatch):
    monkeypatch.setattr("ui.handout_dialog.printer_set_up", lambda: False)
    opened = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: opened.append(self) or QDialog.DialogCode.Rejected)
    return opened


def _preview(qtbot, repo, client) -> HandoutDialog:
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()
    return dialog


def test_j64_02_print_with_no_printer_says_so_and_saves_the_handout_as_pdf(qtbot, repo, tmp_path, monkeypatch, no_printer):
    dialog = _preview(qtbot, repo, probation_client("Nora Sinimpresora"))
    target = tmp_path / "nora.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))
    seen: list = []
    answer_message_box(qtbot, seen, click="Save as PDF...")

    assert dialog.print_handout() is False  # nothing sent to a printer

    assert no_printer == []  # the print dialog, with its "Print to File" only, never opened
    (text, _informative, default, escape) = seen[0]
    assert text.startswith("No printer is set up on this computer, so the handout cannot be printed here.")
    assert (default, escape) == ("&Save as PDF...", "Cancel")
    assert target.read_bytes() == dialog.pdf
    assert dialog.page_label.text().startswith("Saved nora.pdf in ")


def test_j64_02_print_with_no_printer_cancelled_does_nothing(qtbot, repo, tmp_path, monkeypatch, no_printer):
    dialog = _preview(qtbot, repo, probation_client("Nora Sinimpresora"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: pytest.fail("asked where to save")))
    seen: list = []
    answer_message_box(qtbot, seen, key=Qt.Key.Key_Escape)
    assert dialog.print_handout() is False
    assert seen and no_printer == []


def test_j64_02_the_events_handouts_with_no_printer_are_offered_as_a_folder_of_pdfs(qtbot, window, repo, tmp_path, monkeypatch,
                                                                                    no_printer):
    from ui.tasks import print_event_handouts

    repo.add_client(probation_client("Ana Evento", event="Pomona 2026-12"))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: str(tmp_path)))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: QMessageBox.StandardButton.Ok))
    seen: list = []
    answer_message_box(qtbot, seen, click="Save as PDF...")
    task, _progress = print_event_handouts(window, window.db_path, "Pomona 2026-12", TODAY)
    qtbot.waitUntil(lambda: task.finished.is_set(), timeout=60_000)

    assert no_printer == []
    assert seen[0][0].startswith("No printer is set up on this computer, so the handouts for ")
    (saved,) = tmp_path.rglob("*.pdf")  # the event's one handout, in the event's folder
    assert "ana-evento" in saved.name.lower()


def test_j64_02_a_job_printed_to_a_file_names_the_file_not_the_printer(tmp_path):
    from ui.handout_dialog import printed_where

    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "print.pdf"))
    said = printed_where(printer)
    assert said == f"to the file {tmp_path / 'print.pdf'}, not to a printer: nothing is on paper"
    assert printed_where(QPrinter()) == "to the printer"  # the printer the system has
