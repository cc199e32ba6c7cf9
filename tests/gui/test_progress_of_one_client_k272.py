"""K272-01: a caseload of one client was said "0 of 1 clients screened" as it was re-screened, and
"1 of 1 clients written" as it was exported: the slip K262-01 mended in the list's count."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QWidget

from tests.gui.conftest import TODAY, in_message_box, probation_client
from ui import tasks


def test_k272_01_one_client_re_screened_and_exported_is_said_of_1_client(qtbot, repo, tmp_path, monkeypatch):
    client_id = repo.add_client(probation_client("Una Sola"))
    said: list[str] = []
    real_progress = tasks.TaskContext.progress

    def progress(ctx, done, total, text=""):
        said.append(text)
        return real_progress(ctx, done, total, text)

    monkeypatch.setattr(tasks.TaskContext, "progress", progress)
    # The re-screen's own work, on this thread (one client is one range: screened here, no worker).
    assert tasks.rescreen_job(repo.path, TODAY)(tasks.TaskContext(tasks._Signals())) == 1
    assert said[-2:] == ["0 of 1 client screened", "1 of 1 client screened"]

    # Caseload > Export the clients shown, of her alone, as the window runs it.
    target = tmp_path / "one.jsonl"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "")))
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    in_message_box(lambda box: (seen.append(box.text()), box.accept()))
    tasks.export_shown_dialog(parent, repo.path, [client_id])
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    assert seen[0].startswith(f"Exported 1 client to {target}")
    assert said[-1] == "1 of 1 client written"
