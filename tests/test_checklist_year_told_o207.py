"""O207-04: a client who told intake his probation ended in 1973, a year alone (the day left
blank, the year kept in the notes), saw on the Checklist tab "Probation: end date unknown", the
year he had just told said nowhere on it, where the handout's card gives the conviction's year."""

from __future__ import annotations

from datetime import date

from clinic_app.checklist import checklist
from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence
from clinic_app.years_alone import year_alone_line

AS_OF = date(2026, 12, 7)


def _case(key: str, number: str | None) -> Case:
    return Case(id=key, case_number=number, convictions=[Conviction(id=f"{key}1", code="VC", section="23102(a)",
                                                                    level="misdemeanor")],
                sentence=Sentence(type="probation", probation=Probation(kind="summary")))


def test_o207_04_the_probation_end_told_by_its_year_or_month_is_on_the_checklist():
    cases = [_case("c1", None), _case("c2", "A345678"), _case("c3", "88M05555")]
    notes = [year_alone_line(cases[0], 1, "probation end", 1973), year_alone_line(cases[1], 2, "probation end", "March 1982")]
    client = Client(id=1, name="Walter Okonkwo-Reyes", person=Person(dob=date(1954, 3, 9)), cases=cases,
                    notes="\n".join(notes))
    labels = {item.case: item.label for item in checklist(client, AS_OF) if item.kind == "probation"}
    assert labels == {"c1": "Probation: end date unknown (the client told the year alone: 1973)",
                      "c2": "Probation: end date unknown (the client told the month and year alone: March 1982)",
                      "c3": "Probation: end date unknown"}  # nothing told: as before
