"""R119-02: a statute of no relief typed in a petition's remedy box (S118-02) was told "Choose
another with the arrow keys, or type its statute (17, 1203.4a)": the same two statutes whatever
the box lists.  A petition's box lists the remedies the screening weighs for the case, most often
without PC 1203.4a: typed as told, "1203.4a" chose nothing and the same note came back.  The
statutes named are those of reliefs the box lists, each of which, typed, chooses its relief."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import typed_in_a_burst
from tests.gui.test_statute_of_no_relief_said_s118 import petition_added

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r119_02_the_statutes_a_petition_s_box_says_to_type_are_of_reliefs_it_lists(qtbot, window, repo):
    petition = petition_added(qtbot, window, repo)  # a 2008 burglary's
    box = petition.remedy
    listed = [box.itemText(i) for i in range(box.count())]
    assert not any("1203.4a" in title for title in listed)  # this case's screening does not weigh it
    typed_in_a_burst(box, "999")
    qtbot.waitUntil(petition.message.isVisible)
    said = petition.message.text()
    assert said.startswith("No relief in this list has the statute typed, “999”"), said
    statutes = said.rsplit("(", 1)[1].rstrip(").").split(", ")
    assert statutes and "1203.4a" not in statutes, said
    for statute in statutes:  # each, typed as told, chooses the relief of that statute
        qtbot.wait(QApplication.keyboardInputInterval() + 50)
        typed_in_a_burst(box, statute)  # N125-03: "1203.42" chose 1203.41 when "2" came late
        assert box.currentText().endswith(f"(PC {statute})"), (statute, box.currentText())
        assert not petition.message.isVisible()
