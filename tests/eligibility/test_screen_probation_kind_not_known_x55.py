"""X55: a probation whose kind (formal or summary) the record does not give.  Intake stored the
probation of a count of unknown level as summary, and automatic relief (PC 1203.425) for
ANOTHER case read that as a fact: summary probation there is an open question, formal
probation a certain block until it ends.  A kind not known is now asked for, by its FORMAT.md
path, on every path of 1203.425 that the other case's probation decides; a kind given is
answered as before."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text
from clinic_app.screening_format import read_request

AS_OF = "2026-11-15"
KIND_FACT = "cases[B].sentence.probation.kind"
KIND_REASON = "The record does not say whether probation in case B (PC 602, convicted 2025-06-01, Los Angeles County) is formal or summary; formal (supervised) probation stops automatic relief while it runs."
KIND_STEP = ("Find out, then screen again: Case B: Was probation formal (supervised by the probation department) or summary (unsupervised)? "
             "Where to look: the court docket or the probation department.")


def _request(cases):
    return read_request({"as_of": AS_OF, "person": {"dob": "1985-04-02", "us_citizen": True}, "cases": cases})


def _automatic(cases):
    request = _request(cases)
    screening = screen(request.person, request.cases, date.fromisoformat(AS_OF))
    return next(d for d in screening.results if d.conviction == "A1" and d.remedy == "pc1203_425")


def _probation(cid, start, end, kind):
    return {"id": cid, "outcome": "convicted",
            "convictions": [{"id": cid + "1", "section": "602", "level": "misdemeanor", "conviction_date": start}],
            "sentence": {"type": "probation", "judgment_date": start, "imposition_suspended": True,
                         "probation": {"kind": kind, "start": start, "end": end, "status": "active"}}}


def _theft_2015(**more):
    """A 2015 misdemeanor without probation, completed: path (I)(ib), open since DOJ's 2024 start."""
    return {"id": "A", "outcome": "convicted",
            "convictions": [{"id": "A1", "section": "484(a)", "level": "misdemeanor", "conviction_date": "2015-03-01"}],
            "sentence": {"type": "no_probation", "judgment_date": "2015-03-01", "completed": True}, **more}


def _felony_jail_2023():
    """A 2023 1170(h) felony, released 2023-09-01: the felony path's four years end 2027-09-01."""
    return {"id": "A", "outcome": "convicted",
            "convictions": [{"id": "A1", "section": "487(a)", "level": "felony", "conviction_date": "2023-03-01"}],
            "sentence": {"type": "county_jail_1170h", "judgment_date": "2023-03-01", "completed": True,
                         "custody": {"split": False, "release_date": "2023-09-01", "supervision": "none"}}}


SCENES = {
    # Probation in B is all that stands in the way.
    "only bar": lambda kind: [_theft_2015(), _probation("B", "2025-06-01", "2027-06-01", kind)],
    # Formal probation in C ends first; B's runs on after it.
    "after another bar": lambda kind: [_theft_2015(), _probation("B", "2025-06-01", "2028-06-01", kind),
                                       _probation("C", "2025-01-01", "2027-01-01", "formal")],
    # The felony path: B's probation runs past the four years.
    "felony path": lambda kind: [_felony_jail_2023(), _probation("B", "2025-06-01", "2029-06-01", kind)],
    # A's own sentence is in doubt (fines unpaid though marked completed), said beside B's probation.
    "beside a doubt": lambda kind: [_theft_2015(money={"fines_ordered": 500, "fines_paid": 100}),
                                    _probation("B", "2025-06-01", "2027-06-01", kind)],
}
# What each scene answered before X55, for the kinds a record could already hold.
KNOWN = {
    ("only bar", "summary"): ("needs_review", None), ("only bar", "formal"): ("blocked", date(2027, 6, 2)),
    ("after another bar", "summary"): ("needs_review", None), ("after another bar", "formal"): ("blocked", date(2028, 6, 2)),
    ("felony path", "summary"): ("needs_review", None), ("felony path", "formal"): ("blocked", date(2029, 6, 2)),
    ("beside a doubt", "summary"): ("needs_review", None), ("beside a doubt", "formal"): ("needs_review", None),
}


@pytest.mark.parametrize("scene", SCENES)
def test_probation_of_unknown_kind_in_another_case_is_asked_not_read_as_either(scene):
    row = _automatic(SCENES[scene](None))
    assert row.status == "needs_review" and row.date is None
    assert KIND_FACT in row.missing_facts
    texts = [r.text for r in row.reasons]
    assert KIND_REASON in texts
    assert any(t.startswith("Whether summary (unsupervised) probation in another case") or "whether summary (unsupervised) probation in another case stops automatic relief is an open question" in t
               for t in texts)
    assert KIND_STEP in row.next_steps
    assert row.confidence == "L"


@pytest.mark.parametrize("scene, kind", list(KNOWN))
def test_a_kind_given_is_answered_as_before(scene, kind):
    row = _automatic(SCENES[scene](kind))
    assert (row.status, row.date) == KNOWN[scene, kind]
    assert KIND_FACT not in row.missing_facts
    assert KIND_REASON not in [r.text for r in row.reasons]


def test_after_another_bar_the_probation_of_unknown_kind_is_not_called_summary():
    texts = [r.text for r in _automatic(SCENES["after another bar"](None)).reasons]
    assert "After that, probation in case B (PC 602, convicted 2025-06-01, Los Angeles County) runs through 2028-06-01; whether summary (unsupervised) probation in another case stops automatic relief is an open question." in texts


def test_a_kind_not_known_that_decides_nothing_changes_nothing():
    """B's probation ends before the felony path's own day (2027-09-02): its kind decides nothing."""
    cases = lambda kind: [_felony_jail_2023(), _probation("B", "2025-06-01", "2027-06-01", kind)]  # noqa: E731
    unknown, summary = _automatic(cases(None)), _automatic(cases("summary"))
    assert (unknown.status, unknown.date, unknown.missing_facts) == (summary.status, summary.date, summary.missing_facts)
    assert unknown.status == "eligible_on" and KIND_FACT not in unknown.missing_facts


def test_the_own_case_s_probation_of_unknown_kind_is_screened_as_its_dates_say():
    """A count's own probation: 1203.4 turns on its dates and terms, not on formal or summary."""
    request = _request([_probation("B", "2020-06-01", "2022-06-01", None) | {"sentence": {
        "type": "probation", "judgment_date": "2020-06-01", "imposition_suspended": True, "completed": True,
        "probation": {"kind": None, "start": "2020-06-01", "end": "2022-06-01", "status": "completed"}}}])
    screening = screen(request.person, request.cases, date.fromisoformat(AS_OF))
    row = next(d for d in screening.results if d.remedy == "pc1203_4")
    assert row.status == "eligible" and not any(f.endswith("probation.kind") for d in screening.results for f in d.missing_facts)


def test_the_text_report_says_the_kind_is_not_known():
    request = _request(SCENES["only bar"](None))
    screening = screen(request.person, request.cases, date.fromisoformat(AS_OF))
    text = render_text(screening, request.person, request.cases)
    assert "probation (formal or summary not known) 2025-06-01 to 2027-06-01 (active)" in text
    assert "None probation" not in text


def test_the_worksheet_says_the_kind_is_not_known():
    from clinic_app.worksheet.compose import _sentence_facts

    case = _request(SCENES["only bar"](None)).cases[1]
    facts = {f.label: f.value for f in _sentence_facts(case, date.fromisoformat(AS_OF))}
    assert facts["Probation granted"].startswith("kind not known, ")
