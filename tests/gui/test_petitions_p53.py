"""P53: the Record tab keeps, per case, the petitions filed with the court: "Add petition filed"
(the remedy chosen from those screened for the case, filed today unless typed), edit, remove,
each an undoable step; and the caseload line then reads "Filed ...", not "File now"."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from clinic_app.line_action import next_action
from clinic_app.model import Petition
from tests.gui.conftest import TODAY, list_line, open_on_record, probation_client, type_over

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def test_p53_a_petition_added_on_the_record_tab_is_kept_read_by_the_list_and_undone(qtbot, window, repo):
    client_id, form = open_on_record(window, repo, probation_client("Petra Peticion"))
    assert next_action(list_line(repo, client_id), TODAY)[0] == "File now"
    assert form.petitions.add_button.isVisibleTo(form)
    qtbot.mouseClick(form.petitions.add_button, Qt.MouseButton.LeftButton)
    (row,) = form.petitions.rows
    keys = [row.remedy.itemData(i) for i in range(row.remedy.count())]
    assert keys[0] == "pc1203_4" and "pc1203_425" not in keys  # screened for the case; automatic relief is never filed
    assert row.filed.value() == TODAY
    assert row.remedy.hasFocus()  # type straight on
    assert (row.remedy.accessibleName(), row.hearing.accessibleName(), row.remove.accessibleName()) == (
        "Remedy the petition asks for", "Hearing date", f"Remove the PC 1203.4 petition of {TODAY.isoformat()}")  # K423-01
    type_over(qtbot, row.hearing, "2027-01-10")
    qtbot.keyClick(row.hearing, Qt.Key.Key_Tab)  # left: saved
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions != [])
    assert repo.get_client(client_id).cases[0].petitions == [Petition("pc1203_4", TODAY, hearing_on=date(2027, 1, 10))]
    assert next_action(list_line(repo, client_id), TODAY)[0] == "Filed 2026-11-22; hearing 2027-01-10"
    assert window.undo_action.text() == "&Undo Edit Case BA100001, petitions (Petra Peticion)"

    window.undo_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions == []
    assert next_action(list_line(repo, client_id), TODAY)[0] == "File now"
    window.redo_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].hearing_on == date(2027, 1, 10)


def test_p53_a_ruling_edited_and_a_petition_removed_are_undoable_steps(qtbot, window, repo):
    client = probation_client("Rita Ruling")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2))]
    client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    assert row.filed.value() == date(2026, 11, 2)
    row.ruling.setFocus()
    row.ruling.setCurrentIndex(row.ruling.findData("denied"))
    type_over(qtbot, row.ruled, "2026-11-20")
    qtbot.keyClick(row.ruled, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: repo.get_client(client_id).cases[0].petitions[0].ruling_on is not None)
    assert repo.get_client(client_id).cases[0].petitions[0].ruling == "denied"
    assert next_action(list_line(repo, client_id), TODAY)[0] == "Denied 2026-11-20: attorney to review"

    qtbot.mouseClick(form.petitions.rows[0].remove, Qt.MouseButton.LeftButton)
    assert repo.get_client(client_id).cases[0].petitions == []
    window.undo_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions[0].ruling == "denied"
    assert len(form.petitions.rows) == 1


def test_p53_a_ruling_dated_before_the_filing_is_refused_in_words(qtbot, window, repo):
    client = probation_client("Dora Dates")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2))]
    client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    row.ruling.setCurrentIndex(row.ruling.findData("granted"))
    type_over(qtbot, row.ruled, "2026-10-01")
    assert "Petition: The ruling is dated before the filing" in form.validate()


def test_p53_the_next_action_column_shows_a_filing_and_its_hearing_whole(qtbot, window, repo):
    """At 1280 pixels "Filed 2026-11-02; hearing 2027-01-10" was cut to "Filed 2026-11-02;...
    2026-11-25": the hearing day, what the clinic prepares for, half hidden."""
    from ui.caseload_view import COL_NEXT

    client = probation_client("Hana Hearing")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2), hearing_on=date(2027, 1, 10))]
    client_id, _form = open_on_record(window, repo, client)
    window.client_view.back_requested.emit()
    window.load()
    view = window.caseload
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 1)
    text = view.proxy.index(0, COL_NEXT).data()
    assert text == "Filed 2026-11-02; hearing 2027-01-10"
    assert view.table.horizontalHeader().sectionSize(COL_NEXT) > view.table.fontMetrics().horizontalAdvance(text) + 8


def test_r54_a_petition_granted_and_recorded_names_its_remedy_by_its_title(qtbot, window, repo):
    """R54-01: once the relief a petition asked for is recorded on the count, the screening no
    longer weighs that remedy for the case; the petition's box then showed its registry key,
    "pc1203_4", among the titles of the others (17(b), Prop 47 ...)."""
    from clinic_app.model import ReliefGranted

    client = probation_client("Gracia Concedida", section="487")
    count = client.cases[0].convictions[0]
    count.level, client.cases[0].sentence.probation.kind = "felony", "formal"
    count.relief_granted = [ReliefGranted("pc1203_4", date(2026, 11, 20))]
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 10, 2), ruling="granted", ruling_on=date(2026, 11, 20))]
    _client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    assert "pc1203_4" not in window.client_view._remedies_screened("c1")  # the case this is about
    assert row.remedy.currentData() == "pc1203_4"
    assert row.remedy.currentText() == "Dismissal after probation (PC 1203.4)"
    assert "pc1203_4" not in [row.remedy.itemText(i) for i in range(row.remedy.count())]


def test_r54_a_hearing_dated_before_the_filing_is_refused_in_words(qtbot, window, repo):
    """R54-06: a hearing before the petition was filed (the year slipped) was saved, and the
    caseload line read "Filed 2026-11-02; hearing 2026-10-02"."""
    client = probation_client("Helena Fechas")
    client.cases[0].petitions = [Petition("pc1203_4", date(2026, 11, 2))]
    client_id, form = open_on_record(window, repo, client)
    (row,) = form.petitions.rows
    type_over(qtbot, row.hearing, "2026-10-02")
    assert "Petition: The hearing is dated before the filing" in form.validate()
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].petitions == [Petition("pc1203_4", date(2026, 11, 2))]
    assert row.message.text() == "The hearing is dated before the filing"
    type_over(qtbot, row.hearing, "2027-01-12")
    assert form.validate() == []
