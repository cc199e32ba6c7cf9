"""K384-01: a result the Eligibility table hides ("Does not apply" while "Show remedies that do
not apply" is unticked) was named by the first row shown: the Fresno case's Prop 64 as "Case
BA100001, PC 459".  Opened again after Clinic Desk stopped, a review note typed for that result
(the tick on) was no longer among the results the client has (`places`), and was dropped unseen.
A result is named by its own case and count, the words its row shows, shown or not."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog

from tests.gui.test_export_drafts_f65 import _left_by_a_stopped_window
from tests.gui.test_review_note_when_killed_k114 import SELECT_ROW_ALONE, _row_said
from tests.two_cases_to_ask import two_cases_to_ask
from ui.client_view import TAB_ELIGIBILITY
from ui.eligibility_view import ReviewDialog
from ui.models.determination_model import key

FRESNO = "c2 (convicted 2012-06-01, PC 487(a), Fresno County)"
PROP_64 = "Prop 64 marijuana relief (HS 11361.8)"
# The Fresno count's Prop 64 as the review dialog named it, the tick on, when Clinic Desk stopped.
TYPED_FOR = f"Case {FRESNO}, PC 487(a)\n{PROP_64}: Does not apply"
NOTE = "Checked the plea form: theft, no cannabis count. Nothing to file under Prop 64."


def _opened_on_eligibility(qtbot, window, client_id: int):
    window.open_client(client_id)
    window.client_view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    panel = window.client_view.eligibility
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    return panel


def test_k384_01_a_note_kept_for_a_hidden_result_waits_for_its_review(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(two_cases_to_ask())
    _left_by_a_stopped_window(repo, client_id, {"notes": {TYPED_FOR: NOTE}}, "review")

    panel = _opened_on_eligibility(qtbot, window, client_id)
    assert not panel.show_all.isChecked()  # the Prop 64 row hidden, as the window opens
    assert json.loads(repo.get_setting(f"draft:review:{client_id}"))["record"]["notes"] == {TYPED_FOR: NOTE}

    shown = []
    monkeypatch.setattr(ReviewDialog, "exec", lambda dialog: shown.append(dialog.note.toPlainText()) or QDialog.DialogCode.Rejected)
    panel.show_all.setChecked(True)
    row = next(row for row in range(panel.proxy.rowCount()) if _row_said(panel, row) == (FRESNO, "PC 487(a)", PROP_64))
    panel.table.selectionModel().setCurrentIndex(panel.proxy.index(row, 0), SELECT_ROW_ALONE)
    panel._review()
    assert shown == [NOTE]


def test_k384_01_each_result_is_named_as_its_own_row_says_shown_or_not(qtbot, window, repo):
    panel = _opened_on_eligibility(qtbot, window, repo.add_client(two_cases_to_ask()))
    hidden = [d for d in (panel.model.determination(row) for row in range(panel.model.rowCount()))
              if not any(key(d) == key(panel.model.determination(panel.proxy.mapToSource(panel.proxy.index(row, 0)).row()))
                         for row in range(panel.proxy.rowCount()))]
    assert any(d.case == "c2" for d in hidden)
    named = {key(d): panel.where(d) for d in hidden}
    places = panel.places()

    panel.show_all.setChecked(True)  # each of them shown: named as before, by its own row
    assert named == {key(d): panel.where(d) for d in hidden}
    assert places == panel.places()
    assert named[("c2", "c2-1", "prop64")] == f"Case {FRESNO}, PC 487(a)"
    assert named[("c2", None, "pc851_91")] == f"Case {FRESNO} (whole case)"
