"""P53: a petition filed recorded on an event laptop survives the end-of-day export, import and
merge into the clinic's caseload, as a payment does; an export made before petitions were kept
still imports."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest

from clinic_app.merging import merge_into
from clinic_app.model import Petition
from clinic_app.screening_format import FormatError, client_from_request, client_to_request_dict
from tests.automatic_relief import to_file

FILED = Petition("pc1203_4", date(2026, 11, 2), ["a1"], hearing_on=date(2027, 1, 10), note="CR-180")


def _through_a_file(client):
    return client_from_request(json.loads(json.dumps(client_to_request_dict(client))))


def test_p53_an_export_carries_the_petitions_and_an_older_export_still_reads():
    client = to_file()
    client.cases[0].petitions.append(FILED)
    written = client_to_request_dict(client)
    assert written["client"]["petitions"] == [{"case": "a", "remedy": "pc1203_4", "filed_on": "2026-11-02", "convictions": ["a1"],
                                               "hearing_on": "2027-01-10", "ruling": None, "ruling_on": None, "note": "CR-180"}]
    assert _through_a_file(client).cases[0].petitions == [FILED]
    older = client_to_request_dict(to_file())
    assert "petitions" not in older["client"]  # as an export of before: no key
    assert client_from_request(older).cases[0].petitions == []


def test_p53_a_petition_on_a_case_not_in_the_file_or_not_a_remedy_is_refused_by_its_place():
    client = to_file()
    client.cases[0].petitions.append(FILED)
    written = client_to_request_dict(client)
    written["client"]["petitions"][0]["case"] = "zz"
    with pytest.raises(FormatError, match=r"client.petitions\[0\].case"):
        client_from_request(written)
    written["client"]["petitions"][0] |= {"case": "a", "remedy": "pc9999"}
    with pytest.raises(FormatError, match=r"client.petitions\[0\].remedy"):
        client_from_request(written)


def test_p53_a_petition_recorded_on_a_laptop_is_not_skipped_and_the_merge_takes_it(repo):
    office_id = repo.add_client(to_file("Lupita Laptop"))
    there = _through_a_file(copy.deepcopy(repo.get_client(office_id)))
    there.cases[0].petitions.append(FILED)
    result = repo.import_clients([_through_a_file(there)])
    # Not "the same record" skipped (the facts hash leaves petitions out): added beside it, said.
    assert result.skipped == [] and len(result.similar) == 1
    laptop_id = result.ids[0]
    assert any("petitions filed" in line for line in result.differs[laptop_id])
    mine, theirs = repo.get_client(office_id), repo.get_client(laptop_id)
    merged = merge_into(mine, theirs, keys_used=repo.record_keys_used(office_id))
    assert merged.client.cases[0].petitions == [FILED]
    assert "petition for PC 1203.4 dismissal filed 2026-11-02 in case LA100200" in merged.taken
    assert merged.to_check == []  # a petition is no conflict of facts
    repo.merge_clients(merged, laptop_id, expected=(mine, theirs), reviews=([], []))
    assert repo.get_client(office_id).cases[0].petitions == [FILED]
    merge, = [e for e in repo.history(office_id) if e.action == "merge"]
    assert merge.after["cases"][0]["petitions"][0]["filed_on"] == "2026-11-02"  # the audit log keeps it
    # The same file again: the record is the clinic's now, skipped.
    assert repo.import_clients([_through_a_file(there)]).skipped == [("Lupita Laptop", office_id)]


def test_p53_the_ruling_recorded_on_a_laptop_is_taken_into_the_same_petition():
    office = to_file()
    office.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 2)))
    laptop = copy.deepcopy(office)
    laptop.cases[0].petitions[0].ruling, laptop.cases[0].petitions[0].ruling_on = "granted", date(2027, 1, 10)
    merged = merge_into(office, laptop)
    assert [(p.ruling, p.ruling_on) for p in merged.client.cases[0].petitions] == [("granted", date(2027, 1, 10))]


def test_r54_a_hearing_or_ruling_the_laptop_says_otherwise_is_kept_here_and_said():
    """R54-05: a hearing put off (or a ruling typed otherwise) on the event laptop, merged into
    the clinic's record of the same petition, was dropped without a word: "Takes from id 7:
    nothing this record lacks."  This record's stays, and the merge says what the other has."""
    office = to_file()
    office.id = 1
    office.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 2), hearing_on=date(2026, 12, 8),
                                              ruling="denied", ruling_on=date(2026, 12, 8)))
    laptop = copy.deepcopy(office)
    laptop.id = 7
    laptop.cases[0].petitions[0].hearing_on = date(2027, 1, 12)
    laptop.cases[0].petitions[0].ruling, laptop.cases[0].petitions[0].ruling_on = "granted", date(2027, 1, 12)
    merged = merge_into(office, laptop)
    assert merged.client.cases[0].petitions == office.cases[0].petitions  # this record's, as the other facts are
    assert merged.lines("id 7")[1] == (
        "Keeps this record's hearing 2026-12-08 of the PC 1203.4 dismissal petition in case LA100200 (id 7 has 2027-01-12); "
        "ruling denied 2026-12-08 of the PC 1203.4 dismissal petition in case LA100200 (id 7 has granted 2027-01-12).")
