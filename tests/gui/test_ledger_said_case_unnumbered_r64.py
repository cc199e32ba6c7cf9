"""R64-03: a payment that could not be done again over another desk's record is said with its
case, and a case with no number yet (typed in at intake before the court's number is known)
was said "Case None": as the other lines of the warning name it (ui.services.where_in_record),
by its place in the record, "Case 2".  Those lines name it by what its record holds since K341,
"Case c2 (convicted ..., PC 459, Los Angeles County)", and so does this one (K363-03)."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.model import Payment
from clinic_app.screening_format import client_to_request_dict
from tests.gui.conftest import probation_client
from ui.client_view import ClientWorkspace

PAID = Payment(kind="restitution", date=date(2026, 11, 22), amount=75)


def test_a_payment_on_a_case_with_no_number_removed_there_names_the_case_as_the_other_lines_do():
    typed_on = probation_client("Dora Pago", restitution_ordered=1500)
    typed_on.id = 4
    second = copy.deepcopy(typed_on.cases[0])
    second.id, second.case_number = "c2", None
    typed_on.cases.append(second)
    typed = copy.deepcopy(typed_on)
    typed.cases[1].money.record_payment(PAID)  # paid toward the case with no number yet
    stored = copy.deepcopy(typed_on)
    del stored.cases[1]  # removed on another desk (typed twice)
    put, said = ClientWorkspace._typing_over(stored, client_to_request_dict(typed_on), client_to_request_dict(typed), typed)
    assert [case.id for case in put.cases] == ["c1"]
    assert said == ["Case c2 (convicted 2021-05-01, PC 459, Los Angeles County): removed in another window or on another desk, so the restitution payment of $75 on "
                    "2026-11-22 is not put back"], said
