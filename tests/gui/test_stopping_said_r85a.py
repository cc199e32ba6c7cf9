"""R85a-02: Cancel pressed in a long job's dialog (a re-screen, an export, a batch of handouts)
said "Stopping...", and the next step the worker sent before it reached its next check put
the step's words back ("12,000 of 100,000 clients screened"), the bar moving on: the Cancel
looked as if it had not been taken.  A re-screen checks for cancel only once its range is
stored, seconds later at a large caseload.  Once stopping, the dialog keeps saying so."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPushButton

from ui.tasks import run_with_progress


def test_r85a_02_a_step_sent_after_cancel_does_not_undo_stopping(qtbot, window):
    pressed = threading.Event()
    last_step_sent = threading.Event()

    def job(ctx):
        ctx.progress(1, 3, "1 of 3 clients screened")
        assert pressed.wait(10)
        ctx.progress(2, 3, "2 of 3 clients screened")  # the range under way when Cancel came
        last_step_sent.set()
        ctx.check()

    said_at_the_end: list[str] = []  # the dialog's words once the job has ended, cancelled
    task, dialog = run_with_progress(window, "Re-screening", job, on_cancelled=lambda: said_at_the_end.append(dialog.labelText()))
    qtbot.waitUntil(lambda: dialog.labelText() == "Re-screening\n1 of 3 clients screened", timeout=10_000)
    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    cancel.click()
    assert dialog.labelText() == "Stopping..."
    pressed.set()
    qtbot.waitUntil(lambda: bool(said_at_the_end), timeout=10_000)  # the step sent after, taken before
    assert last_step_sent.is_set()
    assert said_at_the_end == ["Stopping..."]
