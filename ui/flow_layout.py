"""A row of fields that wraps onto the next line when the pane is too narrow for it.

A conviction's row (offense, level, wobbler; the Prop 47 and Prop 64 facts) needed about
630 pixels on one line: in a window 1024 pixels wide, or 1280 at 125% display scaling, the
case form scrolled sideways and its right edge was out of sight (W27B-01).  Here each label
stays with its field ("Level:" never ends a line whose drop-down starts the next), and the
groups go on the next line where the line is full.  With room, it is one line, as before.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QLayoutItem, QStyle, QWidget


class _Sizes(NamedTuple):
    """An item's sizes: its least width, the size it asks, and where it is a label-and-field
    group, the height it takes with its label over its field (else None)."""

    item: QLayoutItem
    least: int
    hint: QSize
    folded_height: int | None


class _Measure(NamedTuple):
    """An item as one lay-out measures it: its least width, the size it asks, whether its label
    goes over its field at the width laid out, and the height it then takes."""

    item: QLayoutItem
    least: int
    hint: QSize
    folds: bool
    height: int


class FlowLayout(QLayout):
    """Items left to right, wrapped onto more lines where the width runs out; on each line
    the items as wide as they ask, where there is room (as in a row with a stretch before
    its last, trailing item)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._trailing: QLayoutItem | None = None  # kept at the right end of its line
        self._stretching: list[QLayoutItem] = []  # given the room left on their line
        # Label-and-field groups, whose label goes over the field where a line has not room
        # for the two side by side (S83-02: a petition's "Petition for:" and the remedy's whole
        # title needed 400 to 432 pixels, and the case form scrolled sideways at 200%).
        self._foldable: list[QHBoxLayout] = []
        # Those last placed folded: their box layout still holds the rectangle it had side by
        # side, and given it again does nothing (Qt lays a box out only when its rectangle
        # changes), so the two stayed folded in a window made wide again (R84b-03).
        self._folded: list[QHBoxLayout] = []
        # The height for a width, kept until Qt invalidates the layout (a field shown or hidden,
        # a label's words changed, the layout activated), as Qt's own box and grid layouts keep
        # theirs: asked ~90 times over the same few widths each time a client was opened (E97-01).
        self._height_for: dict[int, int] = {}
        # And its own size hint and least size, kept the same way (S367-01): the caseload's two
        # rows of filters were asked them 18 times as the window was built and first shown, each
        # answer asking every group again.
        self._sizes: dict[str, QSize] = {}
        self._sizes_of_items: list[_Sizes] | None = None  # see _item_sizes
        self.setContentsMargins(0, 0, 0, 0)

    def add_group(self, *widgets: QWidget, stretch: bool = False, folds: bool = False) -> None:
        """`widgets` side by side (a label and its field), never parted by a wrap; with
        `stretch`, the group takes the room its line has left over (a search box); with `folds`,
        a label and its field, the label goes over the field where the line has not room for
        both (a case's rows; not the caseload's filters, whose least width is AA66-02's).

        Held in a box layout of their own, even one alone: Qt deletes a widget's item when
        the widget goes, and an item this layout held itself was then used after it was
        deleted (a crash, as the rows of a case shown again were deleted)."""
        group = QHBoxLayout()
        group.setContentsMargins(0, 0, 0, 0)
        self.addChildLayout(group)
        self._items.append(group)
        for widget in widgets:
            group.addWidget(widget)
        if folds and len(widgets) == 2 and isinstance(widgets[0], QLabel):
            self._foldable.append(group)
        if stretch:
            self._stretching.append(group)
        self.invalidate()

    def add_trailing(self, widget: QWidget) -> None:
        """`widget` last, at the right end of its line (a row's Remove button)."""
        self.add_group(widget)
        self._trailing = self._items[-1]

    # ---- QLayout ---------------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)
        self._forget()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._forget()
        if item is self._trailing:
            self._trailing = None
        if item in self._stretching:
            self._stretching.remove(item)
        if item in self._foldable:
            self._foldable.remove(item)
        if item in self._folded:
            self._folded.remove(item)
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        height = self._height_for.get(width)
        if height is None:
            height = self._height_for[width] = self._lay_out(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        self._forget()
        super().invalidate()

    def _forget(self) -> None:
        """The sizes kept, measured again when next asked: an item added, taken or changed."""
        self._height_for.clear()
        self._sizes.clear()
        self._sizes_of_items = None

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """All on one line."""
        kept = self._sizes.get("hint")
        if kept is None:
            kept = self._sizes["hint"] = self._one_line()
        return QSize(kept)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest item at its narrowest: with less, it would be cut off."""
        kept = self._sizes.get("least")
        if kept is None:
            kept = self._sizes["least"] = self._narrowest()
        return QSize(kept)

    # ---- layout ------------------------------------------------------------------------

    def _one_line(self) -> QSize:
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._with_margins(QSize(width, height))

    def _narrowest(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(self._least(item))
        return self._with_margins(size)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _parts(self, item: QLayoutItem) -> tuple[QLayoutItem, QLayoutItem] | None:
        """A foldable group's label and field, both shown; else None."""
        if item not in self._foldable or item.count() != 2:
            return None
        label, field = item.itemAt(0), item.itemAt(1)
        return None if label.isEmpty() or field.isEmpty() else (label, field)

    def _least(self, item: QLayoutItem) -> QSize:
        """The narrowest `item` can be: a label-and-field group, its label over its field."""
        parts = self._parts(item)
        if parts is None:
            return item.minimumSize()
        label, field = parts
        # The height as on one line: the height folded is the width's (heightForWidth); as the
        # least, every row of the case form asked two lines more, blank under it at 100%.
        return QSize(max(label.minimumSize().width(), field.minimumSize().width()), item.minimumSize().height())

    def _measured(self, width: int) -> list[_Measure]:
        """Each item shown, as a lay-out at `width` places it: whether a label-and-field group
        folds there, and the height it then takes, from the sizes `_item_sizes` keeps."""
        measures = []
        for item, least, hint, folded_height in self._item_sizes():
            # A label-and-field group that has not `width` for the two side by side.
            folds = folded_height is not None and least > width
            measures.append(_Measure(item, least, hint, folds, folded_height if folds else hint.height()))
        return measures

    def _item_sizes(self) -> list[_Sizes]:
        """Each item shown, measured once until Qt invalidates the layout (S367-02): each width
        asked (the page's, its scroll area's with and without its bar) and each placing measured
        every group again, 34 times as a test's window was built, shown and closed."""
        if self._sizes_of_items is None:
            self._sizes_of_items = []
            for item in self._shown():
                parts = self._parts(item)
                folded_height = None
                if parts is not None:
                    label, field = parts
                    folded_height = label.sizeHint().height() + self._spacing() + field.sizeHint().height()
                self._sizes_of_items.append(_Sizes(item, item.minimumSize().width(), item.sizeHint(), folded_height))
        return self._sizes_of_items

    def _spacing(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _lay_out(self, rect: QRect, move: bool) -> int:
        """Place the items in `rect` (when `move`); the height they take.

        A line takes the items that fit at their narrowest, then widens each toward the width
        it asks for, as a row of fields does: the line wraps only where its fields could not
        be shown at all, not where they would be a little narrower."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        spacing = self._spacing()
        lines: list[list[_Measure]] = [[]]
        x = area.x()
        for measure in self._measured(area.width()):
            folds = measure.folds  # on a line of its own, its label over its field
            if lines[-1] and (folds or x + measure.least > area.right() + 1):
                lines.append([])
                x = area.x()
            lines[-1].append(measure)
            x += measure.least + spacing
            if folds:
                lines.append([])
                x = area.x()
        lines = [line for line in lines if line] or [[]]
        y = area.y()
        for n, line in enumerate(lines):
            height = max((measure.height for measure in line), default=0)
            if move:
                self._place(line, area, y, height, spacing)
            y += height + (spacing if n < len(lines) - 1 else 0)
        return y - rect.y() + margins.bottom()

    def _place(self, line: list[_Measure], area: QRect, top: int, height: int, spacing: int) -> None:
        """One line's items, left to right, each centred on the line; the trailing item at
        its right end; what room is left goes to the line's stretching items.  A label-and-field
        group too wide for the line is alone on it: its label, then its field under it, as wide
        as it asks up to the line's width (the whole width where it stretches)."""
        if len(line) == 1 and line[0].folds:
            folded = line[0].item
            label, field = self._parts(folded)
            if folded not in self._folded:
                self._folded.append(folded)
            label_height = label.sizeHint().height()
            label.setGeometry(QRect(area.x(), top, min(area.width(), label.sizeHint().width()), label_height))
            wide = area.width() if folded in self._stretching else min(area.width(), field.sizeHint().width())
            field.setGeometry(QRect(area.x(), top + label_height + spacing, max(wide, min(area.width(), field.minimumSize().width())),
                                    field.sizeHint().height()))
            return
        for measure in line:
            if measure.item in self._folded:
                self._folded.remove(measure.item)
                measure.item.invalidate()  # laid out side by side again, even in the rectangle it had
        least = [measure.least for measure in line]
        more = [max(0, measure.hint.width() - measure.least) for measure in line]
        room = area.width() - sum(least) - spacing * (len(line) - 1)
        # All at their least and the room short (a 200% window): nothing to share, the items at
        # their least, where 0 / 0 raised in the middle of Qt's layout (S80-06).
        share = 1.0 if room >= sum(more) else max(0, room) / sum(more) if sum(more) else 0.0
        stretching = [measure.item for measure in line if measure.item in self._stretching]
        spare = max(0, room - sum(more)) // len(stretching) if stretching else 0
        left = area.x()
        for measure, low, extra in zip(line, least, more):
            item = measure.item
            width = low + int(extra * share) + (spare if item in stretching else 0)
            if item is self._trailing:
                left = max(left, area.right() + 1 - width)
            hint_height = min(measure.hint.height(), height)
            item.setGeometry(QRect(left, top + (height - hint_height) // 2, width, hint_height))
            left += width + spacing
