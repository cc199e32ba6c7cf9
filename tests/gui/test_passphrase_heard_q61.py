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


def test_q61_02_a_wrong_passphrase_is_heard_and_described_on_the_field(qtbot, announcements):
    def wrong(_typed):
        raise WrongPassphrase("no", path=Path("demo.sqlite"))

    dialog = PassphraseDialog(Path("demo.sqlite"), wrong)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.field, "not the one")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
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
