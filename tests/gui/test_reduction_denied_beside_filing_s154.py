"""S154-02: a felony wobbler eligible now for PC 1203.4, its PC 17(b) reduction denied by the
judge and left to the attorney (N148's client (b) before the dismissal was filed).  The report
counted the denial beside a filing to make and the attorney's queue listed it (K153-02), yet the
caseload's line read "File now" alone and the client's header "Eligible now: PC 1203.4
dismissal": the attorney's denial to review was said nowhere the paralegal looks.  The line and
the header now say it beside the filing, as they say a denied dismissal beside one (Y55-01)."""

from __future__ import annotations

import pytest

from tests.gui.test_denied_reduction_header_k153 import _header
from tests.gui.test_denied_reduction_line_s150 import _next_action
from tests.handouts.test_denied_reduction_guns_s150 import _denied_reduction

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _dismissal_still_to_file():
    """Beto's burglary, the 17(b) denied on 2025-05-10, the dismissal not yet asked for."""
    client = _denied_reduction()
    client.name = "Dora Ahora"
    client.cases[0].convictions[0].relief_granted = []
    client.cases[0].petitions = [p for p in client.cases[0].petitions if p.remedy == "pc17b"]
    return client


def test_s154_02_the_line_and_header_say_the_reduction_denied_beside_the_filing(qtbot, window, repo):
    client_id = repo.add_client(_dismissal_still_to_file())
    window.load()
    window.open_client(client_id)  # screened and stored as the window does
    qtbot.waitUntil(lambda: window.client_view.outcome.text() != "")
    text, spoken = _header(window)
    assert text == "· Eligible now: PC 1203.4 dismissal; not all filed; denied 2025-05-10: attorney to review"
    assert spoken.endswith("; not all filed; denied 2025-05-10: attorney to review")
    window.show_caseload()
    assert _next_action(window, "Dora Ahora") == "File now; denied 2025-05-10: attorney to review"
    assert window.caseload.count_buttons["review"].text() == "Attorney review: 1"
