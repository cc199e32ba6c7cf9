"""T113-02: the caseload opened months after its screening: a line screened "Eligible on
2030-09-29" said "File on 2030-09-29" in its Next action on 2030-10-01, an order to file on a
day gone, from a screening that no longer holds (the status line counts the line as one "whose
date has come since the last screening"; opening the client, or Re-screen now, screens it
again).  Its Next action now says "Screen again: 2030-09-29 has come", the tooltip why."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.automatic_relief import arrest_relief_later, to_file_later
from tests.gui.caseload_lines import lines, load_caseload, row_of
from ui.models.caseload_model import COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_a_line_whose_day_has_come_says_to_screen_again_not_to_file_on_it(window, repo):
    caseload = load_caseload(window, repo, (arrest_relief_later, to_file_later))
    before = {"Armando Arresto": ("Eligible on 2030-09-29", "Automatic from 2030-09-29"),
              "Felipe Filing": ("Eligible on 2030-09-29", "PC 1203.3 now, or file on 2030-09-29")}
    window._fixed_today = date(2030, 9, 28)  # the day before: as screened
    assert lines(caseload) == before
    window._fixed_today = date(2030, 10, 1)  # the caseload opened after the day
    assert lines(caseload) == {"Armando Arresto": ("Eligible on 2030-09-29", "Screen again: 2030-09-29 has come"),
                               "Felipe Filing": ("Eligible on 2030-09-29", "Screen again: 2030-09-29 has come")}
    tip = caseload.proxy.index(row_of(caseload, "Armando Arresto"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    # Not "nothing to file then. The relief that comes first is automatic ...": that day is gone.
    assert tip.startswith("Screen again: 2030-09-29 has come, the day the last screening waited for: "
                          "its answer may have changed") and "nothing to file then" not in tip
    window.open_client(next(row.id for row in repo.list_clients() if row.name == "Felipe Filing"))
    window.show_caseload()  # screened as of the day on opening: current again
    assert lines(caseload)["Felipe Filing"][1] != "Screen again: 2030-09-29 has come"


def test_t113_04_a_petition_after_automatic_relief_whose_day_has_come_is_to_file_now(window, repo):
    """T113-04: eligible now by automatic relief, a petition from 2026-12-21 (J50): read on
    2027-01-05 the line said "Automatic; file on 2026-12-21", a day gone, and its tooltip
    "Nothing to file now ... A petition can be filed from 2026-12-21: diarise it"."""
    from tests.automatic_relief import arrest_relief_now_petition_soon

    caseload = load_caseload(window, repo, (arrest_relief_now_petition_soon,))
    assert lines(caseload) == {"Nadia Ahora": ("Eligible now", "Automatic; file on 2026-12-21")}  # on 2026-11-22
    window._fixed_today = date(2027, 1, 5)
    assert lines(caseload) == {"Nadia Ahora": ("Eligible now", "Automatic; file now")}
    tip = caseload.proxy.index(row_of(caseload, "Nadia Ahora"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Automatic: check RAP sheet. A petition can be filed from 2026-12-21: that day has come, file it")
    assert "Nothing to file now" not in tip and "diarise" not in tip
