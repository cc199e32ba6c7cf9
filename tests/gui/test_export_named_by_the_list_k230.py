"""K230-01: File > Export the N clients shown, of a list narrowed by a filter, offers a file named by
what the list shows and the day.

A paralegal exported the list "Review needed" (2,558 clients), then "Something outstanding": both
were offered "clients.jsonl", the name of the whole caseload's export, and the second to replace
the first.  Each filter now names the file, in the list's own words made safe as an event's name
is (F97-03: clinic_app.file_names.slug), with the day where no event names it
("spanish-something-outstanding-2026-12-07.jsonl"); a search is said "found by search", never the
name or date of birth searched; "clients.jsonl" is left to the whole caseload, unfiltered."""

from __future__ import annotations

from pathlib import Path

from tests.gui.conftest import TODAY, probation_client
from tests.gui.test_export_named_after_the_event_f97 import EVENT
from tests.gui.test_export_named_after_the_event_f97 import _offered as offered_path


def _offered(window, monkeypatch) -> str:
    """The name of the file Export the clients shown offers."""
    return Path(offered_path(window, monkeypatch)).name


def test_k230_01_the_export_of_a_filtered_list_is_offered_a_file_named_by_its_filters_and_the_day(qtbot, window, repo,
                                                                                                     monkeypatch):
    from ui.services import screen_and_store

    for client in (probation_client("Ana Abad", language="es", event=EVENT, restitution_ordered=500),
                   probation_client("Bea Abad", restitution_ordered=500), probation_client("Walk In")):
        repo.add_client(client)
        screen_and_store(repo, client, TODAY)  # what is outstanding is the screening's
    window.load()
    view, day = window.caseload, window.today.isoformat()
    assert _offered(window, monkeypatch) == "clients.jsonl"  # the whole caseload

    view.outstanding.setChecked(True)
    assert view.model.rowCount() == 2
    assert _offered(window, monkeypatch) == f"something-outstanding-{day}.jsonl"
    view.language.setCurrentIndex(view.language.findData("es"))
    assert view.model.rowCount() == 1
    assert _offered(window, monkeypatch) == f"spanish-something-outstanding-{day}.jsonl"

    view.event.setCurrentIndex(view.event.findData(EVENT))  # the event names the day
    assert _offered(window, monkeypatch) == "pomona-saturday-2026-12-05-spanish-something-outstanding.jsonl"

    view.show_every_client()
    view.search.setText("Abad 3/14/1985")  # a name and a date of birth: neither goes into the name
    view.apply_filters()
    assert view.model.rowCount() == 2
    assert _offered(window, monkeypatch) == f"found-by-search-{day}.jsonl"
