"""Opening a client keeps the case form's conviction rows and fills them (O28-01).

Making a conviction's row anew for each count was most of the time opening a client took.
A kept row must show the new count exactly as a row made for it would: nothing of the
count shown before may stay in it."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Case, Client, Conviction, Person, ReliefGranted
from ui.case_rows import ConvictionRow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _client(name: str, convictions: list[Conviction]) -> Client:
    return Client(name=name, person=Person(dob=date(1980, 1, 2)), cases=[Case(
        id="c1", case_number="BA200001", disposition_date=date(2019, 6, 3), convictions=convictions)])


FULL = [
    Conviction(id="c1-1", section="484", level="misdemeanor", wobbler=False, conviction_date=date(2019, 6, 3),
               offense_date=date(2019, 1, 5), value_dollars=650, open_business_hours=True, cannabis_grams=28.5,
               cannabis_plants=6, trafficking_related=True,
               relief_granted=[ReliefGranted(remedy="pc1203_4", date=date(2021, 2, 1))]),
    Conviction(id="c1-2", section="99999", level="felony", conviction_date=date(2019, 6, 3)),  # not in the catalog: a note
]
PLAIN = [
    Conviction(id="c1-1", section="459", level="felony", wobbler=True, conviction_date=date(2018, 3, 4)),
    Conviction(id="c1-2", section="11350", code="HS", level="misdemeanor", conviction_date=date(2018, 3, 4)),
]


def _shown(row: ConvictionRow) -> tuple:
    """What a row shows, and says to a screen reader."""
    return (row.offense.text(), row.level.currentData(), row.wobbler.currentData(), row.date.text(), row.offense_date.text(),
            row.value_dollars.text(), row.open_hours.currentData(), row.cannabis_grams.text(), row.cannabis_plants.text(),
            row.trafficking.isChecked(), len(row.relief.rows), row.message.text(), row.message.kind,
            row.offense.accessibleDescription(), row.value())


def test_opening_another_client_refills_the_same_rows_with_nothing_left_over(qtbot, window, repo):
    full = repo.add_client(_client("Rosa Llena", FULL))
    plain = repo.add_client(_client("Pedro Sencillo", PLAIN))
    window.load()
    window.open_client(full)
    form = window.client_view.record.case_form
    rows = list(form.convictions.rows)
    assert len(rows) == 2

    window.open_client(plain)
    assert form.convictions.rows == rows and all(a is b for a, b in zip(form.convictions.rows, rows))
    stored = repo.get_client(plain).cases[0].convictions
    for row, conviction in zip(rows, stored):
        fresh = ConvictionRow(conviction)
        qtbot.addWidget(fresh)
        assert _shown(row) == _shown(fresh)  # the 650, the relief row, the trafficking tick are gone
    assert window.client_view.save_button.isEnabled() is False  # filling is no edit

    # And back: the first client's facts come back whole.
    window.open_client(full)
    assert form.convictions.rows[0] is rows[0]
    assert _shown(rows[0])[:11] == ("PC 484", "misdemeanor", False, "2019-06-03", "2019-01-05", "650", True, "28.5", "6", True, 1)
    assert rows[1].message.kind == "note"  # 99999 is not in the catalog


def test_a_kept_row_is_typed_in_and_saved_like_a_new_one(qtbot, window, repo):
    full = repo.add_client(_client("Rosa Llena", FULL))
    plain = repo.add_client(_client("Pedro Sencillo", PLAIN))
    window.load()
    window.open_client(full)
    window.open_client(plain)
    row = window.client_view.record.case_form.convictions.rows[0]
    row.value_dollars.setFocus()
    qtbot.keyClicks(row.value_dollars, "120")
    row.value_dollars.editingFinished.emit()
    assert repo.get_client(plain).cases[0].convictions[0].value_dollars == 120
    assert repo.get_client(full).cases[0].convictions[0].value_dollars == 650


def test_fewer_and_more_counts_take_rows_out_and_add_them(qtbot, window, repo):
    one = repo.add_client(_client("Una Sola", PLAIN[:1]))
    two = repo.add_client(_client("Pedro Sencillo", PLAIN))
    window.load()
    window.open_client(two)
    form = window.client_view.record.case_form
    first = form.convictions.rows[0]
    window.open_client(one)
    assert form.convictions.rows == [first]
    assert form.convictions.box.count() == 1
    window.open_client(two)
    assert form.convictions.rows[0] is first and len(form.convictions.rows) == 2
    assert [row.offense.text() for row in form.convictions.rows] == ["PC 459", "HS 11350"]


def _plain_client_counting_copies(window, repo, monkeypatch):
    """A plain client open in the window, and the list each copy of its record (`snapshot`) adds to."""
    plain = repo.add_client(_client("Pedro Sencillo", PLAIN))
    window.load()
    window.open_client(plain)
    view = window.client_view
    copies: list[int] = []
    snapshot = view.record.snapshot
    monkeypatch.setattr(view.record, "snapshot", lambda client: copies.append(1) or snapshot(client))
    return view, copies


def test_the_save_buttons_state_copies_the_record_once(qtbot, window, repo, monkeypatch):
    """O28-02: `problems` and `_pending` each copied the whole client; the Save button's state,
    asked twice on every open, took three copies.  Now one, and the state is the same."""
    view, copies = _plain_client_counting_copies(window, repo, monkeypatch)
    view._update_save_state()
    assert len(copies) == 1
    assert not view.save_button.isEnabled() and view.save_button.toolTip() == "Everything is saved"
    row = view.record.case_form.convictions.rows[0]
    row.value_dollars.setText("75")  # typed, not yet left
    assert view.save_button.isEnabled()
    row.date.setText("2018-02-30")
    assert not view.save_button.isEnabled()
    assert view.save_button.toolTip() == "Cannot save yet:\nConvicted: Not a date: there is no 2018-02-30 (February 2018 has 28 days)"


def test_condition_and_violation_rows_are_kept_and_show_the_new_case(qtbot):
    """O28-03: the case form's condition and violation rows are kept from case to case too."""
    from clinic_app.model import Condition, Probation, Sentence, Violation
    from ui.case_form import CaseForm
    from ui.case_rows import ConditionRow, ViolationRow

    def case(conditions, violations) -> Case:
        return Case(id="c1", case_number="BA1", disposition_date=date(2019, 6, 3), convictions=PLAIN[:1],
                    sentence=Sentence(type="probation", judgment_date=date(2019, 6, 3),
                                      probation=Probation(start=date(2019, 6, 3), end=date(2022, 6, 3), violations=violations)),
                    conditions=conditions)

    first = case([Condition(kind="community_service", label="Community service", required=200, done=66),
                  Condition(kind="class", label="", required=None)],  # a label missing: said beside the row
                 [Violation(date=date(2020, 1, 2), outcome="revoked")])
    second = case([Condition(kind="class", label="52-week batterer program", required=52, done=52, completed_on=date(2021, 3, 1)),
                   Condition(kind="stay_away", label="Stay away from the protected person")],
                  [Violation(date=date(2020, 5, 6), outcome="continued")])
    form = CaseForm()
    form.today = lambda: date(2026, 11, 22)
    qtbot.addWidget(form)
    form.load(first)
    conditions, violations = list(form.conditions.rows), list(form.violations.rows)
    assert conditions[1].message.text() == "Say what the condition is"
    form.load(second)
    assert form.conditions.rows == conditions and form.violations.rows == violations
    assert all(a is b for a, b in zip(form.conditions.rows, conditions))
    assert form.value().conditions == second.conditions
    assert form.value().sentence.probation.violations == second.sentence.probation.violations
    for row, condition in zip(conditions, second.conditions):
        fresh = ConditionRow(condition, form.today)
        qtbot.addWidget(fresh)
        assert (row.kind.currentData(), row.label.text(), row.required.text(), row.done.text(), row.completed.text(),
                row.message.text(), row.message.kind) == (
            fresh.kind.currentData(), fresh.label.text(), fresh.required.text(), fresh.done.text(), fresh.completed.text(),
            fresh.message.text(), fresh.message.kind)
    fresh = ViolationRow(second.sentence.probation.violations[0])
    qtbot.addWidget(fresh)
    assert (violations[0].date.text(), violations[0].outcome.currentData(), violations[0].message.text()) == (
        fresh.date.text(), fresh.outcome.currentData(), fresh.message.text())
    assert form.validate() == []


def test_a_save_with_nothing_changed_copies_the_record_once(qtbot, window, repo, monkeypatch):
    """O28-04: leaving a client (opening the next) saves first; with nothing changed that took
    one copy of the record for the answer and another for the Save button's state."""
    view, copies = _plain_client_counting_copies(window, repo, monkeypatch)
    assert view.save() is False
    assert len(copies) == 1
    assert not view.save_button.isEnabled() and view.save_button.toolTip() == "Everything is saved"
    # A problem held while typing is said when a save is tried, as before.
    row = view.record.case_form.convictions.rows[0]
    row.date.setFocus()
    row.date.setText("2018-02-30")
    assert view.save() is False
    assert view.save_reason.text() == "Cannot save: Convicted: Not a date: there is no 2018-02-30 (February 2018 has 28 days)"
    assert row.message.text() == "Convicted: Not a date: there is no 2018-02-30 (February 2018 has 28 days)"
