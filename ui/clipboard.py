"""What Clinic Desk puts on the clipboard, taken off again when it quits (V28-02).

The clipboard outlives the program on Windows and macOS (and on Linux with a clipboard
manager): a report copied at an event was still there to paste, in any program, for the
next person at a shared laptop.  So what the program copies is remembered, and cleared as
it quits if the clipboard still holds it; anything copied since (by the user, in any
program) is left alone.  Only what the program puts together uses this (its Copy buttons, the
caseload list's lines chosen copied by Ctrl+C): text a user selects and copies with Ctrl+C
(a field's words, one cell of a table) is theirs to manage.
"""

from __future__ import annotations

from PySide6.QtGui import QClipboard, QGuiApplication

_ours: str | None = None
_watching = False


def copy_text(text: str) -> None:
    """Put `text` on the clipboard, to be taken off it when the program quits."""
    global _ours, _watching
    app = QGuiApplication.instance()
    QGuiApplication.clipboard().setText(text, QClipboard.Mode.Clipboard)
    _ours = text
    if not _watching and app is not None:
        app.aboutToQuit.connect(take_back)
        _watching = True


def take_back() -> bool:
    """Clear the clipboard if it still holds what `copy_text` put there; whether it did."""
    global _ours
    ours, _ours = _ours, None
    clipboard = QGuiApplication.clipboard()
    if ours is None or clipboard.text(QClipboard.Mode.Clipboard) != ours:
        return False
    clipboard.clear(QClipboard.Mode.Clipboard)
    return True


__all__ = ["copy_text", "take_back"]
