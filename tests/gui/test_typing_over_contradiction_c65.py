"""C65-01 (S64-02's idea over R64-05): typing refused for another desk's save, where the typing
and their change contradict each other (the early termination typed here from the minute order,
2023-11-01; the ordered end put right there, 2023-05-01).  R64-05 kept their record whole and
put back nothing typed, not even a note typed for minutes elsewhere in the record.  Now the
block the contradiction is in (the case) is kept as they saved it, the rest of the typing is put
back, and what was typed in that case is said, to type again where still needed."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from clinic_app.model import Conviction
from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

PHONE = "(213) 555-0199"


def _saved_on_another_desk(repo, client_id: int, change) -> None:
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.phone = PHONE
        change(theirs)
        desk_2.save_client(theirs)


def _their_end(theirs) -> None:
    theirs.cases[0].sentence.probation.end = date(2023, 5, 1)


def test_a_note_typed_beside_a_contradiction_is_put_back_and_the_case_said(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Rosa Delgado"))
    view = window.client_view
    _saved_on_another_desk(repo, client_id, _their_end)
    type_over(qtbot, form.early_termination, "2023-11-01")
    view.record.person.notes.setPlainText("Early termination granted, minute order on file.")
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    said = str(refused.value)
    assert ("Case BA100001: kept as it was saved in another window or on another desk, as what was typed in it "
            "contradicts their change") in said, said
    assert "Case BA100001, probation early termination: “2023-11-01”" in said, said
    assert "Nothing typed is put back" not in said and "minute order" not in said, said  # the note is put back, not listed
    assert view.record.person.notes.toPlainText() == "Early termination granted, minute order on file."
    assert view.record.person.phone.text() == PHONE
    assert (form.probation_end.value(), form.early_termination.value()) == (date(2023, 5, 1), None)
    assert view.save()
    stored = repo.get_client(client_id)
    assert (stored.phone, stored.notes) == (PHONE, "Early termination granted, minute order on file.")
    assert (stored.cases[0].sentence.probation.end, stored.cases[0].sentence.probation.early_termination) == (date(2023, 5, 1), None)


def test_a_draft_typed_in_two_cases_keeps_the_other_cases_typing(qtbot, window, repo, monkeypatch):
    """A draft (K63-01) put back at the next start goes the same way: the typing in the case
    that contradicts their change is said, the county typed in the client's other case is put
    back (R64-05 put back neither)."""
    from clinic_app.screening_format import client_to_request_dict
    from tests.gui.test_draft import _draft_question

    client = probation_client("Rosa Delgado")
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA100002"
    second.convictions = [Conviction(id="c2-1", section="11350", level="misdemeanor", conviction_date=second.disposition_date)]
    client.cases.append(second)
    client_id = repo.add_client(client)
    typed = copy.deepcopy(client)
    typed.id = client_id
    typed.cases[0].sentence.probation.early_termination = date(2023, 11, 1)
    typed.cases[1].county = "Riverside"
    repo.keep_draft(client_id, {"case_id": "c2", "client": client_to_request_dict(typed), "typed_on": client_to_request_dict(client)})
    _saved_on_another_desk(repo, client_id, _their_end)
    monkeypatch.setattr("db.repository._running", lambda _pid: False)  # kept by a program since stopped
    _draft_question(monkeypatch, put_back=True)
    warned = []
    monkeypatch.setattr("ui.client_view.QMessageBox.warning", lambda _parent, _title, text: warned.append(text))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    assert (view.record.case_form.case_number.text(), view.record.case_form.county.text()) == ("BA100002", "Riverside")
    assert len(warned) == 1 and "Case BA100001, probation early termination: “2023-11-01”" in warned[0], warned
    assert "Riverside" not in warned[0] and "Nothing typed is put back" not in warned[0], warned[0]
    assert view.save()
    stored = repo.get_client(client_id)
    assert [case.county for case in stored.cases] == ["Los Angeles", "Riverside"]
    assert (stored.phone, stored.cases[0].sentence.probation.end, stored.cases[0].sentence.probation.early_termination) == (
        PHONE, date(2023, 5, 1), None)
