"""Q110-03: a date of birth typed after a conviction's date was said only in the header's
"Cannot save", not beside the Date of birth field where the paralegal was typing (U110's report)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.gui.conftest import open_on_record, probation_client
from tests.gui.test_client_header_narrowed_r78 import _type_dob


def test_q110_03_a_date_of_birth_after_a_conviction_is_said_beside_the_field(qtbot, window, repo):
    # Conviction 2021-05-01 (probation_client): the date of birth typed 2022 for 1985.
    client_id, _form = open_on_record(window, repo, probation_client("Bea Nacida"))
    view = window.client_view
    message = view.record.person.rows["dob"].message
    _type_dob(qtbot, view, "2022-03-14")
    assert message.isVisibleTo(view) and message.kind == "error"
    assert message.text() == "After Case BA100001, conviction 1, Convicted (2021-05-01)"
    # The header's "Cannot save" is kept, and nothing is stored.
    assert view.save_reason.text().startswith("Cannot save: Case BA100001, conviction 1, Convicted: "
                                              "2021-05-01 is before the date of birth 2022-03-14")
    assert repo.get_client(client_id).person.dob == date(1985, 3, 14)

    _type_dob(qtbot, view, "1985-03-14")  # put right: said nowhere any more
    assert not message.isVisibleTo(view) and not view.save_reason.text()


def test_q110_03_a_conviction_date_put_right_takes_the_words_off_the_date_of_birth(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Bea Corregida"))
    view = window.client_view
    message = view.record.person.rows["dob"].message
    _type_dob(qtbot, view, "2000-01-01")
    assert not message.isVisibleTo(view)
    date_field = form.convictions.rows[0].date
    date_field.setFocus()
    date_field.selectAll()
    qtbot.keyClicks(date_field, "1999-05-01")
    qtbot.keyClick(date_field, Qt.Key.Key_Tab)
    assert message.isVisibleTo(view) and message.text() == "After Case BA100001, conviction 1, Convicted (1999-05-01)"
    date_field.setFocus()
    date_field.selectAll()
    qtbot.keyClicks(date_field, "2021-05-01")
    qtbot.keyClick(date_field, Qt.Key.Key_Tab)
    assert not message.isVisibleTo(view)
