"""What the passphrase dialogs say is heard by a screen reader too (Q61-02).

A wrong passphrase cleared the field and wrote "That passphrase does not open this
caseload" in a label under it: the focus stayed in the (now empty) field, so a screen-reader
user heard nothing and did not know whether the caseload was opening or the passphrase was
wrong.  Enter on "Type it again" with two passphrases that differ did nothing, and said
nothing either (Encrypt was greyed).  Each is now announced, and is the field's spoken
description while it stands.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from db.cipher import WrongPassphrase
from tests.gui.conftest import show_active
from ui.passphrase_dialog import MAX_TRIES, NewPassphraseDialog, PassphraseDialog

ASSERTIVE = QAccessible.AnnouncementPoliteness.Assertive


def _description(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def _a_wrong_one_typed(qtbot) -> PassphraseDialog:
    """The passphrase dialog, a passphrase that does not open the caseload typed and Enter pressed."""
    def wrong(_typed):
        raise WrongPassphrase("no", path=Path("demo.sqlite"))

    dialog = PassphraseDialog(Path("demo.sqlite"), wrong)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.field, "not the one")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    return dialog


def test_q61_02_a_wrong_passphrase_is_heard_and_described_on_the_field(qtbot, announcements):
    dialog = _a_wrong_one_typed(qtbot)
    said = f"That passphrase does not open this caseload. Try again ({MAX_TRIES - 1} tries left)."
    assert dialog.isVisible() and dialog.field.hasFocus() and dialog.message.text() == said
    assert announcements == [(dialog.field, said, ASSERTIVE)]
    assert _description(dialog.field) == said


def test_q61_02_enter_with_passphrases_that_differ_says_why_nothing_happened(qtbot, announcements):
    dialog = NewPassphraseDialog()
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.first, "tres palabras largas")
    qtbot.keyClick(dialog.first, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.second, "tres palabras largaz")
    assert _description(dialog.second) == "The two passphrases differ."
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.isVisible() and not dialog.ok_button.isEnabled()
    assert announcements == [(dialog, "The two passphrases differ.", ASSERTIVE)]
    qtbot.keyClick(dialog.second, Qt.Key.Key_Backspace)
    qtbot.keyClicks(dialog.second, "s")
    assert _description(dialog.second) == "" and dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == NewPassphraseDialog.DialogCode.Accepted


def test_s126_02_the_message_under_the_field_is_heard_with_its_words(qtbot):
    """Read through (NVDA's object review), the label under the field was heard as "Passphrase
    message", its name, and not one of its words: Qt hands a reader a named label's name alone."""
    dialog = _a_wrong_one_typed(qtbot)
    heard = QAccessible.queryAccessibleInterface(dialog.message)
    assert heard.text(QAccessible.Text.Name) == "Passphrase message"
    assert heard.text(QAccessible.Text.Description) == dialog.message.text() != ""
    new = NewPassphraseDialog()
    qtbot.addWidget(new)
    show_active(qtbot, new)
    qtbot.keyClicks(new.first, "short")
    assert _description(new.message) == new.message.text() != ""
