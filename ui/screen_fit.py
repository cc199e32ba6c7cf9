"""Windows and dialogs opened no larger than the screen they open on.

A clinic laptop is often 1366 x 768, or 1280 x 800 at 125% scaling (1024 x 640 for Qt): the
handout preview opened 960 pixels high, its Print and Save buttons below the bottom of the
screen, and the main window's first size was 1280 x 800 (W27B-06).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window's own frame and title bar, which Qt does not count in its size.
FRAME = QSize(16, 40)


def room(widget: QWidget) -> QSize | None:
    """The room a window has on the screen `widget` opens on, its frame and title bar taken
    off; None with no screen at all."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() if anchor is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry().size() - FRAME


def on_screen(widget: QWidget, width: int, height: int) -> QSize:
    """`width` x `height`, or less where the screen `widget` opens on has less room."""
    wanted, there = QSize(width, height), room(widget)
    if there is None:
        return wanted
    return wanted.boundedTo(there).expandedTo(widget.minimumSizeHint())


def across_at_most(widget: QWidget, width: int) -> int:
    """`width`, or the room across the screen `widget` opens on where that is less: a dialog's
    least width of so many letters was 765 pixels at 15 pt, past a 667-pixel screen's edge
    (S104-02)."""
    there = room(widget)
    return width if there is None else min(width, there.width())


def no_taller_than_the_screen(widget: QWidget) -> None:
    """`widget` (a dialog, before it is shown) made as wide as the screen's room and no taller,
    where the size Qt would give it is taller than the room (with large text at 200%, S104);
    else left to Qt, so that it looks as it always did."""
    there = room(widget)
    if there is None:
        return
    width = min(max(widget.sizeHint().width(), widget.minimumWidth()), there.width())
    needed = widget.heightForWidth(width)
    if max(needed, widget.sizeHint().height() if needed < 0 else needed) > there.height():
        widget.resize(on_screen(widget, there.width(), there.height()))
