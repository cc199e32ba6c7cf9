"""G63-04 in the window: Caseload > Report counts the petitions filed, by the court's ruling,
not only the clients whose every petition to file now is filed."""

from __future__ import annotations

import pytest

from db.rescreen import rescreen_caseload
from tests.automatic_relief import to_file
from tests.gui.conftest import TODAY, report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_g63_04_the_windows_report_counts_the_petitions_filed(qtbot, window, repo, monkeypatch):
    from datetime import timedelta

    from clinic_app.model import Petition

    client = to_file("Pilar Peticiones")
    client.cases[0].petitions = [Petition("pc1203_4", TODAY - timedelta(days=90), ruling="denied", ruling_on=TODAY - timedelta(days=30)),
                                 Petition("pc1203_4", TODAY - timedelta(days=10))]
    repo.add_client(client)
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    dialog = report_shown(qtbot, window, monkeypatch)
    assert "Petitions filed: 2 (petitions, not people; of 1 client)" in dialog.text.toPlainText()
