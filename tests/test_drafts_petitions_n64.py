"""N64-01: petitions, which have no ids, merged petition by petition when typing goes back over
a record another desk saved since (drafts.petition_keys: matched as merging.paired_petitions
matches them)."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.drafts import petition_keys, typing_over, with_petition_keys, without_petition_keys
from clinic_app.model import Case, Client, Conviction, Person, Petition
from clinic_app.screening_format import client_from_request, client_to_request_dict


def _client() -> Client:
    count = Conviction(id="c1-1", section="459", level="misdemeanor", conviction_date=date(2021, 5, 1))
    return Client(name="Paula Test", person=Person(dob=date(1985, 3, 14)),
                  cases=[Case(id="c1", case_number="BA100001", disposition_date=date(2021, 5, 1), convictions=[count],
                              petitions=[Petition("pc1203_4", date(2026, 11, 2))])])


def _over(typed_on: Client, typed: Client, stored: Client) -> Client:
    keys = petition_keys(typed_on, typed, stored)
    records = (client_to_request_dict(record) for record in (typed_on, typed, stored))
    merged, _keys = without_petition_keys(typing_over(*(with_petition_keys(r, k) for r, k in zip(records, keys))))
    return client_from_request(merged)


def test_a_petition_added_on_each_side_keeps_both_and_a_hearing_set_there():
    typed_on = _client()
    typed, stored = copy.deepcopy(typed_on), copy.deepcopy(typed_on)
    typed.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 22)))
    stored.cases[0].petitions[0].hearing_on = date(2027, 1, 10)
    stored.cases[0].petitions.append(Petition("pc17b", date(2026, 11, 5)))
    assert _over(typed_on, typed, stored).cases[0].petitions == [
        Petition("pc1203_4", date(2026, 11, 2), hearing_on=date(2027, 1, 10)), Petition("pc1203_4", date(2026, 11, 22)),
        Petition("pc17b", date(2026, 11, 5))]


def test_the_same_petition_added_on_both_sides_is_one():
    typed_on = _client()
    typed, stored = copy.deepcopy(typed_on), copy.deepcopy(typed_on)
    for record in (typed, stored):
        record.cases[0].petitions.append(Petition("pc17b", date(2026, 11, 5)))
    typed.cases[0].petitions[-1].note = "typed here"
    assert [(p.remedy, p.note) for p in _over(typed_on, typed, stored).cases[0].petitions] == [
        ("pc1203_4", ""), ("pc17b", "")]  # theirs kept, the note said by not_put_back


def test_a_petition_removed_here_goes_unless_they_changed_it():
    typed_on = _client()
    typed_on.cases[0].petitions.append(Petition("pc17b", date(2026, 11, 5)))
    typed, stored = copy.deepcopy(typed_on), copy.deepcopy(typed_on)
    typed.cases[0].petitions.pop(0)
    stored.notes = "phone changed there"
    assert [p.remedy for p in _over(typed_on, typed, stored).cases[0].petitions] == ["pc17b"]
    stored.cases[0].petitions[0].hearing_on = date(2027, 1, 10)
    assert [p.remedy for p in _over(typed_on, typed, stored).cases[0].petitions] == ["pc1203_4", "pc17b"]
