"""R55-04: a Spanish handout for a count of unknown level (V53-02) printed, under each option a
lawyer must check, the English source "The client's record (level of conviction)" beside the
statutes: the statutes stay as the court writes them, but that source is words, the client's
record, said in the handout's language ("Su récord (nivel de la condena)")."""

from __future__ import annotations

from datetime import date

from handout_render import pdf_text

from clinic_app.model import Case, Client, Conviction, Person, Probation, Sentence


def _client() -> Client:
    conv = Conviction(id="A1", section="459", code="PC", level=None, conviction_date=date(2021, 3, 1))
    case = Case(id="A", case_number="4CM00002", convictions=[conv],
                sentence=Sentence(type="probation", judgment_date=date(2021, 3, 1),
                                  probation=Probation(kind="summary", start=date(2021, 3, 1), end=date(2023, 3, 1))))
    return Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])


def test_r55_04_the_record_as_a_source_is_said_in_spanish():
    es = pdf_text(_client(), "es")
    assert "The client's record" not in es
    # W80-02: the record is no source beside "Who does it": the fact is asked in plain words.
    assert "si su condena fue un delito grave (felony)" in es and "Su récord (nivel de la condena)" not in es
    assert "PC 1203.4" in es  # the statutes as the court writes them
