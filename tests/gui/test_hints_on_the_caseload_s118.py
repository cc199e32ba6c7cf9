"""S118-01: the window's hints that name a terminal command (the Outcome, Remedy and County
filters' tooltips, Newly eligible's, the File and Caseload items' tips, the event handouts'
note) named it without the window's caseload: a paralegal whose window was open on an event's
laptop file copied "clinic-app list --remedy prop47", which listed the clinic's own caseload.
They name it as the terminal does (`cli.next_command`): with the window's --db, with --demo on
the demo caseload, and with neither on the clinic's own."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

from clinic_app import cli
from clinic_app.demo import generate_clients
from db.demo_caseload import add_synthetic
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, let_go
from tests.gui.menus import menu_items
from tests.gui.test_event_note_names_event_m58 import _note_of


def _prop47_tip(window) -> str:
    remedy = window.caseload.remedy
    return remedy.itemData(remedy.findData("prop47"), 3)  # Qt.ToolTipRole


def _listed(capsys, command: str) -> set[int]:
    """The ids the command lists, run as a paralegal pastes it at a terminal."""
    typed = shlex.split(command)
    assert typed[0] == "clinic-app"
    capsys.readouterr()
    cli.main(typed[1:])
    return {int(line.split("\t")[0]) for line in capsys.readouterr().out.splitlines()}


def _hints(window) -> list[str]:
    """Every tooltip and tip of the window that names a `clinic-app` command."""
    caseload = window.caseload
    tips = [caseload.outcome.itemData(i, 3) or "" for i in range(caseload.outcome.count())]
    tips += [caseload.remedy.toolTip(), caseload.county.toolTip(), _prop47_tip(window)]
    tips += [action.statusTip() for action in menu_items(window).values()]
    return [tip for tip in tips if "clinic-app " in tip]


def test_s118_01_a_window_on_an_event_laptop_s_file_names_its_commands_with_its_db(qtbot, repo, tmp_path,
                                                                                   monkeypatch, capsys):
    from ui.main_window import MainWindow

    # The clinic's own caseload elsewhere, with clients of its own: what a command without
    # --db would list.
    clinic = Repository.open(tmp_path / "clinic" / "caseload.sqlite", user="paralegal-test")
    add_synthetic(clinic, generate_clients(30, seed=3))
    rescreen_caseload(clinic, TODAY, workers=1)
    monkeypatch.setattr("db.connection.default_caseload_path", lambda: tmp_path / "clinic" / "caseload.sqlite")
    add_synthetic(repo, generate_clients(60, seed=7))
    rescreen_caseload(repo, TODAY, workers=1)
    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    try:
        window.load()
        hints = _hints(window)
        assert len(hints) >= 14  # the Outcome items', Remedy's, County's, the three menu items'
        where = f"--db {shlex.quote(str(repo.path))}"
        assert [hint for hint in hints if where not in hint] == []
        window.caseload.remedy.setCurrentIndex(window.caseload.remedy.findData("prop47"))
        shown = {window.caseload.proxy.client_id(i) for i in range(window.caseload.proxy.rowCount())}
        assert shown  # the demo has some Prop 47 can help
        command = _prop47_tip(window).rsplit("(", 1)[1].rstrip(")")
        assert command == f"clinic-app list {where} --remedy prop47"
        assert _listed(capsys, command) == shown
        window.caseload.newly_eligible_button.click()
        assert f"The same as clinic-app list {where} --newly-eligible-since" in window.caseload.newly_eligible_button.toolTip()
    finally:
        let_go(window)


def test_s118_01_the_event_handouts_note_names_its_lists_on_the_window_s_caseload(qtbot, window, repo):
    said = _note_of(qtbot, window, repo, lambda w: w.print_event_action)
    where = f"--db {shlex.quote(str(repo.path))}"
    assert f"(Review needed, or clinic-app list {where} --review --event 'First Saturday', lists them)" in said, said
    assert f"or clinic-app rescreen {where}, screens them" in said, said


def test_s118_01_on_the_clinic_s_own_caseload_no_db_and_on_the_demo_demo(qtbot, repo, tmp_path, monkeypatch):
    from ui.main_window import MainWindow

    monkeypatch.setattr("db.connection.default_caseload_path", lambda: Path(repo.path))
    demo = Repository.open(shutil.copy(repo.path, tmp_path / "demo.sqlite"), user="paralegal-test")
    for opened, said in ((repo, "clinic-app list --remedy prop47"), (demo, "clinic-app --demo list --remedy prop47")):
        window = MainWindow(opened, today=TODAY, automatic_backups=False)
        try:
            assert f"({said})" in _prop47_tip(window)
            assert [hint for hint in _hints(window) if "--db" in hint] == []
        finally:
            let_go(window)
