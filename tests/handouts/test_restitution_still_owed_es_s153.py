"""S153-02: the Spanish restitution lines of "What you still need to do" said «Tiene que pagarla»
and «tiene que pagar lo que debe» where the English says "You must still pay it" and "you must
still pay what you owe" (G150 saw it): without «todavía» the client could read the debt as
something new, not one left after the dismissal.  Both now say «todavía», as the English says
"still".  Each test opens the real PDF, F149-01's client (restitution owed, and a condition with
no order recorded)."""

from __future__ import annotations

from handout_render import pdf_text

from clinic_app.model import Money
from tests.test_checklist_restitution_condition_f149 import CONDITION, _client  # F149's client


def test_restitution_owed_is_still_to_pay_in_spanish_as_in_english():
    client = _client(Money(restitution_ordered=3000, restitution_paid=1800))
    assert "you still owe: $1,200. You must still pay it, but it does not stop a dismissal." in pdf_text(client, "en")
    assert ("que todavía debe: $1,200. Todavía tiene que pagarla, pero eso no impide la desestimación."
            in pdf_text(client, "es"))


def test_a_restitution_condition_is_still_to_pay_in_spanish_as_in_english():
    assert f"“{CONDITION}” (as written in your papers): you must still pay what you owe" in pdf_text(_client(None), "en")
    assert (f"«{CONDITION}» (así dice en sus papeles): todavía tiene que pagar lo que debe, pero eso no impide la"
            " desestimación." in pdf_text(_client(None), "es"))
