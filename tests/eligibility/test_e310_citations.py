"""E310: every reason cites what it rests on (the rules reviewer Q307's faults, against ca-rules.md)."""

from __future__ import annotations

from dataclasses import replace

from clinic_app.model import Person
from tests.eligibility.engine_builders import custody_case, money, no_probation_case, probation_case, row, run


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
