"""K306-02: at 200% (a 1366 x 768 laptop, intake 667 x 344), a client started is shown box 2's
line on an arrest with no conviction scrolled into sight beside Case number (K303-03).  A client
with no case shown again (their only case undone, their record opened instead of the one just
started) heard the line, or had it shown, under the fold.  Now it is in sight as for a client
started, Case number with it, and the message under it (what was undone or opened) where it fits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Client, Person
from tests.gui.conftest import show_active, type_intake_case
from tests.gui.test_intake_returning_client_r84a import LAPTOP_200, _whole_in_sight, intake_200  # noqa: F401 - the fixture
from tests.gui.test_intake_returning_client_z83 import _start
from tests.gui.test_intake_undo_u36 import _in_intake

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k306_02_their_record_opened_instead_shows_the_line_and_what_was_opened(qtbot, repo, intake_200):
    # A record from an earlier intake that stopped before a case was added: no case.
    stored = repo.add_client(Client(name="Alejandra Cortés", person=Person(dob=date(1973, 3, 19))))
    _start(qtbot, intake_200, "Alejandra Cortes", "3/19/1973")
    qtbot.mouseClick(intake_200.open_instead, Qt.MouseButton.LeftButton)
    assert intake_200.client.id == stored and not intake_200.client.cases
    assert intake_200.case_number.hasFocus()
    scroll = intake_200.scroll
    assert _whole_in_sight(intake_200.case_number, scroll)
    assert _whole_in_sight(intake_200.arrest_way, scroll), scroll.verticalScrollBar().value()
    assert intake_200.case_message.text().startswith("Opened Alejandra Cortés (id 1), seen before;")
    assert _whole_in_sight(intake_200.case_message, scroll)  # here it fits


def test_k306_02_their_only_case_undone_shows_the_line_it_says(qtbot, window, repo, announcements):
    def at_the_table(dialog) -> tuple:
        dialog.resize(*LAPTOP_200)
        show_active(qtbot, dialog)
        qtbot.waitUntil(lambda: dialog.size().toTuple() == LAPTOP_200)
        _start(qtbot, dialog, "Dora Escala", "5/6/1970")
        type_intake_case(qtbot, dialog, "BA123456", "1/5/2018", offense="11377")
        assert not dialog.arrest_way.isVisible()
        heard_before = sum(source is dialog.arrest_way for source, _said, _how in announcements)
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        heard = sum(source is dialog.arrest_way for source, _said, _how in announcements) - heard_before
        scroll = dialog.scroll
        return (dialog.case_message.text()[:35], heard, dialog.case_number.hasFocus(),
                _whole_in_sight(dialog.case_number, scroll), _whole_in_sight(dialog.arrest_way, scroll),
                _whole_in_sight(dialog.case_message, scroll))

    window.load()
    (seen,) = _in_intake(qtbot, window, at_the_table, window.intake_action.trigger)
    # Box 2 holds the case's typing again, the sentence's fields with it; the line heard, and seen.
    # And what was undone, whole: its second line, "add it again", was cut off under the fold by
    # the margins kept around Case number and it, where the three fitted without them (K329-02).
    assert seen == ("Undone: Add case BA123456 (Dora Esc", 1, True, True, True, True), seen
