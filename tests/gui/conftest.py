"""GUI test fixtures: a throwaway QSettings scope, a fresh caseload per test, the main window."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtPrintSupport import QAbstractPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QLabel, QMessageBox

from clinic_app.model import Case, Client, Conviction, Money, Person, Probation, Sentence
from db.repository import Repository
from ui.passphrase_dialog import NewPassphraseDialog, PassphraseDialog

# The day the tests are run on, and the draft pause: in tests/gui/pinned.py, which the window a
# test kills (typing_child.py) reads without pytest.
from tests.gui.pinned import DRAFT_AFTER_MS_IN_TESTS, TODAY  # noqa: F401  (imported from here by tests)


@pytest.fixture(scope="session")
def qapp_args():
    return ["clinic-desk-tests"]


@pytest.fixture(scope="session", autouse=True)
def _qt_names(qapp, tmp_path_factory):
    """QSettings of the tests go to a temporary folder, never to the user's real settings; the
    program's style is the one tested."""
    QCoreApplication.setOrganizationName("ClinicDeskTests")
    QCoreApplication.setApplicationName("Clinic Desk Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    settings = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    # Nor to Qt's file dialog's own (~/.config/QtProject.conf, QSettings' native format), which the
    # program's start makes private, and so made where there was none (V236-04): a test's start
    # made it in the user's home.  Moved there, not stood in for: Qt's own dialog writes where
    # ui.help_menu.file_dialog_history says, as on a laptop (R240-02).
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(settings))
    # The program's own style and palette, as ui.app.make_app sets them: pytest-qt's qapp is
    # plain Fusion, and a test that switched the theme back (C48, F49) left ClearOutlines for the
    # worker's later tests only, so which style a test ran under hung on the order (E100).
    from ui.theme import apply_theme

    apply_theme(qapp, False)


@pytest.fixture(autouse=True)
def _no_reviewer_remembered():
    """Each test starts with no reviewer's name remembered on "this computer" (A29-03): one
    typed by a test would be offered in every later one; nor the folder the last handout was
    saved in (A34-07), a test's temporary folder, nor the last worksheet's, nor how many days
    back "Newly eligible" was last set to count (L51)."""
    _forget(REMEMBERED)
    yield
    _forget(REMEMBERED)


def _forget(keys) -> None:
    """`keys` removed from this computer's settings by one QSettings, written back as it goes: one
    made and synced for each key (nine, before and after every GUI test) was ~2.5 ms a test of
    CPU on a busy machine (T191-02).  QSettings of one process see each other's changes at once."""
    settings = QSettings()
    for key in keys:
        settings.remove(key)


# And no partial file a close anyway could not remove (U93-01): remembered by a test that
# failed midway, the next test's window would warn of it in a modal box and wait.
REMEMBERED = ("review/reviewer", "handouts/folder", "worksheets/folder", "caseload/newly_eligible_days",
              "closing/partialsLeft", "backups/folder", "reports/folder", "imports/folder", "exports/folder")


@pytest.fixture(autouse=True)
def _no_unexpected_discard_question(monkeypatch):
    """The "changes not saved" question (and intake's "case not added") is modal: asked where a
    test did not expect it, it would wait forever.  A test that means to answer it patches
    `ask_discard` (`ask_discard_refused` where the file refused the save; or `ask_unadded_case`,
    `ask_discard_note`, or `ui.crash.ask_retry_busy`) itself."""
    def unexpected(_parent, problem, where):
        if where == "close Clinic Desk":
            return True  # pytest-qt closes the window after a test, which may end mid-edit
        raise AssertionError(f"unexpected 'changes not saved' question ({problem}; {where})")

    monkeypatch.setattr("ui.client_view.ask_discard", unexpected)
    monkeypatch.setattr("ui.client_view.ask_discard_refused", lambda parent, problem, where, _refused, **_: unexpected(parent, problem, where))

    def unexpected_case_question(_parent, problem, where):
        raise AssertionError(f"unexpected 'case not added' question at intake ({problem}; {where})")

    monkeypatch.setattr("ui.intake.ask_unadded_case", unexpected_case_question, raising=False)

    def unexpected_client_question(_parent, name):
        raise AssertionError(f"unexpected 'client not started' question at intake ({name})")

    monkeypatch.setattr("ui.intake.ask_unstarted_client", unexpected_client_question, raising=False)

    def unexpected_note_question(_parent):
        # A review dialog left open with a note typed is closed by pytest-qt after the test:
        # the real question waited forever there (X30-08's first attempt hung the GUI run).
        raise AssertionError("unexpected 'review not recorded' question (a review note typed)")

    monkeypatch.setattr("ui.eligibility_view.ask_discard_note", unexpected_note_question, raising=False)

    def unexpected_busy_question(_parent, error):
        raise AssertionError(f"unexpected 'caseload busy, retry?' question ({error})")

    monkeypatch.setattr("ui.crash.ask_retry_busy", unexpected_busy_question)


@pytest.fixture(autouse=True)
def _a_printer_set_up(monkeypatch):
    """The tests' machines may have no printer, and with none Print says so before the print
    dialog (J64-02): a test of printing patches the dialog to print to a file, as a printer.
    A test of the computer with no printer patches `printer_set_up` back to False."""
    monkeypatch.setattr("ui.handout_dialog.printer_set_up", lambda: True)


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test(_no_unexpected_discard_question):
    """Every window a test leaves is closed and deleted before the next test starts.

    A window closed by a test (or by pytest-qt) was only deleteLater()'d: nothing ran the
    deletion until a later test's event loop did, so windows piled up (up to 20 main windows
    and 720 top-level widgets alive at once in tests/gui/test_client_record.py) and woke in
    other tests: a client field's autosave fired into a later test after its caseload was
    closed, and Qt called intake's event filter on a dialog whose Python half was already
    cleared (3f05519).  Torn down after the test's own fixtures (its window and caseload) and
    before the patched questions are put back (it uses `_no_unexpected_discard_question`), so
    closing a window left mid-edit asks nothing for real.  A window a test left on screen
    (not closed by it, by pytest-qt or by the `window` fixture) fails that test: the test
    closes what it opens, or gives it to qtbot.addWidget."""
    yield
    from shiboken6 import isValid

    left = [w for w in QApplication.topLevelWidgets() if w.parentWidget() is None and isValid(w)
            and w.metaObject().className() not in QT_OWN_WINDOWS]
    # A popup (a completer's list of suggestions) belongs to its field's completer, which
    # deletes it: it is only hidden here.
    popups = [w for w in left if w.windowType() == Qt.WindowType.Popup]
    for popup in popups:
        popup.hide()
    left = [w for w in left if w not in popups]
    shown = []
    for widget in left:
        was_open = widget.isVisible()
        widget.close()
        if widget.isVisible():
            # It refused to close: the test's own answer to its question (a typed case at
            # intake, changes not saved) was Stay, as pytest-qt's closing found too.
            widget.hide()
        elif was_open:
            shown.append(f"{type(widget).__name__} {widget.windowTitle()!r}")
        widget.deleteLater()
    # deleteLater() alone waits for an event loop; the deferred deletions are run now.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if shown:
        pytest.fail(f"the test left {len(shown)} window(s) open: {', '.join(shown)}", pytrace=False)


# Qt's own top-level helpers, kept for the whole run (a tooltip's label).
QT_OWN_WINDOWS = {"QTipLabel", "QWhatsThat"}

# What waits for an answer the tests give within milliseconds, if at all: a progress dialog
# (modal too) is left alone, as it ends with its work.  The passphrase question and the print
# dialog ask too: a plain caseload taken for encrypted (stop 45's cause) is asked its passphrase
# at File > Open caseload or a restore, and Print reaches the print dialog (every test has a
# printer, `_a_printer_set_up`); neither was closed, and the run hung as in stop 45 (R74-03).
ASKING = (QMessageBox, QInputDialog, QFileDialog, QAbstractPrintDialog, PassphraseDialog, NewPassphraseDialog)


class UnansweredBoxes:
    """What `_no_box_waits_forever` closed (each box's words), and how long a box may wait for
    an answer before it is taken for one nobody will answer: the tests that answer one do so
    within milliseconds."""

    def __init__(self) -> None:
        self.limit_s = 20.0
        self.said: list[str] = []
        # The watch's timer (it looks each second): a test of the watch itself, which sets a
        # limit of a moment, looks more often too, rather than wait out two whole seconds (X95-03).
        self.watch: QTimer | None = None


class BoxWatch:
    """Closes the box (a message box, a question or a file dialog) that has waited `limit_s`
    for an answer, keeping its words in `unanswered.said`; `look` is asked each second.

    When a box was first seen is kept on the box itself, as a Qt property of the C++ object:
    a box closed and another opened between two looks is a new object without it, and waits
    its own full time.  Kept by `id()`, as it was, the new box could take the closed one's
    number (Python and Qt reuse the memory) and its time with it, and be closed at once
    (R74, left alone; P80-02)."""

    SEEN = "_first_seen_by_the_box_watch"

    def __init__(self, unanswered: UnansweredBoxes, clock=None) -> None:
        import time

        self.unanswered = unanswered
        self.clock = clock or time.monotonic

    def look(self) -> None:
        from shiboken6 import isValid

        box = QApplication.activeModalWidget()
        if not isinstance(box, ASKING) or not isValid(box):
            return
        now = self.clock()
        seen = box.property(self.SEEN)
        if seen is None:
            box.setProperty(self.SEEN, now)
            seen = now
        if now - seen >= self.unanswered.limit_s:
            words = ((box.text(), box.informativeText()) if isinstance(box, QMessageBox)
                     else tuple(label.text() for label in box.findChildren(QLabel) if label.isVisible()))
            self.unanswered.said.append(" ".join(part for part in (box.windowTitle(), *words) if part))
            box.done(QDialog.DialogCode.Rejected)


@pytest.fixture(autouse=True)
def _no_box_waits_forever():
    """A message box (or a question or file dialog) nobody answers is closed after 20 s and
    fails its test, naming what it said.

    A box the program raised where the test did not expect it (the window's list read ahead
    failed, `main_window._read_failed`) waited for a click that never came: the whole CI run
    hung for 40 minutes with nothing said but a stack (stop 45).  pytest-timeout could not end
    it either, since no Python ran in the box's own event loop for its signal to be seen.
    The watch runs on a timer of the window's thread, which the box's loop serves."""
    unanswered = UnansweredBoxes()
    box_watch = BoxWatch(unanswered)  # held here: the timer's connection to its look does not keep it
    watch = QTimer()
    watch.setInterval(1000)
    watch.timeout.connect(box_watch.look)
    watch.start()
    unanswered.watch = watch
    yield unanswered
    watch.stop()
    if unanswered.said:
        pytest.fail(f"a box waited {unanswered.limit_s:g} s with nobody to answer it: {' | '.join(unanswered.said)}",
                    pytrace=False)


@pytest.fixture
def repo(tmp_path, new_caseload_made):
    import shutil

    # A fresh copy per test (and its own -wal and -shm, made as it is opened): nothing of one
    # test's caseload reaches another's.
    repository = Repository.open(shutil.copy(new_caseload_made, tmp_path / "caseload.sqlite"), user="paralegal-test")
    yield repository
    repository.close()


def probation_client(name: str, *, event: str | None = None, language: str = "en", case_number: str = "BA100001",
                     probation_end: date = date(2024, 5, 1), restitution_ordered: int | None = None,
                     restitution_paid: int | None = None, section: str = "459") -> Client:
    """A synthetic client with one misdemeanor case on summary probation."""
    return Client(
        name=name,
        person=Person(dob=date(1985, 3, 14)),
        language=language,  # type: ignore[arg-type]
        event=event,
        cases=[
            Case(
                id="c1",
                case_number=case_number,
                disposition_date=date(2021, 5, 1),
                convictions=[Conviction(id="c1-1", section=section, level="misdemeanor", conviction_date=date(2021, 5, 1))],
                sentence=Sentence(type="probation", probation=Probation(kind="summary", start=date(2021, 5, 1), end=probation_end)),
                money=Money(restitution_ordered=restitution_ordered, restitution_paid=restitution_paid),
            )
        ],
    )


def open_on_record(window, repo, client: Client):
    """`client` stored and opened in `window`: its id, and the Record tab's case form on its
    first case."""
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    return client_id, window.client_view.record.case_form


def when_modal(kind: type, then: Callable[[QDialog], None]) -> None:
    """`then(dialog)` once a modal dialog of `kind` is up: set before the call that opens it
    and waits in its own event loop (`exec`)."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, look)
            return
        then(dialog)

    QTimer.singleShot(0, look)


def batch_question_answered(answer: Callable[[QMessageBox], None]) -> None:
    """The next print-or-save question of a batch of handouts, once asked, given to `answer`."""
    when_modal(QMessageBox, answer)


def batch_question_asked(qtbot) -> list[tuple[str, str]]:
    """The next print-or-save question of a batch of handouts: its (text, informative text),
    once asked, answered Cancel, so that nothing starts."""
    seen: list[tuple[str, str]] = []

    def answer(box: QMessageBox) -> None:
        seen.append((box.text(), box.informativeText()))
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    batch_question_answered(answer)
    return seen


def report_shown(qtbot, window, monkeypatch):
    """Caseload > Report of `window`, once made on its worker: the dialog it shows (not run
    modally, so that the test reads it)."""
    from ui import tasks
    from ui.report_dialog import ReportDialog

    shown = []
    monkeypatch.setattr(ReportDialog, "exec", lambda self: shown.append(self) or 0)
    window.report_action.trigger()
    qtbot.waitUntil(lambda: bool(shown) and not tasks._running, timeout=30_000)
    (dialog,) = shown
    return dialog


def list_line(repo, client_id: int):
    """The caseload list's line of that client, as the repository reads it."""
    return next(row for row in repo.list_clients() if row.id == client_id)


@pytest.fixture
def window(qtbot, repo):
    from ui.main_window import MainWindow

    # No automatic backup when the test closes the window: tests of backups make their own
    # window (tests/gui/test_automatic_backup.py).
    win = MainWindow(repo, today=TODAY, automatic_backups=False)
    win.resize(1280, 800)
    win.show()
    yield win
    from shiboken6 import isValid

    from ui.tasks import stop_all

    # Closed here, not by qtbot.addWidget: a window File > Open caseload replaced is already
    # deleted (W25-01), and pytest-qt would close it again.
    if not isValid(win):
        stop_all()
        return
    let_go(win)
    if win.isVisible():
        # The test's own answer to "changes not saved" was Stay (it patched `ask_discard`),
        # and the window stayed open: hidden now, and deleted with the test's other windows.
        win.hide()


def let_go(win, delete: bool = True) -> None:
    """Close a test's window and take its application-wide filters off (`delete`: not for a
    window given to qtbot.addWidget, which closes and deletes it itself)."""
    from ui.tasks import stop_all

    win.close()
    if delete:
        win.deleteLater()
    stop_all()
    win.undo_stack.clear()
    # Each window puts its key, undo and wheel filters on the application, which every event
    # of every later test would pass through while the closed window waited for deletion;
    # a background test then saw its UI thread starved (the re-screen's progress test).
    app = QApplication.instance()
    app.removeEventFilter(win._app_filters)  # the three, behind one filter (E97-03)


def window_of_this_font(qtbot, repo, width: int, height: int):
    """A main window made at the program's font of the moment, `width` x `height`, the caseload
    loaded.  The `window` fixture's is made at 9 pt, and a drop-down keeps its least width from
    the font it was made at: a larger font set after cut its words where the program's would not
    (L126)."""
    from ui.main_window import MainWindow

    made = MainWindow(repo, today=TODAY, automatic_backups=False)
    qtbot.addWidget(made)
    made.resize(width, height)
    made.show()
    qtbot.waitExposed(made)
    made.load()
    return made


def shown_handout_preview(qtbot, repo, client: Client):
    """`client` stored and their handout preview on screen, as Handout... opens it."""
    from ui.handout_dialog import HandoutDialog
    from ui.services import screen_client

    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def show_active(qtbot, dialog) -> None:
    """Show `dialog` and make it the active window, as opening it does for a user: its
    shortcuts (Ctrl+P, Ctrl+N) and Alt letters go to the active window only."""
    dialog.show()
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)


def type_count_offense(qtbot, window, repo, name: str, typed: str):
    """Store a probation client named `name`, open them on the Record tab and type `typed`
    over their one count's Offense, as a user would; (client id, the count's row)."""
    client_id = repo.add_client(probation_client(name))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    (count,) = window.client_view.record.case_form.convictions.rows
    count.offense.setFocus()
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, typed)
    return client_id, count


def in_message_box(act) -> None:
    """Once a message box is up and shown (a modal one, which `exec` waits on), `act(box)`: what
    a test reads or presses in it while it is open."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def shown() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            QTimer.singleShot(20, shown)
            return
        act(box)

    QTimer.singleShot(0, shown)


def answer_message_box(qtbot, seen: list, *, key=None, click: str | None = None, before=lambda: None) -> None:
    """Answer the next message box when it shows: note (text, informative text, default
    button, escape button) in `seen`, run `before()` (the other program lets go of the file),
    then click the button named `click` or press `key`."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append((box.text(), box.informativeText(), box.defaultButton().text(), box.escapeButton().text()))
        before()
        if click is not None:
            button = next(b for b in box.buttons() if b.text().replace("&", "") == click)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(box, key)

    QTimer.singleShot(0, answer)


def save_to(qtbot, monkeypatch, button, target) -> None:
    """Click `button`, a Save that asks for a file name, answering `target`, under the usual
    umask (0022, with which a file not made private would be 0644, readable by every account)."""
    import os

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))
    old = os.umask(0o022)
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        os.umask(old)


def warned_on_import(qtbot, window, monkeypatch, path) -> list[str]:
    """File > Import clients of `path`, refused: the warnings said (any other message box
    fails the test)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: pytest.fail(f"told: {text}"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=60_000)
    return warned


def eligibility_by_keyboard(qtbot, window, client_id: int):
    """The caseload loaded in the active window, `client_id` opened and its Eligibility tab
    chosen by Alt+L, as an attorney at an event reaches it: its panel."""
    window.load()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_client(client_id)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Eligibility
    return window.client_view.eligibility


def review_by_keyboard(qtbot, note: str) -> None:
    """Alt+D (Mark reviewed) from the Eligibility tab's table the keyboard is in, `note` typed in
    the real dialog, Ctrl+Enter; back once the note was given.  K66's three tests and T103-01
    each wrote these lines."""
    from ui.eligibility_view import ReviewDialog

    typed = []

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        # Typed once the keys go to its note: typed sooner, they went to the table behind it.
        if not isinstance(dialog, ReviewDialog) or QApplication.focusWidget() is not dialog.note:
            QTimer.singleShot(20, in_dialog)
            return
        qtbot.keyClicks(QApplication.focusWidget(), note)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        typed.append(True)

    QTimer.singleShot(0, in_dialog)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(typed))


def type_over(qtbot, field, text: str) -> None:
    """Type `text` over what `field` holds, as a user does: into it, all selected, typed (the
    field not left, so nothing is saved by leaving it)."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def type_intake_case(qtbot, dialog, case_number: str, day: str, *, offense: str | None = "459", enter: bool = True) -> None:
    """At intake (ui.intake.IntakeDialog), a case typed as a volunteer types it: its number,
    its count's offense (none when `offense` is None) and conviction date, then Enter to add
    it unless `enter` is False.  I59's, L60's and N61's intake tests each typed these lines."""
    qtbot.keyClicks(dialog.case_number, case_number)
    if offense is not None:
        dialog.conviction.offense.setFocus()
        qtbot.keyClicks(dialog.conviction.offense, offense)
    dialog.conviction.date.setFocus()
    qtbot.keyClicks(dialog.conviction.date, day)
    if enter:
        qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)


@pytest.fixture
def started_intake(qtbot, repo):
    """Intake (ui.intake.IntakeDialog) on 2026-12-05 with a client started by the keyboard, Rae
    Okafor born 04-12-1988 as a RAP sheet prints it; closed after the test, whatever box 2
    holds.  V132's tests each started so."""
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=date(2026, 12, 5), events=[])
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Rae Okafor")
    dialog.dob.setFocus()
    qtbot.keyClicks(dialog.dob, "04-12-1988")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    yield dialog
    dialog._clear_case()
    dialog.close()
    dialog.deleteLater()


def add_row_by_keyboard(qtbot, rows):
    """Space on a row list's Add button (ui.case_rows.RowList: "Add violation", "Add relief
    already granted", ...), as a paralegal at the keyboard adds one: the new row, once the
    keyboard is in its first field.  H113's tests each pressed so."""
    add = rows.add_button
    add.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(add.hasFocus)
    before = len(rows.rows)
    qtbot.keyClick(add, Qt.Key.Key_Space)
    assert len(rows.rows) == before + 1
    row = rows.rows[-1]
    qtbot.waitUntil(lambda: row.isAncestorOf(QApplication.focusWidget()))
    return row


def type_and_leave(qtbot, field, text: str) -> None:
    """Put `text` in `field` as a user does and leave it (so it is read and saved): all
    selected, deleted (so an empty `text` leaves the field blank, which typing nothing over a
    selection would not), typed, left."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    field.editingFinished.emit()


@pytest.fixture
def announcements(monkeypatch) -> list:
    """What Qt is handed for a screen reader to say, as (object, message, politeness): offscreen
    there is no screen reader, so QAccessible's announcement events are collected here."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    heard: list = []

    def update(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append((event.object(), event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return heard


# Qt's keyboard interval while a test types a title's letters: keys within it are one search.
TYPED_AS_ONE_MS = 1500


def typed_in_a_burst(widget, text: str, at: int | None = None, apart: int = 1, modifiers=None) -> None:
    """`text` typed into `widget` as one burst: each key stamped as pressed `apart` ms after the
    one before it, from `at` (ms; now by the monotonic clock where None, so that a real wait
    before the next burst is a pause between the two), as the window system stamps real keys.
    A statute box measures its keys by those stamps (N125-03), so the keys are one statute
    however late a busy machine hands them over; `qtbot.keyClicks` stamps none, and "1203.42"
    once chose PC 1203.41, its "2" handled 1.5 s after the rest.  `modifiers`: the keypad's
    digits, say (Qt.KeyboardModifier.KeypadModifier)."""
    from PySide6.QtGui import QKeyEvent

    at = int(time.monotonic() * 1000) if at is None else at
    modifiers = Qt.KeyboardModifier.NoModifier if modifiers is None else modifiers
    for i, key in enumerate(text):
        # Its key as well as its text, as a keyboard sends them: a space handed on to the box
        # by a Key_unknown would never open its list, and "the space opened nothing" passed unseen.
        code = Qt.Key(ord(key.upper())) if " " <= key <= "~" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, modifiers, key)
            event.setTimestamp(at + apart * i)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def statute_typed_at_any_speed(qapp):
    """A title's letters ("Pr") searched by the box as one when they come within Qt's keyboard
    interval (400 ms), as a paralegal types them: QComboBox times them by when it handles each,
    and on a machine busy with other work one key's handling once took longer (R119 saw "HS
    11361.8" fail, CI "PC 1385" read as "85").  A statute's keys need it no more: typed as a
    burst (`typed_in_a_burst`) they are timed by their stamps (N125-03, S126-03)."""
    before = qapp.keyboardInputInterval()
    qapp.setKeyboardInputInterval(TYPED_AS_ONE_MS)
    yield
    qapp.setKeyboardInputInterval(before)
