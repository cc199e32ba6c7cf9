"""B84-01: a case whose number was left blank was named by its record's key in the window: "c3" in
the Eligibility table's Case column, "(case c3) · convicted · PC 647(f)" on the Record tab, "Case
c3: PC 647(f)" on the Checklist, "c1 (whole case)" in intake's "Screened on the spot" list.  A
paralegal cannot tell which case "c3" is.  Each now says its offense, day and county, as a case
numbered "unknown" does (W80-01, E83-02), the day first where a column may cut it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox

from tests.gui.conftest import TODAY, show_active
from tests.test_case_titles_w80 import walk_in
from ui.models.determination_model import COL_CASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

# walk_in's third case: a 2019 PC 647(f) in Orange County, its number left blank.
TITLE = "c3 (PC 647(f), convicted 2019-01-05, Orange County)"


def test_b84_01_the_window_names_a_case_left_blank_by_what_the_record_holds(qtbot, window, repo):
    client_id = repo.add_client(walk_in())
    window.load()
    window.open_client(client_id)
    view = window.client_view
    show_active(qtbot, window)
    assert view.record.cases.item(2).text() == "(case c3) · convicted 2019-01-05 · PC 647(f) · Orange County"
    assert view.record.cases.item(2).toolTip() == TITLE
    view.tabs.setCurrentWidget(view.eligibility)
    panel = view.eligibility
    panel.show_all.setChecked(True)
    shown = {panel.proxy.index(row, COL_CASE).data() for row in range(panel.proxy.rowCount())}
    assert "c3 (convicted 2019-01-05, PC 647(f), Orange County)" in shown and "c3" not in shown, shown
    view.tabs.setCurrentWidget(view.checklist)
    boxes = [box.title() for box in view.checklist.findChildren(QGroupBox) if box.title().startswith("Case ")]
    assert boxes[2] == f"Case {TITLE}"


def test_b84_01_intakes_list_names_a_case_left_blank_by_what_the_record_holds(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Dwayne Testperson")
    qtbot.keyClicks(dialog.dob, "11/30/1979")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    # A 2016 arrest never charged, its number not to hand at the event.
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("no_charges_filed"))
    qtbot.keyClicks(dialog.conviction.date, "9/3/2016")
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
    assert dialog.case_message.text().startswith("Case 1 added"), dialog.case_message.text()
    (case,) = repo.get_client(dialog.client.id).cases
    assert not case.case_number
    shown = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    # By its place, as "Case 1 added" said it, not its record's key "c1 (arrested 2016-09-03, ...)" (K99-02).
    assert any(line.startswith("Case 1 (no number yet), whole case: ") and "851.91" in line for line in shown), shown
    assert not any(line.startswith("c1 (whole case)") for line in shown), shown
