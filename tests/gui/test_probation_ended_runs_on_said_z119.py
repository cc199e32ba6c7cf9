"""Z119-01: under the window's "Probation ended last month" (the window's day 2026-11-22), Rosa
Dos, whose probation on case BA500001 ended 2026-10-09 and whose felony probation on BA500002
runs to 2027-03-15, read "probation ended 2026-10-09 (case BA500001), probation to 2027-03-15,
...": nothing tied the second day to her being listed, and a paralegal read her as free to file
for PC 1203.4.  `clinic-app list --probation-ended 2026-10` says "...; another runs to
2027-03-15 (case BA500002)" (B118-03).  The window's line now says the same words, from the
same function, in the cell and its tooltip; the "probation to" day they say is not said twice.
Where the cell is narrow (1366 wide: "probation ended 2026-10-09 (case BA500001); a... +1"),
the first words are cut and the probation that runs on is kept whole."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from db.rescreen import rescreen_caseload
from tests.cli.test_cli import clinic_app
from tests.cli.test_list_probation_end_not_recorded_z119 import _no_end
from tests.gui.conftest import TODAY
from tests.gui.test_probation_ended_said_in_outstanding_w102 import _rosa
from ui.models.caseload_model import COL_OUTSTANDING, OutstandingLabelsRole

SAID = "probation ended 2026-10-09 (case BA500001); another runs to 2027-03-15 (case BA500002)"


def test_z119_01_the_window_says_the_probation_that_runs_on(qtbot, window, repo):
    rosa = repo.add_client(_rosa())
    rescreen_caseload(repo, TODAY, workers=1)  # what is outstanding is read from the screening's line
    window.load()
    caseload = window.caseload
    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Probation ended last month"))
    assert caseload.proxy.rowCount() == 1
    cell = caseload.proxy.index(0, COL_OUTSTANDING)
    assert cell.data().startswith(f"{SAID}, ")
    assert cell.data(OutstandingLabelsRole)[0] == SAID
    assert "probation to 2027-03-15" not in cell.data(OutstandingLabelsRole)  # said once, in the words
    assert cell.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0] == SAID

    # A cell as narrow as a 1366-wide window gives it keeps what runs on in sight.
    runs_on = "; another runs to 2027-03-15 (case BA500002) +1"
    option = QStyleOptionViewItem()
    option.initFrom(caseload.table)
    option.rect.setWidth(caseload.table.fontMetrics().horizontalAdvance(f"probation…{runs_on}") + 12)
    option.rect.setHeight(30)
    caseload.table.itemDelegateForColumn(COL_OUTSTANDING).initStyleOption(option, cell)
    assert option.text.startswith("pr") and option.text.endswith(runs_on), option.text

    # The terminal's words, word for word.
    listed = clinic_app("list", "--db", repo.path, "--probation-ended", "2026-10", "--as-of", TODAY.isoformat())
    assert listed.stdout.rstrip("\n").split("\t")[-1] == SAID

    # The other probation put right to have ended in October too: the line says the last alone.
    client = repo.get_client(rosa)
    client.cases[1].sentence.probation.end = date(2026, 10, 20)
    repo.save_client(client)
    caseload.update_client(next(row for row in repo.list_clients() if row.id == rosa))
    assert caseload.proxy.index(0, COL_OUTSTANDING).data(OutstandingLabelsRole)[0] == (
        "probation ended 2026-10-20 (case BA500002)")


def test_z119_02_the_window_says_the_probation_with_no_end_recorded(qtbot, window, repo):
    repo.add_client(_no_end("Rosa Dos", date(2026, 10, 9)))
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    caseload = window.caseload
    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Probation ended last month"))
    assert caseload.proxy.rowCount() == 1
    said = "probation ended 2026-10-09 (case 6MT00002); another, case BA200001, has no end date recorded"
    cell = caseload.proxy.index(0, COL_OUTSTANDING)
    assert cell.data(OutstandingLabelsRole)[0] == said
    assert cell.data(Qt.ItemDataRole.ToolTipRole).splitlines()[0] == said

    # Too narrow for those words whole (1366 wide), cut in their middle: "no end date" kept in sight.
    option = QStyleOptionViewItem()
    option.initFrom(caseload.table)
    option.rect.setWidth(caseload.table.fontMetrics().horizontalAdvance("probation ended 2026-10…no end date recorded +1") + 12)
    option.rect.setHeight(30)
    caseload.table.itemDelegateForColumn(COL_OUTSTANDING).initStyleOption(option, cell)
    assert option.text.startswith("probation ended 2026") and option.text.endswith("no end date recorded +1"), option.text
