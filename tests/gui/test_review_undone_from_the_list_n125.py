"""N125-02: the paralegal saved a fact an attorney's review was given on (the save said the result
waits for the attorney again, E122-02), went back to the caseload list and pressed Ctrl+Z there.
Undo put the fact back and the review counted again, but from the list it said only "Undone: Edit
Case ..., probation end": what X123-02 says when the client is open was not said."""

from __future__ import annotations

import pytest

from clinic_app.review import awaiting_of
from tests.automatic_relief import clean_slate_only
from tests.gui.conftest import answer_message_box
from tests.gui.test_delete_client import _delete_from_file_menu

from tests.gui.test_review_counts_again_said_x123 import RESULT, undone_and_redone
from tests.gui.test_review_set_aside_said_e122 import _reviewed, _save_probation_end

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_n125_02_undo_from_the_caseload_list_says_the_review_counts_again(qtbot, window, repo):
    client_id = _reviewed(qtbot, window, repo)
    _save_probation_end(qtbot, window, "2009-10-30")
    assert RESULT in awaiting_of(repo, client_id)
    other = repo.add_client(clean_slate_only("Otra Persona"))
    window.load()
    window.open_client(other)  # another client looked at since, then the list
    assert window.show_caseload()
    assert window.pages.currentWidget() is window.caseload
    undone_and_redone(qtbot, window, repo, client_id)


def test_s126_04_undo_from_the_list_with_no_client_on_the_page_says_it_too(qtbot, window, repo):
    """The client page is built at the first client opened and kept, so a save is never undone
    with no page at all; but the page holds no client once the client on it is deleted. Rosa's
    save, then another client opened and deleted (File > Delete client): the list is shown, the
    page empty. Ctrl+Z puts the deleted client back (the page stays empty), Ctrl+Z again undoes
    Rosa's save, said of her review as from a page showing another client (S126-04)."""
    client_id = _reviewed(qtbot, window, repo)
    _save_probation_end(qtbot, window, "2009-10-30")
    other = repo.add_client(clean_slate_only("Otra Persona"))
    window.load()
    window.open_client(other)
    seen: list = []
    answer_message_box(qtbot, seen, click="Delete client")
    _delete_from_file_menu(qtbot, window)
    assert seen[0][0].startswith("Delete Otra Persona")
    assert window.pages.currentWidget() is window.caseload and window.client_view.client is None
    window.undo_action.trigger()  # the deletion
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Undone: Delete client"))
    assert repo.get_client(other).name == "Otra Persona" and window.client_view.client is None
    undone_and_redone(qtbot, window, repo, client_id)
