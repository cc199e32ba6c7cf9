"""The caseload list's Next action, too wide for its cell, still says which kind it is: at 853
pixels wide (1280 at 150% display scaling) "Automatic; file on 2026-12-21" (automatic relief
now, a petition to diarise) and "Automatic from 2030-09-29" (nothing to file) were both cut to
"Automa… <day>" (71d261e kept the day, cut the words), so the paralegal could not tell them
apart; they now read in fewer words, "Auto; file 2026-12-21" and "Auto on 2030-09-29", and the
column keeps room for those words (narrower than 853, they read "Auto… <day>" alike too)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from clinic_app.line_action import next_action, next_action_said
from tests.automatic_relief import arrest_relief_later, arrest_relief_later_petition_after, arrest_relief_now_petition_soon
from tests.gui.caseload_lines import load_caseload
from tests.gui.test_next_action_day_kept import _shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

MAKERS = (arrest_relief_now_petition_soon, arrest_relief_later, arrest_relief_later_petition_after)


@pytest.mark.parametrize("width", [853, 800])
def test_narrow_a_petition_to_diarise_and_nothing_to_file_read_apart(qtbot, window, repo, width):
    view = load_caseload(window, repo, MAKERS)
    window.resize(width, 560)
    qtbot.waitUntil(lambda: window.width() == width and view.table.viewport().width() < width)
    assert _shown(view, "Nadia Ahora") == "Auto; file 2026-12-21"  # automatic now, a petition on its day
    assert _shown(view, "Teodoro Tarde") == "Auto; file 2031-07-01"  # automatic later, a petition after
    assert _shown(view, "Armando Arresto") == "Auto on 2030-09-29"  # automatic later, nothing to file


def test_at_853_in_a_long_list_too(qtbot, window, repo):
    """A list longer than the window has a scroll bar beside it: the columns 18 pixels
    narrower, the Next action at its least width (124 pixels, where "Auto; file <day>" was
    cut too); its least now holds the shorter words, the name giving way a little more."""
    from tests.automatic_relief import to_file

    view = load_caseload(window, repo, MAKERS + tuple(lambda n=n: to_file(f"Fernanda Filing {n}") for n in range(30)))
    window.resize(853, 560)
    qtbot.waitUntil(lambda: window.width() == 853 and view.table.verticalScrollBar().isVisible())
    qtbot.waitUntil(lambda: not view.table.horizontalScrollBar().isVisible())
    assert _shown(view, "Nadia Ahora") == "Auto; file 2026-12-21"
    assert _shown(view, "Armando Arresto") == "Auto on 2030-09-29"
    assert view.table.horizontalHeader().length() <= view.table.viewport().width()


def test_wide_the_words_are_whole_as_before(qtbot, window, repo):
    view = load_caseload(window, repo, MAKERS)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1200)
    assert _shown(view, "Nadia Ahora") == "Automatic; file on 2026-12-21"
    assert _shown(view, "Armando Arresto") == "Automatic from 2030-09-29"


def test_at_853_the_list_still_does_not_scroll_sideways(qtbot, window, repo):
    """The column's least width holds the shorter words; the columns still fit (W28-01)."""
    view = load_caseload(window, repo, MAKERS)
    window.resize(853, 560)
    qtbot.waitUntil(lambda: window.width() == 853 and view.table.viewport().width() < 853)
    header = view.table.horizontalHeader()
    assert header.length() <= view.table.viewport().width()
    assert not view.table.horizontalScrollBar().isVisible()


def test_the_shorter_words_are_said_with_next_actions_own():
    """next_action says its fewer words with the whole ones, from the same line (Z55): a next
    action reworded can no longer lose its shorter form (matched by its first words, it did)."""
    line = dict(best="eligible_on", best_date=date(2030, 9, 29), case_count=1, automatic_only=True, file_on=None,
                outstanding=[], awaiting_review=False, next_action_date=None)
    lines = [SimpleNamespace(**line), SimpleNamespace(**{**line, "file_on": date(2031, 7, 1)}),
             SimpleNamespace(**{**line, "best": "eligible_now", "file_on": date(2026, 12, 21)})]
    said = [next_action_said(row, date(2026, 11, 22))[0] for row in lines]
    assert said == [("Automatic from 2030-09-29", "Auto on 2030-09-29", date(2030, 9, 29)),
                    ("Automatic; file on 2031-07-01", "Auto; file 2031-07-01", date(2031, 7, 1)),
                    ("Automatic; file on 2026-12-21", "Auto; file 2026-12-21", date(2026, 12, 21))]
    assert [text.full for text in said] == [next_action(row, date(2026, 11, 22))[0] for row in lines]
    filing = SimpleNamespace(**{**line, "automatic_only": False})
    # Short enough already; its day kept whole where cut (D58-02).
    assert next_action_said(filing, date(2026, 11, 22))[0] == ("File on 2030-09-29", None, date(2030, 9, 29))
