"""X123-03: E122-04's "(changed since: ...)" under an earlier review named every edit to the record
since the review, a phone number too: the paralegal typed the client's new phone and put right
the probation's last day, and the review read "(changed since: Phone; Case GA377991, probation
end)", the attorney asked to look again looking for what a phone has to do with a dismissal.  It
names only what the screening reads (the person's facts and the cases, as the review's facts are
hashed): "(changed since: Case GA377991, probation end)"."""

from __future__ import annotations

import pytest

from tests.gui.conftest import type_over
from tests.gui.test_review_changed_since_said_e122 import _reviewed_cell
from tests.gui.test_review_set_aside_said_e122 import _reviewed, _save_probation_end

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_x123_03_a_phone_changed_since_the_review_is_not_said(qtbot, window, repo):
    _reviewed(qtbot, window, repo)
    view = window.client_view
    view.tabs.setCurrentIndex(0)  # the Record tab
    type_over(qtbot, view.record.person.phone, "555-0100")
    window.save_action.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Saved: "))
    assert _reviewed_cell(window).endswith(": Fines paid in 2009: file it")  # a phone: the review still counts
    _save_probation_end(qtbot, window, "2009-10-30")
    said = _reviewed_cell(window)
    assert said.startswith("Earlier review, of other facts: ")
    assert said.endswith(": Fines paid in 2009: file it (changed since: Case GA377991, probation end)"), said
