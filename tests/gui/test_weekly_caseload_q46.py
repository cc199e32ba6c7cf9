"""Q46: a paralegal's week with a caseload of thousands, in the window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client


def _screen_week_before(window, repo, monkeypatch, qtbot, as_of: date) -> None:
    from ui import tasks

    monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: as_of)
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.rescreen_action.trigger()


def test_a_re_screen_shows_who_became_eligible_since_the_last_one(qtbot, window, repo, monkeypatch):
    """Q46-01: Monday's re-screen turned the clients whose day had come into "Eligible now",
    among thousands eligible for years, and nothing told them apart: the paralegal could not
    find who to call and file for this week.  The re-screen now says how many became eligible
    and a "Newly eligible" button above the list shows just them."""
    long_ago = repo.add_client(probation_client("Ana Long-Ago", case_number="BA1", probation_end=date(2024, 5, 1)))
    this_week = repo.add_client(probation_client("Bea This-Week", case_number="BA2", probation_end=date(2026, 11, 18)))
    later = repo.add_client(probation_client("Cai Next-Year", case_number="BA3", probation_end=date(2027, 9, 1)))
    window.load()
    _screen_week_before(window, repo, monkeypatch, qtbot, date(2026, 11, 15))
    view = window.caseload
    rows = {r.id: r.best for r in view.model.all_rows()}
    assert rows == {long_ago: "eligible_now", this_week: "eligible_on", later: "eligible_on"}
    newly = view.newly_eligible_button
    assert not newly.isVisibleTo(view)  # never screened before: nobody became eligible, they were not known

    _screen_week_before(window, repo, monkeypatch, qtbot, date(2026, 11, 22))
    assert {r.id: r.best for r in view.model.all_rows()}[this_week] == "eligible_now"
    assert "1 client became eligible now" in window.statusBar().currentMessage()
    assert newly.isVisibleTo(view)
    assert newly.text().replace("&", "") == "Newly eligible: 1"
    qtbot.mouseClick(newly, Qt.MouseButton.LeftButton)
    shown = [view.proxy.client_id(i) for i in range(view.proxy.rowCount())]
    assert shown == [this_week]
    assert view.shown_label.text() == "Showing 1 of 3 clients"
    assert window.shown_handouts_action.isEnabled()  # her handout, from the list as shown
    qtbot.mouseClick(newly, Qt.MouseButton.LeftButton)  # clicked again: every client
    assert view.proxy.rowCount() == 3
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # its letter, from the keyboard
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)  # a button's letter clicks it after a moment
