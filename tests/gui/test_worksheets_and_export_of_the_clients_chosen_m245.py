"""M245: a paralegal preparing ten filings picked their ten lines in the list (M231) and found
Filing worksheet said to choose one, and the batches of worksheets and export took the list as
filtered only: to get the ten's worksheets, or to export them for the clinic, they filtered the
list to exactly them.  Caseload > Filing worksheets for the N clients chosen and Export the N
clients chosen now make theirs, by the clients shown's batches; with one line chosen, as before."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.conftest import TODAY, batch_question_asked
from tests.gui.export_words import HANDED_OVER
from tests.gui.menus import menu
from tests.gui.test_handouts_for_the_clients_chosen_m231 import NAMES, _chosen, _click, _listed


def _whole_at_800_and_15_points(qtbot, window) -> None:
    """K254-01: the message whole in the status bar's two lines of a window 800 wide at 15 pt
    (R251 saw it cut there before "Enter opens the line the keyboard is on")."""
    label, font = window.statusBar().message, window.statusBar().message.font()
    window.rescreen_button.hide()  # as on a caseload screened by these rules (R251's)
    window.resize(800, 600)
    large = label.font()
    large.setPointSizeF(15)
    label.setFont(large)
    qtbot.waitUntil(lambda: label.width() < 800)
    assert label.text() == window.statusBar().currentMessage() and not label.cut()
    label.setFont(font)
    window.resize(1280, 800)


def test_m245_01_the_chosen_clients_worksheets_are_theirs_in_the_batchs_folder(qtbot, window, repo, monkeypatch, tmp_path):
    _listed(qtbot, window, repo)
    view, action = window.caseload, window.chosen_worksheets_action
    _click(qtbot, view, "Berta Bravo")
    assert action.text().replace("&", "") == "Filing worksheets for the 1 client chosen..." and action.isEnabled()
    _click(qtbot, view, "Gema Gil", Qt.KeyboardModifier.ShiftModifier)  # Berta to Gema: six
    assert action.text().replace("&", "") == "Filing worksheets for the 6 clients chosen..." and action.isEnabled()
    # What the status bar says acts on them names these too: it named the handouts alone.
    assert window.statusBar().currentMessage() == (
        "6 clients chosen: the Caseload menu makes their handouts (Ctrl+P), filing worksheets or export; Enter opens "
        "the line the keyboard is on.")
    _whole_at_800_and_15_points(qtbot, window)
    seen = batch_question_asked(qtbot)  # more than a few: asked first, naming them as chosen
    action.trigger()
    assert seen[0][0].startswith("Make filing worksheets for the 6 clients chosen: 6 filing worksheets, about ")
    menu(window, "Caseload").aboutToShow.emit()
    seen = batch_question_asked(qtbot)  # Filing worksheet with several chosen: their batch, as Ctrl+P's
    window.worksheet_action.trigger()
    assert seen[0][0].startswith("Make filing worksheets for the 6 clients chosen")
    _click(qtbot, view, "Ana Alcalá")
    _click(qtbot, view, "Hilda Hoyos", Qt.KeyboardModifier.ControlModifier)  # the first and the last
    assert _chosen(view) == ["Ana Alcalá", "Hilda Hoyos"]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    action.trigger()  # two: no question first
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    folder = tmp_path / f"worksheets-{TODAY.isoformat()}"
    assert told[0].startswith("2 filing worksheets (") and str(folder) in told[0]
    written = {path.name: "\n".join(page.extract_text() for page in PdfReader(path).pages) for path in folder.glob("*.pdf")}
    assert len(written) == 2
    named = sorted(name for name in NAMES if any(name in text for text in written.values()))
    assert named == ["Ana Alcalá", "Hilda Hoyos"]
    assert list(tmp_path.glob("worksheets-*")) == [folder]  # the batch's folder, as the clients shown's


def test_m245_02_the_chosen_clients_are_exported_to_a_file_named_by_how_many(qtbot, window, repo, monkeypatch, tmp_path):
    _listed(qtbot, window, repo)
    view, action = window.caseload, window.export_chosen_action
    _click(qtbot, view, "Carla Cruz")
    _click(qtbot, view, "Fabi Flores", Qt.KeyboardModifier.ControlModifier)
    assert action.text().replace("&", "") == "Export the 2 clients chosen..." and action.isEnabled()
    file_menu = [item.text().replace("&", "") for item in menu(window, "File").actions()]
    at = file_menu.index("Export the 8 clients shown...")  # in the File menu too, under the clients shown's
    assert file_menu[at + 1] == "Export the 2 clients chosen..."
    asked: list[tuple[str, str]] = []
    target = tmp_path / "two.jsonl"

    def save_as(_parent, title, offered, _kinds):
        asked.append((title, offered))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert asked == [("Export the clients chosen", str(Path.home() / f"2-clients-chosen-{window.today.isoformat()}.jsonl"))]
    assert told == [f"Exported 2 clients to {target} (readable by you only).\n\n" + HANDED_OVER]
    records = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [record["client"]["name"] for record in records] == ["Carla Cruz", "Fabi Flores"]


def test_r251_02_chosen_lines_a_filter_hides_are_said_to_be_chosen_no_longer(qtbot, window, repo, monkeypatch):
    """Ten chosen, then the Language filter to look at the Spanish ones: the status bar said
    "Showing 51 of 200 clients." and no more, the items read "the 3 clients chosen", and with
    the filter back on Any the other seven were chosen no longer: a paralegal who counted on
    them found their batch three.  The filter says how many of them it unchose, and a search
    typed says the same (K262-03), each heard once: "3 clients chosen." came after it (A257)."""
    _listed(qtbot, window, repo)
    view = window.caseload
    view._several_heard_after.setInterval(50)  # the choosing's pause: what comes after it is tested
    heard: list[str] = []
    for where in ("ui.main_window.announce", "ui.caseload_view.announce"):
        monkeypatch.setattr(where, lambda _source, said, **_how: heard.append(said), raising=False)
    _click(qtbot, view, "Ana Alcalá")
    # Five, two in Spanish: as many hidden as still chosen (three of six) read alike with the
    # two counts swapped.
    _click(qtbot, view, "Elena Estrada", Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(heard))  # "5 clients chosen: ...", the choosing paused
    heard.clear()
    view.language.setCurrentIndex(view.language.findData("es"))
    assert _chosen(view) == ["Berta Bravo", "Dora Díaz"]
    said = "Showing 4 of 8 clients. 3 of the 5 clients chosen are not shown now, so no longer chosen (2 still are)."
    assert window.statusBar().currentMessage() == said
    qtbot.wait(250)  # past the choosing's pause
    assert heard == [said]
    view.language.setCurrentIndex(view.language.findData("en"))  # none of the two
    assert window.statusBar().currentMessage() == (
        "Showing 4 of 8 clients. The 2 clients chosen are not shown now, so no longer chosen.")
    view.language.setCurrentIndex(0)  # nothing chosen to lose: as before
    assert window.statusBar().currentMessage() == "Showing 8 of 8 clients."
    # A search typed that hides some of them: said as the filter says it (only "1 client chosen" was).
    _click(qtbot, view, "Ana Alcalá")
    _click(qtbot, view, "Fabi Flores", Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(view.search, "Dora")
    said = "Showing 1 of 8 clients. 5 of the 6 clients chosen are not shown now, so no longer chosen (1 still is)."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said)
    assert _chosen(view) == ["Dora Díaz"]
