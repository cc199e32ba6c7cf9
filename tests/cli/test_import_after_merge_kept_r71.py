"""R71-02: F70-02 skips the day's file imported again after its client was merged, but only when
the laptop's record was the one merged away.  Merged the other way, the office's record taken
into the laptop's (Caseload > Merge a duplicate into this client, opened on the laptop's
record), the same file brought the laptop's record back as a possible duplicate of itself, to
merge again for nothing (U67).  The record the merge kept, as it was when it took the other in,
is recognised too."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Payment
from db.backup import before_change_backups
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_import_after_merge_f70 import _office_and_the_laptops_day
from tests.cli.test_import_nothing_new_j59 import NOTHING_CHANGED


def _office_payment(office) -> None:
    """A payment the office alone has, so that the merge changes the laptop's record it keeps."""
    with Repository.open(office, user="cli-test") as repo:
        mine = repo.get_client(1)
        next(k for k in mine.cases if k.money).money.record_payment(Payment(kind="fine", date=date(2026, 10, 1), amount=20, receipt="F-9"))
        repo.save_client(mine)


def test_r71_02_the_days_file_again_after_the_laptops_record_took_the_office_in_adds_nothing(tmp_path):
    office, day, name = _office_and_the_laptops_day(tmp_path)
    _office_payment(office)
    assert "Check 1 client" in clinic_app("import", day, "--db", office).stdout
    merged = clinic_app("merge", "--db", office, "--into", "2", "--from", "1", "--force")  # the laptop's record kept (P129-02: --force)
    assert merged.returncode == 0 and "Takes from id 1: fine payment $20" in merged.stdout, merged.stdout
    with Repository.open(office) as repo:
        kept = repo.get_client(2)
    copies = before_change_backups(office.parent / "backups", office, "import")

    again = clinic_app("import", day, "--db", office)
    assert again.returncode == 0, again.stderr
    assert f"Skipped 1 client already in the caseload: imported before with the same record, and kept since by a merge " \
           f"that took another record into it: {name} (id 2, which took in id 1)." in again.stdout, again.stdout
    assert "Check" not in again.stdout and again.stdout.endswith(NOTHING_CHANGED)
    assert before_change_backups(office.parent / "backups", office, "import") == copies
    with Repository.open(office) as repo:
        assert repo.client_ids() == [2] and repo.get_client(2) == kept


def test_r71_02_a_record_changed_here_before_the_merge_is_a_duplicate_again(tmp_path):
    office, day, name = _office_and_the_laptops_day(tmp_path)
    _office_payment(office)
    assert clinic_app("import", day, "--db", office).returncode == 0
    with Repository.open(office, user="cli-test") as repo:
        laptop = repo.get_client(2)
        laptop.phone = "(661) 555-0199"  # put right here before the merge: the file's record is not the one kept
        repo.save_client(laptop)
    assert clinic_app("merge", "--db", office, "--into", "2", "--from", "1", "--force").returncode == 0
    again = clinic_app("import", day, "--db", office)
    assert "Check 1 client who shares a name and date of birth" in again.stdout and "kept since" not in again.stdout, again.stdout
    with Repository.open(office) as repo:
        assert repo.client_ids() == [2, 3]


def test_r71_02_after_the_merge_is_undone_the_record_is_skipped_as_the_one_put_back(tmp_path):
    import copy
    import json

    from clinic_app.merging import merge_into
    from clinic_app.screening_format import client_and_reviews_from_request

    office, day, name = _office_and_the_laptops_day(tmp_path)
    _office_payment(office)
    (there, _reviews), = [client_and_reviews_from_request(json.loads(line)) for line in day.read_text().splitlines()]
    with Repository.open(office, user="cli-test") as repo:
        assert repo.import_clients([copy.deepcopy(there)]).similar == [(name, 1, 2)]
        mine, theirs = repo.get_client(2), repo.get_client(1)
        done = repo.merge_clients(merge_into(mine, theirs, keys_used=repo.record_keys_used(2)), 1, expected=(mine, theirs))
        assert repo.import_would_change([copy.deepcopy(there)]) is False
        result = repo.import_clients([copy.deepcopy(there)])
        assert (result.ids, result.similar, result.kept) == ([], [], [(name, 2, 1)])
        repo.unmerge(done)
        result = repo.import_clients([copy.deepcopy(there)])
        assert (result.ids, result.skipped, result.kept) == ([], [(name, 2)], [])
