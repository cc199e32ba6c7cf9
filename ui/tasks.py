"""Long work off the UI thread: re-screen the caseload, back up, import, batch handouts.

A `Task` runs a plain function on a `QThreadPool` worker.  The function gets a
`TaskContext` to report progress and to ask whether the user pressed Cancel; it must
never touch a widget (Qt widgets belong to the UI thread) and opens its own database
connection (a sqlite3 connection is not shared between threads).  Progress and the result
come back to the UI thread as queued signals, so the UI keeps painting and answering
while the work runs.  (Models: Anki's `CollectionOp`, Picard's `thread.run_task`.)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from clinic_app.eligibility import RULES_VERSION
from clinic_app.file_names import safe_name
from clinic_app.matching import alphabetical
from clinic_app.screening_format import CARRIED_ENCRYPTED_SUFFIXES
from clinic_app.wording import count, size_said
from ui.keys import details_by_keyboard

if TYPE_CHECKING:  # pragma: no cover
    from clinic_app.answers_moved import AnswersMoved
    from clinic_app.cli import BadRecords
    from clinic_app.model import Client, Screening
    from clinic_app.matching import ImportResult


class Cancelled(Exception):
    """The user pressed Cancel; the work stops at its next check and keeps nothing half-done."""


class TaskContext:
    """What the work function may do: report progress and check for cancel."""

    def __init__(self, signals: _Signals):
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progress.emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object, str)  # the exception, its traceback
    cancelled = Signal()


class Task(QRunnable):
    """One piece of long work: `fn(ctx)` on a pool thread; results as signals on the UI thread.
    `what` names it where closing waits for it ("Exporting 1,200 clients", `finish_all`)."""

    def __init__(self, fn: Callable[[TaskContext], Any], what: str | None = None):
        super().__init__()
        self.setAutoDelete(False)  # the UI keeps it until its signals have been delivered
        self.fn = fn
        self.what = what
        self.signals = _Signals()
        self.ctx = TaskContext(self.signals)
        self.finished = threading.Event()
        self.pool: QThreadPool | None = None  # the pool it waits in, then runs on (`start`)

    def run(self) -> None:
        try:
            result = self.fn(self.ctx)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as error:  # noqa: BLE001 - delivered to the UI thread, which decides
            from ui.crash import crash_report

            # The report a crash dialog shows, and asks to be sent, without the errors' messages (V28-04).
            self.signals.failed.emit(error, crash_report(type(error), error, error.__traceback__))
        else:
            if self.ctx.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.done.emit(result)
        finally:
            self.finished.set()

    def start(self, pool: QThreadPool | None = None) -> None:
        """Queued in `pool` (the shared one if None), to run once one of its threads is free."""
        self.pool = pool or QThreadPool.globalInstance()
        self.pool.start(self)

    def take_back(self) -> bool:
        """If it has not begun (still queued in its pool), it never will: taken out of the queue,
        ended as cancelled before its first step (its dialog closes, its own words for a stop are
        said), and let go.  False if it has begun (or was never started)."""
        if self.pool is None or not self.pool.tryTake(self):
            return False
        self.cancel()
        self.finished.set()
        _running.discard(self)
        self.signals.cancelled.emit()
        return True

    def cancel(self) -> None:
        self.ctx.cancel()


_running: set[Task] = set()  # keeps tasks (and their signal objects) alive while they run


def kept_while_running(task: Task) -> Task:
    """Keep `task` among the running ones (a window's close, or a test's end, waits for them:
    `finish_all`, `stop_all`) until it has ended, done, failed or cancelled; a task taken back from its pool
    before it began must be let go with `_running.discard`, as nothing will end it."""
    _running.add(task)
    for signal in (task.signals.done, task.signals.failed, task.signals.cancelled):
        signal.connect(lambda *_args: _running.discard(task))
    return task


class _OneStepProgress(QProgressDialog):
    """The progress of work that cannot stop half-way: no Cancel button, and Escape or the
    title bar's close does nothing (they hid the dialog and marked the work cancelled, so an
    encryption or a restore that went on to its end was never said done: finding F25-03)."""

    def reject(self) -> None:
        pass

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        event.ignore()


def say_failure(parent: QWidget | None, error: BaseException, report: str) -> None:
    """How a long job's failure is said where its caller says nothing of its own: a problem the
    user can act on (the file busy, the disk full) in a warning, anything else as a crash with
    its report."""
    from ui.crash import show_crash, user_error_text

    text = user_error_text(error)
    if text is not None:
        QMessageBox.warning(parent, "Clinic Desk", text)
    else:
        show_crash(parent, report)


def run_with_progress(parent: QWidget, title: str, fn: Callable[[TaskContext], Any], *,
                      on_done: Callable[[Any], None] | None = None,
                      on_cancelled: Callable[[], None] | None = None,
                      on_failed: Callable[[BaseException, str], None] | None = None,
                      can_stop: bool = True,
                      on_progress: Callable[[int, int, str], None] | None = None) -> tuple[Task, QProgressDialog]:
    """Run `fn` in the background behind a window-modal progress dialog, cancellable unless
    `can_stop` is False (one step: a copy, a conversion, one transaction).

    A failure is said in a message (a crash dialog for a bug), or handed to `on_failed`
    (the error and its traceback) to say it in its own words.
    """
    task = Task(fn, what=title)
    dialog = (QProgressDialog if can_stop else _OneStepProgress)(title, "Cancel", 0, 0, parent)
    if not can_stop:
        dialog.setCancelButton(None)
    dialog.setWindowTitle("Clinic Desk")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(title)

    def progress(done: int, total: int, text: str) -> None:
        # The label first: a window-modal dialog's setValue runs the window's events, and the
        # steps the worker sent meanwhile are said inside it; a label set after them said an old
        # step last ("Updating the caseload (2 of 4)" after "(4 of 4)").
        # Once Cancel is pressed, "Stopping..." stays: a step the worker sent before its next check
        # ("2,000 of 5,000 clients screened") put its words back and moved the bar, as if the
        # Cancel had not been taken (R85a-02).
        if dialog.wasCanceled():
            return
        if text:
            dialog.setLabelText(f"{title}\n{text}")
        if total <= 0:
            # A step that cannot count (a copy, the demo's filling): Qt's busy bar, not a 0%
            # that stood still until the step ended (W25-08).
            dialog.setRange(0, 0)
        else:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def finish() -> None:
        _running.discard(task)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException, report: str) -> None:
        finish()
        if on_failed is not None:
            on_failed(error, report)
        else:
            say_failure(parent, error, report)

    def cancelled() -> None:
        finish()
        if on_cancelled is not None:
            on_cancelled()

    task.signals.progress.connect(progress, Qt.ConnectionType.QueuedConnection)
    if on_progress is not None:  # connected before the work starts: no step missed
        task.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    task.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    task.signals.cancelled.connect(cancelled, Qt.ConnectionType.QueuedConnection)
    if can_stop:
        dialog.canceled.connect(task.cancel)
        dialog.canceled.connect(lambda: dialog.setLabelText("Stopping..."))
        # Escape rejects the dialog, which only hid it: the work went on unseen and its result
        # (a report, a re-screen's refresh) came later as if nothing had been pressed (W24B-01).
        dialog.rejected.connect(task.cancel)
    _running.add(task)
    dialog.show()
    task.start()
    return task, dialog


def run_unseen(fn: Callable[[TaskContext], Any], *, on_done: Callable[[Any], None],
               on_failed: Callable[[BaseException, str], None], what: str | None = None) -> Task:
    """Run `fn` in the background with no dialog (work the user did not ask for, such as the
    hourly automatic backup); `stop_all` waits for it like any other task; `what` names it
    if closing has to wait for it."""
    task = Task(fn, what=what)

    def done(result: Any) -> None:
        _running.discard(task)
        on_done(result)

    def failed(error: BaseException, report: str) -> None:
        _running.discard(task)
        on_failed(error, report)

    task.signals.done.connect(done, Qt.ConnectionType.QueuedConnection)
    task.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    task.signals.cancelled.connect(lambda: _running.discard(task), Qt.ConnectionType.QueuedConnection)
    _running.add(task)
    task.start()
    return task


def stop_all(timeout_s: float = 30.0) -> None:
    """Cancel every running task and wait for their threads (ending a test; closing waits with
    `finish_all`), not for those the user closed without (Close anyway)."""
    for task in list(_running):
        task.cancel()
    for task in list(_running):
        task.finished.wait(timeout_s)


# Work that goes on after Cancel, each a task still running that the user closed without: kept
# here (its signals silenced) so that it is never waited for again, and so that its signal
# object outlives it (emitted into once deleted: "RuntimeError: Signal source has been deleted").
_left_running: set[Task] = set()

# Said while closing waits for work that has not stopped yet (`finish_all`), of one piece of work or more.
FINISHING_SAID = ("It was told to stop, and stops once the step it is in has ended: Clinic Desk closes then.\n\n"
                  "Close anyway to close now: it is left unfinished, and nothing half-done is kept.")
FINISHING_MORE_SAID = ("They were told to stop, and stop once the steps they are in have ended: Clinic Desk closes then.\n\n"
                       "Close anyway to close now: they are left unfinished, and nothing half-done is kept.")
NAMELESS_WORK = "Work in the background"


def finish_all(parent: QWidget | None, *, grace_ms: int = 500) -> bool:
    """Closing: cancel every running task and wait for them to end, the window still painted.

    Work that checks for Cancel ends at once; work not begun yet (queued behind others) never
    begins (`_still_running`).  Work inside one long call (a SQLite statement, a
    ReportLab page, a file on a slow drive) cannot look before it returns: the window froze,
    silent, up to 30 s per task (T84, M89 measured).  After `grace_ms` a dialog now says which
    work closing waits for, and closes itself when that has ended; "Close anyway" (Enter, Escape)
    leaves it running, unheard from (`left_running`).  False when the user closed anyway."""
    if not _still_running():
        return True
    # The grace: the window repaints, but a click or a key waits (ui.opening's wait does the same).
    waiting = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: _still_running() or waiting.quit())
    poll.start(50)
    grace = QTimer()
    grace.setSingleShot(True)
    grace.timeout.connect(waiting.quit)
    grace.start(grace_ms)
    waiting.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    poll.stop()
    grace.stop()
    if not _still_running():
        return True
    dialog = _finishing_dialog(parent)
    said = QTimer()
    said.timeout.connect(lambda: _say_finishing(dialog))
    said.start(50)
    _say_finishing(dialog)
    ended = dialog.exec() == QDialog.DialogCode.Accepted
    said.stop()
    dialog.deleteLater()
    left = _still_running()
    for task in left:
        task.signals.blockSignals(True)  # a window closed meanwhile: nothing to tell any more
        _left_running.add(task)
        _running.discard(task)
    if left:
        _remove_partials_left()
    return ended


# The hidden partial files work closed without left that could not be removed then (U93-01):
# tried again, and said, when Clinic Desk next shows a caseload (`partials_left_said`).
PARTIALS_LEFT_KEY = "closing/partialsLeft"


def _remove_partials_left() -> None:
    """The hidden partial files of work closed without (an export's, a PDF's, a backup's), removed
    now: the program ends without that work, whose own cleanup never runs, and an export's held
    the clients written so far (names, dates of birth, convictions) beside the file named until an
    export to that file an hour later (M92's Left alone), a backup's the whole caseload until the
    next automatic backup (H94-01).  One that cannot be removed (Windows:
    the work's thread still has it open) is remembered, to try again and say at the next start."""
    from PySide6.QtCore import QSettings

    from clinic_app.private_files import remove_partials_being_written

    failed = remove_partials_being_written()
    if not failed:
        return
    settings = QSettings()
    known = _partials_left(settings)
    settings.setValue(PARTIALS_LEFT_KEY, [*known, *(str(p) for p, _error in failed if str(p) not in known)])
    settings.sync()  # the program may end at once (os._exit) after this close


def _partials_left(settings) -> list[str]:
    value = settings.value(PARTIALS_LEFT_KEY, [])
    return [value] if isinstance(value, str) else [str(name) for name in value or []]


def partials_left_said() -> tuple[str, bool]:
    """What to say, once a caseload shows, of the partial files the last close anyway could not
    remove (`_remove_partials_left`): each is removed now if it can be, else named to delete by
    hand, and tried again at the next start; and whether any is still there (a warning, not a
    note).  ("", False) when there were none."""
    from PySide6.QtCore import QSettings

    settings = QSettings()
    left = _partials_left(settings)
    if not left:
        return "", False
    removed, still = [], []
    for name in left:
        try:
            Path(name).unlink(missing_ok=True)
        except OSError as error:
            still.append(f"{name} ({error.strerror or error})")
        else:
            removed.append(name)
    if still:
        settings.setValue(PARTIALS_LEFT_KEY, [name for name in left if name not in removed])
    else:
        settings.remove(PARTIALS_LEFT_KEY)
    said = []
    if removed:
        said.append("When Clinic Desk was last closed without waiting for an export, a PDF or a backup to finish "
                    "(Close anyway), its unfinished hidden copy could not be removed, as the work still had it open. "
                    "It is removed now:\n" + "\n".join(removed))
    if still:
        said.append("An unfinished hidden copy left when Clinic Desk was last closed without waiting for an export, a PDF "
                    "or a backup (Close anyway) still cannot be removed. It holds the clients written so far (names, "
                    "dates of birth, convictions): delete it, or Clinic Desk tries again at its next start:\n"
                    + "\n".join(still))
    return "\n\n".join(said), bool(still)


def left_running() -> bool:
    """Whether some work the user closed without still runs (the program then ends without it)."""
    return any(not task.finished.is_set() for task in _left_running)


def _still_running() -> list[Task]:
    """The tasks not ended, each asked to stop (one started meanwhile, too), but those already
    closed without.  One not begun, queued behind work stuck in a long call (each of the pool's
    threads held), is taken back and never begins: closing listed it as being finished, and once
    a thread was free it began, told to stop before its first step, and was waited for too (one
    that does not look for Cancel, as the hour's backup does not, ran whole) (H94-02)."""
    for task in list(_running):  # one closed without is no longer among them (finish_all)
        task.cancel()
        if not task.finished.is_set():
            task.take_back()
    return [task for task in _running if not task.finished.is_set()]


def _finishing_dialog(parent: QWidget | None) -> QProgressDialog:
    """The dialog closing waits in: a busy bar, what it waits for, and "Close anyway", the one
    button (Enter), which Escape and the title bar's close press too."""
    from PySide6.QtWidgets import QLabel

    dialog = QProgressDialog("", "Close anyway", 0, 0, parent)
    dialog.setWindowTitle("Clinic Desk")
    dialog.setAccessibleName("Finishing before closing")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    label = QLabel()
    label.setWordWrap(True)  # a long name (an event's handouts) wraps, the dialog stays on a small screen
    dialog.setLabel(label)
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 60)
    return dialog


def _say_finishing(dialog: QProgressDialog) -> None:
    """What the dialog says of the work not ended yet, or its close once it has all ended."""
    running = _still_running()
    if not running:
        dialog.accept()
        return
    names = [task.what or NAMELESS_WORK for task in running]
    if len(names) == 1:
        text = f"Finishing before closing: {names[0]}...\n\n{FINISHING_SAID}"
    else:
        text = "Finishing before closing:\n" + "\n".join(f"- {name}..." for name in names) + f"\n\n{FINISHING_MORE_SAID}"
    if dialog.labelText() != text:
        dialog.setLabelText(text)


# ---- the long jobs (each runs on a worker thread with its own connection) ----------------
#
# Each takes the caseload's path and, for an encrypted caseload, its passphrase (the main
# window's `repo.passphrase`, in memory only) to open that connection.


def rescreen_job(db_path: Path, as_of: date, *, passphrase: str | None = None,
                 kept: list[Path] | None = None, moved: list[AnswersMoved] | None = None) -> Callable[[TaskContext], int]:
    """Re-screen every client as of `as_of`, storing results a range at a time; returns how many.

    Worker processes screen the ranges, as the command line's re-screen does (db.rescreen;
    started by forkserver, since this process runs threads).  Each range is stored in its
    own transaction, so Cancel keeps the ranges already stored (each a complete screening
    of its clients), stops the workers and stores nothing more.

    First it makes the copy of the caseload `clinic-app rescreen` makes (db.backup.backup_before),
    and puts its path in `kept`, if given, for the window to name; and puts in `moved`, if
    given, the clients whose answers changed from their last screening by older rules (U148-02).
    """

    def job(ctx: TaskContext) -> int:
        from db.backup import backup_before
        from db.lines import lines_made_in_these_words
        from db.repository import Repository

        # Not the lines of an older Clinic Desk made again first, silently under "Keeping a copy
        # of the caseload..." (where the window's open left them: another desk held the caseload
        # too long): every line is made again as it is screened, as `clinic-app rescreen` does.
        with Repository.open(db_path, create=False, passphrase=passphrase, make_lines_again=False) as repo:
            # A re-screen replaces the answers every client's line shows (one for a day to plan
            # for, or by rules found wrong, included); the window's made no copy from before,
            # the command line's does (D23-16).  A new, empty caseload has nothing to keep; a
            # copy that cannot be made (a full disk) stops the re-screen before it stores anything.
            if repo.last_change() is not None:
                ctx.progress(0, 0, "Keeping a copy of the caseload as it is now...")
                made = backup_before(repo.db, "rescreen")
                if kept is not None:
                    kept.append(made)
                ctx.check()
            stored = _screen_and_store(ctx, repo, as_of, moved=moved)
            # Everyone screened, so every line in this program's words: marked, as the command
            # line's re-screen marks them (a Cancel part-way leaves them to the next open).
            lines_made_in_these_words(repo)
            return stored

    return job


def _screen_and_store(ctx: TaskContext, repo, as_of: date, only: list[int] | None = None,
                      moved: list[AnswersMoved] | None = None) -> int:
    """Screen every client of `repo` (or those of `only`) as of `as_of` on every core
    (db.rescreen), storing each range in its own transaction, so that Cancel keeps the
    ranges stored (each a complete screening of its clients) and stores nothing more;
    returns how many were stored."""
    from db.rescreen import screened_batches

    with screened_batches(repo, as_of, only=only) as (total, batches):
        done = stored = 0
        # Said now, not after the first range is stored: the words before it ("Keeping a copy
        # of the caseload...") stood while the workers started and screened it (A38-03).
        # "of 1 client" for a caseload of one, as the list's count says it (K262-01, K272-01).
        ctx.progress(0, total, f"0 of {count(total, 'client')} screened")
        for rows in batches:
            rows = list(rows)
            # Fewer may be stored: a client saved or removed elsewhere meanwhile.
            stored += repo.store_screening_rows(rows, earlier=stored, more=done + len(rows) < total, whole=only is None,
                                                continues=done > 0, moved=moved)
            done += len(rows)
            ctx.progress(done, total, f"{done:,} of {count(total, 'client')} screened")
            # After the range is kept, not before: a Cancel pressed while it was screened
            # threw its finished results away.  Before the next one is waited for.
            ctx.check()
    return stored


def ask_as_of(parent: QWidget, today: date) -> date | None:
    """The date a whole-caseload re-screen speaks for (today unless the user plans ahead)."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel

    from ui.forms import AsOfDateEdit, from_qdate

    dialog = QDialog(parent)
    dialog.setWindowTitle("Re-screen the caseload")
    form = QFormLayout(dialog)
    form.addRow(QLabel("Every client is screened again with the current rules.\n"
                       "The caseload list then shows the results for this date."))
    picker = AsOfDateEdit(today)
    picker.setAccessibleName("Screen as of date")
    label = QLabel("&As of:")
    label.setBuddy(picker)
    form.addRow(label, picker)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Re-screen")
    # Re-screen clicked with As of showing a day it could not read (left by a click on the
    # button) waits for the day meant: the caseload was re-screened for the day before (K293-02).
    buttons.accepted.connect(lambda: picker.refuses_what_is_typed() or dialog.accept())
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    # The date is this dialog's only question: Enter in it takes the day and starts the
    # re-screen, as before (the date edit no longer lets a dialog's default button see its
    # Enter, keyboard check K20-07).
    picker.confirmed.connect(dialog.accept)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return from_qdate(picker.date())


def rescreen_caseload(parent: QWidget, db_path: Path, as_of: date, *, on_done: Callable[[int], None] | None = None,
                      on_cancelled: Callable[[], None] | None = None, passphrase: str | None = None,
                      kept: list[Path] | None = None, screened: list[int] | None = None,
                      moved: list[AnswersMoved] | None = None):
    """Caseload > Re-screen whole caseload: runs `rescreen_job` with progress and cancel
    (the path of its before-re-screen copy put in `kept`, if given; how many clients are
    screened so far and of how many in `screened`, if given, for what a Cancel says; whose
    answers changed from their last screening by older rules in `moved`, if given)."""

    def note(done: int, total: int, _text: str) -> None:
        if screened is not None and total > 0:
            screened[:] = [done, total]

    return run_with_progress(parent, f"Re-screening the caseload as of {as_of.isoformat()}",
                             rescreen_job(db_path, as_of, passphrase=passphrase, kept=kept, moved=moved),
                             on_done=on_done, on_cancelled=on_cancelled, on_progress=note)


def answers_moved_box(parent: QWidget, moved: list[AnswersMoved], lines: dict[int, Any]) -> QMessageBox:
    """After a re-screen by rules newer than some clients' last screening, those whose answers
    changed, each with what changed, in the box's details, open: the window's re-screen said
    only who became eligible now, and a client told to file now who must now wait, or whose day
    moved, was named nowhere (U148-02).  `lines` are the caseload's lines by client id."""
    from clinic_app.wording import born_said

    moved = [m for m in moved if m.client_id in lines]  # not one removed meanwhile
    rules = ", ".join(sorted({m.rules_before for m in moved}))
    box = QMessageBox(QMessageBox.Icon.Information, "Answers changed by the new rules",
                      f"The rules of this version of Clinic Desk ({RULES_VERSION}) changed the answers of "
                      f"{count(len(moved), 'client')} from their last screening (by rules {rules}).",
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText("What they were told may no longer hold. Below, each is named with what changed; "
                           "select and copy the list to call them.")
    box.setDetailedText("\n".join(f"{lines[m.client_id].name} ({born_said(lines[m.client_id].dob)}): {m.said()}"
                                   for m in sorted(moved, key=lambda m: (alphabetical(lines[m.client_id].name), m.client_id))))
    _details_open(parent, box, "Clients whose answers changed")
    return box


BACKUP_FOLDER_SETTING = "backups/folder"  # where the window's last backup went (a folder only: no name)


def last_backup_folder() -> Path | None:
    """The folder the window's last backup went to, while it is there (a USB stick taken out,
    a folder deleted, is not)."""
    from ui.forms import folder_last_used

    return folder_last_used(BACKUP_FOLDER_SETTING)


def backup_dialog(parent: QWidget, db_path: Path, *, passphrase: str | None = None):
    """File > Back up: the SQLite backup API into a file the user picks, verified."""
    from db.backup import dated_name

    # A dated name, as `clinic-app backup` suggests, in the folder the last one went to (the
    # USB stick, when it is in): the same undated caseload.backup.sqlite beside the caseload
    # was offered each time, so today's backup replaced last week's, both on the laptop (B130).
    suggested = dated_name((last_backup_folder() or db_path.parent) / db_path.with_suffix(".backup.sqlite").name)
    target, _ = QFileDialog.getSaveFileName(parent, "Back up caseload", str(suggested), "Caseload (*.sqlite)")
    if not target:
        return None
    from ui.forms import named_with_suffix

    # A bare name made a file this very dialog (it lists *.sqlite files) no longer shows (W22-01).
    target = named_with_suffix(parent, "Back up caseload", target, ".sqlite")
    if target is None:
        return None

    def job(ctx: TaskContext) -> Path:
        from db.backup import backup_to
        from db.connection import open_caseload

        def copied(done: int, total: int) -> None:
            # Cancel stops the copy between two steps, the copy begun thrown away and a backup
            # of that name left as it was: the copy went on under "Stopping...", replaced last
            # week's backup, and not a word was said (P74-05).
            ctx.check()
            # The bar follows the pages copied, and the check of the copy after the last page
            # is not counted, as before a migration: it stood at 0% of "Copying..." for the
            # whole copy and check, 6.3 s at 100,000 clients (P74-04).
            if done < total:
                ctx.progress(done, total, "Copying...")
            else:
                ctx.progress(0, 0, "Checking the copy...")

        ctx.progress(0, 0, "Copying...")
        db = open_caseload(db_path, create=False, passphrase=passphrase)
        try:
            made.append(backup_to(db, target, copied=copied))
            return made[-1]
        finally:
            db.close()

    made: list[Path] = []  # the backup, once written: a Cancel during its check came too late
    there_before = target.exists()

    def made_said(path: Path) -> None:
        QSettings().setValue(BACKUP_FOLDER_SETTING, str(path.resolve().parent))
        # Its size said, for a USB stick to hold (B130-02); "2.4 MB" kept on one line of the box.
        size = size_said(path.stat().st_size).replace(" ", "\u00a0")
        QMessageBox.information(parent, "Backup made", f"The caseload is backed up (and checked) in {path} ({size}).")

    def cancelled() -> None:
        if made:
            made_said(made[0])
            return
        left = f" {target} is as it was." if there_before else ""
        QMessageBox.information(parent, "Backup stopped", f"Stopped: no backup was written.{left}")

    return run_with_progress(parent, "Backing up the caseload", job, on_done=made_said, on_cancelled=cancelled)


IMPORT_FOLDER_SETTING = "imports/folder"  # where the last file imported came from
EXPORT_FOLDER_SETTING = "exports/folder"  # where the last export went


def import_dialog(parent: QWidget, db_path: Path, *, on_done: Callable[[int], None] | None = None, passphrase: str | None = None,
                  as_of: date | None = None):
    """File > Import clients: an export's clients or screening requests (JSON/YAML) added, all or nothing; the
    clients added are then screened as of `as_of` (when given), as opening each would."""
    from ui.forms import folder_last_used

    # Where the last import came from, else where the last export went (an event laptop's file
    # on the USB stick), while it is there: the home folder was offered each time (S139-03).
    folder = folder_last_used(IMPORT_FOLDER_SETTING, EXPORT_FOLDER_SETTING) or Path.home()
    # And the names the tools that encrypt a file give it: an export carried encrypted, as README
    # asks (day.jsonl.gpg), was not listed, and the import that says what to do with it never
    # reached (A170-02).
    carried = " ".join(f"*{suffix}" for suffix in CARRIED_ENCRYPTED_SUFFIXES)
    source, _ = QFileDialog.getOpenFileName(parent, "Import clients", str(folder),
                                            f"Clients or screening requests (*.json *.jsonl *.ndjson *.yaml *.yml {carried})")
    if not source:
        return None

    def job(ctx: TaskContext) -> tuple[ImportResult, Path | None, bool]:
        from clinic_app.cli import read_import_carried
        from clinic_app.eligibility import facts_hash
        from db.backup import backup_before
        from db.repository import Repository

        clients, reviews, moments = read_import_carried(Path(source))
        ctx.check()
        with Repository.open(db_path, create=False, passphrase=passphrase) as repo:
            # The copy `clinic-app import` makes: a wrong file's clients cannot be told from real
            # ones once added, and the window's import made none (D23-06).  A new, empty
            # caseload has nothing to keep; a copy that cannot be made stops the import.  Only
            # of an import that changes something, as `clinic-app import` (J59-02): a file
            # imported again, every client skipped, made a copy of nothing changed, and each
            # pushed out one made before a real import (only the newest few are kept).
            hashes = [facts_hash(client.person, client.cases) for client in clients]  # once, for both
            changes = repo.import_would_change(clients, reviews=reviews, hashes=hashes)
            kept = None if repo.last_change() is None or not changes else backup_before(repo.db, "import")
            ctx.check()

            def stored(n: int) -> None:
                # Cancel stops the import between two parts, and its one transaction keeps none
                # of it: the import went on under "Stopping...", its clients were added, and the
                # dialog closed with not a word, nor were they screened (P74-06).
                ctx.check()
                ctx.progress(n, len(clients), f"{n:,} of {len(clients):,}")

            imported.append((repo.import_clients(clients, reviews=reviews, progress=stored, source=source, hashes=hashes,
                                                 moments=moments), kept, changes))
            return imported[0]

    imported: list[tuple[ImportResult, Path | None, bool]] = []  # once stored: a Cancel after the last part came too late

    def cancelled() -> None:
        if imported:
            finished(imported[0])
            return
        QMessageBox.information(parent, "Import", f"Stopped: no client of {Path(source).name} was added; the caseload is as it was.")

    def finished(done: tuple[ImportResult, Path | None, bool]) -> None:
        result, kept, changes = done
        QSettings().setValue(IMPORT_FOLDER_SETTING, str(Path(source).resolve().parent))  # read, not a file refused
        if not changes and not result.ids and not result.reviewed:
            # Said, as `clinic-app import` says it: no "kept in" line, and no wondering why (J59-02).
            tell(result, kept, "Nothing in the caseload changed, so no copy of it was made before this import.")
            return
        if as_of is None or not result.ids:
            tell(result, kept)
            return
        # An event laptop's clients came in "Not screened": the office's counts (Eligible now,
        # Attorney review) and outcome filters left them all out until someone noticed "Re-screen
        # now" in the status bar (A34-01).  A second step, so that Cancel there keeps the import.
        from ui.caseload_view import RESCREEN_NOW_SAID

        rest = f"clients not screened yet say “Not screened”; {RESCREEN_NOW_SAID} screens them."

        def failed(error: BaseException, report: str) -> None:
            from ui.crash import show_crash, user_error_text

            # The screening's error alone was said (a worker process stopped, the program
            # updated meanwhile): not the import, nor its copy from before, and the list was
            # not read again, so the clients imported were not in it.
            text = user_error_text(error)
            if text is None:
                show_crash(parent, report)
            tell(result, kept, f"Screening stopped: {text or 'an error in Clinic Desk (reported).'}\n\nThe imported {rest}")

        run_with_progress(parent, "Screening the clients imported", screen_job(db_path, result.ids, as_of, passphrase=passphrase),
                          on_done=lambda _n: tell(result, kept),
                          on_cancelled=lambda: tell(result, kept, f"Screening stopped: the {rest}"),
                          on_failed=failed)

    def tell(result: ImportResult, kept: Path | None, stopped: str | None = None) -> None:
        lines = result.lines(Path(source).name)
        if where := result.where_to_check():
            # Said where to find them again once this message is closed (W24-03).
            lines.append(where)
        if stopped:
            lines.append(stopped)
        if kept is not None:
            lines.append(f"The caseload as it was before this import is kept in {kept}.")
        QMessageBox.information(parent, "Import", "\n\n".join(lines))
        if on_done is not None:
            on_done(len(result.ids))

    def refused(error: BaseException, report: str) -> None:
        from clinic_app.cli import BadRecords

        if isinstance(error, BadRecords):
            box = bad_records_box(parent, error)
            box.exec()
            box.deleteLater()
            return
        say_failure(parent, error, report)

    return run_with_progress(parent, "Importing clients", job, on_done=finished, on_cancelled=cancelled, on_failed=refused)


def widest_message_box(parent: QWidget) -> int:
    """How wide Qt lets a QMessageBox over `parent` grow (QMessageBoxPrivate::updateSize): the
    screen's width where it is 1024 or less, else that less 480, and never past 1000.  A box
    whose contents ask more is held at this width and cuts them at its right edge."""
    width = parent.screen().availableGeometry().width()
    return width if width <= 1024 else min(width - 480, 1000)


def bad_records_box(parent: QWidget, error: BadRecords) -> QMessageBox:
    """File > Import clients refused for two or more bad records: what happened and what to do in
    the box, the records named (the first ten) in its details, open, one a line, each line's
    wrapped part indented under it.  All in the box's words, ten entries wrapped in a 400-pixel
    box read as one block of 40 lines, where a line's number was hard to find (D86-02, W88-01).
    The details can be reached by Tab, selected and copied (R89-02); Enter or Escape closes the
    box, as any message."""
    bad = error.bad
    name = Path(bad.name).name
    kind = "lines" if bad.of_lines else "requests"
    advice = f"{error.advice[0].upper()}{error.advice[1:]}."
    named = "the first ten are named" if bad.count > len(bad.named) else "they are named"
    box = QMessageBox(QMessageBox.Icon.Warning, "Clinic Desk",
                      f"The file was not imported (nothing was added): {bad.count:,} bad {kind} in {name}.",
                      QMessageBox.StandardButton.Ok, parent)
    box.setInformativeText(f"{advice} Below, {named}, each by its place in the file and what is wrong with it.")
    box.setDetailedText(bad.said(name=name).split("\n", 1)[1])
    _details_open(parent, box, f"Bad {kind} in {name}")
    return box


def _details_open(parent: QWidget | None, box: QMessageBox, named: str) -> None:
    """A message box's details, one entry a line, open (not behind "Show Details..."): what the
    paralegal goes to the file, or the telephone, with.  Each entry's wrapped part hangs under
    it; Tab reaches them (`named` to a screen reader); Enter or Escape closes the box."""
    details = details_by_keyboard(box)  # Tab reaches the lines named (R89-02)
    if details is not None:
        details.setAccessibleName(named)
        # Each named line hangs, its wrapped part indented under it: one entry is told from the next.
        every = QTextCursor(details.document())
        every.select(QTextCursor.SelectionType.Document)
        hanging = QTextBlockFormat()
        hanging.setLeftMargin(24)
        hanging.setTextIndent(-24)
        every.mergeBlockFormat(hanging)
        # The eleven lines (ten named and "and N more", a few wrapped) in sight, where Qt gives
        # the details six, in a box wide enough for most lines unwrapped on a laptop's screen.
        details.setFixedHeight(details.fontMetrics().lineSpacing() * 17)
        # No wider than the box may be: 760 on a 1366 x 768 laptop at 125% ran past the box's
        # right edge, Qt holding the box at 613, and each long line was cut there (M89-01).
        margins = box.layout().contentsMargins()
        widest = widest_message_box(parent) - margins.left() - margins.right() if parent is not None else 760
        details.setMinimumWidth(min(760, widest))
    # Open, not behind "Show Details...": the lines are what the paralegal goes to the file with.
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            button.click()
    # The keyboard starts on OK, so Enter closes the box as every message: with the details
    # taking focus, the first focusable child (the details) had it, OK being added only at show.
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Ok)


def screen_job(db_path: Path, ids: list[int], as_of: date, *, passphrase: str | None = None) -> Callable[[TaskContext], int]:
    """Screen the clients `ids` as of `as_of` and keep their results, a range per transaction
    (Cancel keeps the ranges stored); returns how many were stored.

    By the whole-caseload re-screen's machinery (db.rescreen: worker processes, each reading a
    range of clients at once; in this process in a frozen build): read and screened client by
    client in this one process, 50,000 clients imported took 41 s to screen where the re-screen
    of the same clients took 20 s on two cores (benchmarks/bench_import_screen.py, P36)."""

    def job(ctx: TaskContext) -> int:
        from db.repository import Repository

        with Repository.open(db_path, create=False, passphrase=passphrase) as repo:
            return _screen_and_store(ctx, repo, as_of, only=ids)

    return job


@dataclass(frozen=True)
class HandoutBatch:
    """Whose handouts a batch makes: every client of a clinic event (read as the batch
    starts), or the clients given (the caseload list as filtered, F30-01), in that order."""

    whom: str  # "every client of Pomona 2026-11", "the 12 clients shown", "the 10 clients chosen"
    title: str  # the progress dialog's, the print dialog's: "Pomona 2026-11", "12 clients shown"
    folder: str  # the folder the PDFs are saved in, and the print job's name
    event: str | None = None
    chosen: tuple[tuple[int, str], ...] | None = None  # (id, name) of each client given
    large_print: bool = False  # every handout in large print, as the question's box chose (L119-02)
    # Screenings made before the batch (the note's, of clients never screened), by client id,
    # with the (person, cases, as_of) screened: see `screening`.
    screened: dict[int, tuple[tuple, Screening]] = field(default_factory=dict, compare=False)
    named_for: date | None = None  # the day its folder is named by (the clients shown's)

    @classmethod
    def of_event(cls, event: str, screened: dict[int, tuple[tuple, Screening]] | None = None) -> HandoutBatch:
        return cls(f"every client of {event}", event, f"handouts-{safe_name(event)}", event=event, screened=screened or {})

    @classmethod
    def of_clients(cls, clients: list[tuple[int, str]], as_of: date, kind: str = "handouts",
                   screened: dict[int, tuple[tuple, Screening]] | None = None, event: str | None = None,
                   which: str = "shown") -> HandoutBatch:
        """`kind` names the folder: "handouts-2026-11-15", "worksheets-2026-11-15"; with `event`
        (the Event filter's), "worksheets-Saturday-Fair-2026-11-15".  Named by the day alone, the
        worksheets of Saturday's event, made on Friday from the list filtered to it (there is no
        worksheet batch of an event in the window), were in "worksheets-2026-12-11", nothing of
        the event the volunteer looked for (B148-03).  `which`: how the clients were given, "shown"
        (the list as filtered) or "chosen" (the lines chosen in it), as the batch names them."""
        shown = f"{count(len(clients), 'client')} {which}"
        named = f"{kind}-{safe_name(event)}-{as_of.isoformat()}" if event else f"{kind}-{as_of.isoformat()}"
        return cls(f"the {shown}", shown, named, chosen=tuple(clients), screened=screened or {}, named_for=as_of)

    def made_on(self, day: date) -> HandoutBatch:
        """The batch made on `day`: its folder, where named by a day, named by this one."""
        if self.named_for is None or self.named_for == day:
            return self
        from dataclasses import replace

        # The last of the day's name: an event's own name may hold a date ("Fair 2026-11-22").
        head, _, tail = self.folder.rpartition(self.named_for.isoformat())
        return replace(self, folder=f"{head}{day.isoformat()}{tail}", named_for=day)

    def clients(self, repo) -> list[tuple[int, str]]:
        """(id, name) of each client, the name as the batch was chosen: the one said when a
        client is removed before their handout is made (clinic_app.handouts.command.still_there)."""
        if self.chosen is not None:
            return list(self.chosen)
        return [(row.id, row.name) for row in repo.list_clients(event=self.event)]

    def screening(self, client: Client, as_of: date) -> Screening:
        """`client` screened as of `as_of`: the screening made before the batch where their
        record is as it was then, not made twice (the window's note screened a client never
        screened, and the batch again: Z114-02, as C113-04 for `clinic-app handout --event`);
        a record changed meanwhile (at another desk, while the question waited) screened anew."""
        from clinic_app.eligibility import screen

        kept = self.screened.get(client.id)
        if kept is not None and kept[0] == (client.person, client.cases, as_of):
            return kept[1]
        return screen(client.person, client.cases, as_of)


def as_it_starts(batch: HandoutBatch, as_of: date, clock: Callable[[], date] | None) -> tuple[HandoutBatch, date]:
    """`batch` and its day as its questions are answered and it starts: `clock` the window's day.
    Taken as the menu item was chosen, a question answered past midnight dated every page, and
    named the folder, the day before (K202-02, as M191-02 the preview's)."""
    today = clock() if clock is not None else as_of
    return batch.made_on(today), today


def _write_handouts(repo, pairs, out_dir: Path, **kw):
    from clinic_app.handouts import render_event
    from clinic_app.handouts.command import clinic_from_settings

    return render_event(pairs, clinic_from_settings(repo.get_setting), out_dir, reviews=lambda c: repo.denial_reviews(c.id), **kw)


def _write_worksheets(repo, pairs, out_dir: Path, *, large_print: bool = False, **kw):  # noqa: ARG001
    # A worksheet is for the staff who prepare the petitions: one size, whatever the batch asks.
    from clinic_app.worksheet.batch import write_worksheets

    return write_worksheets(pairs, out_dir, reviews=lambda c: repo.denial_reviews_said(c.id), **kw)


@dataclass(frozen=True)
class Paper:
    """What a batch makes for each client: their handout, or their filing worksheet (F38),
    by the same walk (clinic_app.handouts.batch.write_each), progress, Cancel and report."""

    noun: str  # "handout": "2 handouts (9 pages) written to ...", "No handout could be written for"
    title: str  # the message boxes' title
    # (repo, (client, screening) pairs, folder, total=, progress=, cancel=) -> EventResult
    write: Callable[..., Any]
    kind: str  # the folder's first word: "handouts-2026-11-15"


HANDOUTS = Paper("handout", "Handouts", _write_handouts, "handouts")
WORKSHEETS = Paper("filing worksheet", "Filing worksheets", _write_worksheets, "worksheets")


def handouts_job(db_path: Path, batch: HandoutBatch, as_of: date, out_dir: Path, *, passphrase: str | None = None,
                 paper: Paper = HANDOUTS, stopped: list | None = None) -> Callable[[TaskContext], Any]:
    """Every client of `batch`: screened as of `as_of`, one PDF each (`paper`'s), into `out_dir`.
    `stopped`, when given, gets (the result, how many clients the batch has) before the task
    ends: a Cancel pressed meanwhile makes the task say it was cancelled, its result not handed on."""

    def job(ctx: TaskContext):
        from clinic_app.handouts.command import still_there
        from db.repository import Repository

        with Repository.open(db_path, create=False, passphrase=passphrase) as repo:
            ids = batch.clients(repo)
            skipped: list[tuple[str, str]] = []
            handled = 0  # the handouts render_event has made (or failed to make)

            def screened():
                # One pass, each client screened as their handout is made: every client was
                # screened first, and the bar, half for each step, stood at 50% after a second
                # with the slow half (the PDFs, ~35 s for 300 clients) still to come (B30-02).
                for client_id, name in ids:
                    client = still_there(repo, client_id, name, skipped)
                    if client is None:
                        # Done with too, and said now: counted only with the next handout made,
                        # the last client removed left the bar one short (W31-02).
                        said()
                    else:
                        yield client, batch.screening(client, as_of)

            def said() -> None:
                done = handled + len(skipped)  # the clients removed since are done with too
                ctx.progress(done, len(ids), f"{paper.noun.capitalize()} {done:,} of {len(ids):,}")

            def progress(made: int, total: int, name: str) -> None:
                nonlocal handled
                handled = made
                said()

            result = paper.write(repo, screened(), out_dir, total=len(ids), progress=progress, cancel=lambda: ctx.cancelled,
                                 large_print=batch.large_print)
        result.failed += skipped
        if stopped is not None:
            stopped.append((result, len(ids)))
        return result

    return job


def print_job(db_path: Path, batch: HandoutBatch, as_of: date, printer, *, passphrase: str | None = None) -> Callable[[TaskContext], Any]:
    """Every client of `batch`, screened as of `as_of`, printed in their language; returns
    (clients printed, sheets, failed, unprintable), `failed` a list of (client's name, what
    went wrong), `unprintable` of (client's name, what their handout could not print: it has
    a blank line there, to fill in by hand).

    Each handout is composed, rendered and rasterised here on the worker (Qt allows a
    QPainter on a QPrinter outside the UI thread); Cancel aborts the print job, and so does
    the printer failing.  A client whose handout cannot be laid out, or who was removed after
    the batch began, is skipped and named.
    """

    def job(ctx: TaskContext) -> tuple[int, int, list[tuple[str, str]], list[tuple[str, str]]]:
        from clinic_app.handouts import available_languages, compose, render_bytes
        from clinic_app.handouts.command import clinic_from_settings, still_there
        from clinic_app.handouts.glyphs import unprintable_fields
        from db.repository import Repository
        from ui.handout_dialog import PrintRun

        known = set(available_languages())
        with Repository.open(db_path, create=False, passphrase=passphrase) as repo:
            clinic = clinic_from_settings(repo.get_setting)
            ids = batch.clients(repo)
            run = PrintRun(printer)
            ctx.progress(0, len(ids), "")
            failed: list[tuple[str, str]] = []
            unprintable: list[tuple[str, str]] = []
            try:
                def send(client) -> None:
                    lang = client.language if client.language in known else "en"
                    try:
                        handout = compose(client, batch.screening(client, as_of), clinic, lang=lang, as_of=as_of,
                                          large_print=batch.large_print, reviews=repo.denial_reviews(client.id))
                        pdf = render_bytes(handout)
                    except Exception as err:  # noqa: BLE001 - one client's handout must not stop the event's
                        # One handout that could not be laid out had aborted the whole print
                        # job, and nothing said whose it was (finding H23-11, as H23-04 for saving).
                        failed.append((client.name, str(err) or type(err).__name__))
                        return
                    run.add(pdf)
                    unprintable.extend((client.name, str(found)) for found in unprintable_fields(handout))

                for n, (client_id, name) in enumerate(ids, 1):
                    ctx.check()
                    client = still_there(repo, client_id, name, failed)
                    if client is not None:
                        send(client)
                    # Every client moves the bar, skipped or not: the last one skipped (removed
                    # since, or not laid out) left it one short of its end (W31-02).
                    ctx.progress(n, len(ids), f"Printed {n:,} of {len(ids):,}: {name}")
                ctx.check()
            except BaseException:
                run.abort()  # cancelled or the printer failed: no half job reaches the printer
                raise
            return len(ids) - len(failed), run.finish(), failed, unprintable

    return job


def unprintable_note(unprintable: list[tuple[str, str]], noun: str = "handout") -> str:
    """The handouts (or `noun`s) with a blank line where the font has no letters for a name or
    a detail, client by client, to fill in by hand before they go out (H25-03); "" when none."""
    if not unprintable:
        return ""
    lines = "\n".join(f"{name}: {what}" for name, what in unprintable)
    return f"\n\nSome {noun}s have a blank line to fill in by hand:\n{lines}"


def print_handouts(parent: QWidget, db_path: Path, batch: HandoutBatch, as_of: date, printer=None, *,
                   passphrase: str | None = None, clock: Callable[[], date] | None = None):
    """The print dialog, then every handout of `batch` printed on a worker with progress and cancel;
    as of `as_of`, or of `clock`'s day as the print dialog is answered (`as_it_starts`)."""
    from PySide6.QtPrintSupport import QPrintDialog

    from ui.handout_dialog import letter_printer, no_printer_save_instead, print_failed, printed_where, printer_set_up

    if printer is None and not printer_set_up():
        if no_printer_save_instead(parent, f"the handouts for {batch.title}", many=True):
            return save_handouts(parent, db_path, batch, as_of, passphrase=passphrase, clock=clock)
        return None
    printer = printer or letter_printer()
    printer.setDocName(batch.folder)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(f"Print handouts for {batch.title}")
    # Page ranges make no sense across many handouts: every page of every handout is printed.
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    batch, as_of = as_it_starts(batch, as_of, clock)
    printer.setDocName(batch.folder)

    def finished(result) -> None:
        clients, sheets, failed, unprintable = result
        text = f"{count(clients, 'handout')} ({count(sheets, 'page')}) sent {printed_where(printer)}."
        text += unprintable_note(unprintable)
        if failed:  # the others are printed; these clients still need theirs (H23-11)
            names = "; ".join(f"{name} ({why})" for name, why in failed)
            QMessageBox.warning(parent, "Handouts", f"{text}\n\nNo handout could be printed for: {names}")
            return
        QMessageBox.information(parent, "Handouts", text)

    return run_with_progress(parent, f"Printing handouts for {batch.title}", print_job(db_path, batch, as_of, printer, passphrase=passphrase),
                             on_done=finished, on_failed=lambda error, report: print_failed(parent, "Handouts", error, report))


def print_event_handouts(parent: QWidget, db_path: Path, event: str, as_of: date, printer=None, *, passphrase: str | None = None):
    """The print dialog, then every handout of `event` printed on a worker with progress and cancel."""
    return print_handouts(parent, db_path, HandoutBatch.of_event(event), as_of, printer, passphrase=passphrase)


def save_handouts(parent: QWidget, db_path: Path, batch: HandoutBatch, as_of: date, *, passphrase: str | None = None,
                  paper: Paper = HANDOUTS, clock: Callable[[], date] | None = None):
    """A folder of PDFs, one per client of `batch`: their handouts, or `paper`'s; as of `as_of`,
    or of `clock`'s day as the folder is chosen (`as_it_starts`)."""
    from ui.client_view import WORKSHEET_FOLDER_SETTING
    from ui.forms import remember_papers_folder
    from ui.handout_dialog import HANDOUT_FOLDER_SETTING, last_folder

    # Where the last of these papers went, as a client's own Save PDF starts (A34-07, U42): the
    # week's worksheets offered the home folder each Monday, the clinic's shared folder of
    # petitions walked back to every time (Q132-03).
    setting = WORKSHEET_FOLDER_SETTING if paper is WORKSHEETS else HANDOUT_FOLDER_SETTING
    folder = QFileDialog.getExistingDirectory(parent, f"Folder for the {paper.noun}s of {batch.title}", str(last_folder(setting)))
    if not folder:
        return None
    batch, as_of = as_it_starts(batch, as_of, clock)
    out_dir = Path(folder) / batch.folder
    if batch.chosen is not None:
        # The clients shown, named by the day only: a second batch of the same day gets a
        # folder of its own, not the first's (an event's batch made again replaces its own).
        from clinic_app.handouts.batch import own_folder

        out_dir = own_folder(Path(folder), batch.folder)

    def finished(result) -> None:
        if result.files:
            # Remembered once the batch has written there, not as the folder is chosen: a batch
            # stopped, or failed (the stick full, read-only), moved the next chooser (S139-04).
            # The next chooser starts in the folder chosen; the files are in the batch's own.
            remember_papers_folder(setting, folder, out_dir)
        text = f"{count(len(result.files), paper.noun)} ({count(result.pages, 'page')}) written to {out_dir}."
        if out_dir.name != batch.folder:
            text += (f"\n\nA folder of its own: {batch.folder} holds an earlier batch of the same day, "
                     "left as it was.")
        if result.not_written:  # an earlier run's, which a volunteer may print by mistake (H23D-02)
            text += f"\n\n{result.not_written_note()}."
        text += unprintable_note(result.unprintable, paper.noun)
        text += plain_pdfs_note(result.files)
        if result.failed:  # the others are written; these clients still need theirs (H23-04)
            names = "; ".join(f"{name} ({why})" for name, why in result.failed)
            # Who has none, and what to do about the drive, as a file not saved says it (H100-02).
            after = "".join(f"\n\n{said}" for said in (result.stopped_note(paper.noun), result.advice) if said)
            QMessageBox.warning(parent, paper.title, f"{text}\n\nNo {paper.noun} could be written for: {names}{after}")
            return
        QMessageBox.information(parent, paper.title, text)

    def plain_pdfs_note(files) -> str:
        # The caseload is encrypted, the PDFs are not: said as the export says it (P68-01).
        if passphrase is None or not files:
            return ""
        from clinic_app.private_files import PLAIN_PDFS_SAID

        return f"\n\n{PLAIN_PDFS_SAID}"

    stopped: list = []  # (the result, how many clients), from the worker

    def cancelled() -> None:
        # Cancel left the PDFs made so far in the folder and said nothing: a batch of 14,843
        # stopped at 2,000 left a folder a paralegal later took for the whole batch (W62-02).
        # What is there, and who has none, is said now.
        if not stopped:
            QMessageBox.information(parent, paper.title, f"Stopped before any {paper.noun} was written.")
            return
        result, total = stopped[0]
        if not result.cancelled:
            finished(result)  # Cancel came after the last one: the batch is whole
            return
        written, missing = len(result.files), total - len(result.files)
        again = ("into a folder of its own" if batch.chosen is not None else "into this folder, its PDFs made again")
        QMessageBox.information(
            parent, paper.title,
            f"Stopped: {count(written, paper.noun)} of {total:,} written to {out_dir}, the first in the list's order; "
            f"the other {count(missing, 'client')} have none.\n\nFor every client, make the batch again ({again}); "
            f"delete this folder if it is not wanted.{plain_pdfs_note(result.files)}")

    def failed(error: BaseException, report: str) -> None:
        # The batch's folder not made (a locked stick, a folder of another user's) was "The file
        # could not be used (.../worksheets-2026-12-11)", titled "Clinic Desk": a folder called a
        # file, and nothing said of whether any paper was written (W161-02).
        if isinstance(error, OSError) and error.filename is not None and Path(error.filename) == out_dir:
            from clinic_app.private_files import said_with_what_to_do

            QMessageBox.warning(parent, paper.title, said_with_what_to_do(
                f"No {paper.noun} was written: the folder {out_dir} could not be made ({error.strerror or error})", error))
            return
        say_failure(parent, error, report)

    return run_with_progress(parent, f"{paper.title} for {batch.title}",
                             handouts_job(db_path, batch, as_of, out_dir, passphrase=passphrase, paper=paper, stopped=stopped),
                             on_done=finished, on_cancelled=cancelled, on_failed=failed)


def save_event_handouts(parent: QWidget, db_path: Path, event: str, as_of: date, *, passphrase: str | None = None):
    """A folder of PDFs, one per client of `event`."""
    return save_handouts(parent, db_path, HandoutBatch.of_event(event), as_of, passphrase=passphrase)


def handouts_dialog(parent: QWidget, db_path: Path, batch: HandoutBatch, as_of: date, *, passphrase: str | None = None,
                    note: str | None = None, languages: Sequence[str | None] = (), clock: Callable[[], date] | None = None):
    """Print every handout of `batch`, or save a folder of PDFs, as the user chooses; `note`
    said under the question (`batch_note`); `languages`, its clients', said in the question
    (`languages_said`); `clock`, the window's day, asked once the questions are answered."""
    large: list[bool] = []
    whom = f"every client of {batch.event}" if batch.event is not None else batch.whom
    text = _each_in_their_language(f"Handouts for {whom}", languages, ".")
    choice = (ask_print_or_save(parent, batch.event, text=text, informative=note, large_print=large) if batch.event is not None
              else ask_print_or_save(parent, None, batch.whom, text=text, informative=note, large_print=large))
    batch = in_large_print(batch, large)
    if choice == "print":
        return print_handouts(parent, db_path, batch, as_of, passphrase=passphrase, clock=clock)
    if choice == "save":
        return save_handouts(parent, db_path, batch, as_of, passphrase=passphrase, clock=clock)
    return None


def _each_in_their_language(start: str, languages: Sequence[str | None], end: str) -> str:
    """A batch's question: "Handouts for ..., each in the client's language (4 in Spanish, 2 in
    English)." (E155-02), without the count where the languages are not given."""
    from clinic_app.handouts.document import languages_said

    return f"{start}, each in the client's language{f' ({languages_said(languages)})' if languages else ''}{end}"


def event_handouts_dialog(parent: QWidget, db_path: Path, event: str | None, as_of: date, *, passphrase: str | None = None,
                          note: str | None = None, screened: dict[int, tuple[tuple, Screening]] | None = None,
                          languages: Sequence[str | None] = (), clock: Callable[[], date] | None = None):
    """Caseload > Print handouts for this event: print them all, or save a folder of PDFs;
    `note` said under the question (`batch_note` of the event's clients), `screened` the
    screenings it made (`HandoutBatch.screening`), `languages` its clients' and `clock` the
    window's day (`handouts_dialog`)."""
    if not event:
        QMessageBox.information(parent, "Handouts", "Choose a clinic event in the Event filter first.")
        return None
    return handouts_dialog(parent, db_path, HandoutBatch.of_event(event, screened), as_of, passphrase=passphrase, note=note,
                           languages=languages, clock=clock)


# Up to this many clients shown, their handouts are made without asking first: more is a pile
# of paper (or a folder) a slip of the mouse should not start.
FEW_CLIENTS = 5


def export_shown_dialog(parent: QWidget, db_path: Path, ids: list[int], *, passphrase: str | None = None,
                        event: str | None = None, names: dict[int, str] | None = None,
                        narrowed_by: Sequence[str] = (), day: date | None = None, which: str = "shown"):
    """Caseload > Export the clients shown: their records, one a line, in a file of the user's
    choosing that `clinic-app import` and File > Import read (db.export, as `clinic-app
    export` writes it), with progress and Cancel; a stopped export leaves no file.  With
    `event` (the Event filter's), the clients changed here today that are not of it are said,
    as `clinic-app export --event` says them.  A client removed since the list was shown (at
    another desk) is left out and named (from `names`, their names as the list showed them).
    The file offered is named by `event` and `narrowed_by` (the other filters, as the list
    says them: CaseloadView.filters_said), and by `day` where no event names it.  `which`:
    "chosen" for the lines chosen in the list (Export the N clients chosen), as titled."""
    from ui.forms import folder_last_used, named_with_suffix

    if not ids:
        return None
    from clinic_app.file_names import slug

    title = f"Export the clients {which}"
    # Named after the event it carries: every event's export was offered "clients.jsonl",
    # nothing in its name of the day's clinic, and the next event's to replace it (F97-03).
    # And after what else narrows the list, with the day where no event names one: Review
    # needed's 2,558 were offered "clients.jsonl" too, the name of the whole caseload's, and
    # the next filter's export was offered the same name (K230-01).
    named = [slug(said) for said in ([event] if event else []) + list(narrowed_by)]
    if named and not event:
        named.append((day or date.today()).isoformat())
    offered = f"{'-'.join(named) or 'clients'}.jsonl"
    # In the folder the last export went to (the USB stick carried to the office), while it is
    # there: the home folder was offered each time (S139-03).
    folder = folder_last_used(EXPORT_FOLDER_SETTING) or Path.home()
    typed, _ = QFileDialog.getSaveFileName(parent, title, str(folder / offered), "Clients (*.jsonl)")
    if not typed:
        return None
    target = named_with_suffix(parent, title, typed, ".jsonl")
    if target is None:
        return None

    def job(ctx: TaskContext) -> tuple[int, str]:
        import itertools
        import json

        from db import export
        from db.errors import ClientNotFound
        from db.repository import Repository

        export.remove_stale_partial(target)
        removed: list[int] = []
        refused = export.RefusedByImport()  # the records an import will refuse, said after (K392-01)
        with Repository.open(db_path, create=False, passphrase=passphrase) as repo:
            def records():
                for n, client_id in enumerate(ids, 1):
                    ctx.check()
                    try:
                        record = export.exported(repo, client_id)
                    except ClientNotFound:
                        # Removed at another desk since the list was shown: the whole export had
                        # stopped, no file written, with "There is no client number 1854 in this
                        # caseload." and nothing said of the others (P74-03), as a batch of
                        # handouts once did (B30-01).  Left out, and named after.
                        removed.append(client_id)
                    else:
                        yield json.dumps(refused.checked(repo, client_id, record), ensure_ascii=False)
                    ctx.progress(n, len(ids), f"{n:,} of {count(len(ids), 'client')} written")
                ctx.check()  # a Cancel at the last client: the file is not put in place either

            lines = records()
            first = next(lines, None)
            # Every client shown removed since (P74-03 named them): no file, as `clinic-app
            # export` of nobody writes none; written empty, it replaced the file of that name
            # (yesterday's) and looked like a day's work to carry to the clinic (D23D-02, R75-03).
            written = 0 if first is None else export.write_private(target, itertools.chain([first], lines))
            # A walk-in given no event (intake's Event box starts blank each time it is
            # opened), or a returning client of another event, seen here today: not shown
            # under the event, so not in the day's file, and not a word said (J64-04).
            # Those of the event the other filters left out (a language, a search) were left
            # out by choice, and are of the event: not said.
            of_event = [*ids, *(row.id for row in repo.list_clients(event=event))] if event is not None else ids
            left_out = export.changed_today_elsewhere(
                repo, event, of_event, date.today(),
                "To take them too: choose Any event in the Event filter, find them, and export them as well "
                "(or give them this event on their record, if they were seen at it); the import skips the "
                "clients the clinic has already.") if event is not None else ""
            # Typing a window that stopped kept as a draft, never saved: not in the file (F65-03).
            not_saved = export.typing_not_saved(repo, ids, "Open each (the typing is offered back as the client is opened, "
                                                           "a new client's at New client), save it, and export again.")
            gone = _not_in_the_file(repo, removed, names or {}, set(ids))
            refusal = refused.said()
            refusal = refusal[:1].upper() + refusal[1:]
            return written, "\n\n".join(said for said in (refusal, gone, left_out, not_saved) if said)

    def finished(result: tuple[int, str]) -> None:
        from db.export import PLAIN_EXPORT_OF_ENCRYPTED

        written, left_out = result
        if not written:  # every client removed since the list was shown, each named (R75-03)
            QMessageBox.warning(parent, "Export", f"Nothing was exported, and no file was written: "
                                                  f"{target} {'is as it was' if target.exists() else 'was not made'}.\n\n{left_out}")
            return
        QSettings().setValue(EXPORT_FOLDER_SETTING, str(target.resolve().parent))
        text = f"Exported {count(written, 'client')} to {target} (readable by you only)."
        if passphrase is not None:
            text += f"\n\nThe file {PLAIN_EXPORT_OF_ENCRYPTED}"
        # What the file is for, and how to carry it, last, once what it left out is said: "Exported 2
        # clients" alone left a volunteer at the event's end not knowing what to hand the coordinator,
        # nor that the file names people in plain text (F290-02).
        then = f"{EXPORT_TAKEN_IN}" + (f"\n\nThe file {PLAIN_EXPORT}" if passphrase is None else "")
        if left_out:
            QMessageBox.warning(parent, "Export", f"{text}\n\n{left_out}\n\n{then}")
            return
        QMessageBox.information(parent, "Export", f"{text}\n\n{then}")

    return run_with_progress(parent, f"Exporting {count(len(ids), 'client')}", job, on_done=finished)


# Said under "Exported N clients ...": where the file goes, and (the caseload not encrypted) how to carry it.
EXPORT_TAKEN_IN = "Give it to the clinic's coordinator: on the clinic's caseload, File > Import clients... takes the clients in."
PLAIN_EXPORT = "names clients and their convictions in plain text: carry it encrypted, and delete it once imported."


def _not_in_the_file(repo, gone: list[int], names: dict[int, str], exported: set[int]) -> str:
    """What the export says of the clients shown that were gone when it came to them: removed
    from the caseload (P74-03), or merged into another client there, named with the client
    holding their record now and whether that one is in the file (C80-04: a client merged at
    another desk was said "removed", as if their record were lost)."""
    merged = repo.merged_into(gone)
    named = {client_id: f"{names.get(client_id, 'a client')} (id {client_id})" for client_id in gone}
    removed = [named[client_id] for client_id in gone if client_id not in merged]
    said = []
    if removed:
        said.append(f"Not in the file: {'; '.join(removed)}, removed from the caseload after the list was shown "
                    "(at another desk, or another window).")
    if merged:
        into = [f"{named[client_id]}, merged into {name} (id {holder})"
                + (", who is in the file" if holder in exported and holder not in gone
                   else ", who is not in the file: find them and export them as well")
                for client_id, (holder, name) in merged.items()]
        said.append(f"Not in the file as a record of their own: {'; '.join(into)}. Merged after the list was shown "
                    "(at another desk, or another window), their record is in that client's.")
    return "\n\n".join(said)


def shown_handouts_dialog(parent: QWidget, db_path: Path, rows: list, as_of: date, *, passphrase: str | None = None,
                          clinic=None, unlisted=None, command: Callable[[str], str] = "clinic-app {}".format,
                          event: str | None = None, narrowed: bool = False, clock: Callable[[], date] | None = None,
                          which: str = "shown", read_only: bool = False):
    """Caseload > Handouts for the clients shown: the list as filtered (search, event, outcome,
    language, the ticks, a count clicked), in its order; `rows` are their caseload lines.
    More than a few are confirmed first, with how many clients and about how many pages.
    `clinic` (the caseload's ClinicInfo): said before the batch starts when the pages give no
    way to reach it, and its hours to be in English only where some handout is Spanish (`batch_note`),
    with the clients whose handout goes out before the attorney's review: the line's
    `awaits_attorney`, and apart those on no review list, `unlisted(row, screened)` (the window's
    `review_unlisted`: C112-01, C113-03), whose screenings the batch prints (Y114-01, as Z114-02).
    `command`: the commands the note names, on the window's caseload (db.connection.commands_on).
    `event`: the Event filter's, which names the folder (`HandoutBatch.of_clients`) and the note's commands;
    `narrowed`: the list is narrowed by more than its event, whose queue no command lists (W161-04);
    `clock`: the window's day, asked once the questions are answered (`as_it_starts`);
    `which`: "chosen" for the lines chosen in the list (Handouts for the N clients chosen), as named;
    `read_only`: the caseload cannot be written, so the note sends no one to File > Clinic details."""
    from clinic_app.handouts import estimated_pages

    if not rows:
        return None
    from clinic_app.handouts.document import batch_note
    from clinic_app.review import awaits_attorney

    screened: dict = {}  # the note's screenings, the batch's: each client screened once (Y114-01)
    note = (batch_note(clinic, (row.language for row in rows), no_case=[row.name for row in rows if not row.case_count],
                       awaiting_review=sum(map(awaits_attorney, rows)),
                       unlisted_review=sum(unlisted(row, screened) for row in rows) if unlisted is not None else 0,
                       # The Event filter's: its commands list that event's, not the whole caseload's
                       # queue (B148, S150-03), as Print event handouts' do (M58-05).
                       event=event, command=command, on_this_list=narrowed, chosen=which == "chosen",
                       read_only=read_only)
            if clinic is not None else None)
    batch = HandoutBatch.of_clients([(row.id, row.name) for row in rows], as_of, screened=screened, event=event, which=which)
    languages = [row.language for row in rows]
    if len(rows) <= FEW_CLIENTS:
        return handouts_dialog(parent, db_path, batch, as_of, passphrase=passphrase, note=note, languages=languages,
                               clock=clock)
    # One question, with how many and Print / Save / Cancel (A38-01): it was a "Continue..."
    # confirmation, then at once the print-or-save question of a few clients.
    pages = round(sum(estimated_pages(row.case_count, row.best, row.language) for row in rows))
    about = "About, since a handout's length depends on its cases and what they need."
    large: list[bool] = []
    choice = ask_print_or_save(parent, None, batch.whom,
                               text=_each_in_their_language(f"Make handouts for {batch.whom}", languages,
                                                            f": {count(len(rows), 'handout')}, about {count(pages, 'page')}."),
                               informative=f"{about}\n\n{note}" if note else about, large_print=large)
    batch = in_large_print(batch, large)
    if choice == "print":
        return print_handouts(parent, db_path, batch, as_of, passphrase=passphrase, clock=clock)
    if choice == "save":
        return save_handouts(parent, db_path, batch, as_of, passphrase=passphrase, clock=clock)
    return None


def shown_worksheets_dialog(parent: QWidget, db_path: Path, rows: list, as_of: date, *, passphrase: str | None = None,
                            event: str | None = None, clock: Callable[[], date] | None = None, which: str = "shown"):
    """Caseload > Filing worksheets for the clients shown (F38): the list as filtered ("Eligible
    now", an event), a folder of PDFs, one per client, by the handout batch's walk, names and
    report; more than a few confirmed first, as their handouts are.  `event`: the Event
    filter's, which names the folder (`HandoutBatch.of_clients`); `clock`: the window's day,
    asked once the questions are answered (`as_it_starts`); `which`: "chosen" for the lines
    chosen in the list (Filing worksheets for the N clients chosen), as named."""
    from clinic_app.worksheet.batch import estimated_pages
    from clinic_app.worksheet.compose import REVIEW_SAID

    if not rows:
        return None
    batch = HandoutBatch.of_clients([(row.id, row.name) for row in rows], as_of, kind=WORKSHEETS.kind, event=event,
                                    which=which)
    said = ("One worksheet per client, in English, for the staff who prepare the petitions; about, "
            "since a worksheet's length depends on its cases and what they need.")
    # Said as the same list's handouts say their queue (V109-03): the week's 1,485 "Eligible now:
    # to file" went to print with nothing said of the 719 whose results no attorney had seen (W161-05).
    waiting = sum(1 for row in rows if row.awaiting_review)
    if waiting:
        said += (f"\n\n{waiting:,} of them {'has' if waiting == 1 else 'have'} results still awaiting an attorney's review: "
                 f"on their worksheets, each such result reads \u201c{REVIEW_SAID}\u201d (Review needed, ticked on this "
                 "list, shows them).")
    if not _many_confirmed(parent, batch, rows, WORKSHEETS, lambda row: estimated_pages(row.case_count, row.best), said):
        return None
    return save_handouts(parent, db_path, batch, as_of, passphrase=passphrase, paper=WORKSHEETS, clock=clock)


def _many_confirmed(parent: QWidget, batch: HandoutBatch, rows: list, paper: Paper, pages_of, said: str) -> bool:
    """Whether to go on: yes for a few clients; for more, once the user says so to how many
    papers and about how many pages (`pages_of(row)` a client's caseload line, a fraction)."""
    if len(rows) <= FEW_CLIENTS:
        return True
    pages = round(sum(pages_of(row) for row in rows))
    ask = QMessageBox(QMessageBox.Icon.Question, paper.title,
                      f"Make {paper.noun}s for {batch.whom}: {count(len(rows), paper.noun)}, about {count(pages, 'page')}?",
                      QMessageBox.StandardButton.Cancel, parent)
    ask.setInformativeText(said)
    go = ask.addButton("&Continue...", QMessageBox.ButtonRole.AcceptRole)
    ask.setDefaultButton(go)
    ask.exec()
    clicked = ask.clickedButton()
    ask.deleteLater()
    return clicked is go


# The batch's question's box: an event's handouts were made in regular print only, in the window,
# where `clinic-app handout --event` has --large-print; a clinic day for clients who read only
# large print printed each handout from its own preview, one by one (L119-02).
LARGE_PRINT_BATCH = "Every handout in &large print (bigger type)"


def ask_print_or_save(parent: QWidget, event: str | None, whom: str | None = None, *,
                      text: str | None = None, informative: str | None = None,
                      large_print: list[bool] | None = None) -> str | None:
    """"print", "save" (a folder of PDFs) or None (cancelled), for every client of `event`,
    or for `whom` ("the 12 clients shown"); `text` in place of the usual question.  With
    `large_print` (a list), a Large print box is shown, and True put in the list if ticked."""
    whom = whom or f"every client of {event}"
    ask = QMessageBox(QMessageBox.Icon.Question, "Handouts", text or f"Handouts for {whom}, each in the client's language.",
                      QMessageBox.StandardButton.Cancel, parent)
    if informative:
        ask.setInformativeText(informative)
    box = None
    if large_print is not None:
        from PySide6.QtWidgets import QCheckBox

        box = QCheckBox(LARGE_PRINT_BATCH)
        box.setAccessibleName("Large print")
        ask.setCheckBox(box)
    print_button = ask.addButton("&Print...", QMessageBox.ButtonRole.AcceptRole)
    save_button = ask.addButton("&Save PDFs...", QMessageBox.ButtonRole.ActionRole)
    ask.setDefaultButton(print_button)
    ask.exec()
    clicked = ask.clickedButton()
    if box is not None and box.isChecked():
        large_print.append(True)
    ask.deleteLater()
    return "print" if clicked is print_button else "save" if clicked is save_button else None


def in_large_print(batch: HandoutBatch, large: list[bool]) -> HandoutBatch:
    """`batch` as the question's Large print box chose: in large print, its folder named so (a
    regular batch of the same clients is not replaced by it, nor taken for it)."""
    if not large:
        return batch
    from dataclasses import replace

    from ui.handout_dialog import large_print_suffix

    return replace(batch, large_print=True, title=f"{batch.title} (large print)", folder=f"{batch.folder}{large_print_suffix(True)}")


def report_job(db_path: Path, event: str | None, today: date, *, passphrase: str | None = None,
               language: str | None = None, period: tuple[date, date] | None = None) -> Callable[[TaskContext], Any]:
    """The counts of `event` (None: the whole caseload) from the stored screenings (clinic_app.report),
    on `today`, the window's day (the hearings to come are from it, Y55-02); of the clients of the
    handout `language` only where it is given, the petitions of `period` where it is (K315-02)."""

    def job(ctx: TaskContext):
        from clinic_app.report import build_report
        from db.repository import Repository

        with Repository.open(db_path, create=False, passphrase=passphrase) as repo:
            total = repo.count_clients(event)

            def clients():
                # What is stored for the list and the counted parts of each newest screening,
                # in one read (P29B-04: each whole screening, read one by one, took 21 s).
                for n, pair in enumerate(repo.counted_screenings(event, language), 1):
                    ctx.check()
                    if n % 200 == 0:
                        ctx.progress(n, total, f"{n:,} of {count(total, 'client')} counted")
                    yield pair

            return build_report(event, clients(), today=today, language=language, **repo.report_counts(event, period, language))

    return job


def report_dialog(parent: QWidget, db_path: Path, event: str | None, today: date, *, passphrase: str | None = None,
                  language: str | None = None):
    """Caseload > Report: the counts of the event chosen in the filter (or of the whole caseload),
    of the clients of the handout language chosen in it (`language`) where one is."""
    from clinic_app.report import speakers
    from db.repository import Repository
    from ui.report_dialog import ReportDialog

    def recount(period, language=None):
        # Two counts of the petitions, on this thread: quick, where the report itself is not.
        with Repository.open(db_path, create=False, passphrase=passphrase) as repo:
            return repo.petitions_counted(event, period, language)

    def count_language(dialog: ReportDialog, language: str | None, period) -> None:
        # Every count again, of that language's clients (K315-02): behind its progress, as the first.
        whose = speakers(language) if language else "every language"
        def failed(error: BaseException, trace: str) -> None:
            dialog.not_counted()
            say_failure(dialog, error, trace)

        run_with_progress(dialog, f"Counting {whose}", report_job(db_path, event, today, passphrase=passphrase,
                                                                  language=language, period=period),
                          on_done=dialog.counted, on_cancelled=dialog.not_counted, on_failed=failed)

    title = f"Counting {event}" if event else "Counting the whole caseload"
    return run_with_progress(parent, title, report_job(db_path, event, today, passphrase=passphrase, language=language),
                             on_done=lambda report: ReportDialog(report, parent, recount=recount,
                                                                 count_language=count_language).exec())
