"""L27-03: Labor Code 432.8 on the "what you may say" lines, said where ca-rules.md 4.1 [M]
supports it ("certain marijuana misdemeanors more than 2 years old may not be asked about")
and never where it does not; checked on the composed words and on the real PDF read back
with pypdf (synthetic people only)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_clients import _probation
from handout_layout import squash
from handout_render import handout_for as handout, rendered_for as rendered

from clinic_app.handouts import load_texts
from clinic_app.handouts.document import Guidance
from clinic_app.model import Case, Client, Conviction, Person, Sentence


def _client(section: str, level: str, convicted: date | None, code: str = "HS") -> Client:
    conv = Conviction(id="A1", code=code, section=section, level=level, conviction_date=convicted)
    case = Case(id="A", convictions=[conv], sentence=Sentence(type="no_probation", judgment_date=convicted, completed=True))
    return Client(name="Luz Ortega", person=Person(dob=date(1980, 1, 1), us_citizen=True), cases=[case])


def _job_lines(client: Client, lang: str) -> dict[str, dict[str, str]]:
    """situation -> column -> note + cite, for the two job situations."""
    out: dict[str, dict[str, str]] = {}
    for section in handout(client, lang).sections:
        for block in section.blocks:
            if isinstance(block, Guidance) and block.key in ("private_job", "government_job"):
                out[block.key] = {line.column: f"{line.note} [{line.cite}]" for line in block.lines}
    return out


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_marijuana_misdemeanor_over_two_years_old_is_told_432_8_may_apply_on_both_job_lines(lang):
    """ca-rules.md 4.1 [M]: Lab. Code 432.8, binding the employers 432.7 binds (private and
    public).  An HS 11357(b) misdemeanor of 2019 that stands was told only "Yes" after an offer."""
    note = load_texts(lang)["marijuana_two_years"]["note"]
    lines = _job_lines(_client("11357(b)", "misdemeanor", date(2019, 3, 1)), lang)
    for situation in ("private_job", "government_job"):
        assert note in lines[situation]["not_cleared"] and "Lab. Code 432.8" in lines[situation]["not_cleared"]


@pytest.mark.parametrize(("section", "level", "convicted", "code"), [
    ("11357(b)", "misdemeanor", date(2026, 3, 1), "HS"),   # less than two years old
    ("11360(a)", "felony", date(2019, 3, 1), "HS"),        # a felony: 4.1 speaks of misdemeanors
    ("484(a)/488", "misdemeanor", date(2019, 3, 1), "PC"),  # not marijuana
])
def test_432_8_is_not_said_where_ca_rules_does_not_support_it(section, level, convicted, code):
    text = " ".join(v for columns in _job_lines(_client(section, level, convicted, code), "en").values() for v in columns.values())
    assert "432.8" not in text


@pytest.mark.pdf
@pytest.mark.parametrize("lang", ["en", "es"])
def test_432_8_note_is_printed(lang):
    note = load_texts(lang)["marijuana_two_years"]["note"]
    assert squash(note) in rendered(_client("11357(b)", "misdemeanor", date(2019, 3, 1)), lang).text()


# ---- L27-07: a vacated conviction on a license form that asks about arrests --------------------

from clinic_app.model import ReliefGranted  # noqa: E402


def _vacated_client() -> Client:
    conv = Conviction(id="A1", code="PC", section="647(b)", level="misdemeanor", conviction_date=date(2015, 1, 1),
                      relief_granted=[ReliefGranted("pc236_14", date(2022, 3, 1))])
    case = Case(id="A", convictions=[conv], sentence=_probation(date(2015, 1, 1), date(2016, 1, 1), "completed"))
    return Client(name="Ana Ruiz", person=Person(dob=date(1990, 1, 1), us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_vacated_conviction_on_a_license_form_is_told_the_cautious_course_for_an_arrest_question(lang):
    """ca-rules.md 5, Vacated: nothing to disclose for the vacated conviction [M], but on other
    licensing forms (State Bar, teaching, ...) 'disclose the arrest and vacatur if the form asks
    about arrests (conservative)' [L].  The license line said only 'No. There is no conviction to
    report', where public office and the Lottery already said the cautious course."""
    spec = load_texts(lang)["situations"]["license"]["vacated"]
    section = handout(_vacated_client(), lang).section("say")
    line = next(line for g in section.blocks if g.key == "license" for line in g.lines if line.column == "vacated")
    assert line.say == spec["say"] and line.note == spec["note"] and "PC 236.14" in line.cite
    assert squash(spec["note"]) in rendered(_vacated_client(), lang).text()


# ---- L27-01 (handout): the gun ban of an attempt of a PC 29805 offense -------------------------


def _dv_client(section: str) -> Client:
    conv = Conviction(id="A1", code="PC", section=section, level="misdemeanor", conviction_date=date(2020, 3, 1))
    case = Case(id="A", convictions=[conv], sentence=_probation(date(2020, 3, 1), date(2023, 3, 1), "completed"))
    return Client(name="Rosa Diaz", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])


@pytest.mark.parametrize("lang", ["en", "es"])
def test_an_attempted_273_5_keeps_no_guns_and_is_told_the_attempt_is_not_settled(lang):
    """ca-rules.md 4.5 names the sections PC 29805 lists, not their attempts.  A "664/273.5"
    client was told "no guns for life" as settled; the ban stays said (the safe reading for
    the client) and the handout now says the attempt is not settled: no gun until a lawyer
    says so.  The completed offense is not told it."""
    e = load_texts(lang)["effects"]
    text = handout(_dv_client("664/273.5"), lang).all_text()
    assert e["firearms_lifetime"]["text"] in text and e["firearms_attempt"]["text"] in text
    assert squash(e["firearms_attempt"]["text"]) in rendered(_dv_client("664/273.5"), lang).text()
    assert e["firearms_attempt"]["text"] not in handout(_dv_client("273.5"), lang).all_text()
