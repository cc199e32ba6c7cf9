"""Y162-04: a blind volunteer typed a client's federal conviction as his papers write it, "18
U.S.C. § 1343", in a case whose State or court was left blank, and tabbed on to its level.  The
note that appeared under the offense, "18 USC 1343 is federal law (the United States Code): a
case from a federal court, which no California remedy reaches; type “federal” in State or court"
(F161-02), was the field's description only, heard by nobody who had left it: Enter added the
case as California's, six California remedies "Needs review".  Leaving the field says it, as
the keyboard leaves; a California section left says nothing of the kind."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_intake_federal_case_f161 import FEDERAL_LAW, _intake

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _heard(announcements) -> list[str]:
    return [message for _source, message, _politeness in announcements]


def _typed_and_left(qtbot, field, typed: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.fixture
def intake(qtbot, repo, monkeypatch):
    """Intake with a client started; the case typed is left unadded as the test ends."""
    monkeypatch.setattr("ui.intake.ask_unadded_case", lambda _parent, problem, where: "discard")
    return _intake(qtbot, repo)


def test_y162_04_a_federal_count_left_at_intake_is_heard_to_need_federal_in_state_or_court(qtbot, intake, announcements):
    dialog = intake
    qtbot.keyClicks(dialog.case_number, "2:16-cr-00412")
    announcements.clear()
    _typed_and_left(qtbot, dialog.conviction.offense, "18 U.S.C. § 1343")
    assert dialog.conviction.offense.hasFocus() is False  # the keyboard has gone on
    heard = [message for message in _heard(announcements) if "federal law" in message]
    assert heard == [f"{FEDERAL_LAW}; as it is, it can be saved and will be marked for attorney review"], _heard(announcements)


def test_y162_04_a_california_count_left_at_intake_says_no_such_thing(qtbot, intake, announcements):
    dialog = intake
    announcements.clear()
    _typed_and_left(qtbot, dialog.conviction.offense, "484")
    assert not any("federal law" in message for message in _heard(announcements)), _heard(announcements)


def test_y162_04_a_federal_arrest_offense_left_on_the_record_tab_is_heard(qtbot, window, repo, announcements):
    from tests.federal_court_client import lena
    from tests.gui.test_checklist_keyboard import open_on_tab

    client = lena("en")
    client.cases[0].jurisdiction = "CA"
    view, _client_id = open_on_tab(qtbot, window, repo, client, 0)
    row = view.record.case_form.arrest_offenses.rows[0]
    assert not any("federal law" in message for message in _heard(announcements))  # opening says nothing of it
    row.section.clear()
    _typed_and_left(qtbot, row.section, "21 U.S.C. 844")
    heard = [message for message in _heard(announcements) if "federal law" in message]
    assert heard == [FEDERAL_LAW.replace("18 USC 1343", "21 USC 844")], _heard(announcements)
