"""R157-02 in the window: "10/11/1967" typed day first for Rocío, born November 10, read month first
and finding nobody, says how it was read, and its button (and Enter) searches the other day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client, Person
from ui.models.caseload_model import ClientIdRole

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r157_02_a_date_read_month_first_that_found_nobody_says_so_and_offers_the_other_day(qtbot, window, repo):
    rocio = repo.add_client(Client(name="Rocío Muñoz", person=Person(dob=date(1967, 11, 10))))
    window.load()
    view = window.caseload
    qtbot.keyClicks(view.search, "10/11/1967")
    view.apply_filters()
    assert view.proxy.rowCount() == 0
    assert ("Its date was read month first, as October 11, 1967; for November 10, 1967, day first, "
            "search “1967-11-10” (Enter searches it).") in view.empty_label.text()
    assert view.close_spelling.isVisibleTo(view) and view.close_spelling.text() == "Search “1967-11-10”"
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert view.search.text() == "1967-11-10"
    assert [view.proxy.index(row, 0).data(ClientIdRole) for row in range(view.proxy.rowCount())] == [rocio]
