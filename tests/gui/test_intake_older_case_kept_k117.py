"""K117-03: a returning client had a case kept from an intake that stopped before adding it
(K114-01).  At their next intake the volunteer typed today's case in box 2 first, then pressed
"Open ... instead": the older case was neither put back nor said, and the new typing replaced it
in the caseload (R116-03 keeps it at once).  Both are kept now, the older one said, and back in
box 2 once today's is added."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client, Person
from tests.gui.test_intake_draft_keeps_relief_r116 import _kept
from tests.gui.test_intake_returning_client_z83 import _start, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _type_case(qtbot, intake, number: str, offense: str, convicted: str) -> None:
    intake.case_number.setFocus()
    qtbot.keyClicks(intake.case_number, number)
    intake.conviction.offense.setFocus()
    qtbot.keyClicks(intake.conviction.offense, offense)
    intake.conviction.date.setFocus()
    qtbot.keyClicks(intake.conviction.date, convicted)


def _older(intake) -> dict:
    """Box 2's typing of a case as intake keeps it (K114-01): its number, offense, date."""
    choices = [box.currentText() for box in intake._box_2_fields()[1]]
    return {"fields": ["BA123456", "459", "3/2/2015"], "choices": choices, "trafficking": False, "relief": []}


def _today_typed_then_opened_instead(qtbot, repo, intake, monkeypatch) -> int:
    """Maria Lopez, with a case kept by an earlier intake that stopped (the battery) before
    adding it, at her next intake: today's case typed in box 2, then Open ... instead."""
    monkeypatch.setattr("ui.client_view.DRAFT_AFTER_MS", 50)
    stored = repo.add_client(Client(name="Maria Lopez", person=Person(dob=date(1979, 5, 14))))
    repo.keep_draft(stored, _older(intake), of="intake")
    monkeypatch.setattr("db.repository._running", lambda _pid: False)
    _start(qtbot, intake, "Maria Lopez", "5/14/1979")
    _type_case(qtbot, intake, "LA777001", "484", "8/9/2018")
    qtbot.keyClick(intake.open_instead, Qt.Key.Key_Space)
    return stored


def test_k117_03_an_older_kept_case_is_not_replaced_by_the_case_typed_before_open_instead(qtbot, repo, intake, monkeypatch):
    stored = _today_typed_then_opened_instead(qtbot, repo, intake, monkeypatch)
    assert intake.client.id == stored and intake.case_number.text() == "LA777001"
    said = intake.case_message.text()
    assert "Another case typed for them (BA123456, 459) was not added" in said, said
    assert "comes back in box 2 once this one is added" in said
    kept = _kept(repo, stored)  # both, were the battery to die now
    assert kept["fields"][0] == "LA777001" and kept["earlier"]["typed"]["fields"][0] == "BA123456"

    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Return)  # today's case added
    assert [case.case_number for case in repo.get_client(stored).cases] == ["LA777001"]
    assert intake.case_number.text() == "BA123456" and intake.conviction.offense.text() == "459"
    assert "The earlier case typed in box 2 for them was not added" in intake.case_message.text()
    kept = _kept(repo, stored)
    assert kept["fields"][0] == "BA123456" and "earlier" not in kept

    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Return)  # and the older one, checked
    assert [case.case_number for case in repo.get_client(stored).cases] == ["LA777001", "BA123456"]
    assert _kept(repo, stored) is None


def test_k117_03_both_cases_come_back_after_a_second_stop(qtbot, repo, intake, monkeypatch):
    _today_typed_then_opened_instead(qtbot, repo, intake, monkeypatch)

    # The battery dies again: the next intake of her, as a new program's, finds both.
    intake._draft_timer.stop()
    intake._drafted, intake._earlier = None, None
    intake._empty_boxes()
    _start(qtbot, intake, "Maria Lopez", "5/14/1979")
    qtbot.keyClick(intake.open_instead, Qt.Key.Key_Space)
    assert intake.case_number.text() == "LA777001"
    said = intake.case_message.text()
    assert "The case typed in box 2 for them was not added" in said and "Another case typed for them (BA123456, 459)" in said, said
    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Return)
    assert intake.case_number.text() == "BA123456", intake.case_message.text()
