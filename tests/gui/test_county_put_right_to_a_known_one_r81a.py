"""R81a-01: the County filter showing "County not given" (C80-01), the one such case given
"Los Angeles", a county the caseload had already, kept the choice chosen over an empty list
("Showing 0 of 2 clients"), where `clinic-app list --county "not given"` said no case is in it;
and the same for a county's last case put right to a county already there (Kern to Los
Angeles): R77-01 refilled the filter only for a county new to the caseload.  The choice the
client's last case left now goes, and the box says "Any county", as for a new county."""

from __future__ import annotations

from clinic_app import cli
from clinic_app.counties import NOT_GIVEN, NOT_GIVEN_NAME
from db.rescreen import rescreen_caseload
from tests.gui.conftest import TODAY, probation_client


def _shown(view) -> set[int]:
    return {view.proxy.client_id(i) for i in range(view.proxy.rowCount())}


def _choices(view) -> list[str]:
    return [view.county.itemText(i) for i in range(view.county.count())]


def _put_right(window, client_id: int, county: str) -> None:
    window.open_client(client_id)
    window.client_view.record.case_form.county.setText(county)
    assert window.client_view.save()


def test_county_not_given_goes_when_its_case_is_given_a_county_the_caseload_has(qtbot, window, repo, capsys):
    blank = probation_client("Nora Sincondado", case_number="BA1")
    blank.cases[0].county = None
    blank_id = repo.add_client(blank)
    in_la = repo.add_client(probation_client("Luis Angeles", case_number="BA2"))
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    view = window.caseload
    view.county.setCurrentIndex(view.county.findData(NOT_GIVEN))
    assert _shown(view) == {blank_id}
    _put_right(window, blank_id, "Los Angeles")
    assert _choices(view) == ["Any county", "Los Angeles"]
    assert view.county.currentIndex() == 0 and _shown(view) == {blank_id, in_la}
    capsys.readouterr()
    assert cli.main(["list", "--db", str(repo.path), "--county", "not given"]) != 0  # the list and the CLI agree
    assert NOT_GIVEN_NAME not in capsys.readouterr().out


def test_a_county_goes_when_its_last_case_is_put_right_to_a_county_the_caseload_has(qtbot, window, repo):
    kern = probation_client("Kim Campo", case_number="BA1")
    kern.cases[0].county = "Kern"
    kern_id = repo.add_client(kern)
    other = probation_client("Kai Campo", case_number="BA3")
    other.cases[0].county = "Kern"
    other_id = repo.add_client(other)
    in_la = repo.add_client(probation_client("Luis Angeles", case_number="BA2"))
    rescreen_caseload(repo, TODAY, workers=1)
    window.load()
    view = window.caseload
    view.county.setCurrentIndex(view.county.findData("kern"))
    _put_right(window, kern_id, "LA")  # one of two: Kern stays chosen, its other client listed
    assert view.county.currentText() == "Kern" and _shown(view) == {other_id}
    _put_right(window, other_id, "Los Angeles")  # the last
    assert _choices(view) == ["Any county", "Los Angeles"]
    assert view.county.currentIndex() == 0 and _shown(view) == {kern_id, other_id, in_la}
