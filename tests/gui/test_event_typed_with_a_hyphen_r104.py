"""R104-04: C103-03 has `--event` take "Expungement Fair - Compton, 2026-10-17" typed at the
terminal for the clinic's "Expungement Fair — Compton, 2026-10-17", whose em dash no keyboard
types.  The window's twin: typed so in intake's Event box, or the Record tab's Clinic event, the
client was given a second event of that name with a hyphen, whose clients the day's `export
--event` and its handouts left out (and `--event` typed with a hyphen now took that one alone).
The event typed is stored as the caseload names it; two events told apart by their case alone
are kept as typed, as `--event` asks for them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import show_active
from tests.gui.test_event_suggestions_close_on_alt_letter_r103 import record_tab_beside_an_event

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

FAIR = "Expungement Fair — Compton, 2026-10-17"
TYPED = "Expungement Fair - Compton, 2026-10-17"


@pytest.mark.parametrize("events, typed, stored", [
    ([FAIR, "Office walk-in"], TYPED, FAIR),
    ([FAIR, "Office walk-in"], "Walk-in at the library", "Walk-in at the library"),  # a new event, as typed
    (["Fair — Compton", "FAIR — COMPTON"], "fair - compton", "fair - compton"),  # two as close: as typed
])
def test_r104_04_intake_stores_the_event_the_caseload_has(qtbot, repo, events, typed, stored):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=date(2026, 11, 22), events=events)
    show_active(qtbot, dialog)
    dialog.event.setFocus()
    qtbot.keyClicks(dialog.event, typed)
    qtbot.keyClicks(dialog.name, "Rosa Paz")
    dialog.dob.setFocus()
    qtbot.keyClicks(dialog.dob, "3/2/1985")
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    try:
        assert dialog.client is not None and repo.get_client(dialog.client.id).event == stored
    finally:
        dialog._clear_case()
        dialog.close()
        dialog.deleteLater()


def test_r104_04_the_record_tab_stores_the_event_the_caseload_has(qtbot, window, repo):
    form, client_id = record_tab_beside_an_event(qtbot, window, repo, FAIR)
    form.event.setFocus()
    form.event.selectAll()
    qtbot.keyClicks(QApplication.activePopupWidget() or form.event, TYPED)
    if (popup := QApplication.activePopupWidget()) is not None:
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert form.event.text() == TYPED
    qtbot.keyClick(form.event, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: repo.get_client(client_id).event is not None)
    assert repo.get_client(client_id).event == FAIR
    assert repo.events().count(FAIR) == 1 and TYPED not in repo.events()


def test_r105_04_the_client_s_own_event_retyped_is_stored_as_typed(qtbot, window, repo):
    """R105-04: the event a client alone was given at intake, "saturday clinic 2026-11-21" (the
    shift key missed), retyped on their Record tab as "Saturday Clinic 2026-11-21" was taken for
    that event, their own, and stored as it was: the field showed the correction, Ctrl+S kept the
    old spelling with not a word, and the window has no other way to put an event's name right."""
    form, client_id = _own_event_beside(qtbot, window, repo, "Office walk-in", own="saturday clinic 2026-11-21")
    assert form.event.text() == "saturday clinic 2026-11-21"
    form.event.setFocus()
    form.event.selectAll()
    qtbot.keyClicks(QApplication.activePopupWidget() or form.event, "Saturday Clinic 2026-11-21")
    if (popup := QApplication.activePopupWidget()) is not None:
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(form.event, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: repo.get_client(client_id).event != "saturday clinic 2026-11-21")
    assert repo.get_client(client_id).event == "Saturday Clinic 2026-11-21"


def test_r105_04_the_client_s_own_event_left_as_it_is_stays_beside_one_told_apart_by_case(qtbot, window, repo):
    """Their event shown as it is stored, another client's differing by its case alone: a save
    of another field keeps the client's own."""
    form, client_id = _own_event_beside(qtbot, window, repo, "SATURDAY CLINIC 2026-11-21", own="Saturday Clinic 2026-11-21")
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "(626) 555-0104")
    qtbot.keyClick(form.phone, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: repo.get_client(client_id).phone is not None)
    assert repo.get_client(client_id).event == "Saturday Clinic 2026-11-21"


def _own_event_beside(qtbot, window, repo, other: str, *, own: str):
    """A client of the event `own` open on the Record tab, another client's event `other`."""
    _form, client_id = record_tab_beside_an_event(qtbot, window, repo, other)
    client = repo.get_client(client_id)
    client.event = own
    repo.save_client(client)
    window.load()
    window.open_client(client_id)
    return window.client_view.record.person, client_id
