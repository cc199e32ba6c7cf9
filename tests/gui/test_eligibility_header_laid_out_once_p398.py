"""P398: the Eligibility tab of a client with many counts.  Each rebuild laid its table's
header out twice: its columns sized to their words on the first ask after the rows changed,
and again at the row scrolled to, as the Remedy column was set to stretch anew though it did
already (`EligibilityPanel._fit_remedy_column`): every row asked its words twice a rebuild."""

from __future__ import annotations

import pytest

from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of
from tests.gui.test_eligibility_rows_found_once_p379 import _many_counts
from ui.client_view import TAB_ELIGIBILITY
from ui.models.determination_model import DeterminationModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_p398_02_a_rebuild_sizes_the_columns_to_their_words_once(qtbot, window, repo, monkeypatch):
    """The tab rebuilt (as after a save) on a case of 8 counts: the Status column, which fits
    its words, asks each row shown for them once, not twice; its width is what it was."""
    panel = _eligibility_of(qtbot, window, repo, _many_counts(8))
    header = panel.table.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(header.count())]
    made = []
    status_shown = DeterminationModel.status_shown
    monkeypatch.setattr(DeterminationModel, "status_shown", lambda self, d: (made.append(d), status_shown(self, d))[1])
    view = window.client_view
    view._stale_tabs.add(TAB_ELIGIBILITY)
    view._refresh_tab(TAB_ELIGIBILITY)
    shown = panel.proxy.rowCount()
    assert shown > 30
    assert len(made) <= shown, f"{len(made)} statuses made for {shown} rows shown"
    assert [header.sectionSize(column) for column in range(header.count())] == widths
