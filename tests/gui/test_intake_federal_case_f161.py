"""F161: at a clinic event Andre (synthetic) said he had a 2016 federal wire-fraud conviction and
a 2019 Los Angeles petty theft.  The volunteer typed the federal count as his papers write it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_first_clinic_event_e29 import _choose

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _intake(qtbot, repo):
    from tests.gui.conftest import TODAY
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Andre Testfederal")
    qtbot.keyClicks(dialog.dob, "1985-03-02")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    return dialog


def _federal_count(qtbot, dialog, court: str) -> str:
    """The count typed, its court in State or court: what its note says before Enter adds it."""
    qtbot.keyClicks(dialog.case_number, "2:16-cr-00412")
    qtbot.keyClicks(dialog.jurisdiction, court)
    qtbot.keyClicks(dialog.conviction.offense, "18 U.S.C. § 1343")
    _choose(qtbot, dialog.conviction.level, "Felony")
    qtbot.keyClicks(dialog.conviction.date, "2016-05-10")
    _choose(qtbot, dialog.sentence, "State prison")
    return dialog.conviction.message.text()


def test_f161_01_a_federal_count_is_said_and_stored_as_typed(qtbot, repo):
    """F161-01: the count's note read "PC 18u.s.c.1343: this case is from a court outside
    California", and it was stored so, under the Penal Code."""
    dialog = _intake(qtbot, repo)
    said = _federal_count(qtbot, dialog, "federal")
    assert said.startswith("18 USC 1343: this case is from a court outside California (federal)"), said
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    count = repo.get_client(dialog.client.id).cases[0].convictions[0]
    assert (count.code, count.section) == ("other", "18 USC 1343")


def test_f161_01_the_record_tab_shows_it_as_typed_and_saves_nothing_new(qtbot, window, repo):
    """Opened on the Record tab, the count reads as typed, and typed back over a slip writes nothing."""
    from tests.federal_court_client import andre
    from tests.gui.test_checklist_keyboard import open_on_tab
    from tests.gui.test_count_typed_back_r84a import _retype

    view, client_id = open_on_tab(qtbot, window, repo, andre("en"), 0)
    row = view.record.case_form.convictions.rows[0]
    assert row.offense.text() == "18 USC 1343"
    steps = window.undo_stack.count()
    _retype(qtbot, row.offense, "488", "18 u.s.c. 1343")
    stored = repo.get_client(client_id).cases[0].convictions[0]
    assert (stored.code, stored.section) == ("other", "18 USC 1343")
    assert window.undo_stack.count() == steps, window.undo_action.text()
