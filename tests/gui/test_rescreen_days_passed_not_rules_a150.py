"""A150-04: the day an update of Clinic Desk arrived, the paralegal re-screened a caseload last
re-screened in June.  The box U148-02 opens said "The rules of this version of Clinic Desk ...
changed the answers of 1 client from their last screening" and named a client on probation to
2026-08-31 ("PC 1203.4 dismissal: ELIGIBLE ON 2026-09-01, now ELIGIBLE NOW; ... PC 1203.3 end
probation early: ELIGIBLE NOW, now does not apply"), whom the older rules had answered as these
do: June's answers were set beside November's, and the days passed were said to be the rules'
(35 of 300 demo clients so named, none of them by the rules).  What the rules changed is now
found on the day of the last screening, the facts the same, as the client page finds it
(A150-02); a client whose answers the rules did change is named as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QTextEdit

from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_rescreen_answers_moved_u148 import _rescreen
from tests.older_rules import told_by_older_rules
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

JUNE = date(2026, 6, 1)


def _seen_in_june(repo, name: str, change=lambda d: d) -> int:
    client = probation_client(name, probation_end=date(2026, 8, 31))
    client.id = repo.add_client(client)
    screen_and_store(repo, client, JUNE)
    told_by_older_rules(repo, client.id, change)
    return client.id


def test_days_passed_since_the_last_screening_are_not_named_as_the_rules(qtbot, window, repo, monkeypatch):
    _seen_in_june(repo, "Paloma Pronto")  # the older rules answered her as these do
    window.load()
    _rescreen(qtbot, window, monkeypatch)
    assert not any(box.isVisible() for box in window.findChildren(QMessageBox))


def test_a_client_the_rules_did_change_on_that_day_is_named(qtbot, window, repo, monkeypatch):
    _seen_in_june(repo, "Paloma Pronto")
    # The older rules had her wait a day longer for the dismissal.
    _seen_in_june(repo, "Rita Rules", lambda d: replace(d, date=date(2026, 9, 2)) if d.remedy == "pc1203_4" and d.date else d)
    window.load()
    _rescreen(qtbot, window, monkeypatch)
    qtbot.waitUntil(lambda: any(box.isVisible() for box in window.findChildren(QMessageBox)))
    box = next(box for box in window.findChildren(QMessageBox) if box.isVisible())
    assert "changed the answers of 1 client from their last screening" in box.text()
    assert box.findChild(QTextEdit).toPlainText() == (
        "Rita Rules (born 1985-03-14): PC 1203.4 dismissal: ELIGIBLE ON 2026-09-02, now ELIGIBLE ON 2026-09-01")
    box.defaultButton().click()
    assert TODAY > date(2026, 9, 2)  # both days passed: today's answer is the same by either rules
