"""The counts above the caseload list follow its filters (P80-01, from P74)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY, probation_client
from ui.services import screen_and_store


def _caseload(window, repo) -> None:
    """Three Spanish speakers and two English speakers eligible now, one English speaker later."""
    clients = [probation_client(f"Ana Spanish {n}", case_number=f"BA{n}", language="es") for n in range(3)]
    clients += [probation_client(f"Bob English {n}", case_number=f"BB{n}") for n in range(2)]
    later = probation_client("Luis Later", case_number="BC1", probation_end=date(2027, 3, 2))
    clients.append(later)
    for client in clients:
        repo.add_client(client)
        screen_and_store(repo, client, TODAY)
    window.load()


def test_p80_01_the_counts_say_how_many_of_the_list_as_filtered(qtbot, window, repo):
    """A paralegal choosing Spanish in the Language box saw "Eligible now: 5" over a list of
    three: the counts were the whole caseload's.  Each now says its share of the list shown
    beside the whole caseload's, and the whole caseload's alone when nothing is left out."""
    _caseload(window, repo)
    view = window.caseload
    whole = view.model.counts()
    assert whole["eligible_now"] == 5
    assert view.count_buttons["eligible_now"].text() == "Eligible now: 5"

    view.language.setCurrentIndex(view.language.findData("es"))
    assert view.shown_label.text() == "Showing 3 of 6 clients"
    assert view.count_buttons["eligible_now"].text() == "Eligible now: 3 of 5"
    assert view.count_buttons["eligible_now"].accessibleName() == (
        "Show only Eligible now: 3 of 5 clients, as the list is filtered")
    later_text = view.count_buttons["eligible_on"].text()
    assert later_text == f"Eligible later: 0 of {whole['eligible_on']}"

    # A count clicked narrows the list further; the counts stay the Spanish speakers' shares.
    qtbot.mouseClick(view.count_buttons["eligible_now"], Qt.MouseButton.LeftButton)
    assert view.count_buttons["eligible_now"].isChecked()
    assert view.count_buttons["eligible_now"].text() == "Eligible now: 3 of 5"
    assert view.count_buttons["eligible_on"].text() == later_text

    view.show_every_client()
    assert view.count_buttons["eligible_now"].text() == "Eligible now: 5"
    assert view.count_buttons["eligible_on"].text() == f"Eligible later: {whole['eligible_on']}"


def test_p80_01_a_save_under_a_filter_counts_again(qtbot, window, repo):
    """A Spanish speaker's language put right to English while Spanish is listed leaves the
    list and the count."""
    _caseload(window, repo)
    view = window.caseload
    view.language.setCurrentIndex(view.language.findData("es"))
    client = next(c for c in repo.list_clients() if c.name == "Ana Spanish 0")
    full = repo.get_client(client.id)
    full.language = "en"
    repo.save_client(full)
    view.update_client(next(row for row in repo.list_clients() if row.id == client.id))
    view.update_counts()  # as the window does after a save
    assert view.shown_label.text() == "Showing 2 of 6 clients"
    assert view.count_buttons["eligible_now"].text() == "Eligible now: 2 of 5"
