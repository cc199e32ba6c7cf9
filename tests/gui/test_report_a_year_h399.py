"""H399-02: the clinic director, writing the funder's year-end report in the window (Caseload >
Report), found in its "Petitions and rulings of" box all the petitions ever, this quarter or the
last, this month or the last, and no year: the year's filings and rulings could be had only at a
terminal, by typing its days.  The box offers this year and the last, counted as a year typed to
`clinic-app report --period` is, and Save names the file by the year."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from clinic_app.model import Petition
from db.rescreen import rescreen_caseload
from tests.automatic_relief import to_file
from tests.gui.conftest import TODAY, report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_h399_02_the_windows_report_counts_this_year_and_the_last(qtbot, window, repo, monkeypatch, tmp_path):
    assert TODAY.year == 2026
    last_year, this_year = to_file("Lena Lastyear"), to_file("Tomas Thisyear")
    # Filed in 2025 and granted in 2026; filed in 2026 and awaiting the court.
    last_year.cases[0].petitions = [Petition("pc1203_4", date(2025, 6, 2), ruling="granted", ruling_on=date(2026, 2, 9))]
    this_year.cases[0].petitions = [Petition("pc1203_4", date(2026, 3, 16))]
    repo.add_clients([last_year, this_year])
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    dialog = report_shown(qtbot, window, monkeypatch)
    dialog.period.setFocus()
    qtbot.keyClick(dialog.period, Qt.Key.Key_End)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Return)  # chosen by the keyboard, counted at Enter
    assert dialog.period.currentText() == "This year (2026-01-01 to 2026-12-31)"
    text = dialog.text.toPlainText()
    assert "Petitions filed 2026-01-01 to 2026-12-31: 1 (of 1 client)\n  awaiting the court's ruling         1\n" in text
    assert "  Rulings made 2026-01-01 to 2026-12-31:\n  granted                             1\n" in text
    saved = tmp_path / "chosen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _parent, _title, offered, _types: (str(saved), "Text (*.txt)") if saved.write_text(offered) else None)
    dialog.save()
    assert saved.read_text().endswith("report-caseload-2026.txt")
    qtbot.keyClick(dialog.period, Qt.Key.Key_End)
    qtbot.keyClick(dialog.period, Qt.Key.Key_Return)
    assert dialog.period.currentText() == "Last year (2025-01-01 to 2025-12-31)"
    text = dialog.text.toPlainText()
    # Filed in 2025, ruled on in 2026: awaiting the court at the year's end.
    assert "Petitions filed 2025-01-01 to 2025-12-31: 1 (of 1 client)\n  awaiting the court's ruling         1\n" in text
    assert "  Rulings made 2025-01-01 to 2025-12-31:\n  granted                             0\n" in text
    dialog.close()
