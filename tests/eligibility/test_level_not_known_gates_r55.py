"""R55-03: a count whose level is not known (V53-02) asked for it in every remedy, each saying
"this remedy turns on it", though some do not: a burglary is no marijuana offense (Prop 64),
no PC 647(b) (1203.49), whatever its level.  The Eligibility tab listed 13 rows to review for
one count, and the handout told the client "Prop 64 (marijuana): A clinic lawyer must check
some facts first" for a burglary.  A remedy whose gate says not applicable, in the same words,
at every level is now so; the others still ask for the level."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import screen
from clinic_app.model import LEVELS, Case, Conviction, Person, Probation, Sentence

AS_OF = date(2026, 11, 15)


def _screened(level, section="459", code="PC"):
    conv = Conviction(id="A1", section=section, code=code, level=level, conviction_date=date(2016, 5, 20))
    case = Case(id="A", convictions=[conv], disposition_date=date(2016, 5, 20),
                sentence=Sentence(type="probation", judgment_date=date(2016, 5, 20), imposition_suspended=True, completed=True,
                                  probation=Probation(kind="summary", start=date(2016, 5, 20), end=date(2019, 5, 20), status="completed")))
    person = Person(dob=date(1985, 4, 2), us_citizen=True)
    return {d.remedy: d for d in screen(person, [case], AS_OF).results if d.conviction == "A1"}


@pytest.mark.parametrize("section", ["459", "487", "664/211"])
def test_r55_03_a_remedy_no_level_opens_is_not_applicable_for_a_count_of_unknown_level(section):
    unknown = _screened(None, section)
    by_level = [_screened(level, section) for level in LEVELS]
    for remedy in ("prop64", "pc1203_49", "pc236_14"):
        assert unknown[remedy].status == "not_applicable", remedy
        assert unknown[remedy].reasons == by_level[0][remedy].reasons  # the gate's own words
        assert "felony, a misdemeanor or an infraction" not in unknown[remedy].reasons[0].text
    for remedy in ("pc1203_4", "pc17b"):  # these turn on the level: still asked for
        assert unknown[remedy].status == "needs_review", remedy
        assert unknown[remedy].missing_facts == ["convictions[A1].level"]
    # Nothing is said not applicable that some level would open.
    for remedy, d in unknown.items():
        if d.status == "not_applicable":
            assert all(answers[remedy].status == "not_applicable" for answers in by_level), remedy


def test_r55_03_the_handout_names_no_marijuana_relief_for_a_burglary_of_unknown_level():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "handouts"))
    from handout_render import pdf_text

    from clinic_app.model import Client

    conv = Conviction(id="A1", section="459", code="PC", level=None, conviction_date=date(2021, 3, 1))
    case = Case(id="A", case_number="4CM00002", convictions=[conv],
                sentence=Sentence(type="probation", judgment_date=date(2021, 3, 1),
                                  probation=Probation(kind="summary", start=date(2021, 3, 1), end=date(2023, 3, 1))))
    client = Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])
    en, es = pdf_text(client, "en"), pdf_text(client, "es")
    assert "Level not known" in en and "Dismissal (expungement)" in en
    assert "Prop 64" not in en and "Relief for survivors" not in en
    assert "Proposición 64" not in es and "Alivio para sobrevivientes" not in es
