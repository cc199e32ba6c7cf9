"""E63: the remaining remedies read against ca-rules.md (legal review, round 63).

Each test quotes the rule it holds the engine to, and failed on the code before its fix."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clinic_app.model import Person

from engine_builders import D, custody_case, row, run

ONE = timedelta(days=1)


def _prison(section: str, *, release="2015-06-01"):
    return custody_case(section, code="PC", judgment="2005-06-01", release=release, supervision_end="2018-06-01")


# ---- E63-01: PC 1203.4b, a felony punishable by life ----


@pytest.mark.parametrize("section", ["205", "18745", "18755"])
def test_e63_01_a_felony_punishable_by_life_makes_a_fire_camp_client_automatically_ineligible(section):
    """ca-rules.md 3.14 [M]: "Automatically ineligible: ... felonies punishable by death or life".
    Aggravated mayhem (PC 205) and exploding a destructive device with intent to murder, or
    causing mayhem or death (PC 18745, 18755), carry life terms (the catalog says so); the
    fire-camp dismissal had been eligible for them, "No conviction in the record makes the
    person automatically ineligible"."""
    d = row(run(_prison(section), person=Person(fire_camp=True)), "pc1203_4b")
    assert d.status == "not_eligible"
    assert d.reasons[0].text == f"PC {section} in this case is a felony punishable by life, which makes the person automatically ineligible."
    assert d.reasons[0].cite == "PC 1203.4b(a)(1)(A)-(H)"


def test_e63_01_an_attempt_of_a_life_felony_is_not_one():
    """PC 664(a): an attempt of a life felony other than premeditated murder carries 5, 7 or 9
    years, so an attempted aggravated mayhem is not a bar (as for the other life felonies)."""
    d = row(run(_prison("664/205"), person=Person(fire_camp=True)), "pc1203_4b")
    assert d.status == "eligible"


# ---- E63-02: the certificate of rehabilitation's period for a life felony ----


@pytest.mark.parametrize("section", ["205", "18745"])
def test_e63_02_a_life_felony_waits_nine_years_the_day_before_the_day_and_the_day_after(section):
    """ca-rules.md 3.17 [M]: the period of rehabilitation is 5 years' residence "plus 4 years for
    PC 187, 209, 219, 4500, 18755, or any life-sentence offense (total 9)".  Aggravated mayhem
    and PC 18745 carry life terms, and had been given the 7 years of "everyone else": the
    certificate was offered two years early (release 2015-06-01: 2022-06-02, not 2024-06-02)."""
    first = D("2024-06-02")
    person = Person(ca_resident_since=D("1990-01-01"))
    d = row(run(_prison(section), person=person, as_of=first - ONE), "cor")
    assert (d.status, d.date) == ("eligible_on", first)
    assert any(r.text == "The period of rehabilitation is 9 years from release from custody on 2015-06-01: 5 years' residence plus 4 for this offense." for r in d.reasons)
    for day in (first, first + ONE):
        assert row(run(_prison(section), person=person, as_of=day), "cor").status == "eligible"


def test_e63_02_a_life_felony_that_requires_registration_keeps_the_longer_ten_years():
    """4852.03(a)(2): 5 more years for an offense requiring PC 290 registration; PC 288.7 is both a
    life felony and registrable, and keeps the 10 years it had (the later, safe day)."""
    d = row(run(_prison("288.7"), person=Person(ca_resident_since=D("1990-01-01")), as_of="2020-01-01"), "cor")
    assert (d.status, d.date) == ("eligible_on", D("2025-06-02"))


# ---- E63-03: an arrest for a felony punishable by life has no limitations period ----


def _arrest(section: str, *, outcome="no_charges_filed"):
    from clinic_app.model import ArrestOffense, Case

    return Case(id="A", outcome=outcome, arrest_date=D("2019-01-10"), arrest_level="felony", arrest_offenses=[ArrestOffense(code="PC", section=section, level="felony")])


@pytest.mark.parametrize("section", ["205", "209", "219", "4500", "18755"])
def test_e63_03_a_life_felony_arrest_is_never_past_its_limitations_period(section):
    """ca-rules.md 3.10 [H]: sealing is "not eligible if any charge has no statute of limitations
    (murder, etc.)"; PC 799: a prosecution for an offense punishable by life may be commenced at
    any time.  Murder already read so; an arrest for aggravated mayhem or kidnapping for ransom
    had PC 851.93 automatic after six years ("charges could be filed for 6 years if its maximum
    term is 8 years or more ... and the record does not show which") while the 851.91 petition
    beside it asked an attorney whether charges could still be filed: they can."""
    screening = run(_arrest(section))
    sealing = row(screening, "pc851_91", conv=None)
    assert (sealing.status, sealing.confidence) == ("not_eligible", "M")
    assert sealing.reasons[0].text == f"PC {section} is punishable by life, so it has no limitations period: a charge can be filed at any time."
    assert sealing.reasons[0].cite == "PC 799"
    automatic = row(screening, "pc851_93", conv=None)
    assert (automatic.status, automatic.confidence) == ("needs_review", "M")
    assert automatic.reasons[0].text == sealing.reasons[0].text
    assert not any("6 years" in r.text for r in automatic.reasons)


def test_e63_03_an_acquittal_is_still_sealed_and_an_attempt_still_has_a_period():
    """851.91(a)(2): no limitations period bars sealing "unless the person was acquitted"; and an
    attempted aggravated mayhem carries 5, 7 or 9 years (PC 664(a)), not life."""
    assert row(run(_arrest("205", outcome="acquitted")), "pc851_91", conv=None).status == "eligible"
    attempt = row(run(_arrest("664/205")), "pc851_93", conv=None)
    assert attempt.status == "eligible"
