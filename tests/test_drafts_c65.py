"""C65-01: drafts.as_record, the typing put back over another desk's record where the two
contradict each other: the block the contradiction is in is theirs, with its petitions (keyed
for the merge, N64-01), the rest of the typing put back (S64-02's idea over R64-05)."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.drafts import as_record, petition_keys, typing_over, with_petition_keys
from clinic_app.model import Conviction, Petition
from clinic_app.screening_format import FormatError, client_to_request_dict
from tests.gui.conftest import probation_client


def _two_cases():
    client = probation_client("Rosa Delgado")
    second = copy.deepcopy(client.cases[0])
    second.id, second.case_number = "c2", "BA100002"
    second.convictions = [Conviction(id="c2-1", section="11350", level="misdemeanor", conviction_date=second.disposition_date)]
    client.cases.append(second)
    return client


def _put(typed_on, typed, stored):
    keys = petition_keys(typed_on, typed, stored)
    keyed = [with_petition_keys(client_to_request_dict(record), k) for record, k in zip((typed_on, typed, stored), keys)]
    return as_record(typing_over(*keyed), keyed[2])


def test_the_case_in_contradiction_is_theirs_with_its_petitions_and_the_other_cases_typing_is_put_back():
    typed_on = _two_cases()
    typed, stored = copy.deepcopy(typed_on), copy.deepcopy(typed_on)
    typed.cases[0].sentence.probation.early_termination = date(2023, 11, 1)
    typed.cases[1].petitions.append(Petition("pc1203_4", date(2026, 11, 2)))
    typed.notes = "Minute order on file."
    stored.cases[0].sentence.probation.end = date(2023, 5, 1)
    stored.cases[0].petitions.append(Petition("pc17b", date(2026, 11, 5)))
    record, keys, kept = _put(typed_on, typed, stored)
    assert [(block, type(problem)) for block, problem in kept] == [("c1", FormatError)]
    assert kept[0][1].path.startswith("cases[0].sentence.probation")
    assert (record.cases[0].sentence.probation.end, record.cases[0].sentence.probation.early_termination) == (date(2023, 5, 1), None)
    assert [p.remedy for p in record.cases[0].petitions] == ["pc17b"]  # theirs, kept with their case
    assert [p.remedy for p in record.cases[1].petitions] == ["pc1203_4"]  # typed in the other case: put back
    assert record.notes == "Minute order on file."
    assert [len(keys[case.id]) for case in record.cases] == [1, 1]



def _split(client) -> None:
    from dataclasses import replace

    whole = client.cases[0].petitions[0]
    client.cases[0].petitions = [replace(whole, convictions=["c1-1"], ruling="granted", ruling_on=date(2026, 11, 20)),
                                 replace(whole, convictions=["c1-2"], ruling="denied", ruling_on=date(2026, 11, 20))]


def _hearings_put(typing, theirs):
    """C65-03: the hearings of the petitions put back, the typing and their change made on a
    petition of two counts."""
    from clinic_app.drafts import hearing_on_each_part

    typed_on = probation_client("Paula Peticiones")
    typed_on.cases[0].convictions.append(Conviction(id="c1-2", section="484", level="misdemeanor",
                                                    conviction_date=typed_on.cases[0].disposition_date))
    typed_on.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), convictions=["c1-1", "c1-2"])]
    typed, stored = copy.deepcopy(typed_on), copy.deepcopy(typed_on)
    typing(typed)
    theirs(stored)
    record, _keys, _kept = _put(typed_on, typed, stored)
    return [p.hearing_on for p in hearing_on_each_part(typed_on, typed, stored, record).cases[0].petitions]


def _hearing(day):
    def set_it(client) -> None:
        for petition in client.cases[0].petitions:
            petition.hearing_on = day
    return set_it


def test_a_hearing_set_on_one_side_of_a_granted_in_part_split_is_each_parts():
    assert _hearings_put(_split, _hearing(date(2026, 11, 20))) == [date(2026, 11, 20)] * 2  # split here
    assert _hearings_put(_hearing(date(2026, 11, 20)), _split) == [date(2026, 11, 20)] * 2  # split there


def test_where_both_sides_set_a_hearing_theirs_is_each_parts():
    def split_heard(client) -> None:
        _split(client)
        _hearing(date(2026, 11, 19))(client)

    assert _hearings_put(split_heard, _hearing(date(2026, 11, 20))) == [date(2026, 11, 20)] * 2
    assert _hearings_put(_hearing(date(2026, 11, 20)), split_heard) == [date(2026, 11, 19)] * 2
