"""C123: a client seen at a 2026 event on probation ("come back after your probation ends")
comes back in late 2027.  Opening them showed only today's answer ("Needs review" or "Eligible
now"): nothing said what the clinic had told them last time, the answer they came back with,
unless the paralegal went looking in the Eligibility tab's Showing list.  Opened, the window
says the last screening's day and answer beside today's, where the answer has changed."""

from __future__ import annotations

from datetime import date

from db.rescreen import rescreen_caseload
from tests.gui.conftest import let_go, probation_client

SEEN = date(2026, 3, 14)  # the spring event
BACK = date(2027, 11, 20)  # the event a year and more later


def _window_on(repo, today):
    from ui.main_window import MainWindow

    window = MainWindow(repo, today=today, automatic_backups=False)
    window.resize(1366, 768)
    window.show()
    window.load()
    return window


def test_a_client_back_a_year_later_is_told_what_changed_since_the_last_screening(qtbot, repo, tmp_path):
    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3)))
    rescreen_caseload(repo, SEEN, workers=1)  # seen at the spring event: eligible once probation ends
    window = _window_on(repo, BACK)
    try:
        listed = window.caseload.model.row_at(window.caseload.model.row_of_client(client_id))
        assert (listed.best, listed.best_date) == ("eligible_on", date(2027, 6, 4))
        window.open_client(client_id)
        view = window.client_view
        now = view.outcome.text().removeprefix("· ")
        assert not now.startswith("Eligible on")  # today's answer differs
        said = window.statusBar().currentMessage()
        assert said.startswith("Last screened as of 2026-03-14: Eligible on 2027-06-04. Now, as of 2027-11-20: ")
        assert "The Eligibility tab's Showing list keeps the earlier result" in said
        assert view.came_back_said in said
        qtbot.wait(20)
        window.grab().save(str(tmp_path / "came-back.png"))  # looked at
    finally:
        let_go(window)


def test_a_client_whose_answer_is_the_same_is_told_nothing_more(qtbot, repo):
    client_id = repo.add_client(probation_client("Ana Long-Ago", case_number="BA1", probation_end=date(2024, 5, 1)))
    rescreen_caseload(repo, SEEN, workers=1)  # eligible now then, and still now
    window = _window_on(repo, BACK)
    try:
        window.open_client(client_id)
        assert window.client_view.came_back_said == ""
        assert "Last screened" not in window.statusBar().currentMessage()
    finally:
        let_go(window)


def test_a_client_back_after_the_whole_caseload_was_re_screened_for_today_is_still_told(qtbot, repo):
    """N125-01: the morning of the event the paralegal re-screens the whole caseload for today
    (the window's or `clinic-app rescreen`); the caseload line is then today's answer, and the
    words of what the client was told in 2026 were no longer said: the earlier day's result,
    kept, is the one the client came back with."""
    client_id = repo.add_client(probation_client("Jose Ramirez", case_number="24CR01234", probation_end=date(2027, 6, 3)))
    rescreen_caseload(repo, SEEN, workers=1)
    rescreen_caseload(repo, BACK, workers=1)  # the event's morning
    window = _window_on(repo, BACK)
    try:
        listed = window.caseload.model.row_at(window.caseload.model.row_of_client(client_id))
        assert listed.best_date != date(2027, 6, 4)  # the line is today's
        window.open_client(client_id)
        said = window.statusBar().currentMessage()
        assert said.startswith("Last screened as of 2026-03-14: Eligible on 2027-06-04. Now, as of 2027-11-20: "), said
        window.open_client(client_id)  # opened again the same day: still what they were told then
        assert window.client_view.came_back_said.startswith("Last screened as of 2026-03-14: Eligible on 2027-06-04.")
    finally:
        let_go(window)
