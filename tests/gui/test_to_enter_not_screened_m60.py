"""M60-02 in the window: a client not screened yet (imported from an intake laptop) whose case
is marked convicted with no count typed is under "Cases still to enter", as one screened is."""

from __future__ import annotations

import pytest

from tests.gui.caseload_lines import lines
from tests.gui.test_cases_still_to_enter_i59 import counts_not_typed, no_case_yet

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_m60_a_client_not_screened_yet_is_among_the_cases_still_to_enter(qtbot, window, repo):
    for make in (counts_not_typed, no_case_yet):
        repo.add_client(make())  # as an import stores them: not screened
    window.load()
    caseload = window.caseload
    caseload.outcome.setCurrentIndex(caseload.outcome.findText("Cases still to enter"))
    assert set(lines(caseload)) == {"Carlos Cuenta", "Nadia Sincaso"}
