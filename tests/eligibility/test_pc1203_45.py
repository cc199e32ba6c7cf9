"""PC 1203.45: sealing a misdemeanor committed under 18 (age, exclusions, one conviction,
and the 1203.4 / 1203.4a eligibility it follows)."""

from __future__ import annotations

import pytest

from clinic_app.model import Person, ReliefGranted

from engine_builders import D, conviction, no_probation_case, probation_case, row, run

TEEN = Person(dob=D("1990-05-10"))


def teen_case(section="488", code="PC", offense="2007-09-01", granted=True, **kw):
    """Public case S48: petty theft at 17, summary probation 2008-2009, 1203.4 granted 2010."""
    kw.setdefault("start", "2008-01-15")
    kw.setdefault("end", "2009-01-15")
    case = probation_case(section, code=code, **kw)
    conv = case.convictions[0]
    conv.offense_date = D(offense) if offense else None
    if granted:
        conv.relief_granted = [ReliefGranted("pc1203_4", D("2010-03-01"))]
    return case


def sealing(*cases, person=TEEN, as_of="2026-11-15", case="A", conv="A1"):
    return row(run(*cases, person=person, as_of=as_of), "pc1203_45", case=case, conv=conv)


def test_under_18_with_1203_4_granted_is_discretionary():
    d = sealing(teen_case())
    assert (d.status, d.mode) == ("eligible", "discretionary")
    assert any("juvenile" in s for s in d.next_steps)


def test_under_18_eligible_for_1203_4_now():
    assert (sealing(teen_case(granted=False)).status) == "eligible"


def test_follows_1203_4_while_probation_runs():
    case = teen_case(granted=False, start="2008-01-15", end="2027-01-15", status="active")
    d = sealing(case)
    assert (d.status, d.date) == ("eligible_on", D("2027-01-16"))


@pytest.mark.parametrize("offense, expected", [("2008-05-09", "eligible"), ("2008-05-10", "not_applicable")])
def test_18th_birthday(offense, expected):
    assert sealing(teen_case(offense=offense)).status == expected


def test_missing_date_of_birth_needs_review():
    d = sealing(teen_case(), person=Person())
    assert (d.status, d.missing_facts) == ("needs_review", ["person.dob"])


def test_missing_offense_date_of_an_adult_at_conviction_needs_review():
    d = sealing(teen_case(offense=None))  # 17 at the offense?  Convicted at 17 years 8 months: yes
    assert d.status == "eligible"
    d = sealing(teen_case(offense=None, start="2009-01-15", end="2010-01-15"))  # convicted at 18
    assert (d.status, d.missing_facts) == ("needs_review", ["convictions[A1].offense_date"])


@pytest.mark.parametrize(
    "section, code",
    [("11357(c)", "HS"), ("11377(a)", "HS"), ("23152(a)", "VC"), ("12500(a)", "VC"), ("14601.1(a)", "VC"), ("314(1)", "PC")],  # Division 10, driving, registrable
)
def test_excluded_offenses(section, code):
    assert sealing(teen_case(section, code=code)).status == "not_eligible"
    # (c) bars them at any age: no date of birth is asked for (public case S03, a DUI).
    d = sealing(teen_case(section, code=code), person=Person())
    assert (d.status, d.missing_facts) == ("not_eligible", [])
    assert d.reasons[0].cite == "PC 1203.45(c)"


@pytest.mark.parametrize("section, code", [("11377(a)", "HS"), ("23152(a)", "VC"), ("314(1)", "PC")])
def test_o23_10_no_offense_date_is_asked_where_c_bars_the_offense_at_any_age(section, code):
    """Oracle finding O23-10: with the date of birth known and the offense date not (convicted
    at 18, so the age at the offense decides), a Division 10, driving or registrable offense
    asked for the offense date, though (c) bars it at any age (as without a date of birth)."""
    d = sealing(teen_case(section, code=code, offense=None, start="2009-01-15", end="2010-01-15"))
    assert (d.status, d.missing_facts) == ("not_eligible", [])
    assert d.reasons[0].cite == "PC 1203.45(c)"
    # Convictions in another case bar it at any age too.
    later = no_probation_case("602", id="B", judgment="2012-03-01")
    d = sealing(teen_case(offense=None, start="2009-01-15", end="2010-01-15"), later)
    assert (d.status, d.missing_facts) == ("not_eligible", [])


def test_felony_and_infraction_are_not_applicable():
    assert sealing(teen_case("459/460(b)", level="felony")).status == "not_applicable"
    case = no_probation_case("415", level="infraction", judgment="2008-01-15")
    case.convictions[0].offense_date = D("2007-09-01")
    assert sealing(case).status == "not_applicable"


def test_another_conviction_elsewhere_bars_it():
    later = no_probation_case("602", id="B", judgment="2012-03-01")
    assert sealing(teen_case(), later).status == "not_eligible"


@pytest.mark.parametrize("code", ["VC", "vc", "Veh.", "CVC"])  # however the code is written (metamorphic finding)
def test_a_traffic_infraction_elsewhere_does_not_count(code):
    ticket = no_probation_case("22350", id="B", code=code, level="infraction", judgment="2012-03-01")
    assert sealing(teen_case(), ticket).status == "eligible"


@pytest.mark.parametrize("dob", ["2008-01-01", "1996-01-01"])  # born after the offense; 11 at it
def test_impossible_ages_send_the_dates_to_review(dob):
    d = sealing(teen_case(), person=Person(dob=D(dob)))
    assert d.status == "needs_review"
    assert "person.dob" in d.missing_facts


@pytest.mark.parametrize("convicted, expected", [("2015-05-09", "needs_review"), ("2015-05-10", "not_applicable")])
def test_without_offense_date_25_at_conviction_is_an_adult_offense(convicted, expected):
    case = teen_case(offense=None, start=convicted, end="2016-01-01")
    assert sealing(case).status == expected


def test_after_a_granted_dismissal_sealing_is_a_petition_of_its_own():
    rec = probation_case("484(a)/488", start="2010-03-01", end="2011-03-01")
    rec.convictions[0].offense_date = D("2009-12-01")
    rec.convictions[0].relief_granted = [ReliefGranted("pc1203_4", D("2012-03-01"))]
    s = run(rec, person=Person(dob=D("1992-06-01")))  # 17 at the offense
    d = row(s, "pc1203_45")
    assert d.status == "eligible"
    assert "in a petition of its own" in d.next_steps[0] and "same petition" not in d.next_steps[0]


def test_vehicle_code_misdemeanor_not_about_driving_is_not_excluded():
    """Review finding: a failure to appear on a traffic citation (VC 40508(a)) was called
    'about operating a vehicle'; it is not, and another VC misdemeanor is a question."""
    assert sealing(teen_case("40508(a)", code="VC")).status == "eligible"
    d = sealing(teen_case("23224", code="VC"))  # a driver under 21 carrying alcohol
    assert d.status == "needs_review" and "whether VC 23224 is one" in d.reasons[-1].text


def test_a_felony_wobbler_is_told_a_17b_reduction_opens_it():
    """Oracle check O20-08: a felony PC 594(a) committed at 17 was "not applicable: a felony",
    with 17(b) eligible in the same screening and no word that the reduction opens 1203.45."""
    case = probation_case("594(a)", level="felony", kind="formal", start="2012-06-01", end="2015-06-01", imposition_suspended=True)
    case.convictions[0].offense_date = D("2011-12-01")
    screening = run(case, person=Person(dob=D("1994-06-01")))
    d = row(screening, "pc1203_45")
    assert d.status == "not_applicable" and "PC 17(b)" in d.reasons[0].cite
    assert "if the court reduces it to a misdemeanor (PC 17(b)) and the offense was committed under 18" in d.reasons[0].text
    assert row(screening, "pc17b").status == "eligible"
    burglary = run(probation_case("459/460(a)", level="felony", kind="formal", start="2012-06-01", end="2015-06-01"))
    assert row(burglary, "pc1203_45").reasons[0].text == "PC 1203.45 seals misdemeanors; this conviction is a felony."


def test_no_17b_hint_after_a_jail_or_prison_sentence():
    """O21-08: a felony wobbler sentenced to 1170(h) jail was told a 17(b) reduction would open
    1203.45, beside a 17(b) row that said the jail sentence rules it out."""
    from engine_builders import custody_case

    jail = custody_case("594(a)", code="PC", type="county_jail_1170h", judgment="2012-06-01", release="2012-12-01", supervision="none", supervision_end=None)
    screening = run(jail, person=Person(dob=D("1994-06-01")))
    assert row(screening, "pc17b").status == "not_eligible"
    d = row(screening, "pc1203_45")
    assert d.reasons[0].text == "PC 1203.45 seals misdemeanors; this conviction is a felony."


def test_unpaid_restitution_is_said_as_for_the_dismissal_it_follows():
    """Oracle finding O22B-04: 1203.4, 1203.4a, 1203.41 and 1203.42 say that unpaid
    restitution is no ground to deny relief (SB 1106); 1203.45, which SB 1106 names too
    (ca-rules.md 2.3, 3.13 [H]), said nothing of it."""
    from clinic_app.model import Money

    since = "Restitution of $400 is unpaid; since SB 1106 (2023-01-01) that is no ground to deny sealing, but it stays owed."
    until = "Restitution of $400 is unpaid; until SB 1106 takes effect on 2023-01-01 the court may weigh that against sealing; from then it may not."
    for granted in (True, False):
        case = teen_case(granted=granted)
        case.money = Money(restitution_ordered=400, restitution_paid=0)
        d = sealing(case)
        assert d.status == "eligible" and since in [r.text for r in d.reasons], granted
        assert "PC 1203.45 (SB 1106)" in [r.cite for r in d.reasons if r.text == since]
        before = sealing(case, as_of="2022-12-31")
        assert until in [r.text for r in before.reasons] and since not in [r.text for r in before.reasons], granted
    paid = teen_case()
    paid.money = Money(restitution_ordered=400, restitution_paid=400)
    assert not any("Restitution" in r.text for r in sealing(paid).reasons)


def test_other_convictions_are_named_once_per_case():
    """F26-05: the reason named one case twice ("HS 11357(b) (case BA123456), PC 496(a) (case
    BA123456), ...").  The convictions of each other case are now listed under it, the case
    named as the other reasons name it (its court number when the record has one)."""
    numbered = no_probation_case("602", id="B", judgment="2012-03-01")
    numbered.case_number = "BA123456"
    numbered.convictions.append(conviction("459", id="B2", convicted="2012-03-01"))
    unnumbered = no_probation_case("415", id="C", judgment="2013-03-01")
    d = sealing(teen_case(), numbered, unnumbered)
    assert d.status == "not_eligible"
    assert d.reasons[-1].text == "The person has other convictions: PC 602 and PC 459 in case BA123456; PC 415 in case C (convicted 2013-03-01, Los Angeles County). PC 1203.45 is generally for a single conviction."
