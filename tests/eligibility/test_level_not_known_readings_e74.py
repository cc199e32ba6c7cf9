"""E74-01: a count whose level the record does not give asked for it in every remedy that could
turn on it (V53-02), even where the known facts settle the remedy at every level: a man born
1979 convicted of PC 484(a) in 2019 on summary probation was asked the level for PC 1203.45
(he was 40 at conviction: not applicable as a misdemeanor, and it seals no felony or
infraction) and 1203.41 (a probation sentence, at any level), and his handout listed "Sealing
(offense before age 18)" as "a lawyer must check" (Z73, left alone 3).  The count is now
screened as each level it could be, and where every reading gives the same status, relief and
day, that is the answer; where they differ the level is asked exactly as before."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from clinic_app.eligibility import screen
from clinic_app.model import LEVELS
from clinic_app.screening_format import read_request

# /tmp/z.json of the brief: synthetic.
_Z = {"as_of": "2026-12-04", "person": {"dob": "1979-03-02", "us_citizen": True},
      "cases": [{"id": "c1", "county": "Orange", "outcome": "convicted", "case_number": "BA1",
                 "convictions": [{"id": "v1", "code": "PC", "section": "484(a)", "conviction_date": "2019-05-01", "level": None}],
                 "sentence": {"type": "probation", "judgment_date": "2019-05-01",
                              "probation": {"kind": "summary", "start": "2019-05-01", "end": "2021-05-01", "status": "completed"}}}]}
_ASKED = "The record does not say whether PC 484(a) was a felony, a misdemeanor or an infraction, and this remedy turns on it."
_SAME = "The record does not say whether PC 484(a) was a felony, a misdemeanor or an infraction; the answer here is the same whichever it is."


def _screened(level=None, as_of=None, **probation):
    raw = copy.deepcopy(_Z)
    raw["cases"][0]["convictions"][0]["level"] = level
    raw["cases"][0]["sentence"]["probation"].update(probation)
    request = read_request(raw)
    screening = screen(request.person, request.cases, as_of or request.as_of)
    return {d.remedy: d for d in screening.results if d.conviction == "v1"}


def test_e74_01_what_every_level_answers_alike_is_answered_not_asked():
    unknown = _screened()
    by_level = {level: _screened(level) for level in LEVELS}
    for remedy in ("pc1203_45", "pc1203_41"):
        d = unknown[remedy]
        assert (d.status, d.missing_facts) == ("not_applicable", []), remedy
        assert d.reasons[0].text == _SAME
        assert {by_level[level][remedy].status for level in LEVELS} == {"not_applicable"}
    # Each level's own reason is said, with the level it is said of, read aloud as one line.
    texts = [r.text for r in unknown["pc1203_45"].reasons]
    assert texts[1:] == [
        "As a felony: PC 1203.45 seals misdemeanors; this conviction is a felony.",
        "As a misdemeanor: The person was 25 or older at conviction, so this misdemeanor (charged within a year of the offense) was not committed under 18.",
        "As an infraction: PC 1203.45 seals misdemeanors; this conviction is an infraction.",
    ]
    # No surer than its least sure reading (the misdemeanor's age rule is M).
    assert unknown["pc1203_45"].confidence == "M"
    assert unknown["pc1203_41"].confidence == "H"
    # Automatic relief: every level's probation path gives the same answer, said once.
    automatic = unknown["pc1203_425"]
    assert (automatic.status, automatic.mode) == ("eligible", "automatic")
    assert [r.text for r in automatic.reasons[1:]] == [r.text for r in by_level["misdemeanor"]["pc1203_425"].reasons]


def test_e74_01_where_the_levels_answer_differently_the_level_is_asked_as_before():
    unknown = _screened()
    # 1203.4: eligible as a felony or a misdemeanor, not for an infraction; 17(b): a felony's
    # question; Prop 47: not a misdemeanor's; 1203.4a: an infraction on probation needs review.
    for remedy in ("pc1203_4", "pc17b", "prop47", "pc1203_4a", "cor"):
        d = unknown[remedy]
        assert (d.status, d.missing_facts, d.confidence) == ("needs_review", ["convictions[v1].level"], "M"), remedy
        assert [r.text for r in d.reasons] == [_ASKED], remedy
    assert _screened("felony")["pc1203_4"].status != _screened("infraction")["pc1203_4"].status


@pytest.mark.parametrize("day, status, when", [
    (date(2027, 3, 1), "eligible_on", date(2027, 3, 2)),  # the day probation ends: relief the day after, at every level
    (date(2027, 3, 2), "eligible", None),
    (date(2027, 3, 3), "eligible", None),
])
def test_e74_01_a_date_every_level_gives_is_given_the_day_before_and_on_it(day, status, when):
    # Probation recorded completed on its end day (as the clinic updates it once it ends).
    unknown = _screened(as_of=day, end="2027-03-01", status="active" if day < date(2027, 3, 2) else "completed")
    d = unknown["pc1203_425"]
    assert (d.status, d.mode, d.date, d.missing_facts) == (status, "automatic", when, [])
    assert d.reasons[0].text == _SAME
    for level in LEVELS:
        at = _screened(level, as_of=day, end="2027-03-01", status="active" if day < date(2027, 3, 2) else "completed")["pc1203_425"]
        assert (at.status, at.date) == (status, when), level


def test_e74_01_readings_that_need_review_keep_the_level_question():
    # Probation still recorded active past its end: every reading needs review, for a fact the
    # level may still decide once it is found; the level is asked with it, as before.
    unknown = _screened(as_of=date(2027, 3, 2), end="2027-03-01", status="active")
    assert {_screened(level, as_of=date(2027, 3, 2), end="2027-03-01", status="active")["pc1203_425"].status for level in LEVELS} == {"needs_review"}
    assert unknown["pc1203_425"].missing_facts == ["convictions[v1].level"]
    assert [r.text for r in unknown["pc1203_425"].reasons] == [_ASKED]


def test_e74_01_the_client_handout_lists_no_sealing_before_18_for_a_man_convicted_at_40():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "handouts"))
    from handout_render import pdf_text

    from clinic_app.model import Client

    request = read_request(copy.deepcopy(_Z))
    client = Client(name="Synthetic Client", person=request.person, cases=list(request.cases))
    en, es = pdf_text(client, "en"), pdf_text(client, "es")
    # The level is still asked where it counts; automatic relief is said as for any level.
    assert "Level not known" in en and "whether you qualify for a dismissal (expungement)" in en
    assert "Automatic relief: No papers are needed." in en
    assert "before age 18" not in en
    assert "antes de los 18" not in es
