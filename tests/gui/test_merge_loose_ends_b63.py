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


def test_b63_07_a_pair_whose_date_of_birth_another_desk_put_right_is_not_offered(qtbot, window, repo, tmp_path):
    """The window's list line is older than another desk's correction: the pair it named was
    offered, and merged, though `clinic-app merge` refuses the two records as they are stored."""
    from clinic_app import cli
    from db.repository import Repository

    kept = repo.add_client(probation_client("Rosa Delgado", case_number="BA100001"))
    other = repo.add_client(probation_client("Rosa Delgado", case_number="LA778812"))
    window.load()
    window.open_client(kept)
    with Repository.open(tmp_path / "caseload.sqlite", user="front-desk") as desk:
        record = desk.get_client(other)
        record.person.dob = record.person.dob.replace(year=1991)  # her daughter, with the same name
        desk.save_client(record)
    with pytest.raises(cli.UsageError, match="is not a possible duplicate"):
        cli._refuse_other_people(repo.get_client(kept), repo.get_client(other), tmp_path / "caseload.sqlite")

    seen = merge_by_keyboard(qtbot, window)

    assert seen["items"] == [] and seen["message"].startswith("Rosa Delgado has no possible duplicate")
    assert other in repo.client_ids()
