"""M43: two records of one client made one in the caseload (Repository.merge_clients), and
put back as they were (unmerge): both sides written in one transaction, each audited."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from clinic_app.merging import merge_into
from clinic_app.model import Case, Client, Conviction, Money, Payment, Person
from db.errors import ChangedElsewhere
from db.repository import review_contents


def _pair(repo):
    """The office's client, and the laptop's record of them added beside it by an import (a
    payment, a phone, a new case, and an attorney review of that case)."""
    office = Client(name="Marisol Ortega", person=Person(dob=date(1979, 9, 9)),
                    cases=[Case(id="c1", case_number="LA-5501", disposition_date=date(2018, 4, 4),
                                convictions=[Conviction(id="c1-1", section="484", conviction_date=date(2018, 4, 4))],
                                money=Money(fines_ordered=300, fines_paid=0))])
    office_id = repo.add_client(office)
    repo.record_review(office_id, "c1", "c1-1", "pc1203_4", "first look", reviewer="Atty. Lee")
    there = copy.deepcopy(repo.get_client(office_id))
    there.id = None
    there.phone = "(661) 555-0142"
    there.cases[0].money.record_payment(Payment(kind="fine", date=date(2026, 12, 2), amount=75, receipt="F-12"))
    there.cases.append(Case(id="c2", case_number="LA-7788", disposition_date=date(2022, 1, 1),
                            convictions=[Conviction(id="c2-1", section="10851", code="VC", conviction_date=date(2022, 1, 1))]))
    (laptop_id,) = repo.import_clients([there]).ids
    repo.record_review(laptop_id, "c2", "c2-1", "pc1203_4", "laptop review", reviewer="Atty. Lee")
    return office_id, laptop_id


def _merged(repo, office_id, laptop_id):
    mine, theirs = repo.get_client(office_id), repo.get_client(laptop_id)
    reviews = (repo.exported_reviews(office_id), repo.exported_reviews(laptop_id))
    merged = merge_into(mine, theirs, my_reviews=reviews[0], their_reviews=reviews[1], keys_used=repo.record_keys_used(office_id))
    return merged, (mine, theirs), reviews


def test_a_merge_writes_both_sides_audits_them_and_undo_puts_both_back(repo):
    office_id, laptop_id = _pair(repo)
    before_office, before_laptop = repo.get_client(office_id), repo.get_client(laptop_id)
    office_reviews = review_contents(_review_rows(repo, office_id))
    laptop_reviews = _review_rows(repo, laptop_id)
    merged, expected, reviews = _merged(repo, office_id, laptop_id)
    done = repo.merge_clients(merged, laptop_id, expected=expected, reviews=reviews)

    kept = repo.get_client(office_id)
    assert kept.phone == "(661) 555-0142" and [c.case_number for c in kept.cases] == ["LA-5501", "LA-7788"]
    assert [p.amount for p in kept.cases[0].money.payments] == [75] and kept.cases[0].money.fines_paid == 75
    assert [(rv.case, rv.conviction, rv.note) for rv in repo.reviews(office_id)] == [("c1", "c1-1", "first look"),
                                                                                     ("c2", "c2-1", "laptop review")]
    assert laptop_id not in repo.client_ids() and repo.search_ids("Marisol") == [office_id]
    merge, = [e for e in repo.history(office_id) if e.action == "merge"]
    assert merge.after["merged_from"] == laptop_id and merge.before["phone"] is None
    away, = [e for e in repo.history(laptop_id) if e.action == "merge away"]
    assert away.after == {"merged_into": office_id} and away.before["phone"] == "(661) 555-0142"  # the other's record kept
    added_review, = [e for e in repo.history(office_id) if e.entity == "review" and (e.after or {}).get("merged_from")]
    assert added_review.after["merged_from"] == laptop_id

    repo.unmerge(done)
    assert repo.get_client(office_id) == before_office and repo.get_client(laptop_id) == before_laptop
    assert review_contents(_review_rows(repo, office_id)) == office_reviews
    assert review_contents(_review_rows(repo, laptop_id)) == review_contents(laptop_reviews)
    assert sorted(repo.search_ids("Marisol")) == [office_id, laptop_id]
    assert [e.action for e in repo.history(laptop_id)][:1] == ["unmerge"] and repo.history(office_id)[0].action == "unmerge"


def _review_rows(repo, client_id):
    cursor = repo.db.conn.execute("SELECT * FROM reviews WHERE client_id = ? ORDER BY id", (client_id,))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def test_a_merge_that_fails_half_way_leaves_both_records_as_they_were(repo):
    """One transaction: the other record's audit line is the last write; refused there (the
    disk full, say), the kept record's update and the other's removal go back with it."""
    office_id, laptop_id = _pair(repo)
    before = (repo.get_client(office_id), repo.get_client(laptop_id), _review_rows(repo, office_id))
    merged, expected, reviews = _merged(repo, office_id, laptop_id)
    repo.db.conn.execute("CREATE TEMP TRIGGER full BEFORE INSERT ON audit WHEN NEW.action = 'merge away' "
                         "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")
    with pytest.raises(Exception, match="full"):
        repo.merge_clients(merged, laptop_id, expected=expected, reviews=reviews)
    assert (repo.get_client(office_id), repo.get_client(laptop_id), _review_rows(repo, office_id)) == before
    assert not [e for e in repo.history(office_id) if e.action == "merge"]


def test_a_merge_worked_out_on_a_record_changed_since_is_refused(repo):
    office_id, laptop_id = _pair(repo)
    merged, expected, reviews = _merged(repo, office_id, laptop_id)
    repo.record_review(laptop_id, "c1", "c1-1", "pc1203_4", "another desk", reviewer="Atty. Kim")
    with pytest.raises(ChangedElsewhere, match="nothing was merged"):
        repo.merge_clients(merged, laptop_id, expected=expected, reviews=reviews)
    assert laptop_id in repo.client_ids() and repo.get_client(office_id) == expected[0]
