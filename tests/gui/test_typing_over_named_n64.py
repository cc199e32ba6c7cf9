"""N64-03: what was typed and not put back over another desk's record names the petition as the
merge names it: "Case BA100001, petition 1, ruling" (drafts.not_put_back's place, worded by
where_in_record) told nobody which petition (U64-03 names a condition by its label)."""

from __future__ import annotations

from ui.models.history_model import in_words


def test_a_petition_is_named_in_the_history_and_undo_words():
    record = {"cases": [{"id": "c1", "case_number": "BA100001",
                         "petitions": [{"remedy": "pc1203_4", "filed_on": "2026-11-02", "ruling": None}]}]}
    assert in_words("cases[0].petitions[0].ruling_on", record) == "Case BA100001, the PC 1203.4 dismissal petition filed 2026-11-02, ruled on"
    assert in_words("cases[0].petitions[0]", record) == "Case BA100001, the PC 1203.4 dismissal petition filed 2026-11-02"
    assert in_words("cases[0].petitions[3].note", record) == "Case BA100001, petition 4, note"  # not in the record: by place


def _saved_there(repo, client_id: int, change) -> None:
    from db.repository import Repository

    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        change(theirs)
        desk_2.save_client(theirs)


def test_a_ruling_typed_on_a_petition_they_removed_names_the_petition(qtbot, window, repo):
    from datetime import date

    import pytest

    from clinic_app.model import Petition
    from db.errors import ChangedElsewhere
    from tests.gui.conftest import open_on_record, probation_client, type_over

    client = probation_client("Paula Peticiones")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2)), Petition("pc17b", date(2026, 11, 5))]
    client_id, form = open_on_record(window, repo, client)
    _saved_there(repo, client_id, lambda theirs: theirs.cases[0].petitions.pop(0))
    row = form.petitions.rows[0]
    row.ruling.setFocus()
    row.ruling.setCurrentIndex(row.ruling.findData("granted"))
    type_over(qtbot, row.ruled, "2026-11-21")
    with pytest.raises(ChangedElsewhere) as refused:
        window.client_view.save()
    said = str(refused.value)
    assert ("Case BA100001, the PC 1203.4 dismissal petition filed 2026-11-02: removed in another window or on another "
            "desk, so what was typed in it is not put back: ruling: “granted”; ruled on: “2026-11-21”") in said, said
    assert [(r.remedy.currentData(), r.ruling.currentData()) for r in form.petitions.rows] == [("pc17b", None)]


def test_a_petition_added_on_a_case_they_removed_is_named_not_json(qtbot, window, repo):
    import pytest
    from PySide6.QtCore import Qt

    from db.errors import ChangedElsewhere
    from tests.gui.conftest import TODAY
    from tests.gui.test_typing_over_cases_added_a64 import _open, _show_case, _two_cases

    client_id = _open(window, repo, _two_cases())
    view = window.client_view
    _saved_there(repo, client_id, lambda theirs: theirs.cases.pop(1))
    _show_case(view, 1)
    qtbot.mouseClick(view.record.case_form.petitions.add_button, Qt.MouseButton.LeftButton)
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    said = str(refused.value)
    assert "{" not in said, said
    assert (f"Case BA100002: removed in another window or on another desk, so what was typed in it is not put back: "
            f"petitions: the PC 1203.4 dismissal petition filed {TODAY.isoformat()}") in said, said


def test_the_same_petition_recorded_on_both_desks_is_one_and_the_note_typed_is_said(qtbot, window, repo):
    import pytest
    from PySide6.QtCore import Qt

    from clinic_app.model import Petition
    from db.errors import ChangedElsewhere
    from tests.gui.conftest import TODAY, open_on_record, probation_client

    client_id, form = open_on_record(window, repo, probation_client("Paula Peticiones"))
    _saved_there(repo, client_id, lambda theirs: theirs.cases[0].petitions.append(Petition("pc1203_4", TODAY)))
    qtbot.mouseClick(form.petitions.add_button, Qt.MouseButton.LeftButton)
    form.petitions.rows[-1].note.setText("CR-180 mailed")
    with pytest.raises(ChangedElsewhere) as refused:
        window.client_view.save()
    said = str(refused.value)
    assert (f"Case BA100001, the PC 1203.4 dismissal petition filed {TODAY.isoformat()}: recorded in another window or on "
            "another desk too, so theirs is kept and what was typed in it here is not put back: note: “CR-180 mailed”") in said, said
    assert "add it again" not in said
    assert len(form.petitions.rows) == 1  # one petition, not the same one twice
