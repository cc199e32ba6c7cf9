"""U31: Edit > Undo and Redo across a paralegal's day of corrections, and typing never lost."""

from __future__ import annotations

from datetime import date

from clinic_app.model import Condition
from db.records import client_json
from tests.gui.conftest import probation_client
from tests.gui.test_checklist_ledger_k29 import open_on_checklist, pay
from ui.services import screen_client


def _shows_its_screening(view) -> None:
    """The screening the workspace shows is the stored record's, screened again."""
    screened = screen_client(view.repo.get_client(view.client.id), view.today)
    assert (view.screening, view.summary) == (screened.screening, screened.summary)


def test_u31_01_undo_of_a_payment_names_its_day_and_gives_back_the_record(qtbot, window, repo):
    # Two installments of $50 on different days read the same in the Edit menu: "Undo
    # Payment of $50 toward restitution", the day (which one Undo takes back) unsaid.
    view = open_on_checklist(window, repo, probation_client("Pia Pago", probation_end=date(2027, 6, 1), restitution_ordered=1500))
    pay(qtbot, view, 50, date(2026, 10, 1))
    before = client_json(repo.get_client(view.client.id))
    pay(qtbot, view, 50, date(2026, 11, 1))
    after = client_json(repo.get_client(view.client.id))
    assert window.undo_action.text() == "&Undo Payment of $50 toward restitution on 2026-11-01 (Pia Pago)"

    window.undo_action.trigger()
    assert client_json(repo.get_client(view.client.id)) == before
    _shows_its_screening(view)
    assert window.redo_action.text() == "&Redo Payment of $50 toward restitution on 2026-11-01 (Pia Pago)"
    window.redo_action.trigger()
    assert client_json(repo.get_client(view.client.id)) == after
    _shows_its_screening(view)
