"""R55-02: a petition's "Ruled on" day after today (the year slipped: 2027 for 2026) was saved,
though the filing day after today is refused, and the caseload line read "Denied 2027-05-01:
attorney to review" for a ruling not yet made.  It is refused in words, as the filing day is."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition
from tests.gui.conftest import open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r55_02_a_ruling_dated_after_today_is_refused_in_words(qtbot, window, repo):
    client = probation_client("Futura Fallo")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2))]
    client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    row.ruling.setCurrentIndex(row.ruling.findData("denied"))
    type_over(qtbot, row.ruled, "2027-05-01")  # TODAY is 2026-11-22
    assert "Petition: Ruled on: after today (2026-11-22)" in form.validate()
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions == [Petition("pc1203_4", date(2026, 11, 2))]
    assert row.message.text() == "Ruled on: after today (2026-11-22)"
    type_over(qtbot, row.ruled, "2026-11-20")
    assert form.validate() == []
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].ruling_on == date(2026, 11, 20)
