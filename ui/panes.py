"""The panes of a split (a client's Eligibility table and details, History's, the Record tab's
person and case) sized from the keyboard: View > Give the pane in use more room (K97-03).

A divider between panes moves by the mouse alone: Qt's splitter handle takes no keyboard.  A
paralegal reading a result's reasons could not give the details more room (A94 left it).  The
item gives the pane the keyboard is in three quarters of its split; chosen again there, it puts the
panes back as they were.  Both panes scrolled by keyboard before: this is for room, not reach.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QWidget

LARGER_SHARE = 3 / 4
# The item's words (View's in the main window, a button's in Help > Remedies at a glance, which
# has no menu bar: A99-02), as they read before and after it gives one more room.
PANE_LARGER, PANE_BACK = "Give the &pane in use more room", "Put the &panes back"
# Greyed, where the split's panes stand stacked each whole and the page scrolls them (the Record
# tab on a narrow page: L127-01): no pane has room to gain, and the words say so (M128-01), no
# wider than the words they stand for (at 15 pt View's menu is near a 667-wide window's width).
PANE_WHOLE = "The &panes stacked, each in full"
_SIZES_BEFORE = "k97SizesBefore"  # the splitter's sizes before it was given over, kept on it
_WHOLE = "m128PanesWhole"  # set on a split whose panes are each whole, the page scrolling them


def pane_in_use(focused: QWidget | None) -> tuple[QSplitter, int] | None:
    """The split holding `focused` (the nearest) and the place of the pane it is in; None outside one."""
    child, parent = focused, focused.parentWidget() if focused is not None else None
    while parent is not None:
        if isinstance(parent, QSplitter) and parent.indexOf(child) >= 0:
            return parent, parent.indexOf(child)
        child, parent = parent, parent.parentWidget()
    return None


def is_given_over(split: QSplitter) -> bool:
    return split.property(_SIZES_BEFORE) is not None


def set_panes_whole(split: QSplitter, whole: bool) -> None:
    """Stacked, each pane as tall as what it holds: the item gave the pane in use three quarters of
    the height, which the panes' least heights overrode, and nothing moved while it said "Put the
    panes back" (L127 left it).  Called before the panes stack: a split given over side by side
    is put back first, so widened again it has the sizes it had and the item gives room afresh."""
    split.setProperty(_WHOLE, True if whole else None)
    if whole and is_given_over(split):
        give_more_room_or_put_back(split, 0)


def has_room_to_give(split: QSplitter) -> bool:
    return split.property(_WHOLE) is None


def put_back_sizes(split: QSplitter) -> list[int] | None:
    """The sizes "Put the panes back" gives `split` where it is given over; None where it is not."""
    before = split.property(_SIZES_BEFORE)
    return None if before is None else [int(size) for size in before]


def put_back_to(split: QSplitter, sizes: list[int]) -> None:
    """Where `split` is given over, the sizes "Put the panes back" gives it are now `sizes`: those
    it had were a page's before another (the Record tab's New client, `RecordTab`), R256-02."""
    if is_given_over(split):
        split.setProperty(_SIZES_BEFORE, sizes)


def give_more_room_or_put_back(split: QSplitter, pane: int) -> None:
    """`pane` takes LARGER_SHARE of the split, the others the rest in turn; put back as it was if
    it had been given over already (to this pane or another)."""
    before = split.property(_SIZES_BEFORE)
    if before is not None:
        split.setProperty(_SIZES_BEFORE, None)
        split.setSizes([int(size) for size in before])
        return
    sizes = split.sizes()
    split.setProperty(_SIZES_BEFORE, sizes)
    total, others = sum(sizes), len(sizes) - 1
    larger = round(total * LARGER_SHARE) if others else total
    rest = (total - larger) // others if others else 0
    split.setSizes([larger if place == pane else rest for place in range(len(sizes))])


__all__ = ["LARGER_SHARE", "PANE_BACK", "PANE_LARGER", "PANE_WHOLE", "give_more_room_or_put_back", "has_room_to_give",
           "is_given_over", "pane_in_use", "put_back_sizes", "put_back_to", "set_panes_whole"]
