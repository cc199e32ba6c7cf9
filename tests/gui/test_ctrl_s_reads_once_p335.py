"""A Ctrl+S on a long record, the screen's share (P335): what a save of the Record tab does
again, with the same input and the same answer, nothing in between that could change it.  The
tests count it, as a noisy machine's milliseconds cannot say it: how often the forms are read
(`RecordTab.problems`, `RecordTab.snapshot`) and the record turned into JSON.
SYNTHETIC PEOPLE ONLY."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import open_on_record
from tests.long_record import long_record
from ui.client_view import ClientWorkspace, RecordTab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _counted(monkeypatch, owner, name: str) -> list[int]:
    """Calls of `owner.name` counted (one item a call), the function still run."""
    calls: list[int] = []
    real = getattr(owner, name)

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return calls


def _case_number_typed(qtbot, window, repo):
    """Rosa Testlong's four cases opened, a case number typed and not yet saved."""
    open_on_record(window, repo, long_record())
    view = window.client_view
    field = view.record.case_form.case_number
    field.setFocus()
    field.setText(field.text() + "-A")
    assert view.save_button.isEnabled()
    return view, field


def _ctrl_s(qtbot, view, field) -> None:
    qtbot.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.save_button.isEnabled(), "Ctrl+S did not save"
    assert view.client.cases[0].case_number.endswith("-A")


def test_p335_01_after_a_save_the_save_button_does_not_read_the_forms_again(qtbot, window, repo, monkeypatch):
    """The save found the forms holding the record it stored (`_saved`'s check); the Save
    button's state, made next with the pages (`_refresh_views`), read them once more and
    compared the two records as JSON to learn it again.  It reads nothing now, and says all
    is saved."""
    view, field = _case_number_typed(qtbot, window, repo)
    reads: list[str] = []
    refreshing: list[bool] = []
    for name in ("problems", "snapshot"):
        real = getattr(RecordTab, name)

        def counting(*args, real=real, name=name, **kwargs):
            if refreshing:
                reads.append(name)
            return real(*args, **kwargs)

        monkeypatch.setattr(RecordTab, name, counting)
    real_refresh = ClientWorkspace._refresh_views

    def refresh(*args, **kwargs):
        refreshing.append(True)
        try:
            return real_refresh(*args, **kwargs)
        finally:
            refreshing.pop()

    monkeypatch.setattr(ClientWorkspace, "_refresh_views", refresh)
    _ctrl_s(qtbot, view, field)
    assert reads == []
    assert view.save_button.toolTip() == "Everything is saved" and view.save_reason.text() == ""


def test_p335_02_a_save_reads_the_forms_once(qtbot, window, repo, monkeypatch):
    """The save read the forms (their checks, the record they hold) and stored that record;
    then, to learn whether the forms show what was stored (an undo's record must be shown
    again; a save's is there), it read them again: checks and the record twice more.  The save
    tells that check what the forms held: one read in a Ctrl+S."""
    view, field = _case_number_typed(qtbot, window, repo)
    problems = _counted(monkeypatch, RecordTab, "problems")
    snapshots = _counted(monkeypatch, RecordTab, "snapshot")
    _ctrl_s(qtbot, view, field)
    assert (len(problems), len(snapshots)) == (1, 1)
    assert view.save_button.toolTip() == "Everything is saved" and view.save_reason.text() == ""
    # The forms still edit the record as stored, and Ctrl+Z takes the save back into them.
    field.setText(field.text() + "B")
    assert view.save_button.isEnabled()
    field.setText(field.text().removesuffix("B"))
    assert not view.save_button.isEnabled()
    window.undo_stack.undo()
    assert not field.text().endswith("-A") and view.client.cases[0].case_number == field.text()


def test_p335_03_the_undo_step_is_named_from_the_json_the_save_compared(qtbot, window, repo, monkeypatch):
    """To learn whether the forms changed the record, the save wrote both, the stored one and
    the forms', as JSON (`_as_typed`); naming the undo step ("Edit Case 04M01234-A, case
    number"), it wrote both again.  Written once each now, the step named as before."""
    import ui.client_view

    view, field = _case_number_typed(qtbot, window, repo)
    typed = _counted(monkeypatch, ui.client_view, "_as_typed")
    _ctrl_s(qtbot, view, field)
    # The forms' record; the stored one's, written as the case number was typed and unchanged
    # since, is not written again (P361-02).
    assert len(typed) == 1
    assert window.undo_stack.undoText() == "Edit Case 04M01234-A, case number (Rosa Testlong)"


def test_p335_04_the_record_replaced_is_not_copied_again_to_be_compared(qtbot, window, repo, monkeypatch):
    """The undo step keeps a copy of the record before and after, and gives the page a copy of
    the record saved to go on editing; it made a fourth copy, of the record replaced, only for
    the caseload to compare with what is stored (`expected`), which is read and never changed:
    three copies of the whole record in a save now.  Undo and redo work as before, and a step
    whose record another desk changed since is still refused."""
    import types

    import ui.undo
    from db.errors import ChangedElsewhere

    view, field = _case_number_typed(qtbot, window, repo)
    copies: list[int] = []

    def deepcopy(record, *args):
        copies.append(1)
        return copy.deepcopy(record, *args)

    monkeypatch.setattr(ui.undo, "copy", types.SimpleNamespace(deepcopy=deepcopy))
    _ctrl_s(qtbot, view, field)
    assert len(copies) == 3
    stack = window.undo_stack
    stack.undo()
    assert not view.client.cases[0].case_number.endswith("-A") and not field.text().endswith("-A")
    stack.redo()
    assert view.client.cases[0].case_number.endswith("-A") and field.text().endswith("-A")
    assert repo.get_client(view.client.id) == view.client
    # Changed on another desk since: the undo is refused, nothing written.
    theirs = repo.get_client(view.client.id)
    theirs.phone = "555-0199"
    repo.save_client(theirs)
    with pytest.raises(ChangedElsewhere):
        stack.command(stack.index() - 1).undo()
    assert repo.get_client(view.client.id) == theirs
