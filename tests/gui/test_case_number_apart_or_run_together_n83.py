"""The window's search box and `clinic-app list --search` find a case number stored with its
dashes or spaces by its end typed run together, and one stored plain by the end typed apart
(N83-01: "CR12345" found nobody stored "23 CR 12345")."""
from __future__ import annotations

from clinic_app import cli
from tests.gui.conftest import probation_client
from ui.models.caseload_model import COL_NAME


def _names(view) -> list[str]:
    return [view.proxy.index(row, COL_NAME).data() for row in range(view.proxy.rowCount())]


def _seed(repo) -> None:
    repo.add_client(probation_client("Dana Dashed", case_number="23 CR 12345"))
    repo.add_client(probation_client("Bea Apart", case_number="BA 123-456"))
    repo.add_client(probation_client("Pablo Plain", case_number="23CR54321"))


def test_the_search_box_finds_a_number_however_its_separators_were_typed(qtbot, window, repo):
    _seed(repo)
    window.load()
    view = window.caseload
    for typed, found in (("CR12345", ["Dana Dashed"]), ("123456", ["Bea Apart"]), ("CR-54321", ["Pablo Plain"])):
        view.search.clear()
        qtbot.keyClicks(view.search, typed)
        qtbot.waitUntil(lambda: _names(view) == found)
        assert view.shown_label.text() == "Showing 1 of 3 clients"


def test_clinic_app_list_search_finds_a_number_however_its_separators_were_typed(repo, capsys):
    _seed(repo)
    for typed, found in (("CR12345", "Dana Dashed"), ("123456", "Bea Apart"), ("CR 54321", "Pablo Plain")):
        assert cli.main(["list", "--db", str(repo.path), "--search", typed]) == 0
        out = capsys.readouterr().out
        assert found in out, (typed, out)
        assert sum(name in out for name in ("Dana Dashed", "Bea Apart", "Pablo Plain")) == 1, (typed, out)
