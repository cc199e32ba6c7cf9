"""W88-02: the laptop closed and opened again at the evening's clinic, intake's Event box is blank
(K19-09, kept), and Down in it chose the first past event alphabetically, "Clean Slate Clinic —
Pomona, 2026-09-12", not the evening's: the volunteer who pressed Down and went on filed the
walk-in under September's clinic.  The past events are offered the most recent first, by the
last client taken in at each, in intake's box, the Event filter of the list and the Record tab's
Clinic event, all from one ordering (CaseloadModel.events)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client, show_active
from tests.gui.test_intake_done_on_the_client_z86 import _at_intake

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

POMONA = "Clean Slate Clinic — Pomona, 2026-09-12"
COMPTON = "Expungement Fair — Compton, 2026-10-17"
TONIGHT = "Saturday Clinic St. Agnes Hall 2026-12-05"
MOST_RECENT_FIRST = [TONIGHT, COMPTON, POMONA]


@pytest.fixture
def three_clinics(repo):
    """Clients taken in at three clinics, one after the other; the evening's last."""
    ids = {}
    for name, event in (("Ana Peña", POMONA), ("Beto Bravo", COMPTON), ("Carla Díaz", POMONA), ("Dora Ruiz", COMPTON),
                        ("Maria Elena Guzman Rios", TONIGHT)):
        ids[name] = repo.add_client(probation_client(name, event=event))
    return ids


def test_w88_02_down_in_intake_s_blank_event_box_chooses_the_most_recent_event(qtbot, window, three_clinics):
    window.load()  # the program started again: its list read from the caseload
    show_active(qtbot, window)
    window.caseload.table.setFocus()
    seen: dict = {}

    def look(dialog) -> None:
        seen["blank"] = dialog.event.currentText()
        seen["offered"] = [dialog.event.itemText(i) for i in range(dialog.event.count())]
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # "E&vent:" (K99-01)
        seen["in_box"] = QApplication.focusWidget() in (dialog.event, dialog.event.lineEdit())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        seen["down"] = dialog.event.currentText()

    _at_intake(qtbot, window, look)

    assert seen["blank"] == ""  # K19-09: nobody filed under a past event unasked
    assert seen["offered"] == MOST_RECENT_FIRST
    assert seen["in_box"] and seen["down"] == TONIGHT


def test_w88_02_the_event_filter_and_the_record_offer_them_in_the_same_order(qtbot, window, three_clinics):
    window.load()
    box = window.caseload.event
    assert [box.itemText(i) for i in range(box.count())] == ["Any event", *MOST_RECENT_FIRST]

    window.open_client(three_clinics["Ana Peña"])
    completer = window.client_view.record.person.event.completer()
    assert completer.model().stringList() == MOST_RECENT_FIRST


def test_w88_02_an_event_whose_newest_client_is_deleted_takes_its_place_by_the_next(qtbot, window, repo, three_clinics):
    window.load()
    model = window.caseload.model
    assert model.events() == MOST_RECENT_FIRST
    repo.add_client(probation_client("Eva Soto", event=POMONA))  # a late walk-in under September's clinic...
    window.load()
    assert model.events() == [POMONA, TONIGHT, COMPTON]
    model.remove_client(max(row.id for row in model.all_rows() if row.event == POMONA))  # ...deleted: typed on the wrong day
    assert model.events() == MOST_RECENT_FIRST
    tonight = three_clinics["Maria Elena Guzman Rios"]
    row = model.listed(tonight)
    model.update_client(type(row)(**{**row.__dict__, "event": COMPTON}))  # the evening's only client moved
    assert model.events() == [COMPTON, POMONA]
