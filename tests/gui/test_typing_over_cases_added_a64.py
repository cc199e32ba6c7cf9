"""A64-02: typing in a case, refused for another desk's save that added or removed a case, is
put back case by case, matched by id (K63-04 put it back only when the cases were the same, in
the same order: a county typed was lost, said as "type it again").  A case they removed that
was typed in is said in the forms' words, not as the record's JSON."""

from __future__ import annotations

import copy

import pytest

from clinic_app.model import Case, Conviction
from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import probation_client


def _two_cases():
    client = probation_client("Rosa Delgado")
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA100002"
    second.convictions = [Conviction(id="c2-1", section="11350", level="misdemeanor", conviction_date=second.disposition_date)]
    client.cases.append(second)
    return client


def _open(window, repo, client) -> int:
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    return client_id


def _saved_on_another_desk(repo, client_id: int, change) -> None:
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        change(theirs)
        desk_2.save_client(theirs)


def _show_case(view, index: int) -> None:
    view.record.cases.setCurrentRow(index)
    assert view.record.shown_case == index


def test_a_county_typed_in_a_case_goes_back_when_another_desk_added_a_case(qtbot, window, repo):
    client_id = _open(window, repo, probation_client("Rosa Delgado"))
    view = window.client_view
    _saved_on_another_desk(repo, client_id, lambda theirs: theirs.cases.append(Case(id="c7", case_number="BA100007")))
    view.record.case_form.county.setText("Riverside")
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    assert "their change is kept there" not in str(refused.value)  # nothing to type again
    assert view.record.case_form.county.text() == "Riverside"
    assert view.save()
    stored = repo.get_client(client_id)
    assert [(case.case_number, case.county) for case in stored.cases] == [("BA100001", "Riverside"), ("BA100007", "Los Angeles")]


def test_typing_in_a_case_another_desk_removed_is_said_in_words(qtbot, window, repo):
    client_id = _open(window, repo, _two_cases())
    view = window.client_view
    _saved_on_another_desk(repo, client_id, lambda theirs: theirs.cases.pop(1))
    _show_case(view, 1)
    view.record.case_form.county.setText("Riverside")
    view.record.person.notes.setPlainText("Call after 3 pm.")
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    said = str(refused.value)
    assert ("Case BA100002: removed in another window or on another desk, so what was typed in it is not put back: "
            "county: “Riverside”") in said, said
    assert "{" not in said  # not the case as JSON
    assert view.record.person.notes.toPlainText() == "Call after 3 pm."  # the rest put back
    assert view.save()
    stored = repo.get_client(client_id)
    assert ([case.case_number for case in stored.cases], stored.notes) == (["BA100001"], "Call after 3 pm.")
