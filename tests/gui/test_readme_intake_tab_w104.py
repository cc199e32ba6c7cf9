"""W104-02: the README's intake bullet said "Tab from the date goes through the count's rarer
facts (wobbler, offense date, Prop 47 value, cannabis, relief already granted)": the wobbler is
before the date (K99-01 put the date after Offense, Level and Wobbler), and Tab from the date
also stops at the shop's hours, the plants and the Trafficking / IPV box, which it did not name.
The README now says the line's Tab order as intake takes it, each stop in its place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.test_intake_case_line_alt_letters_k99 import _alt, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")

README = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())

# The README's words for a stop, and the words of the field's accessible name they stand for.
STOPS = {"the wobbler": "Wobbler", "the date": "Convicted", "offense date": "Offense on",
         "Prop 47 value": "Property value", "shop open": "open business", "cannabis grams": "Amount of cannabis",
         "plants": "cannabis plants", "the Trafficking / IPV box": "trafficking", "relief already granted": "relief already granted"}


def _walked(qtbot, start, until) -> list[str]:
    """The accessible names (or texts) of the stops Tab takes from `start`, up to `until`."""
    names = []
    widget = start
    while widget is not until:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        names.append(widget.accessibleName() or widget.text())
        assert len(names) < 20, names
    return names[:-1]


def test_w104_02_the_readmes_tab_order_on_the_case_line_is_intakes(qtbot, intake):  # noqa: F811
    dialog = intake
    bullet = README.split("**Intake at a clinic event.**", 1)[1].split(" - **", 1)[0]
    said = re.search(r"Tab from the level goes through (the wobbler) to (the date), and from the date through the "
                     r"count's rarer facts \(([^)]*)\), which Alt\+T passes", bullet)
    assert said, "the bullet does not say the line's Tab order"
    from_the_level = [said.group(1), said.group(2)]
    from_the_date = [words.strip() for words in re.split(r",| and ", said.group(3))]
    qtbot.keyClicks(dialog.name, "Rosa Tabulada")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.client is not None and dialog.case_number.hasFocus()
    _alt(qtbot, Qt.Key.Key_L)
    walked = _walked(qtbot, dialog.conviction.level, dialog.conviction.date) + ["Convicted"]
    assert len(walked) == len(from_the_level)
    assert all(STOPS[words].lower() in name.lower() for words, name in zip(from_the_level, walked, strict=True)), walked
    walked = _walked(qtbot, dialog.conviction.date, dialog.sentence)
    assert len(walked) == len(from_the_date), (walked, from_the_date)
    assert all(STOPS[words].lower() in name.lower() for words, name in zip(from_the_date, walked, strict=True)), walked
