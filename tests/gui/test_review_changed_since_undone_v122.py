"""V122-03: E122-04's "(changed since: ...)" named every edit logged after the review, an edit
taken back by Undo too: the paralegal corrected a probation's last day, took it back (Edit >
Undo; the review counted again), then corrected the probation's first day, and the review read
"(changed since: Case GA377991, probation end; Case GA377991, probation start)": the attorney
asked to look again looked at a probation end that is as the review had it.  It names what
differs now from the record the review was given on."""

from __future__ import annotations

import pytest

from tests.gui.conftest import type_over
from tests.gui.test_review_changed_since_said_e122 import _reviewed_cell
from tests.gui.test_review_set_aside_said_e122 import _reviewed, _save_probation_end

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_v122_03_an_edit_taken_back_is_not_said_changed_since_the_review(qtbot, window, repo):
    _reviewed(qtbot, window, repo)
    _save_probation_end(qtbot, window, "2009-10-30")
    window.undo_action.trigger()  # the probation's last day as the review had it
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Undone: "))
    assert _reviewed_cell(window).endswith(": Fines paid in 2009: file it")  # the review counts again
    view = window.client_view
    view.tabs.setCurrentIndex(0)  # the Record tab
    type_over(qtbot, view.record.case_form.probation_start, "2007-10-05")
    window.save_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved: "))
    said = _reviewed_cell(window)
    assert said.startswith("Earlier review, of other facts: ")
    assert said.endswith(": Fines paid in 2009: file it (changed since: Case GA377991, probation start)"), said
