"""R46: a senior review of the K45 and X45 changes, through the real window: amounts and hours
typed with a comma, hours added with "+6" on the Record tab, the day the merge dialog names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_checklist_keyboard import _focus, checklist, open_on_tab, two_cases  # noqa: F401  (fixture)
from tests.gui.test_checklist_months_k45 import type_payment

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

CTRL = Qt.KeyboardModifier.ControlModifier


def type_done(qtbot, view, text: str):
    """Type `text` in the Record tab's "Done:" of the first condition (community service, 10
    of 40 hours) and Tab on: the field as the page shows it after the save."""
    done = view.record.case_form.conditions.rows[0].done
    _focus(qtbot, done)
    qtbot.keyClick(done, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(done, text)
    qtbot.keyClick(done, Qt.Key.Key_Tab)
    return view.record.case_form.conditions.rows[0].done


@pytest.mark.parametrize("typed", ["37,50", "$1.250,00", "1,25"])
def test_r46_01_cents_after_a_decimal_comma_are_not_added_as_a_hundred_times_the_payment(qtbot, checklist, repo, typed):
    view, client_id = checklist
    # The comma was dropped wherever it stood: "37,50" was added as a payment of $3,750.
    form = type_payment(qtbot, view, typed)
    assert [p.amount for p in repo.get_client(client_id).cases[0].money.payments] == [100]
    assert form.message.kind == "error"
    assert form.message.text() in ("Amount: Whole dollars only (the record keeps no cents)", "Amount: Not a whole number")


def test_r46_01_a_comma_grouping_thousands_is_still_read(qtbot, checklist, repo):
    view, client_id = checklist
    type_payment(qtbot, view, "$1,250")
    assert [p.amount for p in repo.get_client(client_id).cases[0].money.payments] == [100, 1250]


def test_r46_01_hours_with_a_decimal_comma_on_the_record_tab_are_not_saved_as_ten_times(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, two_cases(), 0)
    # "12,5" in the Record tab's "Done:" was saved as 125 of 40 hours (the Checklist's count
    # refuses it since K45-01), the condition done and its line off the handout.
    type_done(qtbot, view, "12,5")
    assert repo.get_client(client_id).cases[0].conditions[0].done == 10


def test_r46_02_plus_six_on_the_record_tab_adds_to_the_count_typed_last(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, two_cases(), 0)
    type_done(qtbot, view, "20")  # 10 hours more, typed as the new count
    assert repo.get_client(client_id).cases[0].conditions[0].done == 20
    # "+6" then added to the 10 hours the page was loaded with: 16 saved, 4 hours lost.
    done = type_done(qtbot, view, "+6")
    assert repo.get_client(client_id).cases[0].conditions[0].done == 26
    assert done.text() == "26"


def test_r46_03_the_merge_dialog_names_the_day_of_the_import_where_the_clinic_is(qtbot, window, repo, monkeypatch):
    import copy
    import time
    from datetime import datetime, timezone

    from tests.gui.conftest import probation_client
    from tests.gui.test_merge_duplicate_x45 import merge_dialog_says

    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    try:
        office_id = repo.add_client(probation_client("Rosa Delgado"))
        there = copy.deepcopy(repo.get_client(office_id))
        there.id, there.phone = None, "(559) 555-0177"
        # The end-of-day import at 5:30 p.m. in Fresno on December 2: 01:30 on December 3 in UTC.
        monkeypatch.setattr(repo, "_clock", lambda: datetime(2026, 12, 3, 1, 30, tzinfo=timezone.utc))
        (laptop_id,) = repo.import_clients([there], source="fresno-clinic-day.jsonl").ids
        window.load()
        window.open_client(office_id)
        # The dialog said "added it on 2026-12-03", the next day, as the log's UTC day.
        assert merge_dialog_says(qtbot, window) == [
            f"The other record, id {laptop_id}, came by import: the import of fresno-clinic-day.jsonl added it on "
            f"2026-12-02. This client, id {office_id}, was in the caseload before it."]
    finally:
        monkeypatch.undo()
        time.tzset()


def test_r46_04_walk_ins_with_an_unknown_case_number_are_not_possible_duplicates(qtbot, window, repo):
    from datetime import date

    from tests.gui.conftest import probation_client

    # A clinic day's walk-ins, their case numbers not known yet and no birth date given.
    ids = []
    for n, name in enumerate(("Ana Ruiz", "Bo Park", "Cruz Soto", "Dee Lane")):
        client = probation_client(name, case_number="unknown", probation_end=date(2024, 5, 1 + n))
        client.person.dob = None
        ids.append(repo.add_client(client))
    real = probation_client("Eva Moss", case_number="BA-300 003", section="484")
    real.person.dob = None
    ids.append(repo.add_client(real))
    again = probation_client("Eva Moss Grant", case_number="ba300003", section="484", probation_end=date(2024, 6, 1))  # the same case, a surname added
    again.person.dob = None
    ids.append(repo.add_client(again))
    with qtbot.waitSignals([window.caseload_loaded, window.put_right_counted], timeout=30_000):
        window.load_in_background()
    # Each pair of the four was counted as a name put right on a laptop (the same case
    # number, "unknown", and the same birth date, none): 6 possible duplicates, not 2.
    assert window.caseload.count_buttons["duplicates"].text() == "Possible d&uplicates: 2"
    assert repo.put_right_pairs() == {frozenset(ids[4:])}
    # ... and Merge a duplicate offered the other three walk-ins to each.
    assert repo.put_right_candidates(repo.get_client(ids[0])) == []
    assert repo.put_right_candidates(repo.get_client(ids[4])) == [ids[5]]


def test_r46_05_taking_away_more_hours_than_done_on_the_record_tab_says_how_many_are_done(qtbot, window, repo):
    from ui.forms import MessageLabel

    view, client_id = open_on_tab(qtbot, window, repo, two_cases(), 0)
    type_done(qtbot, view, "-30")
    assert repo.get_client(client_id).cases[0].conditions[0].done == 10
    said = [label.text() for label in view.record.findChildren(MessageLabel) if label.isVisibleTo(view.record) and label.text()]
    # "Cannot be negative", of a "-30" typed to take 30 away: not what was wrong.
    assert "-30 is not taken: only 10 done" in said


def test_r46_07_grams_with_a_decimal_comma_are_not_read_as_ten_times(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, two_cases(), 0)
    row = view.record.case_form.convictions.rows[0]
    _focus(qtbot, row.cannabis_grams)
    qtbot.keyClicks(row.cannabis_grams, "28,5")
    qtbot.keyClick(row.cannabis_grams, Qt.Key.Key_Tab)
    # "28,5" grams was saved as 285 grams, past Prop 64's 28.5.
    assert repo.get_client(client_id).cases[0].convictions[0].cannabis_grams is None
    assert row.message.text() == "Cannabis grams: Not a number: write 28.5 with a point"
    _focus(qtbot, row.cannabis_grams)
    qtbot.keyClick(row.cannabis_grams, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(row.cannabis_grams, "1,500")  # thousands, as before
    qtbot.keyClick(row.cannabis_grams, Qt.Key.Key_Tab)
    assert repo.get_client(client_id).cases[0].convictions[0].cannabis_grams == 1500


def test_r46_08_when_both_records_came_by_import_the_dialog_says_which_is_the_later_copy(qtbot, window, repo):
    import copy

    from tests.gui.conftest import probation_client
    from tests.gui.test_merge_duplicate_x45 import merge_dialog_says, today

    (first,) = repo.import_clients([probation_client("Rosa Delgado")], source="monday.jsonl").ids
    there = copy.deepcopy(repo.get_client(first))
    there.id, there.phone = None, "(559) 555-0177"
    (second,) = repo.import_clients([there], source="fresno-clinic-day.jsonl").ids
    window.load()
    # "Both records came from imports: this client, id 1, when the import of monday.jsonl added
    # it on ...; the other record, id 2, when ...": which was added beside the other, not said.
    window.open_client(first)
    assert merge_dialog_says(qtbot, window) == [
        f"Both came by import. The later copy is the other record, id {second}: the import of fresno-clinic-day.jsonl "
        f"added it on {today()}. This client, id {first}, was added before it, by the import of monday.jsonl on {today()}."]
    window.open_client(second)
    assert merge_dialog_says(qtbot, window) == [
        f"Both came by import. The later copy is this client, id {second}: the import of fresno-clinic-day.jsonl added it "
        f"on {today()}. The other record, id {first}, was added before it, by the import of monday.jsonl on {today()}; to keep "
        f"that one, open id {first} and merge this client into it."]


def test_r46_09_a_pair_with_no_birth_date_counted_as_possible_duplicates_is_offered_by_the_merge(qtbot, window, repo):
    from tests.gui.conftest import probation_client

    ids = []
    for name in ("Kim Lee", "Kim Leigh"):  # the same case, its number not written down, no birth date yet
        client = probation_client(name, case_number=None)
        client.person.dob = None
        ids.append(repo.add_client(client))
    with qtbot.waitSignals([window.caseload_loaded, window.put_right_counted], timeout=30_000):
        window.load_in_background()
    assert window.caseload.count_buttons["duplicates"].text() == "Possible d&uplicates: 2"
    # Counted, but Merge a duplicate offered neither the other: "dob = NULL" meets no record.
    assert repo.put_right_candidates(repo.get_client(ids[0])) == [ids[1]]
    from tests.gui.test_merge_duplicate_x45 import merge_dialog_says

    window.open_client(ids[0])
    assert len(merge_dialog_says(qtbot, window)) == 1  # the dialog lists the other record
