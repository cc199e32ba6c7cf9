"""F97-03: File > Export the N clients shown offers a file named after the event it exports.

At the end of a Saturday clinic the volunteer chose the day's event in the Event filter and
exported its 8 clients: the file offered was "clients.jsonl" in the home folder, as for every
export of every event, with nothing in its name of the day's clinic; the next event's export
offered the same name, to replace it.  With the Event filter on an event, the file offered is
named after it ("pomona-saturday-2026-12-05.jsonl"); with no event chosen, "clients.jsonl"
as before."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.gui.conftest import probation_client

EVENT = "Pomona Saturday 2026-12-05"


def _offered(window, monkeypatch) -> str:
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _parent, _title, path, _kinds: offered.append(path) or ("", ""))
    window.export_shown_action.trigger()
    (path,) = offered
    return path


def test_f97_03_the_export_of_an_event_is_offered_a_file_named_after_it(qtbot, window, repo, monkeypatch):
    client = probation_client("José Ángel Núñez-Ortega")
    client.event = EVENT
    repo.add_client(client)
    repo.add_client(probation_client("Walk In"))
    window.load()
    view = window.caseload
    view.event.setCurrentIndex(view.event.findData(EVENT))
    view.apply_filters()
    assert Path(_offered(window, monkeypatch)) == Path.home() / "pomona-saturday-2026-12-05.jsonl"

    view.event.setCurrentIndex(0)  # Any event
    view.apply_filters()
    assert Path(_offered(window, monkeypatch)) == Path.home() / "clients.jsonl"
