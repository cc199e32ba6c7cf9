"""Text an input method is still composing is the field's text when the form is read.

A letter made with a dead key ("´" then "e", on macOS or with IBus on Linux) or a word an input
method builds (IBus, Fcitx, a Windows IME) is shown in the field underlined while it is composed
(Qt's "preedit"), and is not yet the field's text: QLineEdit.text() and toPlainText() leave it
out.  Qt asks the system's input method to commit it when the keyboard moves to another widget
(QWidget::setFocus), not when a shortcut is pressed in the field: "Su madre es " with "Nguyễn"
composed, then Ctrl+S, saved "Su madre es " while the notes showed the name (H97-01).

`finish_composing` has it committed before a form is read; `CompositionsShown` commits what a
field still shows composed when the keyboard leaves it, for an input method that did not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

# The fields whose composition is known: a text box shows it in its layout, a line edit's is
# kept from the input method's events (Qt gives no way to read it back).
_TEXT_BOXES = (QPlainTextEdit, QTextEdit)
# The dynamic property holding the text an input method shows composed in a line edit.
_SHOWN = "clinicDeskComposing"
# The moves of the keyboard at which Qt does not ask the input method to commit: a popup opened
# over the field (a completer's list) or the menu bar entered; the composition goes on after.
_STILL_COMPOSING = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.MenuBarFocusReason)


def shown_composing(field: QObject) -> str:
    """The text an input method shows composed in `field`, not yet its text ("": none)."""
    if isinstance(field, _TEXT_BOXES):
        return field.textCursor().block().layout().preeditAreaText()
    if isinstance(field, QLineEdit):
        return field.property(_SHOWN) or ""
    return ""


class CompositionsShown(QObject):
    """Watches each text field the keyboard goes to (an input method sends only to it), so that
    no filter on the whole application sees every event (E96-01).

    A line edit's composition is kept as the input method shows it, and forgotten whenever the
    field's text changes (committed, or set by the program: a form shown again).  When the
    keyboard leaves a field that still shows one, Qt has already asked the input method to
    commit it: one that did not left it shown and never in the field's text, so it is committed
    here, as the input method would have."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        QApplication.instance().focusChanged.connect(self._watch)
        self._watch(None, QApplication.focusWidget())

    def _watch(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isinstance(new, (QLineEdit, *_TEXT_BOXES)) or new.property(_SHOWN) is not None:
            return
        new.setProperty(_SHOWN, "")  # watched from now on
        new.installEventFilter(self)
        if isinstance(new, QLineEdit):
            new.textChanged.connect(self._text_changed)

    def _text_changed(self) -> None:
        field = self.sender()
        if field is not None:
            field.setProperty(_SHOWN, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QInputMethodEvent):
            if isinstance(watched, QLineEdit):
                watched.setProperty(_SHOWN, event.preeditString())
        elif isinstance(event, QFocusEvent) and event.type() == QEvent.Type.FocusAboutToChange \
                and event.reason() not in _STILL_COMPOSING and shown_composing(watched):
            _finish_in(watched)
        return False


def finish_composing() -> None:
    """What an input method is composing in the field with the keyboard, committed to it as
    typed: call before a form is read to be saved, or left."""
    field = QApplication.focusWidget()
    if field is not None and field.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled):
        _finish_in(field)


def _finish_in(field: QWidget) -> None:
    """The composition in `field`, which has the keyboard, committed.

    Asked of the system's input method first, as Qt asks it at a change of focus: IBus and macOS
    commit on `commit()`; Windows' IME does nothing then and commits on `reset()` (Qt
    resets it once the keyboard has moved: committed here before, it would have been typed
    twice).  What the field still shows composed after both (an input method that does neither)
    is committed as it shows it."""
    method = QGuiApplication.inputMethod()
    method.commit()
    method.reset()
    shown = shown_composing(field)
    if shown:
        committed = QInputMethodEvent()
        committed.setCommitString(shown)
        QApplication.sendEvent(field, committed)
