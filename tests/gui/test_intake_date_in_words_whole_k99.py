"""K99-03: at intake, a date typed in words, as I98-02 lets every date field take it ("2 de
septiembre de 1985", read by the search's reader, four-digit years only), scrolled inside its
field as it was typed: Date of birth showed "septiembre de 1985", its day out of sight, until
the field was left and the date written 1985-09-02.  Intake's date fields are wide enough for
the longest date in words they take ("30 de septiembre del 2021"), so what is typed is seen
whole while it is typed; nothing typed is cut, and leaving still writes it as stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY, show_active
from tests.gui.test_intake_county_alt_letter_u82 import _shows_whole

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

LAPTOP_150 = (853, 560)  # 1280 x 800 at 150%, as W28-02's


@pytest.fixture
def intake(qtbot, repo, monkeypatch):
    from ui.intake import IntakeDialog

    monkeypatch.setattr("ui.intake.ask_unadded_case", lambda _parent, problem, where: "discard")
    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    return dialog


@pytest.mark.parametrize("size", [None, LAPTOP_150])
def test_k99_03_a_date_typed_in_words_is_seen_whole_while_it_is_typed(qtbot, intake, size):
    dialog = intake
    if size is not None:
        dialog.resize(*size)
        qtbot.waitUntil(lambda: dialog.size().toTuple() == size)
    qtbot.keyClicks(dialog.name, "Rosa Septiembre")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.dob, "2 de septiembre de 1985")
    assert dialog.dob.hasFocus() and dialog.dob.text() == "2 de septiembre de 1985"  # nothing cut
    assert _shows_whole(dialog.dob), (dialog.dob.width(), dialog.dob.fontMetrics().horizontalAdvance(dialog.dob.text()))
    qtbot.keyClick(dialog.dob, Qt.Key.Key_Return)
    assert dialog.client is not None and str(dialog.client.person.dob) == "1985-09-02"
    assert dialog.dob.text() == "1985-09-02"

    row = dialog.conviction
    qtbot.keyClicks(dialog.case_number, "BA300300")
    row.offense.setFocus()
    qtbot.keyClicks(row.offense, "459")
    dialog.sentence.setFocus()
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("county_jail_1170h"))
    for field, typed in ((row.date, "30 de septiembre del 2021"), (row.offense_date, "12 de septiembre de 2021"),
                         (dialog.released, "30 de noviembre de 2022"), (dialog.probation_end, "30 de diciembre de 2023")):
        field.setFocus()
        qtbot.keyClicks(field, typed)
        assert field.text() == typed
        assert _shows_whole(field), (field.accessibleName(), field.width(), field.fontMetrics().horizontalAdvance(typed))
    qtbot.keyClick(dialog.probation_end, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    (case,) = dialog.repo.get_client(dialog.client.id).cases
    assert (str(case.convictions[0].conviction_date), str(case.convictions[0].offense_date),
            str(case.sentence.custody.release_date), str(case.sentence.custody.supervision_end)) == (
        "2021-09-30", "2021-09-12", "2022-11-30", "2023-12-30")
