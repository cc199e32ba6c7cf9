"""Opening a caseload with the window answering while an older one is backed up and updated.

A caseload made by an older Clinic Desk is backed up, then its schema updated, as it is opened
(db.connection.open_caseload): a busy clinic's (20,000 clients, 1 GB) took 11-12 s once, the
window blank or frozen with nothing said, and a paralegal who took it for hung could kill it
(N66).  The open now runs on a worker (ui.tasks.Task) while this thread waits in an event loop,
so the screen repaints; the first step the open reports shows a dialog with its words
("Backing up the caseload before updating it...", then "Updating the caseload (N of M)...").
An open with nothing to update says nothing and shows no dialog.  The open's errors are raised
here, in this thread, as they were when it ran here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QProgressDialog, QWidget

from db.connection import BACKING_UP_SAID, WAITING_FOR_OTHER_SAID
from db.lines import LINES_SAID
from ui.screen_fit import across_at_most
from ui.tasks import Task, kept_while_running

WORDS_MARGIN = 20  # the dialog's room each side of its words (11 pixels in Qt's styles), and some

UPDATING_TITLE = "Updating the caseload"
# What a screen reader names the dialog by, as its words say (db.connection's): each step but
# these two is an update's (U118-03).
HEARD_AS = {BACKING_UP_SAID: "Backing up the caseload", WAITING_FOR_OTHER_SAID: "Waiting for another Clinic Desk"}

# Said when the dialog is closed, or the program quit, while the caseload is updated: the update
# cannot stop half-way, and a program killed there starts it again (with another backup) next time.
WAIT_SAID = ("Clinic Desk is updating this caseload for the new version, after backing it up. It cannot stop "
             "half-way: wait until it is done (it can take a minute on a large caseload). If the program is stopped "
             "now, nothing is lost: the update is undone, and done again the next time the caseload is opened.")

# Said instead when the dialog is closed while this program waits for another making or updating
# the caseload (db.connection.WAITING_FOR_OTHER_SAID): WAIT_SAID's update "after backing it up"
# was the other's, and a new caseload has no new version (R117-02).
WAITING_CLOSE_SAID = ("Another Clinic Desk is making or updating this caseload, and this one opens it as soon as that is "
                      "done (it can take a minute on a large caseload): wait for it. This one has changed nothing in the "
                      "caseload, so if it is stopped now, nothing is lost.")

# Said instead when the dialog is closed while the caseload list's lines are made again in this
# version's words (db.lines): WAIT_SAID spoke of a backup none was made for (an older program's
# caseload of this schema is not backed up) and of an update undone, where the lines made are kept.
LINES_CLOSE_SAID = ("Clinic Desk is making the caseload list's lines again in the words of this version (it can take "
                    "a minute on a large caseload): wait until it is done. No client's record is changed by it, so if "
                    "the program is stopped now, nothing is lost: the lines still to make are made the next time the "
                    "caseload is opened.")
_CLOSE_SAID = {WAITING_FOR_OTHER_SAID: WAITING_CLOSE_SAID, LINES_SAID: LINES_CLOSE_SAID}


class _Opening(Task):
    """An open cannot stop half-way: closing a window (`ui.tasks.stop_all`) waits for it to end,
    and the caseload it opened is handed over, never dropped as "cancelled"."""

    def cancel(self) -> None:
        pass


class UpdatingDialog(QProgressDialog):
    """The open's progress: no Cancel; Escape does nothing, and the title bar's close says why
    it waits (WAIT_SAID; WAITING_CLOSE_SAID while another program has the caseload, LINES_CLOSE_SAID
    while the lines are made again) instead of leaving the open unseen behind a hidden dialog."""

    def __init__(self, parent: QWidget | None):
        super().__init__("", "", 0, 0, parent)
        self.setCancelButton(None)
        self.setWindowTitle("Clinic Desk")
        self.setAccessibleName(UPDATING_TITLE)
        # Application-modal: at the start there is no window yet, and at File > Open caseload the
        # window behind is the caseload being closed: nothing is typed into either meanwhile.
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setMinimumWidth(across_at_most(self, self.fontMetrics().averageCharWidth() * 56))
        self._words = self.findChild(QLabel)  # Qt's own, as the style sets it out
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.warning: QMessageBox | None = None

    def setLabelText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """`text` on one line, as before, or wrapped where that line would pass the screen's edge:
        "Waiting for another Clinic Desk that is making or updating this caseload..." (R116-01)
        at 15 pt opened the dialog 761 pixels across, its end past a laptop's 667 at 200% (R117-03).
        Named for a screen reader as the words say: the wait for another program was heard as
        "Updating the caseload", which this one was not doing (U118-03)."""
        across = self._words.fontMetrics().horizontalAdvance(text) + 2 * WORDS_MARGIN
        self._words.setWordWrap(across > across_at_most(self, across))
        self.setAccessibleName(HEARD_AS.get(text, UPDATING_TITLE))
        super().setLabelText(text)

    def reject(self) -> None:
        pass

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        event.ignore()
        if self.warning is None:
            # Shown, not waited for: the open goes on meanwhile, and its end closes it with the dialog.
            said = _CLOSE_SAID.get(self.labelText(), WAIT_SAID)
            self.warning = QMessageBox(QMessageBox.Icon.Warning, "Clinic Desk", said, QMessageBox.StandardButton.Ok, self)
            self.warning.setWindowModality(Qt.WindowModality.ApplicationModal)
            self.warning.finished.connect(lambda _result: setattr(self, "warning", None))
        self.warning.show()

    def done_opening(self) -> None:
        if self.warning is not None:
            self.warning.done(0)
        self.reset()
        self.hide()
        self.deleteLater()


def open_showing_progress(open_with: Callable[[Callable[[int, int, str], None]], Any], parent: QWidget | None = None) -> Any:
    """What `open_with(progress)` returns (a Repository), run on a worker while this thread
    repaints; the steps it reports to `progress(done, total, text)` shown in an `UpdatingDialog`
    (total 0: a busy bar).  Its error is raised here."""
    reached: dict[str, Any] = {}  # the end, as the worker reached it (below: the program quitting)

    def work(ctx) -> Any:
        try:
            reached["result"] = open_with(ctx.progress)
        except BaseException as error:
            reached["error"] = error
            raise
        return reached["result"]

    task = kept_while_running(_Opening(work))
    waiting = QEventLoop()
    outcome: dict[str, Any] = {}
    dialog: UpdatingDialog | None = None

    def progress(done: int, total: int, text: str) -> None:
        nonlocal dialog
        if "ended" in outcome:
            return
        if dialog is None:
            dialog = UpdatingDialog(parent)
            dialog.show()
            waiting.quit()  # waited for again with the dialog answering (below)
        # The words first: the dialog is modal, and its setValue runs the events, the steps the
        # worker sent meanwhile said inside it; words set after them said an old step last
        # ("(3 of 4)" after "(4 of 4)", T84-03, as the long jobs' dialog did before C49-01).
        if dialog.labelText() != text:  # a step's words once, not again at each 16 MB copied
            dialog.setLabelText(text)
        if total <= 0:
            dialog.setRange(0, 0)
        else:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))

    def ended(key: str, value: Any) -> None:
        outcome["ended"] = True
        outcome[key] = value
        waiting.quit()

    # Connected before the work starts, and queued: each step and the end come in this thread's loop.
    task.signals.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
    task.signals.done.connect(lambda result: ended("result", result), Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(lambda error, _report: ended("error", error), Qt.ConnectionType.QueuedConnection)
    task.start()
    # Until a dialog shows, the screen repaints but a click or a key waits for the open to end: the
    # passphrase dialog's Open pressed twice, or File > Open caseload again, would open it twice.
    # With the dialog up (application-modal), input goes to it alone: its close is answered.
    flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    while "ended" not in outcome:
        if waiting.exec(flags) < 0:
            # The program is quitting (QApplication.quit: the session ending, say): each loop
            # returns at once from then on, and the end, a queued signal, never came; the wait
            # went round for ever at full speed, the program hung (R68-05).  The worker is
            # waited for here, and its end taken as it left it.
            task.finished.wait()
            outcome.update(reached, ended=True)
            break
        flags = QEventLoop.ProcessEventsFlag.AllEvents
    # The task (a QRunnable) outlives this call: what it holds is let go, the window it was opened
    # from above all, which File > Open caseload closes and must see deleted (W25-01).
    for signal in (task.signals.progress, task.signals.done, task.signals.failed):
        signal.disconnect()
    task.fn = None
    if dialog is not None:
        dialog.done_opening()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
