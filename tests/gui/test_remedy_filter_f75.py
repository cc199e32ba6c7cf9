"""F75-01: a clinic planning a Prop 47 night, a 17(b) clinic or a Prop 64 drive could not find
"every client Prop 47 can help": the list filtered by outcome, event, language and the rest,
nothing by remedy (P74's report, "Left alone").  The Remedy filter lists the clients whose last
screening finds that remedy available now or on a later day, as `clinic-app list --remedy`
does; it combines with the other filters and stays chosen through a re-screen."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import Qt

from clinic_app import cli
from clinic_app.demo import generate_clients
from db.demo_caseload import add_synthetic
from db.repository import Repository
from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client


def _shown(view) -> set[int]:
    return {view.proxy.client_id(i) for i in range(view.proxy.rowCount())}


def _demo(repo) -> None:
    add_synthetic(repo, generate_clients(80, seed=7))
    rescreen_caseload(repo, TODAY, workers=1)


def _choose(view, key: str | None) -> None:
    view.remedy.setCurrentIndex(view.remedy.findData(key))


def _cli_ids(capsys, path, *args: str) -> set[int]:
    capsys.readouterr()
    assert cli.main(["list", "--db", str(path), *args]) == 0
    return {int(line.split("\t")[0]) for line in capsys.readouterr().out.splitlines()}


def test_the_remedy_filter_lists_whom_prop_47_can_help_as_the_cli_does(qtbot, window, repo, capsys):
    _demo(repo)
    window.load()
    view = window.caseload
    assert view.remedy.itemText(0) == "Any remedy"
    assert view.remedy.findText("Prop 47 reduction") > 0 and view.remedy.findText("PC 17(b) reduce to misdemeanor") > 0
    total = view.proxy.rowCount()
    stored = {row.id: row for row in repo.list_clients()}
    for key in ("prop47", "prop64", "pc17b", "pc1203_4"):
        _choose(view, key)
        shown = _shown(view)
        assert shown, key  # the demo has some of each
        assert len(shown) < total
        assert shown == _cli_ids(capsys, repo.path, "--remedy", key)
        # Each one listed has that remedy available now or later in their newest screening.
        for client_id in shown:
            results = repo.latest_screening(client_id).screening.results
            assert any(d.remedy == key and d.status in ("eligible", "eligible_on") for d in results), (key, client_id)
        # And none left out has.
        for client_id in set(stored) - shown:
            stored_screening = repo.latest_screening(client_id)
            if stored_screening is not None:
                assert not any(d.remedy == key and d.status in ("eligible", "eligible_on")
                               for d in stored_screening.screening.results), (key, client_id)
        assert view.shown_label.text() == f"Showing {len(shown):,} of {total:,} clients"
    assert view.current_filter_chosen()


def test_it_combines_with_the_language_filter_and_the_cli_agrees(qtbot, window, repo, capsys):
    _demo(repo)
    window.load()
    view = window.caseload
    _choose(view, "pc1203_4")
    both = _shown(view)
    view.language.setCurrentIndex(view.language.findData("es"))
    spanish = _shown(view)
    assert spanish and spanish < both
    assert spanish == _cli_ids(capsys, repo.path, "--remedy", "pc1203_4", "--language", "es")
    view.show_every_client()
    assert view.remedy.currentIndex() == 0 and view.proxy.rowCount() == len(repo.list_clients())


def test_blocked_or_needing_review_is_not_listed_and_a_rescreen_keeps_the_choice(qtbot, window, repo, monkeypatch):
    from ui import tasks

    _demo(repo)
    window.load()
    view = window.caseload
    _choose(view, "pc1203_4")
    listed = _shown(view)
    # Those for whom 1203.4 is blocked or needs review, and no case or count has it available.
    not_yet = {row.id for row in repo.list_clients() if (s := repo.latest_screening(row.id)) is not None
               and {d.status for d in s.screening.results if d.remedy == "pc1203_4"} & {"blocked", "needs_review"}
               and not {d.status for d in s.screening.results if d.remedy == "pc1203_4"} & {"eligible", "eligible_on"}}
    assert not_yet and not (not_yet & listed)
    # Screened again for a day two years back: some of those eligible now were not yet.
    monkeypatch.setattr(tasks, "ask_as_of", lambda parent, today: date(2024, 11, 22))
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.rescreen_action.trigger()
    assert view.remedy.currentData() == "pc1203_4"  # the choice outlives the re-screen
    then = {row.id for row in repo.list_clients() if row.can_help("pc1203_4")}
    assert then != listed
    assert _shown(view) == then
    assert view.shown_label.text() == f"Showing {len(then):,} of {len(repo.list_clients()):,} clients"


def test_a_saved_client_joins_or_leaves_the_remedy_list(qtbot, window, repo):
    client = probation_client("Carla Later", probation_end=date(2027, 9, 1))
    client_id = repo.add_client(client)
    window.load()
    view = window.caseload
    _choose(view, "pc1203_4")
    assert client_id not in _shown(view)  # never screened: nothing stored for her
    window.open_client(client_id)  # opening screens and stores her (eligible later)
    qtbot.waitUntil(lambda: client_id in _shown(view), timeout=10_000)


def test_alt_m_goes_to_the_remedy_filter(qtbot, window, repo):
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.caseload
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClick(view.search, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.remedy.hasFocus)
    assert "not those for whom it is blocked or needs an attorney's review" in view.remedy.toolTip()


def test_an_older_caseload_opens_with_each_clients_remedies(tmp_path, capsys):
    """m018: a caseload screened before it is filtered right on opening, not only after a re-screen."""
    path = tmp_path / "older.sqlite"
    with Repository.open(path) as repo:
        _demo(repo)
        expected = {row.id for row in repo.list_clients() if row.can_help("prop47")}
    assert expected
    old = sqlite3.connect(path)
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("ALTER TABLE screenings DROP COLUMN remedies_open")
    old.execute("ALTER TABLE clients DROP COLUMN remedies_open")
    old.execute("PRAGMA user_version = 17")
    old.commit()
    old.close()
    assert _cli_ids(capsys, path, "--remedy", "prop47") == expected


def test_m018_tells_how_far_it_has_gone(tmp_path, monkeypatch):
    """Migration 18 reads each client's newest screening (8 s at 100,000 clients): it tells how far
    it has gone, a few thousand clients at a time, so the window's bar moves (as m017's, D70-02)."""
    from db import migrations
    from db.connection import open_caseload

    path = tmp_path / "older.sqlite"
    with Repository.open(path) as repo:
        add_synthetic(repo, generate_clients(12, seed=3))
        rescreen_caseload(repo, TODAY, workers=1)
        expected = {row.id: row.remedies for row in repo.list_clients()}
    old = sqlite3.connect(path)
    old.execute("DELETE FROM _sqlite_migrations WHERE name IN ('m018_remedies_open', 'm019_case_number_ends_run_together', 'm020_clients_by_birth_date')")
    old.execute("ALTER TABLE screenings DROP COLUMN remedies_open")
    old.execute("ALTER TABLE clients DROP COLUMN remedies_open")
    old.execute("PRAGMA user_version = 17")
    old.commit()
    old.close()
    monkeypatch.setattr(migrations, "_REMEDIES_OPEN_STEP", 3)
    told = []
    with open_caseload(path, progress=lambda done, total, text: told.append((done, total))):
        pass
    # Within the step: each 3 clients of the 12 (the window's bar moves on within it).
    # (m018 is the first of three to run, m019 and m020 after it: the bar's whole is 3 x 12, m018's the first third.)
    assert [(done, total) for done, total in told if total == 36 and done < 12] == [(0, 36), (3, 36), (6, 36), (9, 36)]
    with Repository.open(path) as repo:
        assert {row.id: row.remedies for row in repo.list_clients()} == expected
