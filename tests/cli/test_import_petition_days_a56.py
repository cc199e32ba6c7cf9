"""A56-02: `clinic-app import` took a petition's days as they came, where the Record tab refuses
them: a hearing or a ruling dated before the filing, a filing or a ruling after today (2027
typed for 2026), a ruling day with no ruling.  Such a record went in and the caseload line read
"Filed 2026-11-02; hearing 2026-10-02" or "Denied 2027-05-01: attorney to review".  The import
now refuses the file in words, naming the record's place, as it does other bad data, and adds
nothing (all or nothing)."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta

import pytest

from clinic_app.cli import read_import
from clinic_app.model import Petition
from clinic_app.screening_format import FormatError, client_and_reviews_from_request, client_to_request_dict
from tests.automatic_relief import to_file
from tests.cli.test_cli import assert_import_refused

TODAY = date(2026, 12, 3)
FILED = date(2026, 11, 2)


def _written(petition: Petition) -> dict:
    client = to_file("Paz Petition")
    client.cases[0].petitions.append(petition)
    return client_to_request_dict(client)


@pytest.mark.parametrize("petition, field, words", [
    (Petition("pc1203_4", FILED, hearing_on=date(2026, 10, 2)), "hearing_on",
     "2026-10-02 is before the filing day 2026-11-02"),
    (Petition("pc1203_4", FILED, ruling="denied", ruling_on=date(2026, 10, 30)), "ruling_on",
     "2026-10-30 is before the filing day 2026-11-02"),
    (Petition("pc1203_4", FILED, ruling_on=date(2026, 11, 20)), "ruling_on",
     "2026-11-20, but no ruling: give the ruling (granted, denied, withdrawn), or remove the date"),
])
def test_a56_days_that_cannot_be_together_are_refused_by_their_place(petition, field, words):
    with pytest.raises(FormatError) as refused:
        client_and_reviews_from_request(_written(petition))
    assert refused.value.path == f"client.petitions[0].{field}"
    assert refused.value.problem == words


@pytest.mark.parametrize("petition, field, words", [
    (Petition("pc1203_4", date(2027, 11, 2)), "filed_on",
     "2027-11-02 is after today (2026-12-03): a petition is filed on a day gone by"),
    (Petition("pc1203_4", FILED, ruling="denied", ruling_on=date(2027, 5, 1)), "ruling_on",
     "2027-05-01 is after today (2026-12-03): the court rules on a day gone by"),
])
def test_a56_a_filing_or_ruling_after_today_is_refused_on_import(petition, field, words):
    written = _written(petition)
    with pytest.raises(FormatError) as refused:
        client_and_reviews_from_request(written, today=TODAY)
    assert (refused.value.path, refused.value.problem) == (f"client.petitions[0].{field}", words)
    # Read without a day (a screening request: `clinic-app screen` reads no petition's day).
    client_and_reviews_from_request(written)


def test_a56_a_hearing_to_come_and_a_ruling_today_are_taken():
    written = _written(Petition("pc1203_4", FILED, hearing_on=TODAY + timedelta(days=30)))
    assert client_and_reviews_from_request(written, today=TODAY)[0].cases[0].petitions[0].hearing_on == TODAY + timedelta(days=30)
    written = _written(Petition("pc1203_4", FILED, hearing_on=FILED, ruling="granted", ruling_on=TODAY))
    assert client_and_reviews_from_request(written, today=TODAY)[0].cases[0].petitions[0].ruling_on == TODAY


def test_a56_read_import_names_the_line(tmp_path):
    good = _written(Petition("pc1203_4", FILED))
    bad = copy.deepcopy(good)
    bad["client"]["petitions"][0]["filed_on"] = (date.today() + timedelta(days=400)).isoformat()
    path = tmp_path / "day.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in (good, bad)))
    with pytest.raises(FormatError) as refused:
        read_import(path)
    assert refused.value.path == "line 2: client.petitions[0].filed_on"
    assert "is after today" in refused.value.problem


def test_a56_clinic_app_import_refuses_the_file_and_adds_nothing(tmp_path):
    good = _written(Petition("pc1203_4", FILED))
    bad = _written(Petition("pc1203_4", FILED, hearing_on=date(2026, 10, 2)))
    bad["client"]["name"] = "Otra Persona"
    assert_import_refused(tmp_path, [good, bad],
                          "line 2: client.petitions[0].hearing_on: 2026-10-02 is before the filing day 2026-11-02")
