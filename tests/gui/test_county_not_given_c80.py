"""C80-01: a case whose County box was cleared (the clinic did not know the court yet) was in no
county: the caseload list's County filter (Alt+Y) and `clinic-app list --county` listed its
client under none, though the client was in the caseload.  FORMAT.md's default of Los Angeles is
a request's that gives no county at all; the case form stores a cleared box as no county, and the
screening, the filing worksheet and the handout then name no court for it ("ask the court that
entered the conviction", "County not recorded").  So it is not listed under Los Angeles: the
filter has a "County not given" choice after the counties, and `--county "not given"` the same."""

from __future__ import annotations

from clinic_app import cli
from clinic_app.counties import NOT_GIVEN, NOT_GIVEN_NAME
from clinic_app.eligibility.prop47 import _local_form
from clinic_app.model import Case
from clinic_app.counties import court_of
from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client

def _shown(view) -> set[int]:
    return {view.proxy.client_id(i) for i in range(view.proxy.rowCount())}

def _cli_ids(capsys, path, *args: str) -> set[int]:
    capsys.readouterr()
    assert cli.main(["list", "--db", str(path), *args]) == 0
    return {int(line.split("\t")[0]) for line in capsys.readouterr().out.splitlines()}

def test_a_case_given_no_county_names_no_court_los_angeles_or_any():
    blank = Case(id="c1", county=None)
    assert court_of(blank) == "County not recorded, CA"
    assert _local_form(blank) == "no statewide form was found, so ask the court that entered the conviction which form it takes"
    assert "Los Angeles" in _local_form(Case(id="c1"))  # FORMAT.md's default: a request giving no county

def test_a_cleared_county_is_listed_under_county_not_given(qtbot, window, repo, capsys):
    cleared = repo.add_client(probation_client("Nora Sincondado", case_number="BA1"))
    in_la = repo.add_client(probation_client("Luis Angeles", case_number="BA2"))
    away = probation_client("Ana Afuera", case_number="F3")
    away.cases[0].jurisdiction, away.cases[0].county = "NV", None  # another state's case: in no California county
    away_id = repo.add_client(away)
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    window.open_client(cleared)
    view = window.client_view
    view.record.case_form.county.setText("")  # the County box cleared
    assert view.save()
    assert repo.get_client(cleared).cases[0].county is None
    list_view = window.caseload
    names = [list_view.county.itemText(i) for i in range(list_view.county.count())]
    assert names == ["Any county", "Los Angeles", NOT_GIVEN_NAME]
    list_view.county.setCurrentIndex(list_view.county.findData(NOT_GIVEN))
    assert _shown(list_view) == {cleared}
    assert _cli_ids(capsys, repo.path, "--county", "not given") == {cleared}
    assert _cli_ids(capsys, repo.path, "--county", "County not given") == {cleared}
    list_view.county.setCurrentIndex(list_view.county.findData("los angeles"))
    assert _shown(list_view) == {in_la} == _cli_ids(capsys, repo.path, "--county", "Los Angeles")
    assert away_id not in _cli_ids(capsys, repo.path, "--county", "not given")

def test_a_county_typed_again_leaves_county_not_given(qtbot, window, repo, capsys):
    client = probation_client("Nora Sincondado", case_number="BA1")
    client.cases[0].county = None
    client_id = repo.add_client(client)
    repo.add_client(probation_client("Luis Angeles", case_number="BA2"))
    window.load()
    view = window.caseload
    view.county.setCurrentIndex(view.county.findData(NOT_GIVEN))
    assert _shown(view) == {client_id}
    client = repo.get_client(client_id)
    client.cases[0].county = "Kern"
    repo.save_client(client)
    window.client_changed(repo.get_client(client_id), None)
    assert view.county.findData(NOT_GIVEN) == -1  # no case is without a county now
    assert view.county.currentIndex() == 0 and _shown(view) == {client_id, client_id + 1}
    capsys.readouterr()
    assert cli.main(["list", "--db", str(repo.path), "--county", "not given"]) != 0
    assert "no case is in the county 'not given'" in capsys.readouterr().err
