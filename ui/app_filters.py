"""The window's application-wide event filters, asked through one.

Every event of the program (moves, resizes, layouts, paints: ~1,440 when a client is opened) passed
through each of the window's three filters in turn (ui.keys.AltKeysAreNotText,
ui.undo.FieldUndoFallsThrough, ui.wheel.WheelScrollsThePage), a Python call each, to be let through
by all three (a fourth since, ui.focus_tips.TipOnKeyboardFocus, for focus: A99-01).  Installed here
behind one filter, each is asked only of the events of the kinds it acts on (a key, a wheel turn, a
plain event such as Polish), in the order Qt asked them (the last installed first), and any event
of other kinds passes with one call (E97-03).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject


class ApplicationFilters(QObject):
    """Installed on the application for the window that owns it (its parent).  Each filter says
    which event classes it acts on with `wants(event_class)`; the answer is kept per class."""

    def __init__(self, parent: QObject, filters: Sequence[QObject]) -> None:
        super().__init__(parent)
        self._filters = tuple(filters)
        self._for_class: dict[type, tuple[QObject, ...]] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = type(event)
        filters = self._for_class.get(kind)
        if filters is None:
            filters = self._for_class[kind] = tuple(each for each in self._filters if each.wants(kind))
        for each in filters:
            if each.eventFilter(watched, event):
                return True
        return False
