"""H75-02: automatic relief held back by an open case says on the client's handout the day the
screening gives it once the case ends (a felony's four years from judgment), in English and
Spanish; where that day differs by a level the record does not give, it says a lawyer will tell
the day, and guesses none (O74, left alone 1)."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence

WAIT = {"en": "This has to wait until that changes.",
        "es": "Esto tiene que esperar hasta que eso cambie."}


def _client(level, sentence: Sentence | None = None) -> Client:
    """A man with an open case and one PC 484(a) judged 2024-01-01, no probation, sentence done."""
    return Client(name="Paz Testwait", person=Person(dob=date(1979, 3, 2), us_citizen=True, pending_charges=True), cases=[Case(
        id="c1", case_number="BA750201", county="Orange", disposition_date=date(2024, 1, 1),
        convictions=[Conviction(id="c1-1", section="484(a)", level=level, conviction_date=date(2024, 1, 1))],
        sentence=sentence or Sentence(type="no_probation", judgment_date=date(2024, 1, 1), completed=True))])


@pytest.mark.parametrize("lang, said", [
    ("en", "After that, the DOJ may do it on its own, but only after January 2, 2028. No papers are needed."),
    ("es", "Después, el DOJ puede hacerlo por su cuenta, pero solo después del 2 de enero de 2028. No hace falta presentar papeles."),
])
def test_h75_02_a_felony_held_back_by_an_open_case_is_told_its_day(lang, said):
    """The screening: blocked while the case is open; were it not for that, automatic from
    2028-01-02 (four years from judgment).  The handout had said "After that, the DOJ may do it
    on its own", as if at once."""
    text = pdf_text(_client("felony"), lang)
    assert f"{WAIT[lang]} {said}" in text


@pytest.mark.parametrize("lang, said", [
    ("en", "After that, the DOJ may do it on its own. The day depends on whether your conviction was a felony, a "
           "misdemeanor or an infraction, and your record does not say. A clinic lawyer will find out and tell you the day."),
    ("es", "Después, el DOJ puede hacerlo por su cuenta. La fecha depende de si su condena fue un delito grave (felony), "
           "un delito menor (misdemeanor) o una infracción, y su récord no lo dice. Un abogado de la clínica lo averiguará "
           "y le dirá cuándo."),
])
def test_h75_02_a_day_that_differs_by_an_unknown_level_is_left_to_the_lawyer(lang, said):
    """Level not known: as a felony from 2028-01-02, as a misdemeanor or an infraction at once
    (E74-01 settles it blocked at every level).  No day is given as if it were the client's."""
    text = pdf_text(_client(None), lang)
    assert f"{WAIT[lang]} {said}" in text
    assert "2028" not in text


def test_h75_02_relief_due_at_once_after_the_case_and_a_day_the_cause_says_read_as_before():
    """A misdemeanor: relief would follow at once.  On probation to 2027-03-01: the day after it
    ends is the day the cause already says ("it ends on March 1, 2027"), not said twice."""
    text = pdf_text(_client("misdemeanor"), "en")
    assert f"{WAIT['en']} After that, the DOJ may do it on its own. No papers are needed." in text
    on_probation = Sentence(type="probation", judgment_date=date(2025, 5, 1), probation=Probation(
        kind="summary", start=date(2025, 5, 1), end=date(2027, 3, 1), status="active"))
    text = pdf_text(_client("misdemeanor", on_probation), "en")
    # The cause said once, on the card's "Where it stands"; the relief "until that changes" (D154-03).
    assert ("Something must change first: your open criminal case must end, and your probation must end "
            "(it ends on March 1, 2027).") in text
    assert f"{WAIT['en']} After that, the DOJ may do it on its own. No papers are needed." in text


@pytest.mark.parametrize("lang, said", [
    ("en", "This has to wait until that changes. "
           "Then come back to the clinic on or after June 2, 2027."),
    ("es", "Esto tiene que esperar hasta que eso cambie. "
           "Después vuelva a la clínica a partir del 2 de junio de 2027."),
])
def test_h75_03_a_dismissal_held_back_by_an_open_case_is_told_its_day(lang, said):
    """A misdemeanor judged 2026-06-01: PC 1203.4a is blocked while the case is open, and were it
    not for that, open only from 2027-06-02 (a year from judgment).  "Then come back to the
    clinic" had the client come back as soon as the case ended."""
    recent = Sentence(type="no_probation", judgment_date=date(2026, 6, 1), completed=True)
    client = _client("misdemeanor", recent)
    client.cases[0].convictions[0].conviction_date = date(2026, 6, 1)
    assert said in pdf_text(client, lang)


def test_h75_03_a_dismissal_open_at_once_after_the_case_reads_as_before():
    text = pdf_text(_client("misdemeanor"), "en")
    assert "Dismissal (expungement): This has to wait until that changes. " \
           "Then come back to the clinic. Who does it" in text
