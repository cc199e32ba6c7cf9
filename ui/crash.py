"""What the user sees when something goes wrong.

Two kinds of failure (DESIGN.md "Errors"): a `CaseloadError` is something about the
caseload file the user can act on (disk full, locked, damaged) and gets a plain-words
message; anything else is a bug in Clinic Desk and gets a crash dialog with a report to
copy.  Neither loses data: every edit is committed by the repository when it is made.
"""

from __future__ import annotations

import contextlib
import os
import platform
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from clinic_app.crash_report import traceback_text
from db.errors import CaseloadError, Locked
from ui.keys import details_by_keyboard

T = TypeVar("T")


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text a user can paste into a bug report (no client data: the traceback without
    the exceptions' messages, clinic_app.crash_report)."""
    return (
        f"Clinic Desk crash report\nPython {platform.python_version()} on {platform.platform()}, Qt {qVersion()}\n\n"
        + traceback_text(exc_type, exc, tb)
    )


def save_crash_report(report: str, folder: Path) -> Path | None:
    """Write `report` to a new file in `folder` for when there is no window left to show it
    on (W26-07), and to stderr as the exception hook does; the file's path, or None when it
    could not be written (then the report is on stderr only)."""
    sys.stderr.write(report)
    name = f"clinic-desk-crash-{datetime.now():%Y%m%d-%H%M%S}"
    for n in range(100):
        path = folder / (f"{name}.txt" if n == 0 else f"{name}-{n}.txt")
        try:
            # Never over an earlier report; readable by this user only, as the caseload is: the
            # report leaves the errors' words out, and names this user's folders.
            with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="utf-8") as out:
                out.write(report)
            return path
        except FileExistsError:
            continue
        except OSError:
            return None
    return None


def user_error_text(error: BaseException) -> str | None:
    """The plain-words message for an error the user can cause, or None for a bug.

    A caseload problem (disk full, locked, damaged), a bad import file (FORMAT.md names
    the place: ``[3].cases[0].outcome: ...``) or a file that cannot be read or written.
    """
    from clinic_app.screening_format import FormatError

    if isinstance(error, CaseloadError):
        return str(error)
    if isinstance(error, FormatError):
        # With what to do where the error knows better than "put that record right" (a file
        # cut short: copy it again), as `clinic-app import` says it (M42-02, R43-03).
        advice = error.advice
        return f"The file was not imported (nothing was added): {error}" + (f". {advice[0].upper()}{advice[1:]}." if advice else "")
    if isinstance(error, OSError):
        where = f" ({error.filename})" if getattr(error, "filename", None) else ""
        from clinic_app.private_files import said_with_what_to_do

        return said_with_what_to_do(f"The file could not be used{where}: {error.strerror or error}", error)
    return None


def show_caseload_error(parent: QWidget | None, error: CaseloadError) -> None:
    """Tell the user, in plain words, what happened to the caseload file (once: an error
    they were already asked about, see `retry_while_busy`, is not said again)."""
    if getattr(error, "said", False):
        return
    QMessageBox.warning(parent, "Clinic Desk", str(error))


WAITING = "Saving to the caseload file..."


def retry_while_busy(parent: QWidget, write: Callable[[], T]) -> T:
    """Run `write` (a save) with a wait cursor and a word in the status bar, and while the
    caseload file is held by another program, ask once per attempt whether to try again.

    Each attempt waits up to SQLite's busy timeout (5 s) for the file: the window froze
    for that long with nothing said, and each save tried again froze it again (W22-04).
    Cancel raises the error marked as said, so that whoever catches it (the window's
    close, the exception hook) keeps the edit without saying it a second time.
    """
    while True:
        try:
            with _waiting(parent):
                return write()
        except Locked as error:
            if not ask_retry_busy(parent, error):
                error.said = True  # type: ignore[attr-defined]
                raise


@contextlib.contextmanager
def _waiting(parent: QWidget) -> Iterator[None]:
    """A wait cursor and WAITING in the window's status bar (if it has one) while a write runs."""
    window = parent.window()
    bar = window.statusBar() if isinstance(window, QMainWindow) else None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    if bar is not None:
        bar.showMessage(WAITING)
        # Laid out first: the repaint paints the whole window, and a row removed just now left
        # the rows below it painted a row lower, a blank band, for as long as the save (R431-01).
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        bar.repaint()  # the wait blocks the event loop: painted now or not at all
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if bar is not None and bar.currentMessage() == WAITING:
            bar.clearMessage()


def ask_retry_busy(parent: QWidget, error: Locked) -> bool:
    """The file is busy: True to try again (Retry, the default), False to stop (Cancel, Escape)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Clinic Desk", str(error), parent=parent)
    box.setInformativeText("Your edit is kept in the form: Retry once the other program is done, or Cancel and save it later (Ctrl+S).")
    box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Retry)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Retry


def show_crash(parent: QWidget | None, report: str) -> None:
    """The crash dialog: a short apology, what happened to the data, and the report."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("Clinic Desk: internal error")
    box.setText(
        "Clinic Desk ran into a programming error. Everything you saved before this moment is "
        "safe in the caseload. Please send the report below to whoever supports Clinic Desk."
    )
    # OK given now, not added at show: with the report reached by Tab (R90-01), the keyboard
    # still starts on OK and Enter or Escape closes the dialog.
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setDetailedText(report)
    details_by_keyboard(box)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Ok)
    box.exec()


def install_excepthook(*, interactive: bool = True) -> None:
    """Route uncaught exceptions in Qt slots to the right dialog instead of a silent abort.

    With `interactive` False (screenshot mode, no one to click OK) the report goes to
    stderr and the program exits with status 70 instead of waiting on a dialog.
    """

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        if isinstance(exc, CaseloadError) and interactive:
            show_caseload_error(parent, exc)
            return
        report = crash_report(exc_type, exc, tb)
        sys.stderr.write(report)
        if not interactive:
            os._exit(70)
        if isinstance(app, QApplication):
            show_crash(parent, report)

    sys.excepthook = hook
