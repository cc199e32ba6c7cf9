"""N125-02: the paralegal saved a fact an attorney's review was given on (the save said the result
waits for the attorney again, E122-02), went back to the caseload list and pressed Ctrl+Z there.
Undo put the fact back and the review counted again, but from the list it said only "Undone: Edit
Case ..., probation end": what X123-02 says when the client is open was not said."""

from __future__ import annotations

import pytest

from clinic_app.review import awaiting_of
from tests.automatic_relief import clean_slate_only

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
