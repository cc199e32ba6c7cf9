"""S215-01: a client whose felony was sentenced to county jail under PC 1170(h) (Dario: PC 459,
a split sentence, never any probation) is told "Yes, but it was dismissed under Penal Code
1203.41", yet what that dismissal leaves in place ("A dismissed conviction can still count
against you ...", "Your record will say it was dismissed", the license, public-office and
Lottery answers once dismissed) cited only "PC 1203.4(a)(1)", the probation statute, which is not
his.  Those citations now name the section the client's dismissal is under (ca-rules.md 2.5:
what every dismissal statute preserves holds for 1203.41 and 1203.42 too), both languages."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import CLINIC, screened

from clinic_app.handouts.compose import compose
from clinic_app.model import Case, Client, Conviction, Custody, Person, Probation, Sentence

_JAIL = Case(id="c1", case_number="BA412345", convictions=[
    Conviction(id="c1-1", section="459", level="felony", conviction_date=date(2014, 6, 10))],
    sentence=Sentence(type="county_jail_1170h", judgment_date=date(2014, 6, 10), custody=Custody(
        split=True, release_date=date(2015, 6, 10), supervision="mandatory_supervision",
        supervision_end=date(2017, 3, 15))))
_PROBATION = Case(id="c2", case_number="5CA01234", convictions=[
    Conviction(id="c2-1", section="484(a)", level="misdemeanor", conviction_date=date(2005, 3, 3))],
    sentence=Sentence(type="probation", judgment_date=date(2005, 3, 3), imposition_suspended=True, completed=True,
                      probation=Probation(kind="summary", start=date(2005, 3, 3), end=date(2007, 3, 3), status="completed")))


def _client(*cases: Case) -> Client:
    return Client(name="Dario Fuentes", person=Person(dob=date(1990, 4, 2), ca_resident_since=date(1990, 4, 2)),
                  cases=list(cases))


def _cites(client: Client, lang: str) -> list[str]:
    """The citations of the page's notes on what relief does and of its answers to give."""
    doc = compose(client, screened(client), CLINIC, lang=lang)
    found = [block.cite for block in doc.section("effects").blocks if getattr(block, "cite", "")]
    # Each question's answers once the conviction is dismissed (its words name the section).
    found += [line.cite for guidance in doc.section("say").blocks for line in guidance.lines
              if line.column == "after_dismissal" and line.cite]
    return found


@pytest.mark.parametrize("lang", ["en", "es"])
def test_s215_01_a_county_jail_dismissal_is_cited_by_pc_1203_41(lang):
    cites = _cites(_client(_JAIL), lang)
    assert any("PC 1203.41" in c for c in cites)
    assert not [c for c in cites if "PC 1203.4(a)(1)" in c]


def test_s215_01_beside_a_probation_dismissal_both_sections_are_cited():
    cites = _cites(_client(_JAIL, _PROBATION), "en")
    prior = [c for c in cites if "PC 1203.4(a)(1)" in c]
    assert prior and all("PC 1203.41" in c for c in prior)


def test_s215_01_a_probation_dismissal_alone_is_cited_as_before():
    cites = _cites(_client(_PROBATION), "en")
    assert any("PC 1203.4(a)(1)" in c for c in cites)
    assert not any("PC 1203.41" in c for c in cites)
