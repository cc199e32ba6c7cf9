"""J119-01: a client whose record is arrests, one of them still pending.  The Eligibility tab
listed a result for each ended arrest and none for the pending one (its rows "Does not apply",
hidden until Show remedies that do not apply is ticked): nothing in sight said the case was
open, where the text report says under it what a pending charge stops and whom to see.  It says
so above the results, in the text report's words, naming the case as the Case column does."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.eligibility.text_report import PENDING_ALONE_NOTE
from clinic_app.model import ArrestOffense, Case, Client, Person
from tests.gui.conftest import open_on_record

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _arrests(*, pending: bool) -> Client:
    return Client(name="Rosa Testarrest", person=Person(dob=date(1990, 4, 2)), cases=[
        Case(id="c1", outcome="dismissed", case_number="21CJCM01234", arrest_date=date(2021, 5, 14),
             disposition_date=date(2021, 11, 2), arrest_offenses=[ArrestOffense("242", level="misdemeanor")]),
        Case(id="c2", outcome="pending" if pending else "dismissed", case_number="26CJCF05555",
             arrest_date=date(2026, 9, 1), disposition_date=None if pending else date(2026, 10, 1),
             arrest_offenses=[ArrestOffense("594", level="felony")]),
    ])


def _eligibility_of(qtbot, window, repo, client):
    open_on_record(window, repo, client)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the Eligibility tab
    panel = window.client_view.eligibility
    qtbot.waitUntil(panel.table.hasFocus)
    return panel


def test_j119_01_a_pending_case_is_said_above_the_results(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, _arrests(pending=True))
    assert not panel.show_all.isChecked()
    shown = {panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())}
    assert shown == {"21CJCM01234"}  # no row of its own for the open case
    assert panel.pending_note.isVisible()
    assert panel.pending_note.text() == f"Case 26CJCF05555: {PENDING_ALONE_NOTE}"  # J119-05: no conviction here
    assert panel.pending_note.mapTo(panel, panel.pending_note.rect().bottomLeft()).y() < panel.table.mapTo(panel, panel.table.rect().topLeft()).y()


def test_j119_01_no_open_case_no_note(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, _arrests(pending=False))
    assert not panel.pending_note.isVisible()
