"""F83-02: a record's text the Record tab reads back stripped, as an import keeps it (a name "  Ana
Ruiz ", a county " Los Angeles " or "", a case number " ba100001 " or ""), was rewritten by the
first save of anything else on the client: an edit the user never made ("Edit name"), which, as
in F83-01, a redo after an undo was lost to.  The forms now keep the record's own text while
their field shows it: opening and saving an untouched client writes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import probation_client
from tests.gui.test_checklist_keyboard import open_on_tab

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
CTRL = Qt.KeyboardModifier.ControlModifier


def _imported():
    client = probation_client("Ana Ruiz")
    client.name = "  Ana  Ruiz "
    client.phone = " (213) 555-0100 "
    case = client.cases[0]
    case.county, case.case_number = " Los Angeles ", " ba100001 "
    return client


def _kept(repo, client_id):
    client = repo.get_client(client_id)
    case = client.cases[0]
    return client.name, client.phone, case.county, case.case_number


def test_f83_02_an_untouched_client_with_text_stored_with_spaces_saves_nothing(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, _imported(), 0)
    assert view._changed(view._checked()[1]) is None
    assert not view.save()
    assert _kept(repo, client_id) == ("  Ana  Ruiz ", " (213) 555-0100 ", " Los Angeles ", " ba100001 ")


def test_f83_02_a_blank_county_stored_as_empty_text_is_no_edit(qtbot, window, repo):
    client = probation_client("Bea Campo")
    client.cases[0].county, client.cases[0].case_number = "", ""  # as an import keeps "county": ""
    view, client_id = open_on_tab(qtbot, window, repo, client, 0)
    assert view._changed(view._checked()[1]) is None
    assert not view.save()


def test_f83_02_another_field_saved_leaves_the_text_as_recorded_and_a_field_typed_over_is_stored(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, _imported(), 0)
    county = view.record.case_form.county
    county.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(county.hasFocus)
    county.selectAll()
    qtbot.keyClicks(county, "Kern")
    qtbot.keyClick(county, Qt.Key.Key_S, CTRL)
    assert _kept(repo, client_id) == ("  Ana  Ruiz ", " (213) 555-0100 ", "Kern", " ba100001 ")
