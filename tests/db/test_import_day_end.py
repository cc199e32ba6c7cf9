"""The end of a clinic day, played for real (M29): three laptops' exports imported into the
clinic's caseload.  Work done on a laptop is never lost, silently duplicated or silently
dropped, and the paralegal is told what to check and why."""

from __future__ import annotations

import copy

from clinic_app.demo import generate_clients
from clinic_app.screening_format import client_from_request, client_to_request_dict


def _laptop_copy(repo, client_id):
    """The client as a laptop that imported the clinic's export has them."""
    return client_from_request(client_to_request_dict(copy.deepcopy(repo.get_client(client_id))))


def test_m29_01_a_client_renamed_on_a_laptop_is_named_for_checking_not_added_without_a_word(repo):
    """M29-01: a typo in a name put right on a laptop ("François Wong" to "François Wonge"):
    the import found no client of that name and date of birth and added the client again,
    said only as "Imported 1 client (id 8)": a duplicate nobody was told of, and not under
    "Possible duplicates" either (that count goes by name).  It is still added (nothing
    overwritten), and named beside the client with the same date of birth and cases."""
    (office_id,) = repo.add_clients(generate_clients(1, seed=21))
    there = _laptop_copy(repo, office_id)
    old_name = there.name
    there.name = old_name + "e"
    result = repo.import_clients([there])
    assert len(result.ids) == 1 and result.similar == []
    assert result.renamed == [(there.name, office_id, result.ids[0], old_name)]
    said = " ".join(result.lines("day.jsonl"))
    assert f"{there.name} (id {result.ids[0]}; here as {old_name}, id {office_id})" in said
    assert repo.get_client(result.ids[0]).name == there.name and repo.get_client(office_id).name == old_name
    # The same file again: the renamed client is there now, with the same record, and skipped.
    again = repo.import_clients([copy.deepcopy(there)])
    assert again.ids == [] and again.renamed == [] and again.skipped == [(there.name, result.ids[0])]


def test_m29_01_two_people_with_no_cases_and_one_birthday_are_not_called_renamed(repo):
    """A client with no cases yet has nothing to be recognised by but the date of birth."""
    from clinic_app.model import Client, Person
    from datetime import date

    (office_id,) = repo.add_clients([Client(name="Ana Ruiz", person=Person(dob=date(1990, 1, 2)))])
    result = repo.import_clients([Client(name="Beto Soto", person=Person(dob=date(1990, 1, 2)))])
    assert len(result.ids) == 1 and result.renamed == [] and result.similar == []


def test_m29_02_a_possible_duplicate_is_told_with_what_differs(repo):
    """M29-02: a returning client given a payment on one laptop, a class ticked on another
    and a new case on a third came back as three "possible duplicates" named by their ids
    alone ("Anahit Robinson (ids 1 and 7)"): the paralegal had to open both and compare every
    case, condition and payment to find the one payment.  What differs is said, pair by pair."""
    from datetime import date

    from clinic_app.model import Condition, Payment

    office_id, ticked_id = repo.add_clients(generate_clients(2, seed=21))
    paid = _laptop_copy(repo, office_id)
    case = paid.cases[0]
    if case.money is None:
        from clinic_app.model import Money

        case.money = Money()
    case.money.record_payment(Payment(kind="restitution", date=date(2026, 12, 2), amount=100, receipt="R-LAP1"))
    phoned = _laptop_copy(repo, office_id)
    phoned.phone = "(559) 555-0100"
    phoned.cases = phoned.cases[:1]
    ticked = _laptop_copy(repo, ticked_id)
    ticked.cases[0].conditions.append(Condition(kind="class", label="Anger management", required=10, done=10,
                                                completed_on=date(2026, 12, 2)))
    result = repo.import_clients([paid, phoned, ticked])
    new_paid, new_phoned, new_ticked = result.ids
    lines = result.lines("day.jsonl")
    said = "\n".join(lines)
    number = case.case_number or case.id
    assert (f"{paid.name}, id {new_paid} beside id {office_id}: case {number}: 1 payment only in id {new_paid} "
            f"(restitution $100 on 2026-12-02, receipt R-LAP1)") in said
    assert f"id {new_phoned} beside id {office_id}: phone ((559) 555-0100 in id {new_phoned}" in said
    if len(repo.get_client(office_id).cases) > 1:
        dropped = repo.get_client(office_id).cases[1]
        assert f"case {dropped.case_number or dropped.id} only in id {office_id}" in said
    assert f"Anger management only in id {new_ticked}" in said
    # Nothing is merged or overwritten: both records are kept as they were.
    assert len(repo.get_client(new_paid).cases[0].money.payments) == len(case.money.payments)
    office_money = repo.get_client(office_id).cases[0].money
    assert len(office_money.payments if office_money else []) == len(case.money.payments) - 1


def test_m29_04_what_differs_names_the_attorney_reviews_only_the_added_record_has(repo):
    """M29-04: a returning client reviewed by an attorney on a laptop, and given a phone
    there, came back as a possible duplicate; the review went with the added record and
    what the import said named the phone alone, so deleting "the extra record" took the
    review with it unnoticed.  The reviews only the added record has are named."""
    from clinic_app.screening_format import ExportedReview

    (office_id,) = repo.add_clients(generate_clients(1, seed=21))
    stored = repo.get_client(office_id)
    case = stored.cases[0]
    repo.record_review(office_id, case.id, None, "pc1203_4", "seen at the office")
    there = _laptop_copy(repo, office_id)
    there.phone = "(559) 555-0100"
    office_review = repo.reviews(office_id)[0]
    carried = [
        ExportedReview(case.id, None, "pc1203_4", office_review.reviewer, office_review.at.isoformat(), "seen at the office"),
        ExportedReview(case.id, None, "pc17b", "atty-lopez", "2026-12-02T15:00:00+00:00", "argue 17(b) first"),
    ]
    # Reviewed at the office too, after the laptop's copy was made: named on its side.
    repo.record_review(office_id, case.id, None, "pc1203_41", "later, at the office")
    result = repo.import_clients([there], reviews=[carried])
    (new_id,) = result.ids
    said = "\n".join(result.lines("day.jsonl"))
    assert f"id {new_id} beside id {office_id}: phone" in said
    assert f"1 attorney review only in id {new_id} (PC 17(b) reduce to misdemeanor by atty-lopez)" in said
    assert f"1 attorney review only in id {office_id} (PC 1203.41 " in said
    assert len(repo.reviews(new_id)) == 2 and len(repo.reviews(office_id)) == 2


def test_m29_07_a_client_renamed_and_given_a_case_on_a_laptop_is_named_by_the_case_number_they_share(repo):
    """M29-07: M29-01 knew a renamed client by the date of birth and the very same cases; one
    whose name was put right and who was given a new case at the event (their facts changed
    too) was still added with not a word.  A case number they share, with the date of birth,
    names them as well ("BA-123 456" is "ba123456")."""
    from clinic_app.model import Case

    (office_id,) = repo.add_clients(generate_clients(1, seed=21))
    there = _laptop_copy(repo, office_id)
    old_name, number = there.name, there.cases[0].case_number
    assert number
    there.name = old_name + "e"
    there.cases[0].case_number = f" {number[:2]}-{number[2:]} ".lower()
    there.cases.append(Case(id="c9", case_number="F999"))
    result = repo.import_clients([there])
    assert result.renamed == [(there.name, office_id, result.ids[0], old_name)]
    # Another person born the same day, with cases of their own, is not named.
    other = _laptop_copy(repo, office_id)
    other.name = "Someone Else"
    for case in other.cases:
        case.case_number = "Z" + (case.case_number or case.id)
        for conviction in case.convictions:
            conviction.section = "23152(a)" if conviction.section != "23152(a)" else "484"
    assert repo.import_clients([other]).renamed == []


def test_m29_08_a_client_whose_date_of_birth_was_put_right_on_a_laptop_is_named_beside_the_one_here(repo):
    """M29-08: a date of birth typed wrong at intake and put right at the event (same name,
    same case) met no client of that name and date of birth: added with not a word, as a
    renamed client was before M29-01.  A case number and the name they share name them."""
    from datetime import timedelta

    (office_id,) = repo.add_clients(generate_clients(1, seed=21))
    there = _laptop_copy(repo, office_id)
    was = there.person.dob
    there.person.dob = was + timedelta(days=1)
    result = repo.import_clients([there])
    assert result.renamed == [(there.name, office_id, result.ids[0], there.name)]
    said = "\n".join(result.lines("day.jsonl"))
    assert f"date of birth ({there.person.dob.isoformat()} in id {result.ids[0]}, {was.isoformat()} in id {office_id})" in said
    assert "another name or date of birth" in said


def test_m29_02_the_differences_are_worked_out_for_the_pairs_the_message_shows_only(repo):
    """Working out what differs loads both records of a pair: for 5,000 pairs it doubled the
    import's time, for a message that shows 10.  The rest are counted."""
    from clinic_app.matching import PAIRS_TOLD

    ids = repo.add_clients(generate_clients(PAIRS_TOLD + 2, seed=23))
    there = [_laptop_copy(repo, n) for n in ids]
    for client in there:
        client.phone = "(559) 555-0100"
    result = repo.import_clients(there)
    assert len(result.similar) == PAIRS_TOLD + 2 and len(result.differs) == PAIRS_TOLD
    lines = result.lines("day.jsonl")
    assert sum(" beside id " in line for line in lines) == PAIRS_TOLD
    assert lines[-1] == "And 2 more pairs to check: open both records of each."


def test_m42_01_a_review_taken_back_here_stays_taken_back_when_an_older_export_carries_it(repo):
    """M42-01: an attorney's review kept at the office went to a laptop with the caseload it
    was copied from; the office then took it back (Edit > Undo).  Importing the laptop's
    export at the end of the day put the review back, said as "Added 1 attorney review",
    and every import of that file did it again.  The withdrawal came later, so it wins: the
    review is left out and said so; a review made again after it is a new act and is kept."""
    import dataclasses
    from datetime import datetime, timedelta, timezone

    from clinic_app.screening_format import client_and_reviews_from_request
    from db.export import exported

    (office_id,) = repo.add_clients(generate_clients(1, seed=21))
    case = repo.get_client(office_id).cases[0].id
    reviewed = [(case, None, "pc1203_4", None)]
    at = datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)
    repo.record_reviews(office_id, reviewed, "eligible, file it", reviewer="atty-lopez", at=at)
    laptop_client, carried = client_and_reviews_from_request(exported(repo, office_id))  # the laptop's copy
    repo.withdraw_reviews(office_id, reviewed, "eligible, file it", reviewer="atty-lopez", at=at)
    assert repo.reviews(office_id) == []

    for _twice in range(2):
        result = repo.import_clients([copy.deepcopy(laptop_client)], reviews=[carried])
        assert result.skipped == [(laptop_client.name, office_id)] and result.reviewed == []
        assert repo.reviews(office_id) == []
        said = "\n".join(result.lines("day.jsonl"))
        assert "Left out 1 attorney review the file carries but this caseload took back" in said
        assert f"{laptop_client.name} (id {office_id})" in said.split("Left out", 1)[1]

    # Recorded again on a laptop after it was taken back here: the later act, kept.
    again = dataclasses.replace(carried[0], at=(datetime.now(timezone.utc) + timedelta(hours=1)).isoformat(timespec="seconds"))
    result = repo.import_clients([copy.deepcopy(laptop_client)], reviews=[[again]])
    assert result.reviewed == [(laptop_client.name, office_id, 1)] and result.taken_back == []
    assert [(rv.remedy, rv.reviewer) for rv in repo.reviews(office_id)] == [("pc1203_4", "atty-lopez")]


def test_m42_06_a_review_taken_back_here_stays_taken_back_when_the_client_comes_back_edited(repo):
    """M42-06: as M42-01, but the laptop also gave the client a phone, so they came back as
    a possible duplicate: the review taken back here went with the added record, named as
    "1 attorney review only in id 2" for the paralegal to carry over.  It is left out and
    said so.  A review taken back and then kept again here (Edit > Redo) is not left out."""
    from datetime import datetime, timezone

    from clinic_app.screening_format import client_and_reviews_from_request
    from db.export import exported

    (office_id,) = repo.add_clients(generate_clients(1, seed=21))
    case = repo.get_client(office_id).cases[0].id
    reviewed = [(case, None, "pc1203_4", None)]
    at = datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)
    repo.record_reviews(office_id, reviewed, "eligible, file it", reviewer="atty-lopez", at=at)
    laptop_client, carried = client_and_reviews_from_request(exported(repo, office_id))
    laptop_client.phone = "(559) 555-0142"
    repo.withdraw_reviews(office_id, reviewed, "eligible, file it", reviewer="atty-lopez", at=at)

    result = repo.import_clients([copy.deepcopy(laptop_client)], reviews=[carried])
    (new_id,) = result.ids
    assert result.similar == [(laptop_client.name, office_id, new_id)]
    assert repo.reviews(new_id) == [] and repo.reviews(office_id) == []
    assert result.taken_back == [(laptop_client.name, office_id, 1)]
    said = "\n".join(result.lines("day.jsonl"))
    assert "attorney review only in" not in said and "Left out 1 attorney review" in said

    repo.record_reviews(office_id, reviewed, "eligible, file it", reviewer="atty-lopez", at=at)  # Edit > Redo
    laptop_client.phone = "(559) 555-0143"
    result = repo.import_clients([copy.deepcopy(laptop_client)], reviews=[carried])
    (newer_id,) = result.ids
    assert result.taken_back == [] and len(repo.reviews(newer_id)) == 1
    assert "attorney review" not in "\n".join(result.lines("day.jsonl"))


def test_m42_07_a_name_whose_accents_were_written_another_way_on_a_laptop_is_the_same_record(repo):
    """M42-07: "José Peña" with its accents written as separate marks (NFD: a Mac, a name
    pasted from a PDF) looks and reads the same, but the import took it for another record:
    the client came back as a possible duplicate differing in "the name as written ('José
    Peña' in id 2, 'José Peña' in id 1)", two names no one can tell apart.  It is the same
    record, and skipped; a pair that differs in the phone no longer names the name too."""
    import unicodedata

    office = next(iter(generate_clients(1, seed=21)))
    office.name, office.aliases = "José Peña", ["Pepe Núñez"]
    (office_id,) = repo.add_clients([office])
    there = _laptop_copy(repo, office_id)
    there.name = unicodedata.normalize("NFD", there.name)
    there.aliases = [unicodedata.normalize("NFD", alias) for alias in there.aliases]
    assert there.name != office.name
    result = repo.import_clients([copy.deepcopy(there)])
    assert result.ids == [] and result.skipped == [(there.name, office_id)]
    there.phone = "(559) 555-0142"
    result = repo.import_clients([there])
    (new_id,) = result.ids
    assert result.differs[new_id] == [f"phone ((559) 555-0142 in id {new_id}, {office.phone or 'none'} in id {office_id})"]


def test_x45_01_a_reimport_reads_the_withdrawals_once_for_all_its_clients_not_once_each(repo):
    """X45-01: the taken-back check read the audit log once per reviewed client, which made a
    re-import of a day's thousands of clients 12% slower, and named each client whose reviews
    were left out by a search of every skipped client.  The log is read once for all of them
    (in chunks of ids), and what is left out and said is as before."""
    from datetime import datetime, timezone

    from clinic_app.screening_format import client_and_reviews_from_request
    from db.export import exported

    ids = repo.add_clients(generate_clients(12, seed=45))
    at = datetime(2026, 12, 2, 15, 0, tzinfo=timezone.utc)
    clients, carried, taken = [], [], []
    for k, client_id in enumerate(ids):
        reviewed = [(repo.get_client(client_id).cases[0].id, None, "pc1203_4", None)]
        repo.record_reviews(client_id, reviewed, "eligible, file it", reviewer="atty-lopez", at=at)
        laptop_client, reviews = client_and_reviews_from_request(exported(repo, client_id))
        clients.append(laptop_client)
        carried.append(reviews)
        if k % 3 == 0:
            taken.append((client_id, reviewed))
    for client_id, reviewed in taken:
        repo.withdraw_reviews(client_id, reviewed, "eligible, file it", reviewer="atty-lopez", at=at)

    read_the_log: list[str] = []
    repo.db.conn.set_trace_callback(lambda sql: read_the_log.append(sql) if "FROM audit" in sql and "'withdraw'" in sql else None)
    try:
        result = repo.import_clients(copy.deepcopy(clients), reviews=carried)
    finally:
        repo.db.conn.set_trace_callback(None)

    assert len(read_the_log) == 1
    assert result.taken_back == [(clients[k].name, ids[k], 1) for k in range(0, 12, 3)]
    assert result.reviewed == [] and len(result.skipped) == 12
    assert all(repo.reviews(client_id) == [] for client_id, _reviewed in taken)
    assert all(len(repo.reviews(client_id)) == 1 for client_id in ids if client_id not in dict(taken))
