"""T103-01: a volunteer attorney's first clinic day, on a 1366 x 768 laptop.  She marked a
result reviewed with a note of a line ("Checked the docket: probation runs to 2027-02-10; ask
for early termination first") and the Eligibility table's Reviewed column grew to the whole
note: the Remedy column beside it was cut to "Dismissal after county jail or pri...", "Reduction
of a wobbler to a mis...", on every row, the statute gone from each.  The note is cut now,
where the remedies' names would not be whole beside it; whole in its tooltip, in the status
bar as the arrows come to it, and by the Menu key's "Fit" (the column's width is the user's)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.model import Case, Client, Conviction, Custody, Person, Probation, Sentence
from tests.gui.conftest import review_by_keyboard, show_active
from ui.models.determination_model import COL_REMEDY, COL_REVIEWED

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

NOTE = "Checked the docket: probation runs to 2027-02-10; ask for early termination first, then 1203.4"


def _two_cases() -> Client:
    """A DUI on probation still running, and a 2009 burglary in state prison, its release not known."""
    return Client(name="Rosa Testmartinez", person=Person(dob=date(1980, 3, 14)), cases=[
        Case(id="c1", case_number="24CJCM01234", disposition_date=date(2024, 2, 10),
             convictions=[Conviction(id="c1-1", section="23152(a)", code="VC", level="misdemeanor", conviction_date=date(2024, 2, 10))],
             sentence=Sentence(type="probation", probation=Probation(kind="summary", start=date(2024, 2, 10), end=date(2027, 2, 10)))),
        Case(id="c2", case_number="BA350123", disposition_date=date(2009, 6, 1),
             convictions=[Conviction(id="c2-1", section="459", level="felony", conviction_date=date(2009, 6, 1))],
             sentence=Sentence(type="state_prison", custody=Custody()))])


def _remedies_whole(panel) -> bool:
    table = panel.table
    return table.columnWidth(COL_REMEDY) >= table.sizeHintForColumn(COL_REMEDY)


def test_t103_01_a_review_note_leaves_the_remedies_whole_on_a_laptop(qtbot, window, repo):
    client_id = repo.add_client(_two_cases())
    window.resize(1366, 697)  # 1366 x 768, less the taskbar and the title
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Eligibility
    panel = window.client_view.eligibility
    assert _remedies_whole(panel)  # before any review

    qtbot.keyClick(window, Qt.Key.Key_F8)  # the next result to review
    review_by_keyboard(qtbot, NOTE)  # Mark reviewed
    qtbot.waitUntil(lambda: len(repo.reviews(client_id)) == 1)

    row = panel.table.currentIndex().row()
    said = panel.proxy.index(row, COL_REVIEWED).data()
    assert said.endswith(NOTE)
    # Every remedy's name whole beside the note, the statute with it.
    assert _remedies_whole(panel), (panel.table.columnWidth(COL_REMEDY), panel.table.sizeHintForColumn(COL_REMEDY))
    # The note in sight as far as it goes, its header at the least, and the whole of it on hover.
    assert panel.table.columnWidth(COL_REVIEWED) >= panel.table.horizontalHeader().sectionSizeHint(COL_REVIEWED)
    assert panel.proxy.index(row, COL_REVIEWED).data(Qt.ItemDataRole.ToolTipRole) == said
