"""N64-04: typing put back over a record another desk saved since opens the Record tab on the
case it was typed in, found by its id: by its place, with a case taken out before it there, the
tab opened on another case (the county typed in BA100002 was put back into BA100002, the form
showing BA100003).  A draft kept before, with the place alone, still opens by its place."""

from __future__ import annotations

import copy
import json

import pytest

from clinic_app.model import Conviction
from clinic_app.screening_format import client_to_request_dict
from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import probation_client
from tests.gui.test_draft import _draft_question

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _three_cases(name: str = "Rosa Delgado"):
    client = probation_client(name)
    for n in (2, 3):
        case = copy.deepcopy(client.cases[0])
        case.id, case.case_number = f"c{n}", f"BA10000{n}"
        case.convictions = [Conviction(id=f"c{n}-1", section="11350", level="misdemeanor", conviction_date=case.disposition_date)]
        client.cases.append(case)
    return client


def _first_case_removed_on_another_desk(repo, client_id: int) -> None:
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.cases.pop(0)
        desk_2.save_client(theirs)


def _shown(view) -> tuple[str, str]:
    return view.record.case_form.case_number.text(), view.record.case_form.county.text()


def test_a_refused_saves_typing_is_shown_on_the_case_it_was_typed_in(qtbot, window, repo):
    client_id = repo.add_client(_three_cases())
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.record.cases.setCurrentRow(2)
    _first_case_removed_on_another_desk(repo, client_id)
    view.record.case_form.county.setText("Riverside")
    with pytest.raises(ChangedElsewhere):
        view.save()
    assert _shown(view) == ("BA100003", "Riverside")  # their record was opened on its first case, BA100002
    assert view.save()
    assert [(c.case_number, c.county) for c in repo.get_client(client_id).cases] == [
        ("BA100002", "Los Angeles"), ("BA100003", "Riverside")]


def test_typing_in_a_second_case_refused_for_a_phone_saved_there_is_shown_in_that_case(qtbot, window, repo):
    client_id = repo.add_client(_three_cases())
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.record.cases.setCurrentRow(1)
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.phone = "(213) 555-0199"
        desk_2.save_client(theirs)
    view.record.case_form.county.setText("Riverside")
    with pytest.raises(ChangedElsewhere):
        view.save()
    assert (_shown(view), view.record.cases.currentRow()) == (("BA100002", "Riverside"), 1)


def _kept_by_a_program_since_stopped(monkeypatch) -> None:
    monkeypatch.setattr("db.repository._running", lambda _pid: False)


def test_a_draft_is_put_back_on_the_case_it_was_typed_in(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(_three_cases())
    other_id = repo.add_client(probation_client("Otto Otro"))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.record.cases.setCurrentRow(1)
    view.record.case_form.county.setText("Riverside")  # typed, the field not left
    view._keep_draft()  # as the draft timer does
    (kept,) = repo.db.conn.execute("SELECT value FROM settings WHERE key = ?", (f"draft:{client_id}",)).fetchone()
    view._show(view.client)  # the program stopped: nothing of the typing saved
    repo.keep_draft(client_id, json.loads(kept)["record"])
    _kept_by_a_program_since_stopped(monkeypatch)
    _first_case_removed_on_another_desk(repo, client_id)

    _draft_question(monkeypatch, put_back=True)
    window.open_client(other_id)
    window.open_client(client_id)
    assert _shown(view) == ("BA100002", "Riverside")


def test_a_draft_kept_with_its_case_by_place_alone_still_opens_there(qtbot, window, repo, monkeypatch):
    client = _three_cases()
    client_id = repo.add_client(client)
    typed = copy.deepcopy(client)
    typed.id = client_id
    typed.cases[2].county = "Riverside"
    repo.keep_draft(client_id, {"case": 2, "client": client_to_request_dict(typed), "typed_on": client_to_request_dict(client)})
    _kept_by_a_program_since_stopped(monkeypatch)
    _draft_question(monkeypatch, put_back=True)
    window.load()
    window.open_client(client_id)
    assert _shown(window.client_view) == ("BA100003", "Riverside")


def test_z64_03_a_draft_kept_by_place_alone_opens_on_its_case_with_a_case_taken_out_before_it(qtbot, window, repo, monkeypatch):
    """Z64-03: a draft from before N64-04 (its case by place alone), put back over a record
    whose first case another desk took out since, opened on BA100002: the county typed in
    BA100003, put back there, was not on screen.  The place is read in the draft's own record,
    which names the case's id."""
    client = _three_cases()
    client_id = repo.add_client(client)
    typed = copy.deepcopy(client)
    typed.id = client_id
    typed.cases[2].county = "Riverside"
    repo.keep_draft(client_id, {"case": 2, "client": client_to_request_dict(typed), "typed_on": client_to_request_dict(client)})
    _first_case_removed_on_another_desk(repo, client_id)
    _kept_by_a_program_since_stopped(monkeypatch)
    _draft_question(monkeypatch, put_back=True)
    window.load()
    window.open_client(client_id)
    assert _shown(window.client_view) == ("BA100003", "Riverside")
