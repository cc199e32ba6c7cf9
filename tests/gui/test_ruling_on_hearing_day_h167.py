"""H167-02: the attorney back from the morning's hearings entered each ruling on the Record tab
by keyboard (Tab to Ruling, G for Granted, Ctrl+S): "Ruled on" stayed blank unless typed, and
was saved so: the caseload line and the header read "granted: record the relief on the count"
and the client's handout "The judge said yes." with no day, the day the relief took effect
nowhere.  A ruling (Granted or Denied) chosen on a petition whose hearing day has come, with no
ruling day typed, now takes the hearing day as its own, shown in the field to correct; Undo
takes both back in one step.  A hearing still to come, or a day already typed, is left as it is."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Petition
from tests.gui.conftest import TODAY, list_line, open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

FILED = TODAY - timedelta(days=40)


def _choose_by_keyboard(qtbot, row, key) -> None:
    row.ruling.setFocus()
    qtbot.keyClick(row.ruling, key)


def test_h167_02_a_ruling_chosen_after_the_hearing_is_dated_the_hearing_day(qtbot, window, repo):
    client = probation_client("Hilda Audiencia")
    client.cases[0].petitions = [Petition("pc1203_4", FILED, hearing_on=TODAY)]
    client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    _choose_by_keyboard(qtbot, row, Qt.Key.Key_G)
    assert (row.ruling.currentData(), row.ruled.value()) == ("granted", TODAY)
    window.save_action.trigger()
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].ruling == "granted")
    assert repo.get_client(client_id).cases[0].petitions[0].ruling_on == TODAY
    # The header and the caseload's line say the day the court granted it.
    qtbot.waitUntil(lambda: f"; granted {TODAY.isoformat()}: record the relief" in window.client_view.outcome.text().replace("\u00a0", " "))
    assert list_line(repo, client_id).court.ruling_on == TODAY
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].ruling is None)
    assert repo.get_client(client_id).cases[0].petitions == [Petition("pc1203_4", FILED, hearing_on=TODAY)]


# R170-03: a hearing typed before the filing (the year slipped) is no day ruled on: taken, the row
# said "The ruling is dated before the filing" of a day the attorney had not typed there.
@pytest.mark.parametrize("hearing, typed", [(TODAY + timedelta(days=7), None), (TODAY - timedelta(days=3), date(2026, 11, 20)),
                                            (FILED - timedelta(days=5), None)])
def test_h167_02_a_hearing_to_come_or_a_day_typed_is_left_as_it_is(qtbot, window, repo, hearing, typed):
    client = probation_client("Dora Pendiente")
    client.cases[0].petitions = [Petition("pc1203_4", FILED, hearing_on=hearing)]
    _client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    if typed is not None:
        type_over(qtbot, row.ruled, typed.isoformat())
    _choose_by_keyboard(qtbot, row, Qt.Key.Key_G)
    assert (row.ruling.currentData(), row.ruled.value()) == ("granted", typed)
    if hearing < FILED:
        assert row.message.text() == "The hearing is dated before the filing"


def test_h167_05_granted_in_part_asks_the_ruling_day_with_the_hearing_day_come(qtbot, window, repo):
    """H167-05: "Granted in part..." asked the ruling's day blank where Granted now takes the
    hearing day come: it offers that day too, to correct, and both petitions keep it."""
    from tests.gui.test_petition_counts_y55 import two_counts
    from tests.gui.test_petition_granted_in_part_h63 import _answer_dialog, _choose_granted_in_part

    client = two_counts("Parcial Hoy")
    client.cases[0].petitions = [Petition("pc1203_4", FILED, hearing_on=TODAY - timedelta(days=1))]
    client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    offered: list = []

    def act(dialog) -> None:
        offered.append(dialog.ruled.value())
        dialog.boxes["c1-1"].setChecked(True)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    _answer_dialog(qtbot, [], act)
    _choose_granted_in_part(qtbot, row)
    qtbot.waitUntil(lambda: len(repo.get_client(client_id).cases[0].petitions) == 2)
    assert offered == [TODAY - timedelta(days=1)]
    assert [p.ruling_on for p in repo.get_client(client_id).cases[0].petitions] == [TODAY - timedelta(days=1)] * 2


@pytest.mark.parametrize("key, ruling", [(Qt.Key.Key_N, None), (Qt.Key.Key_W, "withdrawn")])
def test_r170_01_the_hearing_day_filled_goes_with_the_ruling_taken_back(qtbot, window, repo, key, ruling):
    """R170-01: G pressed where N was meant (the ruling not made yet), then N: the hearing day
    H167-02 had filled stayed in Ruled on, "Not yet" refused it ("Say the ruling, or clear its
    date") and the record stood granted until the attorney found the field to clear.  The day
    filled, untouched, goes with the ruling taken back, or changed to Withdrawn (the clinic's act,
    whose day H167-02 does not take to be the hearing's); Undo brings both again."""
    client = probation_client("Nora Todavía")
    client.cases[0].petitions = [Petition("pc1203_4", FILED, hearing_on=TODAY)]
    client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    _choose_by_keyboard(qtbot, row, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].ruling_on == TODAY)
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # not "GN", a search for neither
    (row,) = form.petitions.rows
    _choose_by_keyboard(qtbot, row, key)
    assert (row.ruling.currentData(), row.ruled.text(), row.message.text()) == (ruling, "", "")
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].ruling == ruling)
    assert repo.get_client(client_id).cases[0].petitions == [Petition("pc1203_4", FILED, hearing_on=TODAY, ruling=ruling)]
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].ruling == "granted")
    assert repo.get_client(client_id).cases[0].petitions[0].ruling_on == TODAY


def test_a170_01_the_ruling_day_filled_at_1024_x_700_is_in_sight(qtbot, window, repo):
    """A170-01: at 1024 x 700 the Record tab's pane ended on the petition's Ruling line, the
    keyboard on Ruling: G filled "Ruled on" with the hearing day on the line below, out of sight,
    where it is shown to correct.  The pane scrolls it into sight, Ruling still in sight."""
    from ui.page_scroll import scroll_area_of

    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 700))
    client = probation_client("Hilda Audiencia")
    client.cases[0].petitions = [Petition("pc1203_4", FILED, hearing_on=TODAY, note="Dept. 30")]
    client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    scroll = scroll_area_of(form)

    def whole_in_sight(field) -> bool:
        top = field.mapTo(scroll.viewport(), field.rect().topLeft()).y()
        return top >= 0 and top + field.height() <= scroll.viewport().height()

    scroll.ensureWidgetVisible(row.ruling, 0, 0)  # as Tab leaves it: the pane's foot on Ruling
    assert whole_in_sight(row.ruling) and not whole_in_sight(row.ruled)
    _choose_by_keyboard(qtbot, row, Qt.Key.Key_G)
    assert row.ruled.value() == TODAY
    assert whole_in_sight(row.ruled) and whole_in_sight(row.ruling)
    # And still so once the choice is saved and the client screened again.
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].ruling_on == TODAY)
    assert whole_in_sight(row.ruled) and whole_in_sight(row.ruling)
