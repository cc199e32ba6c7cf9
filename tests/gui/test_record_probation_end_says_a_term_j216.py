"""J216-01: a volunteer new to the program, the printout saying "3 years' summary probation" and no
end day, counted the day by head on the Record tab: its "Probation end" reads a term as the record
prints it (S147-01) but said so nowhere, no tooltip, a placeholder of date formats only, where
intake's "Until:" tells it (V132-03).  Its tooltip says so now, and from which day it counts."""

from __future__ import annotations

import pytest

from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_probation_end_on_the_record_tab_says_a_term_may_be_typed(window, repo):
    _, form = open_on_record(window, repo, probation_client("Tess Tooltip"))

    tip = form.probation_end.toolTip()
    assert "“PROB 3 YRS”" in tip and "“36 MOS”" in tip
    assert "counted from the probation start" in tip
    # A screen reader hears it too, with how a date is typed (forms.resting_description).
    assert form.probation_end.accessibleDescription().startswith(tip)
    assert "YYYY-MM-DD" in form.probation_end.accessibleDescription()
