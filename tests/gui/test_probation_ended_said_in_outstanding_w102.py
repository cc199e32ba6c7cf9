"""W102-03: under "Probation ended last month" (the window's day 2026-11-22), Rosa Dos, whose
probation on case BA500001 ended 2026-10-09 and whose other case's probation runs on, read
"probation to 2027-03-15" in Outstanding: the first label of what is left, the probation that
runs on, and nothing on her line said which probation had ended, as if the filter had found
her by mistake.  `clinic-app list --probation-ended 2026-10` says "probation ended 2026-10-09
(case BA500001)" on her line.  Under that filter (and "... this month") the Outstanding cell
now leads with those words, kept whole where the cell is narrow; elsewhere it is as before.
Z119-01: the words say the probation that runs on, as the terminal's do, its "probation to"
label not said twice."""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client
from ui.caseload_view import WholeLabelsDelegate
from ui.models.caseload_model import COL_OUTSTANDING, OutstandingLabelsRole

ENDED = "probation ended 2026-10-09 (case BA500001); another runs to 2027-03-15 (case BA500002)"


def _rosa():
    client = probation_client("Rosa Dos", case_number="BA500001", probation_end=date(2026, 10, 9))
    other = copy.deepcopy(client.cases[0])
    other.id, other.case_number = "c2", "BA500002"
    other.convictions[0].id = "c2-1"
    other.sentence.probation.end = date(2027, 3, 15)
    other.money.restitution_ordered = 800
    client.cases.append(other)
    return client


def _outstanding(caseload):
    return caseload.proxy.index(0, COL_OUTSTANDING)


def test_w102_03_probation_ended_leads_the_outstanding_cell(qtbot, window, repo):
    repo.add_client(_rosa())
    rescreen_caseload(repo, TODAY, workers=1)  # what is outstanding is read from the screening's line
    window.load()
    caseload = window.caseload
    before = _outstanding(caseload).data()
    assert before.startswith("probation to 2027-03-15") and "ended" not in before

    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Probation ended last month"))
    assert caseload.proxy.rowCount() == 1
    cell = _outstanding(caseload)
    assert cell.data() == f"{ENDED}, {before.removeprefix('probation to 2027-03-15, ')}"
    assert cell.data(OutstandingLabelsRole)[0] == ENDED
    assert cell.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0] == ENDED

    # A narrow cell keeps the ended probation whole, with the count of the rest.
    delegate = caseload.table.itemDelegateForColumn(COL_OUTSTANDING)
    assert isinstance(delegate, WholeLabelsDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(caseload.table)
    option.rect.setWidth(caseload.table.fontMetrics().horizontalAdvance(f"{ENDED}, +2 more") + 12)
    option.rect.setHeight(30)
    delegate.initStyleOption(option, cell)
    assert option.text.startswith(ENDED)

    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Any outcome"))
    assert _outstanding(caseload).data() == before  # elsewhere as before
