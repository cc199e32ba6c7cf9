"""U64-06: the batch's note of clients with no case entered said "1 client has no case entered:
their handouts say none is entered yet and ask them ..." of one client's one handout."""

from clinic_app.handouts.document import no_case_note


def test_u64_06_one_client_one_handout():
    assert no_case_note(1) == ("1 client has no case entered: their handout says none is entered yet and asks them to have "
                               "the clinic check their record. If their cases are still to be entered, enter them first.")
    assert no_case_note(2).startswith("2 clients have no case entered: their handouts say none is entered yet and ask them ")
    assert no_case_note(0) is None
