"""X162-03: a client remembered a 1994 burglary as "county jail, I think", and knew its year
alone.  Intake's only jail choice is "County jail 1170(h)": chosen with `1994` in Convicted:,
the case was added, its count made a felony by that sentence (Z80-01), and PC 17(b) answered
"Not eligible" as after a felony jail term.  But PC 1170(h) county jail exists only for
felonies sentenced from 2011-10-01 (realignment; ca-rules.md 3.4): a jail term in 1994 was a
misdemeanor's or served on probation.  With a full day the screening says the record cannot be
right (PC 1203.41's review); with a year alone it could not see it, and a guess was stored.
Intake now refuses the pair, saying what to choose instead; 2011 itself, and later, is taken.
(Rae, intake's started client, was born in 1988: her cases are of 2009 to 2011.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_intake_case
from ui.forms import set_combo

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _jail_case(qtbot, intake, year: str) -> None:
    """A case of PC 459 typed with County jail 1170(h) and `year` (or a day) in Convicted:, then Enter."""
    intake.sentence.setFocus()
    set_combo(intake.sentence, "county_jail_1170h")
    type_intake_case(qtbot, intake, "", year, offense="459")


def test_x162_03_a_2010_conviction_with_county_jail_1170h_is_refused_with_what_to_choose(qtbot, repo, started_intake):
    intake = started_intake
    _jail_case(qtbot, intake, "2010")
    assert repo.get_client(intake.client.id).cases == []
    assert intake.case_message.text() == (
        "Sentence: PC 1170(h) county jail began with realignment on 2011-10-01, after this 2010 conviction: "
        "a jail term then was a misdemeanor's (choose No probation) or on probation (choose Probation). "
        "Sentenced that day or later? Enter it on the Record tab, with the day of judgment")
    assert repo.get_client(intake.client.id).notes == ""  # no year noted for a case not added

    set_combo(intake.sentence, "no_probation")
    intake.conviction.date.setFocus()
    qtbot.keyClick(intake.conviction.date, Qt.Key.Key_Return)
    case = repo.get_client(intake.client.id).cases[0]
    assert (case.sentence.type, case.convictions[0].level) == ("no_probation", None)


def test_x162_03_a_day_before_2011_is_refused_too(qtbot, repo, started_intake):
    intake = started_intake
    _jail_case(qtbot, intake, "3/2/2009")
    assert repo.get_client(intake.client.id).cases == []
    assert intake.case_message.text().startswith("Sentence: PC 1170(h) county jail began with realignment on "
                                                  "2011-10-01, after this 2009 conviction: ")


def test_x162_03_the_year_realignment_began_and_later_are_taken(qtbot, repo, started_intake):
    intake = started_intake
    _jail_case(qtbot, intake, "2011")
    assert [c.sentence.type for c in repo.get_client(intake.client.id).cases] == ["county_jail_1170h"]
