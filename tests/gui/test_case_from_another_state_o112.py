"""O112: a case from another state, as the County filter and intake's kept county see it.

O112-02: intake keeps the county for the next case ("Los Angeles" at a Los Angeles clinic), and a
Nevada case typed there (X110-02's "State or court:" box) was stored with it: the County filter
and `clinic-app list --county` then listed the client under Los Angeles, for a case no California
court heard.  A case marked another state's stores no California county; the box keeps it for the
next case.

O112-03: a case of another state stored with a county all the same (an import, the Record tab, an
intake before O112-02) counts in no county: the County filter, `list --county` and the line saved
while the list shows a county count a county only for a California case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app import cli
from tests.gui.conftest import probation_client, type_and_leave, type_intake_case, type_over
from tests.gui.test_county_not_given_c80 import _cli_ids, _shown
from tests.gui.test_intake_county_e70 import intake  # noqa: F401 - the fixture

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


def test_o112_02_intake_stores_no_california_county_for_a_nevada_case_and_keeps_it_for_the_next(qtbot, repo, intake):  # noqa: F811
    qtbot.keyClicks(intake.name, "Rosalind Ferreira")
    qtbot.keyClick(intake.name, Qt.Key.Key_Return)
    assert intake.client is not None and intake.county.text() == "Los Angeles"
    type_intake_case(qtbot, intake, "NV08-50005", "3/2/2008", offense="NRS 205.240", enter=False)
    type_over(qtbot, intake.jurisdiction, "NV")
    qtbot.keyClick(intake.jurisdiction, Qt.Key.Key_Return)
    type_intake_case(qtbot, intake, "BA100001", "1/15/2021", offense="484")
    cases = repo.get_client(intake.client.id).cases
    assert [(c.case_number, c.jurisdiction, c.county) for c in cases] == [("NV08-50005", "NV", None), ("BA100001", "CA", "Los Angeles")]
    assert intake.county.text() == "Los Angeles"  # kept for the next case all along
    assert repo.counties_of(intake.client.id) == ["Los Angeles"]


def test_o112_03_a_nevada_case_s_county_lists_its_client_under_no_county(qtbot, window, repo, capsys):
    nevada = probation_client("Rosalind Ferreira", case_number="NV08-50005")
    nevada.cases[0].jurisdiction = "NV"  # its county kept as "Los Angeles", as an import or intake stored it
    nevada_id = repo.add_client(nevada)
    clark = probation_client("Ana Afuera", case_number="NV09-1")
    clark.cases[0].jurisdiction, clark.cases[0].county = "NV", "Clark"
    clark_id = repo.add_client(clark)
    both = probation_client("Luis Ambos", case_number="BF1")
    both.cases[0].county = "Kern"
    both.cases.append(probation_client("x", case_number="NV10-2").cases[0])
    both.cases[1].id, both.cases[1].jurisdiction = "c2", "NV"
    both_id = repo.add_client(both)
    in_la = [repo.add_client(probation_client(name, case_number=number))
             for name, number in (("Nora Angeles", "BA1"), ("Luis Angeles", "BA2"))]
    window.load()
    view = window.caseload
    names = [view.county.itemText(i) for i in range(view.county.count())]
    assert names == ["Any county", "Kern", "Los Angeles"]  # no "Clark": no California county
    view.county.setCurrentIndex(view.county.findData("los angeles"))
    assert _shown(view) == set(in_la) == _cli_ids(capsys, repo.path, "--county", "Los Angeles")
    assert nevada_id not in _shown(view) and both_id not in _shown(view)
    view.county.setCurrentIndex(view.county.findData("kern"))
    assert _shown(view) == {both_id} == _cli_ids(capsys, repo.path, "--county", "Kern")
    capsys.readouterr()
    assert cli.main(["list", "--db", str(repo.path), "--county", "Clark"]) != 0
    assert "no case is in the county 'Clark'" in capsys.readouterr().err and clark_id
    # A Los Angeles case marked Nevada's on the Record tab while the list shows Los Angeles:
    # its client leaves the list, as one whose county is put right does.
    view.county.setCurrentIndex(view.county.findData("los angeles"))
    window.open_client(in_la[0])
    type_and_leave(qtbot, window.client_view.record.case_form.jurisdiction, "NV")
    window.client_view.save()  # saved on leaving the box already, where the Record tab does
    stored = repo.get_client(in_la[0]).cases[0]
    assert (stored.jurisdiction, stored.county) == ("NV", "Los Angeles")  # the Record tab keeps what the box holds
    assert _shown(view) == {in_la[1]} == _cli_ids(capsys, repo.path, "--county", "Los Angeles")

