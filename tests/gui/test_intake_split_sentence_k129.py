"""K129-01: a county jail (PC 1170(h)) sentence taken in at intake with the day its supervision
ends is a split sentence ending in mandatory supervision: PC 1170(h) has no other supervision
after release (a straight term has none; PRCS and parole follow a prison release).  Intake
stored it as a straight term with a supervision of no kind, and the screening waited 2 years
from its end (a straight term's wait) where a split sentence waits 1 (ca-rules 3.3)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_first_clinic_event_e29 import _choose, _intake_with_a_client

# The offense's suggestion list grabs the keyboard, which the offscreen platform cannot (as E29's tests).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_k129_01_jail_with_supervision_end_is_a_split_sentence(qtbot, repo):
    dialog = _intake_with_a_client(qtbot, repo, "Rosa Testsplit")
    _choose(qtbot, dialog.sentence, "County jail 1170(h)")
    assert "split sentence" in dialog.probation_end.toolTip()  # what the date is said, for this sentence
    dialog.released.setFocus()
    qtbot.keyClicks(dialog.released, "2024-04-10")
    dialog.probation_end.setFocus()
    qtbot.keyClicks(dialog.probation_end, "2025-06-01")
    qtbot.keyClick(dialog.probation_end, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    (case,) = repo.get_client(dialog.client.id).cases
    custody = case.sentence.custody
    assert (custody.split, custody.supervision, custody.release_date, custody.supervision_end) == (
        True, "mandatory_supervision", date(2024, 4, 10), date(2025, 6, 1))
    # The screening the intake shows: a year after mandatory supervision, not two.
    (dismissal,) = [r for r in dialog.screening.results if r.remedy == "pc1203_41"]
    assert dismissal.status == "eligible", (dismissal.status, dismissal.date)


def test_k129_01_jail_released_with_no_supervision_end_stays_a_straight_term(qtbot, repo):
    dialog = _intake_with_a_client(qtbot, repo, "Tomas Teststraight")
    _choose(qtbot, dialog.sentence, "County jail 1170(h)")
    dialog.released.setFocus()
    qtbot.keyClicks(dialog.released, "2024-04-10")
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    custody = repo.get_client(dialog.client.id).cases[0].sentence.custody
    assert (custody.split, custody.supervision, custody.release_date) == (False, None, date(2024, 4, 10))
