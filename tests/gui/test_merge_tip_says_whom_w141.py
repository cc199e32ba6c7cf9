"""W141-01: Caseload > Merge a duplicate into this client...'s tip said it takes in "another record
of the same name and date of birth", yet the record a laptop put a name right on (another name, a
case number of theirs) is offered too (M44), as the README says: a paralegal reading the tip before
a merge of such a pair took it for one the item does not make.  The tip names both."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client
from tests.gui.test_merge_duplicate_m44 import merge_by_keyboard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_w141_01_the_merge_tip_names_the_pair_with_another_name_it_offers(qtbot, window, repo):
    office_id = repo.add_client(probation_client("Ángel Villaseñor", case_number="TA681172"))
    there = copy.deepcopy(repo.get_client(office_id))
    there.id, there.name = None, "Ángel Villaseñor Ramírez"  # the second surname added on the laptop
    (laptop_id,) = repo.import_clients([there]).ids
    window.load()
    window.open_client(office_id)

    seen = merge_by_keyboard(qtbot, window, keys=((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),))

    assert [item.split(",")[0] for item in seen["items"]] == [f"id {laptop_id}"]  # offered, another name
    tip = " ".join(window.merge_action.toolTip().split())
    assert "the same name and date of birth, or another name or date of birth with a case number of theirs" in tip
    assert window.merge_action.statusTip() == window.merge_action.toolTip()
