"""The main window's status bar, its messages wrapped onto more lines where the window is narrow.

QStatusBar paints a message on one line and cuts it at its edge, with no "..." and no way to
read the rest: at 200% (a 1080p screen, the window 944 wide) "Saved: ... Best outcome now:
..." ended at "automatic arres", and a re-screen's result, which says where the caseload from
before it is kept, lost its end (AA64).  Here QStatusBar keeps the message (showMessage,
currentMessage, messageChanged, the menus' status tips, all as before) and a label says it,
wrapped: the bar grows a line or two for as long as the message lasts.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizeGrip, QStatusBar, QStyle, QStyleOption


class WrappingStatusBar(QStatusBar):
    """A QStatusBar whose temporary message is a word-wrapped label, not painted on one line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.message = QLabel()
        self.message.setWordWrap(True)
        # No accessible name of its own: a screen reader reads the label's text as its name
        # (and hears it change); named "Message", it read that word, not the message (AA66-01).
        self.message.hide()
        # Permanent, so that QStatusBar does not hide it while a message shows (it hides the
        # others: the caseload's own line), and first, at the left, with the room the others leave.
        self.insertPermanentWidget(0, self.message, 1)
        self.messageChanged.connect(self._message_changed)

    def _message_changed(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """As QStatusBar paints itself, less the message's one line (the label says it)."""
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self.children():
            if getattr(widget, "isWidgetType", lambda: False)() and widget.isVisible() and not isinstance(widget, QSizeGrip):
                frame = QStyleOption()
                frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
                frame.palette = self.palette()
                self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget)
        painter.end()
