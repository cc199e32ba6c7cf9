"""R77: the Remedy and County filters (F75) tried against the ways a caseload changes."""

from __future__ import annotations

from tests.gui.conftest import probation_client


def _shown(view) -> set[int]:
    return {view.proxy.client_id(i) for i in range(view.proxy.rowCount())}


def test_the_county_chosen_gone_from_the_caseload_lists_every_client_as_any_county_says(qtbot, window, repo):
    """The only Riverside case typed over with a county new to the caseload: the filter, refilled,
    has no Riverside and says 'Any county'; the list must show every client, not Riverside's."""
    moved = repo.add_client(probation_client("Rita Ribera", case_number="RIF1"))
    others = [repo.add_client(probation_client(f"Otto Otro {i}", case_number=f"BA{i}")) for i in range(3)]
    with repo._write() as conn:
        conn.execute("UPDATE cases SET county = 'Orange'")
        conn.execute("UPDATE cases SET county = 'Riverside' WHERE client_id = ?", (moved,))
    window.load()
    view = window.caseload
    view.county.setCurrentIndex(view.county.findData("riverside"))
    assert _shown(view) == {moved}
    client = repo.get_client(moved)
    client.cases[0].county = "San Bernardino"  # typed wrong at intake, put right
    repo.save_client(client)
    window.client_changed(repo.get_client(moved), None)
    assert view.county.findData("riverside") == -1
    assert view.county.currentIndex() == 0  # "Any county"
    assert _shown(view) == {moved, *others}
    assert not view.current_filter_chosen()


def test_the_event_chosen_gone_with_its_last_client_lists_every_client_as_any_event_says(qtbot, window, repo):
    """The one client seen at an event removed while the list shows that event: the Event filter,
    refilled, says 'Any event'; the list shows every client left, not nobody."""
    gone = probation_client("Eva Evento", case_number="EV1")
    gone.event = "Library night"
    gone_id = repo.add_client(gone)
    others = {repo.add_client(probation_client(f"Otto Otro {i}", case_number=f"BA{i}")) for i in range(2)}
    window.load()
    view = window.caseload
    view.event.setCurrentIndex(view.event.findData("Library night"))
    assert _shown(view) == {gone_id}
    repo.delete_client(gone_id)
    window.client_removed(gone_id)
    assert view.event.currentIndex() == 0  # "Any event"
    assert _shown(view) == others
    assert not view.current_filter_chosen()
