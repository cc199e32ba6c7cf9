"""B48: the Checklist's count and the Record tab's "Done:" read what is typed by one reader
(clinic_app.typed_numbers); where the two had read the same text two ways, the user saw the
same hours taken on one tab and refused, or put in place of the count, on the other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.test_checklist_keyboard import checklist, open_on_tab, two_cases  # noqa: F401  (fixture)
from tests.gui.test_checklist_months_k45 import type_count
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


@pytest.mark.parametrize("typed, done", [("12.0", 12), ("12.00", 12), ("+6.0", 16), ("+1,000", 1010), ("-2.00", 8)])
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_b48_04_the_checklist_count_takes_what_the_record_tab_takes(qtbot, checklist, repo, typed, done, key):
    view, client_id = checklist
    # The Record tab's "Done:" took "12.0" as 12 hours and "+1,000" as 1,000 more, but the
    # Checklist's count refused them: "Hours done: whole hours only; 12.0 is not taken (still
    # 10 of 40 hours): enter 12 now, the rest once it makes a whole hour".
    type_count(qtbot, view, typed, key)
    assert repo.get_client(client_id).cases[0].conditions[0].done == done
    assert view.checklist.control("c1", "count", 0).value() == done
    assert view.checklist.notes[("c1", "tick", 0)].isHidden() or "not taken" not in view.checklist.notes[("c1", "tick", 0)].text()


@pytest.mark.parametrize("typed", ["12.5", "12,5", "1.000", "+6.5"])
def test_b48_04_a_fraction_on_the_checklist_count_is_still_refused(qtbot, checklist, repo, typed):
    view, client_id = checklist
    type_count(qtbot, view, typed)
    assert repo.get_client(client_id).cases[0].conditions[0].done == 10
    assert "whole hours only" in view.checklist.notes[("c1", "tick", 0)].text()
