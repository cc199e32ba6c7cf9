"""A table's column widths from the keyboard: the Menu key or Shift+F10 (K97-02).

Widths were the mouse's alone, a divider dragged in the header: a keyboard-only paralegal could
not widen the caseload's Clinic event cut to "Compton ex…", nor put the widths back once dragged.
In the table, the Menu key (Shift+F10 too, as on Windows; Qt on Linux makes nothing of it) opens a
menu under the cell the keyboard is on: fit that column to its words, or put every column back as
the program sizes them.  A right-click on the header opens the same, for the column clicked.  A
column that sizes itself (fitted to its words, or taking the room left) offers the reset alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView
from shiboken6 import isValid


class ColumnWidthsMenu(QObject):
    """Watches `table`; `reset` puts its columns back as the program sizes them."""

    def __init__(self, table: QTableView, reset: Callable[[], None]) -> None:
        super().__init__(table)
        self._table = table
        self._reset = reset
        self.menu: QMenu | None = None  # the one open, for a test to read
        table.installEventFilter(self)
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda at: self.open(header.logicalIndexAt(at), header.mapToGlobal(at)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and _menu_key(event):
            self.open_at_current()
            return True
        if event.type() == QEvent.Type.ContextMenu and event.reason() == event.Reason.Keyboard:
            # The system's own menu event for the key (Windows sends one for Shift+F10 and the
            # Menu key): the same menu, and not a second where the key press opened it already.
            if not self._open():
                self.open_at_current()
            return True
        return False

    def _open(self) -> bool:
        return self.menu is not None and isValid(self.menu) and self.menu.isVisible()

    def open_at_current(self) -> None:
        """The menu under the cell the keyboard is on (the first column's, if none is)."""
        current = self._table.currentIndex()
        column = current.column() if current.isValid() else self._table.horizontalHeader().logicalIndex(0)
        cell = self._table.visualRect(current) if current.isValid() else self._table.viewport().rect()
        self.open(column, self._table.viewport().mapToGlobal(cell.bottomLeft() + QPoint(0, 1)))

    def open(self, column: int, at: QPoint) -> None:
        header = self._table.horizontalHeader()
        title = str(self._table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        menu = QMenu(self._table)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit = menu.addAction(f"&Fit “{title}” to its words")
        fit.setEnabled(column >= 0 and _sized_by_hand(header, column))
        fit.triggered.connect(lambda: self._table.resizeColumnToContents(column))
        menu.addAction("&Reset column widths").triggered.connect(self._reset)
        self.menu = menu
        menu.popup(at)


def _menu_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return ((event.key() == Qt.Key.Key_Menu and modifiers == Qt.KeyboardModifier.NoModifier)
            or (event.key() == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier))


def _sized_by_hand(header: QHeaderView, column: int) -> bool:
    """A column whose width a divider sets: not one fitted to its words, nor the last where it
    takes the room left."""
    if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Interactive:
        return False
    return not (header.stretchLastSection() and header.visualIndex(column) == header.count() - 1)


__all__ = ["ColumnWidthsMenu"]
