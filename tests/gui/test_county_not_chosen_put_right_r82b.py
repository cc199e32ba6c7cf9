"""R82b-02: R81a-01 left a county that is not chosen in the County filter after its last case
was put right to a county the caseload has: "Kern" stayed among the choices, and chosen it
showed nobody ("Showing 0 of 2 clients") while `clinic-app list --county Kern` said no case is
in Kern.  The box now reads the caseload's counties again as the keyboard comes to it or it is
opened, so what it offers is what the cases say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_county_put_right_to_a_known_one_r81a import _choices, _put_right, _shown

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")  # the opened box


def _kern_and_la(repo):
    kern = probation_client("Kim Campo", case_number="BA1")
    kern.cases[0].county = "Kern"
    kern_id = repo.add_client(kern)
    in_la = repo.add_client(probation_client("Luis Angeles", case_number="BA2"))
    rescreen_caseload(repo, TODAY, workers=1)
    return kern_id, in_la


def test_r82b_02_a_county_not_chosen_goes_from_the_box_as_the_keyboard_comes_to_it(qtbot, window, repo):
    kern_id, in_la = _kern_and_la(repo)
    window.load()
    view = window.caseload
    assert _choices(view) == ["Any county", "Kern", "Los Angeles"]
    _put_right(window, kern_id, "Los Angeles")  # Kern's last case, the filter at "Any county"
    window.show_caseload()
    view.county.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.county.hasFocus)
    assert _choices(view) == ["Any county", "Los Angeles"]
    assert view.county.currentIndex() == 0 and _shown(view) == {kern_id, in_la}


def test_r82b_02_the_box_opened_offers_only_the_counties_the_cases_have(qtbot, window, repo):
    kern_id, in_la = _kern_and_la(repo)
    window.load()
    view = window.caseload
    view.county.setFocus(Qt.FocusReason.TabFocusReason)  # the keyboard on the box already
    qtbot.waitUntil(view.county.hasFocus)
    _put_right(window, kern_id, "Los Angeles")
    window.show_caseload()
    view.county.showPopup()  # opened with the mouse, or Alt+Down
    try:
        assert _choices(view) == ["Any county", "Los Angeles"]
    finally:
        view.county.hidePopup()
    # A county chosen that is still some case's stays chosen as the box is read again.
    view.county.setCurrentIndex(view.county.findData("los angeles"))
    view.county.showPopup()
    view.county.hidePopup()
    assert view.county.currentText() == "Los Angeles" and _shown(view) == {kern_id, in_la}
