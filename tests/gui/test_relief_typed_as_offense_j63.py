"""J63-02: a new volunteer copied the intake sheet's "seeking: PC 1203.4" into a count's Offense
field.  The field said "PC 1203.4: not in the offense catalog; it can be saved and will be
marked for attorney review", as of a rare offense, and nothing said that PC 1203.4 is the
dismissal itself.  It now says the section is a law of relief, which one, and where the
offense and relief already granted go; an offense, however near its number, reads as before."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.catalog import load_catalog
from clinic_app.typed_sections import read_typed_section, relief_named
from tests.gui.conftest import probation_client

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _typed_over_the_count(qtbot, window, repo, typed: str):
    client_id = repo.add_client(probation_client("Rita Reliefbare"))
    window.load()
    window.open_client(client_id)
    (count,) = window.client_view.record.case_form.convictions.rows
    count.offense.setFocus()
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, typed)
    qtbot.keyClick(count.offense, Qt.Key.Key_Escape)  # the suggestions closed
    count.level.setFocus()  # the field left
    return count


@pytest.mark.parametrize(("typed", "law"), [
    ("PC1203.4", "PC 1203.4 is a law of relief (Dismissal after probation (PC 1203.4)), not an offense"),
    ("1203.4a", "PC 1203.4a is a law of relief (Dismissal without probation or of an infraction (PC 1203.4a)), not an offense"),
    ("11361.8", "PC 11361.8 is a law of relief (Prop 64 marijuana relief (HS 11361.8)), not an offense"),
])
def test_j63_02_a_law_of_relief_typed_as_the_offense_is_said_to_be_one(qtbot, window, repo, typed, law):
    count = _typed_over_the_count(qtbot, window, repo, typed)
    said = count.message.text()
    assert said.startswith(law), said
    assert "type the section the person was convicted under" in said and "Add relief already granted" in said
    assert not count.message.is_error  # a note: saved as typed, the screening asks an attorney


def test_j63_02_an_offense_reads_as_before(qtbot, window, repo):
    count = _typed_over_the_count(qtbot, window, repo, "PC 1203.9")  # no law of relief, no offense of the catalog
    assert count.message.text() == "PC 1203.9: not in the offense catalog; it can be saved and will be marked for attorney review"
    catalog = load_catalog()
    for offense in ("459", "PC 236.1", "HS 11360", "647(b)", "664/1203.4"):
        assert relief_named(read_typed_section(catalog, offense).match) is None, offense
