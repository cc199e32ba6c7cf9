"""G63-01 in the window: Caseload > Report counted a possible duplicate an import added as a
person of its own with nothing said; it now says how many of the people are such records,
as many as the "Possible duplicates" count above the list shows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from db.rescreen import rescreen_caseload
from tests.automatic_relief import to_file
from tests.gui.conftest import TODAY, report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_g63_01_the_windows_report_says_the_possible_duplicates(qtbot, window, repo, monkeypatch):

    repo.add_client(replace(to_file("Marisol Reyes"), language="es"))
    repo.import_clients([replace(to_file("Marisol Reyes"), language="es", phone="(323) 555-0199")])
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    dialog = report_shown(qtbot, window, monkeypatch)
    assert dialog.report.possible_duplicates == window.caseload.model.counts()["duplicates"] == 2
    assert "of them, 2 records possibly of a person with another record" in " ".join(dialog.text.toPlainText().split())
