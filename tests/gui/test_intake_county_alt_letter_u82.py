"""U82-04: intake's County box had no Alt letter (Z80: every letter of "County" is another
control's there), so for an Orange County case the volunteer Tabbed through the sentence's
line to reach it.  It is "&Which county:" now, Alt+W, a letter no other control of intake
has, whatever the sentence chosen (X30-09's check covers the sharing)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_dialog_keyboard import ALT, intake  # noqa: F401  (fixture)
from tests.gui.test_keyboard_x30 import _mnemonics

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_alt_w_goes_to_intakes_county_box_and_typing_there_sets_the_county(qtbot, intake, monkeypatch):
    monkeypatch.setattr("ui.intake.ask_unadded_case", lambda _parent, problem, where: "discard")
    dialog = intake
    assert dialog.case_number.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, ALT)
    assert QApplication.focusWidget() is dialog.county
    dialog.county.selectAll()
    qtbot.keyClicks(dialog.county, "Orange")
    assert dialog.county.text() == "Orange"
    label = dialog._labels[dialog.county]
    assert label.text() == "&Which county:" and label.buddy() is dialog.county
    for index in range(dialog.sentence.count()):  # no other control has W, whatever the sentence
        dialog.sentence.setCurrentIndex(index)
        assert _mnemonics(dialog)["w"] == ["&Which county:"]


def _shows_whole(box, text: str | None = None) -> bool:
    """The line edit's text (or `text`: its placeholder) fits inside it, frame and Qt's 2-pixel
    margins taken off."""
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    option = QStyleOptionFrame()
    box.initStyleOption(option)
    inside = box.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, box)
    margins = box.textMargins()
    return inside.width() - margins.left() - margins.right() - 4 >= box.fontMetrics().horizontalAdvance(box.text() if text is None else text)


@pytest.mark.parametrize("width", [1100, 1280])
def test_the_longer_label_leaves_the_county_typed_whole(qtbot, intake, width):
    """The label's longer words took 16 pixels from the box: at 1100 wide it showed "geles" of
    the "Los Angeles" it holds (55 pixels before, already cut).  The box keeps the room for the
    clinic's county; where the line has not that room, the label and box go to the next line."""
    dialog = intake
    dialog.resize(width, 700)
    qtbot.waitUntil(lambda: dialog.width() == width)
    qtbot.wait(50)
    assert dialog.county.text() == "Los Angeles"
    assert _shows_whole(dialog.county), dialog.county.width()
    label = dialog._labels[dialog.county]
    assert label.geometry().right() < dialog.county.geometry().left()  # still beside its box
