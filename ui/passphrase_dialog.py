"""Asking for an encrypted caseload's passphrase when the program starts (db.cipher).

The dialog tries the passphrase itself (through the `open_with` it is given), so a wrong
one is said beside the field and the user types again; after `MAX_TRIES` wrong ones, or
Cancel, the program does not open the caseload.  The passphrase is never stored.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QSizePolicy, QVBoxLayout, QWidget

from clinic_app.wording import count
from db.cipher import MIN_PASSPHRASE_LENGTH, WrongPassphrase, too_easy
from db.errors import CaseloadError
from ui import screen_fit
from ui.forms import NamedWords, announce
from ui.page_scroll import MessageInSight, dialog_part

MAX_TRIES = 5


def _password_field(layout: QVBoxLayout, text: str, name: str) -> QLineEdit:
    """A labelled field that shows dots, not the passphrase."""
    label = QLabel(text)
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    label.setBuddy(field)
    layout.addWidget(label)
    layout.addWidget(field)
    return field


def _message_label(layout: QVBoxLayout) -> QLabel:
    """Where the dialog says what is wrong with the passphrase (empty while nothing is): heard
    with its words, not as "Passphrase message" alone, by a reader reading the dialog (S126-02)."""
    message = NamedWords("Passphrase message")
    message.setWordWrap(True)
    layout.addWidget(message)
    return message


# What giving up after MAX_TRIES means where the dialog is asked (`PassphraseDialog(gave_up=)`).
CLOSES_NOW = "so Clinic Desk closes now. Nothing in it was changed: start Clinic Desk again to try once more."
STAYS_ON_THIS_ONE = "so it is not opened: this window stays on the caseload it shows. Nothing was changed."
NOT_RESTORED = "so the backup is not restored. Nothing was changed."


class PassphraseDialog(QDialog):
    """"This caseload is encrypted" with a password field; `opened` holds what `open_with` returned.

    `gave_up` ends the sentence said after MAX_TRIES wrong ones: at start Clinic Desk then
    closes, but from File > Open caseload or Restore from backup the window stays, where
    "Clinic Desk closes now" was said all the same (D25-05)."""

    def __init__(self, path: Path, open_with: Callable[[str], Any], parent: QWidget | None = None, *,
                 gave_up: str = CLOSES_NOW, intro: str | None = None, what: str = "caseload"):
        super().__init__(parent)
        self._gave_up = gave_up
        # What the file is, as a wrong passphrase is said of it: a backup to restore was "this
        # caseload", beside an intro about the backup (Q61 saw it).
        self._what = what
        self._path = path
        # Titled for what it asks the passphrase of: the first thing a screen reader hears of
        # it, "Encrypted caseload" asked a backup's at File > Restore from backup (S147-02).
        self.setWindowTitle(f"Encrypted {what}")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)  # room for the sentences, at any text size
        self._open_with = open_with
        self.tries = 0
        self.opened: Any = None
        self.error: CaseloadError | None = None  # anything but a wrong passphrase ends the dialog
        layout = QVBoxLayout(self)
        intro = QLabel(intro or f"The caseload <b>{html.escape(path.name)}</b> is encrypted. Type its passphrase to open it.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = _password_field(layout, "&Passphrase:", "Passphrase")
        self.message = _message_label(layout)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        buttons.accepted.connect(self.try_open)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.field.setFocus()

    def try_open(self) -> None:
        """Open the caseload with the typed passphrase; say so beside the field if it is wrong."""
        try:
            self.opened = self._open_with(self.field.text())
        except WrongPassphrase:
            self.tries += 1
            self.field.clear()
            if self.tries >= MAX_TRIES:
                # Said before the program ends: the window had vanished without a word (W21-12).
                # What is true of a forgotten one, said where it is met: "try once more" alone
                # kept a director who had lost it guessing at every start (B129-03).
                QMessageBox.warning(self, self.windowTitle(),
                                    f"{MAX_TRIES} passphrases in a row did not open {self._path.name}, {self._gave_up} "
                                    f"If the passphrase is lost, nobody can open this {self._what}, not even the clinic: "
                                    "Clinic Desk has no way round it. Ask whoever keeps the clinic's keys.")
                self.reject()
                return
            left = count(MAX_TRIES - self.tries, "try", "tries")
            said = f"That passphrase does not open this {self._what}. Try again ({left} left)."
            self.message.setText(said)
            # Heard too (Q61-02): the field was emptied and kept the focus, and a screen-reader
            # user heard nothing, not knowing whether the caseload was opening.
            self.field.setAccessibleDescription(said)
            announce(self.field, said, assertive=True)
            return
        except CaseloadError as err:  # damaged, SQLCipher missing, ...: said by the caller
            self.error = err
            self.reject()
            return
        self.accept()


def ask_and_open(path: Path, open_with: Callable[[str], Any], parent: QWidget | None = None, *, gave_up: str = CLOSES_NOW,
                 intro: str | None = None, what: str = "caseload") -> Any:
    """Show the dialog; what `open_with(passphrase)` returned, or None if the user gave up.

    A caseload error other than a wrong passphrase is raised again here.
    """
    dialog = PassphraseDialog(path, open_with, parent, gave_up=gave_up, intro=intro, what=what)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if dialog.error is not None:
        raise dialog.error
    return dialog.opened if accepted else None


MIN_LENGTH = MIN_PASSPHRASE_LENGTH


class NewPassphraseDialog(QDialog):
    """Choose a passphrase for encrypting the caseload: typed twice, at least `MIN_LENGTH` characters."""

    ENCRYPT = ("Encrypt the caseload", "Encrypt",
               "The caseload file will be encrypted: nobody can read it without this passphrase, "
               "<b>not even the clinic</b> if the passphrase is lost. Keep it where the clinic keeps its keys.")
    CHANGE = ("Change the passphrase", "Change",
              "From now on the caseload opens with this passphrase only, <b>not the old one</b>. "
              "Backups made before still open with the old one. Keep it where the clinic keeps its keys.")

    def __init__(self, parent: QWidget | None = None, purpose: tuple[str, str, str] = ENCRYPT):
        super().__init__(parent)
        title, action, said = purpose
        self.setWindowTitle(title)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        outer = QVBoxLayout(self)
        # What it says and the fields scroll over the buttons where the screen is short: at 200%
        # with 15 pt text it was 400 pixels high on a laptop's 344, Encrypt and Cancel under the
        # screen's edge (S104-03).  Where there is room nothing scrolls and it looks as it did.
        fields, layout = dialog_part()
        fields.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        intro = QLabel(said)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.first = _password_field(layout, "&New passphrase:", "New passphrase")
        # The rule, said as a rule before anything is typed; the message below says what is
        # wrong only once there is something typed to be wrong (W21-28: the dialog opened
        # with "needs at least 8 characters" under two empty boxes).
        rule = QLabel(f"At least {MIN_LENGTH} characters; a few words are easier to remember than one odd word.")
        rule.setWordWrap(True)
        self.first.setToolTip(rule.text())
        layout.addWidget(rule)
        self.second = _password_field(layout, "&Type it again:", "New passphrase again")
        self.message = _message_label(layout)
        # What is wrong with the passphrase scrolled into sight where the fields scroll, as the
        # field typed in is (S104-03: at 15 pt at 200% it was under the buttons).
        self._message_in_sight = MessageInSight(fields, self.message, self.message.text).now
        outer.addWidget(fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(action)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        for field in (self.first, self.second):
            field.textChanged.connect(self._check)
        self._check()
        screen_fit.no_taller_than_the_screen(self)  # 400 high at 15 pt on a laptop's 344 at 200% (S104-03)

    def _check(self) -> None:
        """Enable Encrypt (or Change) only for a long-enough passphrase typed the same twice; say why not."""
        first, second = self.first.text(), self.second.text()
        if not first and not second:
            why, said = f"Type a passphrase of at least {MIN_LENGTH} characters, twice.", ""
        elif len(first) < MIN_LENGTH:
            why = f"The passphrase needs at least {MIN_LENGTH} characters; a few words are easier to remember."
            said = why
        elif (easy := too_easy(first)) is not None:
            # Said before the second box is typed, as the length is (C131-01).
            why = said = f"That passphrase is too easy to guess: {easy}. A few words of your own are harder to guess."
        elif first != second:
            why = said = "The two passphrases differ."
        else:
            why = said = ""
        self.message.setText(said)
        self._message_in_sight()
        for field in (self.first, self.second):
            field.setAccessibleDescription(said)  # heard on the field, not only seen under it (Q61-02)
        self.ok_button.setEnabled(not why)
        self.ok_button.setToolTip(why)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """Enter while Encrypt (or Change) is greyed says why, aloud: it did nothing and said
        nothing, and a screen-reader user could not tell two passphrases typed apart (Q61-02)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.ok_button.isEnabled():
            announce(self, self.ok_button.toolTip(), assertive=True)
            event.accept()
            return
        super().keyPressEvent(event)

    def passphrase(self) -> str:
        return self.first.text()
