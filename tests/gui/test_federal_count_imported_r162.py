"""R162-01: an import writes a federal count as the request has it, code "other" and section
"18 U.S.C. § 1343" (FORMAT.md).  The Record tab shows it so, but read it back as "18 USC 1343"
(F161-01's reading of a typed citation), which is not the record's: the first save of anything
else on the client rewrote the count ("Saved: ..., section"), as F83-01 was for "PC 459"."""

from __future__ import annotations

import pytest
from clinic_app.catalog import load_catalog
from clinic_app.screening_format import client_from_request
from clinic_app.typed_sections import read_typed_section
from tests.gui.test_checklist_keyboard import open_on_tab
from tests.gui.test_section_stored_with_its_code_f83 import PERSON, _sections, name_saved

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")
# As a federal judgment, and so an import request, writes them.
FEDERAL = [("other", "18 U.S.C. § 1343"), ("other", "21 U.S.C. 844"), ("other", "18 usc 922(g)")]


def _imported():
    counts = [{"id": f"c{n}", "code": code, "section": section, "level": "felony", "wobbler": None,
               "conviction_date": "2016-05-10"} for n, (code, section) in enumerate(FEDERAL, 1)]
    return client_from_request({
        "client": {"name": "Andre Testimport"}, "as_of": "2026-11-15", "person": PERSON,
        "cases": [{"id": "2:16-cr-00412", "outcome": "convicted", "jurisdiction": "federal", "convictions": counts,
                   "sentence": {"type": "state_prison", "judgment_date": "2016-05-10",
                                "custody": {"release_date": "2019-05-10"}}}]})


@pytest.mark.parametrize("recorded", FEDERAL)
def test_r162_01_a_federal_count_shown_and_left_is_stored_as_recorded(recorded):
    from clinic_app.catalog import as_written

    assert read_typed_section(load_catalog(), as_written(*recorded), recorded).stored == recorded


def test_r162_01_a_name_saved_rewrites_no_imported_federal_count(qtbot, window, repo):
    view, client_id = open_on_tab(qtbot, window, repo, _imported(), 0)
    assert _sections(repo, client_id)[0] == FEDERAL
    shown = [row.offense.text() for row in view.record.case_form.convictions.rows]
    assert shown == ["18 U.S.C. § 1343", "21 U.S.C. 844", "18 usc 922(g)"]
    assert view._changed(view._checked()[1]) is None, "an untouched federal case would be saved"
    name_saved(qtbot, view, "Andre Testimport Ruiz")
    assert repo.get_client(client_id).name == "Andre Testimport Ruiz"
    assert _sections(repo, client_id)[0] == FEDERAL
    said = window.statusBar().currentMessage()
    assert "section" not in said, said
