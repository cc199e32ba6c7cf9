"""J50: a client whose relief comes first automatic (PC 1203.425 / 851.93: nothing to file)
and a petition later was shown "Automatic: check RAP sheet" or "Automatic from <day>" only:
the petition's day was said nowhere in the list, so nobody diarised it.  The next action now
says it, the tooltip why, and "Eligible within 30 days" finds them by it; "To file within 30
days" lists the petitions only, as `clinic-app list --to-file-within 30` does."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from tests.automatic_relief import (arrest_relief_later, arrest_relief_later_petition_after, arrest_relief_now_petition_soon,
                                    to_file, to_file_later)
from tests.gui.caseload_lines import lines, load_caseload, row_of
from ui.models.caseload_model import COL_NEXT

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def caseload(window, repo):
    return load_caseload(window, repo, (arrest_relief_now_petition_soon, arrest_relief_later_petition_after, arrest_relief_later, to_file_later, to_file))




def _filtered(view, title: str) -> set[str]:
    view.outcome.setCurrentIndex(view.outcome.findText(title))
    view.apply_filters()  # the same filter again after the day changed: no signal of the box's
    return set(lines(view))


def test_j50_the_next_action_says_the_petitions_day_after_automatic_relief(caseload):
    assert lines(caseload) == {
        "Nadia Ahora": ("Eligible now", "Automatic; file on 2026-12-21"),
        "Teodoro Tarde": ("Eligible on 2030-09-29", "Automatic; file on 2031-07-01"),
        "Armando Arresto": ("Eligible on 2030-09-29", "Automatic from 2030-09-29"),  # no petition dated after it
        "Felipe Filing": ("Eligible on 2030-09-29", "PC 1203.3 now, or file on 2030-09-29"),
        "Fernanda Filing": ("Eligible now", "File now"),
    }
    now = caseload.proxy.index(row_of(caseload, "Nadia Ahora"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert now.startswith("Automatic: check RAP sheet. Nothing to file now: ") and "PC 851.93" in now
    assert "A petition can be filed from 2026-12-21: diarise it" in now
    later = caseload.proxy.index(row_of(caseload, "Teodoro Tarde"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert later.startswith("Automatic from 2030-09-29: nothing to file then. ") and "A petition can be filed from 2031-07-01: diarise it" in later
    alone = caseload.proxy.index(row_of(caseload, "Armando Arresto"), COL_NEXT).data(Qt.ItemDataRole.ToolTipRole)
    assert "A petition can be filed" not in alone


def test_j50_eligible_within_finds_the_petitions_day_and_to_file_within_leaves_automatic_relief_out(window, caseload):
    # 2026-11-22: Nadia's petition in 29 days, eligible now by automatic relief alone.
    assert _filtered(caseload, "Eligible within 30 days") == {"Nadia Ahora"}
    assert _filtered(caseload, "To file within 30 days") == {"Nadia Ahora"}
    assert _filtered(caseload, "Eligible within 7 days") == set()
    # 2030-09-10: Armando's and Teodoro's automatic relief and Felipe's petition on 2030-09-29.
    window._fixed_today = date(2030, 9, 10)
    assert _filtered(caseload, "Eligible within 30 days") == {"Nadia Ahora", "Teodoro Tarde", "Armando Arresto", "Felipe Filing"}
    assert _filtered(caseload, "To file within 30 days") == {"Nadia Ahora", "Felipe Filing"}
    # 2031-06-20: Teodoro's petition, on 2031-07-01, after his automatic relief.
    window._fixed_today = date(2031, 6, 20)
    assert "Teodoro Tarde" in _filtered(caseload, "To file within 30 days")
    tip = caseload.outcome.itemData(caseload.outcome.findText("Eligible within 30 days"), Qt.ItemDataRole.ToolTipRole)
    assert "automatic relief" in tip and "To file within 30 days" in tip


def test_r51_03_the_client_s_header_says_the_petition_after_automatic_relief(qtbot, window, caseload, announcements):
    """The list said "Automatic; file on 2026-12-21", but the client's header, and what opening
    the client said aloud (C48-06), "Eligible now: PC 851.93 automatic arrest relief, nothing to
    file": no petition at all, the one the list had the paralegal diarise.  It says both now,
    in the list's words (L51-02)."""
    ids = {row.name: row.id for row in window.repo.list_clients()}
    window.open_client(ids["Nadia Ahora"])
    header = window.client_view.outcome.text()
    # The list's words, the day kept on the line where the header wraps (L51-02).
    assert header.replace("\u00a0", " ") == "· Eligible now: PC 851.93 automatic arrest relief, nothing to file now; file on 2026-12-21"
    assert any(said.startswith("Opened Nadia Ahora") and said.replace("\u00a0", " ").endswith("nothing to file now; file on 2026-12-21")
               for _object, said, _politeness in announcements)
    window.open_client(ids["Teodoro Tarde"])
    assert window.client_view.outcome.text().replace("\u00a0", " ").endswith("nothing to file then; file on 2031-07-01")
    window.open_client(ids["Armando Arresto"])  # no petition after it: as before
    assert window.client_view.outcome.text().replace("\u00a0", " ") == "· Eligible on 2030-09-29: PC 851.93 automatic arrest relief, nothing to file"
