"""U64-06: the batch's note of clients with no case entered said "1 client has no case entered:
their handouts say none is entered yet and ask them ..." of one client's one handout."""

from clinic_app.handouts.document import no_case_note


def test_u64_06_one_client_one_handout():
    assert no_case_note(["Lupe Sincaso"]) == (
        "1 client has no case entered (Lupe Sincaso): their handout says none is entered yet and asks them to have "
        "the clinic check their record. If their cases are still to be entered, enter them first (Cases still to enter, "
        "or clinic-app list --outcome to_enter, lists them).")
    assert no_case_note(["Lupe Sincaso", "Tomas Sincaso"]).startswith(
        "2 clients have no case entered (Lupe Sincaso, Tomas Sincaso): their handouts say none is entered yet and ask them ")
    assert no_case_note([]) is None
