"""R163-01: E163 taught the screening that a violation after which probation went on
(reinstated, or continued), dated after the grant's recorded end, means the court extended it
to an end the record does not show: each result asks for that end.  The Checklist still ticked
"Probation completed 2021-01-10", the caseload's Outstanding column was empty, the handout's
"What you still need to do" asked the client nothing of it and the worksheet's "Still
outstanding" was silent: a paralegal read the probation done, the client had nothing to bring.
The checklist now reads it as an end not known, as it reads a grant with no end recorded: not
done, "probation end date" outstanding, and the client asked to find out the day it ends.
Rosa is synthetic (Q163 fault 02's record).  Real PDFs."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.checklist import checklist, outstanding
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence, Violation

AS_OF = date(2026, 11, 15)
FIND_THE_END = {
    "en": "Find out the day your probation ends, or the day it ended. Tell the clinic.",
    "es": "Averigüe qué día termina su libertad condicional, o qué día terminó. Avísele a la clínica.",
}


def _rosa(outcome: str = "reinstated", violated: date = date(2022, 5, 1), lang: str = "en") -> Client:
    """A petty theft on summary probation to 2021-01-10, marked completed, with a violation after
    which probation went on."""
    case = Case(id="A", case_number="BA301111", disposition_date=date(2020, 1, 10), convictions=[
        Conviction(id="A1", section="484(a)/488", code="PC", level="misdemeanor", conviction_date=date(2020, 1, 10))],
        sentence=Sentence(type="probation", judgment_date=date(2020, 1, 10), imposition_suspended=True, completed=True,
                          probation=Probation(kind="summary", start=date(2020, 1, 10), end=date(2021, 1, 10),
                                              status="completed", violations=[Violation(violated, outcome)])))
    return Client(name="Rosa Testextend", language=lang, person=Person(dob=date(1980, 4, 2), us_citizen=True), cases=[case])


@pytest.mark.parametrize("outcome", ["reinstated", "continued"])
def test_r163_01_probation_that_went_on_after_its_end_is_not_ticked_completed(outcome):
    rosa = _rosa(outcome)
    [item] = [i for i in checklist(rosa, AS_OF) if i.kind == "probation"]
    assert not item.done
    assert item.label == ("Probation: end date unknown (it went on after a violation on 2022-05-01, "
                          "after its recorded end 2021-01-10)")
    assert outstanding(rosa, AS_OF) == ["probation end date"]


def test_r163_01_a_violation_within_probation_or_after_the_day_still_reads_completed():
    """As the screening (E163): an ordinary violation, or one dated after the day looked at."""
    assert [i.label for i in checklist(_rosa(violated=date(2020, 6, 1)), AS_OF) if i.kind == "probation"] == [
        "Probation completed 2021-01-10"]
    assert [(i.label, i.done) for i in checklist(_rosa(), date(2021, 6, 1)) if i.kind == "probation"] == [
        ("Probation completed 2021-01-10", True)]


@pytest.mark.parametrize("lang", ["en", "es"])
def test_r163_01_the_handout_asks_the_client_for_the_day_it_ends(lang):
    text = pdf_text(_rosa(lang=lang), lang, as_of=AS_OF)
    assert FIND_THE_END[lang] in text
