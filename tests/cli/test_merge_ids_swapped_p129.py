"""P129-02: `clinic-app merge` with the ids swapped.  The import printed `merge --into 1 --from 2`
(the office's client kept, the laptop's copy taken in); a tired paralegal typed `--into 2
--from 1`, and the office's record, here before the import, was taken away into the laptop's
copy: its number gone, its phone kept no more, with no undo at a terminal.  The window's dialog
says which record came by import before anything is merged (X45); the terminal said nothing."""

from __future__ import annotations

from db.repository import Repository
from tests.cli.test_cli import assert_plain_error, clinic_app
from tests.cli.test_import_after_merge_f70 import _office_and_the_laptops_day


def test_p129_02_the_import_s_copy_kept_over_the_record_here_before_is_refused_and_the_right_merge_said(tmp_path):
    office, day, _name = _office_and_the_laptops_day(tmp_path)
    assert clinic_app("import", day, "--db", office).returncode == 0
    with Repository.open(office) as repo:
        before = (repo.get_client(1), repo.get_client(2))

    swapped = clinic_app("merge", "--db", office, "--into", "2", "--from", "1")

    assert_plain_error(swapped, 2, f"id 2 is the copy the import of {day} added on", "beside id 1, which was in the caseload "
                       "before it", "so id 1 would go. Nothing was merged.",
                       f"To keep the record that was here: clinic-app merge --db {office} --into 1 --from 2",
                       "add --force")
    with Repository.open(office) as repo:
        assert (repo.get_client(1), repo.get_client(2)) == before


def test_p129_02_force_keeps_the_import_s_copy_and_the_right_way_round_needs_nothing(tmp_path):
    office, day, _name = _office_and_the_laptops_day(tmp_path)
    assert clinic_app("import", day, "--db", office).returncode == 0
    forced = clinic_app("merge", "--db", office, "--into", "2", "--from", "1", "--force")
    assert forced.returncode == 0 and "Merged id 1 into" in forced.stdout, forced.stderr
    with Repository.open(office) as repo:
        assert repo.client_ids() == [2]

    office2, day2, _name = _office_and_the_laptops_day(tmp_path / "again")
    assert clinic_app("import", day2, "--db", office2).returncode == 0
    right = clinic_app("merge", "--db", office2, "--into", "1", "--from", "2")
    assert right.returncode == 0, right.stderr
    with Repository.open(office2) as repo:
        assert repo.client_ids() == [1]
