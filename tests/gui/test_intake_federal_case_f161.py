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


FEDERAL_LAW = ("18 USC 1343 is federal law (the United States Code): a case from a federal court, which no California "
               "remedy reaches; type “federal” in State or court")


def test_f161_02_a_federal_count_in_a_case_left_californias_says_where_it_is_from(qtbot, repo):
    """F161-02: State or court left blank, as a volunteer does who does not know the box is for a
    federal case, the note said only "not in the offense catalog; it can be saved and will be
    marked for attorney review", and box 3 then listed six California remedies for the federal
    conviction, each "Needs review".  The note now says it is a federal court's case and where
    to say so; typed there, no California remedy is listed."""
    dialog = _intake(qtbot, repo)
    said = _federal_count(qtbot, dialog, "")
    assert said == f"{FEDERAL_LAW}; as it is, it can be saved and will be marked for attorney review"
    qtbot.keyClicks(dialog.jurisdiction, "federal")
    assert dialog.conviction.message.text().startswith("18 USC 1343: this case is from a court outside California (federal)")
    qtbot.keyClick(dialog.case_number, Qt.Key.Key_Return)
    lines = [dialog.results.item(row).text() for row in range(dialog.results.count())]
    assert lines == ["2:16-cr-00412: from a court outside California (federal): no California remedy reaches it"], lines


def test_f161_02_a_federal_arrest_offense_says_it_too(qtbot, window, repo):
    """The Record tab's arrest offense row, of a case with no conviction, says it alike."""
    from tests.federal_court_client import lena
    from tests.gui.test_checklist_keyboard import open_on_tab

    client = lena("en")
    client.cases[0].jurisdiction = "CA"
    view, _client_id = open_on_tab(qtbot, window, repo, client, 0)
    rows = view.record.case_form.arrest_offenses.rows
    assert rows[0].message.text() == FEDERAL_LAW.replace("18 USC 1343", "21 USC 844")


def test_f161_03_a_federal_courts_own_relief_is_not_called_a_states(qtbot, repo):
    """F161-03: the note of a count in a federal case ended "an attorney may look at that state's
    own relief", of a court that is no state's."""
    said = _federal_count(qtbot, _intake(qtbot, repo), "federal")
    assert said.endswith("an attorney may look at the relief that court's own law gives"), said
    assert "state's" not in said
