"""R61-02 in the window: the Outcome filter's "Needs review" keeps a client an attorney has
reviewed whose other case's counts are still to type (its tooltip leaves out only those whose
only gap is the counts), when the list is loaded and after their record is saved again."""

from __future__ import annotations

import pytest

from tests.db.test_convictions_to_enter_not_reviewed_n61 import and_a_count_to_review, counts_not_typed
from tests.db.test_reviewed_with_counts_to_type_r61 import _reviewed
from tests.gui.caseload_lines import lines, load_caseload
from tests.gui.conftest import TODAY
from ui.services import screen_and_store

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r61_02_needs_review_keeps_a_reviewed_client_with_counts_to_type(qtbot, window, repo):
    rosa = _reviewed(repo)
    caseload = load_caseload(window, repo, (counts_not_typed,))
    assert caseload.count_buttons["review"].text() == "Attorney review: 0"  # nothing awaits
    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Needs review"))
    assert lines(caseload) == {"Rosa Díaz": ("Needs review", "Enter the convictions")}
    # Her record saved again (the window's own line, not the list read anew): still listed.
    client = repo.get_client(rosa)
    window.client_changed(client, screen_and_store(repo, client, TODAY).summary)
    assert set(lines(caseload)) == {"Rosa Díaz"}
    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Cases still to enter"))
    assert set(lines(caseload)) == {"Rosa Díaz", "Carlos Cuenta"}
    assert and_a_count_to_review().name == "Rosa Díaz"
