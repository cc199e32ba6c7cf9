"""The Help menu: what Clinic Desk is, its keyboard shortcuts, and where this caseload lives.

A volunteer at a clinic event has a borrowed laptop, no network and no README at hand
(F24-02): what they need to start, and to tell the clinic which caseload they worked in,
is said here, inside the program.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QMenuBar, QMessageBox, QScrollArea, QWidget

from clinic_app.eligibility import RULES_VERSION
from ui.screen_fit import FRAME, room

# An item's property: its keys are listed in the row of the item before it, which these words
# then name for both ("F8, Shift+F8: View > Next / Previous result to review").
LISTED_WITH_THE_ITEM_BEFORE = "listed_with_the_item_before"

# Keys that are no menu item's shortcut, so the menus cannot list them.
OTHER_KEYS = (
    ("Enter", "opens the client chosen in the caseload list; in the search box, the match (several: goes to the list); "
              "the keyboard is then on the Record tab's tab, and Tab goes to Name"),
    ("Escape in the search box", "clears it: the list shows all the filters allow"),
    # Several lines at once, for their handouts (M231-01): Qt's own keys, so no menu lists them.
    # The keys alone on the left: "... in the caseload list" there widened the keys' column, and
    # every row's words wrapped the more, so the list no longer fitted an 800-pixel screen (F63-01).
    ("Shift+Down, Shift+Up, Ctrl+A", "in the caseload list, choose more lines, or every line shown (Shift+click "
                                     "too); Ctrl+P then makes their handouts, Ctrl+C copies their lines"),
    # Lines apart, by the keyboard: without the keys that move and leave the choice, Ctrl+Space
    # could only take out the line the keyboard was on, and Down chose that one alone (R242-03).
    ("Ctrl+Down, Ctrl+Up", "in the caseload list, move without choosing; Ctrl+Space then adds or takes out "
                           "the line (Ctrl+click too)"),
    ("Alt+V, S, then a letter", "sorts the caseload list by that column (View > Sort list by); again, the other way round"),
    ("F1 on the Eligibility tab", "shows the selected result's remedy at a glance (Help > Remedies at a glance)"),
    ("Alt+Left", "goes back to the caseload from a client record"),
    ("Delete in a payment ledger", "removes the payment chosen there (Checklist tab; Ctrl+Z puts it back); "
                                   "Home and End choose its first and last payment. On the line the keyboard "
                                   "only came to, not chosen with an arrow, Space or a click, it asks first"),
    # Alt+P is two things, by the page (L64-04): the list said only the payment's.
    ("Alt+P", "on the Record tab, adds a petition filed to the case shown (Add petition filed); in a payment form "
              "on the Checklist tab, adds the payment typed there (so does Enter in its amount)"),
    # On every count, so no letter of its own (X74-02).
    ("Alt+X on the Record tab", "goes to the Trafficking / IPV related box of the count the keyboard is in "
                                "(of the case's first count from its other fields, the client's and the list "
                                "of cases); again, to the next count's; Space ticks it"),
    ("Alt+letter", "goes to the field, button, tab or menu with that letter underlined (the tab shown: its first field)"),
    ("Ctrl+Z in a field", "undoes the typing there first, then the last saved edit"),
    # In a table, a cut cell's whole words (K97-01) and the column widths (K97-02) were the mouse's alone.
    # The menu's second item said too (W114-02): a column dragged wider is kept, and only it puts it back.
    ("Tab", "moves through a form in the order it shows, and out of a table (arrows move inside one; the status bar "
            "says a cut cell whole, Ctrl+C copies it, the Menu key or Shift+F10 fits its column "
            "or resets the widths)"),
)


def program_version() -> str:
    # Read when About asks: importlib.metadata (and the email package it reads with) was ~13 ms
    # of each start of the program, once sqlite-utils no longer read it at the caseload's
    # opening (P295-02), for a line only About shows.
    from importlib import metadata

    try:
        return metadata.version("clinic-desk")
    except metadata.PackageNotFoundError:  # run from a source folder that was never installed
        return "not installed (a source folder)"


def about_text(db_path: Path) -> str:
    from db.backup import backups_folder
    from ui.eligibility_view import BANNER  # read when asked: the window starts without it

    return (
        "<p><b>Clinic Desk</b> screens California criminal records for record clearance "
        "(PC 1203.4 dismissal and related relief), keeps the clinic's caseload, and prints "
        "each client a plain-language handout in English or Spanish. It works offline: "
        "nothing is ever sent over a network.</p>"
        f"<p><b>{BANNER}</b></p>"
        f"<p>Version {program_version()}; screening rules {RULES_VERSION}.</p>"
        f"<p>This caseload is the file<br><code>{html.escape(str(db_path))}</code><br>"
        f"Its backups are in <code>{html.escape(str(backups_folder(db_path)))}</code>.<br>"
        "To work in another caseload, use File &gt; Open caseload... (or start the program with <code>clinic-app --db PATH</code>); "
        "File &gt; Back up caseload copies this one, and File &gt; Restore from backup... goes back to a copy "
        "(the caseload as it is then is kept aside).</p>"
        "<p>To try the program first, use File &gt; Open demo caseload, or start it with <code>clinic-app --demo</code>: it opens a demo caseload "
        "of its own, filled with made-up clients, and never touches the clinic's; File &gt; Open the clinic's caseload goes back to it.</p>"
        f"{giving_back_text(db_path)}"
    )


def file_dialog_history() -> Path:
    """The file where Qt's own file dialog (Linux without the desktop's dialog) keeps the folders
    chosen in it, every Qt program's: ~/.config/QtProject.conf."""
    from PySide6.QtCore import QSettings

    return Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())


def giving_back_text(db_path: Path) -> str:
    """Where this computer keeps what names clients, for whoever gives a borrowed laptop back
    after a clinic event (C131-02): the README said it under "Moving to a new laptop" alone,
    and no one said where the handouts and worksheets had been saved, which the program
    remembers (the folders only) and the coordinator had forgotten by Monday."""
    from PySide6.QtCore import QCoreApplication, QSettings

    from db.backup import backups_folder
    from db.connection import default_caseload_path
    from ui.client_view import WORKSHEET_FOLDER_SETTING
    from ui.handout_dialog import HANDOUT_FOLDER_SETTING
    from ui.tasks import BACKUP_FOLDER_SETTING, EXPORT_FOLDER_SETTING, IMPORT_FOLDER_SETTING

    def code(path: Path | str) -> str:
        return f"<code>{html.escape(str(path))}</code>"

    data = default_caseload_path().parent
    places = [f"this caseload's file and those beside it that begin with its name (its -wal, copies set aside), "
              f"its backups folder {code(backups_folder(db_path))}"]
    # Said for any caseload but the clinic's own: the demo sits in the same folder as the
    # clinic's caseload, and from the demo "this caseload's file" named the demo alone (R136-01).
    if Path(db_path).absolute() != default_caseload_path().absolute():
        places.append(f"the folder {code(data)} (the clinic's caseload, its backups and the demo)")
    settings = Path(QSettings().fileName())
    # A folder of the program's own, named after it, where Qt keeps the settings so (Linux's
    # ~/.config/ClinicDesk); where it is not, the file alone: macOS keeps it in ~/Library/Preferences,
    # every program's, which "delete the settings folder" would have wiped whole (R136-02).
    if settings.parent.name == QCoreApplication.organizationName():
        places.append(f"the settings folder {code(settings.parent)}")
    else:
        places.append(f"the settings file {code(settings)}")
    for setting, what in ((HANDOUT_FOLDER_SETTING, "the handouts saved, last in"), (WORKSHEET_FOLDER_SETTING, "the worksheets saved, last in"),
                          (BACKUP_FOLDER_SETTING, "the backups you made, last in"),
                          # An export, and the file a laptop's export came in, name every client of it in
                          # plain text, beside an encrypted caseload too (V236-02).
                          (EXPORT_FOLDER_SETTING, "the exports you made, last in"),
                          (IMPORT_FOLDER_SETTING, "the files you imported, last from")):
        folder = QSettings().value(setting, "")
        if folder:
            places.append(f"{what} {code(folder)}")
    # Written by Qt, not by the program, 0644 where the settings are 0600: it holds folder names
    # only, a batch's "handouts-EVENT" or a folder named for a client among them (V236-03).
    history = file_dialog_history()
    if history.is_file() and history.stat().st_size:  # made empty at start (ui.app.keep_settings_private)
        places.append(f"the file dialog's list of the folders chosen in it {code(history)}")
    return ("<p><b>Giving this computer back</b> (a borrowed laptop, once its clients are exported and imported at the "
            "clinic), delete what names clients: " + "; ".join(places) + "; every export (.jsonl) and PDF saved "
            "elsewhere, an event's handouts in their folder; then empty the Trash. The README's "
            "<i>A borrowed laptop, after the event</i> says the rest.</p>")


def menus_in_order(menu_bar: QMenuBar) -> list[QMenu]:
    """The bar's menus in its order, read as its own children, not through `action.menu()`.

    On PySide6 6.9 and 6.10, which pyproject.toml allows, the QMenu that `.menu()` answers is
    tied to that action's wrapper, a temporary: once collected, the menu's wrapper and those of
    its items were invalid, so after Help > Keyboard shortcuts the window's `about_action`,
    `shortcuts_help_action` and `remedies_action` were dead in Python (Q69)."""
    children = menu_bar.findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)
    by_action = {menu.menuAction(): menu for menu in children}
    return [by_action[action] for action in menu_bar.actions() if action in by_action]


def keys_of(action: QAction) -> str:
    """Every key of a menu item, as the menus hold them ("Ctrl+Shift+Z, Ctrl+Y"); "" for none.
    Every one: Redo's Ctrl+Y went unlisted behind its Ctrl+Shift+Z (Q61-05)."""
    return ", ".join(key.toString() for key in action.shortcuts())


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str]]:
    """(keys, what they do) for every menu item with a shortcut, read from the menus
    themselves so the list cannot go stale, then the keys no menu item carries."""
    rows = []
    for menu in menus_in_order(menu_bar):
        menu_title = menu.title().replace("&", "")
        for action in menu.actions():
            keys = keys_of(action)
            pair = action.property(LISTED_WITH_THE_ITEM_BEFORE)
            if keys and pair and rows:
                # One row, of one line, for a pair (F8, Shift+F8: next and previous result to
                # review): the list fits an 800-pixel screen unscrolled, 12 pixels to spare (F63-01).
                rows[-1] = (f"{rows[-1][0]}, {keys}", f"{menu_title} > {pair}")
            elif keys:
                rows.append((keys, f"{menu_title} > {action.text().replace('&', '').rstrip('.')}"))
    return rows + list(OTHER_KEYS)


def shortcuts_text(menu_bar: QMenuBar) -> str:
    lines = "".join(f"<tr><td><b>{html.escape(keys)}</b>&nbsp;&nbsp;</td><td>{html.escape(what)}</td></tr>" for keys, what in shortcut_rows(menu_bar))
    return f"<table>{lines}</table>"


def _show(parent: QWidget, title: str, text: str) -> QMessageBox:
    # Window-modal and returned at once (open(), not exec()): the caseload stays as it was
    # behind it, and tests read the box without a nested event loop.
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    box.setTextFormat(Qt.TextFormat.RichText)
    return box


def _within_screen(box: QMessageBox) -> None:
    """The box's text in a pane that scrolls where the screen is too short for it.

    A message box is as tall as its text: the keyboard shortcuts were 532 pixels high, with
    their Close button below the bottom of a 1366 x 768 laptop at 150% (512 for Qt, F63-01).
    The pane takes the focus (Tab), so arrows and Page Down scroll it too."""
    text = box.findChild(QLabel, "qt_msgbox_label")
    grid = box.layout()
    if text is None or grid is None or grid.indexOf(text) < 0:
        return
    width = max(text.minimumWidth(), text.sizeHint().width())
    needed = text.heightForWidth(width) if text.hasHeightForWidth() else text.sizeHint().height()
    row, column, rows, columns = grid.getItemPosition(grid.indexOf(text))
    grid.removeWidget(text)
    pane = QScrollArea(box)
    pane.setFrameShape(QFrame.Shape.NoFrame)
    pane.setWidgetResizable(True)
    pane.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    pane.setAccessibleName(box.windowTitle())
    pane.setWidget(text)
    pane.setMinimumWidth(width + pane.verticalScrollBar().sizeHint().width())
    grid.addWidget(pane, row, column, rows, columns)
    pane.setMinimumHeight(needed)
    there = _room_of_a_message_box(box)
    if there is not None:
        # No wider than the screen: the shortcuts' 80 letters with the font at 12 pt made the
        # box ask 760 pixels where a 1366 x 768 laptop at 200% leaves 667, and its right column
        # was cut at the box's edge, with no way to scroll to it (S100-05).  Narrower, it wraps.
        wider = box.sizeHint().width() - there.width()
        if wider > 0:
            # Narrowed from the width the pane was given, not the text's least: About's text
            # has none, and its pane was made 240 pixels wider where it was to be narrower.
            narrowed = max(width - wider, text.fontMetrics().averageCharWidth() * 30)
            pane.setMinimumWidth(pane.minimumWidth() - (width - narrowed))
            if text.minimumWidth():  # rows given a least width (`_show_wide`): a lesser one now
                text.setMinimumWidth(narrowed)
            needed = text.heightForWidth(narrowed) if text.hasHeightForWidth() else needed
            pane.setMinimumHeight(needed)
        # The rest of the box (its buttons, its margins) as it is, the text's pane what is left.
        excess = box.sizeHint().height() - there.height()
        if excess > 0:
            pane.setMinimumHeight(max(needed - excess, text.fontMetrics().height() * 5))


def _room_of_a_message_box(box: QMessageBox) -> QSize | None:
    """The screen's room for `box`, no wider than Qt lets a message box be: on a screen wider
    than 1024 pixels, 480 less than the screen and at most 1000 (QMessageBoxPrivate::updateSize).
    A 1366 x 768 laptop at 125% (1093 for Qt) gives one 613: the keyboard shortcuts at 12 pt
    asked 743, were cut to 613, and each row's words ran off the box's right edge; About's, at
    the program's 9 pt, ran 100 pixels off it (W249-02)."""
    there = room(box)
    if there is None:
        return None
    screen = there.width() + FRAME.width()
    widest = screen if screen <= 1024 else min(screen - 480, 1000)
    return QSize(min(there.width(), widest), there.height())


def show_about(parent: QWidget, db_path: Path) -> QMessageBox:
    box = _show(parent, "About Clinic Desk", about_text(db_path))
    _within_screen(box)
    box.open()
    return box


def _show_wide(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A box of rows or steps, 80 letters wide where the screen has room for it."""
    box = _show(parent, title, text)
    # A message box sizes its text for a sentence: the shortcuts' two columns were squeezed into
    # about 300 px, "Caseload > Show caseload" in two lines, and the box taller than a laptop's
    # screen; First steps' each step four or five lines. Wide enough that most rows keep to one.
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 80)
    _within_screen(box)
    box.open()
    return box


def show_shortcuts(parent: QWidget, menu_bar: QMenuBar) -> QMessageBox:
    return _show_wide(parent, "Keyboard shortcuts", shortcuts_text(menu_bar))


def show_first_steps(parent: QWidget, menu_bar: QMenuBar) -> QMessageBox:
    """Help > First steps (H225): the empty caseload's how-to, which a laptop already holding
    clients never shows, for the volunteer handed it at an event (J216)."""
    from ui.first_steps import first_steps_text

    return _show_wide(parent, "First steps", first_steps_text(menu_bar))


def give_tip(action: QAction, tip: str) -> None:
    """`tip` in the status bar and, held over the item, as its tooltip, as every menu item has
    it (MainWindow._action too): the bar cut a long one at two lines on a laptop at 200% with
    large text, and the tooltip Z116-02 shows was there for the other menus alone (R117-01)."""
    action.setStatusTip(tip)
    action.setToolTip(tip)


def add_help_menu(window, menu_bar: QMenuBar) -> tuple[QAction, QAction, QAction, QAction]:
    """The Help menu, last in the bar; returns its (first steps, remedies, shortcuts, about) actions.
    `window.show_remedies` opens Remedies at a glance."""
    # No letter: H, E, L and P each belong already to a button or tab on some page (the
    # Alt-key check K19-07), and a shared letter would only move focus between its owners.
    # F10 or Alt, then the arrow keys, reach it.
    help_menu = menu_bar.addMenu("Help")
    # First: the how-to for a volunteer new to the program, on a laptop with clients on it too,
    # where the empty caseload's lines never show (J216).
    first_steps = help_menu.addAction("&First steps")
    give_tip(first_steps, "What a volunteer needs first: add a client and a case, where the results and the to-dos are, "
                          "the handout, saving and Undo")
    first_steps.triggered.connect(lambda: show_first_steps(window, menu_bar))
    # F1, the key for help everywhere, and free here: the law of each remedy, which a
    # volunteer attorney at an event with no network asked for (G33).
    remedies = help_menu.addAction("&Remedies at a glance")
    remedies.setShortcut(QKeySequence("F1"))
    give_tip(remedies, "Who each remedy is for, when it opens, what it does and does not do, with citations; "
                       "on the Eligibility tab, the selected result's remedy")
    remedies.triggered.connect(window.show_remedies)
    window.addAction(remedies)  # F1 works on every page, the menu closed
    shortcuts = help_menu.addAction("&Keyboard shortcuts")
    shortcuts.triggered.connect(lambda: show_shortcuts(window, menu_bar))
    about = help_menu.addAction("&About Clinic Desk")
    # It lists too where this computer keeps what names clients (C131-02), which the tip never
    # said: a coordinator giving back a borrowed laptop looked for it elsewhere (W141-05).
    give_tip(about, "What Clinic Desk is, its version and rules version, where this caseload is kept, and where "
                    "this computer keeps what names clients (to give a borrowed laptop back)")
    about.triggered.connect(lambda: show_about(window, window.db_path))
    return first_steps, remedies, shortcuts, about
