"""The cell the keyboard is on, said whole in the status bar where its table cuts it (K97-01).

A table cuts a cell's words to its column ("Compton expungement f...", a case's long title, a
history line), and the whole was a tooltip: the mouse's.  A sighted paralegal arrowing along a
table had no key for it (A94 left it; B70-02 had done it for the caseload's Outstanding column
alone).  Every table of the window now says the cell the keyboard is on in the status bar, whole,
while the keyboard is on it and only where the cell shows less than its words (cut, or said in
fewer words by its column's delegate): one way for every table, the one the caseload already had,
that needs no key to learn and takes nothing from a screen reader, which reads the cell whole and
is not made to hear the status bar.  A message longer than the bar's lines is whole in View >
Whole status message (Ctrl+M); Ctrl+C copies the cell (Qt's own, whole).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyle, QStyleOptionViewItem


def text_room(option) -> int:
    """The room Qt's item view style elides a cell's text to: its text rectangle less its margins."""
    widget = option.widget
    style = widget.style() if widget is not None else QApplication.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, widget) + 1
    return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget).width() - 2 * margin


def cell_fit(option):
    """The cell's font metrics, its room (`text_room`), and whether a text fits it whole as
    Qt's own cut will judge it (a text as wide as the room, by a fraction, is cut)."""
    metrics = option.fontMetrics
    room = text_room(option)

    def fits(text: str) -> bool:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room) == text

    return metrics, room, fits


def shown_cut(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Whether `view` shows less of the cell's words than it has: its delegate's fewer words
    (the caseload's Next action and Outstanding), or Qt's "..." at the column's edge."""
    words = index.data()
    if not isinstance(words, str) or not words:
        return False
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    if option.rect.width() <= 0:
        return False
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    _metrics, _room, fits = cell_fit(option)
    return option.text != words or not fits(words)


def whole_words(index: QModelIndex) -> str:
    """The cell's words in full on one line: its tooltip where that holds them (an Outstanding
    list, a next action with its day), else its words with what the tooltip adds (a name found
    by an alias)."""
    words = index.data() or ""
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    tip = ", ".join(line for line in tip.splitlines() if line) if isinstance(tip, str) else ""
    if not tip or tip == words:
        return words
    return tip if words in tip else f"{words}. {tip}"


class CellInFull(QObject):
    """Watches `table`: `said` gives "Clinic event for Ana Peña: Compton expungement fair" as the
    keyboard comes to a cut cell (`of_row` names its row: the caseload's client), "" as it comes
    to one shown whole or leaves the table (MainWindow._cell_in_full shows it)."""

    said = Signal(str)

    def __init__(self, table: QAbstractItemView, of_row: Callable[[QModelIndex], str] | None = None) -> None:
        super().__init__(table)
        self._table = table
        self._of_row = of_row
        table.selectionModel().currentChanged.connect(self._current)
        # A column widened (the Menu key's fit, K97-02, or a divider dragged) may show the cell
        # whole now, or cut it: said again, or taken away.
        table.horizontalHeader().sectionResized.connect(self._column_resized)
        # The line changed under the keyboard (another desk's change followed, a re-screen, a
        # line renamed moving to its place): its words said again, not the old ones (R101-03).
        table.model().dataChanged.connect(self._line_changed)
        table.model().layoutChanged.connect(self._said_again)
        table.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.said.emit("")
        elif event.type() == QEvent.Type.FocusIn:
            self._current(self._table.currentIndex())
        return False

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        current = self._table.currentIndex()
        if self._table.hasFocus() and current.isValid() and current.column() == column:
            self._current(current)

    def _line_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles=()) -> None:
        current = self._table.currentIndex()
        if current.isValid() and top_left.row() <= current.row() <= bottom_right.row() \
                and top_left.column() <= current.column() <= bottom_right.column():
            self._said_again()

    def _said_again(self) -> None:
        if self._table.hasFocus():
            self._current(self._table.currentIndex())

    def _current(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        """Only while the table has the keyboard: the program moving its current cell says nothing."""
        if not (current.isValid() and self._table.hasFocus() and shown_cut(self._table, current)):
            self.said.emit("")
            return
        header = current.model().headerData(current.column(), Qt.Orientation.Horizontal) or ""
        whose = f" for {self._of_row(current)}" if self._of_row is not None else ""
        self.said.emit(f"{header}{whose}: {whole_words(current)}")


__all__ = ["CellInFull", "cell_fit", "shown_cut", "text_room", "whole_words"]
