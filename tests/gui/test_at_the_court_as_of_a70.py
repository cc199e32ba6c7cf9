"""A70-03: the Eligibility tab's "At the court" line speaks for the day its results do.

It was worked out for the window's today while the results above it spoke for the As of date:
with As of moved past a hearing ("what about February?"), the line still read "hearing
2027-01-10. Not to file again." with no word that the hearing would be held by then, and a
stored screening of an earlier day was told of a review made after it (V64).  The filing
worksheet already reads it for its own as-of day; the tab now does so for the screening shown.
"""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from tests.gui.test_eligibility_at_the_court_d63 import _details
from ui.forms import to_qdate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_the_court_line_speaks_for_the_as_of_date(qtbot, window, repo):
    client = probation_client("Fecha Audiencia")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), hearing_on=date(2027, 1, 10))]
    window.load()
    window.open_client(repo.add_client(client))
    today = "At the court: Petition already filed 2026-11-02; hearing 2027-01-10. Not to file again."
    assert today in _details(qtbot, window, "pc1203_4", "c1-1")  # today, 2026-11-22: not yet held
    panel = window.client_view.eligibility
    panel.as_of.setDate(to_qdate(date(2027, 2, 1)))
    qtbot.waitUntil(lambda: panel.screening is not None and panel.screening.as_of == date(2027, 2, 1))
    text = _details(qtbot, window, "pc1203_4", "c1-1")
    assert "hearing 2027-01-10 held: record the ruling (Record tab)" in text
    panel.today_button.click()
    qtbot.waitUntil(lambda: panel.screening.as_of == date(2026, 11, 22))
    assert today in _details(qtbot, window, "pc1203_4", "c1-1")
