"""A64-04: "Add case" or "Remove case" refused for another desk's save dropped what was typed
on the Record tab with it ("Make your change again"); it now goes back over their record, as a
refused save's typing does (K63-04)."""

from __future__ import annotations

import pytest

from db.errors import ChangedElsewhere
from tests.gui.test_refused_save_keeps_typing_k63 import _open, _saved_on_another_desk
from tests.gui.test_typing_over_cases_added_a64 import _two_cases

PHONE = "(213) 555-0199"
NOTE = "Works nights; call after 3 pm."


def test_typing_before_add_case_refused_is_kept_and_the_case_to_add_again(qtbot, window, repo):
    client_id = _open(window, repo, "Rosa Delgado")
    view = window.client_view
    _saved_on_another_desk(repo, client_id, phone=PHONE)
    view.record.person.notes.setPlainText(NOTE)
    with pytest.raises(ChangedElsewhere) as refused:
        view.add_case()
    assert "with what you typed put back over it" in str(refused.value)
    assert str(refused.value).endswith("The case was not added: choose Add case again.")
    assert (view.record.person.notes.toPlainText(), view.record.person.phone.text()) == (NOTE, PHONE)
    assert view.save()
    stored = repo.get_client(client_id)
    assert (stored.notes, stored.phone, len(stored.cases)) == (NOTE, PHONE, 1)


def test_typing_before_remove_case_refused_is_kept_with_the_removal(qtbot, window, repo):
    client_id = repo.add_client(_two_cases())
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.record.cases.setCurrentRow(1)  # the case to remove chosen
    _saved_on_another_desk(repo, client_id, phone=PHONE)
    view.record.person.notes.setPlainText(NOTE)
    with pytest.raises(ChangedElsewhere):
        view.remove_case()
    assert view.record.person.notes.toPlainText() == NOTE
    assert view.save()
    stored = repo.get_client(client_id)
    assert (stored.notes, stored.phone, [case.case_number for case in stored.cases]) == (NOTE, PHONE, ["BA100001"])
