"""K51: an attempt (PC 664) typed as a count's offense, on the Record tab and at intake, is
stored with its "664/", as an import file writes it (FORMAT.md `section: "664/187"`), and
shown so; the catalog and the engine read it as the attempt it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clinic_app.catalog import load_catalog
from tests.gui.conftest import show_active, type_count_offense
from tests.gui.test_bare_section_g49 import _intake, _type_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

# Typed, then (code, section) stored and the citation the field shows when the client is reopened.
ATTEMPTS = [
    ("664/459", ("PC", "664/459"), "PC 664/459"),
    ("PC 664/211", ("PC", "664/211"), "PC 664/211"),
    ("664 / 459", ("PC", "664/459"), "PC 664/459"),
    ("664/23152", ("VC", "664/23152"), "VC 664/23152"),      # the code of the offense attempted
    ("664/VC 23152", ("VC", "664/23152"), "VC 664/23152"),   # a code given after the slash
    ("664(a)/187", ("PC", "664(a)/187"), "PC 664(a)/187"),   # 664's subdivision kept as typed
]


@pytest.mark.parametrize("typed, stored, shown", ATTEMPTS)
def test_k51_01_an_attempt_typed_on_the_record_tab_is_stored_as_one(qtbot, window, repo, typed, stored, shown):
    """"664/459" typed and saved was stored PC 459: the screening, the Cases list and the
    handout said burglary, and the field said "PC 459" when the client was opened again."""
    client_id, count = type_count_offense(qtbot, window, repo, "Hal Testattempt", typed)
    assert count.offense.text() == typed  # while typing, the field is the user's
    window.save_action.trigger()
    (conviction,) = repo.get_client(client_id).cases[0].convictions
    assert (conviction.code, conviction.section) == stored
    assert load_catalog().lookup(conviction.code, conviction.section).attempt
    # Opened again from the repository, the count says the attempt.
    window.open_client(client_id)
    (count,) = window.client_view.record.case_form.convictions.rows
    assert count.offense.text() == shown
    assert count.value().section == stored[1]  # and saving it again keeps it


def test_k51_01_an_attempt_read_in_another_code_shows_as_stored_on_leaving(qtbot, window, repo):
    """A bare section read in its one code shows as stored once left (I50-02); an attempt
    was left as typed, since the record kept it without its 664/."""
    client_id, count = type_count_offense(qtbot, window, repo, "Ida Testleave", "664/23152")
    assert count.offense.text() == "664/23152" and count.offense.cursorPosition() == 9  # not while typing
    if count.offense.completer().popup().isVisible():
        qtbot.keyClick(count.offense.completer().popup(), Qt.Key.Key_Escape)
    qtbot.keyClick(count.offense, Qt.Key.Key_Tab)
    assert count.offense.text() == "VC 664/23152"
    conviction = repo.get_client(client_id).cases[0].convictions[0]
    assert conviction.citation == "VC 664/23152"
    assert not window.client_view.save_button.isEnabled()  # showing what is stored is no change


@pytest.mark.parametrize("typed, stored, shown", ATTEMPTS[:4])
def test_k51_01_an_attempt_added_at_intake_is_stored_as_one(qtbot, repo, typed, stored, shown):
    """Intake's count is the Record tab's row: it dropped the 664/ alike."""
    dialog = _intake(qtbot, repo)
    _type_case(qtbot, dialog, typed)
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    (conviction,) = repo.get_client(dialog.client.id).cases[0].convictions
    assert (conviction.code, conviction.section, conviction.citation) == (*stored, shown)


@pytest.mark.parametrize("typed, stored, shown", [ATTEMPTS[1], ATTEMPTS[3]])
def test_k51_02_an_arrest_for_an_attempt_is_stored_as_one(qtbot, window, repo, typed, stored, shown):
    """What an arrest was for, "PC 664/211" typed on the Record tab, was stored PC 211 (a
    robbery, a violent felony) and said "PC 211" when the client was opened again."""
    from datetime import date

    from clinic_app.model import Case, Client, Person

    client = Client(name="Lu Testarrest", person=Person(dob=date(1991, 5, 5)), cases=[Case(
        id="c1", case_number="BA600601", outcome="dismissed", disposition_date=date(2020, 3, 1),
        arrest_date=date(2019, 6, 1))])
    client_id = repo.add_client(client)
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    form = window.client_view.record.case_form
    qtbot.mouseClick(form.arrest_offenses.add_button, Qt.MouseButton.LeftButton)
    (row,) = form.arrest_offenses.rows
    row.section.setFocus()
    qtbot.keyClicks(row.section, typed)
    assert row.section.text() == typed  # not while typing
    qtbot.keyClick(row.section, Qt.Key.Key_Tab)
    assert row.section.text() == (shown if stored[0] != "PC" else typed)  # read in another code: shown as stored
    window.save_action.trigger()
    (offense,) = repo.get_client(client_id).cases[0].arrest_offenses
    assert (offense.code, offense.section) == stored
    window.open_client(client_id)
    (row,) = window.client_view.record.case_form.arrest_offenses.rows
    assert row.section.text() == shown


def test_k51_02_an_arrest_for_an_attempt_added_at_intake_is_stored_as_one(qtbot, repo):
    dialog = _intake(qtbot, repo)
    qtbot.keyClicks(dialog.case_number, "LA161236")
    qtbot.keyClicks(dialog.conviction.offense, "664/211")
    qtbot.keyClicks(dialog.conviction.date, "9/3/2016")
    dialog.sentence.setCurrentIndex(dialog.sentence.findData("dismissed"))
    assert dialog.add_current_case(), dialog.case_message.text()
    (case,) = repo.get_client(dialog.client.id).cases
    assert [(o.code, o.section) for o in case.arrest_offenses] == [("PC", "664/211")]


def test_k51_03_the_note_under_a_count_says_the_attempt(qtbot, window, repo):
    """"664/459" was said "PC 459 Burglary - misdemeanor (wobbler)" under the field: the
    attempt typed looked dropped, as it was (K51-01)."""
    client_id, count = type_count_offense(qtbot, window, repo, "Mo Testnote", "664/459")
    assert count.message.text() == "PC 664/459 Attempted burglary - misdemeanor (wobbler)"
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, "664/23152")
    assert count.message.text() == ("VC 664/23152 Attempted driving under the influence (DUI) - misdemeanor "
                                    "(read as Vehicle Code: the only code in the offense catalog with 664/23152)")
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, "664(a)/187")
    assert count.message.text().startswith("PC 664(a)/187 Attempted murder - ")
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, "459")
    assert count.message.text() == "PC 459 Burglary - misdemeanor (wobbler)"  # no attempt: as before


def test_k51_03_the_note_under_an_arrest_offense_says_the_attempt(qtbot, window, repo):
    from datetime import date

    from clinic_app.model import ArrestOffense, Case, Client, Person

    client = Client(name="Ned Testarrestnote", person=Person(dob=date(1991, 5, 5)), cases=[Case(
        id="c1", case_number="BA600602", outcome="dismissed", disposition_date=date(2020, 3, 1),
        arrest_date=date(2019, 6, 1), arrest_offenses=[ArrestOffense(section="664/211", code="PC", level="felony")])])
    client_id = repo.add_client(client)
    window.load()
    window.open_client(client_id)
    (row,) = window.client_view.record.case_form.arrest_offenses.rows
    assert row.section.text() == "PC 664/211"
    assert row.message.text() == "PC 664/211 Attempted robbery - felony"
