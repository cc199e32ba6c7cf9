"""R55-05: restitution ordered with nothing recorded paid (U52-01) was told to the client as
"Restitution of $1,500 was ordered. Find out from the court how much you have paid ...", and
no more: where it is known owed, the handout adds that since SB 1106 (2023) it does not stop a
dismissal, and a client not knowing what they paid was left to think it might.  Said now in
both, as for restitution known owed; before 2023 (a screening of then) it is not said."""

from __future__ import annotations

import io
from datetime import date

from handout_clients import CLINIC, screened
from handout_render import flowing_text, squash
from pypdf import PdfReader

from clinic_app.handouts import compose, render_bytes
from clinic_app.model import Case, Client, Conviction, Money, Person, Probation, Sentence


def _client() -> Client:
    conv = Conviction(id="A1", section="484(a)", code="PC", level="misdemeanor", conviction_date=date(2019, 3, 1))
    case = Case(id="A", case_number="4CM00002", convictions=[conv], money=Money(restitution_ordered=1500),
                sentence=Sentence(type="probation", judgment_date=date(2019, 3, 1),
                                  probation=Probation(kind="summary", start=date(2019, 3, 1), end=date(2027, 3, 1))))
    return Client(name="Synthetic Client", person=Person(dob=date(1985, 1, 1), us_citizen=True), cases=[case])


def test_r55_05_restitution_with_payments_unrecorded_is_said_not_to_stop_a_dismissal():
    en, es = flowing_text(_client(), "en"), flowing_text(_client(), "es")
    assert ("Restitution (money for the victim) of $1,500 was ordered. Find out from the court how much you have paid, and bring your "
            "receipts to the clinic. If you owe any, you must pay it, but it does not stop a dismissal.") in en
    assert ("Se le ordenó una restitución (dinero para la víctima) de $1,500. Averigüe en el tribunal cuánto ha pagado y traiga sus recibos "
            "a la clínica. Si debe algo, tiene que pagarlo, pero eso no impide la desestimación.") in es


def test_r55_05_before_sb_1106_it_is_not_said():
    client = _client()
    then = date(2022, 6, 1)
    pdf = render_bytes(compose(client, screened(client, then), CLINIC, lang="en", as_of=then))
    said = squash(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    assert "Restitution (money for the victim) of $1,500 was ordered" in said and "does not stop a dismissal" not in said
