"""X110: a case from another state, end to end.

X110-01: a count of a case marked another state's on the Record tab (L109-04's "State or court:"
box) still said "NRS 205.240: not in the offense catalog; it can be saved and will be marked for
attorney review".  The catalog is California's: a Nevada count is not in it, nor need be, and no
review of a California remedy comes of it (every one is not_applicable).  The count says what is
true: no California remedy reaches a case from another state's court, and an attorney may look
at that state's own relief; no catalog section is asked for.

X110-02: intake had no way to mark a case from another state: a volunteer typed the Nevada case
there, it was screened as a California one (PC 1203.4a "needs review"), and the Record tab was
the only place to say otherwise, after the client had gone.  Intake's case line has the Record
tab's "State or court:" box, read by the same rule (`screening_format.jurisdiction_written`):
blank is California; it is not kept for the next case, as the county is, since a case from
another state is the odd one of a record."""

from __future__ import annotations

import pytest

from tests.gui.conftest import open_on_record, probation_client, type_and_leave, type_intake_case, type_over
from tests.gui.test_intake_county_e70 import intake  # noqa: F401 - the fixture
from tests.gui.test_keyboard_x30 import _mnemonics

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _nevada_client(jurisdiction: str = "NV"):
    client = probation_client("Rosalind Ferreira", case_number="NV08-50005", section="NRS 205.240")
    client.cases[0].convictions[0].code = "NRS"
    client.cases[0].convictions[0].section = "205.240"
    client.cases[0].county = None
    client.cases[0].jurisdiction = jurisdiction
    return client


def test_x110_01_a_count_of_a_nevada_case_says_no_california_remedy_reaches_it(qtbot, window, repo):
    _client_id, form = open_on_record(window, repo, _nevada_client())
    said = form.convictions.rows[0].message.text()
    assert "not in the offense catalog" not in said and "attorney review" not in said, said
    assert said.startswith("NRS 205.240: ") and "court outside California (NV)" in said, said
    assert "no California remedy reaches it" in said and "the relief that court's own law gives" in said, said


def test_x110_01_the_count_says_so_as_the_state_is_typed_and_unsaid(qtbot, window, repo):
    _client_id, form = open_on_record(window, repo, _nevada_client("CA"))
    row = form.convictions.rows[0]
    assert "not in the offense catalog" in row.message.text()  # a California case: as before
    type_and_leave(qtbot, form.jurisdiction, "Nevada")
    assert "court outside California (Nevada)" in row.message.text(), row.message.text()
    type_and_leave(qtbot, form.jurisdiction, "california")
    assert "not in the offense catalog" in row.message.text(), row.message.text()


def test_x110_02_intake_marks_a_case_from_nevada_and_screens_it_so(qtbot, repo, intake):  # noqa: F811
    from PySide6.QtCore import Qt

    qtbot.keyClicks(intake.name, "Rosalind Ferreira")
    qtbot.keyClick(intake.name, Qt.Key.Key_Return)
    assert intake.client is not None
    label = intake._labels[intake.jurisdiction]
    assert label.text() == "State or court:" and label.buddy() is intake.jurisdiction
    assert intake.jurisdiction.placeholderText() == "California" and intake.jurisdiction.text() == ""
    type_intake_case(qtbot, intake, "BA100001", "1/15/2021", offense="484")  # California, as before
    type_intake_case(qtbot, intake, "NV08-50005", "3/2/2008", offense="NRS 205.240", enter=False)
    assert "not in the offense catalog" in intake.conviction.message.text()
    type_over(qtbot, intake.jurisdiction, "nv")  # stored upper-case, as an import stores it (Z112-01)
    said = intake.conviction.message.text()
    assert "court outside California (NV)" in said and "not in the offense catalog" not in said, said
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Return)
    cases = repo.get_client(intake.client.id).cases
    assert [(c.case_number, c.jurisdiction) for c in cases] == [("BA100001", "CA"), ("NV08-50005", "NV")]
    assert "Case 2 added and screened. It is from a court outside California (NV): no California remedy reaches it." \
        in intake.case_message.text(), intake.case_message.text()
    nevada = {d.remedy: d.status for d in intake.screening.results if d.case == cases[1].id}
    assert nevada["pc1203_4"] == "not_applicable" and nevada["pc1203_4a"] == "not_applicable"
    # Not kept for the next case, as the county is; "California" typed is stored as CA.
    assert intake.jurisdiction.text() == "" and intake.county.text() == "Los Angeles"
    type_intake_case(qtbot, intake, "BA100002", "1/15/2022", offense="484", enter=False)
    type_over(qtbot, intake.jurisdiction, "California")
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Return)
    assert repo.get_client(intake.client.id).cases[-1].jurisdiction == "CA"
    # Intake's Alt letters as they were: the box has none of its own (Tab from Which county
    # reaches it), and no two controls share one.
    intake.county.setFocus()
    qtbot.keyClick(intake.county, Qt.Key.Key_Tab)
    assert intake.jurisdiction.hasFocus()
    assert all(len(texts) == 1 for texts in _mnemonics(intake).values()), _mnemonics(intake)


def test_x110_02_ctrl_z_after_the_case_puts_its_state_back_in_the_box(qtbot, window, repo):
    from PySide6.QtCore import Qt

    from tests.gui.test_intake_undo_puts_case_back_i98 import _start
    from tests.gui.test_intake_undo_u36 import _in_intake

    window.load()

    def at_the_table(dialog):
        client_id = _start(qtbot, dialog)
        type_intake_case(qtbot, dialog, "NV08-50005", "2008-03-02", offense="NRS 205.240", enter=False)
        type_over(qtbot, dialog.jurisdiction, "NV")
        qtbot.keyClick(dialog.jurisdiction, Qt.Key.Key_Return)
        assert [c.jurisdiction for c in repo.get_client(client_id).cases] == ["NV"]
        dialog.case_number.setFocus()
        qtbot.keyClick(dialog.case_number, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        return repo.get_client(client_id).cases, dialog.case_number.text(), dialog.jurisdiction.text()

    assert _in_intake(qtbot, window, at_the_table, window.intake_action.trigger) == [([], "NV08-50005", "NV")]


def test_r111_03_an_arrest_of_a_nevada_case_says_no_california_remedy_reaches_it(qtbot, window, repo):
    """X110-01 told a count of a case from another state that no California remedy reaches it,
    but what the arrest of such a case was for still said "NRS 205.240: not in the offense
    catalog", of a catalog that is California's; said so now, and again as the box is typed."""
    from datetime import date

    from clinic_app.model import ArrestOffense, Case, Client, Person

    client = Client(name="Ari Testday", person=Person(), cases=[Case(
        id="c1", outcome="dismissed", case_number="NV08-50006", arrest_date=date(2008, 3, 2), jurisdiction="NV",
        arrest_offenses=[ArrestOffense(section="205.240", code="NRS", level="misdemeanor")])])
    _client_id, form = open_on_record(window, repo, client)
    row = form.arrest_offenses.rows[0]
    said = row.message.text()
    assert "not in the offense catalog" not in said, said
    assert said.startswith("NRS 205.240: ") and "court outside California (NV)" in said, said
    assert "no California remedy reaches it" in said and row.message.kind == "note"  # O112-04's test, one with this
    type_and_leave(qtbot, form.jurisdiction, "california")
    assert row.message.text() == "NRS 205.240: not in the offense catalog", row.message.text()
    type_and_leave(qtbot, form.jurisdiction, "Nevada")
    assert "court outside California (Nevada)" in row.message.text(), row.message.text()


def test_m58_02_intake_state_or_court_box_shows_a_court_typed_whole_on_a_laptop(qtbot, repo, intake):  # noqa: F811
    """At 1366 wide the box had its least width, room for "California" only, squeezed on a full
    line or alone on a line of its own: "Clark County, Nevada" typed there showed "County, Nevada",
    a California court refused beside it "geles Superior Court".  It has room for a county and
    state at least, and takes the room its line has, as a search box does."""
    from PySide6.QtCore import Qt

    intake.resize(1366, 700)
    qtbot.keyClicks(intake.name, "Rosalind Ferreira")
    qtbot.keyClick(intake.name, Qt.Key.Key_Return)
    type_intake_case(qtbot, intake, "NV08-50005", "3/2/2008", offense="NRS 205.240", enter=False)
    type_over(qtbot, intake.jurisdiction, "Clark County, Nevada")
    box = intake.jurisdiction
    assert box.width() > box.fontMetrics().horizontalAdvance(box.text()), (box.width(), box.text())
