"""Flags a fact the record may not hold decides (the catalog's `depends_on`): the engine asks.

Catalog review finding: a bare PC 245 was a serious felony for certain, closing automatic
relief, although 245(a)(4) (force alone) is serious only with great bodily injury; a bare 459
was not serious, although first-degree burglary is.  Where only the subdivision or degree
would decide, the answer is needs_review naming the fact, or a hedged consequence.
"""

from __future__ import annotations

import pytest

from clinic_app.eligibility.fact_questions import question
from clinic_app.model import Person

from engine_builders import custody_case, probation_case, row, run, topics


# 1170(h) jail, released 2018: automatic relief's felony path (II) is open in late 2026
# unless the offense is serious, violent or registrable (PC 1203.425(a)(1)(B)(iv)(II)).
def _jail(section):
    return custody_case(section, code="PC", type="county_jail_1170h", judgment="2016-06-01", release="2018-06-01", supervision=None, supervision_end=None)


@pytest.mark.parametrize(
    "section, status",
    [
        ("245", "needs_review"),  # which subdivision?
        ("245(a)(4)", "needs_review"),  # was great bodily injury personally inflicted?
        ("245(a)(1)", "not_eligible"),  # a deadly weapon: serious
        ("459", "needs_review"),  # which degree?
        ("459/460(a)", "not_eligible"),
        ("459/460(b)", "eligible"),
    ],
)
def test_automatic_relief_felony_path_asks_what_the_catalog_cannot_say(section, status):
    d = row(run(_jail(section)), "pc1203_425")
    assert d.status == status, [r.text for r in d.reasons]
    if status == "needs_review":
        assert d.confidence == "M" and d.missing_facts == ["convictions[A1].section"]
        assert question(d.missing_facts[0]).startswith("Conviction A1: What code section is it, with its subdivision or degree")
        assert f"PC {section} is a serious or violent felony only if " in d.reasons[0].text
        assert any("abstract of judgment" in step for step in d.next_steps)


def test_the_strike_line_is_hedged_where_the_degree_is_unknown():
    bare = topics(run(probation_case("459", level="felony", kind="formal")))["prior"]
    assert any("It is a serious or violent felony only if it was first-degree (residential) burglary, PC 460(a); if so, it stays a strike, even if later reduced under PC 17(b)." in t for t in bare)
    second = topics(run(probation_case("459/460(b)", level="felony", kind="formal")))["prior"]
    assert not any("strike" in t for t in second)
    first = topics(run(probation_case("459/460(a)", level="felony", kind="formal")))["prior"]
    assert any(t.startswith("As a serious or violent felony it stays a strike") for t in first)


def test_17b_says_a_reduced_strike_stays_one_only_if_it_is_one():
    d = row(run(probation_case("245", level="felony", kind="formal", imposition_suspended=True)), "pc17b")
    assert d.status == "eligible"
    assert any(r.text.startswith("If it was an assault with a deadly weapon or a firearm") and "a reduced one still counts as a strike" in r.text for r in d.reasons)
    weapon = row(run(probation_case("245(a)(1)", level="felony", kind="formal", imposition_suspended=True)), "pc17b")
    assert any(r.text == "A reduced serious or violent felony still counts as a strike." for r in weapon.reasons)


def test_1203_42_asks_whether_a_pre_realignment_prison_term_was_for_a_strike():
    old = custody_case("245", code="PC", judgment="2008-03-01", release="2010-03-01", supervision_end="2011-03-01")
    d = row(run(old), "pc1203_42")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert "only if it was an assault with a deadly weapon" in d.reasons[0].text
    assert row(run(custody_case("245(a)(1)", code="PC", judgment="2008-03-01", release="2010-03-01", supervision_end="2011-03-01")), "pc1203_42").status == "not_eligible"


def test_236_14_asks_whether_a_bare_sex_offense_section_is_violent():
    case = probation_case("286", level="felony", kind="formal")
    case.convictions[0].trafficking_related = True
    d = row(run(case, person=Person()), "pc236_14")
    assert (d.status, d.confidence) == ("needs_review", "M")
    assert "is a violent felony only if it was under PC 286(c) or (d)" in d.reasons[0].text


@pytest.mark.parametrize(
    "section, said",
    [
        ("490.2", "PC 29805 lists this offense only if the property taken was a firearm"),
        ("148", "PC 29805 lists this offense only if it was under PC 148(d)"),
        ("26100", "PC 29805 lists this offense only if it was under PC 26100(b) or (d)"),
    ],
)
def test_the_firearm_list_in_part_comes_from_the_catalog(section, said):
    (line,) = topics(run(probation_case(section, start="2020-03-01", end="2021-03-01")))["firearms"]
    assert line.startswith(said)
