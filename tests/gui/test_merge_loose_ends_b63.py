"""B63: Merge a duplicate's loose ends: what the dialog lists of the pair."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client
from tests.gui.test_merge_duplicate_m44 import merge_by_keyboard

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_b63_04_the_list_says_an_attorney_review_only_one_record_has(qtbot, window, repo):
    office_id = repo.add_client(probation_client("Rosa Delgado"))
    there = copy.deepcopy(repo.get_client(office_id))
    there.id, there.phone = None, "(559) 555-0177"
    (laptop_id,) = repo.import_clients([there]).ids  # the laptop's copy: a phone taken down at the fair
    case = repo.get_client(laptop_id).cases[0].id
    repo.record_review(laptop_id, case, None, "pc1203_4", "checked at the fair", reviewer="atty-lopez")
    window.load()
    window.open_client(office_id)

    seen = merge_by_keyboard(qtbot, window, keys=((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),))  # looked at only
    seen_dialog = seen["items"][0]
    # It read "differs in phone (...)" alone: merging the other way, or deleting "the extra
    # one", would take the review with no word of it, where the import had named it.
    assert f"; 1 attorney review only in id {laptop_id} (" in seen_dialog and seen_dialog.endswith("by atty-lopez)")
    assert laptop_id in repo.client_ids()
