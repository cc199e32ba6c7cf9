"""The main window's status bar, its messages wrapped onto more lines where the window is narrow.

QStatusBar paints a message on one line and cuts it at its edge, with no "..." and no way to
read the rest: at 200% (a 1080p screen, the window 944 wide) "Saved: ... Best outcome now:
..." ended at "automatic arres", and a re-screen's result, which says where the caseload from
before it is kept, lost its end (AA64).  Here QStatusBar keeps the message (showMessage,
currentMessage, messageChanged, the menus' status tips, all as before) and a label says it,
wrapped.

The bar is always MESSAGE_LINES lines high: grown a line or two for as long as a message
lasted (B65), it pushed the list up by a row and back down 8 to 30 s later, under a paralegal's
eyes and mouse (a row at 200%, three lines for the search box's hint; AA66).  A message longer
than those lines ends in "..." there, and is whole in the label's tooltip, in what a screen
reader reads, and in View > Whole status message (Ctrl+M) for the keyboard (B70-03).  A cut
message says so where it is cut: "... (Ctrl+M for more)" (R71: the "not saved" warning and a
re-screen's kept copy lost their ends at 200%, and nothing on screen said the rest was one key
away).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizeGrip, QSizePolicy, QStatusBar, QStyle, QStyleOption, QToolTip

# The lines the status bar always has room for: a message at 100% and most at 200% (the
# re-screen's result, the search box's hint at 683 wide take three: their end is then "...").
MESSAGE_LINES = 2
ELLIPSIS = "\u2026"


class LinesLabel(QLabel):
    """A word-wrapped label always `lines` lines high, whatever its text: a text longer than
    that is cut after its last word that fits, with "..." (and `more`, see `set_more`), and is
    whole in `text()`, in the label's tooltip (above its own) and in its accessible name."""

    def __init__(self, lines: int = MESSAGE_LINES, parent=None):
        super().__init__(parent)
        self._lines = lines
        self._whole = ""
        self._more = self._more_said = ""  # where the rest is, said where the text is cut (set_more)
        self._more_unsaid = False  # a menu is open: the rest is beside its item (hide_more)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # as QStatusBar said a message, and as it is measured
        # Its width is what the bar gives it, never asked for by its text (a long word once
        # widened the window: B65), and its height is fixed, so the bar's is.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._fit_height()

    def set_more(self, shown: str, said: str) -> None:
        """Where the text is cut, it ends "... (`shown`)" and its accessible description is
        `said`: how to read the rest (R71: a "..." alone did not say that the rest was one key
        away).  Not cut, the text is as it was, with no description."""
        self._more, self._more_said = shown, said
        self._show()

    def hide_more(self, hidden: bool) -> None:
        """While `hidden`, a cut text ends in "..." alone, its accessible description none."""
        self._more_unsaid = hidden
        self._show()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._whole = text
        self._show()

    def text(self) -> str:
        """The whole text, cut or not."""
        return self._whole

    def cut(self) -> bool:
        """Whether the text shown ends short of the whole text."""
        return super().text() != self._whole

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        self.setFixedHeight(self._lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom())

    def _fits(self, text: str, width: int) -> bool:
        """Whether `text` wrapped at `width` takes the label's lines, none of them wider: a run
        the wrapping cannot break (a Windows folder, "C:\\Users\\...") ran off the right edge
        of a message two lines high, clipped with no "..." (R74).  The width measured is the
        lines' advance, as they are laid out, not their ink: a line that fits is not wider."""
        room = QRect(0, 0, width, 1_000_000)
        taken = self.fontMetrics().boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
        return taken.height() <= self.contentsRect().height() and taken.width() <= width

    def _ends(self, text: str, width: int) -> list[int]:
        """Where `text` may be cut, in order: after a word (at a space, after a slash or a dash),
        and after any letter of a word wider than a line, which no cut after a word shows."""
        ends = [i + (c != " ") for i, c in enumerate(text) if c in " /-"]
        start = 0
        for word in text.split(" "):
            if len(word) > 1 and self.fontMetrics().horizontalAdvance(word) > width:
                ends += range(start + 1, start + len(word))
            start += len(word) + 1
        return sorted(set(ends))

    def _show(self) -> None:
        text, width = self._whole, self.contentsRect().width()
        more, more_said = ("", "") if self._more_unsaid else (self._more, self._more_said)
        mark = ELLIPSIS + (f" ({more})" if more else "")
        if width > 0 and text and not self._fits(text, width):
            # The longest start, cut after a word (after a letter where one word is too long),
            # that fits with "...": found in a few measures, not one per word.
            ends = self._ends(text, width)
            low, high = 0, len(ends)
            while low < high:
                middle = (low + high + 1) // 2
                if self._fits(text[:ends[middle - 1]].rstrip() + mark, width):
                    low = middle
                else:
                    high = middle - 1
            text = text[:ends[low - 1] if low else 0].rstrip() + mark
        super().setText(text)
        # Its name is the whole text where it is cut, else none (the text itself: AA66-01); its
        # description says where it is whole, as the "(Ctrl+M for more)" shown does.
        self.setAccessibleName(self._whole if text != self._whole else "")
        self.setAccessibleDescription(more_said if text != self._whole else "")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._show()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()
            self._show()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.cut():
            own = self.toolTip()
            QToolTip.showText(event.globalPos(), f"{self._whole}\n\n{own}" if own else self._whole, self)
            return True
        return super().event(event)


class WrappingStatusBar(QStatusBar):
    """A QStatusBar whose temporary message is a word-wrapped label, not painted on one line,
    MESSAGE_LINES high."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.message = LinesLabel()
        # No accessible name of its own: a screen reader reads the label's text as its name
        # (and hears it change); named "Message", it read that word, not the message (AA66-01).
        self.message.hide()
        self._menus_open = 0  # menus open, a submenu with its menu (menu_opened)
        # Permanent, so that QStatusBar does not hide it while a message shows (it hides the
        # others: the caseload's own line), and first, at the left, with the room the others leave.
        self.insertPermanentWidget(0, self.message, 1)
        self.messageChanged.connect(self._message_changed)

    def menu_opened(self, opened: bool) -> None:
        """A menu of the window opened (or closed).  While one is open the message is an item's
        tip, and a cut one does not end "(Ctrl+M for more)": the key cannot be pressed with a menu
        open, and shows the last message, not the tip (Z116 saw it); the tip is whole beside its
        item, under the mouse or the keyboard (ui.menu_tips)."""
        self._menus_open = max(0, self._menus_open + (1 if opened else -1))
        self.message.hide_more(self._menus_open > 0)

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
