"""A141-02 says the yellow notes above the Eligibility tab's results as the tab is arrived at, since
no key reaches them; it was written beside J140-03 (a juvenile court's record) and Y141-02 (the
fire-crew question), whose notes landed after it and were shown but never said: a screen reader
arriving at a prison-term client's tab heard the first row and not "Ask the client: Did the client
serve on a fire crew ...", nor of a count "WI 602" that the results are not for it."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from tests.gui.test_eligibility_asks_fire_crew_y141 import ASKED, _burglary
from tests.gui.test_eligibility_notes_heard_a141 import _to_eligibility

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_the_fire_crew_question_is_said_on_arriving(qtbot, window, repo, announcements):
    client = _burglary(prison=True)
    panel, said = _to_eligibility(qtbot, window, repo, announcements, client)
    assert panel.ask_note.isVisible()
    assert any(ASKED in message for message in said), said


def test_a_juvenile_court_record_is_said_on_arriving(qtbot, window, repo, announcements):
    client = Client(name="Jovita Juzgado", person=Person(dob=date(2001, 6, 1), us_citizen=True, on_supervision="none"),
                    cases=[Case(id="j1", case_number="JJ12345",
                                convictions=[Conviction(id="j1-1", code="WI", section="602", level="misdemeanor",
                                                        conviction_date=date(2017, 3, 1))],
                                sentence=Sentence(type="probation", judgment_date=date(2017, 3, 1), completed=True,
                                                  probation=Probation(kind="summary", start=date(2017, 3, 1),
                                                                      end=date(2018, 3, 1), status="completed")))])
    panel, said = _to_eligibility(qtbot, window, repo, announcements, client)
    assert panel.juvenile_note.isVisible()
    shown = " ".join(panel.juvenile_note.text().split())
    assert any(shown in message for message in said), (shown, said)
