"""C65-04: a petition added on the Record tab for a count another desk took off the case since:
the save refused, the petition was put back asking for that count, and the warning said only
"with what you typed put back over it: check it"; the tick "VC 23152(a) (no longer on the
case)" was the one sign.  The warning now names the petition and the count."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import TODAY, open_on_record
from tests.gui.test_petition_counts_y55 import two_counts

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_a_petition_added_for_a_count_removed_there_is_put_back_and_said(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, two_counts("Cuenta Quitada"))
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        theirs.cases[0].convictions.pop(1)  # the DUI taken off the case there
        desk_2.save_client(theirs)
    with qtbot.capture_exceptions() as raised:
        qtbot.mouseClick(form.petitions.add_button, Qt.MouseButton.LeftButton)
        row = form.petitions.rows[-1]
        qtbot.waitUntil(row.counts_box.isVisible)
        qtbot.mouseClick(row.count_boxes["c1-1"], Qt.MouseButton.LeftButton)  # for the DUI alone
        qtbot.waitUntil(lambda: len(raised) >= 1)
    said = str(raised[-1][1])
    assert isinstance(raised[-1][1], ChangedElsewhere)
    assert (f"Case BA100001, the PC 1203.4 dismissal petition filed {TODAY.isoformat()}: asks relief for VC 23152(a), "
            "taken off the case in another window or on another desk") in said, said
    (row,) = form.petitions.rows
    assert {key: (box.text(), box.isChecked()) for key, box in row.count_boxes.items()} == {
        "c1-1": ("PC 459", False), "c1-2": ("VC 23152(a) (no longer on the case)", True)}
    assert window.client_view.save()
    stored = repo.get_client(client_id)
    assert [count.id for count in stored.cases[0].convictions] == ["c1-1"]  # theirs kept
    assert [(p.convictions, [c.citation for c in p.counts_removed]) for p in stored.cases[0].petitions] == [(["c1-2"], ["VC 23152(a)"])]
