"""The main window: the caseload page and the client workspace, menus and shortcuts.

One `QUndoStack` serves the whole window: every edit of any client is one command that
saves a whole snapshot through the repository, so Ctrl+Z works wherever the focus is.
`QSettings` keeps the window geometry and the theme only; the caseload is in the file.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QPushButton, QStackedWidget, QWidget
from shiboken6 import isValid

from clinic_app.court import all_filed, denial_reviewed
from clinic_app.eligibility import RULES_VERSION
from clinic_app.model import Client
from clinic_app.wording import born_said, count
from db.connection import commands_on
from db.errors import CaseloadError, ClientNotFound, read_only_refusal
from db.repository import Repository, ScreeningCounts
from ui.caseload_view import CANNOT_BE_SAVED_READ_ONLY, RESCREEN_CANNOT_BE_SAVED, RESCREEN_CANNOT_BE_SAVED_SAID, CaseloadView
from ui.models.caseload_model import ClientIdRole
from ui.theme import apply_theme, is_dark
from ui.forms import announce, stay_or_discard
from ui.screen_fit import on_screen
from ui.status_bar import LinesLabel, WrappingStatusBar
from ui.app_filters import ApplicationFilters
from ui.focus_tips import TipOnKeyboardFocus
from ui.composing import CompositionsShown
from ui.keys import AltKeysAreNotText
from ui.panes import PANE_BACK, PANE_LARGER, PANE_WHOLE, give_more_room_or_put_back, has_room_to_give, is_given_over, pane_in_use
from ui.wheel import WheelScrollsThePage
from ui.undo import FieldUndoFallsThrough, SaveClientCommand, client_brought_back, step_done

CASELOAD_PAGE, CLIENT_PAGE = 0, 1
# How often a window left open makes an automatic backup, when the caseload changed since
# the newest one: a clinic laptop left open for days had backed up only when it closed (D22-02).
AUTOMATIC_BACKUP_EVERY_MS = 60 * 60 * 1000
DAY_LOOKED_AT_EVERY_MS = 60 * 1000  # a new day is seen within a minute of midnight, or of waking
# How long after the caseload list first shows the client workspace is built ahead (W23-15):
# long enough for the list to be painted and the window to answer first, short enough to be
# done before a user has found and opened a client.
BUILD_AHEAD_AFTER_MS = 400
# The pause between its steps on the window's thread: steps a zero timer apart ran one after
# another, no key typed, paint or timer served between them (C63-01).
BUILD_AHEAD_PAUSE_MS = 30
# How long the re-screen's result (and where the copy from before it is kept) stays in the
# status bar (D23-16), menus hovered meanwhile or not (W23C-02).
RESCREEN_SAID_FOR_S = 30.0
# How long what the search box takes stays in the status bar once the keyboard is in it (the
# caseload's own line, which it covers, comes back after).
SEARCH_HINT_FOR_MS = 15_000

# The windows open, each kept here until it is deleted: File > Open caseload (or Open demo
# caseload) deletes the window it replaces (W25-01), and nothing else holds the new one.
_open_windows: set["MainWindow"] = set()


def keep_until_deleted(window: "MainWindow") -> None:
    """Hold `window` (a top-level window nothing else keeps) until it is deleted."""
    _open_windows.add(window)
    window.destroyed.connect(lambda: _open_windows.discard(window))


def ask_delete_client(parent: QWidget, client) -> bool:
    """Ask before a client is deleted, naming them well enough to tell a duplicate from the
    one to keep, and what is not deleted with them (`not_deleted_said`); True to delete.
    Cancel is the default (Enter, Escape)."""
    born = born_said(client.person.dob)
    repo = getattr(parent, "repo", None)
    return stay_or_discard(parent, "Delete client", f"Delete {client.name} ({born}, {count(len(client.cases), 'case')})?",
                           "Cancel", "&Delete client",
                           detail="Their record, stored screenings, attorney reviews and typing kept for them leave the caseload, "
                                  "overwritten in its file; the audit log keeps a copy of the record (History). Edit > Undo "
                                  "brings them back until Clinic Desk is closed."
                                  + (f"\n\n{not_deleted_said(client, repo.path)}" if repo is not None else ""))


def not_deleted_said(client, db_path: Path) -> str:
    """What deleting `client` leaves of them outside the caseload, and where (P119), as
    `clinic-app delete` says it: db.backup.kept_beside, with the folders the last handouts and
    worksheets were written in (a batch's own folder, not the one chosen above it: S140-01)."""
    from db.backup import kept_beside
    from ui.client_view import WORKSHEET_FOLDER_SETTING
    from ui.forms import papers_written_in
    from ui.handout_dialog import HANDOUT_FOLDER_SETTING

    kept = kept_beside(client, db_path, papers_written_in(HANDOUT_FOLDER_SETTING), papers_written_in(WORKSHEET_FOLDER_SETTING))
    return "Not deleted, for you to see to:" + "".join(f"\n• {each}" for each in kept)


# After the caseload's name, where it holds clients `clinic-app demo` made up.
MADE_UP = "(demo: made-up clients, not for real ones)"
# Said where the caseload is named, as MADE_UP is: a whole client could be typed before the first
# save said that nothing could be (E248); the words are the save's own ("... so changes cannot be saved").
READ_ONLY = "(read-only: changes cannot be saved)"
# Said of File > Import clients... where the caseload's file cannot be written, as the re-screen's
# words say it (K278-02): chosen, it read the file, kept a copy, and failed at its first save.
IMPORT_CANNOT_BE_SAVED_SAID = f"An import {CANNOT_BE_SAVED_READ_ONLY}: no client can be added."
# And of the items that add, take away or join clients (K282-01): a whole client typed (New
# client, Clinic intake mode) failed at its first save; Delete and Merge asked, then failed.
NEW_CLIENT_CANNOT_BE_SAVED_SAID = f"A new client {CANNOT_BE_SAVED_READ_ONLY}: nothing typed could be kept."
INTAKE_CANNOT_BE_SAVED_SAID = f"Clinic intake {CANNOT_BE_SAVED_READ_ONLY}: nothing typed could be kept."
DELETE_CANNOT_BE_SAVED_SAID = f"A deletion {CANNOT_BE_SAVED_READ_ONLY}: the client stays."
MERGE_CANNOT_BE_SAVED_SAID = f"A merge {CANNOT_BE_SAVED_READ_ONLY}: both records stay."
# And of the items that change the caseload as a whole (K282-02): each asked first (the details
# typed, a passphrase twice, a backup chosen, an event's new name), then failed; Encrypt said
# "The disk reported an error ... is a USB stick unplugged?".
CLINIC_DETAILS_CANNOT_BE_SAVED_SAID = f"The clinic's details {CANNOT_BE_SAVED_READ_ONLY}: handouts print them as they are."
PASSPHRASE_CANNOT_BE_SAVED_SAID = f"A passphrase {CANNOT_BE_SAVED_READ_ONLY}: the file stays as it is."
RESTORE_CANNOT_BE_SAVED_SAID = f"A restore {CANNOT_BE_SAVED_READ_ONLY}: the caseload stays as it is."
RENAME_EVENT_CANNOT_BE_SAVED_SAID = f"A renamed event {CANNOT_BE_SAVED_READ_ONLY}: its clients stay under its name."
# Said where the file was made writable since it opened: its connection stays read-only (K273-01).
WRITABLE_NOW = "the file can be written now: open it again (File > Open caseload...) to save changes"


def quit_keys() -> list[QKeySequence]:
    """The platform's own Quit keys, or Ctrl+Q where it has none: Windows (and Qt's offscreen
    platform) give StandardKey.Quit no keys, so File > Quit had no shortcut there (W29-02)."""
    return QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]


class MainWindow(QMainWindow):
    """The caseload list and, once a client is opened, their record, checklist and screening."""

    caseload_loaded = Signal()
    # The pairs of a name or date of birth put right on a laptop, read after the list is shown
    # (see _rows_read), are in the "Possible duplicates" count.
    put_right_counted = Signal()
    # Encrypt or Change passphrase has put the caseload's new file in place (emitted on the
    # worker; the hour's backup held off meanwhile is then made on the window's thread).
    file_replaced = Signal()

    def __init__(self, repo: Repository, db_path: Path | str | None = None, *, today: date | None = None,
                 automatic_backups: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.repo = repo
        # A window opened from another by File > Open caseload closes its caseload when it
        # closes (ui.app.run closes the first one's); and the window that took this one's place
        # (not held: see _open_windows).
        self.closes_repo = False
        self._next_window: weakref.ref[MainWindow] | None = None
        # A verified backup into the backups folder when the window closes after the
        # caseload changed (see _back_up_before_closing); off only for tests of other things.
        self.automatic_backups = automatic_backups
        self._intake_event: str | None = None  # the Event box intake was last left with (J64-05)
        self._backing_up = self._closed_once = False
        self._built_ahead = False  # the client page built ahead, or put off to be (see _rows_read)
        self._lists_shown = 0  # lists read and shown, for the put-right pairs read after each
        self._told_unfinished = False  # an import stopped half-way, said once (see _loaded)
        # Closed for a restore: no automatic backup then (see _restore_and_reopen).
        self._restoring = False
        # And every hour while it is open (see _back_up_while_open).
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(AUTOMATIC_BACKUP_EVERY_MS)
        self._backup_timer.timeout.connect(self._back_up_while_open)
        self._open_backup = None  # the hourly backup's task while it runs
        self.file_replaced.connect(self._back_up_held_off)
        # While Encrypt or Change passphrase replaces the caseload's file (its connection
        # closed on a worker), the hour's backup waits for the new file (see _replacing).
        self._replacing_file = self._backup_after_replacing = False
        if automatic_backups:
            self._backup_timer.start()
        self.db_path = Path(db_path) if db_path is not None else Path(repo.path or "")
        # The commands its hints name, on this caseload, as the terminal says them (S118-01).
        self.command = commands_on(self.db_path)
        # A fixed day for tests and screenshots; otherwise the clock is read when it is used:
        # clinic laptops stay open for days, and a day fixed at start screened, stored and
        # printed yesterday's answers (store check S18-03).
        self._fixed_today = today
        # And the day itself is looked at while the window is open: a laptop left open overnight
        # at an event showed the open client as of yesterday at 08:00 (M191-01).
        self._day_seen = self.today
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_LOOKED_AT_EVERY_MS)
        self._day_timer.timeout.connect(self._follow_the_day)
        self._day_timer.start()
        self.undo_stack = QUndoStack(self)
        self._say_made_up()
        self.pages = QStackedWidget()
        self.caseload = CaseloadView(repo, today=lambda: self.today)
        self.pages.addWidget(self.caseload)
        self.client_view = None  # built on first use (ui.client_view)
        self.remedy_guide = None  # Help > Remedies at a glance, built on first use (ui.remedy_guide)
        self.setCentralWidget(self.pages)
        # Its messages wrapped, not cut at the edge (B65-02), and the caseload's line too: at 200%
        # "Caseload ...: 5,000 clients; 12 screened by older rules ..." ran past a laptop's window.
        self.setStatusBar(WrappingStatusBar(self))
        self.status = LinesLabel()  # as high as the message that covers it: the list stays put (B70-03)
        self.statusBar().addWidget(self.status, 1)
        # A message said for a while (the re-screen's result) and when it ends; see `event`.
        self._held_message: tuple[str, float] | None = None
        self._showing_tip = False
        self.statusBar().messageChanged.connect(self._message_changed)
        # After an upgrade the list still shows the old rules' answers: say so, with the cure.
        self.screening_counts = ScreeningCounts()
        self.rescreen_button = QPushButton("Re-screen now...")
        self.rescreen_button.setToolTip("Screen every client again with this version's rules (Caseload > Re-screen whole caseload)")
        self.rescreen_button.setVisible(False)
        self.rescreen_button.clicked.connect(self.rescreen_all)
        self.statusBar().addPermanentWidget(self.rescreen_button)
        self.caseload.client_activated.connect(self._open_from_list)
        self.caseload.said.connect(self._say_of_list)
        self.caseload.shown.connect(self._show_of_list)
        self.caseload.said_gone.connect(self._take_back_said)
        self.caseload.hint.connect(self._search_hint)
        self.caseload.cell_in_full.connect(self._cell_in_full)
        self.caseload.search.textChanged.connect(self._list_said_gone)
        self.caseload.filter_changed.connect(self._said_of_a_client_not_listed)
        self.caseload.table.selectionModel().currentRowChanged.connect(self._chosen_said_gone)
        self.caseload.table.selectionModel().selectionChanged.connect(self._chosen_said_gone)
        self._build_actions()
        # A message or line cut at the bar's two lines says where the rest is, on screen and to a
        # screen reader: "..." alone did not, and the tooltip needs the mouse (R71).
        key = self.whole_message_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        for label in (self.statusBar().message, self.status):
            label.set_more(f"{key} for more", f"Cut short on screen: View > Whole status message ({key}) shows all of it.")
        self.pages.currentChanged.connect(self._page_shown)
        self._page_shown()
        self._restore_geometry()

    # ---- actions and menus -----------------------------------------------------------

    @property
    def next_window(self) -> MainWindow | None:
        """The window File > Open caseload opened in this one's place, while it is open."""
        return self._next_window() if self._next_window is not None else None

    @property
    def today(self) -> date:
        return self._fixed_today or date.today()

    def _action(self, title: str, slot, shortcut=None, menu=None, tip: str | None = None) -> QAction:
        action = QAction(title, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            from ui.help_menu import give_tip  # read when built, as add_help_menu

            give_tip(action, tip)
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        self.addAction(action)  # shortcuts work on every page
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.new_action = self._action("&New client", self.new_client, QKeySequence.StandardKey.New, file_menu)
        self.find_action = self._action("&Find client", self.focus_search, QKeySequence.StandardKey.Find, file_menu)
        # No shortcut: Delete is the text fields' key, and a deletion is asked about anyway.
        self.delete_action = self._action("&Delete client...", self.delete_client, None, file_menu,
                                          "Remove the open client (or the one chosen in the list) from the caseload; Edit > Undo brings them "
                                          f"back (at a terminal, with no undo: {self.command('delete')} --client ID --name NAME)")
        file_menu.aboutToShow.connect(self._update_delete_action)
        file_menu.addSeparator()
        # Another caseload (a USB stick's, an event laptop's copy) or the demo, without a terminal.
        self.open_caseload_action = self._action("&Open caseload...", self.open_other_caseload, None, file_menu,
                                                 "Work on another caseload file; this one is closed")
        self.open_demo_action = self._action("Open de&mo caseload", self.open_demo_caseload, None, file_menu,
                                             "Try Clinic Desk on made-up clients, in a caseload of its own (demo.sqlite)")
        # The way back from the demo: on a new laptop the README's first command (--demo) makes the
        # demo's file only, and Open caseload's chooser offered nothing else in the folder (X101-02).
        self.open_clinic_caseload_action = self._action(
            "Open the c&linic's caseload", self.open_clinic_caseload, None, file_menu,
            "The clinic's own caseload (caseload.sqlite in your data folder), for real clients; made empty the first time")
        self.open_clinic_caseload_action.setEnabled(not self._on_the_clinics_caseload())
        file_menu.addSeparator()
        # Each item says what it does, as its neighbours do (W114-05): these three said only their names.
        self.backup_action = self._action("&Back up caseload...", self.backup, None, file_menu,
                                          "Write a verified copy of the caseload to a file you choose (a USB stick, say); "
                                          f"as {self.command('backup')} --to FILE")
        self.restore_action = self._action("&Restore from backup...", self.restore_from_backup, None, file_menu,
                                           "Go back to one of this caseload's backups; the caseload as it is now is kept aside")
        # When the last automatic backup was made, read each time the menu opens.
        self.last_backup_action = QAction(self)
        self.last_backup_action.setEnabled(False)
        file_menu.addAction(self.last_backup_action)
        file_menu.aboutToShow.connect(self._show_last_backup)
        self._show_last_backup()
        # "clients", as the Export beside it says (A34-04): "requests" is the file format's word
        # (FORMAT.md), and the office importing an event laptop's clients looked for "Import clients".
        self.import_action = self._action("&Import clients...", self.import_requests, None, file_menu,
                                          "Add the clients of a file another caseload exported (or screening requests)")
        self.clinic_action = self._action("Clinic de&tails...", self.edit_clinic_details, None, file_menu,
                                          "The clinic's name, address and contact printed on handouts; the name heads the report too")
        self.encrypt_action = self._action("&Encrypt caseload...", self.encrypt_caseload, None, file_menu,
                                           "Protect the caseload file with a passphrase")
        self.encrypt_action.setEnabled(self.repo.passphrase is None)
        self.rekey_action = self._action("Change &passphrase...", self.change_passphrase, None, file_menu,
                                         "Give the encrypted caseload a new passphrase (when someone who knew it leaves)")
        self.rekey_action.setEnabled(self.repo.passphrase is not None)
        file_menu.addSeparator()
        self.quit_action = self._action("&Quit", self.close, None, file_menu)
        self.quit_action.setShortcuts(quit_keys())

        edit_menu = bar.addMenu("&Edit")
        self.undo_action = self._history_action("&Undo", undo=True)
        self._field_undo = FieldUndoFallsThrough(self)  # parented: removed with the window
        self._alt_keys = AltKeysAreNotText(self)
        self._wheel = WheelScrollsThePage(self)
        # A control's hover tip shown when the keyboard comes to it, in every window and dialog (A99-01).
        self._focus_tips = TipOnKeyboardFocus(self)
        # One filter on the application asks these, each of its own kinds of event only, in the
        # order Qt asked them when each was installed (the last first): every event of the
        # program passed through three Python calls (E97-03).
        self._app_filters = ApplicationFilters(self, (self._focus_tips, self._wheel, self._alt_keys, self._field_undo))
        QApplication.instance().installEventFilter(self._app_filters)
        # The caseload's filter boxes (event, remedy, outcome, language, county, "Newly eligible
        # since") were polished as the page was laid out above, before this filter was on: they
        # kept Qt's focus by the wheel, and a turn over one while scrolling the list changed
        # the filter (K224-01).  Left as their Polish would have left them, as made_aside does.
        self._wheel.caught_up(self)
        # A letter or word an input method still composes is saved with the field (H97-01): watched
        # field by field, not by a filter on the application.
        self._composing = CompositionsShown(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self._history_action("&Redo", undo=False)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
            self.addAction(action)
        self.save_action = self._action("&Save", self.save_current, QKeySequence.StandardKey.Save, edit_menu, "Save the client record now")
        # Ctrl+S held a moment is one save: the keyboard's repeats said "Everything is saved." over
        # the "Saved: …" just said, in the status bar and aloud, again at each repeat (R106-03).
        self.save_action.setAutoRepeat(False)

        # No two items of a menu share a letter (W24-04): Alt+C then P went to the first of
        # three "P" items and waited for Enter, so the handout was not printed by its letter.
        caseload_menu = bar.addMenu("&Caseload")
        self._action("Show &caseload", self.show_caseload, QKeySequence("Ctrl+L"), caseload_menu)
        self.rescreen_action = self._action("&Re-screen whole caseload...", self.rescreen_all, None, caseload_menu,
                                            # The box of U148-02 said (W150-03): the tip named Newly eligible alone.
                                            "Screen every client again, for today or a day to plan for (after a rules update); "
                                            "Newly eligible then shows those it made eligible now, and after an update whose rules "
                                            f"changed a box names those whose answers changed. As {self.command('rescreen')}")
        self.print_event_action = self._action("Print handouts for this &event...", self.print_event, None, caseload_menu,
                                               "Print or save the handout of every client of the clinic event the Event filter "
                                               f"chooses (or one you choose), each in the client's language; as "
                                               f"{self.command('handout')} --event NAME --out FOLDER")
        # The list as filtered (search, event, outcome, language, the ticks, a count clicked):
        # what a paralegal narrowed it to is what they mean to act on (F30-01).  Named with
        # how many as the list changes (_name_shown_actions); greyed when it shows nobody.
        self.shown_handouts_action = self._action("Han&douts for the clients shown...", self.shown_handouts, None, caseload_menu,
                                                  "Print or save the handout of each client the list shows now, each in the client's language")
        # The lines chosen in the list (Ctrl+click, Shift+arrows): ten picked from 5,000 for this
        # week took ten Ctrl+P's (M231-01).  The same batch as the clients shown's.
        self.chosen_handouts_action = self._action("&Handouts for the clients chosen...", self.chosen_handouts, None, caseload_menu,
                                                   "Print or save the handout of each client whose line is chosen in the list "
                                                   "(Ctrl+click, Shift+click or Shift+arrows choose several), each in the client's language")
        # The paralegal's day: the list filtered to "Eligible now" (or an event), that day's
        # petitions prepared from one worksheet each (F38).
        self.shown_worksheets_action = self._action("Filing &worksheets for the clients shown...", self.shown_worksheets, None,
                                                    caseload_menu, "Save the filing worksheet of each client the list shows now "
                                                    "(PDFs for staff, one per client, in a folder)")
        # The lines chosen's, as their handouts: ten filings picked from the list took a filter
        # that happened to show exactly them, and the worksheet batch of the ten (M245-01).
        self.chosen_worksheets_action = self._action("Filing wor&ksheets for the clients chosen...", self.chosen_worksheets,
                                                     None, caseload_menu, "Save the filing worksheet of each client whose "
                                                     "line is chosen in the list (PDFs for staff, one per client, in a folder)")
        self.export_shown_action = self._action("E&xport the clients shown...", self.export_shown, None, caseload_menu,
                                                "Write the records of the clients the list shows now to a file another caseload can import")
        # The lines chosen's, for the clinic's caseload without a filter showing exactly them (M245-02).
        self.export_chosen_action = self._action("Export the clients cho&sen...", self.export_chosen, None, caseload_menu,
                                                 "Write the records of the clients whose lines are chosen in the list to a "
                                                 "file another caseload can import")
        # In the File menu too, beside Import, where a volunteer at the end of a clinic day
        # looked for it (A34-03): one item, the same letter (x), named with the same count;
        # the chosen's below it, as in the Caseload menu.
        file_menu.insertAction(self.clinic_action, self.export_shown_action)
        file_menu.insertAction(self.clinic_action, self.export_chosen_action)
        shown = self.caseload.model
        for signal in (shown.modelReset, shown.rowsInserted, shown.rowsRemoved):
            signal.connect(self._name_shown_actions)
        self._name_shown_actions()
        self.caseload.table.selectionModel().selectionChanged.connect(self._name_chosen_action)
        for signal in (self.caseload.proxy.modelReset, self.caseload.proxy.layoutChanged, self.caseload.proxy.rowsRemoved):
            signal.connect(self._name_chosen_action)
        self._name_chosen_action()
        self.report_action = self._action("Repor&t for the whole caseload...", self.show_report, None, caseload_menu,
                                          "Counts for the event and language chosen in the filters (or the whole caseload): outcomes, petitions filed "
                                          "and rulings (of a month, quarter or year too), languages, remedies")
        # Named after what it will count (A38): "Report for this event..." gave the whole
        # caseload's report with the filter at "Any event", and only the tooltip said so.
        # On the menu's opening too: refilling the events may drop the chosen one unsignalled.
        self.caseload.event.currentIndexChanged.connect(self._name_report_action)
        self.caseload.language.currentIndexChanged.connect(self._name_report_action)  # K315-02
        caseload_menu.aboutToShow.connect(self._name_report_action)
        self.intake_action = self._action("Clinic &intake mode", self.start_intake, QKeySequence("Ctrl+I"), caseload_menu)
        self.print_action = self._action("&Print handout...", self.print_current, QKeySequence.StandardKey.Print, caseload_menu,
                                         "Preview the handout of the open client (or of the one chosen in the list), "
                                         "then print it or save it as a PDF")
        # Enabled as the list's choice changes, so Ctrl+P works on the line chosen (K81-01); a
        # refill or a filter may clear the choice without a selection signal.
        self.caseload.table.selectionModel().selectionChanged.connect(self._update_print_action)
        for signal in (self.caseload.proxy.modelReset, self.caseload.proxy.layoutChanged, self.caseload.proxy.rowsRemoved):
            signal.connect(self._update_print_action)
        caseload_menu.aboutToShow.connect(self._update_print_action)
        # For the staff who prepare the open client's petitions (there is no Client menu: the
        # open client's actions, Print handout and Save, are here and in Edit).
        self.worksheet_action = self._action("&Filing worksheet...", self.save_worksheet, None, caseload_menu,
                                             "Save the filing worksheet (PDF for staff) of the open client (or of the one chosen in the list): "
                                             "each case's facts and what to file")
        # The end of a clinic day: a client edited on a laptop came back as a second record beside
        # the first (a possible duplicate); what the laptop added is taken in, not copied by hand (M43).
        # The tip names both kinds of pair it offers (W141-01): it said "of the same name and date
        # of birth" alone, though a name put right on a laptop is offered too (M44).
        self.merge_action = self._action("&Merge a duplicate into this client...", self.merge_duplicate, None, caseload_menu,
                                         "Take into the open client (or the one chosen in the list) what another record of the "
                                         "same person adds, and remove that record: the same name and date of birth, or another "
                                         "name or date of birth with a case number of theirs (put right on a laptop); "
                                         "Edit > Undo puts both back")
        # On the menu's opening, as Delete client on the File menu's: the line chosen on the
        # caseload list moves no page, and Merge stayed greyed on the list (R63-05).
        caseload_menu.aboutToShow.connect(self._update_delete_action)
        # One day under two names ("Saturday Clinic", "saturday clinic") split its report,
        # export and handouts in two, and nothing made them one (N106).
        self.rename_event_action = self._action("Re&name clinic event...", self.rename_event, None, caseload_menu,
                                                "Put a clinic event's clients under another name, or join them to another "
                                                "event; Edit > Undo puts them back")
        # The tips of the items a read-only caseload refuses, as made: given back where a caseload
        # read-only before is writable (K278, K282); New client and intake have none.
        self._tips_when_writable = {action: action.statusTip() for action in (
            self.rescreen_action, self.import_action, self.new_action, self.intake_action, self.delete_action,
            self.merge_action, self.clinic_action, self.encrypt_action, self.rekey_action, self.restore_action,
            self.rename_event_action)}

        view_menu = bar.addMenu("&View")
        self.dark_action = self._action("&Dark theme", self.toggle_dark, None, view_menu)
        self.dark_action.setCheckable(True)
        app = QApplication.instance()
        self.dark_action.setChecked(isinstance(app, QApplication) and is_dark(app))
        self._build_sort_menu(view_menu)
        # The status bar has two lines (B70-03): a longer message ends there in "...", and the
        # mouse has its tooltip; this is the keyboard's way to read all of it.
        self.whole_message_action = self._action("&Whole status message", self.show_whole_message, QKeySequence("Ctrl+M"),
                                                 view_menu)
        # A divider between panes moves by the mouse alone: the keyboard's way (K97-03, ui.panes).
        self.pane_action = self._action(PANE_LARGER, self.give_pane_more_room, None, view_menu,
                                        "Give the pane the keyboard is in (a client's Eligibility details, say) three "
                                        "quarters of the room; again, put the panes back")
        view_menu.aboutToShow.connect(self._update_pane_action)
        # The attorney's queue, result by result (V102-01): six results to review among eleven
        # rows took Ctrl+Down and Ctrl+Space, said only as "Shift or Ctrl" in a button's tip.
        # F8, as a next-problem key in editors; the two keys are one row of Help > Keyboard
        # shortcuts, whose list must fit a small laptop's screen unscrolled where it can (F63-01).
        view_menu.addSeparator()
        self.next_to_review_action = self._action("&Next result to review", lambda: self.go_to_result_to_review(1),
                                                  QKeySequence("F8"), view_menu,
                                                  "Go to the open client's next result awaiting an attorney's review, "
                                                  "on the Eligibility tab")
        self.previous_to_review_action = self._action("Pre&vious result to review", lambda: self.go_to_result_to_review(-1),
                                                      QKeySequence("Shift+F8"), view_menu,
                                                      "Go back to the open client's previous result awaiting an attorney's "
                                                      "review, on the Eligibility tab")
        from ui.help_menu import LISTED_WITH_THE_ITEM_BEFORE  # read when built, as add_help_menu below

        self.previous_to_review_action.setProperty(LISTED_WITH_THE_ITEM_BEFORE, "Next / Previous result to review")

        from ui.help_menu import add_help_menu

        (self.first_steps_action, self.remedies_action, self.shortcuts_help_action,
         self.about_action) = add_help_menu(self, bar)
        # An item's tip whole under the mouse: the status bar cuts a long one at its two lines (a
        # laptop at 200% with large text: "... the Event filter chooses (or one you choose),..."),
        # and its "Ctrl+M for more" shows the last message, not a menu's tip.  A QMenu shows its
        # items' tooltips only when told to; those with none set show nothing (Z116-02).
        from ui.menu_tips import tip_beside_keyboard_item

        for each in bar.findChildren(QMenu):
            each.setToolTipsVisible(True)
            tip_beside_keyboard_item(each, self.statusBar())

    def _build_sort_menu(self, view_menu) -> None:
        """View > Sort list by: one item per column, the one sorted by checked (a header
        clicked checks its item too), so the list is sorted from the keyboard (U30-02)."""
        from PySide6.QtGui import QActionGroup

        from ui.caseload_view import SORT_TITLES

        menu = view_menu.addMenu("&Sort list by")
        group = QActionGroup(self)
        self.sort_actions: dict[int, QAction] = {}
        for column, title in SORT_TITLES.items():
            action = QAction(title, self, checkable=True)
            action.triggered.connect(lambda _checked=False, c=column: self._sort_list_by(c))
            group.addAction(action)
            menu.addAction(action)
            self.sort_actions[column] = action
        header = self.caseload.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._sort_shown)
        self._sort_shown(header.sortIndicatorSection())

    def _sort_list_by(self, column: int) -> None:
        if self.show_caseload():  # from a client's record too: the list shows it sorted
            self.caseload.sort_by(column)
        else:
            self._sort_shown(self.caseload.table.horizontalHeader().sortIndicatorSection())

    def _sort_shown(self, column: int, *_order) -> None:
        if column in self.sort_actions:
            self.sort_actions[column].setChecked(True)

    # ---- caseload --------------------------------------------------------------------

    def load(self) -> None:
        """Fill the caseload list from the repository (on the UI thread: tests, small caseloads)."""
        self._list_version = self.repo.data_version()
        self._audit_seen = self.repo.changes_since(None)[0]
        self.caseload.load()
        self._lists_shown += 1  # pairs still being read for an earlier list are not this one's
        self.screening_counts = self.repo.screening_counts(RULES_VERSION, self.today)
        self._loaded()
        self.put_right_counted.emit()  # read with the list: counted already

    def load_in_background(self) -> None:
        """Read the caseload list on a worker thread, so the window paints and answers meanwhile.

        The worker opens its own connection (`db.connection.connect`: same pragmas; the file
        was already checked when the window's repository opened it).
        """
        from ui import tasks

        self.status.setText("Reading the caseload...")
        self._list_version = self.repo.data_version()
        self._audit_seen = self.repo.changes_since(None)[0]
        db_path = self.db_path
        today = self.today
        passphrase = self.repo.passphrase  # an encrypted caseload's, in memory only

        def read(_ctx):
            from db.connection import CaseloadDatabase, connect
            from db.repository import Repository

            from ui.models.caseload_model import person_keys

            repo = Repository(CaseloadDatabase(connect(db_path, create=False, passphrase=passphrase)))
            try:
                rows = repo.list_clients()
                counts = repo.screening_counts(RULES_VERSION, today)
            finally:
                repo.close()
            # Here, not when the list is shown: every name folded held the window 0.7 s at
            # 100,000 clients (P29-01).  The pairs put right on a laptop are read after the
            # list is shown (_read_put_right): read here, they held it back 0.6-1.2 s at
            # 50,000 clients, on opening, after an import and after a re-screen (L47-01).
            return rows, counts, person_keys(rows)

        # Kept by the task list, not the window: a task's signals that held the window kept a
        # window File > Open caseload had replaced, and its list, in memory (W25-01).
        self._list_task = task = tasks.kept_while_running(tasks.Task(read, what="Reading the caseload list"))
        task.signals.done.connect(self._rows_read, Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(self._read_failed, Qt.ConnectionType.QueuedConnection)
        task.start()

    def _rows_read(self, read) -> None:
        if self._closed_once:
            # Read for a window closed meanwhile (File > Open caseload replaced it): its caseload
            # is closed, and telling of an unfinished import from it raised (W29-03's check).
            return
        rows, self.screening_counts, people = read
        self.caseload.show_rows(rows, people)
        self._lists_shown += 1
        self._loaded()
        self._read_put_right(self._lists_shown)
        if self.client_view is None and not self._built_ahead:
            # The first client opened took about a second on the UI thread with no sign of
            # work, most of it building the client page and reading the offense catalog
            # (W23-15): done here ahead, once the list is up, a step per turn of the event loop.
            # Once per window: a list shown again before the page was built (an import, another
            # desk's many changes) put off another, and two workers read ahead at once (S63-02).
            self._built_ahead = True
            QTimer.singleShot(BUILD_AHEAD_AFTER_MS, self, self._build_ahead)

    def _read_put_right(self, list_shown: int) -> None:
        """Read, on a worker, the pairs of a name or a date of birth put right on a laptop
        (Repository.put_right_pairs) for the list just shown; until they come, "Possible
        duplicates" counts the pairs of one name and date of birth (L47-01)."""
        from ui import tasks

        db_path, passphrase = self.db_path, self.repo.passphrase

        def read(_ctx):
            from db.connection import CaseloadDatabase, connect
            from db.repository import Repository

            repo = Repository(CaseloadDatabase(connect(db_path, create=False, passphrase=passphrase)))
            try:
                return list_shown, repo.put_right_pairs()
            finally:
                repo.close()

        task = tasks.kept_while_running(tasks.Task(read))  # not held by the window (W25-01)
        task.signals.done.connect(self._put_right_read, Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(self._read_failed, Qt.ConnectionType.QueuedConnection)
        task.start()

    def _put_right_read(self, read) -> None:
        list_shown, pairs = read
        if self._closed_once or list_shown != self._lists_shown:
            # A window closed meanwhile (its caseload closed), or a list read again since
            # (after an import): those pairs are the newer read's to give.
            return
        self.caseload.set_put_right(pairs)
        self.put_right_counted.emit()

    def _build_ahead(self) -> None:
        """Read the client page's code and build the page on the window's thread, a step per
        turn of the event loop with a pause between, unless a client was opened meanwhile; then,
        on a worker, read the offense catalog the first screening needs and what the first
        handout needs (ReportLab, each language's texts, fonts and letters).

        Read on the window's thread, the handout's part held it 0.1-0.4 s at a time (the
        Spanish texts alone 70-145 ms of YAML), and steps a zero timer apart ran one after
        another with no key, paint or timer between them: 0.2-0.46 s unserved once after
        start, keys typed in the search box shown up to 0.4 s late (C63-01).  None of it is a
        widget: the window's thread keeps only the page and the code it is built from."""

        def code() -> None:
            import ui.client_view  # noqa: F401 - read now, not when the first client is opened

        def page() -> None:
            if self.client_view is None:
                self._client_view()

        def handout_dialog() -> None:
            import ui.handout_dialog  # noqa: F401 - the preview's widgets

        steps = [code, page, handout_dialog]

        def next_step() -> None:
            if self._closed_once:
                # Closed between two steps (its caseload closed: a restore), the page was built
                # on it, and the worker reading ahead started after closing had stopped every
                # task (tasks.stop_all): nothing waited for it (S63-01).
                return
            steps.pop(0)()
            if steps:
                QTimer.singleShot(BUILD_AHEAD_PAUSE_MS, self, next_step)
            else:
                self._read_ahead()

        next_step()

    def _read_ahead(self) -> None:
        """On a worker: what the first screening and the first handout read once per process
        (all cached), so that neither holds the window reading it.  The first handout preview
        held the window about a second (P28-01: 912 ms at 5,000 clients, unpainted), half of it
        reading ReportLab, the language's texts and the font."""
        from ui import tasks

        # Harmless if a client was opened (or a handout shown) meanwhile: each is cached, and
        # read twice at worst (the fonts once: clinic_app.handouts.fonts).
        def read(ctx) -> None:
            from clinic_app.catalog import load_catalog
            from clinic_app.handouts.glyphs import cannot_print
            from clinic_app.handouts.render import make_styles  # ReportLab with it
            from clinic_app.handouts.texts import available_languages, load_texts

            load_catalog()  # the first screening then finds it read
            for lang in available_languages():
                ctx.check()  # the window closing stops it here
                font = load_texts(lang)["meta"]["font"]
                make_styles(font, False)  # registers the font's faces
                cannot_print("a", font)  # reads which letters the font has

        def failed(_error, report: str) -> None:
            if not self._closed_once:  # as a step on the window's thread failed: a crash said
                from ui.crash import show_crash

                show_crash(self, report)

        tasks.run_unseen(read, on_done=lambda _none: None, on_failed=failed)

    def _read_failed(self, error, report) -> None:
        from db.errors import CaseloadError
        from ui.crash import show_caseload_error, show_crash

        self.status.setText("The caseload could not be read.")
        if isinstance(error, CaseloadError):
            show_caseload_error(self, error)
        else:
            show_crash(self, report)

    def _loaded(self) -> None:
        # The list read again (an import, another desk's change, a re-screen): what it said of
        # the one before is taken away, as a new search takes it (V100-04: "Showing 2 of 2
        # clients." stood under the attorney's queue an import with a review had made 1).
        self._list_said_gone()
        self._events_offered_to_the_record()  # an event renamed or gone at another desk (R107)
        self._loaded_status()
        self._say_what_the_list_needs()
        self.caseload_loaded.emit()
        if not self._told_unfinished:
            self._told_unfinished = True
            self._say_unfinished()

    def _events_offered_to_the_record(self) -> None:
        """The Record tab of whoever is open completes the clinic event from the caseload's events
        as they are now: read when the client was opened, it went on offering "sat" as the name a
        rename had just taken away, and the next client given it split the day again (R107)."""
        if self.client_view is not None:
            self.client_view.record.person.offer_events(self.caseload.model.events())

    def _say_unfinished(self) -> None:
        """Once, when the caseload first shows: an import stopped half-way (killed, power lost)
        left the caseload whole but said nothing, and the paralegal took the file for imported
        (W29-03)."""
        from db.backup import restore_not_finished
        from db.errors import CaseloadError

        try:
            lines = [stopped.line() for stopped in self.repo.unfinished_imports()]
            # And a restore stopped half-way, which left no line in the audit log (W29-04).
            restore = restore_not_finished(self.repo, self.db_path)
        except CaseloadError:
            return  # busy or unwritable: said on a later open, as nothing was recorded as told
        if restore is not None:
            QMessageBox.information(self, "Restore not finished", restore)
        if lines:
            QMessageBox.information(self, "Import not finished", "\n\n".join(lines))
        self._say_a_backup()
        from ui.tasks import partials_left_said

        # A hidden copy of clients an export closed without left, not removable then (U93-01).
        partials, still_there = partials_left_said()
        if partials:
            (QMessageBox.warning if still_there else QMessageBox.information)(self, "Unfinished file", partials)

    def _say_a_backup(self) -> None:
        """Once, when a caseload's backup is opened as the caseload (File > Open caseload..., or
        --db): the window worked on it with not a word, and what was typed there was in no
        caseload, then deleted with the file once newer backups took its place (D103-06)."""
        from db.backup import backup_opened_said

        backed_up = backup_opened_said(self.db_path)
        if backed_up is None:
            return
        QMessageBox.warning(self, "A backup, not the caseload", backed_up[1] + (
            " To go back to this backup, open the caseload and choose File > Restore from backup...; to bring back some of "
            "its clients, find them here, choose File > Export the N clients shown..., then File > Import clients... "
            "in the caseload."))

    def _say_made_up(self) -> None:
        """Made-up clients said in the title and the status line, not by the file name alone:
        real walk-ins typed into the demo caseload would be mixed with them (U42).  Read again
        with each load of the list: said once at opening, it stayed after the made-up clients
        were deleted, and was not said of those added since (R43-05).  A caseload whose file cannot
        be written is said there too, from its opening (K254-02)."""
        from db.demo_caseload import holds_synthetic

        self._made_up = holds_synthetic(self.repo)
        self._read_only = self.repo.read_only()  # and a file that cannot be written, at each load too
        self.setWindowTitle(f"Clinic Desk: {self._caseload_named()}")

    def _caseload_named(self) -> str:
        """The caseload's file name, with what the title and the status line say of it."""
        marks = (MADE_UP if self._made_up else "", READ_ONLY if self._read_only else "")
        return " ".join([self.db_path.name, *filter(None, marks)])

    def _loaded_status(self) -> None:
        self._say_made_up()  # a query, and a pass over the ids only where made-up clients were added
        model = self.caseload.model
        text = f"Caseload {self._caseload_named()}: {count(len(model.all_rows()), 'client')}"
        counts = self.screening_counts
        older = counts.older
        self.caseload.set_older_rules(counts)  # the count that lists them (K374-04, R380-01)
        if older:
            text += f"; {count(older, 'client')} screened by older rules, whose answers may have changed"
        if counts.newer:
            # Not offered for a re-screen, which would put this copy's older answers in their
            # place (store check S18-12).
            text += (f"; {count(counts.newer, 'client')} screened by newer rules ({counts.newest_rules}) than this copy of "
                     f"Clinic Desk ({RULES_VERSION}): update it before screening them again")
        # A line's date that has come since it was screened ("Eligible on 2027-02-08" read on
        # 2027-03-01) says what is no longer true (store check S18-01).
        today = self.today
        arrived = model.dates_come(today)  # kept by the model: not a pass over every line at each save (P29-03)
        if arrived:
            text += f"; {count(arrived, 'client')} whose date has come since the last screening"
        # Clients never screened (a caseload imported or built elsewhere): said, and the
        # re-screen offered for them (keyboard check K20-13: every line said "Not screened"
        # and nothing pointed to the fix).
        unscreened = model.not_screened()
        if unscreened:
            text += f"; {count(unscreened, 'client')} not screened yet"
        if counts.later:
            # A re-screen for a day to plan for: the list speaks for that day (store check S18-02).
            days = sorted(counts.later)
            planned = sum(counts.later.values())
            text += f"; {count(planned, 'client')} shown as of {days[0].isoformat() if len(days) == 1 else 'later days'} (planning), not today"
        self._drafts_left = self._drafts_left_said()
        text += self._drafts_left
        wanted = bool(older or arrived or counts.later or unscreened)
        if self._read_only and self.repo.writable_when_opened_again():
            # The clinic's IT mended the file's permissions: its title still says read-only, and
            # "check the file's permissions" led nowhere (K273-01).
            text += f"; {WRITABLE_NOW}"
        if wanted and self._read_only:
            # A re-screen stores every client's answers, which the file refuses: "Re-screen now..."
            # was offered for a run that could keep nothing (K254's Left alone).  Said instead.
            text += f"; {RESCREEN_CANNOT_BE_SAVED}"
        self.status.setText(text)
        self.status.setToolTip(str(self.db_path))
        self.rescreen_button.setVisible(wanted and not self._read_only)
        from ui.help_menu import give_tip  # read when built, as add_help_menu

        # Said on each item whose work the file would refuse, before it is chosen (K278, K282).
        for action, (said, tip) in self._refused_when_read_only().items():
            give_tip(action, said if self._read_only else tip)

    def _drafts_left_said(self) -> str:
        """What the status line says of typing a Clinic Desk kept as a draft and never saved, the
        program gone since: whose, and where it comes back.  A paralegal taking over a departed
        colleague's caseload of 3,000 had no way to find it but to open every client (H371-01).
        "" when there is none (or the caseload cannot be read now: said elsewhere)."""
        from db.export import typing_left_said

        try:
            said = typing_left_said(self.repo, "open them to get it back")
        except CaseloadError:
            return ""
        return f"; {said}" if said else ""

    def _refused_when_read_only(self) -> dict[QAction, tuple[str, str]]:
        """Each menu item refused on a caseload whose file cannot be written: (what it says there,
        its usual tip).  Chosen, each says it through `_read_only_said` before anything is asked."""
        return {action: (said, self._tips_when_writable[action]) for action, said in (
            (self.rescreen_action, RESCREEN_CANNOT_BE_SAVED_SAID),
            (self.import_action, IMPORT_CANNOT_BE_SAVED_SAID),
            (self.new_action, NEW_CLIENT_CANNOT_BE_SAVED_SAID),
            (self.intake_action, INTAKE_CANNOT_BE_SAVED_SAID),
            (self.delete_action, DELETE_CANNOT_BE_SAVED_SAID),
            (self.merge_action, MERGE_CANNOT_BE_SAVED_SAID),
            (self.clinic_action, CLINIC_DETAILS_CANNOT_BE_SAVED_SAID),
            (self.encrypt_action, PASSPHRASE_CANNOT_BE_SAVED_SAID),
            (self.rekey_action, PASSPHRASE_CANNOT_BE_SAVED_SAID),
            (self.restore_action, RESTORE_CANNOT_BE_SAVED_SAID),
            (self.rename_event_action, RENAME_EVENT_CANNOT_BE_SAVED_SAID))}

    _needs_said: str | None = None  # what the status line last said aloud of the list's screenings, not the typing
    _drafts_left = ""  # what the status line says of typing left unsaved (_drafts_left_said)
    _drafts_said = ""  # what of it was last heard

    def _say_what_the_list_needs(self) -> None:
        """Aloud, when the caseload is read, where answers in the list may no longer hold
        (clients screened by older or newer rules, dates come since their screening): the
        status line, once until it changes.  Set in the line only, a screen-reader user heard
        none of it, and took the list's outcomes for this version's, today's; nor that the
        status bar had a "Re-screen now" button (F63-09).  "Not screened" is said by the
        list's own lines.  The typing left unsaved is said in it only where it is new or changed:
        heard once already, it came again with the line each time its other words changed, and a
        screen reader heard the change after words it had heard at the load (R390, K396-03)."""
        drafts_new = self._drafts_left != self._drafts_said
        line = self.status.text().replace(self._drafts_left, "", 1) if self._drafts_left else self.status.text()
        _count, _sep, needs = line.partition("; ")
        counts = self.screening_counts
        may_have_changed = bool(counts.older or counts.newer or self.caseload.model.dates_come(self.today))
        if needs and may_have_changed and needs != self._needs_said:
            said = self.status.text() if drafts_new else line
            announce(self.status, f"{said}. Re-screen now, in the status bar, screens them again."
                     if self.rescreen_button.isVisibleTo(self) else said)
        elif self._drafts_left and drafts_new:
            # The typing a stopped Clinic Desk left unsaved (H371-01), shown here and never said
            # where the answers all hold: a blind attorney taking over the caseload heard nothing
            # of whose it was (A388-01).  Once, and again only where it changes.
            left = self._drafts_left.removeprefix("; ")
            announce(self.status, f"{left[:1].upper()}{left[1:]}.")
        self._needs_said = needs
        self._drafts_said = self._drafts_left

    _list_said: str | None = None  # the last thing the caseload list said in the status bar

    def _say_of_list(self, said: str) -> None:
        self._list_said = said
        self._say(said)

    def _show_of_list(self, said: str) -> None:
        """What the list shows in the status bar and says aloud itself once it holds a while (how
        many lines are chosen): taken away as what it said is (`_list_said_gone`)."""
        self._list_said = said
        self.statusBar().showMessage(said, 8000)

    _hint_shown: str | None = None  # what the search box takes, while the status bar shows it

    def _search_hint(self, hint: str) -> None:
        """What the search box takes, in the status bar once the keyboard is in it (came there by
        Ctrl+F, Alt+S or Tab), until it leaves or for SEARCH_HINT_FOR_MS: it was the box's tooltip
        only, and a keyboard user never learnt that it finds a date of birth as staff type one,
        or a name with one (AA64).  Not over a message said (a re-screen's result, "Saved"),
        which it would take away; not said aloud: a screen reader reads it as the box's
        description."""
        bar = self.statusBar()
        if hint and not bar.currentMessage():
            bar.showMessage(hint, SEARCH_HINT_FOR_MS)
            self._hint_shown = hint
        elif not hint and self._hint_shown is not None:
            if bar.currentMessage() == self._hint_shown:
                bar.clearMessage()
            self._hint_shown = None

    _cell_shown: str | None = None  # the cut cell the keyboard is on, while the status bar shows it

    def _cell_in_full(self, said: str) -> None:
        """The cut cell the keyboard is on (a table of the caseload or the client's), whole, in the
        status bar for as long as it is on it (ui.cell_in_full): not over another message (a
        re-screen's result, "Saved"), which it would take away, but for the list's count; not said
        aloud, as a screen reader reads the cell."""
        bar = self.statusBar()
        showing = self._cell_shown is not None and bar.currentMessage() == self._cell_shown
        # Over the list's count alone ("Showing 1,035 of 2,000 clients."), which the filters' row
        # shows too: after Review needed was ticked, the cut Next action was whole nowhere for
        # the count's eight seconds (H337-04).
        counted = bar.currentMessage() == f"{self.caseload.shown_label.text()}."
        if said and (showing or counted or not bar.currentMessage()):
            bar.showMessage(said)
            self._cell_shown = said
        elif not said:
            if showing:
                bar.clearMessage()
            self._cell_shown = None

    def _list_said_gone(self, *_args) -> None:
        """The search changed, or the list was read again (V100-04): what the list said of the one
        before ("2 clients match “Zoë”: choose one with the arrow keys...") is taken away, not left
        standing its 8 seconds under a list that no longer shows it (I59-03).  What was said of
        anything else stays."""
        if self._list_said is not None and self.statusBar().currentMessage() == self._list_said:
            self.statusBar().clearMessage()
        self._chosen_said_taken_back()

    def _take_back_said(self, said: str) -> None:
        """What was said that is no longer so ("300 clients chosen", one line chosen now; what was
        said of a client the list left out): off the status bar, nor shown whole by View > Whole
        status message."""
        if self.statusBar().currentMessage() == said:
            self.statusBar().clearMessage()
        if self._last_message == said:
            self._last_message = ""

    def _page_shown(self, *_args) -> None:
        """Save and Print handout act on the open client: greyed on the caseload page, where
        chosen from the menu they did nothing at all (W21-15)."""
        on_client = self.client_view is not None and self.pages.currentWidget() is self.client_view
        if on_client and self._list_said is not None and self.statusBar().currentMessage() == self._list_said:
            # "Showing 17 of 5,000 clients." stood under the record opened from the list, as
            # if it said something of it (A38-05); what was said of anything else stays.
            self.statusBar().clearMessage()
        self.save_action.setEnabled(on_client)
        self._update_delete_action()
        self._update_print_action()

    def _update_print_action(self, *_args) -> None:
        """Print handout acts on the open client, or on the list on the client chosen there
        (K81-01); greyed where nobody is, as W21-15 wanted where it would do nothing."""
        on_client = self.client_view is not None and self.pages.currentWidget() is self.client_view
        # Several lines chosen: Ctrl+P makes their handouts (print_current), and Filing worksheet
        # their worksheets (save_worksheet), where greyed it said nothing.
        chosen = on_client or (self.pages.currentWidget() is self.caseload and self.caseload.table.selectionModel().hasSelection())
        self.print_action.setEnabled(chosen)
        if hasattr(self, "worksheet_action"):  # the filing worksheet alike (P92-02); made after Print
            self.worksheet_action.setEnabled(chosen)

    def _client_to_delete(self) -> int | None:
        """The open client's number on the client page; the chosen line's on the caseload."""
        view = self.client_view
        if view is not None and self.pages.currentWidget() is view:
            return view.client.id if view.client is not None else None
        return self.caseload.selected_client_id()

    def _several_chosen_said(self, what: str) -> bool:
        """Whether several lines are chosen on the caseload page, said: `what` ("Delete client")
        acts on one client, and with ten chosen it would have had to guess which."""
        chosen = self.caseload.chosen_count() if self.pages.currentWidget() is self.caseload else 0
        if chosen > 1:
            self._announce(f"{chosen:,} clients are chosen in the list: {what} acts on one. Choose that client's line "
                           "alone (a click, or an arrow key without Shift), then try again.", 10_000)
        return chosen > 1

    def _update_delete_action(self) -> None:
        chosen = self._client_to_delete() is not None or (self.pages.currentWidget() is self.caseload
                                                          and self.caseload.table.selectionModel().hasSelection())
        self.delete_action.setEnabled(chosen)
        if hasattr(self, "merge_action"):
            self.merge_action.setEnabled(chosen)

    def show_remedies(self) -> None:
        """Help > Remedies at a glance (F1): one window, kept for the next F1, opened at the
        remedy of the result selected when the Eligibility tab is shown."""
        from ui.remedy_guide import RemedyGuideWindow

        if self.remedy_guide is None:
            self.remedy_guide = RemedyGuideWindow(self)
        self.remedy_guide.show_remedy(self._remedy_in_view())

    def _remedy_in_view(self) -> str | None:
        view = self.client_view
        if view is None or self.pages.currentWidget() is not view or view.tabs.currentWidget() is not view.eligibility:
            return None
        chosen = view.eligibility.current()
        return chosen.remedy if chosen is not None else None

    def focus_search(self) -> None:
        if not self.show_caseload():
            return  # staying to fix the record
        self.caseload.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.caseload.search.selectAll()

    def _may_leave_client(self, where: str, *, leaving: bool = True) -> bool:
        """The open record may be left (its valid edits saved, or unsavable ones discarded
        by the user's choice: keyboard check K19-05).  When the user leaves it (`leaving`),
        a case just added with nothing typed in it is taken out, said, and undoable (W24-02)."""
        view = self.client_view
        if view is None or self.pages.currentWidget() is not view:
            return True
        if not view.ready_to_leave(where):
            return False
        if leaving and view.drop_untouched_case():
            self._announce("Removed the empty case you added. Edit > Undo brings it back.", 8000)
        return True

    def _typing_saved_first(self, where: str) -> bool:
        """Before a change of the open client's record from the menus (a merge into them, an event
        renamed): typing not saved yet on the Record tab or the Checklist is saved first, part of
        the record the change works on, not lost by it; False when the user stays to fix it."""
        if not self._may_leave_client(where, leaving=False):
            return False
        view = self.client_view
        if view is not None and self.pages.currentWidget() is view:
            view.checklist.take_typing()
            view.save()
        return True

    def show_caseload(self, *, where: str = "go to the caseload") -> bool:
        """Go to the caseload list (to `where`, as the question about typing that cannot be
        saved says); False when the user stays to fix the open record."""
        if not self._may_leave_client(where):
            return False
        view = self.client_view
        left = view.client.id if view is not None and self.pages.currentWidget() is view and view.client is not None else None
        self.pages.setCurrentIndex(CASELOAD_PAGE)
        self._loaded_status()  # the day may have moved on since: dates that have come (G18-06)
        self.caseload.follow_today()  # and the filters that count from it (P101-02)
        if left is not None and not self.caseload.table.selectionModel().hasSelection():
            # Where no client is chosen in the list (one opened by the search box's Enter, or
            # a new one), the client just left is (E27-08): the arrows started over at the
            # top, and Enter opened the list's first client.  A client chosen stays chosen.
            self.caseload.select_client(left)
        else:
            # The client chosen may have moved while open (renamed under a sort by name, an
            # outcome changed under a sort by outcome): their line is shown again, where the
            # list stood at row 30 and they at 478, and Enter opened a line out of sight (W62-03).
            current = self.caseload.table.currentIndex()
            if current.isValid():
                self.caseload.table.scrollTo(current)
        self._said_of_a_client_not_listed()  # a list filtered so that it does not show them
        # The keyboard in the list first: where no line is chosen, Qt puts its line on the first as
        # the list takes the keyboard, and that change took away what was said of the client.
        self.caseload.table.setFocus()
        # The list left empty by it too (the one client a search found): the keyboard came to an
        # empty list, and the words above it, which say no client matches, are not read out (A257-02).
        if left is not None and self.caseload.model.row_of_client(left) is None and view.client is not None:
            self._say_left_out_of_the_list(view.client)
        return True

    def _say_left_out_of_the_list(self, client) -> None:
        """Back on the list from a client whose save took them out of it (a fine paid under
        "Something outstanding", a rename out of a search), that it did, and which line is chosen
        instead: the line went silently, the next client was chosen in its place, and Down, as
        after every client, passed that one over (C218-04).  A list left empty says it too, with no
        line named instead: its words above it ("No client matches ...") are not read out (A257-02).
        Each is named with their date of birth where the other, or another line of the list,
        has the same name, as the list's Date of birth column tells them apart: "Zoë Trần is
        not in the list now ... The line chosen is Zoë Trần" named two of the demo's (K230-02)."""
        model = self.caseload.model
        on = model.row_of_client(self.caseload.table.currentIndex().data(ClientIdRole))
        several = self.caseload.chosen_count()
        # Opened with no line chosen (the search box's Enter, intake) and saved out of the list: it
        # came back unsaid, where with a line chosen it was said (R242); there is no line to name.
        chosen = model.row_at(on) if on is not None and several else None
        left, *instead = model.told_apart([(client.name, client.person.dob)]
                                          + ([(chosen.name, chosen.dob)] if chosen is not None else []),
                                          off_the_list=(client.name,))
        said = f"{left} is not in the list now: the search and filters leave them out ({self.caseload.shown_label.text()})."
        if instead and several > 1:
            # One of several lines chosen for their handouts, opened from them (Enter) and saved out
            # of the list: the choice went one short without a word, the batch made without them (R237-03).
            said += (f" Nor are they among the lines chosen: {several:,} clients chosen now; Enter opens {instead[0]}, "
                     "the line the keyboard is on.")
        elif instead:
            said += f" The line chosen is {instead[0]}: Enter opens it."
        # The list's to take away, as a search changed or the list read again does
        # (_list_said_gone), and once another line is chosen: it stood its 8 seconds naming the
        # line chosen over the next one Down chose, and over a list searched since (R229-02).
        self._say_of_list(said)
        self._chosen_said = (said, self.caseload.table.currentIndex().data(ClientIdRole), several)

    # Said of the line chosen, the client of the line the keyboard was on (the one chosen, or of
    # several chosen, the one Enter opens), and how many lines were chosen then.
    _chosen_said: tuple[str, int | None, int] | None = None

    def _chosen_said_gone(self, *_args) -> None:
        """What was said of the line chosen, taken away once the keyboard's line is another's (of
        several chosen, Enter then opens that one: R237-03), or once a line is taken out of the
        choice or put in: Ctrl+Space, the keyboard staying, took out the one line chosen, or one
        of 2, and "The line chosen is ..." or "2 clients chosen now" stood over it (R242-01).
        Read from the keyboard's line, not the lines chosen: a click moves it before it chooses,
        and the words stood over the line clicked (R238-02)."""
        if self._chosen_said is None:
            return
        on = self.caseload.table.currentIndex().data(ClientIdRole)
        if (on, self.caseload.chosen_count()) != self._chosen_said[1:]:
            self._chosen_said_taken_back()

    def _chosen_said_taken_back(self) -> None:
        """Off the status bar, and out of View > Whole status message, as "300 clients chosen" is
        once it no longer holds (R237-04): there "The line chosen is Carla Testa: Enter opens it."
        still stood after a click had chosen another line, and Enter opened that one (R242-02)."""
        if self._chosen_said is not None:
            self._take_back_said(self._chosen_said[0])
            self._chosen_said = None

    def client_changed(self, client, summary) -> None:
        """A client was saved or re-screened: update their line in the list and the counts."""
        from ui.services import client_row

        back = self.caseload.model.row_of_client(client.id) is None  # added, or put back by undo
        # Whether they await an attorney's review is the caseload's to say (their reviews and
        # newest screening, A29-01): one indexed read.
        row = client_row(client, summary, self.repo.awaiting_review(client.id), self.repo.eligible_now_since(client.id),
                         self.repo.attorney_answers(client.id), self.repo.remedies_open(client.id))
        if row.court is not None and row.court.denials:  # the attorney's review of a denial (H63-04)
            row = replace(row, court=denial_reviewed(row.court, self.repo.denial_reviews(client.id)))
        self.caseload.update_client(row)
        if back:
            # A deleted client put back by Undo brings back their stored screening, which
            # may be by older rules (W22-02): theirs alone is read, where counting again read
            # every stored screening on this thread (0.4 s, 4 s the first time, at 100,000
            # clients: P29B-01).
            self.screening_counts.add(self.repo.screening_counts_of(client.id, RULES_VERSION, self.today))
        if self.caseload.events_offered() != set(self.caseload.model.events()):
            # A new clinic event joins the filter, and one its last client left leaves it (R107).
            self.caseload.refresh_choices()
            self._events_offered_to_the_record()
        else:
            self.caseload.update_counts()
        self._loaded_status()

    def _history_action(self, title: str, *, undo: bool) -> QAction:
        """Undo or Redo, which first asks before typing that cannot be saved is lost: the
        record is shown again as the undo left it (keyboard check K20-02: Ctrl+Z undid an
        older edit and silently put back the date being fixed).  Not the stack's own
        createUndoAction, which undoes at once."""
        action = QAction(title, self)
        stack = self.undo_stack

        def follow() -> None:
            # The history, cleared as it is deleted, says so once more: at the program's end
            # the window is deleted with its history unread, and asking the history being
            # deleted for its text showed "Clinic Desk ran into a programming error" after
            # every session with an edit (J63-06).  Nothing is left to name then.
            if not isValid(stack) or not isValid(action):
                return
            text = stack.undoText() if undo else stack.redoText()
            action.setText(f"{title} {text}" if text else title)
            action.setEnabled(stack.canUndo() if undo else stack.canRedo())

        stack.indexChanged.connect(follow)  # every push, undo, redo and clear moves the index
        follow()
        action.triggered.connect(lambda: self._step_history(undo))
        return action

    def _found_read_only(self) -> None:
        """The file found read-only since the last load (Undo, Mark reviewed refused): the title
        says it now, as the next load would (K349-01, K370-01)."""
        self._read_only = True
        self.setWindowTitle(f"Clinic Desk: {self._caseload_named()}")

    def _step_history(self, undo: bool) -> None:
        """Undo or Redo the next step.  On a file that cannot be written the step is refused at
        once in the file's words, typing left as typed (K338-02): a count or completed date typed
        on the Checklist was saved first, refused, shown as stored, then the step was refused
        too, a second warning for one Ctrl+Z.  The file asked again, not only as the last load
        found it: made read-only since, it warned twice until the list was loaded (K349-01)."""
        if self._read_only or self.repo.read_only():
            self._found_read_only()
            raise read_only_refusal(self.repo.path)
        stack = self.undo_stack  # the action is disabled when there is nothing to undo or redo
        view = self.client_view
        if view is not None and self.pages.currentWidget() is view:
            if not view.may_reload("undo the last change" if undo else "redo the change"):
                return
            # Typing not saved yet (a field not left, as when Edit > Undo is clicked) is the
            # newest edit: saved first, it is what Undo takes back, and Redo brings it back.
            # Reloaded unsaved, it was lost with the older edit Undo took back (W23-05).
            # So is a completed date or count typed on the Checklist (U31-02, U31-06).
            view.checklist.take_typing()
            view.save()
            if not (stack.canUndo() if undo else stack.canRedo()):
                return  # new typing ends what there was to redo
        # The stack is the window's, across clients: say what was undone or redone, which may
        # be another client's edit than the one on screen (GUI check G18-17).
        from ui.crash import retry_while_busy

        # A step refused while another program holds the file leaves the stack where it was
        # (D21-09), so it may be tried again (W22-07); one refused for another desk's change
        # is dropped, so Ctrl+Z goes on to the older steps (U31B-01).
        # On the Record tab the keyboard goes to the field the step put back (K81-02).
        on_record = view is not None and self.pages.currentWidget() is view and view.tabs.currentWidget() is view.record
        shown = view.record.values_shown() if on_record else None
        command = stack.command(stack.index() - 1 if undo else stack.index())
        # The open client as the step finds them, for what it does to the attorney's reviews (X123-02).
        before = (view.client, view.screening) if view is not None else (None, None)
        retry_while_busy(self, lambda: step_done(stack, undo=undo))
        back = client_brought_back(command, undo=undo)
        if back is not None and self.pages.currentWidget() is self.caseload:
            # A client put back in the caseload (intake's client redone, a deletion undone) is
            # chosen in the list, as Done chooses the client taken in (Z86-01): the list stayed
            # on the line Qt moved to when theirs went, and Enter opened that other client.
            self._choose_in_list(self._client_view().current_id(back))
        if shown is not None and view.tabs.currentWidget() is view.record:
            view.record.focus_put_back(shown)
        reviews = self._reviews_changed_by(command, undo, view, before)
        # A row a Remove took out, said back in the Remove's words: "Undone: Edit Case
        # BA100001, conditions" named no condition (K426-01).
        removed = command.row_removed if isinstance(command, SaveClientCommand) else None
        if removed:
            reviews = (f" Put back {removed}." if undo else f" Removed {removed} again.") + reviews
        if undo:
            self._said("Undone", stack.index(), reviews)
        else:
            self._said("Redone", stack.index() - 1, reviews)

    def _reviews_changed_by(self, command, undo: bool, view, before: tuple) -> str:
        """What the step just undone (`undo`) or redone did to the attorney's reviews
        (`reviews_changed_said`): of the open client as the step found them and as shown now, or,
        a save of a client not shown (Ctrl+Z in the caseload list after another client was
        opened), of its record before the step and as stored now, screened for today. Said once
        of the open client only, Undo there said nothing of a review counting again (N125-02).
        Screened only where the client has reviews kept."""
        from ui.client_view import reviews_changed_said
        from ui.services import screen_client

        shown = view.client if view is not None else None
        if not isinstance(command, SaveClientCommand) or (shown is not None and shown.id == command.client_id):
            return view.reviews_changed_said(*before) if view is not None else ""
        if command.client_id is None or not self.repo.reviews(command.client_id):
            return ""
        was = command.after if undo else command.before
        try:
            now = self.repo.get_client(command.client_id)  # as stored: the step may have been refused
        except ClientNotFound:
            return ""
        return reviews_changed_said(self.repo, was, screen_client(was, self.today).screening, now, screen_client(now, self.today).screening)

    def _said(self, what: str, index: int, more: str = "") -> None:
        command = self.undo_stack.command(index)
        if command is not None:
            self._announce(f"{what}: {command.text()}" + (f".{more}" if more else ""), 8000)

    def _one_less_by_older_rules(self) -> None:
        """Opening a client screened by older rules stored today's rules' result."""
        self.screening_counts.older = max(0, self.screening_counts.older - 1)
        self._loaded_status()

    def client_removed(self, client_id: int, removed=None) -> None:
        """A client was taken out (deleted, or "Add client" undone): their line and count go,
        and their clinic event from the filter when nobody else was seen there."""
        self.caseload.model.remove_client(client_id)
        self.caseload.refresh_choices()
        # A client screened by older rules was still counted as one until the next load (W22-02).
        # Their own newest screening, as it was taken out, leaves the counts (P29B-01); the
        # whole caseload is counted again only when that cannot say it.
        # (Never screened: nothing of theirs was counted.)
        if removed is None:
            self.screening_counts = self.repo.screening_counts(RULES_VERSION, self.today)
        elif removed.screenings:
            newest = removed.screenings[-1]  # oldest first
            theirs = ScreeningCounts.of_one(newest["rules_version"], date.fromisoformat(newest["as_of"]), RULES_VERSION, self.today)
            if not self.screening_counts.take(theirs):
                self.screening_counts = self.repo.screening_counts(RULES_VERSION, self.today)
        self._loaded_status()

    # ---- client ----------------------------------------------------------------------

    def _client_view(self):
        if self.client_view is None:
            from ui.client_view import ClientWorkspace

            def page() -> ClientWorkspace:
                return ClientWorkspace(self.repo, self.undo_stack, today=lambda: self.today, read_only=lambda: self._read_only,
                                       named=lambda client: self.caseload.model.named_apart(client.name, client.person.dob, client.id))

            # Made out of the application filter's way: its ~3,900 events as it is made were each a
            # Python call there, ~20 ms of the first open (P213-01).  A window closed has its filter
            # off the application already (_let_go): none to put back.
            self.client_view = page() if self._closed_once else self._app_filters.made_aside(page)
            self.client_view.client_saved.connect(self.client_changed)
            self.client_view.rules_caught_up.connect(self._one_less_by_older_rules)
            self.client_view.back_requested.connect(self.show_caseload)
            self.client_view.said.connect(self._said_of_client)
            self.client_view.review_said.connect(self._review_said)
            self.client_view.cell_in_full.connect(self._cell_in_full)
            self.client_view.read_only_found.connect(self._found_read_only)
            self.client_view.client_removed.connect(self.client_removed)
            self.pages.addWidget(self.client_view)
        return self.client_view

    def _open_from_list(self, client_id: int) -> None:
        """A client opened on the list (Enter, a double-click): from the attorney's queue (Review
        needed ticked, as the Attorney review count ticks it), on the first result to review (U93-03)."""
        self.open_client(client_id, to_review=self.caseload.review.isChecked())

    def open_client(self, client_id: int, *, to_review: bool = False) -> None:
        if not self._may_leave_client("open another client"):
            return
        # A wait cursor while the record is read, screened and shown: the first time (the
        # client page not yet built ahead) it took about a second with no sign of work (W23-15).
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        gone = False
        try:
            view = self._client_view()
            view.record.person.offer_events(self.caseload.model.events())
            row = self.caseload.model.row_of_client(client_id)
            listed = self.caseload.model.row_at(row) if row is not None else None
            try:
                view.open_client(client_id, listed, searched=self.caseload.search.text(), to_review=to_review)
            except ClientNotFound:
                gone = True
            else:
                self.pages.setCurrentWidget(view)
        finally:
            QApplication.restoreOverrideCursor()
        if gone:
            self._removed_elsewhere(client_id, listed)
            return
        # The Record tab's tab, not "← Caseload", where Space went straight back (keyboard
        # check K20-12), nor the Name field, whose whole name typing meant for the search box
        # replaced (F49-01).
        view.focus_opened()
        # The answer the paralegal opened the client for, said once: a screen reader said
        # "Name, Seo-yeon Brown" (now "Record, tab") and never the header's "Eligible now: ..."
        # beside it, a label the keyboard does not reach (C48-06).
        if view.client is not None and view.client.id == client_id:
            # The case named wherever it was asked for, the first too: found by the oldest
            # case's number, "Opened X" alone said nothing of it (S147-03).
            case = view.record.shown_case
            on_case = (f", case {view.client.cases[case].case_number}"
                       if view.case_leads and view.client.cases[case].case_number else "")
            # Opened from the attorney's queue, the row the keyboard is on too (A94-01); a client
            # come back, what they were told last time (C123).  Each after a full stop: the
            # outcome has none, and "... automatic relief Last screened as of ..." was read as
            # one phrase (R123-02).
            said = f"Opened {view.client.name}{on_case}. {view.outcome.text().removeprefix('· ')}"
            for more in (view.opened_on_said, view.came_back_said):
                if more:
                    said = f"{said}{'' if said.endswith('.') else '.'} {more}"
            announce(view, said)
            self._said_of_another_gone(client_id)
            if view.opened_on_said:
                # Shown as well (V109-01): the status bar said nothing of it, or still the last
                # client's "1 result marked reviewed by ...", read under this client's name.
                self.statusBar().showMessage(view.eligibility.place_in_queue_said(), 8000)
            elif view.came_back_said:
                # A client come back: what they were told last time beside today's answer (C123).
                self.statusBar().showMessage(view.came_back_said, 30000)

    def _removed_elsewhere(self, client_id: int, listed) -> None:
        """A client on the list, removed since by another window or desk: opening them said only
        "There is no client number 2 in this caseload", and their line stayed until the caseload
        was loaded again (U31B-03).  Said plainly, and their line and count go."""
        self.client_removed(client_id)
        who = listed.name if listed is not None and listed.name else f"Client number {client_id}"
        QMessageBox.warning(self, "Clinic Desk", f"{who} is no longer in this caseload: removed in another window or on "
                                                 "another desk. Their line is taken off the list.")

    def new_client(self) -> None:
        if self._read_only_said(NEW_CLIENT_CANNOT_BE_SAVED_SAID):
            return
        if not self._may_leave_client("start a new client"):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # as open_client (W23-15)
        try:
            view = self._client_view()
            view.record.person.offer_events(self.caseload.model.events())
            view.new_client()
            self.pages.setCurrentWidget(view)
        finally:
            QApplication.restoreOverrideCursor()
        self._said_of_another_gone(None)

    def delete_client(self) -> None:
        """File > Delete client: a duplicate made at an event, say.  Asked first, naming the
        client; an undo step, so Ctrl+Z brings them back whole while the session lasts (W21-25:
        a client could not be removed at all but by undoing "Add client" at once)."""
        if self._read_only_said(DELETE_CANNOT_BE_SAVED_SAID):
            return
        client_id = self._client_to_delete()
        if client_id is None:
            if not self._several_chosen_said("Delete client"):
                self._announce("Choose a client in the list first.", 8000)
            return
        client = self.repo.get_client(client_id)
        if not ask_delete_client(self, client):
            return
        if not self._may_leave_client("delete the client", leaving=False):
            return  # staying to fix the open record
        from ui.crash import retry_while_busy

        retry_while_busy(self, lambda: self._client_view().delete_client(client_id, client.name))
        self._announce(f"Deleted {client.name}. Edit > Undo brings them back.", 8000)

    def merge_duplicate(self) -> None:
        """Caseload > Merge a duplicate into this client: choose the other record of the pair,
        see what will be taken from it, and make one record (M43).  An undo step."""
        from clinic_app.matching import SAME_NAME_AND_BIRTH, person_key, possible_duplicate
        from clinic_app.merging import merge_into
        from ui.crash import retry_while_busy
        from ui.merge_dialog import MergeDialog

        if self._read_only_said(MERGE_CANNOT_BE_SAVED_SAID):
            return
        client_id = self._client_to_delete()
        if client_id is None:
            if not self._several_chosen_said("Merge a duplicate"):
                self._announce("Open a client (or choose one in the list) first.", 8000)
            return
        if not self._typing_saved_first("merge a duplicate into the client"):
            return  # staying to fix the open record
        mine = self._client_if_there(client_id)
        if mine is None:
            # The line chosen on the list, merged away or deleted at another desk since: said,
            # and its line taken off, as opening it does (R63-06: the crash dialog).
            row = self.caseload.model.row_of_client(client_id)
            self._removed_elsewhere(client_id, self.caseload.model.row_at(row) if row is not None else None)
            return
        key = person_key(mine.name, mine.person.dob)
        listed = [row.id for row in self.caseload.model.all_rows() if row.id != client_id and person_key(row.name, row.dob) == key]
        # A name (or date of birth) put right on a laptop: the import named the pair "added
        # beside a client here with another name", and it was not offered here (M44).
        listed += [other_id for other_id in self.repo.put_right_candidates(mine) if other_id not in listed]
        # Each offered only if its record, as stored now, is a possible duplicate by the test
        # `clinic-app merge` makes too: the list's line may be older than another desk's
        # correction of a name or date of birth, and two people were offered and merged.
        # A line whose record is gone (merged or deleted at another desk since the list was
        # read) is no duplicate any more: reading it raised ClientNotFound, the crash dialog (R63-01).
        records = {other_id: other for other_id in listed if (other := self._client_if_there(other_id)) is not None}
        pairs: list[int] = []
        found_by: dict[int, str] = {}
        for other_id, other in records.items():
            why = possible_duplicate(mine, other)
            if why is not None:
                pairs.append(other_id)
                if why != SAME_NAME_AND_BIRTH:
                    found_by[other_id] = why
        if not pairs:
            QMessageBox.information(self, "Merge a duplicate", f"{mine.name} has no possible duplicate: no other client has the "
                                    "same name and date of birth, nor another name or date of birth with a case number of "
                                    "theirs or the same cases, nor goes by a name of theirs and was born the same day.")
            return
        my_reviews = self.repo.exported_reviews(client_id)
        keys_used = self.repo.record_keys_used(client_id)
        others = []
        for other_id in pairs:
            other = records[other_id]
            their_reviews = self.repo.exported_reviews(other_id)
            merged = merge_into(mine, other, my_reviews=my_reviews, their_reviews=their_reviews, keys_used=keys_used)
            others.append((other, merged, their_reviews))
        dialog = MergeDialog(mine, [(other, merged) for other, merged, _ in others], self, found_by=found_by,
                             imported=self.repo.imported_from([client_id, *pairs]),
                             reviews={client_id: my_reviews, **{other.id: theirs for other, _merged, theirs in others}})
        if dialog.exec() != MergeDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        other, merged, their_reviews = others[dialog.records.currentRow()]
        retry_while_busy(self, lambda: self._client_view().merge_duplicate(
            merged, other.id, (mine, other), (my_reviews, their_reviews), f"Merge id {other.id} into {mine.name}"))
        # What it took is said, not only that it merged: "Merged id 202 into Ana Peña" was all a
        # merge that took nothing and kept this record's phone over the laptop's said (M44).
        took = "; ".join(merged.taken) if merged.taken else "nothing this record lacked"
        said = f"Merged id {other.id} into {mine.name} (id {client_id}): took {took}. Edit > Undo puts both back."
        self._announce(said, 15000)
        if merged.to_check or merged.kept:
            # What no rule decides, and what the other record had that this one kept its own of
            # (a newer phone, another name), said where it cannot be missed, as the preview said it.
            QMessageBox.information(self, "Merge a duplicate", "\n\n".join([said, *merged.lines(f"id {other.id}")[1:]]))

    def rename_event(self) -> None:
        """Caseload > Rename clinic event: choose an event and the name its clients go under (a
        new one, or another event's to join), then move them as an undo step (N106)."""
        from clinic_app.wording import renamed_said
        from ui.crash import retry_while_busy
        from ui.rename_event_dialog import RenameEventDialog
        from ui.undo import RenameEventCommand, push_done

        if self._read_only_said(RENAME_EVENT_CANNOT_BE_SAVED_SAID):
            return
        counts = self.repo.event_counts()
        if not counts:
            QMessageBox.information(self, "Rename clinic event", "No client of this caseload has a clinic event yet.")
            return
        if not self._typing_saved_first("rename a clinic event"):
            return  # staying to fix the open record (the rename then shows it as stored)
        dialog = RenameEventDialog(counts, self, current=self.caseload.event.currentData())
        if dialog.exec() != RenameEventDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        old, new = dialog.chosen()
        command = RenameEventCommand(self._event_renamed, old, new, f"Rename clinic event “{old}” to “{new}”")
        retry_while_busy(self, lambda: push_done(self.undo_stack, command))
        if not command.moved:
            self._announce(f"Nobody is under “{old}” any more (moved in another window or on another desk): nothing renamed.", 8000)
            return
        self._announce(f"{renamed_said(len(command.moved), old, new)} Edit > Undo puts them back.", 15000)

    def _event_renamed(self, old: str, new: str, client_ids: list[int] | None, undoing: str | None = None) -> list[int]:
        """A rename (or its undo, `undoing` the rename it takes back) done: the lines of the
        clients moved follow, the Event filter shows the name they went to where it showed the
        one they left, and the client open among them is shown as stored (the Record tab's
        Clinic event)."""
        moved = self.repo.rename_event(old, new, client_ids=client_ids, undoing=undoing)
        if not moved:
            return moved
        shown = self.caseload.event.currentData() == old
        model = self.caseload.model
        for row in self.repo.client_rows(moved):
            model.update_client(row)  # only the event changed: no search, county or probation to ask again
        self.caseload.refresh_choices()
        self._events_offered_to_the_record()
        view = self.client_view
        if shown and old not in model.events():  # the name shown gone (not a joined event's undo)
            self.caseload.event.setCurrentIndex(max(self.caseload.event.findData(new), 0))
        if view is not None and view.client is not None and view.client.id in moved and self.pages.currentWidget() is view:
            view.follow_stored(model.listed(view.client.id))
        return moved

    def _chosen_in_list(self, what: str = "Filing worksheet") -> Client | None:
        """The record of the client chosen in the caseload list, for Print handout and Filing
        worksheet (`what`) there; None, said, where nobody is chosen, several are, or the one
        chosen was removed since."""
        client_id = self.caseload.selected_client_id()
        if client_id is None:
            if not self._several_chosen_said(what):
                self._announce("Choose a client in the list first.", 8000)
            return None
        client = self._client_if_there(client_id)
        if client is None:
            row = self.caseload.model.row_of_client(client_id)  # removed at another desk since (R63-06)
            self._removed_elsewhere(client_id, self.caseload.model.row_at(row) if row is not None else None)
        return client

    def _client_if_there(self, client_id: int) -> Client | None:
        """The client's record as stored, None where the caseload no longer has it."""
        try:
            return self.repo.get_client(client_id)
        except ClientNotFound:
            return None

    # ---- another caseload ---------------------------------------------------------------

    def open_other_caseload(self) -> None:
        """File > Open caseload: choose a file, then the window works on it (see _switch_to)."""
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileName(self, "Open caseload", str(self.db_path.parent),
                                                      "Caseloads (*.sqlite *.db);;All files (*)")
        if chosen and self._may_leave_first("open another caseload"):
            self._switch_to(Path(chosen))

    def open_demo_caseload(self) -> None:
        """File > Open demo caseload: the one `clinic-app --demo` opens, beside the clinic's,
        filled with synthetic clients when empty.  The filling (about two seconds) runs on a
        worker behind a progress dialog: on the window's thread, under a wait cursor, the
        window went unpainted and looked hung meanwhile (W25-03)."""
        from db.cipher import looks_encrypted
        from db.connection import default_demo_path
        from db.demo_caseload import DEMO_WINDOW_CLIENTS
        from db.errors import CaseloadError
        from ui.crash import show_caseload_error, show_crash
        from ui.tasks import run_with_progress

        demo = default_demo_path()
        if not self._may_leave_first("open the demo caseload"):
            return
        if looks_encrypted(demo):  # an encrypted one is not a demo's: opened, never filled
            self._switch_to(demo)
            return
        as_of = self.today

        def fill(ctx) -> int:
            from db import demo_caseload

            ctx.progress(0, 0, f"Adding {DEMO_WINDOW_CLIENTS} made-up clients, if it has none, and screening them...")
            return demo_caseload.fill_demo_if_empty(demo, as_of=as_of)

        def failed(error: BaseException, report: str) -> None:
            self._loaded_status()
            if isinstance(error, CaseloadError):
                show_caseload_error(self, error)
            else:
                show_crash(self, report)

        self.status.setText("Filling the demo caseload with synthetic clients...")
        # One transaction: it cannot stop half-way.
        run_with_progress(self, "Opening the demo caseload", fill, on_done=lambda _had: self._switch_to(demo),
                          on_failed=failed, can_stop=False)

    def _on_the_clinics_caseload(self) -> bool:
        from db.connection import default_caseload_path

        return self.db_path.expanduser().resolve() == default_caseload_path().resolve()

    def open_clinic_caseload(self) -> None:
        """File > Open the clinic's caseload: the one the program opens with no --db, made empty
        where there is none yet, as at the program's first start (ui.app.open_repository)."""
        from db.connection import default_caseload_path

        if self._may_leave_first("open the clinic's caseload"):
            self._switch_to(default_caseload_path())

    def _may_leave_first(self, where: str, *, leaving: bool = False) -> bool:
        """The open record may be left (for another caseload, a batch, the close: `leaving` as
        `_may_leave_client`'s); an edit whose save the file refuses is asked about in
        `ready_to_leave` (read-only, a full disk), one the file busy in another program refused
        is said (Retry was asked), and the record stays open unless the user discards it."""
        from ui.crash import show_caseload_error

        try:
            return self._may_leave_client(where, leaving=leaving)
        except CaseloadError as error:
            show_caseload_error(self, error)
            return False

    def _switch_to(self, db_path: Path) -> None:
        """The open record left (_may_leave_first), open the caseload at `db_path` (its
        passphrase asked as at start), then show a new
        window on it and close this one and its caseload: nothing of this caseload (the open
        record, the undo history, the list) can then reach the other.  A file that cannot be
        opened (not a caseload, a passphrase given up) leaves this window as it was."""
        from db.errors import CaseloadError
        from ui.app import open_repository
        from ui.crash import show_caseload_error

        try:
            repo = open_repository(db_path, None, ask=True, from_window=self)
        except CaseloadError as error:
            show_caseload_error(self, error)
            return
        if repo is None:
            return
        # This window closed before the new one shows: the last window closing must not quit.
        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            closed = self.close()
        finally:
            app.setQuitOnLastWindowClosed(quits)
        if not closed:
            repo.close()
            return
        self._hand_over(repo, db_path)
        self._let_go()

    def _hand_over(self, repo: Repository, db_path: Path) -> MainWindow:
        """Show a new window on `repo` (the caseload at `db_path`), in this one's place."""
        window = MainWindow(repo, db_path, today=self._fixed_today, automatic_backups=self.automatic_backups)
        window.closes_repo = True
        keep_until_deleted(window)
        self._next_window = weakref.ref(window)
        window.show()
        window.load_in_background()
        return window

    def _let_go(self, *, delete: bool = True) -> None:
        """This window, closed, lets go of the application and of its caseload; and, unless
        `delete` is False (its progress dialog still to show: the restore), of itself."""
        app = QApplication.instance()
        app.removeEventFilter(self._app_filters)
        self.pages.setCurrentIndex(CASELOAD_PAGE)  # closed again (at quit), it has no record to leave
        self.repo.close()
        # Closed, it stayed hidden in memory with its list, client page and timers, one more
        # for every caseload opened (W25-01); its hourly backup timer was stopped at closing.
        # Its undo history goes first: the stack, cleared as it is deleted, told Undo and Redo
        # (deleted before it) that their text had changed.
        self.undo_stack.clear()
        if delete:
            self._delete()

    def _delete(self) -> None:
        _open_windows.discard(self)
        self.deleteLater()

    def restore_from_backup(self) -> None:
        """File > Restore from backup: the open record left, a backup chosen (ui.restore_dialog),
        its passphrase if it needs one, and the restore said and agreed to; then see
        `_restore_and_reopen`.  Cancel anywhere changes nothing."""
        from db.errors import CaseloadError
        from ui.restore_dialog import ask_restore, backup_passphrases, choose_backup

        if self._read_only_said(RESTORE_CANNOT_BE_SAVED_SAID):
            return
        if not self._may_leave_first("restore a backup"):
            return
        source = choose_backup(self, self.db_path, self.repo.passphrase)
        if source is None:
            return
        try:
            keys = backup_passphrases(self, source, self.repo.passphrase)
        except CaseloadError as error:  # not a caseload, damaged: said, nothing changed
            from ui.crash import show_caseload_error

            show_caseload_error(self, error)
            return
        if keys is None or not ask_restore(self, self.db_path, source):
            return
        self._restore_and_reopen(source, *keys)

    def _restore_and_reopen(self, source: Path, passphrase: str | None, backup_passphrase: str | None) -> None:
        """Close this window and its connection (restore refuses a caseload anyone has open,
        this window too), restore `source` on a worker, then open a window on the restored
        caseload; when the restore fails, on the caseload as it was, saying why.  The undo
        history stays behind with this window: its steps are of the caseload of before."""
        from db.backup import CHECKING_BACKUP_SAID, restore
        from db.cipher import looks_encrypted
        from db.errors import CaseloadError
        from ui.restore_dialog import say_not_restored, say_restored, say_restored_not_opened
        from ui.tasks import run_with_progress

        app = QApplication.instance()
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # no window shows while the restore runs
        # No automatic backup as this window closes: the restore keeps the caseload as it is
        # now in a copy of its own, and the new backup's rotation deleted the oldest automatic
        # one, which may be the very backup chosen (D25-06).
        self._restoring = True
        if not self.close():
            self._restoring = False
            app.setQuitOnLastWindowClosed(quits)
            return
        db_path, user, current_key = self.db_path, self.repo.user, self.repo.passphrase
        # Deleted once the restore is over: the restore's progress dialog is this window's child.
        self._let_go(delete=False)
        restored_key = passphrase if passphrase is not None else backup_passphrase

        # `passphrase` is the caseload's own (ui.restore_dialog.backup_passphrases): an encrypted
        # caseload is never set aside for a plain backup here, it stays encrypted (D25-09).
        def job(ctx) -> Path | None:
            # One step that cannot count: the busy bar, not "0 of 1" standing at 0% (W26-01).
            # Its first step, said before the worker reaches it.  Then each step the restore tells
            # (D70-05), and those of backing up and updating a backup made by an older Clinic Desk
            # as it is opened (N66): "Copying..." stood for them all (D70-01).
            ctx.progress(0, 0, CHECKING_BACKUP_SAID)
            return restore(source, db_path, user=user, passphrase=passphrase, backup_passphrase=backup_passphrase,
                           progress=ctx.progress)

        def reopen(key: str | None, said_first: str, say: Callable[[QWidget | None, str], None],
                   report: str | None = None) -> MainWindow | None:
            """The window on the caseload; None when it does not open, said.  `report` is the
            crash report of a restore that failed with an internal error, shown on the new
            window by the caller."""
            try:
                return self._hand_over(Repository.open(db_path, create=False, passphrase=key, user=user), db_path)
            except Exception as error:  # noqa: BLE001 - nothing left to show: said, with what went before, then the end
                from ui.crash import crash_report, save_crash_report

                reports = [report] if report is not None else []
                if isinstance(error, CaseloadError):
                    why = f"The caseload does not open: {error}"
                else:
                    why = "The caseload does not open (an internal error)."
                    reports.append(crash_report(type(error), error, error.__traceback__))
                # With no window to show a crash report on, it went unseen (W26-07): it is
                # saved beside the caseload and the message says where.
                saved = ""
                if reports:
                    path = save_crash_report("\n".join(reports), db_path.parent)
                    saved = (f" The report of the internal error is saved at {path}; please send it to whoever supports Clinic Desk."
                             if path is not None else
                             f" The report of the internal error could not be saved in {db_path.parent}; it is in the program's error output.")
                # Where both files are, so the clinic can find them once this window is gone (W26-04).
                say(None, f"{said_first} {why} The caseload is at {db_path}; "
                          f"the backup chosen is at {source}.{saved} Clinic Desk closes now.")
                app.quit()
                return None
            finally:
                app.setQuitOnLastWindowClosed(quits)
                self._delete()

        def done(kept: Path | None) -> None:
            window = reopen(restored_key, f"The caseload is restored from {source}.", say_restored_not_opened)
            if window is None:
                return
            text = f"The caseload is restored from {source}."
            if kept is not None:
                text += f" The caseload as it was before is kept at {kept}."
            if current_key is not None and not looks_encrypted(source):
                text += " The backup is not encrypted; the caseload is encrypted with its passphrase, as before."
            elif current_key is None and backup_passphrase is not None:
                text += " The backup is encrypted, so the caseload is encrypted now: it opens with the backup's passphrase."
            say_restored(window, text)

        def failed(error: BaseException, report: str) -> None:
            from ui.crash import show_crash, user_error_text

            text = user_error_text(error)
            said = f"The backup was not restored. {text}" if text is not None else "The backup was not restored (an internal error)."
            window = reopen(current_key if db_path.exists() else None, said, say_not_restored, report if text is None else None)
            if window is None:
                return
            if text is None:
                show_crash(window, report)
            else:
                say_not_restored(window, said)

        # One step (SQLite's backup API): it cannot stop half-way.
        run_with_progress(self, "Restoring the backup", job, on_done=done, on_failed=failed, can_stop=False)

    def save_current(self) -> None:
        """Edit > Save (Ctrl+S): the record's typing, and a count or completed day typed on the
        Checklist, its box not left: that one was left unsaved, "Everything is saved." said, and
        on a read-only file the typing shown beside another stored, no refusal said (K349-03)."""
        view = self.client_view
        if view is None or self.pages.currentWidget() is not view:
            return
        taken = view.checklist.take_typing()  # saved and said, or refused and shown as stored
        if not view.save() and not taken:
            # Nothing saved: the greyed Save button's reason, aloud and in the status bar.  A field
            # is saved as it is left, so Ctrl+S to be sure often finds nothing to save, and it said
            # nothing at all: a screen-reader user could not tell saved from refused (A104-02).
            reason = view.save_button.toolTip()  # "Everything is saved", "Cannot save yet:\n..."
            said = reason.replace(":\n", ": ", 1).replace("\n", "; ")
            self._say(said if said.endswith(".") else f"{said}.")

    # ---- long work (ui.tasks) ----------------------------------------------------------

    def _read_only_said(self, said: str) -> bool:
        """Whether the caseload's file cannot be written, `said` (with the way, where the file can
        be written now) in the status bar and aloud, before any work starts: a re-screen or an
        import chosen there made a copy of the caseload, pushing an older one out of the backups
        kept, then failed at its first save with "Check the file's permissions" (K278); a new
        client, intake, Delete and Merge had the whole client typed or the question asked; Clinic
        details, a passphrase, a restore and an event's new name were each asked first (K282)."""
        if not self.repo.read_only():
            return False
        if self.repo.writable_when_opened_again():
            said += f" {WRITABLE_NOW[:1].upper()}{WRITABLE_NOW[1:]}."
        self._announce(said, 10_000)
        return True

    def rescreen_all(self) -> None:
        """Caseload > Re-screen: pick the as-of date (today, or a day to plan for), then run it."""
        from ui.tasks import ask_as_of, rescreen_caseload

        if self._read_only_said(RESCREEN_CANNOT_BE_SAVED_SAID):
            return
        as_of = ask_as_of(self, self.today)
        if as_of is not None:
            # Cancelled, it keeps the ranges already stored: the list is read again then too
            # (W23-07: it went on showing their old answers and "not screened yet").
            kept: list[Path] = []  # the copy from before it (D23-16), named when it ends
            screened: list[int] = []  # [done, of how many], for what a Cancel says (A38-04)
            moved: list = []  # whose answers the rules of this version changed (U148-02)
            rescreen_caseload(self, self.db_path, as_of, on_done=lambda stored: self._rescreened(as_of, stored, kept, moved=moved),
                              on_cancelled=lambda: self._rescreened(as_of, None, kept, screened, moved),
                              passphrase=self.repo.passphrase, kept=kept, screened=screened, moved=moved)

    def _rescreened(self, as_of: date, stored: int | None, kept: list[Path], screened: list[int] | None = None,
                    moved: list | None = None) -> None:
        # The day each line became eligible now, before the list is read again: those whose
        # day this re-screen set became eligible with it, the week's new filings (Q46-01),
        # found among thousands eligible for years only by this.  The day is kept in the
        # caseload (E48), so "Newly eligible" shows them after the window is closed too.
        before = {row.id: row.eligible_now_since for row in self.caseload.model.all_rows()}

        def read() -> None:
            self.caseload_loaded.disconnect(read)
            newly = [row for row in self.caseload.model.all_rows()
                     if row.eligible_now_since is not None and row.eligible_now_since != before.get(row.id)]
            if newly and as_of < self.caseload.newly_eligible_since():
                self.caseload.show_newly_eligible_since(as_of)  # a re-screen for a day before the one shown
            automatic = sum(1 for row in newly if row.automatic_only)
            petition_later = sum(1 for row in newly if row.automatic_only and row.file_on is not None)
            # Filed for already: none to file, counted apart, as the button and `rescreen` do (R55).
            filed = sum(1 for row in newly if not row.automatic_only and all_filed(row.court))
            self._say_rescreened(as_of, stored, kept, screened, len(newly) - automatic - filed, automatic, petition_later, filed)
            if moved:
                from ui.tasks import answers_moved_box

                self._answers_moved_box = box = answers_moved_box(self, moved, {row.id: row for row in self.caseload.model.all_rows()})
                box.open()

        self.caseload_loaded.connect(read)
        self.load_in_background()
        if self.client_view is not None:
            self.client_view.results_stored()

    def _say_rescreened(self, as_of: date, stored: int | None, kept: list[Path], screened: list[int] | None,
                        newly: int, automatic: int = 0, petition_later: int = 0, filed: int = 0) -> None:
        if stored is not None:
            said = f"Re-screened {count(stored, 'client')} as of {as_of.isoformat()}."
        elif screened and screened[0] > 0:
            # How many, and what to do about the rest: this message holds the status bar for
            # RESCREEN_SAID_FOR_S, hiding the line that counts those left (A38-04).
            done, total = screened
            left = total - done
            rest = (f"the other {left:,} keeps its old one" if left == 1 else f"the other {left:,} keep their old ones")
            said = (f"Re-screen stopped: {done:,} of {count(total, 'client')} screened, who keep their new results; "
                    f"{rest} until you re-screen again (Caseload > Re-screen whole caseload...).")
        else:
            said = "Re-screen stopped before any client was screened again."
        if newly or automatic or filed:
            # Automatic relief alone (PC 1203.425 / 851.93) is no new filing (N47): said apart,
            # and so are those of them with a petition after it (`petition_later`, of
            # `automatic`), who have something to file on its day (L51).
            groups = [(n, words) for n, words in ((automatic - petition_later, "by automatic relief alone (nothing to file)"),
                                                  (petition_later, "by automatic relief, with a petition to file later"),
                                                  (filed, "with every petition to file already filed"))
                      if n]
            if newly:
                became = f"{count(newly, 'client')} became eligible now"
            else:
                first, words = groups.pop(0)
                became = f"{count(first, 'client')} became eligible now {words}"
            for k, (n, words) in enumerate(groups):
                became += f", {'and ' if k == len(groups) - 1 else ''}{n:,} {words}"
            said += f" {became}: “Newly eligible” above the list shows them."
        if kept:
            said += f" The caseload as it was before this re-screen is kept in {kept[0]}."
        self._held_message = (said, time.monotonic() + RESCREEN_SAID_FOR_S)
        self._announce(said, int(RESCREEN_SAID_FOR_S * 1000))

    def _show_said(self, said: str) -> None:
        """Shown only: said aloud where it happened (a handout saved, in its preview)."""
        self.statusBar().showMessage(said, 15_000)

    _client_said: tuple[int | None, str] | None = None  # the last thing the client page said in the status bar, and of whom

    def _said_of_client(self, said: str) -> None:
        """Said by the open client's page ("Saved: ...", a case removed, a review recorded):
        shown as any message is, and noted as said of them (`_said_of_another_gone`)."""
        client = self.client_view.client if self.client_view is not None else None
        self._client_said = (client.id if client is not None else None, said)
        self._show_said(said)

    def _said_of_another_gone(self, client_id: int | None) -> None:
        """A client opened (or a new one started: `client_id` None): what the page said of the
        client before them is taken away, as what the list said is (A38-05).  Held 15 seconds,
        "1 result marked reviewed by attorney. Edit > Undo takes the review back." stood under
        the next client's name, opened with Enter, a click or the search box, as if said of them
        (K111-01; V109-01 replaced it on a client opened from Review needed only).  Said of the
        same client, it stays; what was said of anything else (a re-screen, Undone ...) stays."""
        said = self._client_said
        if said is None or said[0] == client_id:
            return
        self._take_back_said_of_client(said[1])

    def _said_of_a_client_not_listed(self) -> None:
        """Back on the list, what the page said of the client just left stays while their line is
        shown (K111-01); searched or filtered off it, it is taken away: "1 result marked reviewed
        by attorney. Edit > Undo takes the review back." stood over a search for another name
        that found nobody, of a client the list did not show (T127 saw it)."""
        said = self._client_said
        if said is None or self.pages.currentWidget() is not self.caseload:
            return
        if said[0] is None or self.caseload.model.row_of_client(said[0]) is None:
            self._take_back_said_of_client(said[1])

    def _take_back_said_of_client(self, said: str) -> None:
        self._client_said = None
        self._take_back_said(said)

    def _review_said(self, said: str, none_left: bool) -> None:
        """A review recorded, shown; after the client's last result to review, that it was, and
        who is left on the attorney's queue (V109-04): it took F8, or the table read by eye;
        before it, how many of theirs are left and that F8 goes to the next (H337-03).
        Said aloud whole, once, from the table where it happened (X30-05): a screen reader heard
        the review's first sentence and nothing of who is left (K111-02)."""
        view = self.client_view
        client = view.client if view is not None else None
        if none_left and client is not None:
            said += f" None of {client.name}'s results is left to review. " + self._others_awaiting_review_said(client.id)
        elif client is not None and (left := len(view.eligibility.rows_to_review())):
            # Before the last too, how many are left and the key to the next (H337-03): Down
            # went on to a row that waits for nobody.
            said += f" {left} of {client.name}'s results {'is' if left == 1 else 'are'} still to review: F8 goes to the next."
        self._said_of_client(said)
        if view is not None:
            announce(view.eligibility.table, said)

    def _say(self, said: str) -> None:
        self._announce(said, 8000)

    def _announce(self, said: str, ms: int) -> None:
        """Show `said` in the status bar and hand it to a screen reader as an announcement.
        A status bar's message only changes its accessible name, which a screen reader does
        not read out unless it is asked to: the end of a re-screen the user waited on was
        silent for them (W24B-03), and so were what Undo undid and who was deleted."""
        self.statusBar().showMessage(said, ms)
        announce(self.statusBar(), said)

    _list_version: int | None = None  # the caseload's data_version when the list was read

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._follow_other_desks()
            self._follow_the_day()

    def _follow_the_day(self) -> None:
        """A new day since the window last looked (past midnight, or the laptop woken in the
        morning): the page in front moves on to it, as coming back to it does (show_caseload,
        open_client).  A dialog or a list popped up in front (a task's progress, a handout, a
        calendar), or typing not saved on the client shown, is left alone: a later look, once it
        is closed or saved, moves it on.  So is a caseload busy or unreadable as it looks."""
        from db.errors import CaseloadError

        today = self.today
        if today == self._day_seen or self._closed_once:
            return
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return
        shown = self.pages.currentWidget()
        try:
            if shown is self.caseload:
                self._loaded_status()  # dates come since the last screening (G18-06)
                self.caseload.follow_today()  # and the filters that count from today (P101-02)
            elif shown is not None and shown is self.client_view and not self.client_view.follow_the_day():
                return
        except CaseloadError:
            # Held by another program as the day's screening is stored (another desk's
            # re-screen): the refusal escaped the timer, and the window said the caseload was
            # busy, unasked, at midnight (R198-02).  Nobody asked; the next look tries again.
            return
        self._day_seen = today

    _audit_seen: int | None = None  # the audit log's last entry when the list was read (or followed)
    # More clients changed elsewhere than this and the list is read again whole, on a worker:
    # each line put in its place costs 12 to 20 ms at 100,000 clients (D32-03).
    FOLLOWED_LINES = 5

    def _follow_other_desks(self) -> None:
        """Coming back to the window: the lines of clients another window or desk removed,
        added or changed (a name, an outcome re-screened) since the list was read follow, in
        their places, the selection and scrolling kept.  Removed lines stayed until the
        caseload was loaded again, and opening one said "There is no client number 2"
        (U31B-03); added and changed ones showed only then (D32-03).

        Only when another connection has written since (PRAGMA data_version), and only the
        clients the audit log names since: a few rows, where reading every id took about 90 ms
        at 100,000 clients.  A change of many (a whole re-screen, an import, a restore) reads
        the list again on a worker."""
        from db.errors import CaseloadError

        if self._list_version is None or self._closed_once or self._replacing_file:
            # No list read yet, or the window closed (its caseload perhaps closed with it), or
            # Encrypt is replacing the file, its connection closed (S63: a window activated then
            # read it, "Cannot operate on a closed database"); the list follows on the next return.
            return
        try:
            version = self.repo.data_version()
            if version == self._list_version:
                return
            last, changed = self.repo.changes_since(self._audit_seen)
            if changed is None or len(changed) > self.FOLLOWED_LINES:
                self.load_in_background()  # notes the version and the audit entry read from
                self._follow_open_client(changed)
                return
            rows = self.repo.client_rows(changed) if changed else []
            self._list_version, self._audit_seen = version, last
        except CaseloadError:
            return  # busy or unreadable: the list stays as it is, a later return tries again
        model = self.caseload.model
        stored = {row.id for row in rows}
        gone = [model.listed(client_id) for client_id in sorted(changed - stored) if model.listed(client_id) is not None]
        added = {row.id for row in rows if model.listed(row.id) is None}
        for row in gone:
            model.remove_client(row.id)
        for row in rows:
            if row.id in added:
                # Added: their stored screening joins the counts, read alone as `client_changed`
                # does (counting the whole caseload again took 0.4 s at 100,000 clients: P29B-01).
                self.screening_counts.add(self.repo.screening_counts_of(row.id, RULES_VERSION, self.today))
            self.caseload.update_client(row)
        self._follow_open_client(changed)
        if not gone and not rows:
            return
        if gone or self._counts_moved_elsewhere([row.id for row in rows if row.id not in added]):
            # As `client_removed`, once for them all: their screenings are gone with them.
            self.screening_counts = self.repo.screening_counts(RULES_VERSION, self.today)
        if gone or self.caseload.events_offered() != set(model.events()):
            # A clinic event may join or leave the filter: leave it too where its clients went
            # to another (renamed in another window, R107), which no added name would tell.
            self.caseload.refresh_choices()
            self._events_offered_to_the_record()
        else:
            self.caseload.update_counts()
        self._loaded_status()
        if gone:
            names = ", ".join(row.name for row in gone[:3]) + (f" and {count(len(gone) - 3, 'other')}" if len(gone) > 3 else "")
            self._announce(f"Removed in another window or on another desk, taken off the list: {names}", 8000)

    def _counts_moved_elsewhere(self, client_ids: list[int]) -> bool:
        """Whether another desk's changes to these clients, in the list already, may have moved
        the screening counts: their part before is not known, so they are counted again where
        anyone was counted by other rules or a later day, or one of them is now.  Olga, screened
        by older rules and opened there (today's rules' result stored), still stood in "Older
        rules" here and in its count until the next load (R385-01).  A caseload all on today's
        rules, the usual day, reads one screening a client changed, not the whole caseload."""
        counts = self.screening_counts
        if not client_ids:
            return False
        if counts.older or counts.newer or counts.later:
            return True
        for client_id in client_ids:
            theirs = self.repo.screening_counts_of(client_id, RULES_VERSION, self.today)
            if theirs.older or theirs.newer or theirs.later:
                return True
        return False

    def _follow_open_client(self, changed: set[int] | None) -> None:
        """The client open on the Record, Checklist or Eligibility page, among those another
        window or desk changed (`changed`; None: not known, perhaps): shown again as stored, or,
        with typing not saved, the typing kept and why saving it will be refused said (W33-03:
        the pages kept showing what another desk had since changed or re-screened)."""
        from db.errors import CaseloadError

        view = self.client_view
        if view is None or self.pages.currentWidget() is not view or view.client is None or view.client.id is None:
            return
        client_id, name = view.client.id, view.client.name
        if changed is not None and client_id not in changed:
            return
        typing = view.typing_unsaved()
        try:
            followed = view.follow_stored(self.caseload.model.listed(client_id))
        except CaseloadError:
            return  # busy or unreadable: a later return to the window tries again
        if followed == "typing":
            # What the save's own check does (Repository.save_client's `expected`, D21-02): it
            # refuses, saying so, and shows the record as stored, the typing put back over it,
            # the Record tab's (K63-04) and a payment, date or count on the Checklist (A64-01).
            self._announce(f"{name}'s record was changed in another window or on another desk since you opened it. "
                           f"What you typed is kept here, not saved: saving it will be refused once (it would undo their change), "
                           f"and what you typed then put over their record, for you to check and save.", 30_000)
        elif followed == "shown":
            self._announce(f"{name}'s record was changed in another window or on another desk: shown as it is now.", 8000)
        elif followed == "removed":
            view.drop_removed()
            lost = " What you typed for them could not be saved." if typing else ""
            QMessageBox.warning(self, "Clinic Desk", f"{name or f'Client number {client_id}'} is no longer in this caseload: "
                                                     f"removed in another window or on another desk.{lost}")

    def event(self, event) -> bool:
        """A menu's status tips (one per item hovered, an empty one on leaving it) replace the
        status bar's message and then clear it: opening any menu took the re-screen's result,
        and the name of the copy kept from before it, off for good (W23C-02).  The message
        held comes back once the tip is gone, for the rest of its time."""
        if event.type() != QEvent.Type.StatusTip or self._held_message is None:
            return super().event(event)
        self._showing_tip = True
        try:
            handled = super().event(event)
        finally:
            self._showing_tip = False
        said, until = self._held_message
        left = until - time.monotonic()
        if left <= 0:
            self._held_message = None
        elif not self.statusBar().currentMessage():
            self.statusBar().showMessage(said, max(1, int(left * 1000)))
        return handled

    _last_message = ""  # the last message the status bar said (not a menu's tip), for show_whole_message

    def _update_pane_action(self) -> None:
        """Greyed where the keyboard is in no split pane (the caseload), and, saying why, where its
        panes are stacked each whole (M128-01); "Put the panes back" where its split is given over."""
        found = pane_in_use(self.focusWidget())
        whole = found is not None and not has_room_to_give(found[0])
        self.pane_action.setEnabled(found is not None and not whole)
        self.pane_action.setText(PANE_WHOLE if whole else PANE_BACK if found is not None and is_given_over(found[0])
                                 else PANE_LARGER)

    def give_pane_more_room(self) -> None:
        """View > Give the pane in use more room, or put the panes back (ui.panes); the keyboard stays where it was."""
        found = pane_in_use(self.focusWidget())
        if found is not None and has_room_to_give(found[0]):
            give_more_room_or_put_back(*found)

    def go_to_result_to_review(self, step: int) -> None:
        """View > Next (`step` 1) or Previous (-1) result to review: the open client's Eligibility
        tab, on the next row awaiting the attorney, the keyboard on it (so Alt+D marks it), and
        which of how many said."""
        from ui.client_view import TAB_ELIGIBILITY

        view = self.client_view
        if view is None or self.pages.currentWidget() is not view or view.client is None:
            self._say("Next result to review is for the open client: open one first (Review needed, on the "
                      "caseload list, shows the clients awaiting an attorney).")
            return
        # From another tab, the row the Eligibility tab is on counts too: it opens on its first
        # row, and F8 went past a first row awaiting review.  The tab is filled as it shows.
        came = view.tabs.currentIndex() != TAB_ELIGIBILITY
        view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
        panel = view.eligibility
        said = panel.choose_next_to_review(step, here_too=came)
        if not said:
            self._say(f"No result of {view.client.name} awaits an attorney's review on the Eligibility tab. "
                      + self._others_awaiting_review_said(view.client.id))
            return
        if panel.shown_stored() is not None:
            said += " A stored result is shown: choose \"Screened now\" to mark it reviewed."
        panel.table.setFocus()
        self._say(said)

    def _others_awaiting_review_said(self, client_id: int) -> str:
        """How many other clients of the list (as filtered, the Attorney review count's first
        number) still await an attorney's review, and the keys to the next (V109-02): F8 past a
        client's last review said only that none of theirs was left, at 5 pm with an event's
        queue to go through."""
        from clinic_app.review import awaits_attorney

        model = self.caseload.model
        shown = model.counts_shown()
        row = model.row_of_client(client_id)
        waiting = (shown if shown is not None else model.counts()).get("review", 0)
        waiting -= 1 if row is not None and awaits_attorney(model.row_at(row)) else 0  # a denial of theirs still waits
        where = "of the list" if shown is not None else "in the caseload"
        if waiting <= 0:
            return f"No other client {where} waits for an attorney's review."
        how = ("where Enter opens the next" if self.caseload.review.isChecked()
               else "where Review needed shows them")
        return (f"{count(waiting, 'client')} {where} still {'waits' if waiting == 1 else 'wait'} for one: "
                f"Ctrl+L goes back to the list, {how}.")

    def show_whole_message(self) -> None:
        """View > Whole status message: the status bar's message, or the last one it said if it
        is gone (a menu's tip takes it as the mouse goes by), and the caseload's own line,
        whole and selectable (a kept copy's path can be copied)."""
        said = self.statusBar().currentMessage() or self._last_message
        lines = [said] if said else []
        if self.status.text():
            lines.append(self.status.text())
        box = QMessageBox(QMessageBox.Icon.Information, "Status bar", "\n\n".join(lines) or "The status bar says nothing now.",
                          QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    def _message_changed(self, text: str) -> None:
        """A later message (Undone..., Deleted...) takes the held one's place for good."""
        if text and not self._showing_tip:
            self._last_message = text
        if text and not self._showing_tip and self._held_message is not None and text != self._held_message[0]:
            self._held_message = None

    def backup(self) -> None:
        from ui.tasks import backup_dialog

        # The copy is of the caseload as saved: the open record's typing is saved first, as
        # before Export the clients shown (U67-05); the phone typed last at an event was not
        # in the copy taken home on a USB stick, and "The caseload is backed up" (R68-02).
        if not self._may_leave_first("back up the caseload"):
            return
        backup_dialog(self, self.db_path, passphrase=self.repo.passphrase)

    def _show_last_backup(self) -> None:
        from db.backup import KEEP_AUTOMATIC, automatic_backups, backups_folder, made_at, made_said

        folder = backups_folder(self.db_path)
        made = automatic_backups(folder, self.db_path)
        if made:
            when = made_said(made_at(made[-1]))
            self.last_backup_action.setText(f"Last automatic backup: {when}")
        else:
            self.last_backup_action.setText("No automatic backup yet")
        tip = (f"Made in {folder} every hour and when Clinic Desk closes, after the caseload changed; the newest {KEEP_AUTOMATIC} are kept. "
               "To go back to one: File > Restore from backup...")
        from ui.help_menu import give_tip

        give_tip(self.last_backup_action, tip)

    def _caseload_changed_since_backup(self) -> bool:
        """Whether the caseload changed (its audit log) since its newest automatic backup.

        Since the newest backup, not since this window opened: changes of a session that
        ended in a crash, or made by another desk or the command line, are backed up too,
        and a day spent only reading makes no backup that would push an older one out.
        """
        from db.backup import automatic_backups, backups_folder, made_at
        from db.errors import CaseloadError

        try:
            changed = self.repo.last_change()
        except CaseloadError:
            return True  # cannot tell: a backup too many is better than one too few
        if changed is None:
            return False  # a new, empty caseload
        made = automatic_backups(backups_folder(self.db_path), self.db_path)
        # >=: the log keeps whole seconds, so a change in the backup's second may be newer.
        return not made or changed >= made_at(made[-1]).replace(microsecond=0)

    def _back_up_before_closing(self) -> None:
        """The automatic backup, on a worker behind a progress dialog while the window waits.

        A failed backup is said and the window closes anyway: every edit is already saved
        in the caseload itself, and a full disk must not keep anyone from closing.
        """
        from PySide6.QtCore import QEventLoop

        from ui.crash import show_crash, user_error_text
        from ui.tasks import run_with_progress

        db_path, passphrase = self.db_path, self.repo.passphrase

        def job(ctx) -> Path:
            from db.backup import backup_rotating
            from db.connection import open_caseload

            ctx.progress(0, 1, "Copying...")
            db = open_caseload(db_path, create=False, passphrase=passphrase)
            try:
                return backup_rotating(db)
            finally:
                db.close()

        def failed(error: BaseException, report: str) -> None:
            text = user_error_text(error)
            if text is None:
                show_crash(self, report)
                return
            QMessageBox.warning(self, "Clinic Desk", f"The automatic backup was not made. {text}\n\n"
                                "Everything you saved is in the caseload itself. Make a backup (File > Back up caseload) "
                                "when you can.")

        self._backing_up = True
        self.status.setText("Backing up the caseload before closing...")
        # One step (SQLite's backup API): it cannot stop half-way.
        task, _progress = run_with_progress(self, "Backing up the caseload before closing", job, on_failed=failed, can_stop=False)
        waiting = QEventLoop()
        for signal in (task.signals.done, task.signals.failed, task.signals.cancelled):
            signal.connect(waiting.quit, Qt.ConnectionType.QueuedConnection)
        # A backup that ended before these connections (one failing at once: a full disk, a
        # backups folder that cannot be made) sent its signal to no one, and the window waited
        # for ever at closing (D22-05): so the wait also ends when the task has finished.
        ended = QTimer()
        ended.timeout.connect(lambda: task.finished.is_set() and waiting.quit())
        ended.start(50)
        waiting.exec()
        ended.stop()
        QApplication.sendPostedEvents()  # its answer (a warning) before the window goes
        self._backing_up = False

    def _back_up_while_open(self) -> None:
        """The hourly automatic backup, when the caseload changed since the newest one: the
        same verified, rotating backup as at closing, on a worker with no dialog, so that
        work goes on.  A failure is said in the status bar (every edit is already saved in
        the caseload itself) and tried again at the next hour."""
        from ui.crash import show_crash, user_error_text
        from ui.tasks import run_unseen

        if self._replacing_file:
            # The connection is closed while the file is replaced: the hour's check read it and
            # showed the crash dialog, and a backup made then would have copied the plain file
            # beside the encrypted one.  It is made once the new file is open.
            self._backup_after_replacing = True
            return
        if self._backing_up or self._closed_once or self._open_backup is not None or not self._caseload_changed_since_backup():
            return
        db_path, passphrase = self.db_path, self.repo.passphrase

        def job(_ctx) -> Path:
            from db.backup import backup_rotating
            from db.connection import open_caseload

            db = open_caseload(db_path, create=False, passphrase=passphrase)
            try:
                return backup_rotating(db)
            finally:
                db.close()

        def done(_made: Path) -> None:
            self._open_backup = None

        def failed(error: BaseException, report: str) -> None:
            self._open_backup = None
            text = user_error_text(error)
            if text is None:
                show_crash(self, report)
                return
            said = f"The automatic backup was not made: {text} Everything you saved is in the caseload itself."
            self.status.setText(said)
            # Aloud too: set in the status line only, a screen-reader user never heard that the
            # caseload was no longer being backed up (F63-04).
            announce(self.status, said)

        self._open_backup = run_unseen(job, on_done=done, on_failed=failed, what="The hourly automatic backup")

    def import_requests(self) -> None:
        from ui.tasks import import_dialog

        if self._read_only_said(IMPORT_CANNOT_BE_SAVED_SAID):
            return
        import_dialog(self, self.db_path, on_done=lambda _n: self.load_in_background(), passphrase=self.repo.passphrase,
                      as_of=self.today)

    def encrypt_caseload(self) -> None:
        """File > Encrypt caseload: choose a passphrase, then the file is encrypted in place
        (on a worker, behind a progress dialog: the window must not use the caseload meanwhile)."""
        from PySide6.QtWidgets import QDialog

        from db.cipher import WHERE_THE_LAST_BACKUP_WENT, driver, looks_encrypted, plain_backups_warning
        from db.errors import CaseloadError
        from ui.crash import show_caseload_error
        from ui.passphrase_dialog import NewPassphraseDialog
        from ui.tasks import run_with_progress

        if self._read_only_said(PASSPHRASE_CANNOT_BE_SAVED_SAID):
            return
        try:
            driver()
        except CaseloadError as error:
            show_caseload_error(self, error)
            return
        if not self._may_leave_client("encrypt the caseload", leaving=False):
            return  # the caseload is closed for the conversion: the edit in the fields is saved first
        dialog = NewPassphraseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.passphrase()
        self._no_draft_while_replaced()
        convert = self._replacing(lambda: self.repo.encrypt(passphrase))

        def done(plain_backups) -> None:
            self.encrypt_action.setEnabled(False)
            self.rekey_action.setEnabled(True)
            self.caseload.caseload_encrypted()
            text = "The caseload is encrypted. From now on Clinic Desk asks for the passphrase when it starts."
            if plain_backups:
                text += "\n\n" + plain_backups_warning(plain_backups)
            if elsewhere := [p for p in self._window_backups_elsewhere() if not looks_encrypted(p)]:
                text += "\n\n" + plain_backups_warning(elsewhere, WHERE_THE_LAST_BACKUP_WENT)
            QMessageBox.information(self, "Caseload encrypted", text)

        # The conversion is one step: it cannot stop half-way.
        run_with_progress(self, "Encrypting the caseload", convert, on_done=done, can_stop=False)

    def _window_backups_elsewhere(self) -> list[Path]:
        """The window's backups in the folder the last one went to, where that is not beside the
        caseload: File > Back up caseload... offers that folder since B130-01, and encrypting and
        a new passphrase named those beside the caseload alone, so a plain copy of every client
        left in a laptop folder went unsaid (D21-06)."""
        from db.cipher import window_backups
        from ui.tasks import last_backup_folder

        folder = last_backup_folder()
        if folder is None or folder.resolve() == self.db_path.parent.resolve():
            return []
        return window_backups(self.db_path, folder)

    def _no_draft_while_replaced(self) -> None:
        """No draft of the open record is written while the caseload's file is replaced (its
        connection closed on a worker): the draft due a moment after the last keystroke was
        written then, and the user got the crash dialog, "Cannot operate on a closed
        database" (Q61-01).  The record was left first (saved, or its typing discarded)."""
        if self.client_view is not None:
            self.client_view.stop_drafting()

    def _back_up_held_off(self) -> None:
        if self._backup_after_replacing:
            self._backup_after_replacing = False
            self._back_up_while_open()

    def _replacing(self, replace: Callable[[], object]) -> Callable[[object], object]:
        """The worker's job for Encrypt or Change passphrase: `replace` runs with the hourly
        backup held off (see _back_up_while_open).  A backup already running is waited for
        first, on the worker behind the progress dialog: it reads the file about to be replaced."""
        running_backup = self._open_backup
        self._replacing_file = True

        def job(_ctx) -> object:
            try:
                if running_backup is not None:
                    running_backup.finished.wait()
                return replace()
            finally:
                self._replacing_file = False  # the new file is open (or the old one again)
                self.file_replaced.emit()

        return job

    def change_passphrase(self) -> None:
        """File > Change passphrase: a new one typed twice, then the caseload is copied under
        it and takes the old file's place (on a worker, as encrypting is)."""
        from PySide6.QtWidgets import QDialog

        from db.cipher import WHERE_THE_LAST_BACKUP_WENT, looks_encrypted, old_passphrase_warning
        from ui.passphrase_dialog import NewPassphraseDialog
        from ui.tasks import run_with_progress

        if self._read_only_said(PASSPHRASE_CANNOT_BE_SAVED_SAID):
            return
        if not self._may_leave_client("change the passphrase", leaving=False):
            return  # the caseload is closed for the copy: the edit in the fields is saved first
        dialog = NewPassphraseDialog(self, NewPassphraseDialog.CHANGE)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.passphrase()
        self._no_draft_while_replaced()
        convert = self._replacing(lambda: self.repo.change_passphrase(passphrase))

        def done(old_copies) -> None:
            text = "The caseload now opens with the new passphrase only."
            if old_copies:
                text += "\n\n" + old_passphrase_warning(old_copies)
            if elsewhere := [p for p in self._window_backups_elsewhere() if looks_encrypted(p)]:
                text += "\n\n" + old_passphrase_warning(elsewhere, WHERE_THE_LAST_BACKUP_WENT)
            QMessageBox.information(self, "Passphrase changed", text)

        # One step: it cannot stop half-way.
        run_with_progress(self, "Changing the passphrase", convert, on_done=done, can_stop=False)

    def edit_clinic_details(self) -> None:
        from ui.clinic_dialog import ClinicDetailsDialog

        if self._read_only_said(CLINIC_DETAILS_CANNOT_BE_SAVED_SAID):
            return
        ClinicDetailsDialog(self.repo, self).exec()
        self.caseload.clinic_details_changed()  # an empty caseload's first steps no longer ask for them (J63-03)

    def _clinic(self):
        """The clinic's details as the caseload keeps them (File > Clinic details), which its
        handouts print."""
        from clinic_app.handouts.command import clinic_from_settings

        return clinic_from_settings(self.repo.get_setting)

    def print_event(self) -> None:
        from clinic_app.handouts.document import batch_note
        from clinic_app.review import awaits_attorney
        from ui.tasks import event_handouts_dialog

        event = self.caseload.event.currentData() or self._event_to_print()
        if event is not None and self._may_leave_first("print the event's handouts"):
            rows = [row for row in self.caseload.model.all_rows() if row.event == event]
            screened: dict = {}  # the note's screenings, the batch's: each client screened once (Z114-02)
            note = batch_note(self._clinic(), (row.language for row in rows), no_case=[row.name for row in rows if not row.case_count],
                              awaiting_review=sum(map(awaits_attorney, rows)),
                              unlisted_review=sum(self._review_unlisted(row, screened) for row in rows),
                              # Its commands list this event's: without, the whole caseload's queue (M58-05).
                              event=event, command=self.command, read_only=self.repo.read_only())
            event_handouts_dialog(self, self.db_path, event, self.today, passphrase=self.repo.passphrase, note=note,
                                  screened=screened, languages=[row.language for row in rows], clock=lambda: self.today)

    def _name_shown_actions(self) -> None:
        shown = self.caseload.model.rowCount()
        self.shown_handouts_action.setText(f"Han&douts for the {count(shown, 'client')} shown...")
        self.shown_handouts_action.setEnabled(shown > 0)
        self.shown_worksheets_action.setText(f"Filing &worksheets for the {count(shown, 'client')} shown...")
        self.shown_worksheets_action.setEnabled(shown > 0)
        self.export_shown_action.setText(f"E&xport the {count(shown, 'client')} shown...")
        self.export_shown_action.setEnabled(shown > 0)

    def _name_chosen_action(self, *_args) -> None:
        chosen = self.caseload.chosen_count()
        # Greyed at "0 clients chosen", as the clients shown's at "0 clients shown".
        for action, named in ((self.chosen_handouts_action, "&Handouts for the {} chosen..."),
                              (self.chosen_worksheets_action, "Filing wor&ksheets for the {} chosen..."),
                              (self.export_chosen_action, "Export the {} cho&sen...")):
            action.setText(named.format(count(chosen, "client")))
            action.setEnabled(chosen > 0)

    def shown_handouts(self) -> None:
        """Caseload > Handouts for the N clients shown: print or save theirs, in the list's order."""
        self._handouts_of("shown", self.caseload.model.shown_rows)

    def chosen_handouts(self) -> None:
        """Caseload > Handouts for the N clients chosen (and Ctrl+P with several lines chosen):
        print or save the handouts of the lines chosen, in the list's order."""
        self._handouts_of("chosen", self.caseload.chosen_lines)

    def _handouts_of(self, which: str, lines: Callable[[], list]) -> None:
        """The batch of the clients `which` ("shown", "chosen"): their `lines`, read once the
        open record is saved (its save may move or take out a line)."""
        from ui.tasks import shown_handouts_dialog

        if not self._may_leave_first(f"make the handouts of the clients {which}"):
            return
        shown, event = lines(), self.caseload.event.currentData()
        # Fewer than the event's (or the caseload's) whole: no command lists the queue said (W161-04).
        narrowed = len(shown) < sum(1 for row in self.caseload.model.all_rows() if event is None or row.event == event)
        shown_handouts_dialog(self, self.db_path, shown, self.today, passphrase=self.repo.passphrase,
                              clinic=self._clinic(), unlisted=self._review_unlisted, command=self.command,
                              event=event, narrowed=narrowed, clock=lambda: self.today, which=which,
                              read_only=self.repo.read_only())

    def _review_unlisted(self, row, screened: dict | None = None) -> bool:
        """Whether `row`'s handout, made from a fresh screening for today, goes out before an
        attorney's review with the client on no review list (`review_unlisted`): a client never
        screened is screened here as the batch will (C112-01, C113-03), and kept in `screened`
        (`HandoutBatch.screened`) for the batch to print.  A client removed meanwhile gets no
        handout, so is not counted."""
        from clinic_app.eligibility import screen
        from clinic_app.review import review_unlisted

        def screened_afresh():
            client = self.repo.get_client(row.id)
            screening = screen(client.person, client.cases, self.today)
            if screened is not None:
                screened[client.id] = ((client.person, client.cases, self.today), screening)
            return screening

        try:
            return review_unlisted(row, screened_afresh)
        except ClientNotFound:
            return False

    def shown_worksheets(self) -> None:
        """Caseload > Filing worksheets for the N clients shown: a folder of them, in the list's order."""
        self._worksheets_of("shown", self.caseload.model.shown_rows)

    def chosen_worksheets(self) -> None:
        """Caseload > Filing worksheets for the N clients chosen: the lines chosen's, in the list's order."""
        self._worksheets_of("chosen", self.caseload.chosen_lines)

    def _worksheets_of(self, which: str, lines: Callable[[], list]) -> None:
        """The worksheet batch of the clients `which` ("shown", "chosen"): their `lines`, read once
        the open record is saved, as their handouts' (`_handouts_of`)."""
        from ui.tasks import shown_worksheets_dialog

        if not self._may_leave_first(f"make the worksheets of the clients {which}"):
            return
        shown_worksheets_dialog(self, self.db_path, lines(), self.today, passphrase=self.repo.passphrase,
                                event=self.caseload.event.currentData(), clock=lambda: self.today, which=which)

    def export_shown(self):
        """Caseload > Export the N clients shown: their records to a file another caseload imports."""
        return self._export_of("shown", self.caseload.model.shown_rows)

    def export_chosen(self):
        """Caseload > Export the N clients chosen: the records of the lines chosen, in the list's order."""
        return self._export_of("chosen", self.caseload.chosen_lines)

    def _export_of(self, which: str, lines: Callable[[], list]):
        """The export of the clients `which` ("shown", "chosen"): their `lines`, read once the open
        record is saved.  The file offered is named by the list's filters, and the chosen's by how
        many were chosen too: the lines chosen are among those the filters show."""
        from ui.tasks import export_shown_dialog

        # The batches read the caseload as saved: the open record's typing is saved first, as
        # before Merge or Encrypt; the phone typed last at an event went to the clinic
        # without it, and not a word (U67-05).
        if not self._may_leave_first(f"export the clients {which}"):
            return None
        rows = lines()
        narrowed_by = self.caseload.filters_said() + ([f"{count(len(rows), 'client')} chosen"] if which == "chosen" else [])
        return export_shown_dialog(self, self.db_path, [row.id for row in rows], passphrase=self.repo.passphrase,
                                   event=self.caseload.event.currentData(), names={row.id: row.name for row in rows},
                                   narrowed_by=narrowed_by, day=self.today, which=which)

    def _event_to_print(self) -> str | None:
        """The event whose handouts to print when the Event filter shows every event: the
        caseload's only one, or the one chosen from a list; None when there is none or the
        choice was cancelled.  The volunteer had been sent away to the filter ("Choose a
        clinic event in the Event filter first"), then back to the menu, though the caseload
        of an event laptop has one event (E29-03)."""
        events = self.caseload.model.events()
        if not events:
            QMessageBox.information(self, "Handouts", "No client has a clinic event yet. Give each client the event they "
                                    "were seen at (intake's Event box, or Clinic event in the record), or print a "
                                    "client's handout from their record.")
            return None
        if len(events) == 1:
            return events[0]
        from PySide6.QtWidgets import QDialog, QInputDialog

        ask = QInputDialog(self)
        ask.setWindowTitle("Handouts")
        ask.setLabelText("Print the handouts of which clinic event?")
        ask.setComboBoxItems(events)
        ask.setComboBoxEditable(False)
        chosen = ask.textValue() if ask.exec() == QDialog.DialogCode.Accepted else None
        ask.deleteLater()
        return chosen

    def _name_report_action(self) -> None:
        event = self.caseload.event.currentData()
        # "&&": an event named "Tom & Jerry's fair" shows its "&" and does not take the Alt letter.
        named = f"Repor&t for {event.replace('&', '&&')}" if event else "Repor&t for the whole caseload"
        # And the Language filter's language, whose clients alone it counts, as its head says (K315-02).
        language = self.caseload.language.currentData()
        self.report_action.setText(f"{named}: {self.caseload.language.currentText()} speakers..." if language else f"{named}...")

    def show_report(self) -> None:
        from ui.tasks import report_dialog

        # The counts are read from the caseload as saved: the open record's typing is saved
        # (and screened) first, as before an export (U67-05); the day's report counted the last
        # client by their record before the typing, one off from the list (P68-03).
        if not self._may_leave_first("make the report"):
            return
        report_dialog(self, self.db_path, self.caseload.event.currentData(), self.today, passphrase=self.repo.passphrase,
                      language=self.caseload.language.currentData())

    def save_worksheet(self) -> None:
        """Caseload > Filing worksheet: save the open client's, or on the caseload list the
        chosen client's, and say where it went.  Greyed on the list, the paralegal going down
        "To file within 7 days" opened each client to save theirs, where Ctrl+P gave each
        handout from the list (K81-01; P92-02).  With several lines chosen, their batch.  The list
        stays as it was; nothing is stored."""
        view = self.client_view
        if view is not None and self.pages.currentWidget() is view:
            if view.client is None:
                return
            target = view.save_worksheet()
        else:
            if self.caseload.chosen_count() > 1:
                # Their batch, as Ctrl+P makes their handouts: "acts on one" sent a paralegal
                # with ten filings chosen to filter the list to exactly them (M245-01).
                self.chosen_worksheets()
                return
            client = self._chosen_in_list()
            if client is None:
                return
            from ui.client_view import save_client_worksheet

            target = save_client_worksheet(self, self.repo, client, None, self.today)
        if target is not None:
            # The folder in full, aloud and in the status bar, as a saved handout says it (E27B-05),
            # and that the PDF is not encrypted where the caseload is (P68-01).
            from ui.handout_dialog import saved_said

            self._announce(saved_said(target, self.repo), 15_000)

    def print_current(self) -> None:
        """Caseload > Print handout (Ctrl+P): the handout preview of the open client, or on the
        caseload list of the client chosen there.  Ctrl+P on a line of the list opened nothing
        (K81-01, from P80): the paralegal going down a filtered list had to open each client
        first.  The list stays as it was behind the preview, and no record is opened."""
        view = self.client_view
        if view is not None and self.pages.currentWidget() is view:
            if view.client is not None:
                view.print_handout()
            return
        if self.caseload.chosen_count() > 1:
            self.chosen_handouts()  # their batch, its question naming how many (M231-01)
            return
        client = self._chosen_in_list("Print handout")
        if client is None:
            return
        from ui.handout_dialog import handout_preview

        # Screened as of today, as opening the client screens them: nothing is stored.
        dialog = handout_preview(self.repo, client, None, today=self.today, parent=self, clock=lambda: self.today,
                                 keep_language=lambda lang: self._client_view().keep_handout_language(client, lang))
        dialog.said.connect(self._show_said)
        dialog.exec()
        dialog.deleteLater()

    def start_intake(self) -> None:
        from db.errors import CaseloadError
        from ui.crash import show_caseload_error
        from ui.intake import IntakeDialog
        from ui.keys import TextTypedAhead

        if self._read_only_said(INTAKE_CANNOT_BE_SAVED_SAID):
            return
        # The record open is left first, as for any other client: typing not saved stayed in
        # its fields under intake, and the first Ctrl+Z after intake saved it and took it back
        # before intake's steps (U36-02).  Valid typing is saved, typing that cannot be is
        # asked about (staying: no intake), and intake's clients are then seen in the list.
        try:
            if not self.show_caseload(where="start clinic intake"):
                return
        except CaseloadError as error:  # the file busy and Retry cancelled, read-only, full
            show_caseload_error(self, error)
            return
        # Through the client page, each step is an undo step of the window's (U33-02).  Made before
        # the typing is held (keys typed meanwhile wait for the event loop all the same): made
        # while it was, the application filter put back was asked before the holder (P213-01).
        workspace = self._client_view()
        # The name typed at once after Ctrl+I, while intake is built, is held for its Name box:
        # Qt dropped it once the dialog was up, "Maria" stored as "ria" (M89-02).
        with TextTypedAhead(self) as typed:
            # The clock, not its day now: intake may be left open past midnight (N61-02).
            dialog = IntakeDialog(self.repo, today=lambda: self.today, events=self.caseload.model.events(), parent=self,
                                  workspace=workspace, event=self._intake_event, made_up=self._made_up)
            dialog.client_saved.connect(self.client_changed)
            typed.read_queued()
        QTimer.singleShot(0, dialog, lambda: typed.give_to(dialog.name))  # once shown, before any key typed after
        dialog.exec()
        # Kept for the next intake of this window (not for the next time the program starts:
        # that may be another day's event).
        self._intake_event = dialog.event.currentText().strip() or None
        # Done leaves the list on the client just taken in, so Enter opens her record: it was
        # left on its first line, a client of another day, and the walk-in was searched for
        # again (Z86-01).  With nobody in intake's boxes (Done after Next client), the last one
        # it took in (R87-02).  One undone at intake is in the list no more: nothing is chosen.
        chosen = dialog.client.id if dialog.client is not None else dialog.last_taken_in
        if chosen is not None:
            self._choose_in_list(chosen)

    def _choose_in_list(self, client_id: int) -> None:
        """Choose the client in the list, the search and filters cleared where they hide them:
        the list still searched "guzman", the client opened before intake, and Enter after Done
        opened her, not the walk-in just taken in (Z86-02)."""
        model = self.caseload.model
        if model.listed(client_id) is None:
            return
        if model.row_of_client(client_id) is None:  # in the caseload, not in what the list shows
            self.caseload.show_every_client()
        self.caseload.select_client(client_id)
        self.caseload.table.setFocus()

    # ---- look and settings -----------------------------------------------------------

    def toggle_dark(self, dark: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, dark)
            QSettings().setValue("theme/dark", dark)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(on_screen(self, 1280, 800))  # the first time; a small laptop's screen has less (W27B-06)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._backing_up:
            event.ignore()  # closed again while the automatic backup runs: it closes after it
            return
        # An edit in the fields that could not be saved (the file busy, read-only, the disk full)
        # keeps the window open with it.  A close event is accepted unless ignored, so the window
        # closed and the edit was lost (W21-10).
        if not self._may_leave_first("close Clinic Desk", leaving=True):
            event.ignore()
            return
        if QApplication.platformName() != "offscreen":
            # An offscreen window (`clinic-app --screenshot`, `ui.screenshots`, the tests) is
            # nobody's window on a screen: its size had replaced the user's own in their
            # settings each time the documentation or the test suite ran (V27-02).
            QSettings().setValue("window/geometry", self.saveGeometry())
        from ui.tasks import finish_all

        self._backup_timer.stop()
        # A draft due is not kept once the window is closed: its caseload may be closed too.
        if self.client_view is not None:
            self.client_view.stop_drafting()
        # Closed from here on, before the closing backup: its wait serves the window's events, and
        # a list read's answer delivered there (or the build-ahead's timer) started work after
        # every task had been stopped, which nothing waited for: a worker still running as the
        # program ended, emitting into deleted signals (T84-01: `--screenshot` exited 70).
        # Closed again (hidden, its caseload perhaps closed): nothing more to back up.
        closed_before, self._closed_once = self._closed_once, True
        # A worker must not outlive the window that shows its progress (an hourly backup ends first):
        # each is asked to stop and waited for, the window painted; one that does not stop at once
        # is named in a dialog with "Close anyway", where the window froze, silent, up to 30 s (T84).
        finish_all(self)
        self._open_backup = None
        if self.automatic_backups and not closed_before and not self._restoring and self._caseload_changed_since_backup():
            self._back_up_before_closing()
        super().closeEvent(event)
        if self.closes_repo:
            self.repo.close()
