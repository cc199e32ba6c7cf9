"""I59-01: after an intake day, the caseload's Outcome filter lists the clients whose cases are
still to enter: no case entered yet, or a case marked convicted ("Add case" stores one so) whose
convictions are not typed yet.  No outcome found them: a client with no case was only under
"Any outcome", among every other client (F58's "left alone")."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Client, Person
from tests.automatic_relief import to_file
from tests.gui.caseload_lines import lines, load_caseload

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def no_case_yet(name: str = "Nadia Sincaso") -> Client:
    return Client(name=name, person=Person(dob=date(1990, 1, 2)))


def counts_not_typed(name: str = "Carlos Cuenta") -> Client:
    """A case as "Add case" stores it: convicted, its counts still to type."""
    return Client(name=name, person=Person(dob=date(1988, 6, 7)), cases=[Case(id="c1", case_number="24CR001")])


def pending_case(name: str = "Paula Pendiente") -> Client:
    """A record entered whole: the case is pending, nothing to type."""
    return Client(name=name, person=Person(dob=date(1979, 9, 9)),
                  cases=[Case(id="c1", case_number="25CR777", outcome="pending", arrest_date=date(2025, 3, 1))])


@pytest.fixture
def caseload(window, repo):
    return load_caseload(window, repo, (no_case_yet, counts_not_typed, pending_case, to_file))


def test_i59_cases_still_to_enter_lists_those_with_no_case_or_counts_not_typed(qtbot, caseload, repo):
    titles = [caseload.outcome.itemText(i) for i in range(caseload.outcome.count())]
    assert "Cases still to enter" in titles
    caseload.outcome.setFocus()
    # Chosen from the keyboard, as a paralegal does: the list narrows at once.
    while caseload.outcome.currentText() != "Cases still to enter":
        qtbot.keyClick(caseload.outcome, Qt.Key.Key_Down)
    assert set(lines(caseload)) == {"Nadia Sincaso", "Carlos Cuenta"}
    assert lines(caseload)["Nadia Sincaso"] == ("No case entered", "Enter the cases")
    assert caseload.shown_label.text().startswith("Showing 2 of 4")
    tip = caseload.outcome.itemData(caseload.outcome.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    assert "No case entered yet" in tip and f"clinic-app list --db {repo.path} --outcome to_enter" in tip
    # Every other outcome leaves the client with no case out, as before.
    for title in titles:
        if title not in ("Any outcome", "Cases still to enter", "Nothing available"):
            caseload.outcome.setCurrentIndex(titles.index(title))
            assert "Nadia Sincaso" not in lines(caseload), title


def test_i59_a_client_leaves_the_list_once_the_counts_are_typed(qtbot, caseload, window, repo):
    """The list follows the record: the count typed and the client screened again, they are no
    longer among those still to enter."""
    from tests.gui.conftest import TODAY
    from clinic_app.model import Conviction
    from ui.services import screen_and_store

    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Cases still to enter"))
    carlos = next(row for row in repo.list_clients() if row.name == "Carlos Cuenta")
    client = repo.get_client(carlos.id)
    client.cases[0].convictions = [Conviction(id="c1-1", section="459", level="misdemeanor", conviction_date=date(2024, 2, 1))]
    repo.save_client(client)
    screen_and_store(repo, client, TODAY)
    caseload.update_client(next(row for row in repo.list_clients() if row.id == carlos.id))
    assert set(lines(caseload)) == {"Nadia Sincaso"}
