"""R64-05: typing put back over another desk's record (a refused save, K63-04; a draft,
K63-01) where the two together make a record that cannot be: here the early termination typed
from the minute order (2023-11-01), there the ordered end put right (2023-05-01), so probation
ended early after its end.  The record made could not be read, and the typing went back as
typed, whole: their end and their phone were not on the forms, nothing said so, and the next
save undid them.  Their record is kept now, and what was typed is said, field by field."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.screening_format import client_to_request_dict
from tests.gui.conftest import probation_client
from ui.client_view import ClientWorkspace


def test_typing_that_cannot_go_over_their_record_leaves_theirs_and_says_what_was_typed():
    typed_on = probation_client("Rosa Delgado")
    typed_on.id = 4
    typed = copy.deepcopy(typed_on)
    typed.cases[0].sentence.probation.early_termination = date(2023, 11, 1)
    typed.notes = "Early termination granted, minute order on file."
    stored = copy.deepcopy(typed_on)
    stored.cases[0].sentence.probation.end = date(2023, 5, 1)
    stored.phone = "(213) 555-0199"
    put, said = ClientWorkspace._typing_over(stored, client_to_request_dict(typed_on), client_to_request_dict(typed), typed)
    assert (put.phone, put.cases[0].sentence.probation.end, put.cases[0].sentence.probation.early_termination) == (
        "(213) 555-0199", date(2023, 5, 1), None)
    assert any("early termination" in line.casefold() and "2023-11-01" in line for line in said), said
    # C65-01 (S64-02's idea): the note, typed outside the case the contradiction is in, is put
    # back; R64-05 kept their record whole and said it among what was not put back.
    assert put.notes == "Early termination granted, minute order on file."
    assert not any("minute order on file" in line for line in said), said
    assert said[0].startswith("Case BA100001: kept as it was saved in another window or on another desk, as what was "
                              "typed in it contradicts their change"), said
    assert len(said) == 2, said  # the case kept and why, and the one field typed in it: nothing else
