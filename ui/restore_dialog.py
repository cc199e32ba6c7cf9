"""File > Restore from backup: the caseload's backups, newest first, or a file chosen elsewhere.

What `clinic-app restore FILE` does (db.backup.restore), from the window: a paralegal who had
to go back to a backup needed a terminal.  This module lists the backups and asks the
questions (which backup, its passphrase, whether to go ahead); the main window closes its
own connection, restores and opens the restored caseload (ui.main_window).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel, QMessageBox, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from db.backup import (KEEP_BEFORE_CHANGE, MADE_BESIDE_ITS_NAME, PLAIN_READ, Checked, backups_folder, caseload_backups, check_backup,
                       checked_said, clients_in, made_at, made_said)
from db.cipher import looks_encrypted, refuse_if_not_a_caseload
from db.errors import CaseloadError, WrongPassphrase
from ui.forms import announce, announce_when_changed
from ui.screen_fit import on_screen


def clients_in_backup(path: Path, passphrase: str | None) -> int | None:
    """How many clients the backup at `path` holds; an encrypted one is read with the
    caseload's `passphrase` (None when it does not open it, made before a passphrase change,
    or the file cannot be read)."""
    try:
        return clients_in(path, passphrase=passphrase if looks_encrypted(path) else None)
    except CaseloadError:
        return None


# The list's columns; the file's last, taking the room left.
_CHECK, _FILE = 3, 4


class RestoreDialog(QDialog):
    """The list of backups and Restore..., or Choose file... for a backup kept elsewhere
    (a USB stick); `chosen` is the file to restore, None after Cancel.  Check backups checks
    each listed backup as a restore would (G64-02: `clinic-app backup --check` did, and the
    window could not: a damaged backup was found only once chosen to restore)."""

    def __init__(self, db_path: Path, passphrase: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        # 125 characters where the screen has them, and no wider than it: the dialog was at
        # least 125 characters wide, and its list scrolled sideways (W27C-02).
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.db_path = db_path = Path(db_path)
        self.passphrase = passphrase
        self.chosen: Path | None = None
        self.checked: dict[int, Checked] = {}  # by row, as Check backups finds them
        self.plain: set[int] = set()  # the rows of plain backups beside an encrypted caseload, as counted
        self.checking = None
        self._progress: str | None = None  # "Checking the backups: 1 of 3 done..." while Check backups runs
        self.backups = caseload_backups(db_path)
        layout = QVBoxLayout(self)
        folder = backups_folder(db_path)
        name, folder = html.escape(db_path.name), html.escape(str(folder))
        intro = QLabel(f"Choose the backup to put in the place of the caseload <b>{name}</b>. "
                       f"These are its backups in {folder}, newest first ({MADE_BESIDE_ITS_NAME})."
                       if self.backups else
                       f"There is no backup of the caseload <b>{name}</b> in {folder} yet. "
                       "Choose file... to restore one kept elsewhere.")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAllColumnsShowFocus(True)
        self.table.setHeaderLabels(["Made", "Kind", "Clients", "Checked", "File"])
        self.table.setAccessibleName("Backups, newest first")
        intro.setBuddy(self.table)
        for backup in self.backups:
            item = QTreeWidgetItem([made_said(backup.made), backup.kind, "counting...", "not yet", backup.path.name])
            item.setData(0, Qt.ItemDataRole.UserRole, str(backup.path))
            item.setToolTip(_FILE, str(backup.path))
            self.table.addTopLevelItem(item)
        # Every column as wide as its text, but the file's, which takes the room left: a
        # long name is cut short in the middle, never at the end, where the names of two
        # backups differ (the time); the whole path is its tooltip.  Sized to its text, a
        # long caseload's names made the list scroll sideways in a window 853 wide (W27C-02).
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_FILE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setVisible(bool(self.backups))
        self.table.itemActivated.connect(lambda *_: self._restore_chosen())
        self.table.currentItemChanged.connect(lambda *_: self._say_chosen())
        layout.addWidget(self.table)
        # What Check backups is doing, then what it found; and why a damaged one cannot be restored.
        self.check_said = QLabel("")
        self.check_said.setWordWrap(True)
        self.check_said.setVisible(False)
        layout.addWidget(self.check_said)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton("&Restore...")
        self.choose_button = QPushButton("C&hoose file...")
        self.check_button = QPushButton("Chec&k backups")
        self.check_button.setToolTip("Check each backup listed as a restore would, and say which are damaged")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore_chosen)
        self.choose_button.clicked.connect(self._choose_file)
        self.check_button.clicked.connect(self._check)
        self.check_button.setVisible(bool(self.backups))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Tab in the order the buttons show, after the list: Cancel, made first, came first,
        # at the right end (K38-04).  Every platform's button order puts action buttons before
        # Cancel.
        chain = [self.table, self.restore_button, self.choose_button, self.check_button,
                 buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for here, there in zip(chain, chain[1:]):
            QWidget.setTabOrder(here, there)
        self.restore_button.setEnabled(bool(self.backups))
        if self.backups:
            self.table.setCurrentItem(self.table.topLevelItem(0))
            self.table.setFocus()
        else:
            self.choose_button.setFocus()
        self.counting = self._count_clients(passphrase)
        self.resize(on_screen(self, self.fontMetrics().averageCharWidth() * 125, self.sizeHint().height()))

    def _count_clients(self, passphrase: str | None):
        """Read each backup's client count on a worker, each shown as it comes: an encrypted
        backup takes about a third of a second to open (SQLCipher derives its key), and ten
        of them held the window for seconds before it showed."""
        from ui import tasks

        paths = [backup.path for backup in self.backups]

        def count(ctx) -> None:
            for row, path in enumerate(paths):
                ctx.check()
                clients = clients_in_backup(path, passphrase)
                ctx.progress(row, -1 if clients is None else clients, "")

        task = tasks.kept_while_running(tasks.Task(count))
        task.signals.progress.connect(self._show_count, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(task.cancel)
        task.start()
        return task

    def _show_count(self, row: int, clients: int, _text: str) -> None:
        item = self.table.topLevelItem(row)
        if item is None:
            return
        if clients >= 0 and self.passphrase is not None and not looks_encrypted(self.backups[row].path):
            # Plain beside an encrypted caseload: said as the list opens, not only once checked (K155-02).
            item.setText(2, f"{clients}, not encrypted")
            item.setToolTip(2, f"Not encrypted, though the caseload is: {PLAIN_READ}")
            self.plain.add(row)
            self._say_chosen()
        elif clients >= 0:
            item.setText(2, str(clients))
        else:
            item.setText(2, "encrypted, another passphrase" if looks_encrypted(self.backups[row].path) else "cannot be read")

    def _check(self) -> None:
        """Check backups: each listed backup checked on a worker as a restore checks it
        (db.backup.check_backup, as `clinic-app backup --check`), each row's Checked said as it
        comes: a large caseload's backup takes seconds to read through, an encrypted one longer."""
        from ui import tasks

        backups, passphrase = list(self.backups), self.passphrase
        self.checked.clear()
        if self.check_button.hasFocus():
            # Greyed out with the focus, the button gave it to the next in line, Cancel, where
            # it stayed: Space again, to check again, closed the dialog (AA64-03).  The list is
            # where the marks come, each row read out with its own.
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.check_button.setEnabled(False)
        for row in range(len(backups)):
            self.table.topLevelItem(row).setText(_CHECK, "waiting")
        self._say_checking(0)

        def check(ctx) -> None:
            for row, backup in enumerate(backups):
                ctx.check()
                ctx.progress(row, -1, "")  # begun
                checked = check_backup(backup, passphrase)
                self._found[row] = checked
                ctx.progress(row, len(backups), "")

        self._found: dict[int, Checked] = {}
        task = tasks.kept_while_running(tasks.Task(check))
        task.signals.progress.connect(self._show_check, Qt.ConnectionType.QueuedConnection)
        task.signals.done.connect(lambda _result: self._checks_done(), Qt.ConnectionType.QueuedConnection)
        task.signals.failed.connect(self._check_failed, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(task.cancel)
        task.start()
        self.checking = task

    def _say_checking(self, done: int) -> None:
        self._progress = f"Checking the backups: {done} of {len(self.backups)} done..."
        self.check_said.setVisible(True)
        self._say_chosen()

    def _show_check(self, row: int, total: int, _text: str) -> None:
        item = self.table.topLevelItem(row)
        if item is None:
            return
        if total < 0:
            item.setText(_CHECK, "checking...")
            return
        checked = self._found[row]
        self.checked[row] = checked
        # "ok", "DAMAGED", "not checked": the line's first words; the whole of it in the tooltip.
        item.setText(_CHECK, checked.said.split(":")[0])
        item.setToolTip(_CHECK, checked.said)
        self._say_checking(row + 1)

    def _checks_done(self) -> None:
        self._progress = None
        self.check_button.setEnabled(True)
        self._say_chosen()
        # Written under the list, away from the focus: a screen reader said nothing of what
        # was found (AA64-03).
        announce(self.check_said, self.check_said.text())

    def _check_failed(self, error: BaseException, report: str) -> None:
        """The check stopped on an error no check expects: the rows it did not reach are not
        checked, and Check backups can be pressed again.  Nothing was connected: "Checking the
        backups: 1 of 2 done...", the row's "checking..." and the greyed-out button stayed for
        as long as the dialog was open (T64-02; R64's report, item 5)."""
        from ui.crash import show_crash, user_error_text

        for row in range(len(self.backups)):
            if row not in self.checked:
                self.table.topLevelItem(row).setText(_CHECK, "not checked")
        self._progress = None
        self.check_button.setEnabled(True)
        text = user_error_text(error)
        self.check_said.setText("The check stopped before every backup was read: "
                                + (text if text is not None else "Clinic Desk ran into a programming error.")
                                + " Press Check backups to check them again.")
        announce(self.check_said, self.check_said.text())
        if text is None:
            show_crash(self, report)

    def _say_chosen(self) -> None:
        """The check's finding, once done, and of the backup chosen when it is not ok; a damaged
        one cannot be restored (the restore would check it and refuse), so Restore... waits."""
        item = self.table.currentItem()
        row = self.table.indexOfTopLevelItem(item) if item is not None else -1
        chosen = self.checked.get(row)
        self.restore_button.setEnabled(item is not None and not (chosen and chosen.damaged))
        if len(self.checked) < len(self.backups):
            plain = self._plain_said(row) if chosen is None else ""
            if self._progress is not None:
                # Still checking the others: a damaged one chosen says why Restore... waits
                # now, not once every backup is read (T64-04).
                first = f"{_chosen_said(chosen)} " if chosen is not None and chosen.said != "ok" else ""
                self.check_said.setText(" ".join(filter(None, (first + self._progress, plain))))
            else:
                # A plain backup beside an encrypted caseload said on the dialog, before Restore...:
                # it was the Clients cell's tooltip only, until Check backups (C160-02).
                # Under the list, away from the focus: a screen reader read the row's "5, not
                # encrypted" and nothing of what it means (Y162-02).
                announce_when_changed(self.check_said, plain)
                self.check_said.setText(plain)
                self.check_said.setVisible(bool(plain))
            return
        said = checked_said(list(self.checked.values()), "File > Back up caseload...")
        if chosen is not None and chosen.said != "ok":
            said.insert(0, _chosen_said(chosen))
        self.check_said.setText(" ".join(said))

    def _plain_said(self, row: int) -> str:
        """What the list's "not encrypted" means, in words on the dialog: of the backup chosen
        (`row`) where it is plain beside the encrypted caseload, else how many listed are."""
        if row in self.plain:
            return (f"The backup chosen, {self.backups[row].path.name}, is not encrypted, though the caseload is. "
                    f"{PLAIN_READ[0].upper()}{PLAIN_READ[1:]}. Restored, it is encrypted with the caseload's passphrase.")
        if self.plain:
            n = len(self.plain)
            return (f"{'1 backup listed is' if n == 1 else f'{n} backups listed are'} not encrypted, though the caseload is "
                    "(\"not encrypted\" under Clients): whoever has such a file can read it without a passphrase.")
        return ""

    def _restore_chosen(self) -> None:
        """The backup chosen restored: Restore..., or Enter (a double click) on its row.  A damaged
        one is not, and Enter on it said nothing, Restore... greyed out (K148-03): why, heard."""
        item = self.table.currentItem()
        chosen = self.checked.get(self.table.indexOfTopLevelItem(item)) if item is not None else None
        if chosen is not None and chosen.damaged:
            announce(self.table, f"Not restored. {_chosen_said(chosen)} Choose a backup marked ok, or Choose file... "
                                 "for one kept elsewhere.", assertive=True)
        elif item is not None:
            self.chosen = Path(item.data(0, Qt.ItemDataRole.UserRole))
            self.accept()

    def _choose_file(self) -> None:
        from ui.tasks import last_backup_folder

        # Where File > Back up put the last one (the USB stick, while it is in), as Back up itself
        # offers since B130-01: it opened beside the caseload, whose backups the list above
        # already shows, and the stick was walked to by hand (R134-03).
        folder = last_backup_folder() or backups_folder(self.db_path)
        chosen, _filter = QFileDialog.getOpenFileName(self, "Restore from backup", str(folder),
                                                      "Backups (*.sqlite *.db);;All files (*)")
        if chosen:
            self.chosen = Path(chosen)
            self.accept()


def choose_backup(parent: QWidget, db_path: Path, passphrase: str | None) -> Path | None:
    """The backup the user chose to restore, or None."""
    dialog = RestoreDialog(db_path, passphrase, parent)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def backup_passphrases(parent: QWidget, source: Path, passphrase: str | None) -> tuple[str | None, str | None] | None:
    """The caseload's passphrase and the backup's to give `db.backup.restore` for `source`, as
    `clinic-app restore` gives them; None when the user gives up on the backup's passphrase.

    An encrypted backup the caseload's `passphrase` does not open (made before a passphrase
    change, or another caseload's; or any encrypted one over a plain caseload) is opened with
    the passphrase the user types for it.  A plain backup over an encrypted caseload is
    given the caseload's passphrase, so that it is restored encrypted with it: it was
    restored plain, the clients' records no longer encrypted (D25-09).
    A file that cannot be a caseload (a PDF chosen by mistake) is `NotADatabase`, asked no
    passphrase: every one typed for it was "wrong" (F25-01, as W25-02 at opening).
    """
    refuse_if_not_a_caseload(source)
    if not looks_encrypted(source):
        return passphrase, None
    if passphrase is not None:
        try:
            clients_in(source, passphrase=passphrase)
            return passphrase, None
        except WrongPassphrase:
            pass
    from ui.passphrase_dialog import NOT_RESTORED, ask_and_open

    def opens(typed: str) -> str:
        clients_in(source, passphrase=typed)  # WrongPassphrase: the dialog asks again
        return typed

    whose = ("The caseload's passphrase does not open it: a backup made before the passphrase was changed opens only "
             "with the passphrase of then." if passphrase is not None else "")
    intro = f"The backup <b>{html.escape(source.name)}</b> is encrypted. {whose} Type the backup's passphrase to restore it."
    typed = ask_and_open(source, opens, parent, gave_up=NOT_RESTORED, intro=intro, what="backup")
    return None if typed is None else (passphrase, typed)


def ask_restore(parent: QWidget, db_path: Path, source: Path) -> bool:
    """Say what restoring `source` over the caseload at `db_path` does and ask; True to go
    ahead.  Cancel is the default."""
    from ui.forms import stay_or_discard

    try:
        when = f"made {made_said(made_at(source))}"
    except ValueError:  # a file named by the user: its name says nothing of when
        when = "a backup chosen by file"
    kept = (f"The caseload as it is now is kept first in {backups_folder(db_path)} "
            f"({db_path.stem}-before-restore-...; the newest {KEEP_BEFORE_CHANGE} such copies are kept).")
    if not looks_encrypted(db_path) and looks_encrypted(source):
        kept += " The backup is encrypted, so the restored caseload will be encrypted: it opens with the backup's passphrase."
    elif looks_encrypted(db_path) and not looks_encrypted(source):
        kept += " The backup is not encrypted; the restored caseload will be encrypted with the caseload's passphrase, as now."
    detail = (f"{kept} Anything changed since the backup was made is not in the restored caseload, and Edit > Undo "
              "does not reach back across the restore. This window closes and opens again on the restored caseload; "
              "if the restore fails, the caseload stays as it is.")
    return stay_or_discard(parent, "Restore from backup",
                           f"Replace the caseload {db_path.name} by the backup {source.name} ({when})?",
                           "Cancel", "&Restore", detail)


def say_restored(parent: QWidget, text: str) -> None:
    QMessageBox.information(parent, "Backup restored", text)


def say_not_restored(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, "Backup not restored", text)


def say_restored_not_opened(parent: QWidget | None, text: str) -> None:
    """The backup restored, its caseload not opening: not "Backup not restored" (W26-04)."""
    QMessageBox.warning(parent, "Caseload does not open", text)


def _chosen_said(chosen: Checked) -> str:
    """The finding of the backup chosen as a sentence: "The backup chosen, NAME, is damaged
    (...)", not the row's "The backup chosen, NAME: DAMAGED: the file is damaged (...)", three
    colons and "damaged" twice (U64-07)."""
    name, found = chosen.backup.path.name, chosen.said.rstrip(".")
    if found.startswith("DAMAGED: the file "):
        return f"The backup chosen, {name}, {found.removeprefix('DAMAGED: the file ')}."
    if found.startswith("not checked: "):
        return f"The backup chosen, {name}, was not checked: {found.removeprefix('not checked: ')}."
    return f"The backup chosen, {name}, is {found}."
