"""Alt+letter is a command, never text.

On Linux Qt hands an Alt+letter that no enabled shortcut takes to the focused field as the
letter itself (keyboard check K20-03: Alt+S with nothing to save typed "s" into Aliases,
which autosave stored; Alt+K for the Checklist tab of a client not yet saved made the name
"Rosa Nuevak").  A mnemonic that matches an enabled control never gets here: Qt offers it
as a shortcut first.  What is left is a key for something disabled, or for nothing: a
field ignores it, with a beep.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit

_TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
_IGNORED = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class AltKeysAreNotText(QObject):
    """Installed on the application, beside ui.undo.FieldUndoFallsThrough."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, _TEXT_FIELDS):
            return False
        if event.modifiers() & ~_IGNORED != Qt.KeyboardModifier.AltModifier:
            return False  # AltGr (typed accents, @ on some layouts) is not plain Alt
        if not event.text() or not event.text().isprintable():
            return False
        QApplication.beep()
        return True
