"""R142-03: the Eligibility tab of a client whose DEJ plea withdrawal (PC 1203.43) the court
granted told staff "record the relief on the count (Record tab)" of an arrest, which has no
count (see tests/test_arrest_grant_worksheet_r142.py for the worksheet).  Driven with pytest-qt."""

from __future__ import annotations

import pytest

from tests.gui.test_eligibility_at_the_court_d63 import _details
from tests.test_arrest_grant_worksheet_r142 import DONE, RECORD_ON_THE_COUNT, dej_withdrawn

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_r142_03_the_eligibility_tab_says_a_grant_on_an_arrest_done(qtbot, window, repo):
    window.load()
    window.open_client(repo.add_client(dej_withdrawn("Dora Retirada")))
    text = _details(qtbot, window, "pc1203_43", None)
    assert f"At the court: {DONE}" in text
    assert RECORD_ON_THE_COUNT not in text
