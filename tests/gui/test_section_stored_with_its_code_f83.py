"""F83-01: a count whose section is stored with its code in it, as `clinic-app import` stores a
request's section as written ("PC 459"; "VC 23152(b)" under code PC; "HS 11350(a)"), was read
by the Record tab's case form as code PC and section "459".  So the first save of anything else
on the client rewrote each such count ("Saved: Edit Case BA100001, conviction 1, section"), and
after Ctrl+Z, the save made before the redo found that difference again and stored it as a new
step: Ctrl+Shift+Z redid nothing (R82b's left alone).  The form now keeps a stored section as
written while its field shows it: opening and saving an untouched client writes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clinic_app.screening_format import client_from_request
from tests.gui.test_checklist_keyboard import open_on_tab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
CTRL = Qt.KeyboardModifier.ControlModifier
PERSON = {"dob": "1980-01-02", "registrant_290": False, "us_citizen": True, "ca_resident_since": None, "pending_charges": False,
          "on_supervision": None, "fire_camp": False, "trafficking_survivor": False}
PROBATION = {"type": "probation", "judgment_date": "2015-03-02",
             "probation": {"kind": "summary", "start": "2015-03-02", "end": "2018-03-02", "early_termination": None,
                           "violations": [], "status": "completed"}}
# As an import file or an older record writes them: the code inside the section.
SECTIONS = [("PC", "PC 459"), ("PC", "VC 23152(b)"), ("HS", "HS 11350(a)"), ("PC", "664/211"), ("PC", "459 PC")]


def _imported():
    """The client `clinic-app import` stores for such a request (the request read as it reads it)."""
    counts = [{"id": f"c{n}", "code": code, "section": section, "level": "misdemeanor", "wobbler": None,
               "conviction_date": "2015-03-02"} for n, (code, section) in enumerate(SECTIONS, 1)]
    return client_from_request({
        "client": {"name": "Importada Seccion"}, "as_of": "2026-11-15", "person": PERSON,
        "cases": [{"id": "BA100001", "outcome": "convicted", "county": "Los Angeles", "convictions": counts, "sentence": PROBATION},
                  {"id": "BA100002", "outcome": "dismissed", "county": "Los Angeles",
                   "arrest_offenses": [{"code": "PC", "section": "HS 11350", "level": "felony"}]}]})


def _sections(repo, client_id):
    return [[(c.code, c.section) for c in case.convictions] + [(a.code, a.section) for a in case.arrest_offenses]
            for case in repo.get_client(client_id).cases]


def test_f83_01_an_untouched_client_with_sections_stored_with_their_code_saves_nothing(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, _imported(), 0)
    assert _sections(repo, client_id)[0] == SECTIONS  # stored as written
    shown = [row.offense.text() for row in view.record.case_form.convictions.rows]
    assert shown == ["PC 459", "VC 23152(b)", "HS 11350(a)", "PC 664/211", "459 PC"]
    for index in (0, 1):
        view.record.cases.setCurrentRow(index)
        assert view.record.shown_case == index
        assert view._changed(view._checked()[1]) is None, f"case {index}: an untouched case would be saved"
        assert not view.save()
    assert _sections(repo, client_id) == [SECTIONS, [("PC", "HS 11350")]]
    arrest_field = view.record.case_form.arrest_offenses.rows[0].section
    assert arrest_field.text() == "HS 11350"  # not "PC HS 11350"


def name_saved(qtbot, view, name_typed: str) -> None:
    """The client's name typed over on the Record tab and saved with Ctrl+S: nothing else touched."""
    name = view.record.person.name
    name.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(name.hasFocus)
    name.selectAll()
    qtbot.keyClicks(name, name_typed)
    qtbot.keyClick(name, Qt.Key.Key_S, CTRL)


def test_f83_01_a_name_saved_then_undone_is_redone_and_the_sections_stay_as_written(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, _imported(), 0)
    name_saved(qtbot, view, "Importada Seccion Ruiz")
    assert repo.get_client(client_id).name == "Importada Seccion Ruiz"
    assert _sections(repo, client_id)[0] == SECTIONS  # the name's save rewrote no count
    said = window.statusBar().currentMessage()
    assert "section" not in said, said
    elsewhere = view.record.person.dob  # gone on: Ctrl+Z in the name would undo its typing first
    elsewhere.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(elsewhere.hasFocus)

    qtbot.keyClick(elsewhere, Qt.Key.Key_Z, CTRL)
    assert repo.get_client(client_id).name == "Importada Seccion"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert repo.get_client(client_id).name == "Importada Seccion Ruiz", window.statusBar().currentMessage()
    assert _sections(repo, client_id)[0] == SECTIONS


def test_f83_01_a_section_typed_over_is_still_stored_as_the_form_stores_it(qtbot, window, repo):
    """The record's writing is kept only while the field shows it: "459" typed over "PC 459" is a change."""
    view, client_id = open_on_tab(qtbot, window, repo, _imported(), 0)
    row = view.record.case_form.convictions.rows[0]
    row.offense.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(row.offense.hasFocus)
    row.offense.selectAll()
    qtbot.keyClicks(row.offense, "484(a)")
    qtbot.keyClick(row.offense, Qt.Key.Key_S, CTRL)
    assert _sections(repo, client_id)[0] == [("PC", "484(a)"), *SECTIONS[1:]]
