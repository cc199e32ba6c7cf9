"""V53-02: a count's level nobody chose is not stored as chosen.  At intake and on the Record
tab a count's level box started on its first choice, Misdemeanor: "664/211" (an attempted
robbery), a wobbler or a section the catalog lacks was saved a misdemeanor conviction, and
screened so (1203.4 or 1203.4a, 17(b), Prop 47 and the waiting periods turn on it).  The box
now starts at "Choose level"; the catalog's level fills it, in view, where the catalog fixes
one (PC 211 a felony); otherwise the count is saved with none, an amber note under it says so,
and the screening asks for it, as R51-01 did for an arrest's level."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import show_active
from tests.gui.test_bare_section_g49 import _intake, _type_case

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

CHOOSE = ": choose Felony, Misdemeanor or Infraction as the court record shows it; saved without one, the screening asks for it"


def _level_needed(screening, conviction_id: str) -> list[str]:
    """The remedies of the count that ask for its level."""
    return [d.remedy for d in screening.results if d.conviction == conviction_id and d.status == "needs_review"
            and any(fact.endswith(f"convictions[{conviction_id}].level") for fact in d.missing_facts)]


@pytest.mark.parametrize("typed, said", [
    ("664/211", "PC 664/211 Attempted robbery"),           # an attempt of a straight felony: asked, not guessed
    ("PC 487", "PC 487 Grand theft (wobbler)"),            # a wobbler
    ("664/487", "PC 664/487 Attempted grand theft (wobbler)"),
])
def test_at_intake_a_count_whose_level_nobody_chose_is_stored_without_one(qtbot, repo, typed, said):
    dialog = _intake(qtbot, repo)
    _type_case(qtbot, dialog, typed)
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)  # the field left: settled
    assert dialog.conviction.level.currentData() is None and dialog.conviction.level.currentText() == "Choose level"
    assert dialog.conviction.message.text() == said + CHOOSE
    assert dialog.conviction.message.kind == "note"  # amber: it can be saved so
    assert dialog.add_current_case(), dialog.case_message.text()
    (conviction,) = repo.get_client(dialog.client.id).cases[0].convictions
    assert conviction.level is None  # was "misdemeanor", the box's first choice
    assert "pc1203_4" in _level_needed(dialog.screening, conviction.id)


@pytest.mark.parametrize("typed, level, shown", [
    ("PC 211", "felony", "Felony"),
    ("PC 602", "misdemeanor", "Misdemeanor"),
    ("VC 22350", "infraction", "Infraction"),
])
def test_at_intake_the_catalog_s_own_level_fills_the_box_in_view(qtbot, repo, typed, level, shown):
    dialog = _intake(qtbot, repo)
    _type_case(qtbot, dialog, typed)
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    assert (dialog.conviction.level.currentData(), dialog.conviction.level.currentText()) == (level, shown)
    assert dialog.add_current_case(), dialog.case_message.text()
    (conviction,) = repo.get_client(dialog.client.id).cases[0].convictions
    assert conviction.level == level


def test_at_intake_the_catalog_s_level_goes_when_an_attempt_is_typed_over_it_a_chosen_one_stays(qtbot, repo):
    dialog = _intake(qtbot, repo)
    _type_case(qtbot, dialog, "PC 211")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    assert dialog.conviction.level.currentData() == "felony"  # the catalog's, for PC 211
    dialog.conviction.offense.setFocus()
    dialog.conviction.offense.selectAll()
    qtbot.keyClicks(dialog.conviction.offense, "664/211")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    assert dialog.conviction.level.currentData() is None  # PC 211's Felony is not the attempt's
    # Chosen by key, it is the count's, and stays through a section typed over it.
    dialog.conviction.level.setFocus()
    qtbot.keyClick(dialog.conviction.level, Qt.Key.Key_Down)
    assert dialog.conviction.level.currentData() == "misdemeanor"
    assert dialog.conviction.message.text() == "PC 664/211 Attempted robbery - misdemeanor"
    dialog.conviction.offense.setFocus()
    dialog.conviction.offense.selectAll()
    qtbot.keyClicks(dialog.conviction.offense, "PC 487")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    assert dialog.conviction.level.currentData() == "misdemeanor"
    assert dialog.add_current_case(), dialog.case_message.text()
    assert repo.get_client(dialog.client.id).cases[0].convictions[0].level == "misdemeanor"


def _count_added(qtbot, window, repo, name: str):
    """A stored client opened on the Record tab, a count added there: (client id, its row)."""
    from tests.gui.conftest import probation_client

    client_id = repo.add_client(probation_client(name))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    convictions = window.client_view.record.case_form.convictions
    qtbot.mouseClick(convictions.add_button, Qt.MouseButton.LeftButton)
    return client_id, convictions.rows[-1]


def test_on_the_record_tab_a_count_added_starts_at_choose_level_and_is_saved_without_one(qtbot, window, repo):
    client_id, count = _count_added(qtbot, window, repo, "Vera Testlevel")
    assert count.level.currentData() is None and count.level.currentText() == "Choose level"
    count.offense.setFocus()
    qtbot.keyClicks(count.offense, "664/211")
    qtbot.keyClick(count.offense, Qt.Key.Key_Tab)
    assert count.level.currentData() is None
    assert count.message.text() == "PC 664/211 Attempted robbery" + CHOOSE and count.message.kind == "note"
    window.save_action.trigger()
    first, added = repo.get_client(client_id).cases[0].convictions
    assert first.level == "misdemeanor"  # the stored count keeps the level it was stored with
    assert (added.section, added.level) == ("664/211", None)
    window.open_client(client_id)  # opened again, the box says it is still to choose
    count = window.client_view.record.case_form.convictions.rows[-1]
    assert count.level.currentText() == "Choose level" and count.message.text() == "PC 664/211 Attempted robbery" + CHOOSE


def test_r54_saved_with_the_cursor_still_in_the_section_a_count_takes_the_catalog_s_level(qtbot, window, repo):
    """R54-04: "211" typed in a count added on the Record tab and Ctrl+S at once (the field not
    left): the note said "PC 211 Robbery - felony", the box "Choose level", and the count was
    saved with no level, its screening asking whether a robbery was a felony.  Saving now fills
    the catalog's level first, as leaving the field (and intake's Add case) does."""
    client_id, count = _count_added(qtbot, window, repo, "Rita Testlevel")
    count.offense.setFocus()
    qtbot.keyClicks(count.offense, "211")
    assert count.message.text() == "PC 211 Robbery - felony"
    window.save_action.trigger()
    assert count.offense.hasFocus()  # still typing there
    assert [(c.section, c.level) for c in repo.get_client(client_id).cases[0].convictions] == [("459", "misdemeanor"), ("211", "felony")]
    assert count.level.currentText() == "Felony"
    assert not window.client_view.typing_unsaved()
