"""S64: what drafts.not_put_back says was typed and not put back over another desk's record."""

from clinic_app.drafts import not_put_back, typing_over
from ui.models.history_model import in_words


def _two_cases() -> dict:
    return {"client": {"notes": ""},
            "cases": [{"id": "c1", "case_number": "BA100001", "convictions": [{"id": "c1-1", "section": "459", "level": "misdemeanor"}]},
                      {"id": "c2", "case_number": "BA100002", "convictions": [{"id": "c2-1", "section": "11350", "level": "misdemeanor"},
                                                                              {"id": "c2-2", "section": "148", "level": "misdemeanor"}]}]}


def test_s64_06_a_count_taken_out_here_and_changed_there_is_named_in_its_own_case():
    """The count taken out here was kept as they changed it, and said: at the typing's place
    of its case (cases[1]) and the record's place of the count, a path of neither record;
    another desk had removed the case before it, so the warning named no case of the
    record ("Case 2") or, one added before it, another case ("Case BA100003")."""
    typed_on = _two_cases()
    typed = _two_cases()
    del typed["cases"][1]["convictions"][0]  # count 1 of BA100002 taken out here
    stored = _two_cases()
    del stored["cases"][0]  # BA100001 removed there ...
    stored["cases"][0]["convictions"][0]["level"] = "felony"  # ... and the count put right
    put = typing_over(typed_on, typed, stored)
    said = not_put_back(typed_on, typed, put)
    assert said == [("cases[0].convictions[0]", "changed there, kept")]
    assert in_words(said[0][0], put) == "Case BA100002, conviction 1"


def test_s64_04_a_payment_added_here_that_they_added_too_is_named_to_check_it_is_not_in_twice():
    """S64-04: the receipt R-1001 recorded at the front desk and on the paralegal's Checklist:
    put back, the ledger had it twice, $50 counted paid twice, and nothing said (typed with
    theirs in the ledger, the payment form says "The ledger already has this payment", K29-05)."""
    from datetime import date

    from clinic_app.drafts import ledger_moves, ledger_twice
    from clinic_app.model import Payment
    from tests.gui.conftest import probation_client

    def client(*payments):
        record = probation_client("Dora Pago", restitution_ordered=1500)
        for payment in payments:
            record.cases[0].money.record_payment(payment)
        return record

    receipt = Payment(kind="restitution", date=date(2026, 11, 20), amount=50, receipt="R-1001")
    unreceipted = Payment(kind="restitution", date=date(2026, 11, 20), amount=50)
    other = Payment(kind="restitution", date=date(2026, 11, 22), amount=75)
    for mine, theirs, twice in ((receipt, receipt, True), (unreceipted, receipt, True), (other, receipt, False),
                                (receipt, Payment(kind="restitution", date=date(2026, 11, 20), amount=50, receipt="R-1002"), False)):
        moves = ledger_moves(client(), client(mine))
        assert ledger_twice(client(), client(theirs), moves) == ([("c1", "added", mine)] if twice else [])
    old = client(receipt)  # in the ledger when the typing began: not theirs to check
    assert ledger_twice(old, client(receipt), ledger_moves(old, client(receipt, receipt))) == []
