"""N64-01: petitions typed on the Record tab, refused for another desk's save, are put back
over their record petition by petition, each matched as a merge matches it (its case, remedy,
counts and day filed: merging.paired_petitions).  A petition has no id: the case's petitions
were one value, so a petition added here while another desk added another (or set a hearing)
was not put back, and the warning showed the petitions as JSON."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Petition
from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import TODAY, open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _saved_on_another_desk(repo, client_id: int, change) -> None:
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        change(theirs)
        desk_2.save_client(theirs)


def _client():
    client = probation_client("Paula Peticiones")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2))]
    return client


def test_a_petition_added_here_while_another_desk_added_one_and_set_a_hearing_keeps_all(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, _client())
    view = window.client_view

    def theirs(client):
        client.cases[0].petitions[0].hearing_on = date(2027, 1, 10)
        client.cases[0].petitions.append(Petition("pc17b", date(2026, 11, 5)))

    _saved_on_another_desk(repo, client_id, theirs)
    qtbot.mouseClick(form.petitions.add_button, Qt.MouseButton.LeftButton)
    row = form.petitions.rows[-1]
    type_over(qtbot, row.hearing, "2027-02-01")
    added = Petition("pc1203_4", TODAY, hearing_on=date(2027, 2, 1))
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    said = str(refused.value)
    assert "their change is kept there" not in said and "{" not in said, said
    assert [(r.remedy.currentData(), r.filed.value(), r.hearing.value()) for r in form.petitions.rows] == [
        ("pc1203_4", date(2026, 11, 2), date(2027, 1, 10)), ("pc1203_4", TODAY, date(2027, 2, 1)),
        ("pc17b", date(2026, 11, 5), None)]  # the one added here after the one it followed, as a case is
    assert view.save()
    assert repo.get_client(client_id).cases[0].petitions == [
        Petition("pc1203_4", date(2026, 11, 2), hearing_on=date(2027, 1, 10)), added, Petition("pc17b", date(2026, 11, 5))]


def test_a_ruling_typed_where_another_desk_ruled_otherwise_is_said_in_words(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, _client())
    view = window.client_view

    def theirs(client):
        petition = client.cases[0].petitions[0]
        petition.ruling, petition.ruling_on = "denied", date(2026, 11, 20)
        client.cases[0].petitions.append(Petition("pc17b", date(2026, 11, 5)))

    _saved_on_another_desk(repo, client_id, theirs)
    row = form.petitions.rows[0]
    row.ruling.setFocus()
    row.ruling.setCurrentIndex(row.ruling.findData("granted"))
    type_over(qtbot, row.ruled, "2026-11-21")
    view.record.person.notes.setPlainText("Order mailed to the client.")
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    said = str(refused.value)
    assert "{" not in said, said
    assert "Case BA100001, the PC 1203.4 dismissal petition filed 2026-11-02, ruling: “granted”" in said, said
    assert view.record.person.notes.toPlainText() == "Order mailed to the client."  # the rest put back
    assert view.save()
    stored = repo.get_client(client_id)
    assert [(p.remedy, p.ruling, p.ruling_on) for p in stored.cases[0].petitions] == [
        ("pc1203_4", "denied", date(2026, 11, 20)), ("pc17b", None, None)]
    assert stored.notes == "Order mailed to the client."
