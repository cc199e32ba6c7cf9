"""G49: a section typed without its code ("23152") at intake and on the Record tab is read as
the one code the offense catalog has it in, said under the field, and stored so."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY, probation_client, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

DUI = "VC 23152 Driving under the influence (DUI) - misdemeanor"


def _intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog, before_close_func=lambda d: d._clear_case())
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Gil Testbare")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.client is not None
    return dialog


def _type_case(qtbot, dialog, offense: str, case_number: str = "9VY04900") -> None:
    qtbot.keyClicks(dialog.case_number, case_number)
    dialog.conviction.offense.setFocus()
    qtbot.keyClicks(dialog.conviction.offense, offense)
    qtbot.keyClicks(dialog.conviction.date, "6/5/2019")
    dialog.conviction.offense.setFocus()


@pytest.fixture
def shared_number(monkeypatch):
    """The catalog the forms read, with a synthetic PC 23152 beside VC 23152: a number two codes have."""
    import ui.case_rows
    from clinic_app.catalog import Catalog, load_catalog

    shipped = list(load_catalog())
    dui = next(o for o in shipped if (o.code, o.section) == ("VC", "23152"))
    monkeypatch.setattr(ui.case_rows, "_catalog", Catalog([*shipped, dataclasses.replace(dui, code="PC", description="Synthetic Penal Code row")]))


def test_intake_23152_and_enter_stores_the_vehicle_code_dui(qtbot, repo):
    """It was stored PC 23152, and the screening said needs_review "unknown section PC 23152"."""
    dialog = _intake(qtbot, repo)
    _type_case(qtbot, dialog, "23152")
    assert dialog.conviction.message.text() == f"{DUI} (read as Vehicle Code: the only code in the offense catalog with 23152)"
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    (conviction,) = repo.get_client(dialog.client.id).cases[0].convictions
    assert (conviction.code, conviction.section, conviction.citation) == ("VC", "23152", "VC 23152")
    words = " ".join(r.text for d in dialog.screening.results for r in d.reasons)
    assert "PC 23152" not in words and "unknown" not in words.lower()


def test_intake_11350_is_health_and_safety_and_459_stays_penal_code(qtbot, repo):
    dialog = _intake(qtbot, repo)
    _type_case(qtbot, dialog, "11350")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Return)
    _type_case(qtbot, dialog, "459", "9VY04901")  # a second case: intake refuses the first's number again (J64-03)
    assert dialog.conviction.message.text().startswith("PC 459 Burglary")
    assert "read as" not in dialog.conviction.message.text()  # the Penal Code, as ever: nothing to say
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Return)
    cases = repo.get_client(dialog.client.id).cases
    assert [c.convictions[0].citation for c in cases] == ["HS 11350", "PC 459"]


def test_intake_a_number_two_codes_have_is_asked_until_the_code_is_typed(qtbot, repo, shared_number):
    dialog = _intake(qtbot, repo)
    _type_case(qtbot, dialog, "23152")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Return)
    assert not repo.get_client(dialog.client.id).cases  # not added as either
    asked = ("23152 is in the Penal Code and the Vehicle Code in the offense catalog: type the code, "
             "“PC 23152” (Synthetic Penal Code row) or “VC 23152” (Driving under the influence (DUI))")
    assert dialog.conviction.message.text() == asked and dialog.conviction.message.is_error
    assert dialog.conviction.wobbler.currentData() is None  # neither row's facts taken
    dialog.conviction.offense.selectAll()
    qtbot.keyClicks(dialog.conviction.offense, "VC 23152")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Return)
    (case,) = repo.get_client(dialog.client.id).cases
    assert case.convictions[0].citation == "VC 23152"


def test_record_tab_23152_typed_over_a_count_is_saved_as_the_vehicle_code_dui(qtbot, window, repo):
    client_id = repo.add_client(probation_client("Dora Drivebare"))
    window.load()
    window.open_client(client_id)
    (count,) = window.client_view.record.case_form.convictions.rows
    count.offense.setFocus()
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, "23152")
    assert count.message.text() == f"{DUI} (read as Vehicle Code: the only code in the offense catalog with 23152)"
    assert not count.message.is_error
    view = window.client_view
    assert view.save_button.isEnabled(), view.save_button.toolTip()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert repo.get_client(client_id).cases[0].convictions[0].citation == "VC 23152"


def test_record_tab_pc_typed_is_kept_and_still_names_the_code_that_has_it(qtbot, window, repo):
    """The code typed is the user's: "PC 23152" stays PC, with E27-05's note."""
    client_id = repo.add_client(probation_client("Pia Penalbare"))
    window.load()
    window.open_client(client_id)
    (count,) = window.client_view.record.case_form.convictions.rows
    count.offense.setFocus()
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, "PC 23152")
    assert count.message.text().startswith("PC 23152: not in the offense catalog, but VC 23152 Driving under the influence")
    assert count.match().code == "PC"


def test_record_tab_arrest_offense_typed_bare_is_read_in_its_code(qtbot, shared_number):
    from ui.case_rows import ArrestOffenseRow

    row = ArrestOffenseRow(None)
    qtbot.addWidget(row)
    qtbot.keyClicks(row.section, "11350")
    assert (row.value().code, row.value().section) == ("HS", "11350")
    row.section.setText("23152")
    assert row.validate() and "type the code" in row.message.text()  # two codes: asked
