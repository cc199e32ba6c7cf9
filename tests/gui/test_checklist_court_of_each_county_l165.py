"""L165-04: Teresa's Checklist headed her San Bernardino case "Case MSB21003456: PC 148(a)(1)",
its fines still owed, beside her Los Angeles, Orange and Riverside cases headed alike by number:
a paralegal asking "the court" about the fines had nothing to tell her which court, where the
filing worksheet heads the case "San Bernardino County, CA".  Where a client's California cases
are in several counties each box now says its court; one county's cases read as before."""

from __future__ import annotations

import pytest

from tests.gui.test_checklist_county_not_recorded_s163 import _case, _checklist_titles

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_l165_04_cases_in_several_counties_are_each_headed_by_their_court(qtbot, window, repo):
    titles = _checklist_titles(window, repo, _case("c1", "484(a)", "LA", number="5CJ01234"),
                               _case("c2", "459", "Riv.", number="RIF1905678"),
                               _case("c3", "148(a)(1)", "San Bern.", number="MSB21003456"),
                               _case("c4", "23152(a)", None, number="17NM04567"))
    assert titles == ["Case 5CJ01234: PC 484(a) · Los Angeles County, CA", "Case RIF1905678: PC 459 · Riverside County, CA",
                      "Case MSB21003456: PC 148(a)(1) · San Bernardino County, CA",
                      "Case 17NM04567: VC 23152(a) · County not recorded, CA"], titles
