"""Andre and Lena (synthetic, F161): a federal conviction and a federal first-offender dismissal,
their counts stored as intake stores what the volunteer typed ("18 U.S.C. § 1343", "21 USC 844").
Shared by the intake, handout and worksheet tests.  SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

from datetime import date

from clinic_app.catalog import load_catalog
from clinic_app.model import ArrestOffense, Case, Client, Conviction, Custody, Person, Probation, Sentence
from clinic_app.typed_sections import read_typed_section


def typed(text: str) -> tuple[str, str]:
    """(code, section) as intake and the Record tab store `text` typed in the offense field."""
    return read_typed_section(load_catalog(), text).stored


def andre(lang: str, jurisdiction: str = "federal") -> Client:
    """A 2016 federal wire fraud (prison, out in 2019) and a 2019 Los Angeles petty theft, probation done."""
    code, section = typed("18 U.S.C. § 1343")
    fraud = Case(id="c1", case_number="2:16-cr-00412", jurisdiction=jurisdiction, county=None, convictions=[
        Conviction(id="c1-1", code=code, section=section, level="felony", conviction_date=date(2016, 5, 10))],
        sentence=Sentence(type="state_prison", judgment_date=date(2016, 5, 10), custody=Custody(release_date=date(2019, 5, 10))))
    theft = Case(id="c2", case_number="9CJ01234", county="Los Angeles", convictions=[
        Conviction(id="c2-1", section="484", level="misdemeanor", conviction_date=date(2019, 7, 1))],
        sentence=Sentence(type="probation", judgment_date=date(2019, 7, 1),
                          probation=Probation(kind="summary", start=date(2019, 7, 1), end=date(2020, 7, 1))))
    return Client(name="Andre Testfederal", language=lang, person=Person(dob=date(1985, 3, 2), us_citizen=True),
                  cases=[fraud, theft])


def lena(lang: str) -> Client:
    """A 2012 federal 21 USC 844 arrest dismissed (18 USC 3607), typed as intake's "case dismissed"."""
    code, section = typed("21 USC 844")
    case = Case(id="c1", outcome="dismissed", case_number="3:12-cr-00077", jurisdiction="federal", county=None,
                arrest_date=date(2012, 5, 10), arrest_level="misdemeanor",
                arrest_offenses=[ArrestOffense(section=section, code=code, level="misdemeanor")])
    return Client(name="Lena Testfederal", language=lang, person=Person(dob=date(1990, 3, 2), us_citizen=True), cases=[case])
