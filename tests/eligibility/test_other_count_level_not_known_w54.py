"""W54: a count whose level the record does not give (V53-02) is neither a felony nor a
misdemeanor to the rules that ask whether ANOTHER count of the person was one.  Where the
answer for a known count would differ between the two, it needs review, naming the other
count's level by its FORMAT.md path; the same count with its level given is answered as before."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import screen
from clinic_app.screening_format import read_request

AS_OF = "2026-11-15"


def _screened(cases, dob="1985-04-02"):
    request = read_request({"as_of": AS_OF, "person": {"dob": dob, "us_citizen": True}, "cases": cases})
    return screen(request.person, request.cases, date.fromisoformat(AS_OF))


def _row(screening, conviction, remedy):
    return next(d for d in screening.results if d.conviction == conviction and d.remedy == remedy)


def _count(cid, section, level, convicted, code="PC"):
    return {"id": cid, "code": code, "section": section, "level": level, "conviction_date": convicted}


def _probation_case(cid, section, level, convicted, end, code="PC", kind="summary"):
    return {"id": cid, "outcome": "convicted", "convictions": [_count(cid + "1", section, level, convicted, code)],
            "sentence": {"type": "probation", "judgment_date": convicted, "imposition_suspended": True, "completed": True,
                         "probation": {"kind": kind, "start": convicted, "end": end, "status": "completed"}}}


# --- PC 1203.42: a prior serious or violent *felony* rules out 1170(h) ------------------------

def _prison_2009():
    return {"id": "A", "outcome": "convicted", "convictions": [_count("A1", "487(a)", "felony", "2009-03-01")],
            "sentence": {"type": "state_prison", "judgment_date": "2009-03-01", "completed": True,
                         "custody": {"split": False, "release_date": "2011-01-05", "supervision": "parole", "supervision_end": "2012-01-05"}}}


@pytest.mark.parametrize("level, status", [("felony", "not_eligible"), ("misdemeanor", "eligible"), (None, "needs_review")])
def test_1203_42_a_prior_robbery_of_unknown_level_is_asked_not_read_as_a_misdemeanor(level, status):
    row = _row(_screened([_prison_2009(), _probation_case("B", "211", level, "2005-02-01", "2006-02-01")]), "A1", "pc1203_42")
    assert row.status == status
    if level is None:
        assert row.missing_facts == ["cases[B].convictions[B1].level"]
        assert "if it was a felony, which the record does not say" in row.reasons[0].text
        assert row.reasons[0].cite == "PC 1170(h)(3)" and row.confidence == "M"
        assert row.next_steps == ["Find whether PC 211 in case B (convicted 2005-02-01, Los Angeles County) was a felony or a misdemeanor on its abstract of judgment, the minute order or the docket, then screen again."]


def test_1203_42_a_prior_of_unknown_level_that_would_not_count_either_way_is_passed_over():
    # PC 459 second degree (459/460(b)) is neither serious nor violent: its level decides nothing.
    row = _row(_screened([_prison_2009(), _probation_case("B", "459/460(b)", None, "2005-02-01", "2006-02-01")]), "A1", "pc1203_42")
    assert row.status == "eligible" and row.missing_facts == []


# --- PC 1203.425 felony path: no new felony conviction within four years -------------------

def _jail_2016():
    return {"id": "A", "outcome": "convicted", "convictions": [_count("A1", "487(a)", "felony", "2016-03-01")],
            "sentence": {"type": "county_jail_1170h", "judgment_date": "2016-03-01", "completed": True,
                         "custody": {"split": False, "release_date": "2017-01-05", "supervision": "none"}}}


@pytest.mark.parametrize("level, status", [("felony", "needs_review"), ("misdemeanor", "eligible"), (None, "needs_review")])
def test_1203_425_a_conviction_of_unknown_level_within_the_four_years_is_asked(level, status):
    row = _row(_screened([_jail_2016(), _probation_case("B", "459", level, "2019-02-01", "2020-02-01")]), "A1", "pc1203_425")
    assert row.status == status
    if level is None:
        assert row.missing_facts == ["cases[B].convictions[B1].level"]
        assert row.reasons[0].text.startswith("A conviction falls within the four years after completion: PC 459 in case B (Los Angeles County) on 2019-02-01. The record does not say whether it was a felony")
        assert row.reasons[0].cite == "PC 1203.425(a)(1)(B)(iv)(II)" and row.confidence == "M"


def test_1203_425_a_conviction_of_unknown_level_after_the_four_years_changes_nothing():
    row = _row(_screened([_jail_2016(), _probation_case("B", "459", None, "2022-02-01", "2023-02-01")]), "A1", "pc1203_425")
    assert row.status == "eligible" and "cases[B].convictions[B1].level" not in row.missing_facts


# --- Certificate of rehabilitation: "not on probation for any other felony"; 4852.01(d) -----

def _cor(other_case):
    request = {"as_of": AS_OF, "person": {"dob": "1985-04-02", "us_citizen": True, "ca_resident_since": "2000-01-01"},
               "cases": [{"id": "A", "outcome": "convicted", "convictions": [_count("A1", "487(a)", "felony", "2010-03-01")],
                          "sentence": {"type": "state_prison", "judgment_date": "2010-03-01", "completed": True,
                                       "custody": {"split": False, "release_date": "2012-01-05", "supervision": "parole", "supervision_end": "2013-01-05"}}},
                         other_case]}
    request = read_request(request)
    return _row(screen(request.person, request.cases, date.fromisoformat(AS_OF)), "A1", "cor")


def _on_probation(level):
    case = _probation_case("B", "459", level, "2009-01-01", "2030-01-01", kind="formal")
    case["sentence"]["completed"] = None
    case["sentence"]["probation"]["status"] = "active"
    return case


@pytest.mark.parametrize("level, status", [("felony", "blocked"), ("misdemeanor", "eligible"), (None, "needs_review")])
def test_cor_probation_in_a_case_of_unknown_level_is_asked_not_read_as_a_misdemeanor_probation(level, status):
    row = _cor(_on_probation(level))
    assert row.status == status
    if level is None:
        assert row.missing_facts == ["cases[B].convictions[B1].level"]
        assert row.reasons[0].text == ("The person is on probation in case B (PC 459, convicted 2009-01-01, Los Angeles County) through 2030-01-01; it stops the certificate only if case B (convicted 2009-01-01, Los Angeles County) is a felony case, "
                                       "and the record does not say whether PC 459 was a felony or a misdemeanor.")


@pytest.mark.parametrize("level, status", [("felony", "needs_review"), ("misdemeanor", "eligible"), (None, "needs_review")])
def test_cor_a_bare_286_of_unknown_level_asks_its_subdivision_as_a_felony_would(level, status):
    row = _cor(_probation_case("B", "286", level, "2005-01-01", "2006-01-01"))
    assert row.status == status
    if status == "needs_review":
        assert row.missing_facts == ["cases[B].convictions[B1].section"]


# --- PC 1203.45 (offense under 18): a traffic infraction does not count, a misdemeanor does --

@pytest.mark.parametrize("level, status", [("infraction", "eligible"), ("misdemeanor", "not_eligible"), (None, "needs_review")])
def test_1203_45_a_vehicle_code_count_of_unknown_level_is_asked_not_read_as_a_misdemeanor(level, status):
    minor = _probation_case("A", "488", "misdemeanor", "2017-01-01", "2018-01-01")
    minor["convictions"][0]["offense_date"] = "2016-06-01"  # 16 years old
    traffic = _probation_case("B", "22350", level, "2019-01-01", "2019-06-01", code="VC")
    row = _row(_screened([minor, traffic], dob="2000-01-01"), "A1", "pc1203_45")
    assert row.status == status
    if level is None:
        assert row.missing_facts == ["cases[B].convictions[B1].level"]
        assert row.reasons[-1].text == ("The record does not say whether VC 22350 in case B (convicted 2019-01-01, Los Angeles County) was an infraction: a traffic infraction "
                                        "does not count against a single-conviction sealing, a misdemeanor or a felony does.")


# --- PC 1203.4: a felony probation case also serves the Probation Department -------------

@pytest.mark.parametrize("level", ["felony", "misdemeanor", None])
def test_1203_4_filing_step_of_a_case_with_a_count_of_unknown_level_says_when_probation_is_served(level):
    case = _probation_case("A", "488", "misdemeanor", "2017-01-01", "2018-01-01")
    case["convictions"].append(_count("A2", "459", level, "2017-01-01"))
    row = _row(_screened([case]), "A1", "pc1203_4")
    assert (row.status, row.mode) == ("eligible", "mandatory")  # the level decides the filing, not the answer
    filing = row.next_steps[0]
    if level == "felony":
        assert filing.endswith("and serve the Probation Department (a felony probation case).")
    elif level == "misdemeanor":
        assert "Probation Department" not in filing
    else:
        assert filing.endswith("; if PC 459 was a felony, serve the Probation Department too (a felony probation case).")


# --- Jury service (a consequence): felony probation in any case disqualifies (CCP 203(a)(10)) --

@pytest.mark.parametrize("level, start", [
    ("felony", "The person cannot serve on a jury now: they are on probation in case B (PC 459, convicted 2025-01-01, Los Angeles County) through 2028-01-01."),
    ("misdemeanor", "This felony does not bar jury service now"),
    (None, "The person is on probation in case B (PC 459, convicted 2025-01-01, Los Angeles County), and the record does not show whether it is felony probation: if it is, they cannot serve on a jury while it lasts (check)"),
])
def test_jury_service_probation_in_a_case_of_unknown_level_is_a_doubt_not_a_misdemeanor_probation(level, start):
    felony = _probation_case("A", "487(a)", "felony", "2012-01-01", "2014-01-01", kind="formal")
    other = _probation_case("B", "459", level, "2025-01-01", "2028-01-01")
    other["sentence"]["completed"] = None
    other["sentence"]["probation"]["status"] = "active"
    jury = [c for c in _screened([felony, other]).consequences if c.conviction == "A1" and c.topic == "jury"]
    assert len(jury) == 1 and jury[0].text.startswith(start), jury


# --- AB 1950's cap: a violent felony is excepted (PC 1203.1(l)(1)) ------------------------

def test_ab1950_cap_says_a_violent_row_of_unknown_level_is_excepted_if_a_felony():
    case = _probation_case("A", "488", "misdemeanor", "2020-12-01", "2025-12-01", kind="formal")
    case["sentence"]["completed"] = None
    case["sentence"]["probation"]["status"] = "active"
    case["convictions"].append(_count("A2", "211", None, "2020-12-01"))
    request = read_request({"as_of": "2023-06-01", "person": {"dob": "1985-04-02", "us_citizen": True}, "cases": [case]})
    row = _row(screen(request.person, request.cases, date(2023, 6, 1)), "A1", "pc1203_4")
    assert row.status == "needs_review"
    cap = next(r.text for r in row.reasons if r.text.startswith("AB 1950 caps"))
    assert cap.startswith("AB 1950 caps felony probation at 2 years, except for a violent felony (PC 667.5(c)), and PC 211 is one if it was a felony;"), cap


# --- PC 1203.4a: a later infraction is the unsettled reading, a later misdemeanor the sure one --

@pytest.mark.parametrize("level, confidence", [("infraction", "M"), ("misdemeanor", "H"), (None, "M")])
def test_1203_4a_a_later_count_of_unknown_level_is_as_sure_as_the_weaker_reading(level, confidence):
    first = {"id": "A", "outcome": "convicted", "convictions": [_count("A1", "415", "misdemeanor", "2018-01-01")],
             "sentence": {"type": "no_probation", "judgment_date": "2018-01-01", "completed": True}}
    later = {"id": "B", "outcome": "convicted", "convictions": [{**_count("B1", "602", level, "2021-01-01"), "offense_date": "2020-10-01"}],
             "sentence": {"type": "no_probation", "judgment_date": "2021-01-01", "completed": True}}
    row = _row(_screened([first, later]), "A1", "pc1203_4a")
    assert (row.status, row.mode, row.confidence) == ("eligible", "discretionary", confidence)
    if level is None:
        assert row.reasons[-1].text.startswith("The record does not give the level of PC 602: if it was an infraction,")


# --- A conviction from another state: its felony firearm ban (a consequence) ---------------

@pytest.mark.parametrize("level, start", [
    ("felony", "A felony conviction from another state or a federal court (NV) bars owning"),
    ("misdemeanor", None),
    (None, "If this conviction from another state or a federal court (NV) was a felony, it bars owning or possessing a firearm"),
])
def test_a_conviction_from_another_state_of_unknown_level_says_the_felony_firearm_ban_as_an_if(level, start):
    elsewhere = _probation_case("B", "459", level, "2015-01-01", "2016-01-01")
    elsewhere["jurisdiction"] = "NV"
    firearms = [c.text for c in _screened([elsewhere]).consequences if c.topic == "firearms"]
    assert firearms == [] if start is None else (len(firearms) == 1 and firearms[0].startswith(start)), firearms


@pytest.mark.parametrize("level, start", [
    ("felony", "A person required to register under PC 290 because of a felony cannot serve on a jury (PC 314, a felony in this record"),
    ("misdemeanor", "This felony does not bar jury service now"),
    (None, "The person is required to register under PC 290; PC 314 in this record requires registration, and the record does not say whether it was a felony. If it was, and registration is for it, they cannot serve on a jury"),
])
def test_jury_service_of_a_registrant_whose_registrable_count_has_no_level_is_a_doubt(level, start):
    felony = _probation_case("A", "487(a)", "felony", "2012-01-01", "2014-01-01", kind="formal")
    registrable = _probation_case("B", "314", level, "2010-01-01", "2011-01-01")
    request = read_request({"as_of": AS_OF, "person": {"dob": "1985-04-02", "us_citizen": True, "registrant_290": True}, "cases": [felony, registrable]})
    jury = [c for c in screen(request.person, request.cases, date.fromisoformat(AS_OF)).consequences if c.conviction == "A1" and c.topic == "jury"]
    assert len(jury) == 1 and jury[0].text.startswith(start), jury
    if level is None:
        assert jury[0].cite == "CCP 203(a)(11) (SB 310)"
