"""R64-02: a count added here while another desk added one to the same case.

Both desks chose "Add count" on Rosa's case: each new count took the case's next key, "c1-2".
Theirs was saved first; here, the count's save was rightly refused, and the typing went back
over their record (K63-04) matched by key (A64-02), so the case had two counts keyed "c1-2".
The program could not read that record, and put the typing back as typed, whole: their
count was not on the form, nothing said so, and the next save removed it.  Their count is
kept now, and what was typed in the count here is said, to add again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.model import Conviction
from db.errors import ChangedElsewhere
from db.repository import Repository
from tests.gui.conftest import open_on_record, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_a_count_added_on_both_desks_keeps_theirs_and_says_what_was_typed_here(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Rosa Delgado"))
    view = window.client_view
    with Repository.open(repo.path, user="desk-2") as desk_2:
        theirs = desk_2.get_client(client_id)
        first = theirs.cases[0].convictions[0]
        theirs.cases[0].convictions.append(Conviction(id="c1-2", section="11350", code="HS", level="misdemeanor",
                                                      conviction_date=first.conviction_date))
        theirs.phone = "(213) 555-0199"
        desk_2.save_client(theirs)
    qtbot.mouseClick(form.convictions.add_button, Qt.MouseButton.LeftButton)
    added = form.convictions.rows[-1]
    assert added.conviction.id == "c1-2"  # the case's next key, as on their desk
    added.offense.setFocus()
    qtbot.keyClicks(added.offense, "459.5")
    with pytest.raises(ChangedElsewhere) as refused:
        view.save()
    said = str(refused.value)
    assert view.record.person.phone.text() == "(213) 555-0199"  # their record under the typing
    assert "459.5" in said, said  # what was typed in the count, to add again
    view.save()
    stored = repo.get_client(client_id)
    assert (stored.phone, [(c.id, c.section) for c in stored.cases[0].convictions]) == (
        "(213) 555-0199", [("c1-1", "459"), ("c1-2", "11350")])
