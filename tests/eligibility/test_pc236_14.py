"""PC 236.14 / 236.15 vacatur: survivor or trafficking-related conviction, nonviolent only."""

from __future__ import annotations

import pytest

from clinic_app.model import Person

from engine_builders import custody_case, probation_case, row, run

SURVIVOR = Person(trafficking_survivor=True)


def loitering(**kw):
    return probation_case("647(b)", start="2016-03-01", end="2019-03-01", **kw)


def vacatur(*cases, person=SURVIVOR, as_of="2026-11-15"):
    return row(run(*cases, person=person, as_of=as_of), "pc236_14")


def test_survivor_with_a_nonviolent_conviction():
    d = vacatur(loitering())
    assert (d.status, d.mode, d.confidence) == ("eligible", "discretionary", "M")
    assert any("45 days" in s for s in d.next_steps)


def test_conviction_marked_trafficking_related_is_high_confidence():
    case = loitering()
    case.convictions[0].trafficking_related = True
    d = vacatur(case, person=Person())
    assert (d.status, d.confidence) == ("eligible", "H")



def test_a_felony_marked_trafficking_related_is_m():
    """Audit finding: "nonviolent" for a felony is the PC 667.5(c) list, an [M] point (ca-rules 3.16)."""
    case = probation_case("245(a)(1)", level="felony", start="2016-03-01", end="2019-03-01", kind="formal")
    case.convictions[0].trafficking_related = True
    d = vacatur(case, person=Person())
    assert (d.status, d.confidence) == ("eligible", "M")


def test_no_sign_of_trafficking_not_applicable():
    assert vacatur(loitering(), person=Person()).status == "not_applicable"


def test_violent_felony_is_not_eligible():
    robbery = custody_case("211", code="PC", judgment="2015-01-20", release="2017-01-20", supervision_end="2018-07-20")
    assert vacatur(robbery).status == "not_eligible"


def test_attempted_robbery_is_not_a_violent_felony():
    attempt = custody_case("664/211", code="PC", judgment="2015-01-20", release="2016-01-20", supervision_end="2017-07-20")
    assert vacatur(attempt).status == "eligible"


def test_236_15_from_2022_01_01():
    d = vacatur(loitering(), as_of="2022-01-01")
    assert d.status == "eligible"
    assert any("PC 236.15 for intimate partner or sexual violence" in s for s in d.next_steps)


# From 2017 the petition exists; before 2022 whether the client is a trafficking or an IPV
# survivor (the record's flag covers both) decides it (see the last test).
@pytest.mark.parametrize("as_of, expected", [("2016-12-31", "not_eligible"), ("2017-01-01", "needs_review")])
def test_effective_2017_01_01(as_of, expected):
    assert vacatur(probation_case("647(b)", start="2012-03-01", end="2013-03-01"), as_of=as_of).status == expected


def test_before_236_15_the_kind_of_survivor_decides():
    """Review finding: the record's flags cover trafficking and IPV survivors alike; on a day
    before 2022-01-01 only a trafficking survivor could petition."""
    d = vacatur(loitering(), as_of="2021-12-31")
    assert d.status == "needs_review" and any("236.15" in r.cite for r in d.reasons)
    assert vacatur(loitering(), as_of="2022-01-01").status == "eligible"


def test_an_attempted_murder_is_named_as_an_attempt():
    """O21-10: "PC 664/187 (Murder) is a violent felony"."""
    d = vacatur(custody_case("664/187", code="PC", judgment="2010-01-01", release="2020-01-01", supervision_end="2023-01-01"))
    assert d.status == "not_eligible"
    assert d.reasons[0].text.startswith("PC 664/187 (attempted murder) is a violent felony")
