"""G63-02: the History tab of a client a laptop's file brought, with an attorney's review done
at the clinic event, read "Client added / Rosa Revisada, 1 case" and "Attorney review / ...
(reviewer: atty-lopez)", both "When" the import's moment and "Who" the account that imported:
the supervisor read the review as done at this desk on the day of the import.  The file, and
the moment the attorney reviewed, were kept in the log (M42-04) but said only in the raw
details.  The "Changed" column now says them."""

from __future__ import annotations

from datetime import datetime

import pytest

from clinic_app.screening_format import ExportedReview
from tests.automatic_relief import to_file
from ui.client_view import TAB_HISTORY
from ui.models.history_model import local_time

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

REVIEWED_AT = "2026-11-14T18:30:00+00:00"


def _rows(view) -> list[list[str]]:
    model = view.history.model
    return [[model.index(row, column).data() for column in range(4)] for row in range(model.rowCount())]


def test_g63_02_an_imported_client_and_review_say_the_file_and_when_the_attorney_reviewed(qtbot, window, repo):
    carried = [ExportedReview("a", "a1", "pc1203_4", "atty-lopez", REVIEWED_AT, "checked the docket")]
    (client_id,) = repo.import_clients([to_file("Rosa Revisada")], reviews=[carried], source="winter-fair.jsonl").ids
    typed_here = repo.add_client(to_file("Tomás Tecleado"))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(TAB_HISTORY)
    rows = {row[2]: row[3] for row in _rows(view)}
    reviewed = local_time(datetime.fromisoformat(REVIEWED_AT), "%Y-%m-%d %H:%M")
    assert rows["Attorney review"] == ("Dismissal after probation (PC 1203.4) on LA100200, PC 488: checked the docket "
                                       f"(reviewer: atty-lopez, reviewed {reviewed}, imported from winter-fair.jsonl)")
    assert rows["Client added"] == "Rosa Revisada, 1 case; imported from winter-fair.jsonl"
    window.open_client(typed_here)
    view.tabs.setCurrentIndex(TAB_HISTORY)
    assert {row[2]: row[3] for row in _rows(view)}["Client added"] == "Tomás Tecleado, 1 case"  # typed here: as before
