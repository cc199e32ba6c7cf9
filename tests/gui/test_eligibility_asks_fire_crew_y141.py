"""Y141-02: a former fire-crew member, taken in with his 2015 state prison term, had no place at
intake to say "fire camp", and the Eligibility tab listed PC 1203.41 and the certificate with no
word of PC 1203.4b: its row "Does not apply" (the record does not show fire-camp service) is
hidden until Show remedies that do not apply is ticked.  Only the text report asked "Did the client
serve on a fire crew or hand crew while in custody?".  The tab now asks it above the results, in
the text report's words, with where to record the answer; ticked and saved, the question goes and
the fire-camp dismissal is in the table."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Client, Conviction, Custody, Person, Probation, Sentence
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

ASKED = "Did the client serve on a fire crew or hand crew while in custody? If so, PC 1203.4b dismissal may fit."


def _burglary(prison: bool) -> Client:
    if prison:
        sentence = Sentence(type="state_prison", judgment_date=date(2015, 5, 15), completed=True,
                            custody=Custody(release_date=date(2017, 3, 1), supervision="parole", supervision_end=date(2019, 3, 1)))
    else:
        sentence = Sentence(type="probation", judgment_date=date(2015, 5, 15), imposition_suspended=True, completed=True,
                            probation=Probation(kind="formal", start=date(2015, 5, 15), end=date(2018, 5, 15), status="completed"))
    return Client(name="Rafael Pruebafuego", person=Person(dob=date(1990, 3, 1), us_citizen=True, on_supervision="none"),
                  cases=[Case(id="c1", case_number="BA430001",
                              convictions=[Conviction(id="c1-1", section="459/460(a)", level="felony", conviction_date=date(2015, 4, 10))],
                              sentence=sentence)])


def _remedies(panel) -> set[str]:
    return {panel.proxy.index(row, 2).data() for row in range(panel.proxy.rowCount())}


def test_y141_02_a_prison_term_asks_about_fire_crew_above_the_results(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, _burglary(prison=True))
    assert panel.ask_note.isVisible()
    assert ASKED in panel.ask_note.text()
    assert "Served in a fire camp" in panel.ask_note.text()  # where the answer goes
    assert panel.ask_note.mapTo(panel, panel.ask_note.rect().bottomLeft()).y() < panel.table.mapTo(panel, panel.table.rect().topLeft()).y()
    assert not any("1203.4b" in r for r in _remedies(panel))


def test_y141_02_ticked_and_saved_the_question_goes_and_the_dismissal_comes(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, _burglary(prison=True))
    view = window.client_view
    view.tabs.setCurrentWidget(view.record)
    view.record.person.fire_camp.click()
    view.save_button.click()
    view.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: any("1203.4b" in r for r in _remedies(panel)))
    assert not panel.ask_note.isVisible()


def test_y141_02_no_custody_term_nothing_asked(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, _burglary(prison=False))
    assert not panel.ask_note.isVisible()
