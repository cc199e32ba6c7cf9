"""R71-04: a year typed alone at intake (E70-03) was taken where a day in it would have been
refused: "Convicted: 1970" for a client born in 1980, or "Until: 2015" after a conviction on
6/10/2017, was stored with the day blank and the year in the notes, a record that cannot be
(the screening, with no day, could not see it).  "6/10/1970" and "3/1/2015" were refused.  The
year alone is now refused as the day is, in box 2's words, and nothing is added."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import type_intake_case
from tests.gui.test_intake_year_alone_e70 import _typed, intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_r71_04_a_conviction_year_before_the_birth_is_refused(qtbot, repo, intake):  # noqa: F811
    type_intake_case(qtbot, intake, "21M05678", "1970", offense="484")  # Ana was born 1/2/1980
    assert intake.case_message.text() == "Convicted: 1970 is before the date of birth 1980-01-02"
    assert repo.get_client(intake.client.id).cases == [] and not repo.get_client(intake.client.id).notes


@pytest.mark.parametrize("convicted, until, said", [
    ("6/10/2017", "2015", "Probation end: 2015 is before the conviction date 2017-06-10"),
    ("2017", "2015", "Probation end: 2015 is before the conviction date 2017"),
    ("2017", "3/1/2015", "Probation end: 2015-03-01 is before the conviction date 2017"),
])
def test_r71_04_probation_ended_before_the_conviction_year_is_refused(qtbot, repo, intake, convicted, until, said):  # noqa: F811
    type_intake_case(qtbot, intake, "21M05678", convicted, offense="484", enter=False)
    _typed(qtbot, intake.probation_end, until)
    qtbot.keyClick(intake.probation_end, Qt.Key.Key_Return)
    assert intake.case_message.text() == said
    assert repo.get_client(intake.client.id).cases == []


def test_r71_04_the_same_year_is_taken(qtbot, repo, intake):  # noqa: F811
    type_intake_case(qtbot, intake, "21M05678", "2017", offense="484", enter=False)
    _typed(qtbot, intake.probation_end, "2017")
    qtbot.keyClick(intake.probation_end, Qt.Key.Key_Return)
    assert len(repo.get_client(intake.client.id).cases) == 1
