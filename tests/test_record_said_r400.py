"""R400-01: a refusal naming a case of a client whose two cases share a court number (a case typed
twice, a number two courts gave) said "Case 24CR042, Probation end" of either: which of the two?
Said as the Eligibility tab's questions tell them apart (K396-04), by what each record holds."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.cli import _exported_name
from clinic_app.merging import merge_into, merge_refused
from clinic_app.screening_format import client_to_request_dict
from tests.gui.test_future_dates_i59 import no_sentence
from tests.stored_before_k386 import ending_before_conviction


def _two_of_one_number():
    """Rita, her Fresno case of 2019 and her Los Angeles case of 2024 both numbered 24CR042; the
    second's probation ends before its conviction (stored before K386)."""
    rita = ending_before_conviction()
    fresno = copy.deepcopy(no_sentence().cases[0])
    fresno.id, fresno.convictions[0].id, fresno.county = "c2", "c2-1", "Fresno"
    fresno.disposition_date = fresno.convictions[0].conviction_date = date(2019, 5, 1)
    rita.cases.insert(0, fresno)
    rita.id = 1
    return rita


def test_r400_01_a_merge_refused_tells_apart_two_cases_of_one_number():
    rita, again = _two_of_one_number(), no_sentence()
    again.id = 2
    said = merge_refused(rita, again, merge_into(rita, again))
    assert "in the record of Rita Sinsentencia (id 1), Case 24CR042 (convicted 2024-03-01, PC 459, " in said
    assert "Los Angeles County), Probation end: 2023-09-01 is before" in said


def test_r400_01_an_import_refused_tells_apart_two_cases_of_one_number():
    record = client_to_request_dict(_two_of_one_number())
    said = _exported_name(record, "cases[1].sentence.probation.end")
    assert said.startswith("Rita Sinsentencia's Case 24CR042 (convicted 2024-03-01, PC 459, ")
    assert said.endswith("), Probation end")


def test_r400_01_a_number_of_its_own_reads_as_before():
    record = client_to_request_dict(ending_before_conviction())
    assert _exported_name(record, "cases[0].sentence.probation.end") == "Rita Sinsentencia's Case 24CR042, Probation end"
