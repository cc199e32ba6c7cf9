"""F149-01: a felony probation ended early, paying restitution a condition of it ("Pay
restitution to the victim in full"), $1,200 of $3,000 still owed.  The handout's "What you
still need to do" opened with "Finish “Pay restitution to the victim in full” (as written in
your papers).", ahead of the court hearing, and said nothing of SB 1106: the client read that
they must pay in full before the dismissal, where since 2023 unpaid restitution stops no
dismissal and is no broken condition (PC 1203.4(c)(3)(A)-(B); ca-rules.md 2.3).  The same debt
was then said again, last, as "Restitution ... you still owe: $1,200 ... it does not stop a
dismissal".  Now said once, the restitution line, last; a restitution condition with no order
recorded on the case is said in its words with the same "does not stop a dismissal"."""

from __future__ import annotations

from datetime import date

from handout_render import pdf_text

from clinic_app.model import Money
from tests.test_checklist_restitution_condition_f149 import CONDITION, _client  # the same client (F149-03)


def test_f149_01_a_restitution_condition_is_not_a_task_to_finish_before_relief():
    client = _client(Money(restitution_ordered=3000, restitution_paid=1800))
    en, es = pdf_text(client, "en"), pdf_text(client, "es")
    assert f"Finish “{CONDITION}”" not in en and f"«{CONDITION}»" not in es
    # The debt is said once, last, with what it does not stop.
    assert en.count("Restitution (money for the victim) you still owe: $1,200. You must still pay it, "
                    "but it does not stop a dismissal.") == 1
    assert en.index("Go to the court hearing") < en.index("you still owe: $1,200")
    assert es.count("Restitución (dinero para la víctima) que todavía debe: $1,200.") == 1


def test_f149_01_with_no_restitution_recorded_the_condition_is_said_not_to_stop_a_dismissal():
    en, es = pdf_text(_client(None), "en"), pdf_text(_client(None), "es")
    said = (f"“{CONDITION}” (as written in your papers): you must still pay what you owe, "
            "but it does not stop a dismissal.")
    assert said in en and f"Finish “{CONDITION}”" not in en
    assert en.index("Go to the court hearing") < en.index(said)
    assert f"«{CONDITION}» (así dice en sus papeles): todavía tiene que pagar lo que debe, pero eso no impide la desestimación." in es


def test_f149_01_before_sb_1106_the_condition_is_still_one_to_finish():
    client = _client(Money(restitution_ordered=3000, restitution_paid=1800))
    assert f"Finish “{CONDITION}”" in pdf_text(client, "en", as_of=date(2022, 6, 1))
