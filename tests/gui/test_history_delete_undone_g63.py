"""G63-03: File > Delete client, then Edit > Undo, put the client back whole, but their History
tab read "client restore" (the log's own words) with nothing beside it, under "Client
deleted": the supervisor could not tell the record was back, nor that it was an undo.  It
now reads "Deletion undone", with the record brought back.

G63-06: "Client deleted" had nothing beside it either; it names the record and says the log
keeps it, as the delete's question said it would."""

from __future__ import annotations

import pytest

from tests.automatic_relief import to_file
from ui.client_view import TAB_HISTORY

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_g63_03_a_delete_undone_is_said_in_the_history_tab(qtbot, window, repo):
    client_id = repo.add_client(to_file("Dora Devuelta"))
    repo.restore_client(repo.delete_client(client_id))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    view.tabs.setCurrentIndex(TAB_HISTORY)
    model = view.history.model
    rows = [[model.index(row, column).data() for column in (2, 3)] for row in range(model.rowCount())]
    rows = [row for row in rows if row[0] != "Screened"]  # opening the client screened them
    assert rows == [["Deletion undone", "Dora Devuelta back, 1 case, with their results and reviews"],
                    ["Client deleted", "Dora Devuelta, 1 case: the record as it was is kept in this log"],
                    ["Client added", "Dora Devuelta, 1 case"]]
