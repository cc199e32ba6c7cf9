"""I78-02: on the Record tab, a new case's first count with its conviction date typed before
its offense (or a word in its Value $) raised at each key: the case form asks whether the row
is still blank, which read the row's value, and "2", the date's first key, is no date yet
(ValueError, the crash dialog in the program).  Half a date or a word typed is typing of the
user's: the row is no longer blank, and the count is saved once its section is typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _new_case(qtbot, window, repo, name: str):
    client_id = repo.add_client(probation_client(name))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    form = view.record.case_form
    qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.case_number, "LA787878")
    return client_id, view, form


@pytest.mark.parametrize("field, typed", [("date", "2012-05-01"), ("value_dollars", "abc")])
def test_a_new_case_s_count_typed_from_its_date_or_value_first_raises_nothing(qtbot, window, repo, field, typed):
    client_id, view, form = _new_case(qtbot, window, repo, "Dana Testfirst")
    row = form.convictions.rows[0]
    getattr(row, field).setFocus()
    qtbot.keyClicks(getattr(row, field), typed)  # an exception in a slot fails the test here
    assert not row.is_blank()


def test_a_count_whose_date_was_typed_first_is_saved_with_its_section(qtbot, window, repo):
    client_id, view, form = _new_case(qtbot, window, repo, "Dino Testfirst")
    row = form.convictions.rows[0]
    row.date.setFocus()
    qtbot.keyClicks(row.date, "2012-05-01")
    row.offense.setFocus()
    qtbot.keyClicks(row.offense, "PC 211")
    qtbot.keyClick(row.offense, Qt.Key.Key_Tab)
    view.record.cases.setCurrentRow(0)  # leave the new case: it is saved
    stored = repo.get_client(client_id).cases[1].convictions[0]
    assert (stored.citation, stored.level, stored.conviction_date.isoformat()) == ("PC 211", "felony", "2012-05-01")
