"""R82a-01: E81-01 reads the one count of unknown level of a case sentenced to state prison (or
to county jail under PC 1170(h)) as a felony, PC 17(a) making such a term a felony's alone.  It
did so for an offense the catalog gives no felony at all: a PC 647(f) (public intoxication, a
misdemeanor) of blank level in a prison case was screened as a felony, its consequences said
"Felony conviction: a lifetime state and federal ban on owning or possessing a firearm", and
its reason spoke of "a wobbler".  Such a record contradicts itself (the section or the sentence
is wrong), and the level is the court record's to give (V53-02): the count is read as before
E81-01, its level asked.  A wobbler, a felony and a section the catalog does not hold keep
E81-01's reading."""

from __future__ import annotations

import copy

import pytest

from clinic_app.eligibility import screen
from clinic_app.screening_format import read_request

_PRISON = {"as_of": "2026-12-04", "person": {"dob": "1980-03-02", "us_citizen": True},
           "cases": [{"id": "c1", "county": "Los Angeles", "outcome": "convicted", "case_number": "BA1",
                      "convictions": [{"id": "v1", "code": "PC", "section": "647(f)", "conviction_date": "2015-05-01", "level": None}],
                      "sentence": {"type": "state_prison", "judgment_date": "2015-05-01", "completed": True,
                                   "custody": {"release_date": "2017-05-01", "supervision": "parole",
                                               "supervision_end": "2019-05-01"}}}]}


def _screened(section, sentence="state_prison", code="PC"):
    raw = copy.deepcopy(_PRISON)
    raw["cases"][0]["convictions"][0].update(code=code, section=section)
    raw["cases"][0]["sentence"]["type"] = sentence
    request = read_request(raw)
    return screen(request.person, request.cases, request.as_of)


@pytest.mark.parametrize("section", ["647(f)", "415"])
@pytest.mark.parametrize("sentence", ["state_prison", "county_jail_1170h"])
def test_r82a_01_a_misdemeanor_offense_sent_to_prison_is_not_read_a_felony(section, sentence):
    screening = _screened(section, sentence)
    rows = {d.remedy: d for d in screening.results if d.conviction == "v1"}
    assert "convictions[v1].level" in rows["pc1203_4"].missing_facts
    assert not any(r.text.startswith("The record does not give the level") for d in rows.values() for r in d.reasons)
    assert not any("Felony conviction" in c.text for c in screening.consequences)


@pytest.mark.parametrize(("code", "section"), [("PC", "459"), ("HS", "11350(a)"), ("PC", "490.7")])
def test_r82a_01_a_wobbler_a_felony_or_an_offense_not_in_the_catalog_keeps_e81s_reading(code, section):
    rows = {d.remedy: d for d in _screened(section, code=code).results if d.conviction == "v1"}
    assert all(d.reasons[0].text.startswith("The record does not give the level") for d in rows.values())
    assert not any("convictions[v1].level" in d.missing_facts for d in rows.values())
