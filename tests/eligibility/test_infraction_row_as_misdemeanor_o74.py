"""O74-01: the catalog excludes an offense it gives as an infraction (VC 22107 unsafe lane
change, VC 4000(a), PC 640 ...) from PC 1203.4 as "any infraction", and the VC 42001 ones from
1203.4a(d) as traffic infractions.  A conviction the record gives as a misdemeanor (a fourth
infraction in a year is one, VC 40000.28; VC 4000(a) may be charged as one, the catalog's own
note) was read as excluded too ("VC 22107 (Unsafe lane change) is excluded from PC 1203.4
relief", H), though 1203.4(b) and 1203.4a(d) exclude misdemeanors only within VC 42002.1
(ca-rules.md 2.4 [H]).  With E74-01 a count of unknown level then agreed at every level, and
was answered "not eligible" for 1203.4, H, where a misdemeanor's dismissal may be open."""

from __future__ import annotations

import copy

import pytest

from clinic_app.eligibility import screen
from clinic_app.screening_format import read_request

_PROBATION = {"type": "probation", "judgment_date": "2019-05-01",
              "probation": {"kind": "summary", "start": "2019-05-01", "end": "2020-05-01", "status": "completed"}}
_NO_PROBATION = {"type": "no_probation", "judgment_date": "2019-05-01", "completed": True}


def _rows(section, level, sentence, code="VC"):
    raw = {"as_of": "2026-12-04", "person": {"dob": "1979-03-02", "us_citizen": True},
           "cases": [{"id": "c1", "county": "Orange", "outcome": "convicted",
                      "convictions": [{"id": "v1", "code": code, "section": section, "conviction_date": "2019-05-01", "level": level}],
                      "sentence": copy.deepcopy(sentence)}]}
    request = read_request(raw)
    return {d.remedy: d for d in screen(request.person, request.cases, request.as_of).results if d.conviction == "v1"}


@pytest.mark.parametrize("section", ["22107", "4000(a)"])
def test_o74_01_a_count_of_unknown_level_is_asked_its_level_for_1203_4(section):
    d = _rows(section, None, _PROBATION)["pc1203_4"]
    assert d.status == "needs_review"
    assert d.missing_facts == ["convictions[v1].level"]
    assert d.reasons[0].text == f"The record does not say whether VC {section} was a felony, a misdemeanor or an infraction, and this remedy turns on it."


@pytest.mark.parametrize(("code", "section"), [("VC", "22107"), ("VC", "4000(a)"), ("PC", "640")])
def test_o74_01_a_misdemeanor_of_an_infraction_row_is_not_excluded_from_1203_4(code, section):
    d = _rows(section, "misdemeanor", _PROBATION, code)["pc1203_4"]
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert not any("excluded" in r.text for r in d.reasons)


def test_o74_01_a_misdemeanor_of_a_vc_42001_row_is_not_excluded_from_1203_4a():
    d = _rows("22107", "misdemeanor", _NO_PROBATION)["pc1203_4a"]
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert not any("excluded" in r.text for r in d.reasons)


def test_o74_01_the_infraction_and_42002_1_exclusions_stand():
    infraction = _rows("22107", "infraction", _PROBATION)
    assert infraction["pc1203_4"].status == "not_eligible"
    assert infraction["pc1203_4"].reasons[0].text == "An infraction is excluded from PC 1203.4; PC 1203.4a is the dismissal statute for infractions (see its result)."
    assert _rows("22107", "infraction", _NO_PROBATION)["pc1203_4a"].reasons[0].text == "VC 22107 is a Vehicle Code infraction within VC 42001, excluded from PC 1203.4a."
    # VC 2800 is a misdemeanor within VC 42002.1: excluded as one.
    assert _rows("2800", "misdemeanor", _PROBATION)["pc1203_4"].reasons[0].text == "VC 2800 (Failing to obey a peace officer's lawful order) is excluded from PC 1203.4 relief."
    assert _rows("2800", "misdemeanor", _NO_PROBATION)["pc1203_4a"].status == "not_eligible"


def test_o74_02_automatic_relief_does_not_call_such_a_misdemeanor_a_vc_42002_1_one():
    """O74-02: beside O74-01's mandatory dismissal, automatic relief asked "Whether automatic
    relief covers a VC 42002.1 misdemeanor (VC 22107)" (L): a misdemeanor VC 22107 is not within
    42002.1, and path (I)(ia) names no offense it leaves out (ca-rules.md 3.5)."""
    d = _rows("22107", "misdemeanor", _PROBATION)["pc1203_425"]
    assert (d.status, d.mode) == ("eligible", "automatic")
    assert not any("42002.1" in r.text or "open question" in r.text for r in d.reasons)
    # A VC 42002.1 misdemeanor keeps its open question.
    d = _rows("2800", "misdemeanor", _PROBATION)["pc1203_425"]
    assert d.status == "needs_review"
    assert any("Whether automatic relief covers a VC 42002.1 misdemeanor (VC 2800) is an open question." in r.text for r in d.reasons)
