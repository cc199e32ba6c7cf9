"""A419: a count (or a condition) removed from the keyboard, as a paralegal working by keyboard
alone removes one (H405-01).

A419-01: Tab to a count's Remove and Space: the count went, and the keyboard went on to the next
control ("Add conviction", or the next condition's kind), but nothing showed it there: Qt moves
the keyboard out of a row it hides as the program's doing, not the keyboard's, and draws no ring.
Removed from the keyboard, the next control shows the ring, as Tab to it would; removed by the
mouse, as before.

A419-02: each condition's Remove was heard "Remove this condition" alike; it names its condition."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_row_removed_said_h405 import _opened

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _ringed(widget) -> int:
    """How many pixels of `widget`, as drawn, are of the highlight's blue (Fusion rings the
    keyboard's control in it, a shade darker): a control without the ring is greys alone."""
    picture = widget.grab().toImage()
    return sum(1 for x in range(picture.width()) for y in range(picture.height())
               if picture.pixelColor(x, y).blue() - picture.pixelColor(x, y).red() > 80)


def _tab_to(qtbot, target) -> None:
    """The keyboard brought to `target` by Tab, from the control before it."""
    before = target.previousInFocusChain()
    while not (before.focusPolicy() & Qt.FocusPolicy.TabFocus and before.isVisible() and before.isEnabled()):
        before = before.previousInFocusChain()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert target.hasFocus()


@pytest.mark.parametrize(("rows", "removed", "next_said"), [
    ("convictions", 1, "Add c&onviction"),  # the last count: on to Add conviction
    ("conditions", 0, "Condition kind"),  # the first condition: on to the next one's kind
])
def test_a419_01_the_control_after_a_row_removed_by_keyboard_shows_the_focus(qtbot, window, repo, rows, removed,
                                                                             next_said):
    client_id, _stored = _opened(qtbot, window, repo)
    remove = getattr(window.client_view.record.case_form, rows).rows[removed].remove
    _tab_to(qtbot, remove)
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(getattr(repo.get_client(client_id).cases[0], rows)) == 1)
    landed = QApplication.focusWidget()
    assert next_said in (landed.accessibleName(), getattr(landed, "text", lambda: "")())
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # Qt's "drawn as the keyboard's"
    assert _ringed(landed) > landed.width()  # the ring round it, as drawn


def test_a419_01_a_row_removed_by_the_mouse_leaves_no_ring(qtbot, window, repo):
    client_id, _stored = _opened(qtbot, window, repo)
    remove = window.client_view.record.case_form.convictions.rows[1].remove
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases[0].convictions) == 1)
    assert not window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def test_a419_02_a_condition_s_remove_is_heard_by_the_condition(qtbot, window, repo):
    """A419-02: Tab from a condition's "Completed on" to its Remove was heard "Remove this
    condition", of each condition alike, where a count's is heard "Remove the conviction PC 484"
    and the line said after it names the condition ("Removed the condition Anger management").
    Each is heard by what its condition is, renamed as it is typed; a condition not yet named,
    as before."""
    _opened(qtbot, window, repo)
    rows = window.client_view.record.case_form.conditions.rows
    assert [row.remove.accessibleName() for row in rows] == ["Remove the condition Anger management",
                                                             "Remove the condition Caltrans"]
    rows[1].label.clear()
    assert rows[1].remove.accessibleName() == "Remove condition 2"  # by its number (K426-03)
    qtbot.keyClicks(rows[1].label, "Graffiti clean-up")
    assert rows[1].remove.accessibleName() == "Remove the condition Graffiti clean-up"
