"""R145-03: a PC 290 registrant is automatically ineligible for the fire-camp dismissal (PC
1203.4b(a)(1); ca-rules.md 3.14), but the screening asks for fire-crew service before it weighs
the bars, so the Eligibility tab (Y141-02) and the text report asked of his prison term "Did the
client serve on a fire crew or hand crew while in custody? If so, PC 1203.4b dismissal may fit."
Neither asks it of a registrant now; the same client not registering is still asked."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text
from tests.gui.test_eligibility_asks_fire_crew_y141 import ASKED, _burglary
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _registrant():
    client = _burglary(prison=True)
    client.person.registrant_290 = True
    return client


def test_r145_03_the_tab_does_not_ask_a_registrant_about_fire_crew(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, _registrant())
    # The note may ask something else: which case a registrant with no registrable conviction
    # here registers for (X149-03).  Not the fire crew.
    assert ASKED not in " ".join(panel.ask_note.text().split())
    unregistered = _eligibility_of(qtbot, window, repo, _burglary(prison=True))
    assert ASKED in " ".join(unregistered.ask_note.text().split())


def test_r145_03_nor_does_the_text_report():
    for client, asked in ((_registrant(), False), (_burglary(prison=True), True)):
        screening = screen(client.person, client.cases, date(2026, 11, 15))
        text = " ".join(render_text(screening, client.person, client.cases).split())
        assert (ASKED in text) is asked, text
