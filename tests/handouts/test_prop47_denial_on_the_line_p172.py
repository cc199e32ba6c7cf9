"""P172-04: Benito's felony PC 496(a) of 2012 was denied Prop 47 in 2016; its value is not
known, so the screening leaves Prop 47 to the attorney.  The caseload's line read "File now" (his
17(b) and dismissal), the header "Eligible now: ...", and `clinic-app list --review` "to review:
Prop 47 reduction for PC 496(a): What was the value of the property (in dollars)?": the judge's
no was said nowhere the paralegal looks, only on the Eligibility tab and the worksheet.  It is
said as a 17(b) denied and left to the attorney is (S150-02, S154-02): "denied 2016-05-02:
attorney to review", in the header, on the line and in the queue's words.

Pure functions on the real engine's answer: no window, no database."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from clinic_app.eligibility import screen
from clinic_app.model import Client, Petition
from clinic_app.review import attorney_waits_for
from clinic_app.summary import summarize
from tests.handouts.test_prop47_value_asked_p172 import BENITO, received_stolen

AS_OF = date(2026, 12, 6)
DENIED = "denied 2016-05-02: attorney to review"


def _benito_summed():
    denied = Petition("prop47", date(2016, 3, 1), convictions=["D1"], hearing_on=date(2016, 5, 2), ruling="denied",
                      ruling_on=date(2016, 5, 2))
    client = Client(name="Benito Ensayo", person=BENITO, cases=[received_stolen([denied])])
    screening = screen(client.person, client.cases, AS_OF)
    return summarize(client, screening, AS_OF), screening


def test_p172_04_the_header_and_the_queue_say_the_prop47_denial():
    from ui.client_view import outcome_line  # the header's own function, no window needed

    summary, screening = _benito_summed()
    assert outcome_line(summary, screening, AS_OF).replace("\u00a0", " ").endswith(f"; {DENIED}")
    queue = attorney_waits_for(SimpleNamespace(awaiting_review=True, court=summary.court),
                               "Prop 47 reduction for PC 496(a): What was the value of the property (in dollars)?")
    assert queue.endswith(f"(in dollars)?; {DENIED}"), queue
