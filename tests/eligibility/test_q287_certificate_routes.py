"""Q287: two certificate-of-rehabilitation routes screened by hand against ca-rules.md 3.17.

- 4852.01(b): a misdemeanor PC 290 offense dismissed under PC 1203.4 may petition; the
  period (4852.03(a)) runs from the grant of probation, 5 years' residence plus 5 for a
  registrable offense, and the first safe day is the anniversary plus one (ca-rules.md 0).
- 4852.01(a): a felony committed to county jail under PC 1170(h) qualifies; for a split
  sentence the period runs from release to mandatory supervision, 5 + 2 years.
"""

from __future__ import annotations

from clinic_app.model import Person, ReliefGranted

from engine_builders import D, custody_case, probation_case, row, run, topics

REGISTRANT = Person(ca_resident_since=D("1975-01-01"), registrant_290=True)
RESIDENT = Person(ca_resident_since=D("1975-01-01"))


def _misdemeanor_sex_offense_dismissed():
    """PC 647.6(a), a misdemeanor that requires registration, probation 2014-03-01 to
    2017-03-01, dismissed under PC 1203.4 on 2018-01-10."""
    case = probation_case("647.6(a)", start="2014-03-01", end="2017-03-01")
    case.convictions[0].relief_granted = [ReliefGranted("pc1203_4", D("2018-01-10"))]
    return case


def test_a_dismissed_misdemeanor_sex_offense_waits_ten_years_from_the_grant_of_probation():
    case = _misdemeanor_sex_offense_dismissed()
    # 2014-03-01 + 10 years = 2024-03-01, the anniversary: the first safe day is 2024-03-02.
    s = run(case, person=REGISTRANT, as_of="2024-03-01")
    d = row(s, "cor")
    assert (d.status, d.mode, d.date) == ("eligible_on", "discretionary", D("2024-03-02"))
    assert d.reasons[0].cite == "PC 4852.01(b)" and "dismissed under PC 1203.4" in d.reasons[0].text
    assert "10 years from the grant of probation on 2014-03-01" in d.reasons[1].text
    assert "plus 5" in d.reasons[1].text and d.reasons[1].cite == "PC 4852.03(a)"
    # The dismissal does not end registration (PC 290.007, ca-rules.md 4.6).
    assert any("PC 290.007" in line for line in topics(s)["registration"])
    d = row(run(case, person=REGISTRANT, as_of="2024-03-02"), "cor")
    assert (d.status, d.mode, d.date) == ("eligible", "discretionary", None)


def test_a_split_county_jail_sentence_counts_seven_years_from_release_to_supervision():
    split = custody_case("10851(a)", code="VC", type="county_jail_1170h", judgment="2016-03-01", release="2017-03-01",
                         supervision="mandatory_supervision", supervision_end="2018-03-01", split=True)
    # 2017-03-01 + 7 years = 2024-03-01; the first safe day is 2024-03-02.
    d = row(run(split, person=RESIDENT, as_of="2024-03-01"), "cor")
    assert (d.status, d.mode, d.date) == ("eligible_on", "discretionary", D("2024-03-02"))
    assert d.reasons[0].cite == "PC 4852.01(a)" and "PC 1170(h)" in d.reasons[0].text
    assert "7 years from release from custody on 2017-03-01" in d.reasons[1].text and d.reasons[1].cite == "PC 4852.03(a)"
    d = row(run(split, person=RESIDENT, as_of="2024-03-02"), "cor")
    assert (d.status, d.mode, d.date) == ("eligible", "discretionary", None)
