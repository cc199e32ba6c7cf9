"""K148-05 in the window: Caseload > Report with this quarter chosen says "Arrests sealed (PC 851.91
petitions granted 2026-10-01 to 2026-12-31): 1"; saved as "Spreadsheet (*.csv)" the line was not
among the rows.  It is now, with the same number."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.gui.test_report_period_f122 import sealed_report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

SEALED = "Arrests sealed (PC 851.91 petitions granted 2026-10-01 to 2026-12-31)"


def test_the_quarters_spreadsheet_says_the_arrests_sealed_as_the_report_shown(qtbot, window, repo, monkeypatch, tmp_path):
    dialog = sealed_report_shown(qtbot, window, repo, monkeypatch)
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
