"""Y73-01: intake keeps a date the client knew only by its year as a line in the client's notes,
naming a case without a number by its place ("Case 1 (no case number): probation end 2019, the
year alone (the day was not known at intake)."; E70-03), and the filing worksheet prints the
line under the case it names (V71-03).

Removing a case moved the cases after it up a place and left the notes as written: the
worksheet printed the removed case's 2019 under the case now first, and the third case's year
under none (R72, left alone).  A case number typed later on the Record tab left the line naming
"Case 2 (no case number)", and the worksheet printed it nowhere.  The line now follows its case:
renamed to its new place or number, taken out with a case removed; Ctrl+Z puts it back.
"""

from __future__ import annotations

import copy
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.eligibility import screen
from clinic_app.model import Client, Probation
from clinic_app.worksheet.compose import compose
from tests.gui.conftest import TODAY, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
LINE = "Case {}: probation end {}, the year alone (the day was not known at intake)."
SAID = "probation end {}, the year alone (the day was not known at intake)"
NOTES = "\n".join(["Prefers a call after 5 pm.", LINE.format("1 (no case number)", 2019),
                   LINE.format("3 (no case number)", 2012)])


def three_cases_without_numbers() -> Client:
    client = probation_client("Yara Anos", section="484(a)")
    first = client.cases[0]
    first.case_number, first.county = None, "Orange"
    first.sentence.probation = Probation(kind="summary", start=date(2021, 5, 1), end=None)
    for n, section in ((2, "647(f)"), (3, "602")):
        case = copy.deepcopy(first)
        case.id = f"c{n}"
        for k, conviction in enumerate(case.convictions, 1):
            conviction.id, conviction.section = f"c{n}-{k}", section
        client.cases.append(case)
    client.notes = NOTES
    return client


def known_at_intake(client: Client) -> dict[str, list[str]]:
    """The worksheet's "Known at intake" lines under each case, by its offense."""
    sheet = compose(client, screen(client.person, client.cases, TODAY))
    return {case.convictions[0].section: [f.value for f in said.facts if f.label == "Known at intake"]
            for case, said in zip(client.cases, sheet.cases)}


def _open_on_case(qtbot, window, repo, row: int) -> int:
    client_id = repo.add_client(three_cases_without_numbers())
    window.load()
    window.open_client(client_id)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    record = window.client_view.record
    record.cases.setCurrentRow(row)
    qtbot.waitUntil(lambda: record.selected_case() == row)
    return client_id


def test_y73_a_case_removed_takes_its_year_with_it_and_the_others_keep_theirs(qtbot, window, repo):
    client_id = _open_on_case(qtbot, window, repo, 0)
    assert known_at_intake(repo.get_client(client_id)) == {"484(a)": [SAID.format(2019)], "647(f)": [], "602": [SAID.format(2012)]}
    window.client_view.record.case_form.case_number.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)  # Remove case
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases) == 2)
    stored = repo.get_client(client_id)
    # The 484(a) case's 2019 was printed under the 647(f) case, now first; the 602's 2012 under none.
    assert known_at_intake(stored) == {"647(f)": [], "602": [SAID.format(2012)]}
    assert stored.notes == "Prefers a call after 5 pm.\n" + LINE.format("2 (no case number)", 2012)
    assert window.client_view.record.person.notes.toPlainText() == stored.notes

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)  # Undo puts the case and its line back
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases) == 3)
    back = repo.get_client(client_id)
    assert back.notes == NOTES
    assert known_at_intake(back) == {"484(a)": [SAID.format(2019)], "647(f)": [], "602": [SAID.format(2012)]}


def test_y73_a_number_typed_later_keeps_the_year_under_its_case(qtbot, window, repo):
    client_id = _open_on_case(qtbot, window, repo, 2)
    number = window.client_view.record.case_form.case_number
    number.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(number.hasFocus)
    qtbot.keyClicks(number, "30CR04321")
    qtbot.keyClick(number, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[2].case_number == "30CR04321")
    stored = repo.get_client(client_id)
    assert known_at_intake(stored) == {"484(a)": [SAID.format(2019)], "647(f)": [], "602": [SAID.format(2012)]}
    assert stored.notes.splitlines()[2] == LINE.format("30CR04321", 2012)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[2].case_number is None)
    assert repo.get_client(client_id).notes == NOTES
