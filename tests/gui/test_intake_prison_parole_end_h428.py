"""H428-02: a paralegal took a client out of state prison since 2017 through intake; the client
did not know when parole ended, so "Supervision until:" was left blank, as its tooltip said to
do "if there was none or it is not known".  Since H428-01 a blank asks the parole or PRCS end on
the Checklist: the tooltip said nothing of it, nor where to say that no supervision followed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_h428_02_a_prison_terms_blank_parole_end_is_asked_and_said_where_to_answer_none(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Darnell Testwood")
    qtbot.keyClicks(dialog.dob, "3/12/1980")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.case_number, "BA410001")
    qtbot.keyClicks(dialog.conviction.offense, "HS 11352(a)")
    dialog.conviction.settle_offense()
    qtbot.keyClicks(dialog.conviction.date, "3/2/2015")
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("state_prison"))
    tip = dialog.probation_end.toolTip()
    assert dialog.ends_label.toolTip() == tip
    assert "leave it blank if it is not known (the Checklist then asks it)" in tip
    assert "“None (confirmed)” in the Record tab's Supervision after" in tip
    assert "if there was none" not in tip
    qtbot.keyClicks(dialog.released, "6/15/2017")
    qtbot.keyClick(dialog.released, Qt.Key.Key_Return)
    assert dialog.case_message.text().startswith("Case 1 added"), dialog.case_message.text()
    assert "outstanding: parole or prcs end date" in dialog.best.text()
    # A county jail term's words are its own (mandatory supervision), unchanged.
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("county_jail_1170h"))
    assert "mandatory supervision" in dialog.probation_end.toolTip()


def test_h428_02_the_readme_says_a_prison_terms_blank_parole_end_is_asked():
    from pathlib import Path

    readme = " ".join((Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8").split())
    bullet = readme.split("**Intake at a clinic event.**", 1)[1].split(" - **", 1)[0]
    assert ("after state prison, the parole's or PRCS's, blank where not known, which the Checklist then asks"
            in bullet)
