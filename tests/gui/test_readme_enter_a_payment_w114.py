"""W114-06: a paid-up case's payment form folds behind a button (Q110-02); the README's Checklists
said "Record a payment" and nothing of it, so a reader looking for the form of a case with
nothing left owing found no form.  It names the button as the Checklist shows it."""

from __future__ import annotations

from pathlib import Path

from tests.gui.test_checklist_ledger_k29 import open_on_checklist
from tests.gui.test_checklist_small_mends_q110 import paid_up_and_owing

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_w114_06_the_readme_names_the_button_a_paid_up_case_s_payment_form_waits_behind(qtbot, window, repo):
    view = open_on_checklist(window, repo, paid_up_and_owing("Paz Leído"))
    button = view.checklist.control("c1", "enter payment")
    assert button.isVisibleTo(view.checklist) and not view.checklist.payment_forms["c1"].isVisibleTo(view.checklist)
    checklists = " ".join(README.split("- **Checklists.**", 1)[1].split("\n- **", 1)[0].split())
    assert f"on a case with nothing left owing, the payment form waits behind **{button.text()}**" in checklists
