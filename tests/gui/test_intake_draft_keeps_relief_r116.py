"""R116-02: intake's box 2 kept as a draft when Clinic Desk stops (K114-01) kept its fields and
choices but not the count's "Relief already granted" rows: put back at "Open ... instead", the
case read as never cleared, and Enter (as the note says: "check it and press Enter to add it")
added it without the dismissal the court had granted, the client screened "Eligible now" for it.
The relief rows are kept with the rest and put back.

R116-03: a case typed before "Open ... instead" is kept for the record opened at once."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client, Person
from tests.gui.test_intake_returning_client_z83 import _start, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r116_02_a_relief_typed_in_box_2_is_kept_and_put_back_with_the_case(qtbot, repo, intake, monkeypatch):
    monkeypatch.setattr("ui.client_view.DRAFT_AFTER_MS", 50)
    _start(qtbot, intake, "Maria Lopez", "5/14/1979")
    started = intake.client.id
    qtbot.keyClicks(intake.case_number, "BA123456")
    intake.conviction.offense.setFocus()
    qtbot.keyClicks(intake.conviction.offense, "459")
    intake.conviction.date.setFocus()
    qtbot.keyClicks(intake.conviction.date, "3/2/2015")
    qtbot.mouseClick(intake.conviction.relief.add_button, Qt.MouseButton.LeftButton)
    (row,) = intake.conviction.relief.rows
    row.remedy.setCurrentIndex(row.remedy.findData("pc1203_4"))
    row.date.setFocus()
    qtbot.keyClicks(row.date, "6/1/2019")
    qtbot.waitUntil(lambda: (_kept(repo, started) or {}).get("relief") == [["pc1203_4", "6/1/2019"]])

    # The program gone (the battery) before Enter: the next intake of her finds its draft.
    monkeypatch.setattr("db.repository._running", lambda _pid: False)
    intake._draft_timer.stop()
    intake._drafted = None  # the boxes emptied below as a new program's are, the draft left
    intake._empty_boxes()
    assert intake.conviction.relief.rows == []
    _start(qtbot, intake, "Maria Lopez", "5/14/1979")
    assert intake.open_instead.isVisible()
    qtbot.keyClick(intake.open_instead, Qt.Key.Key_Space)

    assert intake.client.id == started
    assert intake.case_number.text() == "BA123456"
    (row,) = intake.conviction.relief.rows
    assert row.remedy.currentData() == "pc1203_4"
    assert row.date.text() == "6/1/2019"

    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Return)  # added as put back
    (case,) = repo.get_client(started).cases
    (granted,) = case.convictions[0].relief_granted
    assert (granted.remedy, granted.date) == ("pc1203_4", date(2019, 6, 1))


def test_r116_03_a_case_typed_before_open_instead_is_kept_for_the_record_opened(qtbot, repo, intake, monkeypatch):
    """The record started leaves with its draft at "Open ... instead"; the case typed in box 2
    stays there, and was kept for the record opened only once another key was pressed."""
    monkeypatch.setattr("ui.client_view.DRAFT_AFTER_MS", 50)
    stored = repo.add_client(Client(name="Maria Lopez", person=Person(dob=date(1979, 5, 14))))
    _start(qtbot, intake, "Maria Lopez", "5/14/1979")
    started = intake.client.id
    qtbot.keyClicks(intake.case_number, "BA123456")
    qtbot.waitUntil(lambda: _kept(repo, started) is not None)
    assert intake.open_instead.isVisible()
    qtbot.keyClick(intake.open_instead, Qt.Key.Key_Space)
    assert intake.client.id == stored and intake.case_number.text() == "BA123456"

    qtbot.wait(300)  # no key pressed since: the battery may die now
    assert _kept(repo, started) is None  # gone with the record taken back
    assert _kept(repo, stored) is not None and _kept(repo, stored)["fields"][0] == "BA123456"


def _kept(repo, client_id: int):
    """Intake's draft of the client as kept in the caseload (its box 2 typing), or None."""
    row = repo.db.conn.execute("SELECT value FROM settings WHERE key = ?", (f"draft:intake:{client_id}",)).fetchone()
    return json.loads(row[0])["record"] if row else None
