"""J140-03: a client's juvenile-court record saved as a count "WI 602" (intake's note said what it
is, but a count is saved as typed).  The Eligibility tab listed eight results "Needs review" for
it, the first one's step "if the conviction is under PC 602, record that code": nothing in sight
said that W&I 602 is the juvenile court's law, that its finding is not a conviction, or that the
program does not clear it (juvenile sealing is W&I 781 / 786, ca-rules.md 3.13).  It says so above
the results, in the Record tab's words, naming the case as the Case column does."""

from __future__ import annotations

from datetime import date

import pytest
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of  # opened as J119 opens it

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _with_count(section: str) -> Client:
    return Client(name="Jun Testjuvenile", person=Person(dob=date(2000, 3, 10), us_citizen=True), cases=[
        Case(id="c1", case_number="JJ17001",
             convictions=[Conviction(id="c1-1", code="WI" if section.startswith("WI") else "PC",
                                     section=section.removeprefix("WI ").removeprefix("PC "), level="misdemeanor",
                                     conviction_date=date(2017, 9, 1), offense_date=date(2017, 6, 1))],
             sentence=Sentence(type="probation", judgment_date=date(2017, 9, 1), imposition_suspended=True, completed=True,
                               probation=Probation(kind="summary", start=date(2017, 9, 1), end=date(2019, 9, 1),
                                                   status="completed"))),
    ])


def test_j140_03_a_juvenile_court_count_is_said_above_the_results(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, _with_count("WI 602"))
    assert panel.juvenile_note.isVisible()
    said = panel.juvenile_note.text()
    assert said.startswith("Case JJ17001: WI 602 is the juvenile court's law, not an offense: a juvenile court's finding is not a conviction"), said
    assert "W&I 781 or 786" in said and "The results below are not for it" in said
    assert panel.juvenile_note.accessibleName() == "A juvenile court's record"
    assert panel.juvenile_note.mapTo(panel, panel.juvenile_note.rect().bottomLeft()).y() < panel.table.mapTo(panel, panel.table.rect().topLeft()).y()


def test_j140_03_an_adult_court_conviction_has_no_such_note(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, _with_count("PC 488"))
    assert not panel.juvenile_note.isVisible()
