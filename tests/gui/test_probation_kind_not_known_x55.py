"""X55: intake stored the probation of a count whose level nobody chose as summary probation,
and the screening read that as a fact (it decides automatic relief for the client's other
cases).  Intake now stores the kind not known; the Record tab shows "Not known" and lets the
paralegal choose it, one undo step like other edits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Case, Conviction, Sentence
from tests.gui.conftest import probation_client, show_active
from tests.gui.test_bare_section_g49 import _intake, _type_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

KIND_FACT = "cases[c1].sentence.probation.kind"


@pytest.mark.parametrize("typed, level, kind", [
    ("664/211", None, None),            # an attempt: level not chosen, so neither is the kind
    ("PC 602", "misdemeanor", "summary"),
    ("PC 211", "felony", "formal"),
])
def test_intake_stores_the_probation_kind_only_where_the_level_says_it(qtbot, repo, typed, level, kind):
    dialog = _intake(qtbot, repo)
    _type_case(qtbot, dialog, typed)
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    assert dialog.sentence.currentData() == "probation"
    assert dialog.add_current_case(), dialog.case_message.text()
    (case,) = repo.get_client(dialog.client.id).cases
    assert case.convictions[0].level == level
    assert case.sentence.probation.kind == kind  # was "summary" for the attempt


def _client_with_unknown_kind():
    """c1: probation of unknown kind, running to 2027-06-01; c2: a 2015 petty theft whose
    automatic relief that probation decides."""
    client = probation_client("Kira Testkind", probation_end=date(2027, 6, 1))
    client.cases[0].sentence.probation.kind = None
    client.cases[0].sentence.probation.start = date(2025, 6, 1)
    client.cases.append(Case(id="c2", case_number="LA2", disposition_date=date(2015, 3, 1),
                             convictions=[Conviction(id="c2-1", section="484(a)", level="misdemeanor", conviction_date=date(2015, 3, 1))],
                             sentence=Sentence(type="no_probation", judgment_date=date(2015, 3, 1), completed=True)))
    return client


def _automatic(view):
    return next(d for d in view.screening.results if d.conviction == "c2-1" and d.remedy == "pc1203_425")


def test_the_record_tab_shows_not_known_and_choosing_the_kind_is_one_undo_step(qtbot, window, repo):
    client_id = repo.add_client(_client_with_unknown_kind())
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    form = view.record.case_form
    assert view.record.cases.currentRow() == 0
    assert (form.probation_kind.currentText(), form.probation_kind.currentData()) == ("Not known", None)
    assert KIND_FACT in _automatic(view).missing_facts  # the screening asks for it

    depth = view.undo_stack.count()
    form.probation_kind.setFocus()
    qtbot.keyClick(form.probation_kind, Qt.Key.Key_Up)  # Formal (felony)
    qtbot.keyClick(form.probation_kind, Qt.Key.Key_Tab)  # left: one edit
    assert repo.get_client(client_id).cases[0].sentence.probation.kind == "formal"
    assert view.undo_stack.count() == depth + 1
    row = _automatic(view)
    assert (row.status, row.date) == ("blocked", date(2027, 6, 2)) and KIND_FACT not in row.missing_facts

    window.undo_action.trigger()
    assert repo.get_client(client_id).cases[0].sentence.probation.kind is None
    assert form.probation_kind.currentText() == "Not known"
    assert KIND_FACT in _automatic(view).missing_facts
    window.redo_action.trigger()
    assert repo.get_client(client_id).cases[0].sentence.probation.kind == "formal"
    assert form.probation_kind.currentText() == "Formal (felony)"


def test_a_probation_added_on_the_record_tab_still_starts_summary(qtbot, window, repo):
    """"Not known" is the last choice: the box's start for a new probation is unchanged."""
    client = probation_client("Ida Testkind")
    client.cases[0].sentence = Sentence(type="no_probation", completed=True)
    client_id = repo.add_client(client)
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    form = window.client_view.record.case_form
    assert form.probation_kind.currentData() == "summary"
    assert [form.probation_kind.itemText(i) for i in range(form.probation_kind.count())] == ["Summary (misdemeanor)", "Formal (felony)", "Not known"]
