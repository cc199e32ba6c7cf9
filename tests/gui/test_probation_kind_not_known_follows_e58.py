"""E58-04: intake stores a probation's kind "Not known" for a count whose level nobody knows
(X55-02), and on the Record tab the kind follows the level while it is not saved (A56-05); but
opened again, a "Not known" stored no longer followed: the level put to felony left the kind
"Not known" (saved so, the screening then asked for it), where a probation added that day read
"Formal".  A "Not known" stored where the levels say no kind is nobody's choice: it follows
the level set, until the kind is chosen or saved; one stored beside levels that all say a kind
was chosen, and stays."""

from __future__ import annotations

import pytest

from tests.gui.conftest import open_on_record, probation_client
from tests.gui.test_probation_kind_saved_c57 import _level

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _as_intake_stored(name: str, level):
    client = probation_client(name)
    client.cases[0].convictions[0].level = level
    client.cases[0].sentence.probation.kind = None  # "Not known"
    return client


@pytest.mark.parametrize("level, kind, shown", [("felony", "formal", "Formal (felony)"),
                                                ("misdemeanor", "summary", "Summary (misdemeanor)")])
def test_e58_04_a_not_known_kind_stored_by_intake_follows_the_level_set_after_reopening(qtbot, window, repo, level, kind, shown):
    client_id, form = open_on_record(window, repo, _as_intake_stored("Ines Intake", None))
    assert form.probation_kind.currentText() == "Not known"
    _level(form, level)
    assert form.probation_kind.currentText() == shown
    window.save_action.trigger()
    stored = repo.get_client(client_id).cases[0]
    assert (stored.convictions[0].level, stored.sentence.probation.kind) == (level, kind)
    # Saved: the kind is the record's now (C57-03).
    _level(form, "misdemeanor" if level == "felony" else "felony")
    assert form.probation_kind.currentData() == kind


def test_e58_04_not_known_chosen_beside_a_known_level_stays(qtbot, window, repo):
    # A misdemeanor's probation may be formal: "Not known" stored beside a level known was chosen.
    client_id, form = open_on_record(window, repo, _as_intake_stored("Elsa Eligió", "misdemeanor"))
    _level(form, "felony")
    assert form.probation_kind.currentText() == "Not known"
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].sentence.probation.kind is None


def test_e58_04_a_kind_chosen_after_reopening_is_kept(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, _as_intake_stored("Olga Orden", None))
    box = form.probation_kind
    box.setCurrentIndex(box.findData("summary"))
    box.activated.emit(box.currentIndex())  # the court's order, chosen
    _level(form, "felony")
    assert box.currentData() == "summary"
