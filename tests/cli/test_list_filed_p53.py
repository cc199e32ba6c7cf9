"""P53: `clinic-app list --outcome filed` lists the clients whose every petition to file now is
filed and awaiting the court, and `--hearing-within 7` those with a hearing in the coming week,
the court's state said on each line: the same clients as the window's "Filed, awaiting the
court" and "Hearing within 7 days"."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt

from clinic_app.model import Petition
from db.repository import Repository
from tests.automatic_relief import to_file
from tests.cli.test_cli import clinic_app
from ui.models.caseload_model import CaseloadFilter


def test_p53_list_filed_and_hearings_within_a_week_as_the_window_does(tmp_path):
    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        filed, soon, not_filed = (repo.add_client(to_file(name)) for name in ("Fabiola Filed", "Hector Hearing", "Nora Nada"))
        for client_id, petition in ((filed, Petition("pc1203_4", date(2026, 11, 2))),
                                    (soon, Petition("pc1203_4", date(2026, 11, 20), hearing_on=date(2026, 12, 8)))):
            client = repo.get_client(client_id)
            client.cases[0].petitions.append(petition)
            repo.save_client(client)
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0

    def listed(*options: str) -> list[str]:
        result = clinic_app("list", "--db", str(db), "--as-of", "2026-12-02", *options)
        assert result.returncode == 0, result.stderr
        return result.stdout.splitlines()

    assert [line.split("\t")[1:2] + line.split("\t")[3:] for line in listed("--outcome", "filed")] == [
        ["Fabiola Filed", "Filed 2026-11-02; awaiting ruling"], ["Hector Hearing", "Filed 2026-11-20; hearing 2026-12-08"]]
    assert [line.split("\t")[1] for line in listed("--outcome", "eligible_now_to_file")] == ["Nora Nada"]
    assert [line.split("\t")[1] for line in listed("--hearing-within", "7")] == ["Hector Hearing"]
    assert listed("--hearing-within", "5") == []
    assert json.loads(listed("--hearing-within", "7", "--json")[0])["court"] == "Filed 2026-11-20; hearing 2026-12-08"
    with Repository.open(db) as repo:
        rows = repo.list_clients()
    assert sorted(r.id for r in rows if CaseloadFilter(outcome="filed").accepts(r)) == [filed, soon]
    week = CaseloadFilter(hearing_from=date(2026, 12, 2), hearing_by=date(2026, 12, 9))
    assert [r.id for r in rows if week.accepts(r)] == [soon]


def test_r54_a_client_listed_by_a_hearing_has_it_said_though_not_all_is_filed(tmp_path):
    """R54-03: a petition filed on one case, with its hearing next week, and the other case's
    still to file: `--hearing-within 7` listed the client "not all filed", the day to prepare
    for said nowhere; the window's line said "File now", its tooltip no hearing either."""
    import copy

    from ui.models.caseload_model import COL_NEXT, CaseloadModel

    db = tmp_path / "caseload.sqlite"
    with Repository.open(db) as repo:
        client = to_file("Rosa Dos Casos")
        second = copy.deepcopy(client.cases[0])
        second.id, second.case_number = "b", "LA100300"
        client.cases.append(second)
        client.cases[0].petitions.append(Petition("pc1203_4", date(2026, 11, 20), hearing_on=date(2026, 12, 8)))
        repo.add_client(client)
    assert clinic_app("rescreen", "--db", str(db), "--as-of", "2026-12-02").returncode == 0
    result = clinic_app("list", "--db", str(db), "--as-of", "2026-12-02", "--hearing-within", "7")
    assert [line.split("\t")[1:2] + line.split("\t")[3:] for line in result.stdout.splitlines()] == [
        ["Rosa Dos Casos", "not all filed; hearing 2026-12-08"]]
    with Repository.open(db) as repo:
        (row,) = repo.list_clients()
    model = CaseloadModel(today=lambda: date(2026, 12, 2))  # the day listed on, not the clock's
    model.set_rows([row])
    tip = model.data(model.index(0, COL_NEXT), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("File now; hearing 2026-12-08")
