"""A48: the caseload list said "File on 2030-09-29" for a client eligible on that later date
whose relief coming then is all automatic (PC 1203.425, 851.93: DOJ grants it on its own).
Nothing is to be filed for them then either: the next action says the relief is automatic
from that day, its tooltip that there is nothing to file, why, with the statutes, and to
check the RAP sheet then; it sorts after the real filings of the same day; a client with
anything to file that day keeps "File on"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.automatic_relief import arrest_relief_later, clean_slate_later, to_file, to_file_later
from tests.gui.caseload_lines import lines, load_caseload, row_of
from ui.models.caseload_model import COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def caseload(window, repo):
    return load_caseload(window, repo, (clean_slate_later, arrest_relief_later, to_file_later, to_file))




def test_a48_automatic_relief_alone_on_a_later_date_says_check_the_rap_sheet_then_not_file_on(caseload):
    assert lines(caseload) == {
        "Lorena Después": ("Eligible on 2033-05-14", "Automatic from 2033-05-14"),
        "Armando Arresto": ("Eligible on 2030-09-29", "Automatic from 2030-09-29"),
        "Felipe Filing": ("Eligible on 2030-09-29", "PC 1203.3 now, or file on 2030-09-29"),  # 1203.4 to file that day, or sooner (S160-02)
        "Fernanda Filing": ("Eligible now", "File now"),
    }
    tip = caseload.proxy.index(row_of(caseload, "Armando Arresto"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Automatic from 2030-09-29: nothing to file then. ")
    assert "PC 1203.425" in tip and "PC 851.93" in tip and "check the RAP sheet" in tip and "tell the client" in tip
    filing = caseload.proxy.index(row_of(caseload, "Felipe Filing"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "Nothing to file" not in filing


def test_a48_sorting_by_next_action_puts_the_days_filings_before_its_automatic_relief(caseload):
    caseload.table.sortByColumn(COL_NEXT, Qt.SortOrder.AscendingOrder)
    assert [caseload.proxy.index(i, COL_NEXT).data() for i in range(4)] == [
        "File now", "PC 1203.3 now, or file on 2030-09-29", "Automatic from 2030-09-29",
        "Automatic from 2033-05-14"]


def test_a48_they_stay_eligible_later_and_not_among_those_eligible_now(caseload):
    titles = [caseload.outcome.itemText(i) for i in range(caseload.outcome.count())]
    caseload.outcome.setCurrentIndex(titles.index("Eligible later"))
    assert sorted(lines(caseload)) == ["Armando Arresto", "Felipe Filing", "Lorena Después"]
    caseload.outcome.setCurrentIndex(titles.index("Eligible now: automatic only"))
    assert list(lines(caseload)) == []
    caseload.outcome.setCurrentIndex(titles.index("Eligible now: to file"))
    assert list(lines(caseload)) == ["Fernanda Filing"]
    # Its halves, as `clinic-app list --outcome eligible_on_to_file / eligible_on_automatic`.
    caseload.outcome.setCurrentIndex(titles.index("Eligible later: to file"))
    assert list(lines(caseload)) == ["Felipe Filing"]
    assert caseload.shown_label.text() == "Showing 1 of 4 clients"
    caseload.outcome.setCurrentIndex(titles.index("Eligible later: automatic only"))
    assert sorted(lines(caseload)) == ["Armando Arresto", "Lorena Después"]


def test_a48_the_client_page_header_says_there_is_nothing_to_file_then(qtbot, caseload, window, repo):
    ids = {row.name: row.id for row in repo.list_clients()}
    window.open_client(ids["Armando Arresto"])
    qtbot.waitUntil(lambda: window.client_view.outcome.text() != "")
    assert window.client_view.outcome.text() == "· Eligible on 2030-09-29: PC 851.93 automatic arrest relief, nothing\u00a0to\u00a0file"  # its last words kept on a line (S80-05)
    window.open_client(ids["Felipe Filing"])
    qtbot.waitUntil(lambda: "1203.4 dismissal" in window.client_view.outcome.text())
    assert "nothing to file" not in window.client_view.outcome.text()
