"""R114-02: H113-04's "Granted:" box chose the relief by its statute typed bare ("17"), but a
RAP sheet writes the code beside it, "PC 17(b)" or "17(b) PC", and a paralegal copying it
typed "PC 17": the "P" searched the titles, "Prop 47 reduction (PC 1170.18)" was chosen and
the space opened the list; "17(b) PC" opened it too.  The code before or after the statute is
left out, and the space between them opens nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.typed_sections import relief_statute_typed
from tests.gui.conftest import typed_in_a_burst
from tests.gui.test_relief_chosen_by_its_statute_h113 import _relief_added

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize("typed, chosen", [("PC 17", "pc17b"), ("P.C. 17(b)", "pc17b"), ("pc1203.4a", "pc1203_4a"),
                                           ("17(b) PC", "pc17b"), ("1203.41 PC", "pc1203_41"), ("HS 11361.8", "prop64")])
def test_r114_02_a_statute_typed_with_its_code_chooses_its_relief(qtbot, window, repo, typed, chosen):
    client_id, row = _relief_added(qtbot, window, repo)
    typed_in_a_burst(row.remedy, typed)
    assert row.remedy.currentData() == chosen
    assert not row.remedy.view().isVisible()  # the space opened the list
    qtbot.keyClick(row.remedy, Qt.Key.Key_Tab)
    qtbot.keyClicks(row.date, "6/1/2012")
    qtbot.keyClick(row.date, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (granted,) = repo.get_client(client_id).cases[0].convictions[0].relief_granted
    assert granted.remedy == chosen


@pytest.mark.usefixtures("statute_typed_at_any_speed")  # the box's own search, timed as it handles each key
def test_r114_02_a_title_s_letters_search_the_titles_as_before(qtbot, window, repo):
    _client_id, row = _relief_added(qtbot, window, repo)
    qtbot.keyClicks(row.remedy, "Pr")
    assert row.remedy.currentData() == "prop47"


def test_r114_02_a_space_alone_opens_the_list_as_before(qtbot, window, repo):
    _client_id, row = _relief_added(qtbot, window, repo)
    qtbot.keyClick(row.remedy, Qt.Key.Key_Space)
    qtbot.waitUntil(row.remedy.view().isVisible)


@pytest.mark.parametrize("typed, statute", [("PC 17", "17"), ("17(b) p", "17(b)"), ("pc ", ""), ("Re", None),
                                            ("17 dismissed", None), ("1203.4a", "1203.4a")])
def test_r114_02_the_statute_read_from_the_keys(typed, statute):
    assert relief_statute_typed(typed) == statute
