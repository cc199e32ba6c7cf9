"""V62: a felony wobbler judged with neither probation nor custody, read the same way by every
remedy and consequence whose answer turns on its level.

ca-rules.md 3.7 [H]: a wobbler "becomes a misdemeanor 'for all purposes': (b)(1) after a judgment
imposing punishment other than state prison or 1170(h) jail".  T61 made 17(b), 1203.4a and
automatic relief ask which fact of such a record is wrong; each test here failed on the code
before its fix."""

from __future__ import annotations

from datetime import date

from engine_builders import custody_case, no_probation_case, row, run


def _consequence(screening, topic: str) -> str:
    found = [c for c in screening.consequences if c.topic == topic]
    assert len(found) == 1, found
    return found[0].text + " [" + found[0].cite + "]"


# ---- V62-01: the firearm consequence ----


def test_v62_01_the_firearm_line_says_the_judgment_decides_the_ban():
    """ca-rules.md 4.5: "Felony: a lifetime ban under PC 29800(a)(1) ... 17(b) reduction removes
    the state felony ban [M]"; 3.7 [H]: (b)(1) makes the wobbler a misdemeanor by the judgment.
    "Felony conviction: a lifetime state and federal ban" had been said as settled."""
    said = _consequence(run(no_probation_case("496(a)", level="felony", judgment="2020-02-10")), "firearms")
    assert not said.startswith("Felony conviction")
    assert "PC 17(b)(1)" in said
    assert "If a state prison or 1170(h) term was imposed, it is a felony: a lifetime state and federal ban" in said
    assert "the state felony ban does not reach" in said
    assert "Until it is checked, take it that the felony ban applies." in said
    assert "check the abstract of judgment" in said


def test_v62_01_a_listed_wobbler_keeps_its_ten_year_ban_as_a_misdemeanor():
    """ca-rules.md 3.7: after the reduction, "if the misdemeanor is listed in PC 29805 (e.g., 245),
    the 10-year ban from the conviction date applies [M]"."""
    said = _consequence(run(no_probation_case("245(a)(1)", level="felony", judgment="2020-02-10")), "firearms")
    assert "PC 17(b)(1)" in said
    assert "a ten-year state ban (PC 29805) would then run from the conviction date, until 2030-02-10" in said


def test_v62_01_a_straight_felony_or_a_custody_sentence_keeps_the_felony_line():
    """Where both readings agree (a straight felony; a wobbler sentenced to prison), unchanged."""
    straight = _consequence(run(no_probation_case("11350(a)", code="HS", level="felony", judgment="2020-02-10")), "firearms")
    assert straight.startswith("Felony conviction: a lifetime state and federal ban")
    prison = _consequence(run(custody_case("496(a)", code="PC", judgment="2015-06-01")), "firearms")
    assert prison.startswith("Felony conviction: a lifetime state and federal ban")
    assert "17(b)(1)" not in prison


# ---- V62-02: peace-officer employment ----


def test_v62_02_the_peace_officer_bar_is_said_for_the_felony_reading_only():
    """ca-rules.md 4.4: "Anyone with a felony conviction cannot be employed as a peace officer
    [H]" and "Whether a 17(b) reduction removes the 1029 bar was not verified. [L]"; 3.7 [H]:
    (b)(1) makes the wobbler a misdemeanor by the judgment.  "A felony conviction bars
    employment as a peace officer" had been said as settled."""
    said = _consequence(run(no_probation_case("496(a)", level="felony", judgment="2020-02-10")), "peace_officer")
    assert said.startswith("If a state prison or 1170(h) term was imposed, this felony bars employment as a peace officer")
    assert "PC 17(b)(1)" in said
    assert "whether the felony bar still applies is unsettled" in said
    straight = _consequence(run(no_probation_case("11350(a)", code="HS", level="felony", judgment="2020-02-10")), "peace_officer")
    assert straight.startswith("A felony conviction bars employment as a peace officer, even after a dismissal.")


# ---- V62-03: Prop 47 ----


def _receiving_500(judgment="2012-02-10"):
    case = no_probation_case("496(a)", level="felony", judgment=judgment)
    case.convictions[0].value_dollars = 500
    case.convictions[0].offense_date = date(2011, 12, 1)
    return case


def test_v62_03_prop47_asks_whether_there_is_a_felony_left_to_reduce():
    """ca-rules.md 3.8: Prop 47 is an application "to redesignate" a felony: "The court shall
    designate the offense a misdemeanor if eligible"; 3.7 [H]: (b)(1) made the wobbler "a
    misdemeanor 'for all purposes'" by the judgment itself.  "Eligible: good cause required,
    file a Prop 47 application to redesignate the felony" had been said beside 17(b)'s question
    whether the record's felony level is right."""
    d = row(run(_receiving_500()), "prop47")
    assert (d.status, d.mode, d.confidence) == ("needs_review", None, "M")
    assert d.reasons[0].cite == "PC 1170.18(a); PC 17(b)(1)"
    assert "leaves Prop 47 no felony to reduce" in d.reasons[0].text
    assert any("$500, not more than $950" in r.text for r in d.reasons)  # the felony reading still said
    assert d.next_steps[0].startswith("Check the abstract of judgment or the minute order")
    assert not any("File a Prop 47" in s for s in d.next_steps)
    # The same step as 17(b)'s and 1203.4a's, so the report says it once.
    s = run(_receiving_500())
    assert d.next_steps[0] in row(s, "pc17b").next_steps and d.next_steps[0] in row(s, "pc1203_4a").next_steps


def test_v62_03_prop47_is_unchanged_where_both_readings_agree_or_the_level_is_settled():
    """Over $950 the felony reading gives no Prop 47 relief, as the misdemeanor one does: left as it was.
    A straight felony drug possession (HS 11350) has no 17(b)(1) reading: left as it was."""
    over = _receiving_500()
    over.convictions[0].value_dollars = 2000
    assert row(run(over), "prop47").status == "not_eligible"
    straight = no_probation_case("11350(a)", code="HS", level="felony", judgment="2012-02-10")
    straight.convictions[0].offense_date = date(2011, 12, 1)
    d = row(run(straight), "prop47")
    assert (d.status, d.mode) == ("eligible", "good_cause")


# ---- V62-05: the text report says the check of the judgment once, before the rest ----


def test_v62_05_the_report_says_the_judgment_check_once_and_before_the_other_steps():
    """ca-rules.md 3.7 [H]: (b)(1) makes the wobbler a misdemeanor by the judgment, so the one
    check of the abstract of judgment decides 1203.4a, 17(b), Prop 47 and automatic relief
    alike.  The report had listed it after automatic relief's "check the RAP sheet", a step
    that rests on the level it checks; now it comes first, said once for every remedy it is for."""
    from clinic_app.eligibility.common import JUDGMENT_DECIDES_LEVEL_STEP
    from clinic_app.eligibility.text_report import render_text
    from clinic_app.model import Person

    case = _receiving_500()
    s = run(case)
    flat = " ".join(render_text(s, Person(), [case]).split())
    check = " ".join(JUDGMENT_DECIDES_LEVEL_STEP.split())
    assert flat.count(check) == 1
    steps = flat[flat.index("Next steps for case A:"):]
    assert steps.index(check) < steps.index("Check the client's DOJ RAP sheet")
    assert "PC 1203.4a dismissal, PC 17(b) reduce to misdemeanor and Prop 47 reduction: Check the abstract" in steps


# ---- V62-06: PC 1203.45 for an offense committed under 18 ----


def _at_17(section="496(a)", level="felony", dob=date(1994, 6, 1)):
    from clinic_app.model import Person

    case = no_probation_case(section, level=level, judgment="2012-02-10")
    case.convictions[0].offense_date = date(2011, 12, 1)
    return run(case, person=Person(dob=dob, us_citizen=True))


def test_v62_06_1203_45_asks_when_the_judgment_may_have_made_a_minors_felony_a_misdemeanor():
    """ca-rules.md 3.13: PC 1203.45 seals "misdemeanors committed under 18"; 3.7 [H]: (b)(1) makes
    the wobbler a misdemeanor by the judgment.  A 496(a) committed at 17, judged without
    probation or custody, read "not applicable ... if the court reduces it to a misdemeanor
    (PC 17(b))" at H, though as the misdemeanor the judgment may have made it, it is sealable
    (a misdemeanor record of the same facts is eligible)."""
    assert row(_at_17(level="misdemeanor"), "pc1203_45").status == "eligible"
    d = row(_at_17(), "pc1203_45")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert "the person was 17 on the offense date 2011-12-01, so PC 1203.45 may seal it" in d.reasons[0].text
    assert d.reasons[0].cite == "PC 1203.45(a); PC 17(b)(1)"
    assert d.next_steps == row(_at_17(), "pc17b").next_steps


def test_v62_06_an_adult_offense_stays_not_applicable():
    """Both readings agree for an offense committed at 18 or older: unchanged."""
    d = row(_at_17(dob=date(1990, 6, 1)), "pc1203_45")
    assert d.status == "not_applicable"
    assert "if the court reduces it to a misdemeanor (PC 17(b))" in d.reasons[0].text


# ---- V62-07: jury service of a registrant ----


def test_v62_07_jury_service_of_a_registrant_turns_on_the_judgment():
    """ca-rules.md 4.7: a felony disqualifies only while the person is "required to register
    under 290 because of a felony"; "Misdemeanors never disqualify".  A registrant's PC 243.4(a)
    felony judged without probation or custody read "A person required to register under PC 290
    because of a felony cannot serve on a jury", though PC 17(b)(1) may have made it a misdemeanor."""
    from clinic_app.model import Person

    registrant = Person(registrant_290=True, us_citizen=True)
    said = _consequence(run(no_probation_case("243.4(a)", level="felony", judgment="2020-02-10"), person=registrant), "jury")
    assert not said.startswith("A person required to register under PC 290 because of a felony cannot serve")
    assert "registration because of a felony bars jury service" in said
    assert "the judgment made it a misdemeanor (PC 17(b)(1)), and registration for a misdemeanor does not" in said
    assert said.endswith("[CCP 203(a)(11) (SB 310); PC 17(b)(1)]")
    straight = _consequence(run(no_probation_case("314(1)", level="felony", judgment="2020-02-10"), person=registrant), "jury")
    assert straight.startswith("A person required to register under PC 290 because of a felony cannot serve on a jury.")
