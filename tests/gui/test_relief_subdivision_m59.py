"""M59-05: a court's order or a RAP sheet writes a law of relief with its subdivision, "1203.4(a)
PC", "17(b)(3) PC"; typed into a count's Granted box, "PC 1203.4(a)" was told "No relief in this
list has the statute typed, “1203.4(a)”" beside Dismissal after probation (PC 1203.4), its own
law.  A subdivision now chooses its law's relief, that law's alone: "1203.4a(1)" is 1203.4a's,
where a petition lists none, said as no relief listed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from clinic_app.typed_sections import law_of_subdivision
from tests.gui.conftest import typed_in_a_burst
from tests.gui.test_relief_chosen_by_its_statute_h113 import _relief_added
from tests.gui.test_statute_of_no_relief_said_s118 import petition_added

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.mark.parametrize("statute, law", [("1203.4(a)", "1203.4"), ("1203.4(a)(1)", "1203.4"), ("1203.4(", "1203.4"),
                                          ("1203.41(a", "1203.41"), ("1203.4a(1)", "1203.4a"), ("17(b)(3)", "17(b)"), ("1170.18(f)", "1170.18"),
                                          ("17(b)", None), ("17(", None), ("1203.4", None), ("1385(a)", None),
                                          ("999", None)])
def test_m59_05_the_law_whose_subdivision_is_typed(statute, law):
    assert law_of_subdivision(statute) == law


@pytest.mark.parametrize("typed, chosen", [("PC 1203.4(a)", "pc1203_4"), ("17(b)(3) PC", "pc17b")])
def test_m59_05_a_subdivision_typed_in_granted_chooses_its_law_s_relief(qtbot, window, repo, typed, chosen):
    _client_id, row = _relief_added(qtbot, window, repo)
    row.remedy.setCurrentIndex(row.remedy.findData("pc1473_7"))  # another first: the subdivision's own choice is seen
    typed_in_a_burst(row.remedy, typed)
    assert row.remedy.currentData() == chosen
    qtbot.wait(QApplication.keyboardInputInterval() + 100)
    assert not row.message.isVisible(), row.message.text()



def test_m59_05_a_subdivision_of_a_law_the_petition_does_not_list_is_said(qtbot, window, repo):
    """A 2008 burglary's petition lists no PC 1203.4a: "1203.4a(1)" chooses nothing, and is said."""
    petition = petition_added(qtbot, window, repo)
    box = petition.remedy
    assert "pc1203_4a" not in [box.itemData(i) for i in range(box.count())]
    typed_in_a_burst(box, "1203.4a(1)")
    qtbot.waitUntil(petition.message.isVisible)
    assert "“1203.4a(1)”" in petition.message.text()
    assert box.currentData() == "pc1203_4"  # chosen at "1203.4", as typed, and kept
