"""Z55: the caseload model hands the list's delegate the Next action in fewer words through a
role (ShortNextActionRole), said with the whole words from the line's state; the delegate
matched the whole words again with regular expressions and prefixes, so a word changed in
court.py or next_action left a narrow list (853 pixels) cutting "Filed 2026... 2027-01-10"
again.  The tooltip keeps the whole words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import clinic_app.line_action as line_action
from clinic_app.next_action import NextAction
from tests.automatic_relief import to_file
from tests.gui.caseload_lines import load_caseload, row_of
from tests.gui.test_court_short_q54 import COMING, FILED, HELD, MAKERS as COURT
from tests.gui.test_next_action_day_kept import _shown
from tests.gui.test_next_action_short_v53 import MAKERS as AUTOMATIC
from ui.models.caseload_model import COL_NEXT, ShortNextActionRole

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _cell(view, name: str, role):
    return view.proxy.index(row_of(view, name), COL_NEXT).data(role)


def test_z55_the_model_gives_the_short_words_by_a_role_the_tooltip_the_whole(qtbot, window, repo):
    view = load_caseload(window, repo, COURT + AUTOMATIC + (lambda: to_file("Fernanda Filing"),))
    assert {name: _cell(view, name, ShortNextActionRole) for name in (
        "Fabiola Filed", "Wanda Waiting", "Hugo Held", "Dario Denied", "Greta Granted", "Nadia Ahora",
        "Armando Arresto", "Fernanda Filing")} == {
        "Fabiola Filed": f"Hearing {COMING.isoformat()}", "Wanda Waiting": "Awaiting ruling",
        "Hugo Held": "Held: record ruling", "Dario Denied": "Denied: to attorney",
        "Greta Granted": "Granted: enter relief", "Nadia Ahora": "Auto; file 2026-12-21",
        "Armando Arresto": "Auto on 2030-09-29", "Fernanda Filing": None}  # "File now": short already
    assert _cell(view, "Fabiola Filed", Qt.ItemDataRole.ToolTipRole).startswith(
        f"Filed {FILED.isoformat()}; hearing {COMING.isoformat()}")
    assert _cell(view, "Dario Denied", Qt.ItemDataRole.DisplayRole) == f"Denied {HELD.isoformat()}: attorney to review"


def test_z55_whole_words_reworded_keep_their_short_form_at_853(qtbot, window, repo, monkeypatch):
    """The words of a filing said otherwise ("Petition filed ..."): the narrow list still says
    what to do, where a regular expression over "Filed ..." found nothing and cut the words."""
    said = line_action.court_next_action

    def reworded(line, today):
        words = said(line, today)
        return words and NextAction(words.full.replace("Filed", "Petition filed"), words.short)

    monkeypatch.setattr(line_action, "court_next_action", reworded)
    view = load_caseload(window, repo, COURT)
    window.resize(853, 560)
    qtbot.waitUntil(lambda: window.width() == 853 and view.table.viewport().width() < 853)
    assert _cell(view, "Fabiola Filed", Qt.ItemDataRole.DisplayRole).startswith("Petition filed ")
    assert _shown(view, "Fabiola Filed") == f"Hearing {COMING.isoformat()}"
    assert _shown(view, "Wanda Waiting") == "Awaiting ruling"
