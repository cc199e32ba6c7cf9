"""C80-04: Caseload > Export the clients shown, with one of them merged into another client at
another desk after the list was shown (two records of one person made one there): the export
said "Not in the file: Beto Desk (id 2), removed from the caseload ...", as if the record were
lost, though it is in the client it was merged into (R75, left alone).  It now says they were
merged, into whom, and whether that client is in the file; a client deleted is said removed as
before."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QMessageBox

from clinic_app.cli import read_import
from db.repository import Repository
from tests.cli.test_cli import clinic_app
from tests.gui.conftest import probation_client
from tests.gui.export_words import HANDED_OVER


def _export(qtbot, window, monkeypatch, target) -> str:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(f"warned: {text}"))
    window.export_shown_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    (said,) = told
    return said


def test_a_client_merged_elsewhere_is_said_merged_into_whom(qtbot, window, repo, monkeypatch, tmp_path):
    repo.add_client(probation_client("Ana Desk", case_number="BA601"))
    beto = repo.add_client(probation_client("Beto Desk", case_number="BA602"))
    beto_again = repo.add_client(probation_client("Beto Desk", case_number="BA602"))  # the laptop's record of him
    carla = repo.add_client(probation_client("Carla Desk", case_number="BA603"))
    window.load()
    with Repository.open(repo.path, user="other-desk") as other:
        other.delete_client(carla)
    assert clinic_app("merge", "--db", repo.path, "--into", str(beto), "--from", str(beto_again)).returncode == 0  # another desk
    target = tmp_path / "day.jsonl"
    said = _export(qtbot, window, monkeypatch, target)
    assert said == (f"warned: Exported 2 clients to {target} (readable by you only).\n\n"
                    f"Not in the file: Carla Desk (id {carla}), removed from the caseload after the list was "
                    "shown (at another desk, or another window).\n\n"
                    f"Not in the file as a record of their own: Beto Desk (id {beto_again}), merged into Beto Desk (id {beto}), "
                    "who is in the file. Merged after the list was shown (at another desk, or another window), their "
                    "record is in that client's.\n\n" + HANDED_OVER)
    clients, _reviews = read_import(target)
    assert sorted((c.name, c.cases[0].case_number) for c in clients) == [("Ana Desk", "BA601"), ("Beto Desk", "BA602")]


def test_merged_into_a_client_not_shown_says_to_export_them(qtbot, window, repo, monkeypatch, tmp_path):
    kept = repo.add_client(probation_client("Dora Desk", case_number="BA701"))
    laptop = probation_client("Dora Desk", case_number="BA701")
    laptop.event = "Library night"
    away = repo.add_client(laptop)
    window.load()
    view = window.caseload
    view.event.setCurrentIndex(view.event.findData("Library night"))
    assert {view.proxy.client_id(i) for i in range(view.proxy.rowCount())} == {away}
    assert clinic_app("merge", "--db", repo.path, "--into", str(kept), "--from", str(away)).returncode == 0
    said = _export(qtbot, window, monkeypatch, tmp_path / "night.jsonl")
    assert said.startswith("warned: Nothing was exported, and no file was written")
    assert said.endswith(f"Not in the file as a record of their own: Dora Desk (id {away}), merged into Dora Desk (id {kept}), "
                         "who is not in the file: find them and export them as well. Merged after the list was shown (at "
                         "another desk, or another window), their record is in that client's.")


def test_merged_into_follows_a_merge_on_and_leaves_out_the_deleted(repo):
    a, b, c = (repo.add_client(probation_client("Fe Desk", case_number="BA801")) for _ in range(3))
    assert clinic_app("merge", "--db", repo.path, "--into", str(b), "--from", str(a)).returncode == 0
    assert clinic_app("merge", "--db", repo.path, "--into", str(c), "--from", str(b)).returncode == 0
    gone = repo.add_client(probation_client("Gil Desk", case_number="BA802"))
    repo.delete_client(gone)
    assert repo.merged_into([a, b, gone, 999]) == {a: (c, "Fe Desk"), b: (c, "Fe Desk")}
