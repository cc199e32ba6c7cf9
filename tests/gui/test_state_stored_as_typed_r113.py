"""R113-01: a case's "State or court:" stored as typed before the box read it so ("nv" typed on
the Record tab or imported before Z112-01; "Calif." before R110-02) was read otherwise by the
form as the client was opened: the record read as changed with nothing typed (Save lit), and
going back to the list saved "Edit Case NV08-50005, state or court" in the paralegal's name, an
undo step and a line of History of an edit nobody made; a "Calif." case so became California,
its screening changed from every remedy not applicable to "Eligible now" unseen.  The box, as
the stored case loaded it, keeps the case as stored (as a text field does, F83-02); a "Calif."
case is said beside it, for the user to put right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import open_on_record, probation_client, type_and_leave

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _stored_as(jurisdiction: str):
    client = probation_client("Rosalind Ferreira", case_number="NV08-50005")
    client.cases[0].jurisdiction = jurisdiction
    return client


@pytest.mark.parametrize("stored", ["nv", "Calif."])
def test_r113_01_a_case_stored_as_typed_opened_and_left_is_no_edit(qtbot, window, repo, stored):
    client_id, form = open_on_record(window, repo, _stored_as(stored))
    assert window.client_view._pending() is None  # nothing typed: nothing to save
    form.jurisdiction.setFocus()
    qtbot.keyClick(form.jurisdiction, Qt.Key.Key_Tab)  # tabbed through the form, nothing typed
    assert form.jurisdiction.text() == stored
    window.show_caseload()
    assert repo.get_client(client_id).cases[0].jurisdiction == stored
    assert not window.statusBar().currentMessage().startswith("Saved")
    assert not window.undo_action.isEnabled()


def test_r113_01_a_case_stored_as_calif_is_said_beside_the_box_and_put_right_there(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, _stored_as("Calif."))
    assert form.rows["jurisdiction"].message.text() == (
        "Stored as typed, so screened as a court outside California: clear this box to make it a California case")
    type_and_leave(qtbot, window.client_view.record.person.phone, "555-0101")  # other edits saved meanwhile
    assert repo.get_client(client_id).phone == "555-0101"
    assert repo.get_client(client_id).cases[0].jurisdiction == "Calif."
    type_and_leave(qtbot, form.jurisdiction, "")
    assert repo.get_client(client_id).cases[0].jurisdiction == "CA"
    assert form.rows["jurisdiction"].message.text() == ""


def test_r113_01_a_state_typed_again_over_its_stored_spelling_is_stored_upper_case(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, _stored_as("nv"))
    type_and_leave(qtbot, form.jurisdiction, "NV")
    assert repo.get_client(client_id).cases[0].jurisdiction == "NV"
    assert form.rows["jurisdiction"].message.text() == ""
