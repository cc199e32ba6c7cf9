"""X55: a probation whose kind (formal or summary) is not known is stored with none (the
probation_kind column has always taken NULL: no migration), read back so, exported as
`kind: null` and imported again as not known, never as summary."""

from __future__ import annotations

import json
from datetime import date

import pytest

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from clinic_app.screening_format import FormatError, client_from_request, client_to_request_dict, read_request
from db.export import exported
from db.repository import Repository


def _client(kind) -> Client:
    return Client(name="Olga Testkind", person=Person(dob=date(1988, 2, 2)), cases=[Case(
        id="c1", case_number="BA300355", disposition_date=date(2024, 4, 4),
        convictions=[Conviction(id="c1-1", section="664/211", level=None, conviction_date=date(2024, 4, 4))],
        sentence=Sentence(type="probation", judgment_date=date(2024, 4, 4),
                          probation=Probation(kind=kind, start=date(2024, 4, 4), end=date(2027, 4, 4))))])


def test_a_probation_of_unknown_kind_is_stored_and_read_back_with_none(tmp_path):
    with Repository.open(tmp_path / "caseload.sqlite") as repo:
        client_id = repo.add_client(_client(None))
        assert repo.get_client(client_id).cases[0].sentence.probation.kind is None
        assert repo.db.conn.execute("SELECT probation_kind FROM cases").fetchall() == [(None,)]
        # Chosen later (the Record tab), it is stored as chosen.
        before = repo.get_client(client_id)
        after = _client("formal")
        after.id = client_id
        repo.save_client(after, expected=before)
        assert repo.get_client(client_id).cases[0].sentence.probation.kind == "formal"


def test_an_export_says_kind_null_and_an_import_keeps_it_not_known(tmp_path):
    with Repository.open(tmp_path / "laptop.sqlite") as laptop:
        client_id = laptop.add_client(_client(None))
        line = json.dumps(exported(laptop, client_id))
    record = json.loads(line)
    assert record["cases"][0]["sentence"]["probation"]["kind"] is None
    with Repository.open(tmp_path / "office.sqlite") as office:
        result = office.import_clients([client_from_request(record)])
        assert office.get_client(result.ids[0]).cases[0].sentence.probation.kind is None


def test_a_request_may_say_kind_null_and_still_no_other_kind():
    request = client_to_request_dict(_client(None))
    assert read_request(request).cases[0].sentence.probation.kind is None  # "must not be null" before
    request["cases"][0]["sentence"]["probation"]["kind"] = "supervised"
    with pytest.raises(FormatError, match=r"cases\[0\]\.sentence\.probation\.kind: 'supervised' is not one of: formal, summary"):
        read_request(request)
