"""E48: "Newly eligible" (Q46-01) lived only in the window that re-screened: closed on Monday,
opened on Tuesday, the week's new filings were gone, and a re-screen by `clinic-app rescreen`
was never seen in the window.  Clients whose only relief now is automatic (nothing to file)
were counted among the new filings.  The day each became eligible now is kept in the
caseload; the button shows those since a day the paralegal sees and can change."""

from __future__ import annotations

from datetime import date
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit

from db.rescreen import rescreen_caseload
from tests.automatic_relief import arrest_relief_only
from tests.gui.conftest import TODAY, let_go, probation_client

def _shown(view) -> list[str]:
    return [view.model.listed(view.proxy.client_id(i)).name for i in range(view.proxy.rowCount())]


def _week(repo) -> None:
    repo.add_client(probation_client("Ana Long-Ago", case_number="BA1", probation_end=date(2024, 5, 1)))
    repo.add_client(probation_client("Bea This-Week", case_number="BA2", probation_end=date(2026, 11, 10)))
    repo.add_client(arrest_relief_only("Arturo Arresto"))  # PC 851.93 (automatic) from 2026-10-27
    repo.add_client(probation_client("Cai Next-Year", case_number="BA3", probation_end=date(2027, 9, 1)))


def test_a_cli_rescreen_on_monday_shows_in_the_window_on_wednesday(qtbot, window, repo, tmp_path):
    _week(repo)
    rescreen_caseload(repo, date(2026, 10, 20), workers=1)  # the re-screens `clinic-app rescreen` makes
    rescreen_caseload(repo, date(2026, 11, 17), workers=1)  # Monday's
    window.load()  # Wednesday (TODAY, 2026-11-22): the window opened
    view = window.caseload
    newly = view.newly_eligible_button
    assert view.newly_eligible_since() == date(2026, 11, 16)  # the last 7 days
    assert view.newly_since.text() == "2026-11-16"
    assert newly.isVisibleTo(view)
    # Arturo's relief is automatic: counted apart from the filings, and said so.
    assert newly.text().replace("&", "") == "Newly eligible: 1 + 1 automatic"
    assert "on November 16, 2026 or after" in newly.toolTip()
    assert "1 with automatic relief only (PC 1203.425 / 851.93: nothing to file" in newly.toolTip()
    assert f"clinic-app list --db {repo.path} --newly-eligible-since 2026-11-16" in newly.toolTip()
    qtbot.mouseClick(newly, Qt.MouseButton.LeftButton)
    assert _shown(view) == ["Arturo Arresto", "Bea This-Week"]
    next_action = {name: view.proxy.index(i, 5).data() for i, name in enumerate(_shown(view))}
    assert next_action["Arturo Arresto"].startswith("Automatic")  # marked in the list: nothing to file
    qtbot.wait(20)  # the row laid out again
    view.grab().save(str(tmp_path / "newly-eligible-since.png"))  # looked at

    # A later day typed beside it: nobody since; an earlier one brings them back.
    qtbot.mouseClick(newly, Qt.MouseButton.LeftButton)
    view.newly_since.setFocus()
    view.newly_since.setSelectedSection(QDateTimeEdit.Section.YearSection)  # as Tab into it does
    qtbot.keyClicks(view.newly_since, "2026-11-18")
    qtbot.keyClick(view.newly_since, Qt.Key.Key_Return)
    assert view.newly_eligible_since() == date(2026, 11, 18)
    assert not newly.isVisibleTo(view)
    assert view.newly_since_label.text() == "Newly eligible since"  # the day is not left unexplained
    qtbot.wait(20)
    view.grab().save(str(tmp_path / "newly-eligible-none-since.png"))
    view.newly_since.setDate(view.newly_since.date().addDays(-2))
    assert newly.isVisibleTo(view) and newly.text().replace("&", "") == "Newly eligible: 1 + 1 automatic"


def test_a_rescreen_in_the_window_is_still_there_when_it_is_opened_again(qtbot, window, repo, monkeypatch):
    from ui import tasks
    from ui.main_window import MainWindow

    _week(repo)
    window.load()
    for as_of in (date(2026, 10, 20), TODAY):
        monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today, as_of=as_of: as_of)
        with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
            window.rescreen_action.trigger()
    assert ("1 client became eligible now, and 1 by automatic relief alone (nothing to file): "
            "“Newly eligible” above the list shows them.") in window.statusBar().currentMessage()
    let_go(window)

    tuesday = MainWindow(repo, today=date(2026, 11, 24), automatic_backups=False)
    try:
        tuesday.show()
        tuesday.load()
        view = tuesday.caseload
        assert view.newly_eligible_button.text().replace("&", "") == "Newly eligible: 1 + 1 automatic"
        qtbot.mouseClick(view.newly_eligible_button, Qt.MouseButton.LeftButton)
        assert _shown(view) == ["Arturo Arresto", "Bea This-Week"]
    finally:
        let_go(tuesday)


def test_a_rescreen_for_an_earlier_day_moves_the_day_back_to_show_its_clients(qtbot, window, repo, monkeypatch):
    from ui import tasks

    _week(repo)
    window.load()
    for as_of in (date(2026, 10, 20), date(2026, 11, 12)):  # planned for a day ten days back
        monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today, as_of=as_of: as_of)
        with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
            window.rescreen_action.trigger()
    view = window.caseload
    assert view.newly_eligible_since() == date(2026, 11, 12)
    assert view.newly_eligible_button.text().replace("&", "") == "Newly eligible: 1 + 1 automatic"
