"""X263: `clinic-app screen --format text` of an exported client, whose `client` block carries
her petitions, said nothing of them.  A dismissal the judge granted, its relief not yet recorded
on the count, read "Open now: PC 1203.4 dismissal" and "File form CR-180"; a denied Prop 47
"File a Prop 47 application", where the filing worksheet, the Eligibility tab and the caseload
list each say where the court stands.  Now each of those results says it, in the words of
`court.petition_said`.  The JSON (FORMAT.md's result) is the same with or without them, and a
request with no client block reads as before."""

from __future__ import annotations

import copy
import io
import json

import pytest

from clinic_app.screen_command import run_single


def _probation_case(key: str, number: str, section: str, level: str, convicted: str, ended: str, **conv) -> dict:
    return {"id": key, "case_number": number, "county": "Los Angeles",
            "convictions": [{"id": f"{key}1", "code": "PC", "section": section, "level": level,
                             "conviction_date": convicted, **conv}],
            "sentence": {"type": "probation", "judgment_date": convicted, "imposition_suspended": True,
                         "probation": {"kind": "summary" if level == "misdemeanor" else "formal",
                                       "start": convicted, "end": ended, "status": "completed"}}}


def _petition(case: str, remedy: str, **said) -> dict:
    return {"case": case, "remedy": remedy, "filed_on": "2026-08-03", "convictions": [f"{case}1"], **said}


# Synthetic: a petty theft whose dismissal the judge granted (not yet typed on the count), a
# receiving of $700 whose Prop 47 the judge denied, and a petty theft whose dismissal is filed.
REQUEST = {
    "as_of": "2026-12-01",
    "person": {"dob": "1988-04-12", "us_citizen": True},
    "cases": [_probation_case("A", "4CJ05511", "484(a)/488", "misdemeanor", "2018-03-05", "2020-03-05"),
              _probation_case("C", "BA388210", "496(a)", "felony", "2012-01-09", "2015-01-09", value_dollars=700),
              _probation_case("D", "5CJ07720", "484(a)/488", "misdemeanor", "2021-05-06", "2023-05-06")],
    "client": {"name": "Rosa Test Quintero", "petitions": [
        _petition("A", "pc1203_4", hearing_on="2026-11-16", ruling="granted", ruling_on="2026-11-16"),
        _petition("C", "prop47", hearing_on="2026-11-16", ruling="denied", ruling_on="2026-11-16"),
        _petition("D", "pc1203_4", hearing_on="2027-01-12")]},
}


def _screened(tmp_path_factory, request: dict, fmt: str) -> str:
    path = tmp_path_factory.mktemp("x263") / "client.json"
    path.write_text(json.dumps(request), encoding="utf-8")
    out = io.StringIO()
    assert run_single(str(path), None, fmt, out) == 0
    return out.getvalue()


@pytest.fixture(scope="module")
def text(tmp_path_factory) -> str:
    return _screened(tmp_path_factory, REQUEST, "text")


def _without_petitions() -> dict:
    bare = copy.deepcopy(REQUEST)
    del bare["client"]
    return bare


def _section(text: str, heading: str) -> str:
    """The lines of `text` from the one that starts with `heading` to the next case's, one line."""
    start = text.index(heading)
    end = text.find("\nCASE ", start + 1)
    return " ".join(text[start:end if end > 0 else None].split())


def test_x263_01_each_result_a_petition_asks_for_says_where_the_court_stands(text):
    granted = _section(text, "CASE A")
    assert ("PC 1203.4 dismissal ELIGIBLE NOW mandatory H At the court: Petition filed 2026-08-03, granted "
            "2026-11-16: record the relief on the count (Record tab). Not to file again.") in granted
    denied = _section(text, "CASE C")
    assert ("Prop 47 reduction ELIGIBLE NOW good cause H At the court: Petition filed 2026-08-03, denied "
            "2026-11-16: an attorney reviews before it is filed again.") in denied
    # Only the relief the petition asks for: the 17(b) beside the denied Prop 47 is not the court's.
    assert denied.count("At the court:") == 1
    filed = _section(text, "CASE D")
    assert ("PC 1203.4 dismissal ELIGIBLE NOW mandatory H At the court: Petition already filed 2026-08-03; "
            "hearing 2027-01-12. Not to file again.") in filed
    assert text.count("At the court:") == 3


def test_x263_01_a_request_without_petitions_says_nothing_of_a_court_and_json_is_the_same(tmp_path_factory):
    bare = _without_petitions()
    assert "At the court" not in _screened(tmp_path_factory, bare, "text")
    # FORMAT.md's result does not read the caseload's petitions.
    assert _screened(tmp_path_factory, bare, "json") == _screened(tmp_path_factory, REQUEST, "json")


def test_x263_02_in_short_says_what_is_at_the_court_apart_from_what_is_open(text):
    in_short = " ".join(text[text.index("In short:"):text.index("\n\n", text.index("In short:"))].split())
    assert ("At the court (see each below): PC 1203.4 dismissal (A1: granted 2026-11-16; D1: filed 2026-08-03); "
            "Prop 47 reduction (C1: denied 2026-11-16).") in in_short
    # What no petition asks for stays open: C1's dismissal, and the 17(b) beside its denied Prop 47.
    assert "Open now: PC 1203.4 dismissal (C1); PC 17(b) reduce to misdemeanor (C1)." in in_short
