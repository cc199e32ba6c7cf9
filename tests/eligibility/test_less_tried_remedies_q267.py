"""Q267: remedies less tried, each answer hand-computed from ca-rules.md and checked right.

Each test is one synthetic person the public cases do not cover, screened on the days either
side of the rule's date, with status, date, reason and statute asserted.
"""

from __future__ import annotations

from clinic_app.model import ArrestOffense, Case, Person

from engine_builders import D, no_probation_case, probation_case, row, run


def test_q267_01_two_dv_convictions_make_sealing_a_no_charge_dv_arrest_discretionary():
    """ca-rules 3.10: sealing is of right unless the arrest was for DV and the record shows a
    pattern (2+ convictions within 3 years of one another); DOJ's 851.93 relief still applies."""
    no_charge = Case(id="A", outcome="no_charges_filed", arrest_date=D("2023-03-01"), arrest_level="misdemeanor",
                     arrest_offenses=[ArrestOffense(section="243(e)(1)", code="PC", level="misdemeanor")], convictions=[])
    first_dv = probation_case("243(e)(1)", id="C", start="2021-03-01", end="2024-03-01")
    second_dv = probation_case("273.5(a)", id="D", start="2022-06-01", end="2025-06-01")
    s = run(no_charge, first_dv, second_dv, as_of="2026-11-15")
    sealing = row(s, "pc851_91", conv=None)
    assert (sealing.status, sealing.mode) == ("eligible", "discretionary")
    assert any(r.cite == "PC 802(a)" and "ran out at the end of 2024-03-01" in r.text for r in sealing.reasons)
    assert any(r.cite == "PC 851.91(c)(2)" and "pattern of domestic violence" in r.text for r in sealing.reasons)
    # without the second conviction there is no pattern: a matter of right
    alone = row(run(no_charge, first_dv, as_of="2026-11-15"), "pc851_91", conv=None)
    assert (alone.status, alone.mode) == ("eligible", "mandatory")
    doj = row(s, "pc851_93", conv=None)
    assert (doj.status, doj.mode) == ("eligible", "automatic")
    assert doj.reasons[0].cite == "PC 851.93(a)(2)(B)"


def test_q267_02_a_conviction_inside_the_year_leaves_1203_4a_discretionary_and_waits_its_own_year():
    """ca-rules 3.2: one year from judgment, sentence performed; a new conviction since judgment
    leaves only the discretionary route (b). The later case waits its own year (mandatory)."""
    first = no_probation_case("415(1)", id="A", judgment="2025-12-01")
    later = no_probation_case("647(f)", id="B", judgment="2026-05-01")
    on_the_anniversary = row(run(first, as_of="2026-12-01"), "pc1203_4a")
    assert (on_the_anniversary.status, on_the_anniversary.date) == ("eligible_on", D("2026-12-02"))
    s = run(first, later, as_of="2026-12-02")
    a = row(s, "pc1203_4a")
    assert (a.status, a.mode) == ("eligible", "discretionary")
    assert any(r.cite == "PC 1203.4a(b)" and "PC 647(f) in case B" in r.text for r in a.reasons)
    b = row(s, "pc1203_4a", case="B", conv="B1")
    assert (b.status, b.mode, b.date) == ("eligible_on", "mandatory", D("2027-05-02"))
    # automatic relief's path (I)(ib) asks no clean year, only the year and a completed sentence
    auto = row(s, "pc1203_425")
    assert (auto.status, auto.mode) == ("eligible", "automatic")
    assert auto.reasons[0].cite == "PC 1203.425(a)(1)(B)(iv)(I)(ib)"


def test_q267_03_cultivation_under_21_still_on_probation_is_a_recall_petition_to_an_infraction():
    """ca-rules 3.9: HS 11358 before 2016-11-09; 4 plants by a person 18-20 is now an infraction
    (11358(b)); still serving, the route is a petition to recall the sentence (11361.8(a)-(b))."""
    case = probation_case("11358", code="HS", level="felony", kind="formal", start="2016-09-01", end="2027-09-01", status="active")
    conv = case.convictions[0]
    conv.offense_date, conv.cannabis_plants = D("2015-08-01"), 4
    d = row(run(case, person=Person(dob=D("1996-01-01")), as_of="2026-11-15"), "prop64")
    assert (d.status, d.mode) == ("eligible", "mandatory")
    assert any(r.cite == "HS 11358(b)" and "infraction for a person under 21" in r.text for r in d.reasons)
    assert any(r.cite == "HS 11361.8(a)-(b)" and "petition to recall the sentence" in r.text for r in d.reasons)
