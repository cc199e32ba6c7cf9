"""N125-04: History showed no whole-caseload re-screen: the re-screen's row in the audit log is of
no one client (it keeps how many, the rules and the day, M124-04), and a client's History tab lists
their own rows only, so a paralegal could not see when the caseload was last re-screened, or for
what day, where a client's results came from one.  A client's History lists the whole caseload's
re-screens made since they were added, with their day; one before they were added is not theirs."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import RULES_VERSION
from db.rescreen import rescreen_caseload
from tests.gui.conftest import probation_client
from tests.gui.test_history_said_in_words_x69 import _details_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

TITLE = "Whole caseload re-screened"


def test_n125_04_a_client_s_history_shows_the_caseload_re_screens_since_they_were_added(qtbot, window, repo, tmp_path):
    repo.add_client(probation_client("Early Bird", case_number="BA1", probation_end=date(2024, 5, 1)))
    rescreen_caseload(repo, date(2026, 3, 14), workers=1)  # before Jose was added: not his
    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3)))
    rescreen_caseload(repo, date(2026, 11, 20), workers=1)
    window.load()
    window.open_client(client_id)
    shown = _details_of(qtbot, window, TITLE)
    assert shown.splitlines()[1:] == [f"  Every client of the caseload screened as of 2026-11-20 with the rules of {RULES_VERSION}: "
                                      "2 clients screened"], shown
    history = window.client_view.history
    rows = [(history.model.index(row, 2).data(), history.model.index(row, 3).data()) for row in range(history.model.rowCount())]
    assert [said for title, said in rows if title == TITLE] == ["as of 2026-11-20: 2 clients"], rows
    window.grab().save(str(tmp_path / "history.png"))  # looked at
