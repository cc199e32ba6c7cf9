"""E122-02: at a clinic event the attorney reviewed a result the screening left to them (PC 1203.4
with fines of a probation condition not known); the paralegal then put a fact right on the
Record tab (the probation's last day) and saved.  The review no longer counted, as it should (it
was of other facts), and the client was back on the attorney's queue, but the save said only
"Saved: Edit record (Case GA377991, probation end) ...": the paralegal, who had heard "the
attorney has seen her", printed on.  The save now says which of the attorney's reviews it set
aside, in the status bar and aloud: "... An attorney's review was of the facts before this
change; waiting for the attorney again: PC 1203.4 dismissal for PC 12021: How much was ordered
in fines (not counting restitution)?".  A save
that sets none aside says nothing of reviews."""

from __future__ import annotations

import pytest

from tests.automatic_relief import clean_slate_only
from tests.gui.conftest import eligibility_by_keyboard, review_by_keyboard, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

AGAIN = "An attorney's review was of the facts before this change; waiting for the attorney again: "


def _reviewed(qtbot, window, repo) -> int:
    client_id = repo.add_client(clean_slate_only("Rosa Revisada"))
    panel = eligibility_by_keyboard(qtbot, window, client_id)
    panel.table.setFocus()
    assert panel.proxy.index(panel.table.currentIndex().row(), 2).data() == "Dismissal after probation (PC 1203.4)"
    review_by_keyboard(qtbot, "Fines paid in 2009: file it")
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == 1)
    return client_id


def _save_probation_end(qtbot, window, day: str) -> str:
    view = window.client_view
    view.tabs.setCurrentIndex(0)  # the Record tab
    type_over(qtbot, view.record.case_form.probation_end, day)
    window.save_action.trigger()  # Ctrl+S, the focus still in the field
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved: "))
    return window.statusBar().currentMessage()


def test_e122_02_a_save_that_sets_a_review_aside_says_so(qtbot, window, repo):
    client_id = _reviewed(qtbot, window, repo)
    said = _save_probation_end(qtbot, window, "2009-10-30")
    assert said.endswith(AGAIN + "PC 1203.4 dismissal for PC 12021: How much was ordered in fines (not counting restitution)?"), said
    assert "17(b)" not in said.partition(AGAIN)[2]  # never reviewed: it waited before the save too
    assert repo.awaiting_review(client_id)


def test_e122_02_a_save_that_sets_none_aside_says_nothing_of_reviews(qtbot, window, repo):
    _reviewed(qtbot, window, repo)
    _save_probation_end(qtbot, window, "2009-10-30")
    said = _save_probation_end(qtbot, window, "2009-10-29")  # the review was set aside already
    assert "review" not in said, said
