"""Alt+letter is a command, never text.

On Linux Qt hands an Alt+letter that no enabled shortcut takes to the focused field as the
letter itself (keyboard check K20-03: Alt+S with nothing to save typed "s" into Aliases,
which autosave stored; Alt+K for the Checklist tab of a client not yet saved made the name
"Rosa Nuevak").  A mnemonic that matches an enabled control never gets here: Qt offers it
as a shortcut first.  What is left is a key for something disabled, or for nothing: a
field ignores it, with a beep.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QWindow
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QTextEdit, QWidget

_TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
_IGNORED = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


class AltKeysAreNotText(QObject):
    """Installed on the application, beside ui.undo.FieldUndoFallsThrough (ui.app_filters)."""

    @staticmethod
    def wants(event_class: type) -> bool:
        """A key, the only events it acts on (ui.app_filters.ApplicationFilters asks)."""
        return issubclass(event_class, QKeyEvent)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Handed keys only (`wants`, ui.app_filters), so the program's other events never come
        # here to have their type asked, which builds an enum (E96-01, E97-03).
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, _TEXT_FIELDS):
            return False
        if event.modifiers() & ~_IGNORED != Qt.KeyboardModifier.AltModifier:
            return False  # AltGr (typed accents, @ on some layouts) is not plain Alt
        if not event.text() or not event.text().isprintable():
            return False
        QApplication.beep()
        return True


# What a person does with the keyboard and the mouse: none reaches the window while a dialog
# is built, as none would once the dialog is up (modal).
_INPUT = frozenset({QEvent.Type.KeyRelease, QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress,
                    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
                    QEvent.Type.ContextMenu})
_CTRL, _ALT, _META = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                      Qt.KeyboardModifier.MetaModifier)


def _types_text(modifiers: Qt.KeyboardModifier) -> bool:
    """A key with these modifiers types its text into a line edit, by Qt's own rule: Ctrl or Alt
    alone is a command (Alt: AltKeysAreNotText), Ctrl and Alt together are AltGr on Windows,
    which types "Ł" or "@" ("Łukasz" typed ahead came in as "ukasz": R90b-02)."""
    if modifiers & _META:
        return False
    return bool(modifiers & _CTRL) == bool(modifiers & _ALT)


class _Committed(NamedTuple):
    """What an input method committed: its text, in place of `length` letters from `start`
    (from the cursor: -1 is the letter before it), as QInputMethodEvent.setCommitString takes them."""

    text: str
    start: int = 0
    length: int = 0


class TextTypedAhead(QObject):
    """Text typed while a dialog is being built, held for it (M89-02).

    A volunteer pressed Ctrl+I and typed "Maria" at once.  The keys waited in the system's queue,
    meant for the caseload's window, which had the keyboard, while intake was built (half a
    second the first time); read only once the dialog ran, they were for a window behind a modal
    dialog, and Qt dropped them: the name came in as "ria".

    Used as `with TextTypedAhead(window) as typed:` around the build, ending with
    `typed.read_queued()`; then `typed.give_to(box)` once the dialog is shown.  Only text is held:
    a key with Ctrl or Alt, Backspace, Tab or Enter, and any click, are dropped as the dialog
    would have dropped them, not run as the window's commands in the middle of the build.

    Only what is meant for `window` (the one behind the dialog) is held or dropped: a box that
    comes up meanwhile (the list read in the background failing, "Import not finished" at
    opening) gets its own keys and clicks.  Filtered for the whole program, its OK, Enter and
    Escape did nothing and it could not be answered (R90b-01).

    Text the system's input method commits (an accent typed with a dead key through IBus, "é"
    in "José") is not a key press: it is held with the keys, in the order typed.  Let through,
    it was typed into the caseload's search box behind intake and the name came in as "Jos"
    (R91-01).  A commit may put right letters already typed (the Mac's press-and-hold accent
    replaces the "e" held with the "é" chosen; IBus's Vietnamese Telex deletes the "e" before
    committing "ê"): what it replaces is replaced in the box given to as well, where the text alone
    had read "Joseé" (V92-02)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self._window = window
        # A key (key, modifiers, its text), or what an input method committed.
        self._held: list[tuple[Qt.Key, Qt.KeyboardModifier, str] | _Committed] = []

    def __enter__(self) -> TextTypedAhead:
        QApplication.instance().installEventFilter(self)
        return self

    def __exit__(self, *_exc) -> None:
        QApplication.instance().removeEventFilter(self)

    def _behind(self, watched: QObject) -> bool:
        """`watched` is the window behind the dialog, or one of its widgets."""
        if isinstance(watched, QWidget):
            return watched.window() is self._window
        return isinstance(watched, QWindow) and watched is self._window.windowHandle()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if not self._behind(watched):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # taken as typing: no shortcut of the window runs
            return True
        if kind == QEvent.Type.KeyPress:
            if event.text().isprintable() and event.text() and _types_text(event.modifiers()):
                self._held.append((Qt.Key(event.key()), event.modifiers(), event.text()))
            return True
        if kind == QEvent.Type.InputMethod:
            if event.commitString() or event.replacementLength():
                self._held.append(_Committed(event.commitString(), event.replacementStart(), event.replacementLength()))
            return True  # what is being composed shows in no field behind the dialog either
        return kind in _INPUT

    def read_queued(self) -> None:
        """Read what the system has queued so far, while still held: once the dialog shows,
        Qt drops it."""
        QApplication.processEvents()

    def give_to(self, box: QWidget) -> None:
        """Type the text held into `box`, in the order typed."""
        held, self._held = self._held, []
        for typed in held:
            if isinstance(typed, _Committed):
                committed = QInputMethodEvent()
                committed.setCommitString(*typed)
                QApplication.sendEvent(box, committed)
                continue
            key, modifiers, text = typed
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(box, QKeyEvent(kind, key, modifiers, text))


def details_by_keyboard(box: QMessageBox) -> QTextEdit | None:
    """A message box's details, reached by Tab, read by the arrows and copied by Ctrl+A, Ctrl+C.

    Qt makes them NoFocus and selectable by the mouse alone: Tab went OK, Hide Details..., OK,
    and neither the keyboard nor a screen reader reached the lines named (R89-02) or the crash
    report to send (R90-01).  Call it after setDetailedText; give the box its OK when it is
    made and make OK the default, or the details, now focusable, take the keyboard first."""
    details = box.findChild(QTextEdit)
    if details is not None:
        details.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return details
