"""K366-02 (K349's Left alone): with two Marta Reyes in the caseload, a save on the Record tab
(as a Checklist change or a payment, which are saved the same way) read on Edit > Undo and in
"Saved: ..." "Edit Case BA100001, PC 484, level (Marta Reyes)": which of the two?  Named with
the date of birth, as a review's step is (K349-04); History's "Undone: ..." keeps the step's
words alone, the client's name and birth date left off (Q113-01)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.gui.conftest import probation_client
from tests.gui.test_count_named_by_offense_u110 import theft_made_a_misdemeanor
from tests.gui.test_history_said_in_words_x69 import _details_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_k366_02_a_save_names_the_client_with_the_birth_date_where_another_shares_the_name(qtbot, window, repo):
    namesake = probation_client("Marta Reyes", case_number="BA900009")
    namesake.person.dob = date(1973, 3, 19)
    repo.add_client(namesake)
    client_id = theft_made_a_misdemeanor(window, repo)
    born = repo.get_client(client_id).person.dob
    said = f"Edit Case BA100001, PC 484, level (Marta Reyes, born {born.isoformat()})"
    assert window.undo_action.text() == f"&Undo {said}"
    assert window.statusBar().currentMessage().startswith(f"Saved: {said}.")
    window.undo_action.trigger()
    assert repo.get_client(client_id).cases[0].convictions[1].level == "felony"
    _details_of(qtbot, window, "Undone: Edit Case BA100001, PC 484, level")
