"""K153-01: a felony wobbler whose PC 17(b) reduction the judge denied (N148's client (b)) read
on the caseload's line "Denied 2025-05-10: attorney to review" (S150-02), and in the client's
header only "· Needs review": the paralegal who opened him saw nothing of the judge's no where
she looks first.  The header now says it in the line's words, and, once the attorney marks the
17(b) reviewed on the Eligibility tab, that it was reviewed, as the line does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_denied_reduction_line_s150 import reduction_reviewed_by_keyboard
from tests.handouts.test_denied_reduction_guns_s150 import _denied_reduction

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _header(window) -> tuple[str, str]:
    outcome = window.client_view.outcome
    return outcome.text().replace("\u00a0", " "), outcome.accessibleName()


def test_k153_01_the_header_says_the_reduction_denied_and_then_reviewed(qtbot, window, repo):
    client_id = repo.add_client(_denied_reduction())
    window.load()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.open_client(client_id)
    qtbot.waitUntil(lambda: window.client_view.outcome.text() != "")
    text, spoken = _header(window)
    assert text == "· Needs review; denied 2025-05-10: attorney to review"
    assert spoken == "Best outcome: Needs review; denied 2025-05-10: attorney to review"

    # The attorney opens him from the caseload and marks the 17(b) reviewed on the Eligibility tab, by keyboard.
    qtbot.keyClick(window.client_view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    reduction_reviewed_by_keyboard(qtbot, window, repo, client_id)
    qtbot.waitUntil(lambda: "reviewed by the attorney" in _header(window)[0])
    reviewed = "· Needs review; denied 2025-05-10: reviewed by the attorney "
    assert _header(window)[0].startswith(reviewed)

    # Opened again from the caseload, the same.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.open_client(client_id)
    assert _header(window)[0].startswith(reviewed)


def test_k153_01_a_reduction_awaiting_the_judge_leaves_the_header_as_it_was(qtbot, window, repo):
    client_id = repo.add_client(_denied_reduction(ruling=None))
    window.load()
    window.open_client(client_id)
    qtbot.waitUntil(lambda: window.client_view.outcome.text() != "")
    assert _header(window)[0] == "· Needs review"
