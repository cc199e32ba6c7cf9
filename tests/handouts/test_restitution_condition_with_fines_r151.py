"""R151-01: F149-01 read a probation condition naming restitution as one SB 1106 reaches, so
"Pay fines and restitution in full", unpaid, no order recorded, was said on the handout
"(as written in your papers): you must still pay what you owe, but it does not stop a
dismissal.", and the Checklist added "since SB 1106 ... unpaid restitution is no ground to deny
relief" to it.  SB 1106 reaches restitution, not court fines: a fine left unpaid as a condition
leaves the mandatory route arguable at best (ca-rules.md 2.3 [L]).  A condition naming fines or
fees beside restitution is asked as before F149; one naming restitution (or a restitution fine)
alone keeps F149's words."""

from __future__ import annotations

from datetime import date

import pytest
from handout_render import pdf_text

from clinic_app.checklist import SB1106_SAID, checklist
from clinic_app.model import Case, Client, Condition, Conviction, Person, Probation, Sentence

AS_OF = date(2026, 12, 6)
DOES_NOT_STOP = "but it does not stop a dismissal"


def _client(label: str) -> Client:
    conv = Conviction(id="D1", section="459", code="PC", level="felony", conviction_date=date(2018, 5, 1))
    case = Case(id="D", case_number="18FE04321", convictions=[conv], conditions=[Condition(kind="other", label=label)],
                sentence=Sentence(type="probation", judgment_date=date(2018, 5, 1), imposition_suspended=True,
                                  probation=Probation(kind="formal", start=date(2018, 5, 1), end=date(2021, 5, 1),
                                                      status="completed")))
    return Client(name="Synthetic Client", person=Person(dob=date(1980, 3, 3), us_citizen=True), cases=[case])


def _condition_line(client: Client) -> str:
    (item,) = [item for item in checklist(client, AS_OF) if item.kind == "condition"]
    return item.label


@pytest.mark.parametrize("label", ["Pay fines and restitution in full", "Pay restitution, fines and fees",
                                   "Pay $300 restitution fine and $200 fine"])
def test_r151_01_a_condition_naming_fines_beside_restitution_is_not_said_not_to_stop_a_dismissal(label):
    client = _client(label)
    en = pdf_text(client, "en", as_of=AS_OF)
    assert DOES_NOT_STOP not in en
    assert f"Finish “{label}”" in en
    assert "no impide la desestimación" not in pdf_text(client, "es", as_of=AS_OF)
    assert SB1106_SAID not in _condition_line(client)


@pytest.mark.parametrize("label", ["Pay restitution to the victim in full", "Pay restitution fine"])
def test_r151_01_restitution_alone_keeps_f149s_words(label):
    client = _client(label)
    assert f"“{label}” (as written in your papers): you must still pay what you owe, {DOES_NOT_STOP}." in pdf_text(
        client, "en", as_of=AS_OF)
    assert _condition_line(client).endswith(SB1106_SAID)
