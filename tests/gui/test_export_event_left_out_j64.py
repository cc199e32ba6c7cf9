"""J64-04: File > Export the N clients shown, with the Event filter on the day's event, says the
clients changed here today that are not of the event, as `clinic-app export --event` does.

Intake's Event box starts blank each time intake is opened (K19-09), so after the laptop was
closed and opened again a walk-in was taken in with no event; the window's export of the event's
clients left them out of the day's file with not a word, and they never reached the office."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from clinic_app.cli import read_import
from tests.gui.conftest import probation_client
from tests.gui.export_words import HANDED_OVER

EVENT = "Saturday clinic Dec 5"


def _told(monkeypatch) -> list[str]:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(f"warned: {text}"))
    return told


def _export_event(qtbot, window, monkeypatch, target) -> list[str]:
    window.load()
    view = window.caseload
    view.event.setCurrentIndex(view.event.findData(EVENT))
    view.apply_filters()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told = _told(monkeypatch)
    window.export_shown_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    return told


def test_j64_04_a_walk_in_given_no_event_today_is_said_when_the_events_clients_are_exported(qtbot, window, repo, monkeypatch,
                                                                                           tmp_path):
    repo.add_client(probation_client("Marisol Ortega", event=EVENT, case_number="19CR01234"))
    repo.add_client(probation_client("Dwayne Carter", event=EVENT, case_number="BA412233"))
    walk_in = repo.add_client(probation_client("Lupita Sanchez", case_number="22CM1111"))  # Event box left blank
    target = tmp_path / "day.jsonl"

    (told,) = _export_event(qtbot, window, monkeypatch, target)

    clients, _reviews = read_import(target)
    assert sorted(c.name for c in clients) == ["Dwayne Carter", "Marisol Ortega"]  # the event's, as shown
    assert told.startswith(f"warned: Exported 2 clients to {target} (readable by you only).")
    assert (f"1 client changed here today is not of the event {EVENT}, so not in this export: "
            f"Lupita Sanchez (id {walk_in}, no event). To take them too:") in told


def test_j64_04_an_event_whose_clients_are_all_of_today_is_exported_with_nothing_more_said(qtbot, window, repo, monkeypatch,
                                                                                          tmp_path):
    repo.add_client(probation_client("Marisol Ortega", event=EVENT, case_number="19CR01234"))
    repo.add_client(probation_client("Dwayne Carter", event=EVENT, language="es", case_number="BA412233"))
    window.caseload.language.setCurrentIndex(window.caseload.language.findData("en"))  # one of the event left out by choice
    target = tmp_path / "day.jsonl"

    told = _export_event(qtbot, window, monkeypatch, target)

    assert told == [f"Exported 1 client to {target} (readable by you only).\n\n" + HANDED_OVER]
