"""The mouse wheel scrolls the page; it changes a choice or a count only in the box being edited.

Qt gives a wheel turn to the combo box or spin box under the pointer, focused or not.  The
case form and the checklist are long pages read with the wheel, so a turn passing over
"Sentence" made "Probation" "No probation" and autosave stored it, the probation dates and
violations gone; over "Level", a misdemeanor became a felony; over a class count, 8 of 8
became 7 (GUI check W21-22).  Here an unfocused box hands the turn to the scroll area it
sits in, which scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

_CHOICES = (QComboBox, QAbstractSpinBox)


class WheelScrollsThePage(QObject):
    """Installed on the application, beside ui.keys.AltKeysAreNotText (ui.app_filters)."""

    @staticmethod
    def wants(event_class: type) -> bool:
        """A turn, or a plain event (Polish is one): the only events it acts on (ui.app_filters)."""
        return event_class is QEvent or issubclass(event_class, QWheelEvent)

    @staticmethod
    def caught_up(built: QWidget) -> None:
        """The boxes of `built` polished while the filter was off (`ApplicationFilters.made_aside`),
        as their Polish would have left them; the others are polished later, the filter on."""
        for kind in _CHOICES:
            for box in built.findChildren(kind):
                if box.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                    _not_by_the_wheel(box)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Handed a turn (a QWheelEvent) or a plain QEvent only (`wants`, ui.app_filters); the
        # type, which builds an enum, asked only of a plain event to a box (E96-01, E97-03).
        if type(event) is QEvent:
            if isinstance(watched, _CHOICES) and event.type() == QEvent.Type.Polish:
                _not_by_the_wheel(watched)
            return False
        if not isinstance(watched, _CHOICES):
            return False
        if watched.hasFocus():
            return False  # clicked into first: the wheel steps through its choices, as the user means
        pages = []
        page = watched.parentWidget()
        while page is not None:
            if isinstance(page, QAbstractScrollArea):
                pages.append(page)
            page = page.parentWidget()
        if pages:
            # The nearest that can still go that way: the case form lies in the Record page's
            # own scroll area (X74-01), and at its foot a turn over "Sentence" moved nothing,
            # where over a label Qt hands it on to the page (not a turn sent on here: R75-05).
            page = next((page for page in pages if _can_go(page, event)), pages[0])
            QApplication.sendEvent(page.viewport(), event)  # the scroll area reads only the turn, not where
        return True  # the box itself never sees it


def _not_by_the_wheel(box: QWidget) -> None:
    """Tab and a click still give a box the focus; a wheel turn no longer does (Qt gives it
    before any filter sees the turn, and the box would then take it)."""
    if box.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _can_go(page: QAbstractScrollArea, turn: QWheelEvent) -> bool:
    """Whether `page` can still scroll the way `turn` goes (as QAbstractScrollArea reads it:
    sideways where the turn is more sideways than up or down).  The delta alone gives the way:
    with "natural" scrolling on, Qt has already turned it round and only marks the turn
    inverted, which a scroll bar does not read; read here too, a natural turn down at the case
    form's foot went to the form, and nothing moved (R76-01)."""
    delta = turn.angleDelta()
    sideways = abs(delta.x()) > abs(delta.y())
    bar = page.horizontalScrollBar() if sideways else page.verticalScrollBar()
    step = delta.x() if sideways else delta.y()
    return bar.value() > bar.minimum() if step > 0 else bar.value() < bar.maximum() if step < 0 else False
