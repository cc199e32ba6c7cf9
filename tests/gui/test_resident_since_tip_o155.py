"""O155-05: an attorney recording Teresa (synthetic), who moves to Arizona next month and asks about
a certificate of rehabilitation later, found on the Record tab a "CA resident since" field and no
word of what it counts nor where a move away is said: the screening reads its day as residence up
to the day it screens for (PC 4852.03(a)), and the record has no field for a move.  The field's
tooltip, and what a screen reader hears of it, now say both."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_o155_05_the_residence_field_says_what_it_counts_and_where_a_move_is_said(qtbot, window):
    window.new_action.trigger()
    person = window.client_view.record.person
    tip = person.resident_since.toolTip()
    assert "certificate of rehabilitation counts 5 years' residence here (PC 4852.03)" in tip
    assert ("The screening counts this day as residence up to the day it screens for: for a client who has moved, "
            "or will move, to another state, say so in Notes for the attorney") in tip
    # Heard too, with how a date is typed (the field's placeholder), and kept once a day is typed.
    assert tip in person.resident_since.accessibleDescription()
    qtbot.mouseClick(person.resident_since, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(person.resident_since, "1988-03-14")
    qtbot.keyClick(person.resident_since, Qt.Key.Key_Tab)
    assert person.resident_since.toolTip() == tip
    assert tip in person.resident_since.accessibleDescription()
