"""C65-02: a petition's remedy corrected in its row on the Record tab while another desk set its
hearing came back as two petitions when the save was refused and the typing put back (theirs
with the hearing, this one with the remedy): paired by the merge's rule (case, remedy, counts,
day), a petition with another remedy is another petition.  Typed on their record, the row is
the same filing (its place, its day filed): one petition now, with both changes.  With its day
changed too it is not plainly the same: both are kept, and the warning says so."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Petition
from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _saved_on_another_desk(repo, client_id: int, change) -> None:
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        change(theirs)
        desk_2.save_client(theirs)


def _client():
    """A felony burglary on completed probation: PC 1203.4 and 17(b) both offered (D63-05's)."""
    from tests.gui.test_second_petition_remedy_d63 import _reduction_and_dismissal

    client = _reduction_and_dismissal("Paula Peticiones")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2))]
    return client


def _their_hearing(client) -> None:
    client.cases[0].petitions[0].hearing_on = date(2027, 1, 10)


def test_a_remedy_corrected_here_while_another_desk_set_the_hearing_is_one_petition(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, _client())
    view = window.client_view
    _saved_on_another_desk(repo, client_id, _their_hearing)
    row = form.petitions.rows[0]
    row.remedy.setFocus()
    row.remedy.setCurrentIndex(row.remedy.findData("pc17b"))
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    assert "their change is kept there" not in str(refused.value), str(refused.value)  # nothing to type again
    assert [(r.remedy.currentData(), r.filed.value(), r.hearing.value()) for r in form.petitions.rows] == [
        ("pc17b", date(2026, 11, 2), date(2027, 1, 10))]
    assert view.save()
    assert repo.get_client(client_id).cases[0].petitions == [Petition("pc17b", date(2026, 11, 2), hearing_on=date(2027, 1, 10))]


def test_a_remedy_and_filing_day_both_changed_here_keep_both_petitions_and_say_so(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, _client())
    view = window.client_view
    _saved_on_another_desk(repo, client_id, _their_hearing)
    row = form.petitions.rows[0]
    row.remedy.setFocus()
    row.remedy.setCurrentIndex(row.remedy.findData("pc17b"))
    type_over(qtbot, row.filed, "2026-11-03")
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    said = str(refused.value)
    assert ("Case BA100001, the PC 1203.4 dismissal petition filed 2026-11-02: changed in another window or on another "
            "desk, so not removed here; the PC 17(b)") in said, said
    assert "petition filed 2026-11-03, typed in its place here, is kept beside it: if they are one petition, remove the one that is wrong" in said, said
    assert sorted((r.remedy.currentData(), r.filed.value(), r.hearing.value()) for r in form.petitions.rows) == [
        ("pc1203_4", date(2026, 11, 2), date(2027, 1, 10)), ("pc17b", date(2026, 11, 3), None)]


def test_a_hearing_typed_here_while_another_desk_corrected_the_remedy_is_one_petition(qtbot, window, repo):
    """The other way round: the hearing typed here was said "removed in another window or on
    another desk" and not put back, the petition being there with its remedy corrected."""
    client_id, form = open_on_record(window, repo, _client())
    view = window.client_view

    def their_remedy(client) -> None:
        client.cases[0].petitions[0].remedy = "pc17b"

    _saved_on_another_desk(repo, client_id, their_remedy)
    type_over(qtbot, form.petitions.rows[0].hearing, "2027-01-10")
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    assert "removed in another window" not in str(refused.value), str(refused.value)
    assert view.save()
    assert repo.get_client(client_id).cases[0].petitions == [Petition("pc17b", date(2026, 11, 2), hearing_on=date(2027, 1, 10))]
