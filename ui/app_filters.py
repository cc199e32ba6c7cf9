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

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

Made = TypeVar("Made", bound=QWidget)


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

    def made_aside(self, make: Callable[[], Made]) -> Made:
        """What `make` makes out of sight (the client page), made with this filter off the
        application; on again, each filter is given what it would have acted on meanwhile
        (`caught_up`).

        The client page's ~900 widgets sent ~3,900 events as they were made (children added,
        properties set, polished), each a Python call here that no filter acted on but for a
        box's Polish (W208, P213-01).  Nothing else is asked of them then: no key, turn or focus
        comes to a page not yet shown, and no event loop runs while it is made.  On again, this
        filter is the first Qt asks: not for use while another application filter must be asked
        before it (ui.keys.TextTypedAhead's)."""
        app = QApplication.instance()
        app.removeEventFilter(self)
        try:
            made = make()
        finally:
            app.installEventFilter(self)
        for each in self._filters:
            caught_up = getattr(each, "caught_up", None)
            if caught_up is not None:
                caught_up(made)
        return made
