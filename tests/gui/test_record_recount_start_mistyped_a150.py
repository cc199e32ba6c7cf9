"""A150-01: the Record tab counts "PROB 3 YRS" again when the probation start is put right
(K148-01).  A start mistyped ("11/31/2022", a day no calendar has) was passed over as if blank:
the end was counted again from the conviction date, written over the day the term gave, and a
screen reader heard "Counted again: 3 years from the conviction date 2021-05-01 ...", never the
start's "Not a date", which stays the start's description once the field is left.  A day the
term counts from that is typed but wrong now counts nothing until it is put right."""

from __future__ import annotations

import pytest

from tests.gui.conftest import open_on_record, probation_client
from tests.gui.test_record_probation_recount_k148 import _typed

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_a_start_mistyped_counts_nothing_again_until_put_right(qtbot, window, repo, announcements):
    _, form = open_on_record(window, repo, probation_client("Remy Recount"))  # start 2021-05-01
    _typed(qtbot, form.probation_end, "PROB 3 YRS")
    _typed(qtbot, form.probation_start, "2022-03-15")
    assert form.probation_end.text() == "2025-03-15"
    heard = len(announcements)

    _typed(qtbot, form.probation_start, "11/31/2022")  # November has 30 days

    assert form.probation_end.text() == "2025-03-15"  # not counted from the conviction date
    assert not [m for _s, m, _p in announcements[heard:] if m.startswith("Probation end")]

    _typed(qtbot, form.probation_start, "11/30/2022")  # put right: counted from it

    assert form.probation_end.text() == "2025-11-30"
    assert [m for _s, m, _p in announcements[heard:] if m.startswith("Probation end")] == [
        "Probation end: Counted again: 3 years from the probation start 2022-11-30, so 2025-11-30; "
        "if the court set another end, type that day"]
