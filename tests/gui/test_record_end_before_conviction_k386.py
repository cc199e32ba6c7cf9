"""K386-02: on the Record tab, a supervision end typed before the conviction (no release typed) or
a probation end before it (no start typed) was saved (K386-01 refuses it now in the record's one
check, screening_format.check_case); the refusal is said beside the field typed, in the check's
words, and in the "Cannot save" line, and nothing is stored."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Custody, Probation, Sentence
from tests.gui.test_client_record import _open, _type
from tests.gui.test_future_dates_i59 import no_sentence
from tests.stored_before_k386 import ending_before_conviction, stored_before_k386

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _supervision_end(sentence: Sentence) -> date | None:
    return sentence.custody.supervision_end


def _probation_end(sentence: Sentence) -> date | None:
    return sentence.probation.end


@pytest.mark.parametrize("sentence, key, ended", [
    (Sentence(type="state_prison", custody=Custody(supervision="parole")), "supervision_end", _supervision_end),
    (Sentence(type="probation", probation=Probation(kind="summary")), "probation_end", _probation_end),
])
def test_k386_02_an_end_before_the_conviction_is_refused_beside_its_field(qtbot, window, repo, sentence, key, ended):
    client = no_sentence()  # its count convicted 2024-03-01
    client.cases[0].sentence = sentence
    client_id = _open(window, repo, client)
    view = window.client_view
    row = view.record.case_form.rows[key]
    _type(qtbot, row.field, "2023-09-01")
    said = "2023-09-01 is before the conviction date 2024-03-01"
    assert row.message.text() == said and row.message.kind == "error"
    assert not view.save_button.isEnabled() and said in view.save_button.toolTip()
    assert ended(repo.get_client(client_id).cases[0].sentence) is None
    _type(qtbot, row.field, "2024-09-01")  # put right: said no more, and saved as the field is left
    assert row.message.text() == "" and ended(repo.get_client(client_id).cases[0].sentence) == date(2024, 9, 1)


def test_r389_02_a_payment_on_a_record_stored_before_k386_is_refused_in_words(qtbot, window, repo, monkeypatch):
    """A caseload holding a probation end before the conviction (no start), stored before K386:
    a payment entered on its Checklist raised the record's refusal out of the save, the window's
    crash report ("Something went wrong") for a fact of the record. Refused in words naming the
    field to put right on the Record tab; nothing stored, the payment's typing kept."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from clinic_app.model import Money

    client = ending_before_conviction()  # its count convicted 2024-03-01
    client.cases[0].money = Money(fines_ordered=500)
    client_id = stored_before_k386(repo, monkeypatch, client)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: warned.append(text))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(1)
    form = view.checklist.payment_forms[client.cases[0].id]
    form.date.setText("2026-11-20")
    form.amount.setText("300")
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    assert warned == ["Not saved: Case 24CR042, Probation end: 2023-09-01 is before the conviction date 2024-03-01. "
                      "Put it right on the Record tab first."]
    assert repo.get_client(client_id).cases[0].money.payments == [] and form.amount.text() == "300"


def test_k391_01_undo_putting_back_a_record_stored_before_k386_is_refused_in_words(qtbot, window, repo, monkeypatch):
    """A probation end before the conviction stored before K386, put right on the Record tab:
    Ctrl+Z put the stored record back through the save, whose refusal rose as the crash report.
    Refused in words (the step cannot be made, so it is dropped); the record stays as put right."""

    from db.errors import CaseloadError

    client_id = stored_before_k386(repo, monkeypatch)  # its count convicted 2024-03-01
    window.load()
    window.open_client(client_id)
    view = window.client_view
    _type(qtbot, view.record.case_form.rows["probation_end"].field, "2024-09-01")
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2024, 9, 1)
    with pytest.raises(CaseloadError) as refused:  # said in words by the window's hook, not a crash report
        window._step_history(True)
    assert str(refused.value) == ('Cannot undo "Edit Case 24CR042, probation end (Rita Sinsentencia)": the record it '
                                  "puts back cannot be saved: Case 24CR042, Probation end: 2023-09-01 is before the "
                                  "conviction date 2024-03-01. Nothing was changed. It is dropped from Undo.")
    assert repo.get_client(client_id).cases[0].sentence.probation.end == date(2024, 9, 1)
    assert not window.undo_stack.canUndo()


def test_k391_02_a_merge_taking_a_record_stored_before_k386_is_refused_in_words(qtbot, window, repo, monkeypatch):
    """Caseload > Merge a duplicate into a client whose probation end before the conviction was
    stored before K386: the merge's refusal rose as the crash report. Refused in R389-02's words;
    nothing merged, nothing on Undo."""

    from db.errors import CaseloadError
    from ui.merge_dialog import MergeDialog

    client_id = stored_before_k386(repo, monkeypatch)  # its count convicted 2024-03-01
    other_id = repo.add_client(no_sentence())  # the same person, entered again
    window.load()
    window.open_client(client_id)
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: MergeDialog.DialogCode.Accepted)
    with pytest.raises(CaseloadError) as refused:  # said in words by the window's hook, not a crash report
        window.merge_duplicate()
    # Whose record, which case and field, as `clinic-app merge` says it (K395-01).
    assert str(refused.value) == (
        f"Nothing was merged: in the record of Rita Sinsentencia (id {client_id}), Case 24CR042, Probation end: "
        "2023-09-01 is before the conviction date 2024-03-01 (stored before the program refused it). Open Rita "
        f"Sinsentencia (id {client_id}), put it right on the Record tab (it says what to change), and merge again.")
    assert set(repo.client_ids()) >= {client_id, other_id} and not window.undo_stack.canUndo()


def test_k395_01_a_merge_refused_for_the_other_record_names_that_one(qtbot, window, repo, monkeypatch):
    """The record held by the duplicate, not by the client shown, whose case the merge takes: "Not
    saved: ... Put it right on the Record tab first" sent the paralegal to the client shown, whose
    Record tab had nothing to put right."""
    from db.errors import CaseloadError
    from ui.merge_dialog import MergeDialog

    other_id = stored_before_k386(repo, monkeypatch)  # Case 24CR042's probation ends before its conviction
    shown = no_sentence()
    shown.cases = []  # entered again at an event, no case yet: the merge takes the other's
    client_id = repo.add_client(shown)
    window.load()
    window.open_client(client_id)
    monkeypatch.setattr(MergeDialog, "exec", lambda dialog: MergeDialog.DialogCode.Accepted)
    with pytest.raises(CaseloadError) as refused:
        window.merge_duplicate()
    assert str(refused.value).startswith(f"Nothing was merged: in the record of Rita Sinsentencia (id {other_id}), "
                                         "Case 24CR042, Probation end: 2023-09-01 is before the conviction date")
    assert f"Open Rita Sinsentencia (id {other_id}), put it right on the Record tab" in str(refused.value)
    assert set(repo.client_ids()) >= {client_id, other_id} and not window.undo_stack.canUndo()


def test_k395_01_a_refusal_names_each_end_by_its_record_tab_label(window, repo):
    """`merge` and `export` name the end a record holds before its conviction by the label the
    Record tab shows beside it ("Supervision end", not the path's "custody supervision end")."""
    from PySide6.QtWidgets import QLabel

    from clinic_app.record_said import RECORD_TAB_NAMES
    from ui.case_form import _ROW_OF_REFUSED

    _open(window, repo, no_sentence())
    form = window.client_view.record.case_form
    labels = {label.buddy(): label.text().replace("&", "").rstrip(":") for label in form.findChildren(QLabel) if label.buddy()}
    assert {path: labels[form.rows[_ROW_OF_REFUSED[path]].field] for path in RECORD_TAB_NAMES} == RECORD_TAB_NAMES
