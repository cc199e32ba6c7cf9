"""K230-02: back on the list from a client whose save took them out of it, C218-04 said "Zoë Trần is
not in the list now ... The line chosen is Zoë Trần: Enter opens it." of two namesakes side by
side (the demo has them): which Zoë left, and which is chosen, was not said.  Where another line
of the list, or the other client said, has the same name, each is named with their date of birth,
as the list's Date of birth column tells them apart ("born 1980-01-02", clinic_app.wording.born_said,
as Delete and Merge name a client beside a namesake); a name no other shares is said alone."""

from __future__ import annotations

from datetime import date

from tests.gui.conftest import probation_client, show_active, type_over

EVENT = "Pomona Saturday 2026-12-05"


def test_a_namesake_left_out_and_the_namesake_chosen_are_each_said_with_their_date_of_birth(qtbot, window, repo):
    ids = {}
    # Spelled apart, as typed at two desks: namesakes all the same, folded as Possible duplicates
    # fold names (a count by the name as spelled told nobody apart here).
    for name, born in (("Zoe Tran", date(1980, 1, 2)), ("Zoë Trần", date(1990, 3, 4))):
        client = probation_client(name, event=EVENT)
        client.person.dob = born
        ids[born] = repo.add_client(client)
    repo.add_client(probation_client("Walk In"))
    window.load()
    show_active(qtbot, window)
    view = window.caseload
    view.event.setCurrentIndex(view.event.findData(EVENT))
    assert view.select_client(ids[date(1980, 1, 2)])
    window.open_client(ids[date(1980, 1, 2)])
    type_over(qtbot, window.client_view.record.person.event, "Compton Fair")  # out of the event's list
    assert window.client_view.save()
    assert window.show_caseload()
    assert view.selected_client_id() == ids[date(1990, 3, 4)]
    assert window.statusBar().currentMessage() == (
        "Zoe Tran (born 1980-01-02) is not in the list now: the search and filters leave them out (Showing 1 of 3 "
        "clients). The line chosen is Zoë Trần (born 1990-03-04): Enter opens it.")
