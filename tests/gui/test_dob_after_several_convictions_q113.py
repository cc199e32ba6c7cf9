"""Q113-03: a date of birth typed after the days of several counts (2022 for 1985, over a
record of three convictions) was said beside the field as "After Case BA100001, conviction 1,
conviction date (2021-05-01)", the first only (Q110-03): the paralegal could take it for one
count typed wrong, put that one right and meet the next.  Where the conviction dates of several
counts come before it, the note says how many and the earliest of them, which the date of birth
must come before."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from clinic_app.model import Case, Conviction
from tests.gui.conftest import open_on_record, probation_client
from tests.gui.test_client_header_narrowed_r78 import _type_dob


def _three_counts_in_two_cases():
    client = probation_client("Bea Nacida")
    client.cases[0].convictions.append(Conviction(id="c1-2", section="484", level="misdemeanor", conviction_date=date(2021, 5, 1)))
    client.cases.append(Case(id="c2", case_number="BA200002", disposition_date=date(2019, 2, 3),
                             convictions=[Conviction(id="c2-1", section="647(f)", level="misdemeanor", conviction_date=date(2019, 2, 3))]))
    return client


def test_q113_03_a_date_of_birth_after_several_convictions_says_how_many(qtbot, window, repo):
    client_id, _form = open_on_record(window, repo, _three_counts_in_two_cases())
    view = window.client_view
    message = view.record.person.rows["dob"].message
    _type_dob(qtbot, view, "2022-03-14")
    assert message.isVisibleTo(view) and message.kind == "error"
    assert message.text() == "After 3 counts' conviction days, the earliest Case BA200002, conviction 1, Convicted (2019-02-03)"
    assert repo.get_client(client_id).person.dob == date(1985, 3, 14)

    # Between the two cases' days: only the older case's count is before it, named as Q110-03 names it.
    _type_dob(qtbot, view, "2021-03-14")
    assert message.text() == "After Case BA200002, conviction 1, Convicted (2019-02-03)"


def test_q113_03_a_count_s_date_put_right_is_counted_off(qtbot, window, repo):
    _client_id, form = open_on_record(window, repo, _three_counts_in_two_cases())
    view = window.client_view
    message = view.record.person.rows["dob"].message
    _type_dob(qtbot, view, "2022-03-14")
    date_field = form.convictions.rows[0].date
    date_field.setFocus()
    date_field.selectAll()
    qtbot.keyClicks(date_field, "2022-06-01")
    qtbot.keyClick(date_field, Qt.Key.Key_Tab)
    assert message.text() == "After 2 counts' conviction days, the earliest Case BA200002, conviction 1, Convicted (2019-02-03)"
