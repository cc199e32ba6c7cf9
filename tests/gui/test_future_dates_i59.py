"""I59-02: a day that is past by nature (a conviction, an arrest, a judgment, a disposition)
typed after today, a year typed wrong ("2042" for "2024"), is refused where it is typed, in
words naming the field, as a probation's days and a program's completion are: on a case with
no sentence it was saved without a word, and the client screened "No remedy fits".  Intake
refuses it too, and so does an import (tests/cli/test_import_future_dates_i59.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Client, Conviction, Person
from tests.gui.conftest import TODAY, show_active, type_intake_case
from tests.gui.test_client_record import _open, _type

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def no_sentence(name: str = "Rita Sinsentencia") -> Client:
    """A misdemeanor count with no sentence entered yet: nothing else checks its date."""
    return Client(name=name, person=Person(dob=date(1980, 4, 4)),
                  cases=[Case(id="c1", case_number="24CR042", disposition_date=date(2024, 3, 1),
                              convictions=[Conviction(id="c1-1", section="459", level="misdemeanor",
                                                      conviction_date=date(2024, 3, 1))])])


def test_i59_record_tab_refuses_a_conviction_date_after_today(qtbot, window, repo):
    client_id = _open(window, repo, no_sentence())
    view = window.client_view
    form = view.record.case_form
    row = form.convictions.rows[0]
    _type(qtbot, row.date, "2042-03-01")
    said = f"Convicted: after today ({TODAY.isoformat()}); a day gone by, check the year"
    assert row.message.text() == said
    assert not view.save_button.isEnabled() and said in view.save_button.toolTip()
    assert repo.get_client(client_id).cases[0].convictions[0].conviction_date == date(2024, 3, 1)
    _type(qtbot, row.offense_date, "2043-01-01")  # the conviction's is said first
    _type(qtbot, row.date, "2024-03-02")
    assert row.message.text().startswith(f"Offense on: after today ({TODAY.isoformat()})")
    _type(qtbot, row.offense_date, "2023-12-24")
    assert view.problems() == []
    assert repo.get_client(client_id).cases[0].convictions[0].conviction_date == date(2024, 3, 2)


@pytest.mark.parametrize("field, label", [("disposition", "Disposition date"), ("arrest_date", "Arrest date")])
def test_i59_record_tab_refuses_a_case_day_after_today(qtbot, window, repo, field, label):
    client_id = _open(window, repo, no_sentence())
    view = window.client_view
    form = view.record.case_form
    _type(qtbot, getattr(form, field), "2042-01-01")
    said = f"After today ({TODAY.isoformat()}); a day gone by, check the year"
    assert form.rows[field].message.text() == said
    assert not view.save_button.isEnabled() and f"{label}: {said}" in view.save_button.toolTip()
    stored = repo.get_client(client_id).cases[0]
    assert getattr(stored, "disposition_date" if field == "disposition" else field) != date(2042, 1, 1)


def test_i59_record_tab_refuses_a_judgment_after_today_only_where_a_sentence_keeps_it(qtbot, window, repo):
    from tests.gui.conftest import probation_client

    _open(window, repo, probation_client("Jaime Juicio"))
    view = window.client_view
    form = view.record.case_form
    _type(qtbot, form.judgment, "2042-05-01")
    assert form.rows["judgment"].message.text().startswith(f"After today ({TODAY.isoformat()})")
    assert not view.save_button.isEnabled() and "Judgment date: After today" in view.save_button.toolTip()


def _intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog, before_close_func=lambda d: d._clear_case())
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Ines Intake")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    return dialog


def test_i59_intake_refuses_a_conviction_date_after_today(qtbot, repo):
    dialog = _intake(qtbot, repo)
    type_intake_case(qtbot, dialog, "24CR043", "2042-03-01")
    said = f"Convicted: after today ({TODAY.isoformat()}); a day gone by, check the year"
    assert dialog.case_message.text() == said
    assert repo.get_client(dialog.client.id).cases == []


@pytest.mark.parametrize("typed, said", [
    ("2042-03-01", f"Arrested: after today ({TODAY.isoformat()}); a day gone by, check the year"),
    # Not a date, with no section typed: the add crashed (a ValueError from the row's value).
    ("2018-02-30", "Arrested: Not a date: there is no 2018-02-30 (February 2018 has 28 days)"),
])
def test_i59_intake_refuses_an_arrest_date_after_today_or_not_a_date_with_no_section(qtbot, repo, typed, said):
    from ui.forms import set_combo

    dialog = _intake(qtbot, repo)
    set_combo(dialog.sentence, "dismissed")
    type_intake_case(qtbot, dialog, "24CR044", typed, offense=None)
    assert dialog.case_message.text() == said
    assert repo.get_client(dialog.client.id).cases == []
