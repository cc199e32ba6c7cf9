"""F75-02: a clinic serving two counties could not list "the Orange County cases": nothing filtered
by county.  The County filter lists the clients with a case heard in the county chosen, however
the case's County box was typed ("Orange", "Orange County", "orange co."), as `clinic-app list
--county` does; it combines with the Remedy filter and follows a case's county typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app import cli
from clinic_app.counties import county_key
from clinic_app.demo import generate_clients
from db.demo_caseload import add_synthetic
from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client


def _shown(view) -> set[int]:
    return {view.proxy.client_id(i) for i in range(view.proxy.rowCount())}


def _cli_ids(capsys, path, *args: str) -> set[int]:
    capsys.readouterr()
    assert cli.main(["list", "--db", str(path), *args]) == 0
    return {int(line.split("\t")[0]) for line in capsys.readouterr().out.splitlines()}


@pytest.mark.parametrize("typed", ["Orange", "Orange County", " orange  county ", "ORANGE CO.", "Orange Cnty"])
def test_one_county_however_typed(typed):
    assert county_key(typed) == "orange"
    assert county_key("San Bernardino County") == "san bernardino" and county_key("  ") is None


def test_the_county_filter_lists_a_countys_clients_as_the_cli_does(qtbot, window, repo, capsys):
    add_synthetic(repo, generate_clients(80, seed=7))
    two = probation_client("Olivia Dos Condados", case_number="30-2020-1")
    two.cases[0].county = "Orange County"  # typed in full on this one
    both = repo.add_client(two)
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    view = window.caseload
    names = [view.county.itemText(i) for i in range(view.county.count())]
    assert names[0] == "Any county" and "Orange" in names and "Orange County" not in names  # one county
    view.county.setCurrentIndex(view.county.findData("orange"))
    orange = _shown(view)
    assert both in orange
    expected = {row.id for row in repo.list_clients() if any(county_key(c.county) == "orange" for c in repo.get_client(row.id).cases)}
    assert orange == expected
    assert orange == _cli_ids(capsys, repo.path, "--county", "orange county")
    assert view.shown_label.text() == f"Showing {len(orange)} of 81 clients"
    # With the Remedy filter: Orange County's clients whom a remedy can help, as the CLI lists them.
    narrowing = 0
    for key in ("pc1203_4", "pc1203_425", "pc17b", "pc851_91", "prop47"):
        view.remedy.setCurrentIndex(view.remedy.findData(key))
        narrowed = _shown(view)
        assert narrowed <= orange
        assert narrowed == _cli_ids(capsys, repo.path, "--county", "Orange", "--remedy", key)
        narrowing += bool(narrowed) and narrowed < orange
    assert narrowing  # some remedy helps some of Orange County's clients, not all
    view.show_every_client()
    assert view.county.currentIndex() == 0 and view.proxy.rowCount() == 81


def test_a_countys_case_typed_joins_the_list_and_a_new_county_the_filter(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Kai Condado", case_number="BA9"))
    repo.add_client(probation_client("Lia Kern", case_number="BA8"))
    with repo._write() as conn:
        conn.execute("UPDATE cases SET county = 'Kern'")
    window.load()
    view = window.caseload
    view.county.setCurrentIndex(view.county.findData("kern"))
    assert len(_shown(view)) == 2
    client = repo.get_client(client_id)
    client.cases[0].county = "Fresno County"
    repo.save_client(client)
    window.client_changed(repo.get_client(client_id), None)
    assert client_id not in _shown(view)  # no case in Kern now
    assert view.county.findData("fresno") > 0  # the new county joins the filter
    assert view.county.currentData() == "kern"  # the choice kept


def test_alt_y_goes_to_the_county_filter_and_an_unknown_county_is_named(qtbot, window, repo, capsys):
    repo.add_client(probation_client("Mia Condado"))
    window.load()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.caseload
    view.search.setFocus()
    qtbot.waitUntil(view.search.hasFocus)
    qtbot.keyClick(view.search, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.county.hasFocus)
    capsys.readouterr()
    assert cli.main(["list", "--db", str(repo.path), "--county", "Fresno"]) != 0
    assert "no case is in the county 'Fresno'" in capsys.readouterr().err
