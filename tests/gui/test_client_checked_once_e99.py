"""E99-01: opening a client checked the Record tab's forms twice, back to back: at their load
(`CaseForm.load`, `PersonForm.load`), then in the Save button's check that ends showing the
client, the same answers.  They are checked once now, by the Save button's check, which says
each problem beside its field as the load's check did."""

from __future__ import annotations

from datetime import date

import pytest

from tests.gui.conftest import probation_client
from ui.case_form import CaseForm
from ui.person_form import PersonForm

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _checks_counted(monkeypatch) -> list[str]:
    """The forms' checks from now on, each named by the form and the client or case it held."""
    checked: list[str] = []
    case_check, person_check = CaseForm.validate, PersonForm.validate
    monkeypatch.setattr(CaseForm, "validate", lambda form: checked.append(f"case {form.case.case_number}") or case_check(form))
    monkeypatch.setattr(PersonForm, "validate", lambda form: checked.append(f"person {form.name.text()}") or person_check(form))
    return checked


def test_opening_a_client_checks_their_forms_once(window, repo, monkeypatch):
    first = repo.add_client(probation_client("Ana Lima", case_number="BA100001"))
    second = repo.add_client(probation_client("Rosa Paz", case_number="BA200002"))
    window.load()
    window.open_client(first)
    checked = _checks_counted(monkeypatch)
    window.open_client(second)
    # Ana Lima's record is checked once as she is left (saved if changed), Rosa Paz's once.
    assert checked.count("case BA100001") == 1 and checked.count("person Ana Lima") == 1
    assert checked.count("case BA200002") == 1  # twice before
    assert checked.count("person Rosa Paz") == 1  # twice before


def test_a_stored_problem_is_said_beside_its_field_as_the_client_is_opened(window, repo):
    # A case stored dated after the window's today (2026-11-22): brought from a desk whose
    # clock is ahead.  The form says so, and the Save button cannot save it as it stands.
    client = probation_client("Dana Ortiz")
    case = client.cases[0]
    case.arrest_date = case.disposition_date = case.convictions[0].conviction_date = date(2026, 11, 30)
    case.sentence.probation.start, case.sentence.probation.end = date(2026, 11, 30), date(2027, 11, 30)
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    view = window.client_view
    form = view.record.case_form
    message = form.rows["disposition"].message
    assert message.is_error and message.isVisibleTo(form) and message.text().startswith("After today (2026-11-22)")
    assert "After today (2026-11-22)" in form.disposition.accessibleDescription()  # heard on the field
    assert not view.save_button.isEnabled()
    assert view.save_button.toolTip().startswith("Cannot save yet:\nDisposition date")
    assert view.save_reason.text().startswith("Cannot save: Disposition date")


def test_a_save_with_nothing_changed_compares_the_record_with_the_stored_one_once(window, repo, monkeypatch):
    """E99-02: Ctrl+S with nothing changed, or the client left (the next one opened), compared
    the forms' record with the stored one, then again for the Save button."""
    client_id = repo.add_client(probation_client("Ana Lima"))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    compared: list[object] = []
    real = type(view)._changed_typed  # where the comparison is made (`_changed` asks it; P335-03)
    monkeypatch.setattr(type(view), "_changed_typed", lambda self, after: compared.append(after) or real(self, after))
    assert view.save() is False
    assert len(compared) == 1  # twice before
    assert not view.save_button.isEnabled() and view.save_button.toolTip() == "Everything is saved"
    # Typed in, the record differs: the button still says so (compared as it is asked).
    view.record.person.phone.setText("555-0142")
    assert view.save_button.isEnabled()
