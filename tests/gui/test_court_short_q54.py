"""Q54-04: at 853 pixels wide (1280 at 150%) the caseload's Next action cut where the
petitions stand so the paralegal could not tell what to do: "Denied 2026-11-20: at...",
"Filed 2026... 2027-01-10", "Hearing 2026-11-25 h..."; they now read in fewer words that
still say it ("Denied: to attorney", "Hearing 2027-01-10", "Held: record ruling"), the whole
in the tooltip.  Days are counted from the window's day (TODAY)."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from clinic_app.line_action import next_action_said
from clinic_app.model import Petition
from tests.automatic_relief import to_file
from tests.gui.caseload_lines import load_caseload
from tests.gui.conftest import TODAY
from tests.gui.test_next_action_day_kept import _shown
from clinic_app.court import CourtLine, court_next_action

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

FILED, HELD, COMING = TODAY - timedelta(days=40), TODAY - timedelta(days=5), TODAY + timedelta(days=30)


def _filed(name: str, *petitions: Petition):
    def make():
        client = to_file(name)
        client.cases[0].petitions = list(petitions)
        return client
    return make


MAKERS = (
    _filed("Fabiola Filed", Petition("pc1203_4", FILED, ["a1"], hearing_on=COMING)),
    _filed("Wanda Waiting", Petition("pc1203_4", FILED, ["a1"])),
    _filed("Hugo Held", Petition("pc1203_4", FILED, ["a1"], hearing_on=HELD)),
    _filed("Dario Denied", Petition("pc1203_4", FILED, ["a1"], ruling="denied", ruling_on=HELD)),
    _filed("Greta Granted", Petition("pc1203_4", FILED, ["a1"], ruling="granted", ruling_on=HELD)),
)


@pytest.mark.parametrize("width", [853, 800])
def test_q54_narrow_the_court_says_what_to_do(qtbot, window, repo, width):
    view = load_caseload(window, repo, MAKERS)
    window.resize(width, 560)
    qtbot.waitUntil(lambda: window.width() == width and view.table.viewport().width() < width)
    assert {name: _shown(view, name) for name in ("Fabiola Filed", "Wanda Waiting", "Hugo Held", "Dario Denied",
                                                  "Greta Granted")} == {
        "Fabiola Filed": f"Hearing {COMING.isoformat()}", "Wanda Waiting": "Awaiting ruling",
        "Hugo Held": "Held: record ruling", "Dario Denied": "Denied: to attorney", "Greta Granted": "Granted: enter relief"}
    if width == 853:  # the list does not scroll sideways for them (narrower, it does, as before)
        assert view.table.horizontalHeader().length() <= view.table.viewport().width()


def test_q54_wide_a_filing_and_a_denial_read_whole(qtbot, window, repo):
    view = load_caseload(window, repo, MAKERS)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1200)
    assert _shown(view, "Fabiola Filed") == f"Filed {FILED.isoformat()}; hearing {COMING.isoformat()}"
    assert _shown(view, "Dario Denied") == f"Denied {HELD.isoformat()}: attorney to review"


def test_q54_a_filing_without_its_day_and_other_words_have_no_court_short_form():
    """Said from the court line's state (Z55), where it was matched in the words again."""
    day, hearing, coming = date(2026, 12, 1), date(2026, 11, 25), date(2027, 1, 12)
    assert court_next_action(CourtLine("filed", hearings=(date(2027, 1, 10),)), day).short == "Hearing 2027-01-10"
    nothing_filed = SimpleNamespace(best="eligible_now", case_count=1, automatic_only=False, file_on=None, court=None)
    assert next_action_said(nothing_filed, day)[0] == ("File now", None, None)
    held = court_next_action(CourtLine("filed", date(2026, 10, 1), hearings=(hearing, coming)), day)
    assert held == ("Hearing 2026-11-25 held: record the ruling; next 2027-01-12", "Held: record ruling", None)
