"""B48: the Checklist's count and the Record tab's "Done:" read what is typed by one reader
(clinic_app.typed_numbers); where the two had read the same text two ways, the user saw the
same hours taken on one tab and refused, or put in place of the count, on the other."""

from __future__ import annotations

import pytest

from tests.gui.test_checklist_keyboard import open_on_tab, two_cases
from tests.gui.test_review_r46 import type_done

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.mark.parametrize("typed, done", [("+6.0", 16), ("+6.00", 16), ("-2.0", 8)])
def test_b48_03_hours_added_with_zero_decimals_on_the_record_tab_are_added(qtbot, window, repo, typed, done):
    view, client_id = open_on_tab(qtbot, window, repo, two_cases(), 0)
    # "+6.0" in "Done:" saved 6: the ".0" dropped, the "+" was read as a sign, not as "add"
    # (the K45-09 loss again: the 10 hours recorded before were gone).
    field = type_done(qtbot, view, typed)
    assert repo.get_client(client_id).cases[0].conditions[0].done == done
    assert field.text() == str(done)
