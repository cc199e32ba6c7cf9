"""Q108-02: the Eligibility tab's Mark reviewed... greyed, its Alt+D showed and said the tip of
the button pressable ("Record that an attorney reviewed the selected determinations ..."), which
told a paralegal pressing it why nothing happened no more than silence did (A104-03).  Greyed,
its tip now says why, as Save's greyed tip does ("Everything is saved"): no result is chosen in
the table, or a stored result is shown (a review is of the result screened now)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolTip

from tests.gui.conftest import probation_client, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

NO_RESULT = "Cannot mark reviewed: no result is chosen; choose one in the table"
STORED = ('Cannot mark reviewed: a stored result is shown, and a review is of the result screened now; '
          'choose "Screened now"')


def _panel(qtbot, window, repo, client_id):
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    window.client_view.tabs.setCurrentIndex(2)
    panel = window.client_view.eligibility
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    return panel


def _alt_d_says(qtbot, panel, announcements, tip: str) -> None:
    assert not panel.review_button.isEnabled()
    QToolTip.hideText()
    del announcements[:]
    qtbot.keyClick(panel.table, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert QToolTip.isVisible() and QToolTip.text() == tip
    assert [said for _source, said, _ in announcements] == [f"Mark reviewed...: {tip}"]


def test_q108_02_greyed_with_no_result_chosen_its_letter_says_so(qtbot, window, repo, announcements):
    panel = _panel(qtbot, window, repo, repo.add_client(probation_client("Rosa Sinfila")))
    assert panel.review_button.isEnabled() and panel.current() is not None
    panel.table.selectionModel().clear()
    _alt_d_says(qtbot, panel, announcements, NO_RESULT)
    panel.table.selectRow(0)  # chosen again: pressable, its tip what it does
    assert panel.review_button.isEnabled() and panel.review_button.toolTip().startswith("Record that an attorney reviewed")


def test_q108_02_greyed_on_a_stored_result_its_letter_says_so(qtbot, window, repo, announcements):
    from clinic_app.eligibility import facts_hash, screen
    from clinic_app.summary import summarize

    client_id = repo.add_client(probation_client("Olga Guardada", probation_end=date(2026, 3, 1)))
    client = repo.get_client(client_id)
    old = screen(client.person, client.cases, date(2025, 11, 1))
    old.rules_version = "2025.10.01"
    repo.store_screening(client_id, old, facts_hash(client.person, client.cases), summarize(client, old, date(2025, 11, 1)))
    panel = _panel(qtbot, window, repo, client_id)
    panel.showing.setCurrentIndex(panel.showing.count() - 1)
    assert panel.current() is not None  # a result chosen: the stored result is why
    panel.table.setFocus()
    _alt_d_says(qtbot, panel, announcements, STORED)
    panel.showing.setCurrentIndex(0)
    assert panel.review_button.isEnabled()
