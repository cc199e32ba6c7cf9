"""H100-02 in the window: an event's handouts saved (Save it) onto a USB stick that filled
halfway listed every client after it as "No handout could be written for: Bruno Evento ([Errno
28] No space left on device: '/media/stick/.../0002-bruno-evento.pdf'); Carla Evento (...)",
each handout made first, and said nothing of what to do.  It now stops at the full drive, names
the client it stopped at in the drive's words, says the others have none and that those
written are the first in the list's order, and what to do (H99-04's words); no partial PDF is
left.  The drive is stood in for where the program meets it, as H99-04's tests do."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.cli.test_event_handouts_onto_a_stick_h100 import FULL, stick_filling_after
from tests.gui.conftest import TODAY, probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_h100_02_an_events_handouts_onto_a_stick_that_fills_say_who_has_none_and_what_to_do(
        qtbot, window, repo, tmp_path, monkeypatch):
    from ui.tasks import HandoutBatch, save_event_handouts

    for name in ("Ana Evento", "Bruno Evento", "Carla Evento", "Diego Evento"):
        repo.add_client(probation_client(name, event="Pomona 2026-11"))
    stick = tmp_path / "stick"
    stick.mkdir()
    folder = stick / HandoutBatch.of_event("Pomona 2026-11").folder
    stick_filling_after(monkeypatch, folder, 1)
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(f"warned: {text}"))
    save_event_handouts(window, window.db_path, "Pomona 2026-11", TODAY)
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    (said,) = told
    assert said.startswith("warned: 1 handout (")
    assert "No handout could be written for: Bruno Evento (No space left on device)\n\n" in said, said
    assert said.endswith("\n\nStopped there: the other 2 clients have no handout either; the 1 written is the first "
                         f"in the list's order.\n\n{FULL}"), said
    assert "Errno" not in said
    written = sorted(p.name for p in folder.iterdir())
    assert len(written) == 1 and written[0].startswith("ana-evento-")  # no partial left
