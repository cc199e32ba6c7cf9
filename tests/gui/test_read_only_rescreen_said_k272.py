"""K272-02: on a caseload whose file cannot be written, the status bar no longer offers
"Re-screen now..." (K262-03), but the attorney's empty queue and the "Not screened yet" filter's
tooltip still sent the user to it, for a re-screen that can store nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from db.repository import Repository
from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_read_only_caseload_k254 import file_read_only
from ui.caseload_view import CaseloadView


def _not_screened_tip(view: CaseloadView) -> str:
    return view.outcome.itemData(view.outcome.findData("not_screened"), Qt.ItemDataRole.ToolTipRole)


def test_k272_02_a_read_only_caseload_s_list_no_longer_points_to_re_screen_now(qtbot, tmp_path, new_caseload_made):
    path = Path(shutil.copy(new_caseload_made, tmp_path / "caseload.sqlite"))
    with Repository.open(path, user="paralegal-test") as repo:
        repo.add_client(probation_client("Rosa Ríos"))  # not screened yet
    with Repository.open(path, user="paralegal-test") as repo:
        view = CaseloadView(repo, today=lambda: TODAY)
        qtbot.addWidget(view)
        with file_read_only(path):
            view.load()
            view.review.setChecked(True)  # Review needed: the attorney's queue, empty
            assert view.empty_label.text() == (
                "No client is waiting for an attorney's review yet, but 1 client is not screened yet: their results to "
                "review are not known. A re-screen cannot be saved in a read-only file: each client opens with today's "
                "answers, not stored.")
            assert _not_screened_tip(view).startswith(
                "No screening stored yet, as the report's “Not screened yet” counts them; a re-screen cannot be saved "
                "in a read-only file (clinic-app list --db ")
        # Made writable again (by the clinic's IT): the next load offers the way again, as the status bar does.
        view.load()
        assert view.empty_label.text().endswith(
            "Re-screen now (bottom right, or Caseload > Re-screen whole caseload...) screens them.")
        assert "counts them; Re-screen now screens them (clinic-app list --db " in _not_screened_tip(view)
