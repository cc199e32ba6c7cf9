"""T84-03: the open's dialog (an older caseload backed up and updated as it opens: N66) said its
steps out of order under load, as the long jobs' dialog did before C49-01: "Updating the caseload
(3 of 4)" after "(4 of 4)", and stayed on the old step (found as test_opening_older_caseload_n66
timing out on a busy machine: it waits for the last step's words).  The dialog is application-modal,
and its setValue runs the events: the steps the worker had sent meanwhile were said inside it,
before the first step's own label was set after them."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QProgressDialog

from ui.opening import UpdatingDialog, open_showing_progress


def test_steps_sent_before_the_dialog_shows_are_said_in_their_order(qtbot, monkeypatch):
    said: list[str] = []
    real_label, real_show = QProgressDialog.setLabelText, UpdatingDialog.show
    monkeypatch.setattr(UpdatingDialog, "setLabelText", lambda dialog, text: (said.append(text), real_label(dialog, text)))
    steps = [f"Updating the caseload ({n} of 4)..." for n in range(1, 5)]
    first_read, rest_sent = threading.Event(), threading.Event()

    def shown(dialog):
        # The window reads the first step, and the worker sends the others meanwhile: a busy machine.
        first_read.set()
        assert rest_sent.wait(10)
        real_show(dialog)

    monkeypatch.setattr(UpdatingDialog, "show", shown)
    at_the_end: list[str] = []

    def open_with(progress):
        progress(1, len(steps), steps[0])
        assert first_read.wait(10)
        for n, text in enumerate(steps[1:], 2):
            progress(n, len(steps), text)
        rest_sent.set()
        return "the caseload"

    real_done = UpdatingDialog.done_opening
    monkeypatch.setattr(UpdatingDialog, "done_opening", lambda dialog: (at_the_end.append(dialog.labelText()), real_done(dialog)))
    assert open_showing_progress(open_with) == "the caseload"
    assert said == steps
    assert at_the_end == [steps[-1]]
