"""A control's hover tip, shown when the keyboard comes to it (A99-01).

A button's or a field's tip says what it does ("Preview the client's handout, then print it or save
it as a PDF (Ctrl+P)", "Screen as of today", the forms a date field takes), and only the mouse
showed it: a sighted paralegal who Tabs through a form never saw one (stop 54 left it).  As GTK
does, and Office's ribbon, the tip now shows beside the control the keyboard comes to (Tab,
Shift+Tab, a field's Alt+letter), as that key is let go, and goes at the next key, as the mouse's
goes when the mouse moves, or as the keyboard leaves the control.  The next key is ours to say:
Qt's tip goes at a key on macOS alone, and elsewhere stayed its ten seconds and more beside the
field being typed in (R101-01: Alt+F at intake, "500" typed, the tip over the line below all the
while); a key typed before the one that moved the keyboard is let go (fast typing) shows none.  A
button's Alt+letter presses it and shows none; a click shows none either (the mouse has its own).

One way for every window and dialog: the dialogs have no status bar (the handout preview's Print
and Save PDF, intake's Undo, a new passphrase's Encrypt), and the main window's already says the
cut cell (K97), "Saved", a re-screen's result, which a tip there would take away or wait behind.
A control whose tip is said elsewhere as the keyboard comes (the caseload's search box: the status
bar, AA64) says so with `tip_said_elsewhere`.

A screen reader needs none of this: Qt gives it a control's tip as its description where none is
set, a greyed button's included (the greyed Encrypt's "The two passphrases differ."), so the
reason a button is greyed is heard though the keyboard cannot land on it.

Tab passes over a greyed button, and its Alt+letter did nothing: a sighted paralegal pressing
Alt+S on a record already saved saw no word why (stop 55 left it).  The letter of a greyed button
now shows its tip beside it, as Tab shows an enabled one's, and says it aloud, the screen reader
being on the field the keyboard stayed in; the next key takes it away (A104-03).  Nothing is
added to the window: only the key aimed at that button answers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QToolTip, QWidget

from ui.forms import announce

# Focus the keyboard gave: not a click, not the program putting the keyboard somewhere (a page
# shown, a window activated).
_BY_KEYBOARD = frozenset({Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                          Qt.FocusReason.ShortcutFocusReason})
_SAID_ELSEWHERE = "a99TipSaidElsewhere"
_PRESSED = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
# Keys that only change what the next key means: pressed or let go, they are not "the next key".
_MODIFIERS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Meta, Qt.Key.Key_Alt,
                        Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_ScrollLock,
                        Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R})


def tip_said_elsewhere(widget: QWidget) -> None:
    """`widget`'s tip is said another way when the keyboard comes to it: not shown again here."""
    widget.setProperty(_SAID_ELSEWHERE, True)


def _tip_of(widget: QWidget) -> str:
    """The tip of the control the keyboard is in: its own, else that of the control it is part of
    (an editable drop-down's or a date box's line edit, whose focus it takes)."""
    while widget is not None:
        if widget.property(_SAID_ELSEWHERE) or isinstance(widget, QAbstractItemView):
            return ""  # a table's cells have their own tips, said by K97's ui.cell_in_full
        if widget.toolTip():
            return widget.toolTip()
        parent = widget.parentWidget()
        if parent is None or parent.focusProxy() is not widget:
            return ""
        widget = parent
    return ""


def _greyed_button_of(window: QWidget, key: int) -> QAbstractButton | None:
    """The greyed button shown in `window` whose Alt+letter is `key`, with a tip to say why."""
    for button in window.findChildren(QAbstractButton):
        if not button.isEnabled() and button.isVisible() and button.toolTip():
            letter = QKeySequence.mnemonic(button.text())
            if not letter.isEmpty() and letter[0].key() == key:
                return button
    return None


class TipOnKeyboardFocus(QObject):
    """Installed on the application through ui.app_filters.ApplicationFilters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._coming: QWidget | None = None  # the control the keyboard came to, its key not yet let go
        self._coming_by: int | None = None  # the key that brought it (Tab), pressed again as it is held
        self._pressed: int | None = None  # the last key pressed, not a modifier
        self._shown_for: QWidget | None = None

    @staticmethod
    def wants(event_class: type) -> bool:
        """Focus coming and going, and keys pressed and let go (ui.app_filters asks)."""
        return issubclass(event_class, (QFocusEvent, QKeyEvent))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in _PRESSED and event.key() not in _MODIFIERS:
            # Seen as a shortcut's key first (Ctrl+S, Alt+F), then, unless it was one, for each
            # control it passes up to, before the one it is for handles it.
            key = event.key()
            if (event.isAutoRepeat() and key == self._pressed and self._shown_for is not None
                    and not self._shown_for.isEnabled()):
                # A greyed button's letter held down: its tip stays, said once, not again at
                # each repeat of the key (R106-01: four times in half a second held).
                return False
            if self._shown_for is not None:
                # The next key: the tip goes, not to sit over the form as the field is typed in.
                self._shown_for = None
                QToolTip.hideText()
            if self._coming is not None and key != self._coming_by:
                self._coming = None  # typing on already, before the Tab is let go: no tip to flash
            self._pressed = key
            # Alt+letter as a key pressed, not a shortcut's: no enabled control took it.  Once, for
            # the control the keyboard is in, not again for each parent it passes up to.
            if (kind == QEvent.Type.KeyPress and event.modifiers() == Qt.KeyboardModifier.AltModifier
                    and watched is QApplication.focusWidget()):
                greyed = _greyed_button_of(watched.window(), key)
                if greyed is not None:
                    self._show(greyed)
                    announce(greyed, f"{greyed.text().replace('&', '')}: {greyed.toolTip()}")
        elif kind == QEvent.Type.KeyRelease:
            # Qt's tip goes at any key pressed or let go: shown as the Tab that moved the keyboard
            # is let go, not as it is pressed, or it would go at once.
            coming, self._coming = self._coming, None
            if coming is not None and not event.isAutoRepeat() and coming.hasFocus():
                self._show(coming)
        elif kind == QEvent.Type.FocusOut:
            if watched is self._coming:
                self._coming = None
            if watched is self._shown_for:
                self._shown_for = None
                QToolTip.hideText()
        elif kind == QEvent.Type.FocusIn and event.reason() in _BY_KEYBOARD and isinstance(watched, QWidget):
            # A button's Alt+letter presses it: the keyboard passes by on its way to what it does.
            pressed = event.reason() == Qt.FocusReason.ShortcutFocusReason and isinstance(watched, QAbstractButton)
            self._coming = watched if not pressed and _tip_of(watched) else None
            self._coming_by = self._pressed
        return False

    def _show(self, control: QWidget) -> None:
        # Where the mouse's tip would show over the control's middle: under it, its left edge in
        # view (Qt puts a tip a little below and right of the point it is given).
        QToolTip.showText(control.mapToGlobal(QPoint(min(control.width() // 2, 16), control.height() // 2)),
                          _tip_of(control), control)
        self._shown_for = control


__all__ = ["TipOnKeyboardFocus", "tip_said_elsewhere"]
