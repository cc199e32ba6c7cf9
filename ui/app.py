"""Starting the desktop program: `run(db_path, screenshot=None)` is what `clinic-app` calls."""

from __future__ import annotations

import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from db.errors import CaseloadError

ORGANIZATION = "ClinicDesk"
APPLICATION = "Clinic Desk"
SCREENSHOT_SIZE = (1360, 820)


def make_app():
    """The QApplication, with the names QSettings needs set before anything reads settings."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    from ui.theme import apply_theme

    dark = QSettings().value("theme/dark", False, type=bool) or os.environ.get("CLINIC_DESK_DARK") == "1"
    apply_theme(app, dark)
    return app


def keep_settings_private() -> None:
    """Make the settings file this user's alone (0600, in a 0700 folder when new), as the
    program starts, before Qt writes it: Qt wrote it 0644, readable by every account on the laptop, and it holds the
    reviewer's name, the folder the last handouts went to and the hidden partials a close could
    not remove, named after clients (D103-02).  Qt keeps a file's mode as it writes it again.
    Windows keeps settings in the user's registry, macOS in the user's own Library: left alone."""
    from PySide6.QtCore import QSettings

    from clinic_app.private_files import PRIVATE_FILE_MODE, make_private_folder

    from ui.help_menu import file_dialog_history

    settings = QSettings()
    if settings.format() != QSettings.Format.IniFormat and (os.name != "posix" or sys.platform == "darwin"):
        return
    # Qt's own file dialog's list of the folders chosen in it (a folder named for a client, a
    # batch's handouts-EVENT) too: Qt wrote it 0644 as it wrote the settings (V236-04).
    for path in (Path(settings.fileName()), file_dialog_history()):
        try:
            make_private_folder(path.parent)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE_MODE)  # never cut: it holds the settings
            try:
                os.fchmod(fd, PRIVATE_FILE_MODE)
            finally:
                os.close(fd)
        except OSError:
            pass  # a read-only home or a file system without modes: written as before, or not at all


def settle(app, rounds: int = 5) -> None:
    """Let Qt finish showing and laying out (offscreen has no window manager to wait for)."""
    for _ in range(rounds):
        app.processEvents()


def save_private_png(widget, path: Path) -> bool:
    """Save a picture of `widget` as a PNG at `path`, readable by this user only; False when
    it cannot be written.  A picture of the window shows clients' names and convictions: saved
    with the default mode (0644) any account on a shared laptop could read it, where the
    caseload and handouts are the user's alone (clinic_app.private_files)."""
    from PySide6.QtCore import QBuffer, QIODevice

    from clinic_app.private_files import write_private

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not widget.grab().save(buffer, "PNG"):
        return False
    try:
        write_private(path, bytes(buffer.data()))
    except OSError:
        return False
    return True


def run(db_path: Path, *, screenshot: Path | None = None, passphrase: str | None = None,
        passphrase_from_environment: bool = False) -> int:
    """Open the caseload at `db_path` in the main window; return the exit code.

    With `screenshot`, start offscreen, wait until the window shows its data, save a PNG
    of it and exit 0 (used by the docs and by checks).  An encrypted caseload opens with
    `passphrase`, or the program asks for it (ui.passphrase_dialog);
    `passphrase_from_environment` when it is CLINIC_DESK_PASSPHRASE's, said if it does not fit.
    """
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_app()
    if screenshot is None:  # a screenshot run writes nothing in the user's home (V27-02)
        keep_settings_private()
    from ui.crash import install_excepthook, show_caseload_error
    from ui.main_window import MainWindow, keep_until_deleted

    install_excepthook(interactive=screenshot is None)
    try:
        repo = open_repository(db_path, passphrase, ask=screenshot is None)
        if repo is None:
            return 1  # the user gave up on the passphrase, or wanted no new caseload
    except CaseloadError as error:
        from db.cipher import said_with_the_environments_passphrase

        error = said_with_the_environments_passphrase(_said_at_start(error, db_path), from_environment=passphrase_from_environment)
        # Said at the terminal first: after the dialog, it came only once someone answered it,
        # and a start from a terminal (a passphrase given for a caseload never encrypted) looked
        # like a hang there, with nothing said (K211-02).
        print(f"clinic-app: {error}", file=sys.stderr, flush=True)
        if screenshot is None:
            show_caseload_error(None, error)
        return 1
    try:
        # A look at the window, for the docs, is no session of work: its closing backup pushed one of
        # the clinic's own out of the backups folder, and held the exit for seconds (K155-03).
        window = MainWindow(repo, db_path, automatic_backups=screenshot is None)
        if screenshot is not None:
            code = _screenshot(app, window, Path(screenshot))
        else:
            window.show()
            window.load_in_background()
            # Held until deleted, not here: File > Open caseload deletes it, and a reference kept
            # here kept its list and client page in memory all the same (W25-01).
            keep_until_deleted(window)
            del window
            with closing_when_stopped() as stopped:
                code = app.exec()
            if stopped and code == 0:
                code = 128 + stopped[0]  # as every command stopped so ends (143, 129, 130)
    finally:
        from ui.tasks import finish_all

        # No worker outlives the program: one still running as Python and Qt shut down emitted
        # into signals deleted meanwhile, and the run ended with a RuntimeError (exit 70 with
        # --screenshot) instead of 0 (T84-02).  The window's close waits for its own tasks; this
        # for any started after it, as the close does, never again for one the user closed without.
        finish_all(None)
        repo.close()
    _leave_without_work_left_running(code)
    return code


@contextmanager
def closing_when_stopped() -> Iterator[list[int]]:
    """While the window runs, a `kill`, a laptop shutting down or logging out (SIGTERM), the
    terminal it was started from closing (SIGHUP) or Ctrl-C there closes it as its close button
    does: the open record saved, the closing backup made, the window's size kept.  Python's
    default ended it at once and unsaid, with none of these (F200-01).  Yields the list the
    stop's number is put in.  The stop is heard through a wakeup socket, as Qt's loop runs no
    Python until it has work; a stop ignored (`nohup`, a background job) stays ignored."""
    stopped: list[int] = []
    taken = [signal.SIGTERM]
    hangup = getattr(signal, "SIGHUP", None)  # none on Windows
    if hangup is not None and signal.getsignal(hangup) is signal.SIG_DFL:
        taken.append(hangup)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        # Ctrl-C at the terminal raised KeyboardInterrupt in whatever Python ran next (a key's
        # event filter, a save half-way), printed a traceback, and the window ran on (F200-03).
        taken.append(signal.SIGINT)  # not when ignored (a background job): it stays so
    if threading.current_thread() is not threading.main_thread():
        yield stopped  # only the main thread may handle signals
        return
    from PySide6.QtCore import QSocketNotifier, QTimer

    from clinic_app.screen_command import say_stopped

    heard, woken = socket.socketpair()
    for end in (heard, woken):
        end.setblocking(False)
    notifier = QSocketNotifier(heard.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: _drain(heard))  # Python runs, and with it the handler

    def arrived(signum, _frame) -> None:
        said = "interrupted" if signum == signal.SIGINT else f"stopped ({signal.Signals(signum).name})"
        if stopped:
            # Stopped again while closing (its backup, a question the close asks): it ends now,
            # as before; the caseload keeps every saved edit, and a backup half-written is hidden.
            say_stopped(f"clinic-app: {said} again: ending now.")
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        stopped.append(signum)
        say_stopped(f"clinic-app: {said}: closing the window as its close button does.")
        QTimer.singleShot(0, _close_the_windows)

    previous_wakeup = signal.set_wakeup_fd(woken.fileno(), warn_on_full_buffer=False)
    previous = {signum: signal.signal(signum, arrived) for signum in taken}
    try:
        yield stopped
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(previous_wakeup)
        notifier.setEnabled(False)
        notifier.deleteLater()
        heard.close()
        woken.close()


def _drain(heard: socket.socket) -> None:
    try:
        while heard.recv(64):
            pass
    except OSError:
        pass


def _close_the_windows() -> None:
    """Close each main window as its close button does (it may still ask, as that button does)."""
    from PySide6.QtWidgets import QApplication

    from ui.client_view import ClientWorkspace
    from ui.intake import IntakeDialog
    from ui.main_window import MainWindow

    shown = [widget for widget in QApplication.topLevelWidgets() if widget.isVisible()]
    for widget in shown:
        # Typing kept first, as drafts (the record's, and an open intake's box 2): the close may
        # ask "Changes not saved ...", and at a shutdown nobody answers before the kill that
        # follows (K211-01, K212-01).
        holder = widget.client_view if isinstance(widget, MainWindow) else widget
        if isinstance(holder, (ClientWorkspace, IntakeDialog)):
            holder.keep_draft_now()
    for widget in shown:
        if isinstance(widget, MainWindow):
            widget.close()


def _leave_without_work_left_running(code: int) -> None:
    """End the program now if work the user closed without (Close anyway) still runs.

    Left to Python and Qt, the end waited for its thread, with no window, for as long as it took
    (Qt's thread pool waits for its work), then it emitted into deleted signals (T84).  The
    caseload is closed by then, and the worker's own connection is left as a killed program
    leaves it: SQLite keeps nothing of a transaction not committed (its WAL or journal is rolled
    back at the next open), and a backup or an export writes a hidden partial file, put in
    place only whole."""
    from ui.tasks import left_running

    if not left_running():
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _said_at_start(error, db_path: Path):
    """`error` as said when the program cannot start on `db_path`: a file that is no caseload
    was answered "choose another file", and the program then ended with nothing to choose
    from (F25-04); it now says how to start on another one."""
    from db.cipher import not_a_caseload
    from db.connection import clinics_caseload_not_one_said
    from db.errors import NotADatabase

    if isinstance(error, NotADatabase) and not_a_caseload(db_path):
        said = clinics_caseload_not_one_said(db_path)  # started with no --db already (G65-03)
        if said is not None:
            return NotADatabase(said, path=db_path)
        return NotADatabase(f"{db_path} is not a Clinic Desk caseload. Start Clinic Desk on a caseload file "
                            "(clinic-app --db PATH), or with no --db for the clinic's own caseload.", path=db_path)
    return error


def ask_create_caseload(path: Path, parent=None) -> bool:
    """Whether to create a new, empty caseload at `path`, where there is none (a --db typed
    wrong?).  Quitting is the default (Enter, Escape): nothing is created by a key pressed too fast."""
    from ui.forms import stay_or_discard

    return stay_or_discard(parent, "No caseload here", f"There is no caseload at {path}.", "Quit", "Create new caseload",
                           "If you meant an existing caseload, check its name and folder (--db). "
                           "Create a new, empty caseload only to start a new one there.")


def open_repository(db_path: Path, passphrase: str | None, *, ask: bool, from_window=None):
    """The caseload's Repository; for an encrypted one with no passphrase given, the
    passphrase dialog (when `ask`) opens it, or None if the user cancels (or, asked about
    a path where there is no caseload, does not want one created).  `from_window`: the open
    window it is asked from (File > Open caseload), which stays when the user gives up, and
    whose dialogs the questions are: a window of their own, they could be left behind it,
    the window blocked and every key doing nothing (Q61-03)."""
    from db.cipher import looks_encrypted, not_a_caseload
    from db.connection import default_caseload_path, empty_file_said, is_empty_file
    from db.errors import CannotOpen, NotADatabase
    from db.repository import Repository
    from ui.opening import open_showing_progress

    def opened(passphrase: str | None) -> Repository:
        # On a worker, with a dialog while an older caseload is backed up and updated (N66).
        return open_showing_progress(lambda progress: Repository.open(db_path, passphrase=passphrase, progress=progress),
                                     from_window)

    chosen = db_path.expanduser().resolve() != default_caseload_path().resolve()
    if chosen and is_empty_file(db_path):
        # An empty file (a copy cut short) opened as a new caseload with nobody in it (F58-05).
        raise NotADatabase(empty_file_said(db_path), path=db_path)
    if not db_path.exists() and chosen:
        # A --db typed wrong opened a new, empty caseload as if it were the clinic's, and
        # work done in it was missing from the real one (D22-03).  The default location on
        # first run is simply created: the README's first command must just start.
        if not ask:
            raise CannotOpen(f"There is no caseload at {db_path}.", path=db_path)
        if not ask_create_caseload(db_path, from_window):
            return None
    # A PDF or a text file is not asked a passphrase for: opened, it is said to be no caseload (W25-02).
    if passphrase is None and ask and looks_encrypted(db_path) and not not_a_caseload(db_path):
        from ui.passphrase_dialog import CLOSES_NOW, STAYS_ON_THIS_ONE, ask_and_open

        return ask_and_open(db_path, opened, from_window, gave_up=STAYS_ON_THIS_ONE if from_window is not None else CLOSES_NOW)
    return opened(passphrase)


def _screenshot(app, window, path: Path) -> int:
    window.resize(*SCREENSHOT_SIZE)
    loaded = []
    window.caseload_loaded.connect(lambda: loaded.append(True))
    window.show()
    window.load_in_background()
    while not loaded:  # the same start as a user's, then wait for the list
        app.processEvents()
        time.sleep(0.005)
    settle(app)
    if window.caseload.proxy.rowCount():
        window.caseload.table.selectRow(0)
    settle(app)
    if not save_private_png(window, path):  # its folder is there: clinic_app.cli.cmd_window
        print(f"clinic-app: could not write the screenshot to {path}", file=sys.stderr)
        return 1
    if window.repo.passphrase is not None and window.caseload.proxy.rowCount():
        from clinic_app.private_files import PLAIN_SCREENSHOT_SAID

        print(PLAIN_SCREENSHOT_SAID)  # as the export and a handout's PDF say it (K241-03)
    window.close()
    return 0
