"""E310: every reason cites what it rests on (the rules reviewer Q307's faults, against ca-rules.md)."""

from __future__ import annotations

from dataclasses import replace

from tests.eligibility.engine_builders import D, custody_case, money, no_probation_case, probation_case, row, run


def _cite(screening, topic: str, case="A", conv="A1") -> str:
    return next(c.cite for c in screening.consequences if c.case == case and c.conviction == conv and c.topic == topic)


def test_restitution_still_owed_cites_the_sb1106_clause_of_its_own_route():
    """Q307-01: "Restitution ... stays owed" cited PC 1203.4(a)(1) whatever the route: a case with
    no probation (1203.4a) or a prison term (1203.41) read a statute that does not reach it."""
    owed = money(restitution_ordered=300, restitution_paid=0)
    probation = replace(probation_case(start="2019-01-10", end="2020-01-10"), money=owed)
    no_probation = no_probation_case("415(1)", id="B", judgment="2020-01-10", money=owed)
    prison = replace(custody_case("11378", id="C", judgment="2015-06-01"), money=owed)
    s = run(probation, no_probation, prison)
    assert _cite(s, "restitution") == "PC 1203.4(c)(3) (SB 1106); PC 1214"
    assert _cite(s, "restitution", "B", "B1") == "PC 1203.4a(e) (SB 1106); PC 1214"
    assert _cite(s, "restitution", "C", "C1") == "PC 1203.41(d) (SB 1106); PC 1214"
    # Before SB 1106 there was no such clause: the order's own enforceability only.
    assert _cite(run(no_probation, as_of="2022-06-01"), "restitution", "B", "B1") == "PC 1214"


def _reason_cite(d, starts: str) -> str:
    found = [r.cite for r in d.reasons if r.text.startswith(starts) or starts in r.text]
    assert found, [r.text for r in d.reasons]
    return found[0]


def test_unpaid_restitution_before_sb1106_is_weighed_under_17b_not_covington():
    """Q307-02: 17(b)'s pre-SB 1106 restitution line cited People v. Covington, a 1203.4 case."""
    owed = money(restitution_ordered=300, restitution_paid=0)
    wobbler = replace(probation_case("496(a)", level="felony", wobbler=True, kind="formal", imposition_suspended=True), money=owed)
    d = row(run(wobbler, as_of="2022-06-01"), "pc17b")
    assert (d.status, d.confidence) == ("eligible", "M")  # its answer and tag kept
    assert _reason_cite(d, "Restitution is unpaid; before SB 1106") == "PC 17(b)"


def test_a_17b_reduction_lifting_the_felony_firearm_ban_cites_17b():
    """Q307-03: "A PC 17(b) reduction to a misdemeanor would lift the state felony ban" named no 17(b)."""
    wobbler = probation_case("496(a)", level="felony", wobbler=True, kind="formal", imposition_suspended=True)
    s = run(wobbler)
    line = next(c for c in s.consequences if c.topic == "firearms")
    assert "A PC 17(b) reduction to a misdemeanor would lift the state felony ban" in line.text
    assert line.cite == "PC 29800(a)(1); 18 USC 922(g)(1); PC 1203.4(a)(2); PC 17(b); PC 1170.18(k)"


def test_automatic_reliefs_serious_felony_question_cites_the_definitions():
    """Q307-04: path (I)(ia)'s question on a 245(a)(1), serious only if a deadly weapon was used,
    cited PC 1203.425(a)(1) alone; it turns on PC 1192.7(c) and 667.5(c)."""
    assault = probation_case("245(a)(1)", level="felony", kind="formal", start="2010-05-01", end="2013-05-01")
    d = row(run(assault), "pc1203_425")
    assert (d.status, d.confidence) == ("needs_review", "L")
    assert _reason_cite(d, "is a serious or violent felony only if") == "PC 1203.425(a)(1)(B)(iv)(I)(ia); PC 1192.7(c); PC 667.5(c)"


def test_a_prior_serious_only_on_a_condition_cites_the_definitions_for_1203_42():
    """Q307-05: 1203.42's prior "serious or violent only if ..." cited PC 1170(h)(3) alone, where
    the same sentence of the count itself cites the definitions too."""
    prior = probation_case("245(a)(1)", id="P", level="felony", kind="formal", start="2005-05-01", end="2008-05-01")
    prison = custody_case("11378", judgment="2010-06-01", release="2011-06-01", supervision_end="2012-06-01")
    d = row(run(prior, prison), "pc1203_42")
    assert _reason_cite(d, "is a serious or violent felony only if") == "PC 1170(h)(3); PC 1192.7(c); PC 667.5(c)"


def test_a_case_from_another_state_cites_each_remedys_own_statute():
    """Q307-06: every remedy of a Nevada case cited "PC 1203.4; PC 851.91 (California courts only)",
    Prop 47, 17(b) and the certificate too; each now cites its own statute."""
    nevada = replace(probation_case("496(a)", level="felony", wobbler=True, kind="formal"), jurisdiction="NV")
    s = run(nevada)
    cites = {d.remedy: d.reasons[0].cite for d in s.results if d.case == "A"}
    assert cites["prop47"] == "PC 1170.18 (California convictions only)"
    assert cites["pc17b"] == "PC 17(b) (California convictions only)"
    assert cites["cor"] == "PC 4852.01 (California convictions only)"
    assert cites["pc1203_4"] == "PC 1203.4 (California convictions only)"
    assert cites["pc236_14"] == "PC 236.14; PC 236.15 (California convictions only)"  # Q307-18: no slash
    assert cites["pc851_91"] == "PC 851.91 (California arrests only)"
    assert not any("PC 851.91" in cite for remedy, cite in cites.items() if remedy != "pc851_91")


def test_1203_4a_discretionary_route_after_a_bar_cites_b():
    """Q307-07: "Were it not for that, relief here would be discretionary now" cited 1203.4a(a),
    the mandatory route; the discretionary one is (b)."""
    on_probation = probation_case(id="A", start="2026-01-10", end="2027-01-10", status="active")
    owed = money(restitution_ordered=300, restitution_paid=0)
    later = probation_case("415(1)", id="C", start="2021-06-01", end="2022-06-01")
    no_probation = no_probation_case("415(1)", id="B", judgment="2020-01-10", money=owed)
    d = row(run(on_probation, no_probation, later), "pc1203_4a", "B", "B1")
    said = [r for r in d.reasons if r.text.startswith("Were it not for that, relief here would be")]
    assert said and "discretionary" in said[0].text, [r.text for r in d.reasons]
    assert said[0].cite == "PC 1203.4a(b)"


def test_automatic_reliefs_doj_start_cites_the_version_that_sets_it():
    """Q307-08: DOJ's start day was cited PC 1203.425(a)(1) whichever version set it."""
    old = probation_case(start="2015-03-02", end="2018-03-02")
    d = row(run(old, as_of="2024-06-01"), "pc1203_425")
    assert _reason_cite(d, "DOJ's monthly review for this kind of conviction starts on 2024-10-01") == "PC 1203.425(a)(1)(A)"
    recent = probation_case(start="2021-02-01", end="2021-08-01")
    d = row(run(recent, as_of="2022-03-01"), "pc1203_425")
    assert _reason_cite(d, "DOJ's monthly review for this kind of conviction starts on 2022-07-01") == "PC 1203.425(a)(1) (AB 1076)"


def test_certificate_routes_and_exclusions_cite_their_letters():
    """Q307-09: the 1203.4-dismissal route is 4852.01(b) (ca-rules.md 3.17), not (c); the excluded
    offenses are (c) in the official text's stored copy, not (d).  The answers stay."""
    probation = probation_case("459", level="felony", kind="formal", start="2010-03-02", end="2013-03-02")
    d = row(run(probation), "cor")
    assert any(r.cite == "PC 4852.01(b)" and "dismissed under PC 1203.4" in r.text for r in d.reasons), [(r.text, r.cite) for r in d.reasons]
    lewd = custody_case("288(a)", code="PC", judgment="2005-06-01", release="2008-06-01", supervision_end="2010-06-01")
    d = row(run(lewd), "cor")
    assert d.status == "not_eligible"
    assert any(r.cite == "PC 4852.01(c)" and "no certificate of rehabilitation can be granted" in r.text for r in d.reasons)


def test_rules_ca_rules_does_not_state_at_h_are_not_said_at_h():
    """Q307-10, -11: before SB 731, 851.93's AB 1076 arrest floor and 1203.425's excluded prison
    felony rest on AB 1076's version, which ca-rules.md gives at [M] at most: they said H."""
    arrest = replace(probation_case(), convictions=[], sentence=None, outcome="dismissed", arrest_date=D("2019-01-10"),
                     arrest_level="misdemeanor", disposition_date=D("2019-06-01"))
    d = row(run(arrest, as_of="2022-03-01"), "pc851_93", "A", None)
    assert (d.status, d.confidence) == ("not_eligible", "M")
    assert (row(run(arrest, as_of="2024-03-01"), "pc851_93", "A", None).status) != "not_eligible"
    robbery = custody_case("211", code="PC", judgment="2019-05-01", release="2020-01-01", supervision_end="2021-01-01")
    d = row(run(robbery, as_of="2022-03-01"), "pc1203_425")
    assert (d.status, d.confidence) == ("not_eligible", "M")
    assert row(run(robbery), "pc1203_425").confidence == "H"  # path (II)'s exclusion, since SB 731


def test_sb1106_and_start_days_are_cited_in_one_form():
    """Q307-15, -16: the SB 1106 clause was written six ways ("PC 1203.42(a); SB 1106 (Stats. 2022,
    ch. 734)", "PC 17 (as amended by SB 1106)", "PC 1203.4a(e)" with no bill), and 1203.42's start
    day cited PC 1203.42(a) where the others name the day's law."""
    owed = money(restitution_ordered=300, restitution_paid=0)
    wobbler = replace(probation_case("496(a)", level="felony", wobbler=True, kind="formal", imposition_suspended=True), money=owed)
    assert _reason_cite(row(run(wobbler), "pc17b"), "Unpaid restitution is no reason") == "PC 17 (SB 1106)"
    no_probation = no_probation_case("415(1)", id="B", judgment="2020-01-10", money=owed)
    assert _reason_cite(row(run(no_probation), "pc1203_4a", "B", "B1"), "Restitution of $300 is unpaid") == "PC 1203.4a(e) (SB 1106)"
    prison = replace(custody_case("11378", judgment="2010-06-01", release="2011-06-01", supervision_end="2012-06-01"), money=owed)
    s = run(prison)
    assert _reason_cite(row(s, "pc1203_42"), "Restitution of $300 is unpaid") == "PC 1203.42 (SB 1106)"
    assert _reason_cite(row(s, "pc1203_41"), "unpaid restitution is no ground to deny it") == "PC 1203.41(a), (d) (SB 1106)"
    jail = replace(custody_case("11378", type="county_jail_1170h", judgment="2015-06-01", release="2016-06-01", supervision=None, supervision_end=None), money=owed)
    assert _reason_cite(row(run(jail, as_of="2022-06-01"), "pc1203_41"), "Restitution of $300 is unpaid") == "PC 1203.41(a), (d) (SB 1106)"
    d = row(run(prison, as_of="2017-06-01"), "pc1203_42")
    assert (d.reasons[0].text, d.reasons[0].cite) == ("PC 1203.42 took effect on 2018-01-01, after this screening date.", "PC 1203.42 (effective 2018-01-01)")


def test_r317_02_restitution_still_owed_cites_each_dismissal_petition_the_screening_leaves_open():
    """R317-02: a prison term before realignment, open to PC 1203.41 and 1203.42 alike (ca-rules.md
    3.4: offer both), and a felony probation revoked (1203.4, or 1203.41 if a term was executed)
    cited only the clause of the sentence's first route, as if the other petition did not reach it."""
    owed = money(restitution_ordered=300, restitution_paid=0)
    prison = replace(custody_case("11378", judgment="2009-06-01", release="2010-06-01", supervision_end="2011-06-01"), money=owed)
    s = run(prison)
    assert {row(s, "pc1203_41").status, row(s, "pc1203_42").status} == {"eligible"}
    assert _cite(s, "restitution") == "PC 1203.41(d) (SB 1106); PC 1203.42 (SB 1106); PC 1214"
    revoked = replace(probation_case("459", level="felony", kind="formal", start="2012-01-10", end="2015-01-10"), money=owed)
    revoked.sentence.probation = replace(revoked.sentence.probation, status="revoked")
    s = run(revoked)
    assert {row(s, "pc1203_4").status, row(s, "pc1203_41").status} == {"needs_review"}
    assert _cite(s, "restitution") == "PC 1203.4(c)(3) (SB 1106); PC 1203.41(d) (SB 1106); PC 1214"
