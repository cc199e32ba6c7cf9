"""E81-01: a count of unknown level, the one count of a case sentenced to state prison (or to
county jail under PC 1170(h)), was screened as a felony, a misdemeanor and an infraction in turn
(E74's any_level), though PC 17(a) makes such a count a felony: a wobbler is a misdemeanor only
by a judgment imposing another punishment (17(b)(1); ca-rules.md 3.7).  A 2019 PC 459 sent to
state prison was asked its level for PC 1203.41 and for automatic relief, and offered the
misdemeanors' PC 1203.4a "depending on the level" (Z80, left alone 1).  It is now screened as
the felony it is, and its reasons say why; a case of several counts is read as before, as the
record does not say which count the term was for."""

from __future__ import annotations

import copy

import pytest

from clinic_app.eligibility import screen
from clinic_app.screening_format import read_request

_PRISON = {"as_of": "2026-12-04", "person": {"dob": "1980-03-02", "us_citizen": True},
           "cases": [{"id": "c1", "county": "Los Angeles", "outcome": "convicted", "case_number": "BA1",
                      "convictions": [{"id": "v1", "code": "PC", "section": "459", "conviction_date": "2015-05-01", "level": None}],
                      "sentence": {"type": "state_prison", "judgment_date": "2015-05-01", "completed": True,
                                   "custody": {"release_date": "2017-05-01", "supervision": "parole",
                                               "supervision_end": "2019-05-01"}}}]}
_SAID = ("The record does not give the level of PC 459, but this case was sentenced to {term}, which is given only for a "
         "felony (a wobbler is a misdemeanor only after a judgment imposing another punishment): it is screened as a felony.")


def _screened(raw):
    request = read_request(raw)
    return screen(request.person, request.cases, request.as_of)


def _rows(screening, conv="v1"):
    return {d.remedy: d for d in screening.results if d.conviction == conv}


def _request(level=None, sentence="state_prison", counts=1):
    raw = copy.deepcopy(_PRISON)
    raw["cases"][0]["sentence"]["type"] = sentence
    raw["cases"][0]["convictions"][0]["level"] = level
    for n in range(2, counts + 1):
        raw["cases"][0]["convictions"].append({"id": f"v{n}", "code": "PC", "section": "496(a)", "conviction_date": "2015-05-01", "level": "felony"})
    return raw


@pytest.mark.parametrize(("sentence", "term"), [("state_prison", "state prison"),
                                                 ("county_jail_1170h", "county jail under PC 1170(h)")])
def test_e81_01_a_lone_count_sentenced_to_prison_is_screened_as_the_felony_it_is(sentence, term):
    unknown = _rows(_screened(_request(sentence=sentence)))
    felony = _rows(_screened(_request("felony", sentence=sentence)))
    for remedy, d in unknown.items():
        # Every answer is the felony's, with the reason first.
        assert (d.status, d.mode, d.date) == (felony[remedy].status, felony[remedy].mode, felony[remedy].date), remedy
        assert d.reasons[0].text == _SAID.format(term=term), remedy
        assert d.reasons[0].cite == "PC 17(a); PC 17(b)(1)"
        assert [r.text for r in d.reasons[1:]] == [r.text for r in felony[remedy].reasons], remedy
        assert not any(m.endswith(".level") for m in d.missing_facts), remedy
        assert not any(r.text.startswith(("As a misdemeanor", "As an infraction")) for r in d.reasons), remedy
    # Before, 1203.41 and automatic relief asked the level.
    assert unknown["pc1203_41"].status == "eligible"
    assert unknown["pc1203_4a"].status == "not_applicable"


def test_e81_01_a_case_of_several_counts_is_read_as_before():
    """Which count the prison term was for is not recorded: the level is still asked."""
    rows = _rows(_screened(_request(counts=2)))
    assert rows["pc1203_41"].status == "needs_review"
    assert "convictions[v1].level" in rows["pc1203_41"].missing_facts
    assert not any(r.text.startswith("The record does not give the level") for d in rows.values() for r in d.reasons)


def test_e81_01_probation_and_a_known_level_are_read_as_before():
    raw = _request()
    raw["cases"][0]["sentence"] = {"type": "probation", "judgment_date": "2015-05-01",
                                   "probation": {"kind": "formal", "start": "2015-05-01", "end": "2018-05-01", "status": "completed"}}
    rows = _rows(_screened(raw))
    assert rows["pc1203_4"].status == "needs_review"
    assert "convictions[v1].level" in rows["pc1203_4"].missing_facts
    # A level the record gives is never changed, nor given the reason.
    misdemeanor = _rows(_screened(_request("misdemeanor")))
    assert not any(r.text.startswith("The record does not give the level") for d in misdemeanor.values() for r in d.reasons)
