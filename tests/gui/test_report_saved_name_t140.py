"""T140-03: the report's Save offered "report-caseload.txt" whatever period was chosen: the
month-end report went over last month's in the funder's folder (or stood beside it under a name
of no month), and the file sent named no period.  The name offered says the period chosen: a
month, a quarter, or its days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from clinic_app.report import period_in_a_name
from db.rescreen import rescreen_caseload
from tests.automatic_relief import arrest_relief_only
from tests.gui.conftest import TODAY, report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_t140_03_the_name_offered_says_the_period_chosen(qtbot, window, repo, monkeypatch, tmp_path):
    repo.add_clients([arrest_relief_only()])
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    dialog = report_shown(qtbot, window, monkeypatch)
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _parent, _title, suggested, _types: offered.append(suggested) or ("", ""))
    dialog.save()
    for words in ("This month (2026-11-01 to 2026-11-30)", "Last quarter (2026-07-01 to 2026-09-30)"):
        dialog.period.setCurrentIndex(dialog.period.findText(words))
        dialog.save()
    assert [Path(name).name for name in offered] == [
        "report-caseload.txt", "report-caseload-2026-11.txt", "report-caseload-2026-Q3.txt"]
    dialog.close()


@pytest.mark.parametrize(("first", "last", "named"), [
    (date(2026, 11, 1), date(2026, 11, 30), "2026-11"),
    (date(2026, 2, 1), date(2026, 2, 28), "2026-02"),
    (date(2026, 10, 1), date(2026, 12, 31), "2026-Q4"),
    (date(2026, 11, 11), date(2026, 11, 11), "2026-11-11"),
    (date(2026, 2, 1), date(2026, 4, 30), "2026-02-01-to-2026-04-30"),  # three months, not a quarter
    (date(2026, 10, 15), date(2026, 11, 14), "2026-10-15-to-2026-11-14"),
])
def test_t140_03_a_period_in_a_files_name(first, last, named):
    assert period_in_a_name((first, last)) == named
