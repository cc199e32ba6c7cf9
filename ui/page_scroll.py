"""A tab page that scrolls up and down where the window is shorter than the page.

A page laid out straight on its tab asked its whole height as the least the window could be:
the Eligibility page's banner, dates, results and review row made the client window at least
379 pixels high, where a 1366 x 768 laptop at 200% leaves 344, and its status bar ("Saved",
the search hint, the re-screen's result) was below the screen's edge (X72, X74-01).  In a
scroll area the page keeps its full height, scrolled, and nothing on it is squeezed or cut;
where the window has the room, nothing scrolls and the page looks as it did.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QBoxLayout, QFrame, QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget
from shiboken6 import isValid

# The least height a page asks of the window: a few lines of it, scrolled (the tab's title,
# the window's header and status bar stay in sight around it).
LINES_SHOWN = 5
# Where the screen has not the room for those five (12 pt on a 1366 x 768 laptop at 200%, E109):
# four, the column names and three results; not everywhere, where at the usual font the keyboard's
# result under the As-of row was cut at the window's least height (K81-04).
FEWEST_LINES = 4


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The scroll area `widget` stands in (the nearest), None where it stands in none."""
    scroll = widget.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    return scroll


def show_whole(scroll: QScrollArea, widget: QWidget, margin: int = 0) -> None:
    """Scroll `scroll` so that the whole of `widget`, in what it shows, is in sight with `margin`
    round it: ensureWidgetVisible shows a line edit's text cursor only, its frame left cut at
    the edge."""
    middle = widget.rect().center()  # rounded down: its edge furthest from it is the far one
    center = widget.mapTo(scroll.widget(), middle)
    scroll.ensureVisible(center.x(), center.y(), widget.width() - middle.x() + margin, widget.height() - middle.y() + margin)


def moved_within(scroll: QScrollArea, old: QWidget | None, new: QWidget | None) -> bool:
    """Whether the keyboard moved to `new`, in what `scroll` shows, from elsewhere in the same
    window: to be scrolled into sight.  Not where it only came back to the window (from another
    program, or another window): the form scrolled down with the wheel to read the counts jumped
    back to "Case number" on Alt+Tab, and the Eligibility page to its As-of date (R76-02).
    Where it was is where the user left it."""
    body = scroll.widget()
    if new is None or body is None or not scroll.isVisible() or not body.isAncestorOf(new):
        return False
    return old is not None and old.window() is new.window()


class PageScroll(QScrollArea):
    """The scroll area a page's controls are laid out in (`scrolled_body`): no frame, no stop
    of Tab, as wide as the page needs (it never scrolls sideways), and the control the focus
    goes to is scrolled into sight, however it got there: Tab (as any scroll area does), an
    Alt letter, or the program putting it there (the page's first control, a row just added)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A frame, not a stop on the Tab chain: the page's controls are (K19-01, W28-07).
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines = LINES_SHOWN  # the lines asked as its least height (`ask_lines`)
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def line_height(self) -> int:
        return self.fontMetrics().height() + 4

    def ask_lines(self, lines: int) -> None:
        """`lines` of the page asked as its least height from now on.  What holds the page is
        told at once (not at the next layout), so that the window's least height read just after
        counts them."""
        if lines == self.lines:
            return
        self.lines = lines
        self.updateGeometry()
        if self.parentWidget() is not None:
            self.parentWidget().updateGeometry()  # the page, in its tab widget

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # The page's own least width, and room for the scroll bar beside it, so that it does not
        # scroll sideways; a few lines of height, not the page's whole.
        body = self.widget()
        lines = self.lines * self.line_height()
        if body is None:
            return QSize(super().minimumSizeHint().width(), lines)
        return QSize(body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width(), lines)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # The page's own, where a scroll area asks a share of it (as PaneScroll, G42-05).
        body = self.widget()
        return super().sizeHint() if body is None else body.sizeHint()

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if not moved_within(self, old, new):
            return
        # The field whole where it fits, with a margin a line's height (Qt centres one taller
        # than the room).
        self.ensureWidgetVisible(new, 8, 8)
        if isinstance(new, QAbstractItemView):
            # Qt brings a table's current cell into sight, not the table: scrolled up to its
            # first row, the page showed the row under the column names, the names cut off and
            # the "Show remedies that do not apply" row cut in half over them (X76-03).
            self._table_in_sight(new)
        self._no_row_cut_at_top(new)

    def _table_in_sight(self, table: QAbstractItemView) -> None:
        """A table from its column names to its current row, where that fits; else from its top.
        Not the whole table: the page as little scrolled as before, the As-of date in sight."""
        bar, room = self.verticalScrollBar(), self.viewport().height()
        top = table.mapTo(self.widget(), QPoint(0, 0)).y()
        cell = table.visualRect(table.currentIndex())
        bottom = (table.viewport().mapTo(self.widget(), cell.bottomLeft()).y() + 1 if cell.isValid()
                  else top + table.height())
        if bottom - top + 2 * 8 > room:
            bar.setValue(top)
        elif top - 8 < bar.value():
            bar.setValue(top - 8)
        elif bottom + 8 > bar.value() + room:
            bar.setValue(bottom + 8 - room)

    def _no_row_cut_at_top(self, focused: QWidget) -> None:
        """Scrolled on past a control over `focused` that the top of the room cuts across, part
        shown: whole rows show at the top, as on a page turned (X76-03)."""
        body, bar = self.widget(), self.verticalScrollBar()
        top = focused.mapTo(body, QPoint(0, 0)).y()
        for _ in range(20):  # each step goes down past one: a page has a few rows over a control
            value = bar.value()
            ends = [y + w.height() for w in _rows(body, focused)
                    for y in (w.mapTo(body, QPoint(0, 0)).y(),) if y < value < y + w.height() <= top]
            if not ends:
                return
            bar.setValue(max(ends))


def _rows(body: QWidget, focused: QWidget) -> list[QWidget]:
    """The controls of `body` that show, but `focused` and what holds it: in what holds it (the
    splitter of the results and their details), its own controls; none of a scroll area's that
    holds it (the Record page's case form), which it scrolls itself."""
    rows = []
    for widget in body.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if not widget.isVisible() or widget is focused:
            continue
        if not widget.isAncestorOf(focused):
            rows.append(widget)
        elif not isinstance(widget, QAbstractScrollArea):
            rows.extend(_rows(widget, focused))
    return rows


class FocusInSight(QObject):
    """Kept by a scroll area inside a page (the case form, the client's pane): the control the
    focus goes to is scrolled into sight there, as PageScroll does for the page.  Tab scrolls
    any scroll area; an Alt letter (Alt+U, Case number) pressed at the foot of a long case put
    the keyboard in a field above the form's fold, out of sight (R75-04).  A child of the scroll
    area, so that its watch ends with it."""

    def __init__(self, scroll: QScrollArea):
        super().__init__(scroll)
        self._scroll = scroll
        QApplication.instance().focusChanged.connect(self._focus_moved)

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        scroll = self._scroll
        if not isValid(scroll):
            return  # the focus leaving a form as it is taken down: the scroll area is gone first
        if not moved_within(scroll, old, new):
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # clicked: what was clicked is in sight, and moved under the pointer a click went amiss
        self._in_sight(new)
        # And again once laid out, where that moved it: a note said beside the field left (a date
        # unreadable) is laid out in the pane's old height as the focus moves, and once the pane
        # had lengthened under it the field Tab went to was below the fold, 8 pixels of it seen
        # (K435-01).  Not where only the scroll bar moved: scrolled on purpose, it stays.
        placed = self._placed(new)
        QTimer.singleShot(0, self, lambda: self._still_in_sight(new, placed))

    def _placed(self, widget: QWidget) -> tuple[int, int, int]:
        """Where `widget` is in what the scroll area holds (its top, its height), and the room
        the scroll area shows."""
        return widget.mapTo(self._scroll.widget(), QPoint(0, 0)).y(), widget.height(), self._scroll.viewport().height()

    def _still_in_sight(self, focused: QWidget, placed: tuple[int, int, int]) -> None:
        scroll = self._scroll
        if (isValid(scroll) and isValid(focused) and focused.hasFocus() and scroll.widget().isAncestorOf(focused)
                and self._placed(focused) != placed):
            self._in_sight(focused)

    def _in_sight(self, new: QWidget) -> None:
        scroll = self._scroll
        body = scroll.widget()
        sideways = scroll.horizontalScrollBar()
        was = sideways.value()
        scroll.ensureWidgetVisible(new, 8, 8)  # as PageScroll: the field whole, a margin round it
        start = new.mapTo(body, QPoint(0, 0)).x()
        if was <= start < was + scroll.viewport().width() - 8:
            # Its start in sight: not sideways, the labels at the left kept in sight.  Alt+P's new
            # petition row at 944 x 500 moved the case form 4 pixels sideways (AA64-01, R76-03).
            sideways.setValue(was)


class PageBody(QWidget):
    """What a PageScroll holds: the page's controls, laid out top to bottom."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        # The least height at which nothing is cut, `width` wide: the words that wrap (the
        # banner, the Eligibility tab's top row) as high as they are at that width, and the
        # rest (the results and their details) at their least.  A scroll area gives what it
        # holds the height this answers; Qt's own answer is the page's preferred height, and the
        # Eligibility page scrolled 366 pixels at 200%, the results table as high as at 100%.
        layout = self.layout()
        if not isinstance(layout, QBoxLayout) or layout.direction() != QBoxLayout.Direction.TopToBottom:
            return super().heightForWidth(width)
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        heights = [item.heightForWidth(inner) if item.hasHeightForWidth() else item.minimumSize().height()
                   for item in (layout.itemAt(i) for i in range(layout.count())) if not item.isEmpty()]
        return margins.top() + margins.bottom() + sum(heights) + max(layout.spacing(), 0) * max(len(heights) - 1, 0)


class DialogPart(PageScroll):
    """A PageScroll over a dialog's buttons that asks no room for its scroll bar: the bar shows
    only where the dialog is sized to the screen's room (`screen_fit.no_taller_than_the_screen`),
    as wide as the screen, and elsewhere the 14 pixels kept for it made a dialog sized by its
    widest line (a count's long words) wider than it was (S105-04)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        least = super().minimumSizeHint()
        body = self.widget()
        return least if body is None else QSize(body.minimumSizeHint().width(), least.height())


# The tip of words that scroll, shown as Tab comes to them (ui.focus_tips).
WORDS_SCROLLED = "More below: Down and Page Down scroll these words, Up and Page Up back"


class WordsScroll(QScrollArea):
    """Wrapped words (`label`) that scroll where the page is short rather than be squeezed, their
    first and last lines cut: the empty caseload's guidance at 200% with 15 pt text had 128 of
    its 216 pixels (S105-05).  It asks what the label asks, so that it is laid out where and as
    the label was, and looks as it did wherever the words have their room."""

    def __init__(self, label: QLabel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # words, not a stop of the Tab chain: while they fit
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        self.setWidget(label)
        label.setAutoFillBackground(False)  # the page's own ground
        self.viewport().setAutoFillBackground(False)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(label.accessibleName())
        self.verticalScrollBar().rangeChanged.connect(self._scrolls_or_not)

    def _scrolls_or_not(self, _least: int, most: int) -> None:
        """Where the words scroll, a stop of Tab, its tip shown as the keyboard comes (A99-01):
        nothing in them takes the keyboard, so the lines below the fold ("File > Open demo
        caseload") were the mouse's alone (R106-02).  Where they fit, as before: no stop, no tip."""
        scrolls = most > 0
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if scrolls else Qt.FocusPolicy.NoFocus)
        self.setToolTip(WORDS_SCROLLED if scrolls else "")

    def say(self, words: str) -> None:
        """The label's words, and the size they ask of the page asked at once, as the label laid
        out straight asked it (the label's own asking reaches only the viewport, and late)."""
        self.widget().setText(words)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self.widget().heightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.widget().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # No more than a line high at least, as the words asked run together: a label asks the
        # height of its lines unwrapped, and with the empty caseload's steps one to a line
        # (E138-01) the six lines at 15 pt asked 144 pixels the laptop's page did not have.
        label = self.widget()
        least = label.minimumSizeHint()
        margins = label.contentsMargins()
        line = label.fontMetrics().height() + margins.top() + margins.bottom() + 2 * label.margin()
        return QSize(least.width(), min(least.height(), line))


def dialog_part(kind: type[QLayout] = QVBoxLayout) -> tuple[DialogPart, QLayout]:
    """A PageScroll for what a dialog says and asks over its buttons, and the layout (of `kind`)
    to put that in: on a short screen with large text it scrolls, the buttons kept in sight
    under it (S104, S105); with room nothing scrolls and the dialog looks as it did laid out
    straight."""
    scroll = DialogPart()
    scroll.setWidget(QWidget())
    scroll.widget().setAutoFillBackground(False)  # the dialog's own ground, as with its controls laid out on it
    scroll.viewport().setAutoFillBackground(False)
    layout = kind(scroll.widget())
    layout.setContentsMargins(0, 0, 0, 0)
    return scroll, layout


class MessageInSight(QObject):
    """Keeps `message`, in what `scroll` shows, scrolled into sight as it is said (`said()`
    true): as it is shown or grows, once laid out at its place and height; the control the
    keyboard is on in the part kept in sight, where both fit.  `now` for where the words change
    at the same height.  What was wrong with a passphrase (S104-03), with a ruling's date under
    Ruled on (E109-02), came under the part in sight, the button greyed without a word seen.
    A child of the message, so that its watch ends with it."""

    def __init__(self, scroll: QScrollArea, message: QWidget, said: Callable[[], object]):
        super().__init__(message)
        self._scroll, self._message, self._said = scroll, message, said
        message.installEventFilter(self)
        # And as what scrolls lengthens with it: the part a line longer after the message is.
        scroll.verticalScrollBar().rangeChanged.connect(self._laid_out)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self._laid_out()
        return False

    def _laid_out(self, *_range: int) -> None:
        # Once laid out: shown, it has its place and height only at the next layout.
        QTimer.singleShot(0, self, self.now)

    def now(self) -> None:
        scroll, message = self._scroll, self._message
        if not message.isVisible() or not self._said():
            return
        scroll.ensureWidgetVisible(message, 0, 0)
        focused = QApplication.focusWidget()
        if focused is not None and focused is not message and scroll.widget().isAncestorOf(focused):
            scroll.ensureWidgetVisible(focused, 0, 0)


class AboveFirst(QVBoxLayout):
    """A page's layout of what is kept above its scroll area (`scrolled_body`) and the scroll
    area: where the page is given less than its least, what is above keeps its height and the
    scroll area gives up the room.  Qt takes it from the taller first: at the window's least
    height with the client's outcome on four lines over the tabs (Qt asks the window the header's
    one line), the "Screening, not legal advice" banner's margin under it was cut, and with the
    results asking four lines, not five, the banner itself (33 of its 42 pixels, S106)."""

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        if self.count() < 2:
            return
        above, scroll = self.itemAt(0), self.itemAt(1)
        least = above.minimumSize().height()
        if above.geometry().height() < least:
            above.setGeometry(QRect(rect.x(), rect.y(), rect.width(), least))
            scroll.setGeometry(QRect(rect.x(), rect.y() + least, rect.width(), max(0, rect.height() - least)))


def scrolled_body(page: QWidget, above: QWidget | None = None) -> QWidget:
    """A widget to lay `page`'s controls out on, in a PageScroll that fills `page`.

    `above`: a widget kept in sight over the scroll area, never scrolled away: the Eligibility
    page's "Screening, not legal advice" banner, which is on every screen that shows
    determinations as it is on every printed page.  In the scroll area, at 200% the keyboard
    going to the results scrolled it above the fold (R75, X76-01).  It stands where it stood as
    the page's first row, and the page's layout starts under it (`under_above`)."""
    scroll = PageScroll()
    body = PageBody()
    scroll.setWidget(body)
    # The tab's own lighter ground shows through, as on a page laid out straight on its tab:
    # the scroll area fills what it holds with the window's darker grey.
    body.setAutoFillBackground(False)
    scroll.viewport().setAutoFillBackground(False)
    layout = AboveFirst(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    if above is not None:
        # The margins and the gap under it a page's own layout has: where nothing scrolls, the
        # page looks as it did with `above` its first row.
        holder = QWidget()
        layout.addWidget(holder)  # first: a child's margins, not a window's, are the style's answer
        held = QVBoxLayout(holder)
        margins = held.contentsMargins()
        held.setContentsMargins(margins.left(), margins.top(), margins.right(), max(held.spacing(), 0))
        held.addWidget(above)
    layout.addWidget(scroll)
    return body


def under_above(layout: QBoxLayout) -> None:
    """The page's layout (on `scrolled_body(page, above)`) starts at the top of its scroll area:
    the margin over it is under the widget above, out of the scroll area."""
    margins = layout.contentsMargins()
    layout.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
