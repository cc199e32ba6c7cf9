"""R130-02: K129-01 made intake store a county jail (PC 1170(h)) term's supervision end as a split
sentence ending in mandatory supervision.  Every such term taken in before it, and one typed on
the Record tab with the split box left unticked and the supervision "Unknown", is still a
straight term with a supervision end, and screened so: PC 1203.41 waiting 2 years from that day,
not 1, the Record tab saying nothing.  A straight 1170(h) term has no supervision: the tab says so
beside the day, as a note (nothing refused), until the split box or the kind is put right."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence
from tests.gui.test_first_clinic_event_e29 import _choose
from tests.gui.test_record_asks_what_applies_h49 import _open

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _jail_client(name: str, custody: Custody) -> Client:
    return Client(name=name, person=Person(dob=date(1985, 2, 3)), cases=[Case(
        id="c1", case_number="BA459459", disposition_date=date(2019, 3, 1),
        convictions=[Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2019, 3, 1))],
        sentence=Sentence(type="county_jail_1170h", judgment_date=date(2019, 3, 1), custody=custody))])


def test_r130_02_a_jail_term_stored_straight_with_a_supervision_end_is_said_to_be_split(qtbot, window, repo):
    # As intake stored it before K129-01.
    client = _jail_client("Rosa Testbefore", Custody(release_date=date(2024, 4, 10), supervision_end=date(2025, 6, 1)))
    view, form = _open(window, repo, client)
    message = form.rows["supervision_end"].message  # said as the case opens
    assert message.kind == "note" and "split sentence" in message.text() and "2 years" in message.text()
    assert message.isVisibleTo(form)
    assert form.validate() == []  # a note: nothing refused
    # Heard on the box it asks to tick, which the Tab key reaches before the end (S147-04).
    assert form.split.accessibleDescription() == form.supervision_end.accessibleDescription()
    assert "tick Split sentence" in form.split.accessibleDescription()
    form.split.setFocus()
    qtbot.keyClick(form.split, Qt.Key.Key_Space)  # put right: the note goes
    assert not message.text()
    assert not form.split.accessibleDescription()
    qtbot.keyClick(form.split, Qt.Key.Key_Space)
    assert "split sentence" in message.text()
    assert "tick Split sentence" in form.split.accessibleDescription()
    _choose(qtbot, form.supervision, "Mandatory supervision")  # the other way to put it right
    assert not message.text()
    assert not form.split.accessibleDescription()


@pytest.mark.parametrize("custody", [
    Custody(release_date=date(2024, 4, 10)),  # a straight term: no supervision
    Custody(split=True, release_date=date(2024, 4, 10), supervision="mandatory_supervision", supervision_end=date(2025, 6, 1)),
])
def test_r130_02_a_straight_term_without_supervision_or_a_split_one_has_no_note(qtbot, window, repo, custody):
    view, form = _open(window, repo, _jail_client("Tomas Testright", custody))
    assert form.validate() == []
    assert not form.rows["supervision_end"].message.text()


def test_r130_02_a_prison_term_with_its_supervision_unnamed_has_no_note(qtbot, window, repo):
    # Intake asks a prison term's end alone (E29-05): parole or PRCS, both read from their end.
    client = _jail_client("Ana Testprison", Custody(release_date=date(2024, 4, 10), supervision_end=date(2027, 2, 1)))
    client.cases[0].sentence.type = "state_prison"
    view, form = _open(window, repo, client)
    assert form.validate() == []
    assert not form.rows["supervision_end"].message.text()
