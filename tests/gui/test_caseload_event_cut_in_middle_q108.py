"""Q108-03: the caseload's Clinic event column cut two events named alike but for their day to
the same words, "Expungement Fair — Compt...", and a paralegal could not tell from the list which
fair a client came to.  The column cuts an event too long for it in the middle, its day kept in
sight; the other columns cut as before."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.gui.conftest import probation_client
from ui.caseload_view import COL_EVENT, COL_NAME
from ui.cell_in_full import text_room

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

MARCH, SEPTEMBER = "Expungement Fair — Compton 2026-03-14", "Expungement Fair — Compton 2026-09-12"


def _shown(table, index) -> str:
    """The cell's words as the view's style draws them: cut to its room as its delegate says."""
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    return option.fontMetrics.elidedText(option.text, option.textElideMode, text_room(option))


def _row_of(caseload, name: str) -> int:
    proxy = caseload.table.model()
    return next(row for row in range(proxy.rowCount()) if proxy.index(row, COL_NAME).data() == name)


def test_q108_03_two_events_cut_to_the_column_still_tell_their_days_apart(qtbot, window, repo):
    for name, event in (("Ana Marzo", MARCH), ("Sara Septiembre", SEPTEMBER), ("Guadalupe Hernández-Villanueva", MARCH)):
        repo.add_client(probation_client(name, event=event))
    window.load()
    caseload = window.caseload
    table = caseload.table
    assert table.columnWidth(COL_EVENT) < table.fontMetrics().horizontalAdvance(MARCH)  # the column cuts them
    march = table.model().index(_row_of(caseload, "Ana Marzo"), COL_EVENT)
    september = table.model().index(_row_of(caseload, "Sara Septiembre"), COL_EVENT)
    assert (march.data(), september.data()) == (MARCH, SEPTEMBER)
    shown_march, shown_september = _shown(table, march), _shown(table, september)
    assert shown_march != MARCH and shown_march != shown_september
    assert shown_march.endswith("03-14") and shown_september.endswith("09-12")
    assert shown_march.startswith("Expungement")
    # The name, cut too, is cut at its end as before.
    name = table.model().index(_row_of(caseload, "Guadalupe Hernández-Villanueva"), COL_NAME)
    table.setColumnWidth(COL_NAME, table.fontMetrics().horizontalAdvance("Guadalupe Hernández"))
    assert _shown(table, name).startswith("Guadalupe")
