"""K408: a client's two cases of one court number (a case typed twice, a number two courts gave)
read alike where a paralegal looks for them, "BA100001 · convicted · PC 459" twice; each is told
apart by what its record holds, as the Eligibility tab's questions tell them (K396-04), and a case
whose number is its own reads as before."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from tests.gui.test_client_record import _open
from tests.gui.test_future_dates_i59 import no_sentence

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def two_of_one_number():
    """Rita's 24CR042 (PC 459, convicted 2024-03-01) typed twice, the second convicted 2020-01-06,
    and a third case, 24CR777, of its own number."""
    client = no_sentence()
    twin = copy.deepcopy(client.cases[0])
    twin.id, twin.disposition_date = "c2", date(2020, 1, 6)
    twin.convictions[0].id, twin.convictions[0].conviction_date = "c2-1", date(2020, 1, 6)
    own = copy.deepcopy(client.cases[0])
    own.id, own.case_number, own.convictions[0].id = "c3", "24CR777", "c3-1"
    client.cases += [twin, own]
    return client


def test_k408_01_the_record_tab_s_list_tells_two_cases_of_one_number_apart(qtbot, window, repo):
    _open(window, repo, two_of_one_number())
    cases = window.client_view.record.cases
    lines = [cases.item(i).text() for i in range(cases.count())]
    assert lines == ["24CR042 · convicted 2024-03-01 · PC 459 · Los Angeles County",
                     "24CR042 · convicted 2020-01-06 · PC 459 · Los Angeles County", "24CR777 · convicted · PC 459"]
    assert cases.item(1).toolTip() == "24CR042 (PC 459, convicted 2020-01-06, Los Angeles County)"
    assert cases.item(2).toolTip() == "24CR777 · convicted · PC 459"


def test_k408_02_history_tells_two_cases_of_one_number_apart(qtbot, window, repo):
    client_id = repo.add_client(two_of_one_number())
    client = repo.get_client(client_id)
    client.cases[1].arrest_date = client.cases[2].arrest_date = date(2019, 12, 1)
    repo.save_client(client)
    window.load()
    window.open_client(client_id)
    window.client_view.tabs.setCurrentIndex(3)
    history = window.client_view.history
    changed = [history.model.index(row, 3).data() for row in range(history.model.rowCount())]
    assert ("Case 24CR042 (convicted 2020-01-06, PC 459, Los Angeles County), arrest date; "
            "Case 24CR777, arrest date") in changed, changed


def test_k408_03_the_date_of_birth_s_warning_tells_two_cases_of_one_number_apart(qtbot, window, repo):
    from tests.gui.test_client_header_narrowed_r78 import _type_dob

    _open(window, repo, two_of_one_number())
    view = window.client_view
    _type_dob(qtbot, view, "2021-01-01")
    named = "Case 24CR042 (convicted 2020-01-06, PC 459, Los Angeles County), conviction 1, Convicted"
    assert view.record.person.rows["dob"].message.text() == f"After {named} (2020-01-06)"
    assert view.save_reason.text() == f"Cannot save: {named}: 2020-01-06 is before the date of birth 2021-01-01"


def test_k408_04_the_checklist_s_case_boxes_tell_two_cases_of_one_number_apart(qtbot, window, repo):
    from PySide6.QtWidgets import QGroupBox

    _open(window, repo, two_of_one_number())
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    titles = [box.title() for box in view.checklist.findChildren(QGroupBox) if box.title().startswith("Case ")]
    assert titles == ["Case 24CR042 (PC 459, convicted 2024-03-01, Los Angeles County)",
                      "Case 24CR042 (PC 459, convicted 2020-01-06, Los Angeles County)", "Case 24CR777: PC 459"], titles


def test_k408_04_still_to_do_names_the_case_as_its_box_does():
    from clinic_app.checklist import ChecklistItem, where_left_said

    items = [ChecklistItem("c2", "fines", "Fines paid", False)]
    assert where_left_said(two_of_one_number(), items, date(2026, 11, 22)) == (
        "Still to do: 1 item, in case 24CR042 (PC 459, convicted 2020-01-06, Los Angeles County) (below). "
        "The other 2 cases have nothing left.")


def test_r411_02_removing_one_of_two_cases_of_one_number_says_which(qtbot, window, repo):
    """Rita's 2020 24CR042 removed: Edit > Undo offered "Remove case 24CR042" and the status line
    said "Removed case 24CR042", of either, where the list and History named the two apart
    (K408): which one Ctrl+Z puts back was not said.  Each names it as the list did."""
    client_id = _open(window, repo, two_of_one_number())
    record = window.client_view.record
    record.cases.setCurrentRow(1)
    qtbot.waitUntil(lambda: record.case_form.disposition.text() == "2020-01-06")
    said = []
    window.client_view.said.connect(said.append)
    record.remove_case.click()
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases) == 2)
    named = "24CR042 (convicted 2020-01-06, PC 459, Los Angeles County)"
    assert window.undo_stack.undoText() == f"Remove case {named} (Rita Sinsentencia)"
    assert said == [f"Removed case {named}. Edit > Undo (Ctrl+Z) puts it back."]


def test_r411_04_a_receipt_on_both_desks_names_one_of_two_cases_of_one_number_apart(qtbot, window, repo):
    """Marta's BA100001 typed twice, a receipt recorded on the front desk and typed here: the
    save said "Case BA100001: the restitution payment ... is in the ledger twice now" of either,
    beside lines above it and a Checklist box that name the two apart (K408-04)."""
    from tests.gui.conftest import TODAY
    from tests.gui.test_class_count_tally_z62 import class_and_hours
    from tests.gui.test_typing_over_theirs_s64 import receipt_recorded_on_both_desks

    client = class_and_hours()
    twin = copy.deepcopy(client.cases[0])
    twin.id, twin.disposition_date = "c2", date(2019, 2, 4)
    for n, conviction in enumerate(twin.convictions, 1):
        conviction.id, conviction.conviction_date = f"c2-{n}", date(2019, 2, 4)
    client.cases.append(twin)
    said = receipt_recorded_on_both_desks(qtbot, window, repo, client)
    assert (f"Case BA100001 (convicted 2021-05-01, PC 459, Los Angeles County): the restitution payment of $50 on "
            f"{TODAY.isoformat()}, receipt R-1001, added here, was added in another window or on another desk too") in said, said
