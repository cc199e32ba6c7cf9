"""T63-01: "Granted in part..." chosen on a petition whose filed day was not a date (typed
"9/31/2026", or cleared) showed "Clinic Desk ran into a programming error" once the counts were
ticked and Record the ruling pressed: the petition was made two from the row as typed, and the
filed day read (ValueError, or an assertion on no day).  Nothing was recorded either way; now
the row says what to put right first, and the ruling shown before is put back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_petition_counts_y55 import two_counts
from tests.gui.test_petition_granted_in_part_h63 import WHOLE, _choose_granted_in_part, _open
from ui.granted_in_part import GrantedInPartDialog
from tests.gui.conftest import type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.mark.parametrize("filed", ["9/31/2026", ""])
def test_t63_01_granted_in_part_with_the_filed_day_not_a_date_says_so(qtbot, window, repo, monkeypatch, filed):
    raised: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _type, error, _tb: raised.append(error))
    client = two_counts("Dia Malo")
    client.cases[0].petitions = [WHOLE]
    client_id, form = _open(window, repo, client)
    (row,) = form.petitions.rows
    if filed:
        type_over(qtbot, row.filed, filed)
    else:
        row.filed.clear()
    asked = []

    def answered(dialog) -> int:  # the burglary granted, the DUI denied, as the court ruled
        asked.append(dialog)
        dialog.boxes["c1-1"].setChecked(True)
        dialog.ruled.setText("11/20/2026")
        return GrantedInPartDialog.DialogCode.Accepted

    monkeypatch.setattr(GrantedInPartDialog, "exec", answered)
    _choose_granted_in_part(qtbot, row)
    assert raised == [] and asked == []  # the row said what to put right first
    assert len(form.petitions.rows) == 1 and row.ruling.currentText() == "Not yet"
    assert row.message.text().startswith(("Not a date", "Enter the day the petition was filed"))
    assert row.message.text().endswith("then choose Granted in part again")
    assert repo.get_client(client_id).cases[0].petitions == [WHOLE]  # nothing recorded
