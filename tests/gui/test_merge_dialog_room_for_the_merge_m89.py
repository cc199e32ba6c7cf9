"""M89-03: Caseload > Merge a duplicate into this client, for Rosa Nadie's two records, whose
Orange County case has no court number: the laptop's copy has a phone, two classes and two fine
payments this record lacks, and its cases are named "case c3 (convicted 2019-01-05, PC 647(f),
Orange County)" (U87-02).  The list of other records kept Qt's 192 pixels for its one record's
four lines, half of it empty, while What the merge does, under it, showed a few of its lines
and was read by scrolling (four of ten at 200% on a 1366 x 768 laptop).  The list is now as
tall as its records, and the room goes to what the merge does."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.merging import merge_into
from clinic_app.model import Condition, Money, Payment
from tests.test_case_titles_w80 import walk_in

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _rosa_s_two_records():
    mine, theirs = walk_in(), walk_in()
    mine.id, theirs.id = 61, 62
    for record in (mine, theirs):
        record.cases[2].money = Money(fines_ordered=300, fines_paid=100, payments=[Payment("fine", date(2019, 3, 1), 100)])
    for day in (date(2019, 4, 1), date(2019, 5, 1)):
        theirs.cases[2].money.record_payment(Payment("fine", day, 50))
    theirs.cases[2].conditions.append(Condition("class", "Theft awareness class, twelve weeks, Orange County Probation"))
    theirs.cases[0].conditions.append(Condition("class", "Anger management, 52 weeks"))
    mine.cases[2].conditions.append(Condition("community_service", "Service hours", required=40))
    theirs.person.phone = "(818) 555-0121"
    return mine, theirs


def test_m89_03_the_list_of_one_record_leaves_the_room_to_what_the_merge_does(qtbot):
    from ui.merge_dialog import MergeDialog

    mine, theirs = _rosa_s_two_records()
    dialog = MergeDialog(mine, [(theirs, merge_into(mine, theirs))])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    records, preview = dialog.records, dialog.preview
    record_height = records.visualItemRect(records.item(0)).height()
    assert record_height >= 3 * records.fontMetrics().lineSpacing()  # the record's differences, wrapped
    # The list holds its record, with no empty half under it ...
    assert records.verticalScrollBar().maximum() == 0
    assert records.viewport().height() <= record_height + records.fontMetrics().lineSpacing()
    # ... and what the merge does is read whole, without scrolling.
    assert "in case c3 (convicted 2019-01-05, PC 647(f), Orange County)" in preview.toPlainText()
    qtbot.waitUntil(lambda: preview.verticalScrollBar().maximum() == 0)


def test_m89_03_more_records_than_the_list_holds_still_scroll_in_it(qtbot):
    from ui.merge_dialog import MergeDialog

    mine, theirs = _rosa_s_two_records()
    others = []
    for n in range(6):
        other = _rosa_s_two_records()[1]
        other.id = 70 + n
        others.append((other, merge_into(mine, other)))
    dialog = MergeDialog(mine, others)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.records.height() >= 150  # Qt's own height, as before: not the six records' whole height
    assert dialog.records.verticalScrollBar().maximum() > 0
