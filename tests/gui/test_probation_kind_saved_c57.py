"""C57-04: on the Record tab a new probation's kind follows the count's level until chosen
(A56-05), but it went on following it after the save, until the client was opened again: a
misdemeanor's probation saved "Summary" turned "Formal" when the level was put to felony, and
the next save stored it so, unasked.  Once saved, the kind is the record's, as on opening."""

from __future__ import annotations

from datetime import date

import pytest

from clinic_app.model import Sentence
from tests.gui.conftest import open_on_record, probation_client
from tests.gui.test_probation_kind_by_level_a56 import _choose_probation

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _level(form, level):
    box = form.convictions.rows[0].level
    box.setCurrentIndex(box.findData(level))
    box.activated.emit(box.currentIndex())  # as a click in its list


def test_c57_a_probation_kind_saved_no_longer_follows_the_level(qtbot, window, repo):
    client = probation_client("Mirta Menor")
    client.cases[0].convictions[0].level = "misdemeanor"
    client.cases[0].sentence = Sentence(type="no_probation", judgment_date=date(2021, 5, 1))
    client_id, form = open_on_record(window, repo, client)
    _choose_probation(qtbot, form)
    assert form.probation_kind.currentData() == "summary"  # follows the level, not saved yet
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].sentence.probation.kind == "summary"
    _level(form, "felony")  # the level put right after the save
    assert form.probation_kind.currentData() == "summary"  # the kind stored, as on opening
    window.save_action.trigger()
    stored = repo.get_client(client_id).cases[0]
    assert (stored.convictions[0].level, stored.sentence.probation.kind) == ("felony", "summary")
    window.open_client(client_id)  # opened again: the same
    _level(window.client_view.record.case_form, "misdemeanor")
    assert window.client_view.record.case_form.probation_kind.currentData() == "summary"


def test_c57_a_kind_not_saved_yet_still_follows_after_another_save(qtbot, window, repo):
    """A save of the client while the case's probation is not one (another case shown, say) is
    no choice of its kind: Add case's probation, no count yet, keeps following."""
    client_id, form = open_on_record(window, repo, probation_client("Nadia Nueva"))
    view = window.client_view
    from PySide6.QtCore import Qt

    qtbot.mouseClick(view.record.add_case, Qt.MouseButton.LeftButton)
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[1].sentence.probation.kind is None
    assert form.probation_kind.currentText() == "Not known"
    assert form._kind_by_level
