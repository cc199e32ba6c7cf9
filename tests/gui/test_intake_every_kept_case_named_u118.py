"""U118-01: a returning client had two cases kept by intakes that stopped before adding them
(K114-01, K117-03: the battery died twice).  At their next intake, with today's case typed in
box 2 and "Open ... instead" pressed, the note named only the nearer kept case: the third, kept
too, was not said, and once the nearer one came back and was added it was dropped.  Every kept
case is named now, and each comes back in box 2 in turn, once the one before it is added."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client, Person
from tests.gui.test_intake_draft_keeps_relief_r116 import _kept
from tests.gui.test_intake_older_case_kept_k117 import _older, _type_case
from tests.gui.test_intake_returning_client_z83 import _start, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_u118_01_a_third_kept_case_is_named_and_comes_back_in_turn(qtbot, repo, intake, monkeypatch):
    monkeypatch.setattr("ui.client_view.DRAFT_AFTER_MS", 50)
    stored = repo.add_client(Client(name="Maria Lopez", person=Person(dob=date(1979, 5, 14))))
    oldest = {**_older(intake), "fields": ["SA900100", "11350", "1/5/2012"]}
    twice = {**_older(intake), "earlier": {"at": "2026-11-02T17:40:00+00:00", "typed": oldest}}
    repo.keep_draft(stored, twice, of="intake")  # BA123456, with SA900100 kept before it
    monkeypatch.setattr("db.repository._running", lambda _pid: False)
    _start(qtbot, intake, "Maria Lopez", "5/14/1979")
    _type_case(qtbot, intake, "LA777001", "484", "8/9/2018")
    qtbot.keyClick(intake.open_instead, Qt.Key.Key_Space)

    said = intake.case_message.text()
    assert "BA123456, 459" in said and "SA900100, 11350" in said, said
    assert "2 other cases typed for them" in said, said

    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Return)  # today's case added
    assert intake.case_number.text() == "BA123456"
    said = intake.case_message.text()
    assert "Another case typed for them (SA900100, 11350) was not added" in said, said
    kept = _kept(repo, stored)  # both left, were the battery to die now
    assert kept["fields"][0] == "BA123456" and kept["earlier"]["typed"]["fields"][0] == "SA900100"

    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Return)  # the nearer kept case, checked
    assert intake.case_number.text() == "SA900100" and intake.conviction.offense.text() == "11350"
    assert "Another case typed" not in intake.case_message.text()
    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Return)  # and the oldest
    assert [case.case_number for case in repo.get_client(stored).cases] == ["LA777001", "BA123456", "SA900100"]
    assert _kept(repo, stored) is None
