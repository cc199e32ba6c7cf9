"""T140-02 in the window: the report's Save offers "Spreadsheet (*.csv)", and a bare name saved
as it is a CSV a spreadsheet opens, UTF-8 with its byte-order mark."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtWidgets import QFileDialog

from db.rescreen import rescreen_caseload
from tests.automatic_relief import arrest_relief_only
from tests.gui.conftest import TODAY, report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_t140_02_save_as_a_spreadsheet(qtbot, window, repo, monkeypatch, tmp_path):
    client = arrest_relief_only("Nora Noviembre")
    client.event = "Clínica — Pomona, 2026-11-07"
    repo.add_clients([client])
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    dialog = report_shown(qtbot, window, monkeypatch)
    offered = []

    def chooser(_parent, _title, _suggested, types):
        offered.append(types)
        return str(tmp_path / "november"), "Spreadsheet (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    assert dialog.save() == tmp_path / "november.csv"
    assert "Spreadsheet (*.csv)" in offered[0].split(";;")
    assert (tmp_path / "november.csv").read_bytes().startswith(b"\xef\xbb\xbfSection,Counted,Number\r\n")
    with open(tmp_path / "november.csv", encoding="utf-8-sig", newline="") as saved:
        rows = list(csv.reader(saved))
    assert ["People by clinic event", "Clínica — Pomona, 2026-11-07", "1"] in rows
    dialog.close()
