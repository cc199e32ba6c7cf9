"""S161-02: the supervising attorney marked a result reviewed on the Eligibility tab and its row
still read "Needs review" in the Status column, as every row still waiting did; that it had been
looked at was only in the Reviewed column, a note a window of 1280 pixels cuts.  The status cell
now reads "Needs review · reviewed" once a review counts for it; a row not reviewed, or reviewed
only on other facts, reads "Needs review" as before.  A long note stays cut in its cell, the
remedies' names whole beside it, and whole in its tooltip (T103-01)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.eligibility import screen
from tests.gui.conftest import review_by_keyboard, show_active
from tests.gui.test_review_note_beside_remedies_t103 import _two_cases
from ui.eligibility_view import EARLIER_REVIEW
from ui.models.determination_model import COL_REMEDY, COL_REVIEWED, COL_STATUS, DeterminationModel, key

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

NOTE = ("Checked the docket and the 2009 minute order: probation runs to 2027-02-10, so DOJ relief waits; "
        "ask the court for early termination first, then file the 1203.4 petition")


def _statuses(panel) -> list[str]:
    return [panel.proxy.index(row, COL_STATUS).data() for row in range(panel.proxy.rowCount())]


def test_s161_02_a_row_reviewed_says_so_in_its_status_at_1280(qtbot, window, repo):
    client_id = repo.add_client(_two_cases())
    window.resize(1280, 720)
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Eligibility
    panel = window.client_view.eligibility
    waiting = _statuses(panel).count("Needs review")
    assert waiting > 1 and not any("reviewed" in said for said in _statuses(panel))

    qtbot.keyClick(window, Qt.Key.Key_F8)  # the next result to review
    row = panel.table.currentIndex().row()
    review_by_keyboard(qtbot, NOTE)  # Mark reviewed
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == 1)

    table = panel.table
    assert panel.proxy.index(row, COL_STATUS).data() == "Needs review · reviewed"
    assert _statuses(panel).count("Needs review") == waiting - 1  # the others as before
    # The status said whole, its column fitted to it.
    assert table.columnWidth(COL_STATUS) >= table.sizeHintForColumn(COL_STATUS)
    # The note cut in its cell, every remedy's name whole beside it, the whole note on hover.
    said = panel.proxy.index(row, COL_REVIEWED).data()
    assert said.endswith(NOTE)
    assert table.columnWidth(COL_REVIEWED) < table.fontMetrics().horizontalAdvance(said)
    assert table.columnWidth(COL_REMEDY) >= table.sizeHintForColumn(COL_REMEDY)
    assert panel.proxy.index(row, COL_REVIEWED).data(Qt.ItemDataRole.ToolTipRole) == said

    # Back from the caseload, the review read from the database: said the same.
    assert window.show_caseload()
    window.open_client(client_id)
    panel = window.client_view.eligibility
    assert _statuses(panel).count("Needs review · reviewed") == 1


def test_s161_02_a_review_of_other_facts_is_not_said_in_the_status():
    client = _two_cases()
    screening = screen(client.person, client.cases, date(2026, 12, 6))
    first, second = [d for d in screening.results if d.status == "needs_review"][:2]
    model = DeterminationModel()
    model.set_screening(client, screening, {key(first): "attorney-ana, 2026-12-01: docket checked",
                                            key(second): f"{EARLIER_REVIEW}other facts: attorney-ana, 2026-11-01"})
    said = {key(model.determination(row)): model.index(row, COL_STATUS).data() for row in range(model.rowCount())}
    assert said[key(first)] == "Needs review · reviewed"
    assert said[key(second)] == "Needs review"
