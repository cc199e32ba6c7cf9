"""R79-02: an arrest for HS 11350 on 2016-08-05, stored by intake with its level unknown (I78-01:
no longer the catalog's felony, Prop 47 having made it a misdemeanor in 2014), was shown on the
Record tab as "HS 11350 Possession of a controlled substance (narcotics) - felony" beside its
Level "Level unknown": the catalog's level said where the record has none (A38), though on
that day it was not the catalog's.  The row now says why the level is to choose, as a count's
does, by the case's arrest date, and follows that date as it is typed; an arrest before
Prop 47, or a section the law did not change, reads as before."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import ArrestOffense, Case, Client, Person
from tests.gui.conftest import show_active
from tests.gui.test_level_on_the_day_i78 import _type

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _arrest_opened(qtbot, window, repo, arrested: date | None, section: str = "11350", level=None):
    client = Client(name="Ari Testday", person=Person(), cases=[Case(
        id="c1", outcome="dismissed", case_number="BA790002", arrest_date=arrested,
        arrest_offenses=[ArrestOffense(section=section, code="HS", level=level)])])
    client_id = repo.add_client(client)
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    form = window.client_view.record.case_form
    return client_id, form, form.arrest_offenses.rows[0]


def test_a_2016_arrest_of_unknown_level_is_not_said_a_felony(qtbot, window, repo):
    _client_id, _form, row = _arrest_opened(qtbot, window, repo, date(2016, 8, 5))
    assert row.level.currentData() is None
    said = row.message.text()
    assert "- felony" not in said  # was "HS 11350 Possession of a controlled substance (narcotics) - felony"
    assert said.startswith("HS 11350 Possession of a controlled substance (narcotics): its level changed with Prop 47 on 2014-11-05")
    assert row.message.kind == "note"


def test_the_row_follows_the_arrest_date_typed(qtbot, window, repo):
    client_id, form, row = _arrest_opened(qtbot, window, repo, None)
    assert "depends on the arrest date" in row.message.text() and "- felony" not in row.message.text()
    _type(qtbot, form.arrest_date, "2012-08-05")
    assert row.message.text() == "HS 11350 Possession of a controlled substance (narcotics) - felony"  # the catalog's, then
    _type(qtbot, form.arrest_date, "2015-01-10")
    assert "changed with Prop 47" in row.message.text()
    window.save_action.trigger()
    case = repo.get_client(client_id).cases[0]
    assert (case.arrest_date, case.arrest_offenses[0].level) == (date(2015, 1, 10), None)  # nothing stored changed


@pytest.mark.parametrize("arrested, section, level, said", [
    (date(2012, 8, 5), "11350", None, "HS 11350 Possession of a controlled substance (narcotics) - felony"),
    (date(2016, 8, 5), "11350", "felony", "HS 11350 Possession of a controlled substance (narcotics) - felony"),
    (date(2016, 8, 5), "11350", "misdemeanor", "HS 11350 Possession of a controlled substance (narcotics) - misdemeanor"),
])
def test_a_level_given_or_an_arrest_before_the_change_reads_as_before(qtbot, window, repo, arrested, section, level, said):
    _client_id, _form, row = _arrest_opened(qtbot, window, repo, arrested, section, level)
    assert row.message.text() == said
