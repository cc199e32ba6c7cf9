"""R380-02: a whole name searched put the clients of exactly that name first (K374-01) even
with the list sorted by another column the user chose, its header's arrow saying an order the
lines did not keep: sorted by date of birth, "Carmen Gómez" born last stood first.  A column
chosen orders the lines found; by name, as the list opens, the whole name still leads."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client, Person
from ui.models.caseload_model import COL_DOB, COL_NAME

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _shown(window) -> list[str]:
    model = window.caseload.model
    return [model.row_at(n).name for n in range(model.rowCount())]


def test_r380_02_a_sort_chosen_orders_a_whole_name_searched(qtbot, window, repo):
    for name, born in (("Carmen Gómez", date(1990, 5, 1)), ("Carmen Cruz Gómez", date(1970, 1, 2)),
                       ("Carmen Gómez López", date(1980, 3, 4))):
        repo.add_client(Client(name=name, person=Person(dob=born)))
    window.load()
    caseload = window.caseload
    caseload.search.setText("Carmen Gómez")
    caseload.apply_filters()
    assert _shown(window) == ["Carmen Gómez", "Carmen Cruz Gómez", "Carmen Gómez López"]

    caseload.table.sortByColumn(COL_DOB, Qt.SortOrder.AscendingOrder)
    assert _shown(window) == ["Carmen Cruz Gómez", "Carmen Gómez López", "Carmen Gómez"]
    caseload.search.setText("Carmen Gómez ")  # typed on: the order chosen stays
    caseload.apply_filters()
    assert _shown(window) == ["Carmen Cruz Gómez", "Carmen Gómez López", "Carmen Gómez"]

    caseload.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)  # by name again: hers first
    assert _shown(window) == ["Carmen Gómez", "Carmen Cruz Gómez", "Carmen Gómez López"]
