"""V53-02: a conviction whose level is not known (a request's `level: null`; a count saved at
intake or on the Record tab with no level chosen) is screened as that: every remedy of the
count needs review, naming the missing level, where a count nobody gave a level was stored
and screened as a misdemeanor.  A request must still give the key (FORMAT.md gives no default)."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import REMEDIES, screen
from clinic_app.eligibility.fact_questions import question
from clinic_app.eligibility.text_report import render_text
from clinic_app.screening_format import FormatError, read_request

AS_OF = date(2026, 11, 15)


def _request(level="__absent__", section="664/211"):
    count = {"id": "A1", "code": "PC", "section": section, "conviction_date": "2016-05-20"}
    if level != "__absent__":
        count["level"] = level
    return {"as_of": "2026-11-15", "person": {"dob": "1985-04-02", "us_citizen": True}, "cases": [{
        "id": "A", "outcome": "convicted", "convictions": [count],
        "sentence": {"type": "probation", "judgment_date": "2016-05-20", "imposition_suspended": True, "completed": True,
                     "probation": {"kind": "summary", "start": "2016-05-20", "end": "2019-05-20", "status": "completed"}}}]}


def _screened(level, section="664/211"):
    request = read_request(_request(level, section))
    return request, screen(request.person, request.cases, AS_OF)


@pytest.mark.parametrize("section", ["664/211", "487", "211", "9999"])
def test_a_count_without_a_level_asks_for_it_in_every_remedy(section):
    _request_read, screening = _screened(None, section)
    everything = [d for d in screening.results if d.conviction == "A1"]
    assert everything and {d.remedy for d in everything} <= {r.key for r in REMEDIES}
    # Every remedy that turns on the level asks for it; one closed at every level in the same
    # words (Prop 64 for a non-marijuana offense) is not applicable, as it is at each (R55-03),
    # and one every level answers alike is answered so (E74-01): at each level it is that.
    count = [d for d in everything if d.status == "needs_review"]
    by_level = {level: {d.remedy: d for d in _screened(level, section)[1].results if d.conviction == "A1"} for level in ("felony", "misdemeanor", "infraction")}
    for d in everything:
        if d.status != "needs_review":
            assert {(at[d.remedy].status, at[d.remedy].mode, at[d.remedy].date) for at in by_level.values()} == {(d.status, d.mode, d.date)}, d.remedy
    assert {"pc1203_4", "pc1203_4a", "pc17b"} <= {d.remedy for d in count}
    assert all(d.missing_facts == ["convictions[A1].level"] for d in count)
    assert all("was a felony, a misdemeanor or an infraction" in d.reasons[0].text for d in count)


def test_with_a_level_the_same_count_is_answered_as_before():
    _r, misdemeanor = _screened("misdemeanor")
    pc1203_4 = next(d for d in misdemeanor.results if d.conviction == "A1" and d.remedy == "pc1203_4")
    assert pc1203_4.status == "eligible"  # what a count with no level used to be screened as, unasked
    _r, unknown = _screened(None)
    assert next(d for d in unknown.results if d.conviction == "A1" and d.remedy == "pc1203_4").status == "needs_review"


def test_the_missing_level_is_asked_as_a_question_and_said_in_the_report():
    request, screening = _screened(None)
    assert question("convictions[A1].level") == "Conviction A1: Was the conviction a felony, a misdemeanor or an infraction?"
    report = render_text(screening, request.person, request.cases)
    assert "Was the conviction a felony, a misdemeanor or an infraction?" in report
    assert "PC 664/211, level not known" in report and "None" not in report


def test_no_firearm_words_of_a_misdemeanor_for_a_count_of_unknown_level():
    _r, screening = _screened(None)
    firearms = [c.text for c in screening.consequences if c.conviction == "A1" and c.topic == "firearms"]
    assert len(firearms) == 1 and "depends on its level" in firearms[0]
    assert "misdemeanor (it is not on" not in " ".join(firearms)


def test_a_request_still_gives_the_key():
    with pytest.raises(FormatError, match=r"cases\[0\]\.convictions\[0\]\.level: missing"):
        read_request(_request())
    assert read_request(_request(None)).cases[0].convictions[0].level is None
