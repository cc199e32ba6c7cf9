"""The caseload list's Next action, cut short in a narrow window, keeps its day: at 853 pixels
wide (1280 at 150% display scaling) "Automatic; file on 2026-12-21" read "Automatic; file on
2…", the petition's day J50 added to be diarised lost, and "Automatic from 2030-09-29" read
"Automatic from 203…" (R51's finding)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

import clinic_app.line_action as line_action
from clinic_app.next_action import NextAction
from tests.automatic_relief import arrest_relief_later, arrest_relief_now_petition_soon, to_file
from tests.gui.caseload_lines import load_caseload, row_of
from ui.models.caseload_model import COL_NEXT, NextActionDayRole, ShortNextActionRole

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _shown(view, name: str) -> str:
    """The Next action's text as the list paints it: the delegate's options (its text cut to
    the cell's room, the day kept), then Qt's item view style's own cut, which finds it fits."""
    table = view.table
    index = view.proxy.index(row_of(view, name), COL_NEXT)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    table.itemDelegateForColumn(COL_NEXT).initStyleOption(option, index)
    style = table.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, table) + 1
    return option.fontMetrics.elidedText(option.text, option.textElideMode, room.width() - 2 * margin)


def test_at_853_wide_the_next_action_keeps_its_day(qtbot, window, repo):
    view = load_caseload(window, repo, (arrest_relief_now_petition_soon, arrest_relief_later, to_file))
    window.resize(853, 560)
    qtbot.waitUntil(lambda: window.width() == 853 and view.table.viewport().width() < 853)
    petition = _shown(view, "Nadia Ahora")
    assert petition != "Automatic; file on 2026-12-21"  # the room is narrow: in fewer words (V53-01)
    assert petition.startswith("Auto") and petition.endswith(" 2026-12-21")
    assert _shown(view, "Armando Arresto").endswith("2030-09-29")
    assert _shown(view, "Fernanda Filing") == "File now"  # what fits is whole
    window.resize(1360, 820)  # wide: whole, as before
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1200)
    assert _shown(view, "Nadia Ahora") == "Automatic; file on 2026-12-21"
    # Dragged narrower than the shorter words (V53-01): the words cut, the day whole.
    view.table.horizontalHeader().resizeSection(COL_NEXT, 110)
    petition = _shown(view, "Nadia Ahora")
    assert petition.startswith("A") and petition.endswith("\u2026 2026-12-21")


def test_d58_the_day_kept_is_the_one_the_model_hands_the_list(qtbot, window, repo, monkeypatch):
    """The day kept whole is the model's (NextActionDayRole, said with the words), not one found
    in the words again: words said with no day to keep are Qt's to cut, as "Held: record ruling"."""
    view = load_caseload(window, repo, (arrest_relief_now_petition_soon,))
    index = view.proxy.index(row_of(view, "Nadia Ahora"), COL_NEXT)
    assert index.data(NextActionDayRole) == "2026-12-21"
    view.table.horizontalHeader().resizeSection(COL_NEXT, 110)
    assert _shown(view, "Nadia Ahora").endswith("\u2026 2026-12-21")
    # The same words, made without saying their day.
    made = line_action.automatic_then_petition
    monkeypatch.setattr(line_action, "automatic_then_petition", lambda file_on: NextAction(*made(file_on)[:2]))
    assert index.data(NextActionDayRole) is None and index.data(ShortNextActionRole) == "Auto; file 2026-12-21"
    assert not _shown(view, "Nadia Ahora").endswith(" 2026-12-21")
