"""K148-05 in the window: Caseload > Report with this quarter chosen says "Arrests sealed (PC 851.91
petitions granted 2026-10-01 to 2026-12-31): 1"; saved as "Spreadsheet (*.csv)" the line was not
among the rows.  It is now, with the same number."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from clinic_app.model import Petition
from db.rescreen import rescreen_caseload
from tests.automatic_relief import arrest_relief_only
from tests.gui.conftest import TODAY, report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

SEALED = "Arrests sealed (PC 851.91 petitions granted 2026-10-01 to 2026-12-31)"


def test_the_quarters_spreadsheet_says_the_arrests_sealed_as_the_report_shown(qtbot, window, repo, monkeypatch, tmp_path):
    sealed = arrest_relief_only()
    sealed.cases[0].petitions = [Petition("pc851_91", date(2026, 8, 3), ruling="granted", ruling_on=date(2026, 10, 20))]
    repo.add_clients([sealed])
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    dialog = report_shown(qtbot, window, monkeypatch)
    qtbot.keyClick(dialog.period, "T")  # "This quarter (2026-10-01 to 2026-12-31)"
    qtbot.keyClick(dialog.period, Qt.Key.Key_Return)  # chosen: counted at once (K326-03)
    assert f"  {SEALED}: 1\n" in dialog.text.toPlainText()
    saved = tmp_path / "quarter.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(saved), "Spreadsheet (*.csv)"))

    dialog.save()

    with open(saved, encoding="utf-8-sig", newline="") as spreadsheet:
        rows = list(csv.reader(spreadsheet))
    assert ["Rulings made 2026-10-01 to 2026-12-31", SEALED, "1"] in rows
    dialog.close()
