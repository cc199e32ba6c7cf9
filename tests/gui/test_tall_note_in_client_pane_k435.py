"""K435: a note said beside a field of the Record tab as it is left ("Not a date: write it as
2021-03-02, 3/2/2021 or March 2 2021", three lines) lengthens the pane, or the case form, under
the field the keyboard goes to next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import open_on_record
from tests.gui.test_dob_after_several_convictions_q113 import _three_counts_in_two_cases
from ui.page_scroll import scroll_area_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _in_sight(scroll, widget) -> bool:
    """Whether the whole of `widget` is in the room `scroll` shows."""
    top = widget.mapTo(scroll.widget(), QPoint(0, 0)).y() - scroll.verticalScrollBar().value()
    return 0 <= top and top + widget.height() <= scroll.viewport().height()


def _left_unreadable(qtbot, window, repo, size, field_of):
    """`field_of(record)` at the foot of its scroll area's room, "2 de marzo de mil" typed in
    it, and Tab: the Record tab once its note beside the field is said and laid out."""
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    open_on_record(window, repo, _three_counts_in_two_cases())
    record = window.client_view.record
    field = field_of(record)
    qtbot.waitUntil(field.isVisible)
    scroll = scroll_area_of(field)
    bar = scroll.verticalScrollBar()
    bar.setValue(field.mapTo(scroll.widget(), QPoint(0, field.height() + 4)).y() - scroll.viewport().height())
    assert _in_sight(scroll, field)
    field.setFocus(Qt.FocusReason.MouseFocusReason)  # clicked
    qtbot.keyClicks(field, "2 de marzo de mil")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: any(note.isVisible() and "Not a date" in note.text()
                                for note in record.findChildren(type(record.person.rows["dob"].message))))
    qtbot.wait(20)  # laid out again, the scroll bar's range set
    return record, scroll


def test_k435_01_the_field_tab_goes_to_stays_in_sight_as_a_note_beside_the_one_left_lengthens_the_pane(qtbot, window, repo):
    """At 1100 x 560, Tab from CA resident since, its date unreadable, put the keyboard on
    On supervision below the client pane's fold, 8 of its 22 pixels seen: the pane was scrolled
    to it as the focus moved, before the note beside the field left took its three lines."""
    record, pane = _left_unreadable(qtbot, window, repo, (1100, 560), lambda record: record.person.resident_since)
    assert record.person.supervision.hasFocus()
    assert _in_sight(pane, record.person.supervision)


def test_k435_01_and_in_the_case_form(qtbot, window, repo):
    """At 1024 x 500, Tab from a count's Offense on put the keyboard on Value $ with its foot
    cut by 13 pixels at the case form's fold, as the note under the dates came."""
    record, form = _left_unreadable(qtbot, window, repo, (1024, 500),
                                    lambda record: record.case_form.convictions.rows[0].offense_date)
    value = record.case_form.convictions.rows[0].value_dollars
    assert value.hasFocus()
    assert _in_sight(form, value)
