"""K155-05: "Changes not saved" answered Stay and fix took the keyboard to the Record field named
in the question (U154-04), and nowhere for a completed date typed on the Checklist that is not a
date: the keyboard stayed where it was, on another tab, the box below the fold, to be found by
the question's words alone.  It goes to that box now, on the Checklist, in sight, with what is
wrong under it; and to the amount of a payment typed and not added, which the question names."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Condition
from tests.gui.conftest import probation_client, show_active, type_over
from tests.gui.test_checklist_ledger_k29 import open_on_checklist
from ui.client_view import TAB_CHECKLIST, TAB_ELIGIBILITY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _many_classes():
    client = probation_client("Cora Clase", probation_end=date(2027, 6, 1))
    client.cases[0].conditions = [Condition(kind="class", label=f"Class {n}") for n in range(1, 31)]
    return client


def test_k155_05_stay_and_fix_takes_the_keyboard_to_the_checklists_date(qtbot, window, repo, monkeypatch):
    view = open_on_checklist(window, repo, _many_classes())
    show_active(qtbot, window)
    checklist = view.checklist
    checklist.condition_boxes[-1].click()  # Class 30 done today; then its day mistyped
    field = checklist.control("c1", "completed", 29)
    type_over(qtbot, field, "2026-10-3")
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)  # looked at the answers, the keyboard there
    view.eligibility.table.setFocus()
    checklist.verticalScrollBar().setValue(0)  # the date below the fold of the Checklist
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, _where: asked.append(problem) or False)

    assert not window.show_caseload()

    assert len(asked) == 1 and asked[0].startswith("Checklist: Class 30: completed ")
    assert view.tabs.currentIndex() == TAB_CHECKLIST
    qtbot.waitUntil(field.hasFocus)
    qtbot.wait(100)  # the page laid out, shown again: its boxes were pressed into the view's height at first
    assert checklist.verticalScrollBar().maximum() > 0
    assert field.text() == "2026-10-3" and field.visibleRegion().boundingRect().height() == field.height()  # whole, in sight
    note = checklist.notes[("c1", "tick", 29)]  # and what is wrong with it, under it
    assert note.text().startswith("Completed: Not a date") and note.visibleRegion().boundingRect().height() == note.height()


def test_k155_05_a_payment_typed_and_not_added_is_where_stay_and_fix_goes(qtbot, window, repo, monkeypatch):
    # Named first in the question, before a date: the keyboard goes to its amount.
    client = probation_client("Dora Debe", probation_end=date(2027, 6, 1), restitution_ordered=1500)
    view = open_on_checklist(window, repo, client)
    show_active(qtbot, window)
    amount = view.checklist.payment_forms["c1"].amount
    type_over(qtbot, amount, "200")
    view.tabs.setCurrentIndex(TAB_ELIGIBILITY)
    view.eligibility.table.setFocus()
    asked = []
    monkeypatch.setattr("ui.client_view.ask_discard", lambda _parent, problem, _where: asked.append(problem) or False)

    assert not window.show_caseload()

    assert asked[0].startswith("Checklist: the payment of $200 typed for case ")
    assert view.tabs.currentIndex() == TAB_CHECKLIST
    qtbot.waitUntil(amount.hasFocus)
    assert amount.text() == "200"
