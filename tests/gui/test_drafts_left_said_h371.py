"""H371-01: a paralegal taking over a departed colleague's caseload of 3,000 could not find
the typing the colleague's Clinic Desk had kept as a draft when it stopped, never saved: it
is offered back only as that client is opened (or at their intake, or their review), and
nothing in the window named whose it was.  The caseload's status line names them now."""

from __future__ import annotations

from tests.gui.conftest import probation_client
from tests.gui.test_export_drafts_f65 import _left_by_a_stopped_window


def test_h371_01_the_status_line_names_the_clients_whose_typing_was_left_unsaved(qtbot, window, repo):
    ana = repo.add_client(probation_client("Ana Peña-O'Neill", case_number="19CR01234"))
    repo.add_client(probation_client("Dwayne Carter", case_number="BA412233"))
    luis = repo.add_client(probation_client("Luis Ortega", case_number="BA500001"))
    rosa = repo.add_client(probation_client("Rosa Nota", case_number="BA600001"))
    window.load()
    assert "typing" not in window.status.text()

    _left_by_a_stopped_window(repo, ana, {"client": {"name": "Ana Peña-O'Neill", "phone": "213-555-0101"}})
    _left_by_a_stopped_window(repo, None, {"client": {"name": "Nadie Guardado"}})  # a new client's, never stored
    _left_by_a_stopped_window(repo, luis, {"case": {"case_number": "BA500002"}}, of="intake")
    _left_by_a_stopped_window(repo, rosa, {"notes": {"Case BA600001": "Spoke with the DDA"}}, of="review")
    window.load()
    said = window.status.text()
    assert said.endswith(f"; typing left unsaved when Clinic Desk stopped: Ana Peña-O'Neill (id {ana}), open them to get "
                         "it back; a new client's, back at File > New client; a case typed at intake for Luis Ortega "
                         f"(id {luis}), back at their next intake; a review note for Rosa Nota (id {rosa}), back at "
                         "their next Mark reviewed"), said
    assert "Dwayne Carter" not in said

    repo.keep_draft(ana, None)  # opened and saved
    repo.keep_draft(None, None)
    repo.keep_draft(luis, None, of="intake")
    repo.keep_draft(rosa, None, of="review")
    window.load()
    assert "typing" not in window.status.text()
