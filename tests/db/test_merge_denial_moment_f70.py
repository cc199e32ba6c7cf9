"""F70-03: a merge carries a denial's typed moment across.  The attorney's review counts as a
review of a denial only if no denial of its relief was typed after it (D64-02): when the ruling
was typed is the record's "denial" "entered" row (Y64-01).  A denial the merge took from the
laptop's record came without one, so the review's day alone decided: a review made on the
hearing morning, before the ruling was typed that afternoon, read "reviewed by the attorney"
once merged, where the laptop's record had read "attorney to review"."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import date

import pytest

from clinic_app.court import court_action
from clinic_app.merging import merge_into
from db.connection import open_caseload
from db.rescreen import rescreen_caseload
from db.repository import Repository
from tests.automatic_relief import AS_OF, to_file
from tests.db.test_denials_entered_backfill_d65 import DENIED, _review
from tests.test_denial_review_before_entry_d64 import FILED, RULED, _moment


def _line(repo: Repository, client_id: int) -> str:
    return court_action(next(row for row in repo.list_clients() if row.id == client_id).court, AS_OF)


@pytest.mark.parametrize("reviewed_hour, said", [
    (9, "Denied 2026-11-20: attorney to review"),  # the hearing morning, before the ruling was typed
    (15, "Denied 2026-11-20: reviewed by the attorney 2026-11-20"),  # after it was typed
])
def test_f70_03_a_denial_taken_by_a_merge_keeps_the_moment_it_was_typed(tmp_path, reviewed_hour, said):
    clock = {"now": _moment(8, day=date(2026, 11, 2))}
    repo = Repository(open_caseload(tmp_path / "caseload.sqlite"), user="paralegal", clock=lambda: clock["now"])
    with repo:
        office = to_file("Dora Denegada")
        office.cases[0].petitions = [FILED]
        office_id = repo.add_client(office)
        laptop = copy.deepcopy(repo.get_client(office_id))
        laptop.id, laptop.phone = None, "(661) 555-0142"
        (laptop_id,) = repo.import_clients([laptop]).ids
        rescreen_caseload(repo, AS_OF, workers=1)
        _review(repo, laptop_id, _moment(reviewed_hour))
        clock["now"] = _moment(14)  # the ruling typed on the laptop's record
        stored = repo.get_client(laptop_id)
        stored.cases[0].petitions = [DENIED]
        repo.save_client(stored)
        rescreen_caseload(repo, AS_OF, workers=1)
        assert _line(repo, laptop_id) == said

        clock["now"] = _moment(17)
        mine, theirs = repo.get_client(office_id), repo.get_client(laptop_id)
        reviews = (repo.exported_reviews(office_id), repo.exported_reviews(laptop_id))
        merged = merge_into(mine, theirs, my_reviews=reviews[0], their_reviews=reviews[1],
                            keys_used=repo.record_keys_used(office_id))
        repo.merge_clients(merged, laptop_id, expected=(mine, theirs), reviews=reviews)
        rescreen_caseload(repo, AS_OF, workers=1)
        assert repo.get_client(office_id).cases[0].petitions == [replace(FILED, ruling="denied", ruling_on=RULED)]
        assert _line(repo, office_id) == said
        with repo._read() as conn:
            assert conn.execute("SELECT at FROM audit WHERE client_id = ? AND entity = 'denial' AND action = 'entered'",
                                (office_id,)).fetchall() == [(_moment(14).isoformat(),)]
