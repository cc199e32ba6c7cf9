"""D126-01: a client with a 2023 DUI read "A dismissed conviction can still count against you
if you are charged with a new crime" and "A DUI can still count as a prior for your driver's
license", and nothing of how long: a dismissed DUI still counts as a prior in a later DUI case
for ten years from its offense (ca-rules.md 2.4, VC 23540, 23546, 23550), which the screening
says with its day ("through 2033-06-03"), nor that a dismissal leaves a license suspension or
revocation as it was (VC 13555).  The page now says both, with the look-back's last day."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.model import Case, Client, Condition, Conviction, Money, Person, Probation, Sentence


def _dui_client(offense: date | None, convicted: date, end: date, section: str = "23152(a)") -> Client:
    """A DUI on summary probation (or done), beside an older VC 14601.1 whose probation is over."""
    dui = Case(id="A", case_number="3CJ04417",
               convictions=[Conviction(id="A1", code="VC", section=section, level="misdemeanor",
                                       offense_date=offense, conviction_date=convicted)],
               sentence=Sentence(type="probation", judgment_date=convicted, imposition_suspended=True,
                                 probation=Probation(kind="summary", start=convicted, end=end,
                                                     status="active" if end > date(2026, 11, 15) else "completed")),
               conditions=[Condition(kind="program", label="First-offender DUI program (9 months)", required=9, done=4)],
               money=Money(fines_ordered=2100, fines_paid=800, fines_condition_of_probation=True))
    old = Case(id="B", case_number="6MT01882",
               convictions=[Conviction(id="B1", code="VC", section="14601.1(a)", level="misdemeanor",
                                       conviction_date=date(2016, 3, 10))],
               sentence=Sentence(type="probation", judgment_date=date(2016, 3, 10), imposition_suspended=True,
                                 probation=Probation(kind="summary", start=date(2016, 3, 10), end=date(2019, 3, 10),
                                                     status="completed")))
    return Client(name="Dolores Vega", person=Person(dob=date(1990, 4, 12)), cases=[dui, old])


@pytest.mark.pdf
def test_d126_01_a_dui_is_told_until_when_it_counts_as_a_prior_and_that_a_suspension_stays():
    client = _dui_client(date(2023, 6, 3), date(2023, 9, 15), date(2027, 9, 15))
    en = pdf_text(client, "en")
    assert "it does not end a license suspension or revocation" in en
    assert ("A dismissed DUI still counts as an earlier DUI if you are charged with a new DUI for driving "
            "up to June 3, 2033, ten years after it.") in en
    es = pdf_text(client, "es")
    assert "no termina una suspensión o revocación de su licencia" in es
    assert ("Un DUI desestimado sigue contando como DUI anterior si le presentan cargos por un nuevo DUI cometido "
            "hasta el 3 de junio de 2033, diez años después.") in es


@pytest.mark.pdf
def test_d126_01_without_the_offense_date_the_day_is_the_latest_it_can_be():
    client = _dui_client(None, date(2023, 9, 15), date(2027, 9, 15), section="23152(b)")
    assert "for driving up to September 15, 2033 at the latest, ten years after it." in pdf_text(client, "en")
    assert ("cometido en los diez años después de él, un plazo que termina a más tardar el 15 de septiembre de 2033."
            " El nuevo caso") in pdf_text(client, "es")


@pytest.mark.pdf
def test_d126_01_a_look_back_over_and_a_record_with_no_dui_say_no_day():
    old_dui = _dui_client(date(2012, 2, 1), date(2012, 5, 1), date(2015, 5, 1))
    text = pdf_text(old_dui, "en")
    assert "still counts as an earlier DUI" not in text
    assert "it does not end a license suspension or revocation" in text
    no_dui = _dui_client(date(2023, 6, 3), date(2023, 9, 15), date(2027, 9, 15))
    no_dui.cases = no_dui.cases[1:]
    assert "earlier DUI" not in pdf_text(no_dui, "en")


@pytest.mark.pdf
def test_d126_02_a_probation_day_gone_with_a_class_half_done_asks_whether_it_was_made_longer():
    """D126-02: probation to September 15, 2026, still marked running in December with the DUI
    program half done and fines owed: the screening asks whether it was extended, revoked or
    completed, but the page told the client "Get court papers that show it ended", as if it
    surely had; a court that gave her more time to finish is just as likely."""
    client = _dui_client(date(2023, 6, 3), date(2023, 9, 15), date(2026, 9, 15))
    client.cases[0].sentence.probation.status = "active"
    en = pdf_text(client, "en")
    assert ("Your probation was to end on September 15, 2026. Get court papers that show whether it ended "
            "or the court made it longer.") in en
    assert "Get court papers that show it ended." not in en
    es = pdf_text(client, "es")
    assert ("Su libertad condicional debía terminar el 15 de septiembre de 2026. Pida en el tribunal papeles "
            "que muestren si terminó o si el tribunal la alargó.") in es
