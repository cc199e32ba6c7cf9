"""A long job's dialog said its steps out of order, and could end on an old one: the restore of an
older backup showed "Updating the caseload (2 of 4)" after "(4 of 4)" (found as
test_restore_older_backup_said_d70 failing now and then on a busy machine).  A window-modal
QProgressDialog's setValue runs the window's events; where the worker had sent several steps before
the window read the first, the next steps were said inside that setValue, and the first step's
label was set after them.  The label is set before the value now."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.tasks import run_with_progress


def test_steps_sent_before_the_window_reads_them_are_said_in_their_order(qtbot, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    said: list[str] = []
    real = QProgressDialog.setLabelText

    def spy(dialog, text):
        real(dialog, text)
        said.append(text.removeprefix("Moving the files\n"))

    monkeypatch.setattr(QProgressDialog, "setLabelText", spy)
    steps = [f"Step {n} of 5" for n in range(1, 6)]

    def job(ctx):
        for n, text in enumerate(steps, 1):
            ctx.progress(n, len(steps), text)
        return "finished"

    ended: list[str] = []
    labels_at_the_end: list[str] = []

    def done(result):
        labels_at_the_end.append(dialog.labelText())
        ended.append(result)

    task, dialog = run_with_progress(parent, "Moving the files", job, on_done=done, can_stop=False)
    # Every step sent before the window reads the first, as when the window is busy.
    assert task.finished.wait(10)
    qtbot.waitUntil(lambda: ended == ["finished"], timeout=10_000)
    assert said == steps
    assert labels_at_the_end == ["Moving the files\nStep 5 of 5"]
