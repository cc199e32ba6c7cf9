"""H130-01: a client with a long record, one probation still running (a 2024 DUI) and every
older conviction held back by it.  The header said "Eligible now: Prop 47 reduction, ...", and
the Eligibility tab opened on rows "Blocked until 2027-03-19", one case after another: why,
and that ending that one probation early frees them all, was said only in each row's details,
where the text report, the worksheet and the handout each say it once, first.  The tab now
says it once above the results, in the text report's words, naming the cases as the Case
column does."""

from __future__ import annotations

import pytest

from clinic_app.model import Case, Conviction
from tests.gui.conftest import eligibility_by_keyboard
from tests.long_record import long_record

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _eligibility_of(qtbot, window, repo, client):
    panel = eligibility_by_keyboard(qtbot, window, repo.add_client(client))
    qtbot.waitUntil(panel.table.hasFocus)
    return panel


def test_h130_01_the_probation_holding_back_the_older_cases_is_said_once_above_the_results(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, long_record())
    blocked = [row for row in range(panel.proxy.rowCount()) if panel.proxy.index(row, 3).data().startswith("Blocked")]
    assert len(blocked) == 3
    assert panel.bar_note.isVisible()
    said = panel.bar_note.text()
    assert said.startswith("Read this first: The person is on probation in case 24M08080 through 2027-03-18. "
                           "Relief is blocked until 2027-03-19; recheck on that day.")
    assert "It holds back 3 results in 3 other cases." in said
    assert "What to do: Ask the court to end probation early (PC 1203.3) in case 24M08080" in said
    assert said.count("24M08080") == 2  # said once, not once a result
    below = panel.bar_note.mapTo(panel, panel.bar_note.rect().bottomLeft()).y()
    assert below < panel.table.mapTo(panel, panel.table.rect().topLeft()).y()


def test_h130_01_no_probation_running_no_note(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, long_record(running=False))
    assert not panel.bar_note.isVisible()


def test_s137_02_two_bars_at_once_say_read_this_first_once(qtbot, window, repo):
    """S137-02: probation in one case and a pending case: two bars, each on its line; the
    note's lines each began "Read this first:"."""
    client = long_record()
    dui = client.cases[3]
    dui.convictions.append(Conviction(id="c4-2", section="23152(a)", code="VC", level="misdemeanor",
                                      conviction_date=dui.convictions[0].conviction_date))
    client.cases.append(Case(id="c5", case_number="25M09090", outcome="pending"))
    panel = _eligibility_of(qtbot, window, repo, client)
    first, second = panel.bar_note.text().split("\n")
    assert first.startswith("Read this first: The person is on probation in case 24M08080")
    assert second.startswith("The person is charged with an offense that is still pending in case 25M09090.")
    assert panel.bar_note.text().count("Read this first") == 1
