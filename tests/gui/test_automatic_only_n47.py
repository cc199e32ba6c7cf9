"""N47: the caseload list said "Eligible now" / "File now" for a client whose only relief now
is automatic (PC 1203.425, 851.93: DOJ grants it on its own).  Nothing is to be filed for
them: the next action now says to check the RAP sheet, its tooltip why, with the statutes;
they stay in "Eligible now" (the relief is there today), and the Outcome filter tells the
filings ("Eligible now: to file") from them ("Eligible now: automatic only")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.automatic_relief import arrest_relief_only, clean_slate_only, to_file
from tests.gui.caseload_lines import lines, load_caseload, row_of
from ui.models.caseload_model import COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def caseload(window, repo):
    return load_caseload(window, repo, (clean_slate_only, arrest_relief_only, to_file))



def test_n47_automatic_relief_alone_says_check_the_rap_sheet_not_file_now(caseload):
    assert lines(caseload) == {
        "Carmen Automática": ("Eligible now", "Automatic: check RAP sheet"),
        "Arturo Arresto": ("Eligible now", "Automatic: check RAP sheet"),
        "Fernanda Filing": ("Eligible now", "File now"),
    }
    row = row_of(caseload, "Arturo Arresto")
    tip = caseload.proxy.index(row, COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Automatic: check RAP sheet. Nothing to file now")
    assert "PC 1203.425" in tip and "PC 851.93" in tip and "tell the client" in tip
    assert caseload.count_buttons["eligible_now"].text().endswith(": 3")  # relief is available now: counted


def test_n47_the_outcome_filter_tells_the_filings_from_automatic_relief(caseload):
    titles = [caseload.outcome.itemText(i) for i in range(caseload.outcome.count())]
    caseload.outcome.setCurrentIndex(titles.index("Eligible now: to file"))
    assert list(lines(caseload)) == ["Fernanda Filing"]
    assert caseload.shown_label.text() == "Showing 1 of 3 clients"
    caseload.outcome.setCurrentIndex(titles.index("Eligible now: automatic only"))
    assert sorted(lines(caseload)) == ["Arturo Arresto", "Carmen Automática"]
    caseload.outcome.setCurrentIndex(titles.index("Eligible now"))
    assert len(lines(caseload)) == 3 and caseload.count_buttons["eligible_now"].isChecked()


def test_n47_sorting_by_next_action_puts_the_filings_before_automatic_relief(caseload):
    caseload.table.sortByColumn(COL_NEXT, Qt.SortOrder.AscendingOrder)
    assert [caseload.proxy.index(i, COL_NEXT).data() for i in range(3)] == [
        "File now", "Automatic: check RAP sheet", "Automatic: check RAP sheet"]


def test_n47_the_client_page_header_says_there_is_nothing_to_file(qtbot, caseload, window, repo):
    ids = {row.name: row.id for row in repo.list_clients()}
    window.open_client(ids["Arturo Arresto"])
    qtbot.waitUntil(lambda: window.client_view.outcome.text() != "")
    assert window.client_view.outcome.text() == "· Eligible now: PC 851.93 automatic arrest relief, nothing\u00a0to\u00a0file"  # its last words kept on a line (S80-05)
    window.open_client(ids["Fernanda Filing"])
    qtbot.waitUntil(lambda: "1203.4 dismissal" in window.client_view.outcome.text())
    assert "nothing to file" not in window.client_view.outcome.text()
