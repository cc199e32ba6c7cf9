"""K164-03 at intake: Andre's plea form writes his count "Title 18 USC 1343", his federal docket
"18:1343".  Typed so, the count's note named the Penal Code and the count was stored under it; it
is now said and stored as "18 USC 1343" under code "other", as "18 U.S.C. § 1343" is (F161-01)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_first_clinic_event_e29 import _choose
from tests.gui.test_intake_federal_case_f161 import _intake

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize("typed", ["Title 18 USC 1343", "18:1343"])
def test_k164_03_a_title_or_docket_citation_typed_at_intake_is_federal(qtbot, repo, typed):
    dialog = _intake(qtbot, repo)
    qtbot.keyClicks(dialog.case_number, "2:16-cr-00412")
    qtbot.keyClicks(dialog.jurisdiction, "federal")
    qtbot.keyClicks(dialog.conviction.offense, typed)
    _choose(qtbot, dialog.conviction.level, "Felony")
    qtbot.keyClicks(dialog.conviction.date, "2016-05-10")
    _choose(qtbot, dialog.sentence, "State prison")
    said = dialog.conviction.message.text()
    assert said.startswith("18 USC 1343: this case is from a court outside California (federal)"), said
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    count = repo.get_client(dialog.client.id).cases[0].convictions[0]
    assert (count.code, count.section) == ("other", "18 USC 1343")
