"""T61: the engine read against ca-rules.md, remedy by remedy (legal review).

Each test quotes the rule it holds the engine to, and failed on the code before its fix."""

from __future__ import annotations

import pytest

from clinic_app.model import ReliefGranted

from engine_builders import D, no_probation_case, row, run


# ---- T61-01: PC 17(b)(1) after a judgment with no probation and no custody ----


def test_t61_01_a_felony_wobbler_judged_without_probation_or_custody_is_not_offered_a_reduction():
    """ca-rules.md 3.7 [H]: a wobbler "becomes a misdemeanor 'for all purposes': (b)(1) after a
    judgment imposing punishment other than state prison or 1170(h) jail".  The reduction is
    the judgment's own effect, not a discretionary request: a record saying "felony" beside a
    judgment of no probation and no custody contradicts itself, and which fact is wrong decides
    every remedy.  It had answered eligible, discretionary, "Ask for the reduction on form
    CR-180", as if the court had something to decide."""
    d = row(run(no_probation_case("496(a)", level="felony", judgment="2020-02-10")), "pc17b")
    assert d.status == "needs_review"
    assert d.confidence == "M"
    assert d.missing_facts == []  # the record gives both facts; one of them is wrong
    said = " ".join(r.text for r in d.reasons)
    assert "misdemeanor for all purposes by itself" in said
    assert any(r.cite == "PC 17(b)(1)" for r in d.reasons)
    assert not any("CR-180" in s for s in d.next_steps)
    assert any("record the conviction as a misdemeanor" in s for s in d.next_steps)


def test_t61_01_probation_granted_with_imposition_suspended_is_still_the_courts_choice():
    """ca-rules.md 3.7: "(b)(3) when probation is granted without imposition of sentence, either
    at the grant or on application later": discretionary, unchanged by T61-01."""
    from engine_builders import probation_case

    case = probation_case("496(a)", level="felony", kind="formal", imposition_suspended=True, start="2016-03-02", end="2019-03-02")
    d = row(run(case), "pc17b")
    assert (d.status, d.mode) == ("eligible", "discretionary")


def test_t61_01_a_reduction_the_record_shows_granted_is_left_as_it_was():
    case = no_probation_case("496(a)", level="felony", judgment="2020-02-10")
    case.convictions[0].relief_granted = [ReliefGranted("pc17b", D("2020-06-01"))]
    assert row(run(case), "pc1203_4a").status == "eligible"


# ---- T61-02: PC 1203.42 for felony probation revoked before realignment ----


def _revoked(revoked_on: str, *, granted="2008-03-02", section="11378", code="HS", imposition_suspended=True):
    from engine_builders import probation_case

    return probation_case(section, code=code, level="felony", start=granted, end="2012-03-02", status="revoked", kind="formal",
                          violations=[(revoked_on, "revoked")], imposition_suspended=imposition_suspended)


@pytest.mark.parametrize("revoked_on, expected", [("2011-09-30", "needs_review"), ("2011-10-01", "not_applicable"), ("2011-10-02", "not_applicable")])
def test_t61_02_felony_probation_revoked_before_realignment_may_be_a_1203_42_prison_sentence(revoked_on, expected):
    """ca-rules.md 3.4 [H]: PC 1203.42 is for a felony "sentenced before 2011-10-01 to state prison";
    3.3: a felony probation "where probation was revoked and a jail or prison term executed" goes the
    custody way.  Before realignment that term could only be state prison, and the record does not say
    whether one followed: needs_review, not "not_applicable" at H.  Imposition suspended and revoked
    from 2011-10-01, any term was imposed under realignment: not 1203.42 (the day before, the day,
    the day after)."""
    d = row(run(_revoked(revoked_on)), "pc1203_42")
    assert d.status == expected
    if expected == "needs_review":
        assert d.missing_facts == ["sentence.custody"]
        assert d.confidence == "M"
        assert f"revoked on {revoked_on}" in d.reasons[0].text
    else:
        assert "after realignment" in d.reasons[0].text


def test_t61_02_a_prison_term_imposed_before_realignment_and_suspended_is_asked_whatever_the_revocation_day():
    """People v. Wood's case: a prison term imposed (before realignment) and its execution suspended;
    a revocation after 2011-10-01 executes that pre-realignment prison sentence."""
    d = row(run(_revoked("2012-01-10", imposition_suspended=False)), "pc1203_42")
    assert d.status == "needs_review"


def test_t61_02_probation_granted_after_realignment_or_an_offense_never_1170h_stays_not_applicable():
    assert row(run(_revoked("2014-01-10", granted="2013-03-02")), "pc1203_42").status == "not_applicable"
    robbery = row(run(_revoked("2010-01-10", section="211", code="PC")), "pc1203_42")
    assert robbery.status == "not_applicable" and "1170(h)" in robbery.reasons[0].text


def test_t61_02_probation_not_revoked_is_still_not_a_1203_42_case():
    from engine_builders import probation_case

    d = row(run(probation_case("11378", code="HS", level="felony", start="2008-03-02", end="2011-03-02", kind="formal")), "pc1203_42")
    assert d.status == "not_applicable"


# ---- T61-03: PC 1203.4a for the same felony wobbler judged without probation or custody ----


def test_t61_03_1203_4a_asks_rather_than_calls_it_a_felony_at_h():
    """ca-rules.md 3.2 [H/M]: 1203.4a covers "a misdemeanor with probation not granted ... This includes
    a felony already reduced to a misdemeanor"; 3.7 [H]: a wobbler becomes one "after a judgment imposing
    punishment other than state prison or 1170(h) jail".  The row had said "not applicable: this is a
    felony" at H beside 17(b)'s question (T61-01)."""
    d = row(run(no_probation_case("496(a)", level="felony", judgment="2020-02-10")), "pc1203_4a")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert any("PC 17(b)(1)" in r.cite for r in d.reasons)


def test_t61_03_a_straight_felony_without_probation_is_still_not_a_1203_4a_case():
    d = row(run(no_probation_case("11350(a)", code="HS", level="felony", judgment="2020-02-10")), "pc1203_4a")
    assert (d.status, d.confidence) == ("not_applicable", "H")


def test_t61_03_a_felony_wobbler_sentenced_to_prison_is_still_not_a_1203_4a_case():
    from engine_builders import custody_case

    d = row(run(custody_case("496(a)", code="PC", judgment="2015-06-01")), "pc1203_4a")
    assert d.status == "not_applicable"


def test_t61_03_17b_and_1203_4a_ask_the_one_check_in_the_same_words():
    """The report groups identical steps: the paralegal reads the check of the judgment once."""
    s = run(no_probation_case("496(a)", level="felony", judgment="2020-02-10"))
    assert row(s, "pc17b").next_steps == row(s, "pc1203_4a").next_steps


# ---- T61-04: automatic relief for the same record: the felony path alone had answered ----


@pytest.mark.parametrize("as_of, expected", [("2026-11-15", "needs_review"), ("2026-11-16", "eligible"), ("2026-11-17", "eligible")])
def test_t61_04_automatic_relief_asks_only_where_the_felony_and_misdemeanor_paths_differ(as_of, expected):
    """ca-rules.md 3.5: path (I)(ib) is a "misdemeanor or infraction, no probation, sentence completed,
    and at least one calendar year since judgment"; (II) a felony, 4 years after completion.  3.7 [H]:
    17(b)(1) makes the wobbler a misdemeanor by a judgment other than prison or 1170(h); section 7: "When
    two readings of a completion date give different bands, use review".  Judgment 2022-11-15: the
    felony path opens 2026-11-16 (the day before: eligible_on vs eligible), the misdemeanor path long
    before; from the day it opens the two agree."""
    d = row(run(no_probation_case("496(a)", level="felony", judgment="2022-11-15"), as_of=as_of), "pc1203_425")
    assert d.status == expected
    if expected == "needs_review":
        assert d.confidence == "M"
        said = [r.text for r in d.reasons]
        assert any(t.startswith("Read as a felony: DOJ may act after 2026-11-16") for t in said), said
        assert any(t.startswith("Read as a misdemeanor without probation") and t.endswith("relief may apply now.") for t in said), said


def test_t61_04_a_conviction_before_2005_is_not_refused_on_the_felony_path_alone():
    d = row(run(no_probation_case("496(a)", level="felony", judgment="2000-02-10")), "pc1203_425")
    assert d.status == "needs_review"
    straight = row(run(no_probation_case("11350(a)", code="HS", level="felony", judgment="2000-02-10")), "pc1203_425")
    assert straight.status == "not_eligible"
