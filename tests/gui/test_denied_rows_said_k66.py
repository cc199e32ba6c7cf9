"""K66-02: which results the court denied was said nowhere in the Eligibility table.  The
header read "denied 2026-11-20: attorney to review", and every row "Eligible now" with an
empty Reviewed column: the attorney moved row by row through the table to find, under "At the
court" in the details, the ones to mark reviewed.  The Reviewed column of a result denied and
not reviewed since says so now, in the line's words, until it is marked reviewed."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Petition
from tests.gui.conftest import eligibility_by_keyboard, let_go, probation_client, review_by_keyboard
from ui.models.determination_model import COL_REMEDY, COL_REVIEWED

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _reviewed_column(panel) -> dict[str, str]:
    return {panel.proxy.index(row, COL_REMEDY).data(): panel.proxy.index(row, COL_REVIEWED).data()
            for row in range(panel.proxy.rowCount())}


@pytest.fixture
def window(qtbot, repo):
    """The window on the real day: a review is dated by the clock, and the tab says what was
    reviewed by the day it speaks for (V64-01), which the other tests' window sets in the past."""
    from ui.main_window import MainWindow

    win = MainWindow(repo, today=datetime.now().astimezone().date(), automatic_backups=False)
    win.resize(1280, 800)
    win.show()
    yield win
    let_go(win)


def test_k66_02_the_rows_of_a_denial_say_so_until_the_attorney_reviews_them(qtbot, window, repo):
    client = probation_client("Dora Denegada")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 9, 1), ruling="denied", ruling_on=date(2026, 11, 20))]
    client_id = repo.add_client(client)
    panel = eligibility_by_keyboard(qtbot, window, client_id)
    shown = _reviewed_column(panel)
    dismissal = "Dismissal after probation (PC 1203.4)"
    assert shown[dismissal] == "Denied 2026-11-20: attorney to review"
    assert [said for remedy, said in shown.items() if remedy != dismissal] == [""] * (len(shown) - 1)

    # Marked reviewed by keyboard (Alt+D, the note, Ctrl+Enter): the column says the review.
    panel.table.setFocus()
    while panel.proxy.index(panel.table.currentIndex().row(), COL_REMEDY).data() != dismissal:
        qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    review_by_keyboard(qtbot, "Minute order read")
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == 1)
    assert _reviewed_column(panel)[dismissal].startswith("paralegal-test, ")
    assert _reviewed_column(panel)[dismissal].endswith(": Minute order read")

    window.undo_action.trigger()  # the review taken back: the row waits for the attorney again
    assert _reviewed_column(panel)[dismissal] == "Denied 2026-11-20: attorney to review"
