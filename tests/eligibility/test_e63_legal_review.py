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
    assert d.reasons[0].text == f"PC {section} in case A is a felony punishable by life, which makes the person automatically ineligible."
    assert d.reasons[0].cite == "PC 1203.4b(a)(1)(A)-(H)"


def test_e63_01_an_attempt_of_a_life_felony_is_not_one():
    """PC 664(a): an attempt of a life felony other than premeditated murder carries 5, 7 or 9
    years, so an attempted aggravated mayhem is not a bar (as for the other life felonies)."""
    d = row(run(_prison("664/205"), person=Person(fire_camp=True)), "pc1203_4b")
    assert d.status == "eligible"
