"""R84a-04: Z83-02 named the 290 box as the clinic says it; the case's Sentence box and
"Sentence completed:" were still named by the stored fields, without the "sentence" the
history leaves out as a block's name: Sen&tence changed from Probation to No probation and
saved, the status bar, Edit > Undo and the History tab said "Edit Case BA100001, type", and
"Sentence completed" ticked "Edit Case BA100001, completed".  A count's "Value $:" and "Shop
open:" read "value dollars" and "open business hours", and "Fines a probation condition:" read
"fines condition of probation".  Each is named now as its label says it."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client
from tests.gui.test_client_record import _activate, _open


def test_r84a_04_the_sentence_box_is_named_as_its_label_on_the_real_window(qtbot, window, repo):
    _open(window, repo, probation_client("Uma Undo"))
    _activate(qtbot, window)
    combo = window.client_view.record.case_form.sentence_type
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # No probation
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    # The probation's own fields went with it: named after the sentence, as before.
    assert window.undo_action.text().startswith("&Undo Edit Case BA100001: sentence, probation kind"), window.undo_action.text()


def test_r84a_04_the_sentence_and_count_fields_are_named_as_their_labels():
    from ui.client_view import edit_title
    from ui.services import where_in_record

    before = probation_client("Uma Undo")
    after = copy.deepcopy(before)
    after.cases[0].sentence.completed = True
    assert edit_title(before, after) == "Edit Case BA100001, sentence completed"
    numbers = ["BA100001"]
    assert where_in_record("cases[0].sentence.type", numbers) == "Case BA100001, sentence"
    assert where_in_record("cases[0].convictions[0].value_dollars", numbers) == "Case BA100001, conviction 1, value"
    assert where_in_record("cases[0].convictions[0].open_business_hours", numbers) == "Case BA100001, conviction 1, shop open"
    assert where_in_record("cases[0].money.fines_condition_of_probation", numbers) == "Case BA100001, fines a probation condition"
    # As before: a program's "completed" is the program's, and the sentence's other fields read as labelled.
    assert where_in_record("cases[0].program.completed", numbers) == "Case BA100001, program completed"
    assert where_in_record("cases[0].sentence.judgment_date", numbers) == "Case BA100001, judgment date"
    assert where_in_record("cases[0].sentence.probation.end", numbers) == "Case BA100001, probation end"
    assert where_in_record("person.registrant_290", []) == "PC 290 registration"
