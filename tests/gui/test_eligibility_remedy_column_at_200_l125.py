"""L125-03: on the Eligibility tab at 200% (the window 667 wide) with large text the Remedy
column, stretched to the room the others left, had none: at 15 pt 62 pixels, "Dis…", "Au…",
its header cut to "emed", where Mode and Reviewed kept theirs whole; at 12 pt 34 pixels, "…",
until the window was widened and narrowed again.  It keeps its header and a dozen letters'
width, the columns after Status scrolled to; with the room it stretches as before."""

from __future__ import annotations

import pytest

from tests.gui.laid_out import laid_out
from tests.gui.test_checklist_finish_by_b118 import on_probation
from tests.gui.test_intake_large_font_s100 import LAPTOP_200, laptop_200, program_font  # noqa: F401 - a fixture
from ui.eligibility_view import COL_REMEDY, COL_STATUS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _table(qtbot, window, repo, width: int):
    window.load()
    window.open_client(repo.add_client(on_probation()))
    view = window.client_view
    view.tabs.setCurrentWidget(view.eligibility)
    window.resize(width, LAPTOP_200.height())
    laid_out()
    assert window.width() == width
    return view.eligibility.table


@pytest.mark.parametrize("points", [12, 15])
def test_l125_03_at_200_percent_the_remedy_column_keeps_its_header_and_a_dozen_letters(qtbot, window, repo, laptop_200, points):
    with program_font(points):
        table = _table(qtbot, window, repo, LAPTOP_200.width())
        header = table.horizontalHeader()
        remedy = table.columnWidth(COL_REMEDY)
        assert remedy >= header.sectionSizeHint(COL_REMEDY), (remedy, header.sectionSizeHint(COL_REMEDY))  # "Remedy" whole
        assert remedy >= table.fontMetrics().averageCharWidth() * 12, remedy
        # Status still whole in sight, beside it, as the table opens.
        assert table.columnViewportPosition(COL_STATUS) + table.columnWidth(COL_STATUS) <= table.viewport().width()


def test_l125_03_with_room_the_remedy_column_takes_what_the_others_leave(qtbot, window, repo):
    table = _table(qtbot, window, repo, 1280)
    header = table.horizontalHeader()
    columns = sum(header.sectionSize(column) for column in range(header.count()))
    assert columns == table.viewport().width()  # stretched to the table's edge, as before
