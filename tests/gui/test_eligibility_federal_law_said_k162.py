"""K162-01: Andre's federal wire fraud, "18 USC 1343", saved in a case whose State or court was
left blank (California).  The Eligibility tab listed California relief for it, each "Needs
review", and nothing in sight said that the count is federal law, which F161-02 says only while
it is typed.  It is now said once above the results, naming the case as the Case column does, as
a juvenile court's count is (J140-03); a case marked "federal" needs no such note."""

from __future__ import annotations

import pytest

from tests.federal_court_client import andre
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of  # opened as J119 opens it

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k162_01_a_federal_count_in_a_california_case_is_said_above_the_results(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, andre("en", "CA"))
    assert panel.federal_note.isVisible()
    assert panel.federal_note.text() == (
        "Case 2:16-cr-00412: 18 USC 1343 is federal law (the United States Code): a case from a federal court, which no "
        "California remedy reaches. The results below are not for it; if a federal court convicted the person, type "
        "\u201cfederal\u201d in the case's State or court on the Record tab.")
    assert panel.federal_note.accessibleName() == "Federal law in a California case"
    assert panel.federal_note.mapTo(panel, panel.federal_note.rect().bottomLeft()).y() < panel.table.mapTo(panel, panel.table.rect().topLeft()).y()
    assert "is federal law" in panel.notes_said()


def test_k162_01_a_case_marked_federal_has_no_such_note(qtbot, window, repo):
    panel = _eligibility_of(qtbot, window, repo, andre("en", "federal"))
    assert not panel.federal_note.isVisible()
