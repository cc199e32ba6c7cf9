"""A menu item's tip beside it when the keyboard comes to it and the status bar cut it.

A menu item's tip shows in the status bar, two lines high (ui.status_bar): on a laptop at 200%
with large text the longer ones (Print handouts for this event..., Re-screen whole caseload...)
are cut there, and their "(Ctrl+M for more)" cannot be pressed with a menu open.  The mouse held
over the item shows the tip whole (Z116-02); a paralegal who opens the menu with Alt and moves with
the arrow keys saw only the cut one (stop 58 left it).  Where the bar cuts the tip of the item the
keyboard highlights, the tip now shows whole beside the menu, as the mouse's would, and goes with
the next item or the menu.  An item the mouse highlights gets nothing more: Qt shows the mouse's
own tip as it rests.  While a menu is open the bar's cut tip ends "..." alone, not "(Ctrl+M for
more)" (M59-03).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolTip

from ui.status_bar import WrappingStatusBar


_BELOW_THE_POINT = 16


class _KeyboardTip(QObject):
    """Watches one menu: whether the keyboard or the mouse moved its highlight last."""

    def __init__(self, menu: QMenu, bar: WrappingStatusBar) -> None:
        super().__init__(menu)
        self._menu, self._bar = menu, bar
        self._by_keys = False
        menu.installEventFilter(self)
        menu.hovered.connect(self._highlighted)
        menu.aboutToHide.connect(self._hide)
        menu.aboutToShow.connect(lambda: bar.menu_opened(True))
        menu.aboutToHide.connect(lambda: bar.menu_opened(False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            self._by_keys = True
        elif event.type() in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress):
            self._by_keys = False
        return False

    def _highlighted(self, action: QAction) -> None:
        # The menu says an item is highlighted before it puts the item's tip in the status bar:
        # whether the bar cut it is known a moment later.
        if self._by_keys:
            QTimer.singleShot(0, lambda: self._show_if_cut(action))
        else:
            self._hide()

    def _show_if_cut(self, action: QAction) -> None:
        menu, message = self._menu, self._bar.message
        if not menu.isVisible() or menu.activeAction() is not action or not self._by_keys:
            return
        tip = action.statusTip()
        if not tip or message.text() != tip or not message.cut():
            self._hide()
            return
        item = menu.actionGeometry(action)
        # Beside the menu where the screen has room, else under the item, as the mouse's tip shows
        # under the mouse: never over the item's own words.  Qt puts a tip 16 pixels below the
        # point it is given (where a mouse pointer ends).
        QToolTip.showText(menu.mapToGlobal(QPoint(menu.width(), item.bottom() + 1 - _BELOW_THE_POINT)), tip, menu)

    def _hide(self) -> None:
        # Only a tip shown for this menu: a tooltip is one for the whole program.
        if QToolTip.isVisible() and any(action.statusTip() == QToolTip.text() for action in self._menu.actions()):
            QToolTip.hideText()


def tip_beside_keyboard_item(menu: QMenu, bar: WrappingStatusBar) -> None:
    """Show the tip of the item the keyboard highlights in `menu` beside it where `bar` cuts it."""
    _KeyboardTip(menu, bar)


__all__ = ["tip_beside_keyboard_item"]
