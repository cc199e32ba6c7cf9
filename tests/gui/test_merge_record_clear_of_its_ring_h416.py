"""H416-02: Caseload > Merge a duplicate into this client, on a 1366 x 768 laptop at 150%: the
other record's differences, wrapped over four lines, had their first line's tops and their last
line's tails under the white ring the chosen record is drawn in (AA66-03): Qt makes a wrapped
line as high as its words, with no room for a ring.  Each record now has the ring's room above
and below its words, so what differs is read whole, as at every scale."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from clinic_app.merging import merge_into
from tests.gui.conftest import show_active
from tests.gui.laid_out import laid_out
from tests.gui.test_merge_dialog_room_for_the_merge_m89 import _rosa_s_two_records

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _marked(image, y: int, left: int, right: int, plain: int) -> int:
    """How many pixels of line `y`, from `left` to `right`, are not the plain colour `plain`."""
    return sum(1 for x in range(left, right) if image.pixel(x, y) != plain)


def test_h416_02_the_chosen_record_s_words_are_clear_of_its_ring(qtbot):
    from ui.merge_dialog import MergeDialog

    mine, theirs = _rosa_s_two_records()
    dialog = MergeDialog(mine, [(theirs, merge_into(mine, theirs))])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    laid_out()
    records = dialog.records
    assert records.currentRow() == 0 and records.hasFocus()  # chosen, ringed
    place = records.visualItemRect(records.item(0))
    assert place.height() > 3 * records.fontMetrics().lineSpacing()  # wrapped over several lines
    image = records.viewport().grab().toImage()
    blue = records.palette().color(QPalette.ColorRole.Highlight).rgb()
    left, right = place.left() + 4, place.right() - 4  # inside the ring's sides
    assert _marked(image, place.top() + 1, left, right, blue) > right - left - 8  # the ring, drawn
    # Between the ring and the words, a line of the selection's blue alone, above and below.
    assert _marked(image, place.top() + 2, left, right, blue) == 0
    assert _marked(image, place.bottom() - 2, left, right, blue) == 0
