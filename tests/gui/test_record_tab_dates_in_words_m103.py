"""M103-01: the Record tab's date fields, typed in words as I98-02 lets every date field take it
("30 de septiembre del 2021"), scrolled inside their field while it was typed: at the usual font
a date field was 125 pixels wide where the date needs 162, its day out of sight until the field
was left and the date written 2021-09-30 (intake's were widened by K99-03).  Every date field of
the Record tab, the client's, the case's and its rows', is now wide enough for the longest date
in words, at the usual font and at the large fonts S100 checked, and the window still fits a
1366 x 768 screen without either pane scrolling sideways."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt

from clinic_app.model import Petition, Violation
from tests.gui.conftest import TODAY
from tests.gui.laid_out import laid_out
from tests.gui.test_intake_county_alt_letter_u82 import _shows_whole
from tests.gui.test_intake_large_font_s100 import program_font
from tests.gui.test_small_screen import _record_client
from ui.client_view import PaneScroll
from ui.forms import LONGEST_DATE_IN_WORDS, DateField

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

# 1366 x 768 less the window's frame and title bar (ui.screen_fit.FRAME).
LAPTOP = QSize(1366 - 16, 768 - 40)


def typed_in_words_seen_whole(qtbot, field: DateField) -> None:
    """The longest date in words typed over what `field` holds, and seen whole as it is typed."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, LONGEST_DATE_IN_WORDS)
    assert field.text() == LONGEST_DATE_IN_WORDS
    assert _shows_whole(field), (field.accessibleName(), field.width(),
                                 field.fontMetrics().horizontalAdvance(LONGEST_DATE_IN_WORDS))


def opened_on_the_laptop(qtbot, repo, client):
    """A main window at LAPTOP's size (`ui.screen_fit.room` made it by the caller), shown, with
    `client` stored and opened, in the program's font as it is now."""
    from ui.main_window import MainWindow

    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    qtbot.addWidget(window)
    window.resize(LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    window.load()
    window.open_client(repo.add_client(client))
    return window


@pytest.mark.parametrize("points", [None, 12, 15])
def test_m103_01_every_record_tab_date_typed_in_words_is_seen_whole(qtbot, repo, monkeypatch, points):
    from contextlib import nullcontext

    monkeypatch.setattr("ui.screen_fit.room", lambda _widget: LAPTOP)
    client = _record_client()
    case = client.cases[0]
    case.sentence.probation.violations = [Violation(date(2022, 3, 1), "reinstated")]
    case.petitions = [Petition("pc1203_4", date(2026, 8, 20), hearing_on=date(2026, 12, 10))]
    with program_font(points) if points else nullcontext():
        window = opened_on_the_laptop(qtbot, repo, client)
        qtbot.waitUntil(lambda: window.size() == LAPTOP)
        laid_out()
        record = window.client_view.record
        panes = [pane for pane in record.findChildren(PaneScroll)] + [record.case_scroll]
        fields = [field for field in record.findChildren(DateField) if field.isVisible()]
        # The client's two, the case's, its counts', their relief's, the violation's, the condition's, the petition's.
        assert len(fields) >= 15, [field.accessibleName() for field in fields]
        for field in fields:
            typed_in_words_seen_whole(qtbot, field)
            qtbot.keyClick(field, Qt.Key.Key_Tab)
        # On the laptop's screen still, neither pane scrolling sideways.
        assert window.width() <= LAPTOP.width() and window.minimumSizeHint().width() <= LAPTOP.width()
        laid_out()
        assert not any(pane.horizontalScrollBar().isVisible() for pane in panes)
