"""V122-02: Ctrl+P on a line of the caseload list makes the handout from a screening of today,
nothing stored (K81-01).  A client brought by an import and not screened yet is on no review
list, and E122-03's note, read from the stored screening, said nothing: the handout, whose
results the screening leaves to the attorney, could go out with no word of it, where an event's
batch says such clients apart (C113-03).  The note is of the screening the pages are made from."""

from __future__ import annotations

from tests.automatic_relief import clean_slate_only
from tests.gui.conftest import TODAY
from tests.gui.test_handout_before_review_said_e122 import WAITS
from ui.handout_dialog import HandoutDialog


def test_v122_02_a_client_not_screened_yet_the_preview_says_what_waits(qtbot, repo):
    client_id = repo.add_client(clean_slate_only("Rosa Revisada"))
    assert repo.latest_screening(client_id) is None  # as an import leaves them
    dialog = HandoutDialog(repo, repo.get_client(client_id), None, today=TODAY)  # as the list's Ctrl+P makes it
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.before_review.isVisible() and dialog.before_review.text() == WAITS
    assert WAITS in dialog.save_button.accessibleDescription()
