"""F161-05: Andre (synthetic) served his 2016 federal wire-fraud sentence in federal prison; his
2019 Los Angeles petty theft was probation.  His Eligibility tab (and intake's box 3, and the text
report) asked "Did the client serve on a fire crew or hand crew while in custody? If so, PC 1203.4b
dismissal may fit.": the hand crews PC 1203.4b rests on are California's and its counties'
(ca-rules.md 3.14), and no California custody is in his record.  Asked of a California term only;
the same record with a California prison term asks it, as before.  screen()'s answers unchanged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text
from tests.federal_court_client import andre
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

ASKED = "Did the client serve on a fire crew or hand crew while in custody?"


def _report(client) -> str:
    return " ".join(render_text(screen(client.person, client.cases, date(2026, 12, 6)), client.person, client.cases).split())


def test_f161_05_a_federal_prison_term_asks_nothing_of_fire_crews(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, andre("en"))
    assert ASKED not in panel.ask_note.text() and not panel.ask_note.isVisible()
    assert ASKED not in _report(andre("en"))


def test_f161_05_a_california_prison_term_still_asks():
    # A Penal Code count in its place: its United States Code count alone is federal law
    # whatever the case's State or court says, and is not asked of (N163-02).
    client = andre("en", jurisdiction="CA")
    fraud, theft = client.cases
    grand_theft = replace(fraud.convictions[0], code="PC", section="487")
    assert ASKED in _report(replace(client, cases=[replace(fraud, convictions=[grand_theft]), theft]))
