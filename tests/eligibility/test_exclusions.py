"""Every section PC 1203.4(b) and 1203.4a(d) exclude: at least one test each."""

from __future__ import annotations

import pytest

from engine_builders import no_probation_case, probation_case, run, status, row
from clinic_app.model import Person

# (code, section, level) excluded from 1203.4 by PC 1203.4(b)
EXCLUDED_1203_4 = [
    ("PC", "286(c)", "felony"),
    ("PC", "286(c)(1)", "felony"),
    ("PC", "288", "felony"),
    ("PC", "288(a)", "felony"),
    ("PC", "287(c)", "felony"),
    ("PC", "288a(c)", "felony"),
    ("PC", "288.5", "felony"),
    ("PC", "289(j)", "felony"),
    ("PC", "311.1", "misdemeanor"),
    ("PC", "311.2", "misdemeanor"),
    ("PC", "311.3", "misdemeanor"),
    ("PC", "311.11", "felony"),
    ("PC", "261.5(d)", "felony"),
    ("VC", "2800", "misdemeanor"),
    ("VC", "2801", "misdemeanor"),
    ("VC", "2803", "misdemeanor"),
]


@pytest.mark.parametrize("code,section,level", EXCLUDED_1203_4, ids=[f"{c} {s}" for c, s, _ in EXCLUDED_1203_4])
def test_excluded_offense_is_not_eligible_for_1203_4(code, section, level):
    rec = probation_case(section, code=code, level=level, kind="formal" if level == "felony" else "summary")
    d = row(run(rec), "pc1203_4")
    assert d.status == "not_eligible"
    assert d.reasons[0].cite == "PC 1203.4(b)"


@pytest.mark.parametrize("section", ["415", "602.8"])
def test_any_infraction_is_excluded_from_1203_4(section):
    rec = probation_case(section, level="infraction")
    assert status(run(rec), "pc1203_4")[0] == "not_eligible"


def test_attempt_of_an_excluded_offense_is_not_excluded():
    # People v. Marinelli (2014): 664/288(a) is not on the 1203.4(b) list.
    rec = probation_case("664/288(a)", level="felony", kind="formal", start="2010-09-01", end="2015-09-01")
    assert status(run(rec), "pc1203_4") == ("eligible", "mandatory", None)
    d = row(run(rec), "pc1203_4")
    assert d.confidence == "M"  # case law, not the text: ca-rules.md 3.1 [M]
    assert any("Marinelli" in r.cite and "attempt" in r.text for r in d.reasons)


def test_misdemeanor_261_5_d_is_not_excluded():
    # The exclusion names felony convictions only.
    rec = probation_case("261.5(d)", level="misdemeanor")
    assert status(run(rec), "pc1203_4")[0] == "eligible"


def test_261_5_d_reduced_under_17b_needs_review():
    rec = probation_case("261.5(d)", level="felony", kind="formal", imposition_suspended=True)
    from clinic_app.model import ReliefGranted

    rec.convictions[0].relief_granted.append(ReliefGranted("pc17b", None))
    assert status(run(rec), "pc1203_4")[0] == "needs_review"


def test_vehicle_code_infraction_is_excluded_from_1203_4a():
    rec = no_probation_case("22350", code="VC", level="infraction", judgment="2024-04-02")
    d = row(run(rec), "pc1203_4a")
    assert d.status == "not_eligible"
    assert "VC 42001" in d.reasons[0].cite


def test_vc_42002_1_misdemeanor_is_excluded_from_1203_4a():
    rec = no_probation_case("2800", code="VC", level="misdemeanor", judgment="2022-01-12")
    assert status(run(rec), "pc1203_4a")[0] == "not_eligible"


def test_penal_code_infraction_is_open_to_1203_4a():
    rec = no_probation_case("415", level="infraction", judgment="2025-08-01")
    assert status(run(rec), "pc1203_4a") == ("eligible", "mandatory", None)


def test_registrable_prison_conviction_is_excluded_from_1203_41():
    from engine_builders import custody_case

    rec = custody_case("286(c)(1)", code="PC", judgment="2005-06-01", release="2011-06-01", supervision_end="2014-06-01")
    d = row(run(rec), "pc1203_41")
    assert d.status == "not_eligible" and d.reasons[0].cite == "PC 1203.41(a)(6)"


def test_a_registrant_s_other_prison_felony_is_an_open_question_for_1203_41():
    """ca-rules 3.3 bars the state-prison route for a conviction that requires registration;
    4.6 bars registrants.  For a registrant's prison felony that does not itself require it,
    the two disagree, so an attorney decides (it was eligible at M), keeping the date."""
    from engine_builders import custody_case

    rec = custody_case("11378", code="HS", judgment="2014-06-01", release="2016-06-01", supervision_end="2018-06-01")
    plain = row(run(rec), "pc1203_41")
    assert plain.status == "eligible"
    d = row(run(rec, person=Person(registrant_290=True)), "pc1203_41")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert "open question" in d.reasons[0].text and d.reasons[0].cite == "PC 1203.41(a)(6)"
    assert any("2020-06-02" in r.text for r in d.reasons)  # the route's own analysis is kept
    # Still waiting either way: the date is said beside the question.
    later = row(run(custody_case("11378", code="HS", judgment="2022-06-01", release="2024-06-01", supervision_end="2025-06-01"), person=Person(registrant_290=True)), "pc1203_41")
    assert later.status == "needs_review"
    assert any("relief opens on 2027-06-02" in r.text for r in later.reasons)


def test_serious_or_violent_prison_conviction_is_outside_1203_42():
    from engine_builders import custody_case

    rec = custody_case("211", code="PC", judgment="2009-03-01", release="2010-06-01", supervision_end="2011-08-01")
    assert status(run(rec), "pc1203_42")[0] == "not_eligible"


@pytest.mark.parametrize("section", ["211", "664/187", "459/460(a)"])
def test_serious_or_violent_felony_is_outside_the_automatic_felony_path(section):
    from engine_builders import custody_case

    rec = custody_case(section, code="PC", judgment="2010-01-01", release="2013-01-01", supervision_end="2016-01-01")
    assert status(run(rec), "pc1203_425")[0] == "not_eligible"


def test_a_serious_count_of_the_same_case_bars_1203_42_and_is_not_called_a_prior():
    """PC 1170(h)(3) speaks of a "prior or current" serious or violent felony: a robbery
    count of the same prison case rules out the drug count's 1203.42, said as a count of
    this case (review finding: it was called "a prior"); one from an earlier case is."""
    from engine_builders import conviction, custody_case

    rec = custody_case("11378", code="HS", judgment="2009-03-01", release="2010-06-01", supervision_end="2011-08-01")
    rec.convictions.append(conviction("211", code="PC", level="felony", convicted="2009-03-01", id="A2"))
    d = row(run(rec), "pc1203_42")
    assert (d.conviction, d.status) == ("A1", "not_eligible")
    assert d.reasons[0].text == "Another count in this case, PC 211, is a serious or violent felony, which rules out PC 1170(h) sentencing."
    earlier = custody_case("211", id="P", code="PC", judgment="2001-03-01", release="2003-06-01", supervision_end="2004-08-01")
    alone = custody_case("11378", code="HS", judgment="2009-03-01", release="2010-06-01", supervision_end="2011-08-01")
    d = row(run(alone, earlier), "pc1203_42", case="A", conv="A1")
    assert d.reasons[0].text == "A prior PC 211 in case P (convicted 2001-03-01, Los Angeles County) is a serious or violent felony, which rules out PC 1170(h) sentencing."


def test_prison_offense_not_punishable_under_1170h_is_outside_1203_42():
    from engine_builders import custody_case

    # HS 11379.6 (manufacturing) is a state-prison felony: not 1170(h)-eligible, and not serious
    # or violent.  (PC 266h was the example; its note rates its 1170(h) reading [L], which is
    # now asked: test_1203_42_asks_where_the_catalog_rates_its_own_1170h_reading_unverified.)
    rec = custody_case("11379.6", code="HS", judgment="2009-03-01", release="2010-06-01", supervision_end="2011-08-01")
    d = row(run(rec), "pc1203_42")
    assert d.status == "not_eligible" and "1170(h)" in d.reasons[0].text


def test_an_excluded_registrable_offense_points_to_what_is_left():
    # ca-rules.md 4.6 (PC 290.5 tiers) and 3.17 (pardon): 1203.4 is closed, these are not.
    from engine_builders import probation_case, row, run

    d = row(run(probation_case("288(a)", level="felony", kind="formal", start="2008-04-01", end="2013-04-01")), "pc1203_4")
    assert d.status == "not_eligible"
    assert any("PC 290.5" in s and "pardon" in s for s in d.next_steps)
    vc = row(run(probation_case("23152(a)", code="VC", level="infraction")), "pc1203_4")
    assert not any("290.5" in s for s in vc.next_steps)


def test_1203_42_reads_registration_as_it_stood_when_sentence_was_passed():
    """PC 1170(h)(3) rules out county jail for a person required to register at sentencing:
    a duty from a later conviction does not close a 2009 prison term (oracle finding)."""
    from engine_builders import custody_case

    prison = custody_case("11378", code="HS", judgment="2009-05-01", release="2010-05-01", supervision_end="2011-05-01")
    later = probation_case("314(1)", id="R", start="2015-03-01", end="2016-03-01")
    d = row(run(prison, later, person=Person(registrant_290=True)), "pc1203_42")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert "no registrable conviction on or before this sentence (2009-05-01)" in d.reasons[0].text
    earlier = probation_case("314(1)", id="R", start="2005-03-01", end="2006-03-01")
    d = row(run(prison, earlier, person=Person(registrant_290=True)), "pc1203_42")
    assert (d.status, d.confidence) == ("not_eligible", "H")
    assert d.reasons[0].text == "The person is required to register under PC 290 (PC 314(1) in case R (Los Angeles County), 2005-03-01), which rules out PC 1170(h) sentencing."


def test_a_registrable_prison_term_gets_the_step_a_registrable_probation_case_gets():
    """R17-15: S14 (288(a) probation) was told to ask about a 290.5 petition and a pardon,
    S18 (286(c) prison) was given no step at all."""
    from engine_builders import custody_case

    prison = custody_case("286(c)(1)", code="PC", judgment="2005-06-01", release="2011-06-01", supervision_end="2014-06-01")
    d = row(run(prison, person=Person(registrant_290=True)), "pc1203_41")
    assert d.status == "not_eligible"
    assert d.next_steps == ["This dismissal is closed; what is left is for an attorney to weigh: a tier-based petition to end sex-offender registration (PC 290.5, after 10 or 20 years) and a Governor's pardon application."]


def test_labor_trafficking_is_not_a_registrable_offense_but_sex_trafficking_is():
    """Oracle check O20-01: PC 236.1(a) (labor trafficking) read as the bare 236.1 row, which
    was flagged registrable, so the state-prison route of 1203.41 and 1203.425's felony path
    were refused "requires PC 290 registration", and the certificate period had 5 more years.
    PC 290(c) names 236.1(b) and (c) only."""
    from engine_builders import custody_case, row, run

    def prison(section):
        return custody_case(section, code="PC", judgment="2012-01-10", release="2016-01-10", supervision_end="2018-01-10")

    labor = run(prison("236.1(a)"))
    assert row(labor, "pc1203_41").status == "eligible"
    assert not any("290" in r.text for r in row(labor, "pc1203_41").reasons)
    assert "7 years" in " ".join(r.text for r in row(labor, "cor").reasons)
    sex = run(prison("236.1(b)"))
    assert row(sex, "pc1203_41").status == "not_eligible"
    assert any("PC 1203.41(a)(6)" in r.cite for r in row(sex, "pc1203_41").reasons)
    # Written without its subdivision, the record does not say which: an attorney checks.
    assert row(run(prison("236.1")), "pc1203_41").status == "needs_review"
