"""U67-04: with no printer, the event's handouts are said as many, not as one.

Caseload > Print handouts for this event on a laptop with no printer said "No printer is set
up on this computer, so the handouts for Saturday Clinic 2026-11-22 cannot be printed here.
Save it as PDF (on a USB stick, say), and print it from a computer with a printer.": "it" of
a dozen handouts, which Save as PDF writes as a folder of PDFs, one a client."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import TODAY, answer_message_box, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_u67_04_the_events_handouts_with_no_printer_are_said_as_pdfs_to_save(qtbot, window, repo, monkeypatch):
    from ui.tasks import print_event_handouts

    monkeypatch.setattr("ui.handout_dialog.printer_set_up", lambda: False)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    repo.add_client(probation_client("Ana Evento", event="Saturday Clinic 2026-11-22"))
    seen: list = []
    answer_message_box(qtbot, seen, key=None, click="Cancel")
    assert print_event_handouts(window, window.db_path, "Saturday Clinic 2026-11-22", TODAY) is None
    assert seen[0][0] == ("No printer is set up on this computer, so the handouts for Saturday Clinic 2026-11-22 cannot be "
                          "printed here.\n\nSave them as PDFs (on a USB stick, say), and print them from a computer with a printer.")
