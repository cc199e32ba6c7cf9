"""U71-04: the client's check boxes on the Record page (Registered under PC 290, pending charge,
fire camp, trafficking survivor) had no Alt letter, every other letter of their words being taken
on the page (A70): each was many Tabs away.  They are in one group, "Other questions", whose
Alt+Q goes to its first box (ticking nothing); Tab goes on through the others, Space ticks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client, show_active


def test_alt_q_goes_to_the_clients_check_boxes_and_space_ticks_one(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Quique Casillas"))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    person = window.client_view.record.person
    person.name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(person.name.hasFocus)
    qtbot.keyClick(person.name, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(person.registrant.hasFocus)
    assert not person.registrant.isChecked() and person.name.text() == "Quique Casillas"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is person.fire_camp
    qtbot.keyClick(person.fire_camp, Qt.Key.Key_Space)
    assert person.fire_camp.isChecked()
    window.client_view.save_button.click()
    assert repo.get_client(client_id).person.fire_camp is True
