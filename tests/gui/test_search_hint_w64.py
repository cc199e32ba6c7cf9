"""W64-07: the search box says how a date of birth may be typed, and that a name and a date of
birth typed together find that name born that day (G64-01, K64-01).  Its hint said "Name, alias,
case number or date of birth", which a paralegal read as one of them at a time: the date typed
alone, then the arrows through seven of the same name (C64)."""

from __future__ import annotations

import re
from datetime import date

from tests.gui.conftest import probation_client
from ui.models.caseload_model import ClientIdRole


def test_every_search_the_tooltip_shows_finds_what_it_says(qtbot, window, repo):
    lopez = probation_client("María López", case_number="25CJCM81162")
    lopez.person.dob = date(1985, 3, 2)
    lopez.phone = "(626) 555-0104"
    wanted = repo.add_client(lopez)
    other = repo.add_client(probation_client("María López", case_number="BA500002"))  # born another day
    paz = probation_client("Rosa Paz", case_number="BA500003")
    paz.person.dob = date(1985, 3, 2)
    born_that_day = repo.add_client(paz)
    window.load()
    caseload = window.caseload
    hint = caseload.search.toolTip()
    shown = re.findall(r'"([^"]+)"', hint)
    assert shown == ["Lopez", "25CJCM", "3/2/85", "March 2 1985", "2 de marzo de 1985", "lopez 3/2/85", "(626) 555-0104",
                     "555-0104"]
    assert "a name with the date of birth before or after it" in hint
    expected = {"Lopez": {wanted, other}, "25CJCM": {wanted}, "3/2/85": {wanted, born_that_day},
                "March 2 1985": {wanted, born_that_day}, "2 de marzo de 1985": {wanted, born_that_day},
                "lopez 3/2/85": {wanted},  # that name, born that day
                "(626) 555-0104": {wanted}, "555-0104": {wanted}}  # the phone on the record (P97-01)

    def shown_ids() -> set[int]:
        return {caseload.proxy.index(row, 0).data(ClientIdRole) for row in range(caseload.proxy.rowCount())}

    for typed in shown:
        caseload.search.setText(typed)
        caseload.apply_filters()
        qtbot.waitUntil(lambda: shown_ids() == expected[typed], timeout=5000)
