"""N64-02: the empty case "Add case" made and nothing typed in is taken out as the client is
left (W24-02).  Another desk saved the client meanwhile (a phone, a note): that removal, no
change the user made, was refused and said as theirs ("make your change again"), the caseload
was not shown, and left again the empty case stayed, stored, with not a word (W24-02's
needs_review on the other cases with it).  The removal is now made on their record."""

from __future__ import annotations

import pytest

from db.repository import Repository
from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

PHONE = "(213) 555-0199"


def _case_added_then_saved_on_another_desk(window, repo, change):
    client_id = repo.add_client(probation_client("Elena Vacia"))
    window.load()
    window.open_client(client_id)
    window.client_view.add_case()
    assert len(repo.get_client(client_id).cases) == 2  # stored empty, as added
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        change(theirs)
        desk_2.save_client(theirs)
    return client_id


def test_the_empty_case_is_taken_out_of_their_record_as_the_client_is_left(qtbot, window, repo):
    client_id = _case_added_then_saved_on_another_desk(window, repo, lambda theirs: setattr(theirs, "phone", PHONE))
    said = []
    window._announce = lambda text, *a: said.append(text)
    assert window.show_caseload()
    assert window.pages.currentWidget() is window.caseload
    stored = repo.get_client(client_id)
    assert ([case.case_number for case in stored.cases], stored.phone) == (["BA100001"], PHONE)
    assert said == ["Removed the empty case you added. Edit > Undo brings it back."]
    window.undo_action.trigger()
    assert len(repo.get_client(client_id).cases) == 2 and repo.get_client(client_id).phone == PHONE


def test_the_case_they_typed_in_stays_and_nothing_is_said_removed(qtbot, window, repo):
    def typed_in_it(theirs):
        theirs.cases[1].case_number = "BA100009"

    client_id = _case_added_then_saved_on_another_desk(window, repo, typed_in_it)
    said = []
    window._announce = lambda text, *a: said.append(text)
    assert window.show_caseload()
    assert [case.case_number for case in repo.get_client(client_id).cases] == ["BA100001", "BA100009"]
    assert said == []
