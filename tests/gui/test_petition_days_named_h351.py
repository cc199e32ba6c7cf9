"""H351-02: a hearing day typed on a petition and saved, the status line, Edit > Undo and History
read "Saved: Edit Case SA662537, PC 1203.4 petition of 2026-12-08, hearing on (...)", as if the
day were missing after "on"; a ruling's day "ruling on", a word the form has nowhere.  The two
days are named as the petition's row labels them: "Hearing:" and "Ruled on:"."""

from __future__ import annotations

import copy
from datetime import date

from clinic_app.model import Petition
from tests.gui.conftest import probation_client
from ui.client_view import edit_title


def _filed():
    client = probation_client("Hana Audiencia")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 12, 8))]
    return client


def test_h351_02_a_hearing_day_typed_is_named_as_its_label_says_it():
    before = _filed()
    after = copy.deepcopy(before)
    after.cases[0].petitions[0].hearing_on = date(2027, 1, 7)
    assert edit_title(before, after) == "Edit Case BA100001, PC 1203.4 petition of 2026-12-08, hearing"


def test_h351_02_a_ruling_and_its_day_are_named_as_their_labels_say_them():
    before = _filed()
    after = copy.deepcopy(before)
    after.cases[0].petitions[0].ruling, after.cases[0].petitions[0].ruling_on = "granted", date(2027, 1, 8)
    assert edit_title(before, after) == "Edit Case BA100001, PC 1203.4 petition of 2026-12-08: ruling, ruled on"
