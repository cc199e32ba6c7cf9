"""Y55-02 in the window: Caseload > Report counted "with a hearing to come" from the day the
caseload was last screened (a month before), so a hearing held last week was counted to come;
it now counts from the window's day."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clinic_app.model import Petition
from db.rescreen import rescreen_caseload
from tests.automatic_relief import to_file
from tests.gui.conftest import TODAY, report_shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_y55_the_windows_report_counts_hearings_from_the_windows_day(qtbot, window, repo, monkeypatch):

    screened = TODAY - timedelta(days=30)
    for name, hearing in (("Hector Held", TODAY - timedelta(days=7)), ("Carla Coming", TODAY + timedelta(days=7))):
        client = to_file(name)
        client.cases[0].petitions = [Petition("pc1203_4", screened - timedelta(days=20), hearing_on=hearing)]
        repo.add_client(client)
    rescreen_caseload(repo, screened, workers=1)
    window.load()
    dialog = report_shown(qtbot, window, monkeypatch)
    assert dialog.report.hearings_to_come == 1 and dialog.report.counted_on == TODAY
    assert f"  (with a hearing to come)            1  (on or after {TODAY.isoformat()})\n" in dialog.text.toPlainText()
