"""X110: a case from another state, end to end.

X110-01: a count of a case marked another state's on the Record tab (L109-04's "State or court:"
box) still said "NRS 205.240: not in the offense catalog; it can be saved and will be marked for
attorney review".  The catalog is California's: a Nevada count is not in it, nor need be, and no
review of a California remedy comes of it (every one is not_applicable).  The count says what is
true: no California remedy reaches a case from another state's court, and an attorney may look
at that state's own relief; no catalog section is asked for."""

from __future__ import annotations

import pytest

from tests.gui.conftest import open_on_record, probation_client, type_and_leave

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def _nevada_client(jurisdiction: str = "NV"):
    client = probation_client("Rosalind Ferreira", case_number="NV08-50005", section="NRS 205.240")
    client.cases[0].convictions[0].code = "NRS"
    client.cases[0].convictions[0].section = "205.240"
    client.cases[0].county = None
    client.cases[0].jurisdiction = jurisdiction
    return client


def test_x110_01_a_count_of_a_nevada_case_says_no_california_remedy_reaches_it(qtbot, window, repo):
    _client_id, form = open_on_record(window, repo, _nevada_client())
    said = form.convictions.rows[0].message.text()
    assert "not in the offense catalog" not in said and "attorney review" not in said, said
    assert said.startswith("NRS 205.240: ") and "court outside California (NV)" in said, said
    assert "no California remedy reaches it" in said and "that state's own relief" in said, said


def test_x110_01_the_count_says_so_as_the_state_is_typed_and_unsaid(qtbot, window, repo):
    _client_id, form = open_on_record(window, repo, _nevada_client("CA"))
    row = form.convictions.rows[0]
    assert "not in the offense catalog" in row.message.text()  # a California case: as before
    type_and_leave(qtbot, form.jurisdiction, "Nevada")
    assert "court outside California (Nevada)" in row.message.text(), row.message.text()
    type_and_leave(qtbot, form.jurisdiction, "california")
    assert "not in the offense catalog" in row.message.text(), row.message.text()
