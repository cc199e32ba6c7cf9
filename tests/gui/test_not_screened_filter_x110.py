"""X110-03: the window's Outcome filter has "Not screened yet": the clients with no screening
stored, as the report counts them under "Not screened yet" and the status line does.  No filter
listed them (F109's "left alone"): after a laptop's day imported, the director's report said
"Not screened yet 2" and the paralegal could not see which two."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from clinic_app.report import build_report, report_json
from tests.automatic_relief import to_file
from tests.gui.caseload_lines import lines, load_caseload
from tests.gui.conftest import TODAY
from tests.gui.test_cases_still_to_enter_i59 import counts_not_typed, no_case_yet, pending_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_x110_03_not_screened_yet_lists_the_clients_the_report_counts(qtbot, window, repo):
    load_caseload(window, repo, (pending_case, to_file))  # screened
    repo.add_clients([no_case_yet(), counts_not_typed()])  # a laptop's day, not screened
    window.load()
    caseload = window.caseload
    assert caseload.outcome.findText("Not screened yet") > 0
    caseload.outcome.setFocus()
    while caseload.outcome.currentText() != "Not screened yet":  # from the keyboard
        qtbot.keyClick(caseload.outcome, Qt.Key.Key_Down)
    assert set(lines(caseload)) == {"Nadia Sincaso", "Carlos Cuenta"}
    assert caseload.shown_label.text().startswith("Showing 2 of 4")
    report = json.loads(report_json(build_report(None, repo.counted_screenings(None), today=TODAY)))
    assert report["outcomes"]["not_screened"] == 2 == caseload.model.not_screened()
    tip = caseload.outcome.itemData(caseload.outcome.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert f"clinic-app list --db {repo.path} --outcome not_screened" in tip
    # Screened, they leave it, as the report counts none.
    from db.rescreen import rescreen_caseload

    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    assert lines(caseload) == {}
    assert "not_screened" not in json.loads(report_json(build_report(None, repo.counted_screenings(None), today=TODAY)))["outcomes"]
