"""K366-01: a date of birth after today (2099 for 1999) was taken at intake for a client with
no case yet, on the Record tab and by an import; only a later case refused it.  It is refused
where it is typed now, in the words the date boxes use for a day after today (I59-02)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.screening_format import FormatError, client_and_reviews_from_request, client_to_request_dict
from tests.gui.conftest import TODAY, show_active
from tests.gui.test_client_record import _open, _type
from tests.gui.test_future_dates_i59 import no_sentence

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

SAID = f"After today ({TODAY.isoformat()}); a day gone by, check the year"


def test_k366_01_intake_refuses_a_date_of_birth_after_today(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog, before_close_func=lambda d: d._clear_case())
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Nadia Futura")
    qtbot.keyClicks(dialog.dob, "1/15/2099")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    assert dialog.person_rows[1].message.text() == SAID
    assert dialog.client is None and repo.list_clients() == []


def test_k366_01_record_tab_refuses_a_date_of_birth_after_today(qtbot, window, repo):
    client_id = _open(window, repo, no_sentence())
    view = window.client_view
    _type(qtbot, view.record.person.dob, "2099-01-15")
    assert view.record.person.rows["dob"].message.text() == SAID
    assert not view.save_button.isEnabled() and f"Date of birth: {SAID}" in view.save_button.toolTip()
    assert repo.get_client(client_id).person.dob == date(1980, 4, 4)


def test_k366_01_an_import_refuses_a_date_of_birth_after_today():
    client = no_sentence()
    client.cases = []
    client.person.dob = date(2099, 1, 15)
    with pytest.raises(FormatError) as refused:
        client_and_reviews_from_request(client_to_request_dict(client), today=date(2026, 12, 3))
    assert (refused.value.path, refused.value.problem) == (
        "person.dob", "2099-01-15 is after today (2026-12-03): it is a day gone by; check the year")
