"""A56-03: a petition row's "Petition for" list is the remedies the client's screening weighs
for the case, and it was made once, when the row was: a re-screen (a count's level put right,
the record saved) left the list as it was, the remedy now weighed not offered and one no longer
weighed still there.  The list now follows the screening, the remedy chosen kept."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Petition
from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _offered(row) -> list[str]:
    return [row.remedy.itemData(i) for i in range(row.remedy.count())]


def _level(qtbot, window, form, level: str) -> None:
    """Choose the first count's level as a user does (a key on the box), and save (Ctrl+S)."""
    box = form.convictions.rows[0].level
    box.setFocus()
    while box.currentData() != level:
        qtbot.keyClick(box, Qt.Key.Key_Down if box.findData(level) > box.currentIndex() else Qt.Key.Key_Up)
    window.save_action.trigger()


def test_a56_a_new_petition_row_offers_what_the_screening_weighs_after_a_re_screen(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Renata Rescreen"))
    qtbot.mouseClick(form.petitions.add_button, Qt.MouseButton.LeftButton)
    row = form.petitions.rows[-1]
    assert _offered(row) == ["pc1203_4"]  # a misdemeanor: 1203.4 alone (automatic relief is never filed)
    _level(qtbot, window, form, "felony")  # the record says felony: 17(b) and Prop 47 are weighed now
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].convictions[0].level == "felony")
    qtbot.waitUntil(lambda: "pc17b" in _offered(row))
    assert _offered(row) == ["pc1203_4", "pc17b", "prop47"]
    assert row.remedy.currentData() == "pc1203_4"  # the remedy chosen stays
    row.remedy.setCurrentIndex(row.remedy.findData("pc17b"))
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions == [Petition("pc17b", date(2026, 11, 22))]
    # Back to a misdemeanor: 17(b) is no longer weighed, but the petition filed for it is kept as filed.
    _level(qtbot, window, form, "misdemeanor")
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].convictions[0].level == "misdemeanor")
    qtbot.waitUntil(lambda: "prop47" not in _offered(row))
    assert _offered(row) == ["pc1203_4", "pc17b"] and row.remedy.currentData() == "pc17b"
    assert repo.get_client(client_id).cases[0].petitions == [Petition("pc17b", date(2026, 11, 22))]
    assert not window.client_view.typing_unsaved()
