"""H351-02: a hearing day typed on a petition and saved, the status line, Edit > Undo and History
read "Saved: Edit Case SA662537, PC 1203.4 petition of 2026-12-08, hearing on (...)", as if the
day were missing after "on"; a ruling's day "ruling on", a word the form has nowhere.  The two
days are named as the petition's row labels them: "Hearing:" and "Ruled on:"."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from clinic_app.model import Petition
from tests.gui.conftest import open_on_record, probation_client, type_over
from ui.client_view import edit_title

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _filed(on: date = date(2026, 12, 8)):
    client = probation_client("Hana Audiencia")
    client.cases[0].petitions = [Petition("pc1203_4", on)]
    return client


def test_h351_02_a_hearing_day_typed_is_named_as_its_label_says_it(qtbot, window, repo):
    """Typed in the petition's Hearing: box and saved, as the user met it: the status line,
    Edit > Undo and History say "hearing", not "hearing on" (Q358: it tried `edit_title` alone)."""
    from tests.gui.test_history_said_in_words_x69 import _details_of

    client_id, form = open_on_record(window, repo, _filed(date(2026, 11, 2)))  # before the window's day
    type_over(qtbot, form.petitions.rows[0].hearing, "2027-01-07")
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].hearing_on == date(2027, 1, 7)
    said = "Edit Case BA100001, PC 1203.4 petition of 2026-11-02, hearing (Hana Audiencia)"
    assert window.statusBar().currentMessage().startswith(f"Saved: {said}. "), window.statusBar().currentMessage()
    assert window.undo_action.text() == f"&Undo {said}"
    details = _details_of(qtbot, window, "Record edited").splitlines()
    assert "  Case BA100001, the PC 1203.4 dismissal petition filed 2026-11-02, hearing: (nothing) → 2027-01-07" in details, details


def test_h351_02_a_ruling_and_its_day_are_named_as_their_labels_say_them():
    before = _filed()
    after = copy.deepcopy(before)
    after.cases[0].petitions[0].ruling, after.cases[0].petitions[0].ruling_on = "granted", date(2027, 1, 8)
    assert edit_title(before, after) == "Edit Case BA100001, PC 1203.4 petition of 2026-12-08: ruling, ruled on"
