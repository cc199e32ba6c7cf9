"""K153-02 in the window: Caseload > Report counts the client whose PC 17(b) reduction the judge
denied, left to the attorney, under "denied: attorney to review", as the Attorney review count
and his line ("Denied 2025-05-10: attorney to review") have him; it said no denial at all."""

from __future__ import annotations

import pytest

from tests.gui.conftest import report_shown
from tests.handouts.test_denied_reduction_guns_s150 import _denied_reduction

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_k153_02_the_windows_report_counts_the_reduction_denied(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(_denied_reduction())
    window.load()
    window.open_client(client_id)  # screened and stored as the window does
    window.show_caseload()
    assert window.caseload.count_buttons["review"].text() == "Attorney review: 1"

    dialog = report_shown(qtbot, window, monkeypatch)
    text = dialog.text.toPlainText()
    assert ("  Needs an attorney's review          1\n"
            "    denied: attorney to review        1\n") in text
