"""S66-02: typing refused for another desk's save, where the date of birth typed here contradicts
a date they entered in a case (C65-01's "the person" block), with other typing in that case too
(its county).  The case was kept as they saved it first, as the problem's path is in it; the
record still did not read (their date against the date of birth typed), so the person went back
to theirs too, and the case stayed theirs: the county typed, which contradicts nothing, was
listed to type again and not put back.  Only the blocks still needed are kept as saved now."""

from __future__ import annotations

from datetime import date

import pytest

from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_a_case_typed_in_is_put_back_when_the_date_of_birth_typed_is_what_contradicts_their_date(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Rosa Delgado"))
    view = window.client_view
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.cases[0].arrest_date = date(2002, 12, 1)  # 2020 mistyped there
        desk_2.save_client(theirs)
    form.county.setText("Riverside")
    type_over(qtbot, view.record.person.dob, "2003-03-14")  # 1985 mistyped here
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    said = str(refused.value)
    assert "date of birth" in said.lower() and "2003-03-14" in said, said
    assert "Riverside" not in said, said  # put back, not listed to type again
    assert view.record.person.dob.value() == date(1985, 3, 14)
    assert (form.county.text(), form.arrest_date.value()) == ("Riverside", date(2002, 12, 1))
    assert view.save()
    stored = repo.get_client(client_id)
    assert (stored.person.dob, stored.cases[0].county, stored.cases[0].arrest_date) == (date(1985, 3, 14), "Riverside", date(2002, 12, 1))
