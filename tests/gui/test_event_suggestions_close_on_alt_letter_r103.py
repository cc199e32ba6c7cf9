"""R103-03: the Record tab's Clinic event, typed with the caseload's events suggested ("Sat"
offers "Saturday Clinic 2026-11-21", E29-07), left by an Alt letter (Alt+B to Date of birth)
while its list was up: the list stayed open with the keyboard, and the date typed next went into
the event, "Sat3/2/1985", the date of birth unchanged.  K99-05 closed the offense's list so; the
event's is the other list of suggestions a form has.  The keys are sent as the keyboard sends
them: to the open list while it is up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _where_keys_go():
    """The open suggestion list while it is up (it has the keyboard), else the focused field."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def record_tab_beside_an_event(qtbot, window, repo, event: str):
    """The Record tab's person form of a client given no event, opened in a caseload where
    another client's is `event` (offered as the event is typed), and the client's id."""
    seen = probation_client("Ana Lima")
    seen.event = event
    repo.add_client(seen)
    client_id = repo.add_client(probation_client("Bruno Lima"))
    window.load()
    window.open_client(client_id)
    show_active(qtbot, window)
    return window.client_view.record.person, client_id


def test_r103_03_an_alt_letter_from_the_event_closes_its_suggestions_and_the_date_goes_where_the_keyboard_is(qtbot, window, repo):
    form, _client_id = record_tab_beside_an_event(qtbot, window, repo, "Saturday Clinic 2026-11-21")
    form.event.setFocus()
    qtbot.keyClicks(_where_keys_go(), "Sat")
    popup = form.event.completer().popup()
    assert popup.isVisible()  # the suggestions are up: the keyboard's keys go to them
    qtbot.keyClick(_where_keys_go(), Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is form.dob
    assert not popup.isVisible()
    form.dob.selectAll()
    qtbot.keyClicks(_where_keys_go(), "3/2/1985")
    assert (form.event.text(), form.dob.text()) == ("Sat", "3/2/1985")
