"""P379: the Eligibility tab of a client with many counts.  Each result's row was found by
walking the table from the top (`EligibilityPanel._row_of`), once for every result as the tab
was rebuilt (`places`): a 40-count case's rebuild made 97,647 `mapToSource` calls, ~0.7 s the
attorney waited for.  The rows are found in one pass, kept until the rows shown change."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Conviction
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of
from tests.two_cases_to_ask import two_cases_to_ask
from ui.client_view import TAB_ELIGIBILITY
from ui.models.determination_model import COL_CASE, COL_CONVICTION, COL_REMEDY, key

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _many_counts(counts: int):
    client = two_cases_to_ask()
    client.cases[1].convictions = [Conviction(id=f"c2-{n}", section="487(a)", level="felony", conviction_date=date(2012, 6, 1),
                                              value_dollars=300) for n in range(1, counts + 1)]
    return client


def _where_shown(panel, row: int) -> str:
    """The "Case X, count" of `row` as the table shows it."""
    case, count = (panel.proxy.index(row, column).data() for column in (COL_CASE, COL_CONVICTION))
    return f"Case {case}, {count}" if count != "(whole case)" else f"Case {case} (whole case)"


def _shown(panel) -> list:
    return [panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row())
            for row in range(panel.proxy.rowCount())]


def test_p379_01_a_rebuild_finds_each_row_once_not_once_a_result(qtbot, window, repo, monkeypatch):
    """The tab rebuilt (as after a save, or come back to) on a case of 8 counts: the table
    is walked once, not once for each of its results (each step of the walk reads a row's key)."""
    import ui.eligibility_view

    panel = _eligibility_of(qtbot, window, repo, _many_counts(8))
    view = window.client_view
    read = []
    monkeypatch.setattr(ui.eligibility_view, "key", lambda d: (read.append(d), key(d))[1])
    view._stale_tabs.add(TAB_ELIGIBILITY)
    view._refresh_tab(TAB_ELIGIBILITY)
    results = panel.model.rowCount()
    assert results > 100 and panel.proxy.rowCount() > 30
    assert len(read) <= 3 * results, f"{len(read)} keys read for {results} results"


def test_p379_01_rows_found_follow_a_sort_a_filter_and_new_results(qtbot, window, repo):
    """The rows kept are dropped as the rows shown change: sorted, "does not apply" shown, and
    results gone from the screening.  Each result is named from its own row, and the one
    chosen stays chosen after a rebuild that reset the table."""
    panel = _eligibility_of(qtbot, window, repo, _many_counts(3))
    places = panel.places()  # the rows found, and kept
    assert all(panel.where(d) == _where_shown(panel, row) for row, d in enumerate(_shown(panel)))
    for change in (lambda: panel.proxy.sort(COL_CONVICTION, Qt.SortOrder.DescendingOrder),
                   lambda: panel.show_all.setChecked(True),
                   lambda: panel.proxy.sort(COL_REMEDY, Qt.SortOrder.AscendingOrder)):
        change()
        shown = _shown(panel)
        assert all(panel.where(d) == _where_shown(panel, row) for row, d in enumerate(shown))
    assert panel.places() >= places
    # A row far from its place before the sort chosen; then a screening with another result gone
    # (the table reset): the same result chosen, on its row as now shown.
    row = panel.proxy.rowCount() - 2
    panel.table.selectRow(row)
    chosen = panel.current()
    assert panel.where(chosen) == _where_shown(panel, row)
    dropped = _shown(panel)[0]
    screening = dataclasses.replace(panel.screening, results=[d for d in panel.screening.results if key(d) != key(dropped)])
    panel.show_screening(panel.client, screening, {})
    assert key(panel.current()) == key(chosen)
    assert panel.table.currentIndex().row() == next(at for at, d in enumerate(_shown(panel)) if key(d) == key(chosen))
    assert panel.where(chosen) == _where_shown(panel, panel.table.currentIndex().row())


def test_p379_02_each_cell_s_words_are_made_for_that_cell_alone(qtbot, window, repo, monkeypatch):
    """Sizing its columns, the table asks each cell for its words, and for a dozen roles the
    model has no answer for: each ask made the whole row's words (its status, its review), a
    40-count case's rebuild 3,594 times for 203 rows.  The Case column sized makes no status,
    and every cell says what it said."""
    from ui.models.determination_model import CONFIDENCE_TITLES, MODE_TITLES, DeterminationModel, remedy_title

    panel = _eligibility_of(qtbot, window, repo, _many_counts(4))
    model = panel.model
    made = []
    status_shown = DeterminationModel.status_shown
    monkeypatch.setattr(DeterminationModel, "status_shown", lambda self, d: (made.append(d), status_shown(self, d))[1])
    assert panel.table.sizeHintForColumn(COL_CASE) > 0
    assert made == []
    for row in range(model.rowCount()):
        d = model.determination(row)
        words = (*model._labels[(d.case, d.conviction)], remedy_title(d.remedy), status_shown(model, d),
                 MODE_TITLES.get(d.mode or "", ""), CONFIDENCE_TITLES.get(d.confidence, d.confidence), model.reviewed_shown(d))
        assert tuple(model.index(row, column).data() for column in range(7)) == words
        assert model.index(row, 0).data(Qt.ItemDataRole.FontRole) is None
    assert len(made) == model.rowCount()  # the Status column's words alone made it
