"""K99-05: at intake, the offense typed ("484") with its suggestions up, Alt+E went to the
conviction date (K99-01), as Alt+T to the sentence, but the suggestion list stayed open: it had
the keyboard, and the date typed next went into the offense, "4843/2/2015", the date left empty.
Tab closed the list; an Alt letter leaving the field now closes it too, and the keys typed next
go where the keyboard is.  The keys are sent as the keyboard sends them: to the open list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_dialog_keyboard import intake  # noqa: F401  (fixture: a client started by the keyboard)

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

ALT = Qt.KeyboardModifier.AltModifier


def _where_keys_go():
    """The open suggestion list while it is up (it has the keyboard), else the focused field."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


@pytest.mark.parametrize(("letter", "field"), [(Qt.Key.Key_E, "date"), (Qt.Key.Key_U, "probation_end")])
def test_k99_05_an_alt_letter_from_the_offense_closes_its_suggestions_and_the_date_goes_where_the_keyboard_is(
        qtbot, intake, monkeypatch, letter, field):
    monkeypatch.setattr("ui.intake.ask_unadded_case", lambda _parent, problem, where: "discard")
    dialog = intake
    row = dialog.conviction
    qtbot.keyClicks(dialog.case_number, "BA400400")
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Tab)
    qtbot.keyClicks(row.offense, "484")
    popup = row.offense.completer().popup()
    assert popup.isVisible()  # the suggestions are up: the keyboard's keys go to them
    qtbot.keyClick(_where_keys_go(), letter, ALT)
    target = row.date if field == "date" else dialog.probation_end
    assert QApplication.focusWidget() is target
    assert not popup.isVisible()
    qtbot.keyClicks(_where_keys_go(), "3/2/2015")
    assert (row.offense.text(), target.text()) == ("484", "3/2/2015")
