"""P398: the Eligibility tab of a client with many counts.  Each rebuild laid its table's
header out twice: its columns sized to their words on the first ask after the rows changed,
and again at the row scrolled to, as the Remedy column was set to stretch anew though it did
already (`EligibilityPanel._fit_remedy_column`): every row asked its words twice a rebuild.
And the remedies' names were measured twice to fit the columns (P398-03)."""

from __future__ import annotations

import pytest

import ui.models.determination_model
from tests.gui.test_eligibility_pending_case_said_j119 import _eligibility_of
from tests.gui.test_eligibility_rows_found_once_p379 import _many_counts
from ui.client_view import TAB_ELIGIBILITY
from ui.models.determination_model import DeterminationModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _rebuilt_asking(qtbot, window, repo, monkeypatch, owner, name: str) -> tuple[int, int]:
    """The tab of a case of 8 counts rebuilt (as after a save): how often `owner.name` was asked
    for a row's words, and the rows shown; every column as wide as before the rebuild."""
    panel = _eligibility_of(qtbot, window, repo, _many_counts(8))
    header = panel.table.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(header.count())]
    asked = []
    words = getattr(owner, name)
    monkeypatch.setattr(owner, name, lambda *args: (asked.append(args), words(*args))[1])
    window.client_view._stale_tabs.add(TAB_ELIGIBILITY)
    window.client_view._refresh_tab(TAB_ELIGIBILITY)
    assert [header.sectionSize(column) for column in range(header.count())] == widths
    assert panel.proxy.rowCount() > 30
    return len(asked), panel.proxy.rowCount()


def test_p398_02_a_rebuild_sizes_the_columns_to_their_words_once(qtbot, window, repo, monkeypatch):
    """The Status column, which fits its words, asks each row shown for them once, not twice."""
    made, shown = _rebuilt_asking(qtbot, window, repo, monkeypatch, DeterminationModel, "status_shown")
    assert made <= shown, f"{made} statuses made for {shown} rows shown"


def test_p398_03_a_rebuild_measures_the_remedies_names_once(qtbot, window, repo, monkeypatch):
    """Fitting the columns, the Remedy column's words were measured twice, for the room left to
    the Reviewed column and for the Remedy column's own least width: each row's remedy named
    twice a rebuild.  Once now (the row chosen's details and the current cell besides)."""
    named, shown = _rebuilt_asking(qtbot, window, repo, monkeypatch, ui.models.determination_model, "remedy_title")
    assert named <= shown + 2, f"{named} remedies named for {shown} rows shown"
