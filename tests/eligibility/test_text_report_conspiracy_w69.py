"""W69-02: the screening report (clinic-app screen) names a conspiracy
typed under its target's code as the client's card and the worksheet do, with the typed law beside."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.eligibility import screen
from clinic_app.eligibility.text_report import render_text
from clinic_app.model import Case, Conviction, Person, Probation, Sentence


def _report(code: str, section: str) -> str:
    case = Case(id="A", case_number="BA300208", disposition_date=date(2012, 5, 1),
                convictions=[Conviction(id="A1", code=code, section=section, level="felony", conviction_date=date(2012, 5, 1))],
                sentence=Sentence(type="probation", judgment_date=date(2012, 5, 1), imposition_suspended=True, completed=True,
                                  probation=Probation(kind="formal", start=date(2012, 5, 1), end=date(2015, 5, 1), status="completed")))
    person = Person(dob=date(1980, 1, 1), us_citizen=True)
    return render_text(screen(person, [case], date(2026, 12, 4)), person, [case], "Synthetic Client")


@pytest.mark.parametrize("code, section, line", [
    # "A1: HS 182(a)(1)/11352, felony": a section the Health and Safety Code does not have.
    ("HS", "182(a)(1)/11352", "A1: PC 182(a)(1)/HS 11352 (typed HS 182(a)(1)/11352), felony, convicted 2012-05-01"),
    ("VC", "182/10851", "A1: PC 182/VC 10851 (typed VC 182/10851), felony, convicted 2012-05-01"),
    # Typed under PC, or no conspiracy: as typed, nothing beside.
    ("PC", "182(a)(1)/HS 11352", "A1: PC 182(a)(1)/HS 11352, felony, convicted 2012-05-01"),
    ("HS", "11352", "A1: HS 11352, felony, convicted 2012-05-01"),
])
def test_w69_02_the_reports_conviction_line_names_the_law_as_the_engine_reads_it(code, section, line):
    assert f"  {line}" in _report(code, section).splitlines()
