"""F70-02 (U67's "left alone" 3): the same day's file imported again after its client was merged
brought the laptop's record back, "Check 1 client who shares a name and date of birth with a
client already here", for a second paralegal to merge again for nothing.  The record the merge
took away is recognised: said "already in the caseload", nothing added, no copy made before."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.demo import generate_clients
from clinic_app.model import Case, Conviction, Payment
from db.backup import before_change_backups
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.cli.test_import_nothing_new_j59 import NOTHING_CHANGED


def _office_and_the_laptops_day(tmp_path):
    """Rosa at the office with one case; at the event, entered again on a laptop with another
    case and a payment, exported at the end of the day."""
    office, laptop, day = tmp_path / "office.sqlite", tmp_path / "laptop.sqlite", tmp_path / "day.jsonl"
    rosa = next(c for c in generate_clients(40, seed=5) if c.cases and any(k.money for k in c.cases))
    with Repository.open(office, user="cli-test") as repo:
        repo.add_client(copy.deepcopy(rosa))
    there = copy.deepcopy(rosa)
    there.phone = "(661) 555-0142"
    there.cases.append(Case(id="c9", case_number="BA500001", disposition_date=date(2022, 1, 1),
                            convictions=[Conviction(id="c9-1", section="10851", code="VC", conviction_date=date(2022, 1, 1))]))
    next(k for k in there.cases if k.money).money.record_payment(Payment(kind="fine", date=date(2026, 11, 22), amount=75, receipt="F-12"))
    with Repository.open(laptop, user="cli-test") as repo:
        repo.add_client(there)
    assert clinic_app("export", "--db", laptop, "--all", "--out", day).returncode == 0
    return office, day, rosa.name


def test_f70_02_the_days_file_imported_again_after_the_merge_adds_nothing(tmp_path):
    office, day, name = _office_and_the_laptops_day(tmp_path)
    first = clinic_app("import", day, "--db", office)
    assert first.returncode == 0 and "Check 1 client who shares a name and date of birth" in first.stdout, first.stdout
    merged = clinic_app("merge", "--db", office, "--into", "1", "--from", "2")
    assert merged.returncode == 0, merged.stderr
    with Repository.open(office) as repo:
        kept = repo.get_client(1)
    copies = before_change_backups(office.parent / "backups", office, "import")

    again = clinic_app("import", day, "--db", office)
    assert again.returncode == 0, again.stderr
    assert f"Skipped 1 client already in the caseload: imported before with the same record, and merged since into the " \
           f"client kept: {name} (id 1, merged from id 2)." in again.stdout
    assert "Check" not in again.stdout and again.stdout.endswith(NOTHING_CHANGED)
    assert before_change_backups(office.parent / "backups", office, "import") == copies
    with Repository.open(office) as repo:
        assert repo.client_ids() == [1] and repo.get_client(1) == kept


def test_f70_02_a_record_changed_here_before_the_merge_is_a_duplicate_again(tmp_path):
    """Only the very record merged away is taken as in the caseload."""
    office, day, name = _office_and_the_laptops_day(tmp_path)
    assert clinic_app("import", day, "--db", office).returncode == 0
    with Repository.open(office, user="cli-test") as repo:
        laptop = repo.get_client(2)
        laptop.phone = "(661) 555-0199"  # put right here before the merge: the file's record is not the one merged
        repo.save_client(laptop)
    assert clinic_app("merge", "--db", office, "--into", "1", "--from", "2").returncode == 0
    again = clinic_app("import", day, "--db", office)
    assert again.returncode == 0 and "Check 1 client who shares a name and date of birth" in again.stdout, again.stdout
    with Repository.open(office) as repo:
        assert repo.client_ids() == [1, 3]


def test_f70_02_after_the_merge_is_undone_the_record_is_skipped_as_the_one_put_back(tmp_path):
    from clinic_app.merging import merge_into
    from clinic_app.screening_format import client_and_reviews_from_request
    import json

    office, day, name = _office_and_the_laptops_day(tmp_path)
    (there, _reviews), = [client_and_reviews_from_request(json.loads(line)) for line in day.read_text().splitlines()]
    with Repository.open(office, user="cli-test") as repo:
        assert repo.import_clients([copy.deepcopy(there)]).similar == [(name, 1, 2)]
        mine, theirs = repo.get_client(1), repo.get_client(2)
        done = repo.merge_clients(merge_into(mine, theirs, keys_used=repo.record_keys_used(1)), 2, expected=(mine, theirs))
        assert repo.import_would_change([copy.deepcopy(there)]) is False
        result = repo.import_clients([copy.deepcopy(there)])
        assert (result.ids, result.similar, result.merged) == ([], [], [(name, 1, 2)])
        repo.unmerge(done)
        result = repo.import_clients([copy.deepcopy(there)])
        assert (result.ids, result.skipped, result.merged) == ([], [(name, 2)], [])
        merged_again = repo.merge_clients(merge_into(repo.get_client(1), repo.get_client(2), keys_used=repo.record_keys_used(1)), 2,
                                          expected=(repo.get_client(1), repo.get_client(2)))
        assert merged_again is not None
        repo.delete_client(1)  # the client kept is gone: the file's record is not in the caseload
        result = repo.import_clients([copy.deepcopy(there)])
        assert result.ids == [3] and result.merged == []
