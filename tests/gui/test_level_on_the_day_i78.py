"""I78-01: the catalog's level prefilled where the law changed it before the conviction's day.

At intake, offense "11350", convicted 8/5/2016, Level left alone: the catalog's level (felony)
was taken, the record said Felony and the client's handout said in bold "A felony means no
guns for life" (Z77, left alone 1).  HS 11350 is a misdemeanor since Prop 47 (2014-11-05),
a felony only with a super-strike or PC 290(c) prior: the level is the court record's to give.
Such a count now starts at "Choose level", the line saying why; before the change the
catalog's Felony is taken, said so; a date typed after the section moves a level nobody
chose, never one chosen.  Intake and the Record tab ask one function
(clinic_app.level_on_the_day), by keys here."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from tests.gui.conftest import TODAY, probation_client, show_active

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _intake(qtbot, repo):
    from ui.intake import IntakeDialog

    dialog = IntakeDialog(repo, today=TODAY, events=[])
    qtbot.addWidget(dialog, before_close_func=lambda d: d._clear_case())
    show_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Ivo Testday")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.client is not None
    return dialog


def _type(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def _intake_count(qtbot, repo, convicted: str):
    """Intake by keys: case number, "11350", Tab (the level left alone), the conviction date."""
    dialog = _intake(qtbot, repo)
    qtbot.keyClicks(dialog.case_number, "BA780001")
    _type(qtbot, dialog.conviction.offense, "11350")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    if convicted:
        _type(qtbot, dialog.conviction.date, convicted)
    return dialog


def _stored(repo, dialog):
    (conviction,) = repo.get_client(dialog.client.id).cases[0].convictions
    return conviction


def test_at_intake_a_2016_hs_11350_is_saved_with_no_level_and_says_why(qtbot, repo):
    dialog = _intake_count(qtbot, repo, "8/5/2016")
    row = dialog.conviction
    assert (row.level.currentData(), row.level.currentText()) == (None, "Choose level")  # was Felony
    assert "changed with Prop 47 on 2014-11-05" in row.message.text() and row.message.kind == "note"
    assert "changed with Prop 47 on 2014-11-05" in row.level.toolTip()
    qtbot.keyClick(row.date, Qt.Key.Key_Return)  # Enter adds the case
    assert dialog.case_message.text() == "Case 1 added and screened."
    conviction = _stored(repo, dialog)
    assert (conviction.citation, conviction.level) == ("HS 11350", None)


def test_at_intake_a_2012_hs_11350_is_a_felony_said_so(qtbot, repo):
    dialog = _intake_count(qtbot, repo, "8/5/2012")
    row = dialog.conviction
    assert row.level.currentText() == "Felony"
    assert " - felony (convicted before Prop 47 took effect on 2014-11-05)" in row.message.text()
    qtbot.keyClick(row.date, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    assert _stored(repo, dialog).level == "felony"


def test_at_intake_with_no_date_yet_the_level_waits_for_it_and_follows_the_date_typed(qtbot, repo):
    dialog = _intake_count(qtbot, repo, "")
    row = dialog.conviction
    assert row.level.currentData() is None and "depends on the conviction date" in row.message.text()
    _type(qtbot, row.date, "3/1/2013")
    assert row.level.currentData() == "felony"  # before Prop 47: the catalog's
    _type(qtbot, row.date, "3/1/2015")
    assert row.level.currentData() is None  # after it: to choose again
    assert "changed with Prop 47" in row.message.text()


def test_at_intake_a_year_alone_after_the_change_leaves_the_level_to_choose(qtbot, repo):
    dialog = _intake_count(qtbot, repo, "2016")
    assert dialog.conviction.level.currentData() is None
    _type(qtbot, dialog.conviction.date, "2010")
    assert dialog.conviction.level.currentData() == "felony"


def test_at_intake_a_level_the_user_chose_is_never_changed_by_the_date(qtbot, repo):
    dialog = _intake_count(qtbot, repo, "8/5/2012")
    row = dialog.conviction
    assert row.level.currentData() == "felony"
    row.level.setFocus()
    qtbot.keyClick(row.level, Qt.Key.Key_Up)  # Felony -> Misdemeanor, chosen by key
    assert row.level.currentData() == "misdemeanor"
    _type(qtbot, row.date, "8/5/2016")
    assert row.level.currentData() == "misdemeanor"
    _type(qtbot, row.date, "8/5/2011")
    assert row.level.currentData() == "misdemeanor"
    qtbot.keyClick(row.date, Qt.Key.Key_Return)
    assert _stored(repo, dialog).level == "misdemeanor"


def test_at_intake_a_prop_64_felony_after_2016_11_09_is_left_to_choose(qtbot, repo):
    dialog = _intake(qtbot, repo)
    qtbot.keyClicks(dialog.case_number, "BA780002")
    _type(qtbot, dialog.conviction.offense, "HS 11359")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    _type(qtbot, dialog.conviction.date, "1/10/2017")
    assert dialog.conviction.level.currentData() is None
    assert "changed with Prop 64 on 2016-11-09" in dialog.conviction.message.text()
    _type(qtbot, dialog.conviction.date, "1/10/2016")
    assert dialog.conviction.level.currentData() == "felony"


def test_at_intake_an_arrest_for_hs_11350_in_2016_is_not_a_felony_arrest(qtbot, repo):
    from ui.intake import ARREST_OUTCOMES

    dialog = _intake(qtbot, repo)
    qtbot.keyClicks(dialog.case_number, "BA780003")
    outcome = next(i for i in range(dialog.sentence.count()) if dialog.sentence.itemData(i) in ARREST_OUTCOMES)
    dialog.sentence.setCurrentIndex(outcome)
    _type(qtbot, dialog.conviction.offense, "11350")
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    _type(qtbot, dialog.conviction.date, "8/5/2016")
    assert dialog.add_current_case(), dialog.case_message.text()
    case = repo.get_client(dialog.client.id).cases[0]
    assert case.arrest_level is None  # was the catalog's felony


def _pdf_text(client, screening) -> str:
    from clinic_app.handouts import ClinicInfo, compose, render_bytes

    pdf = render_bytes(compose(client, screening, ClinicInfo(name="Test Clinic"), lang="en", as_of=TODAY))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def test_the_2016_count_s_handout_says_no_lifetime_gun_ban(qtbot, repo):
    dialog = _intake_count(qtbot, repo, "8/5/2016")
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    text = _pdf_text(repo.get_client(dialog.client.id), dialog.screening)
    assert "Level not known, 2016 · HS 11350" in text and "Felony, 2016" not in text
    # The client is told of no gun ban of his own; the table's general line for everyone
    # ("Buying or owning a gun": what a felony and some misdemeanors mean) stays.
    general = "A felony means no guns for life. Some misdemeanors mean no guns for 10 years."
    assert general in text
    assert "no guns for life" not in text.replace(general, "")


def _count_added(qtbot, window, repo, name: str):
    client_id = repo.add_client(probation_client(name))
    window.load()
    show_active(qtbot, window)
    window.open_client(client_id)
    convictions = window.client_view.record.case_form.convictions
    qtbot.mouseClick(convictions.add_button, Qt.MouseButton.LeftButton)
    return client_id, convictions.rows[-1]


def _record_tab_count(qtbot, window, repo, name: str, convicted: str):
    client_id, count = _count_added(qtbot, window, repo, name)
    _type(qtbot, count.offense, "HS 11350")
    qtbot.keyClick(count.offense, Qt.Key.Key_Tab)
    _type(qtbot, count.date, convicted)
    return client_id, count


def test_on_the_record_tab_a_2016_hs_11350_is_saved_with_no_level(qtbot, window, repo):
    client_id, count = _record_tab_count(qtbot, window, repo, "Uma Testday", "2016-08-05")
    assert count.level.currentText() == "Choose level" and "changed with Prop 47" in count.message.text()
    window.save_action.trigger()
    added = repo.get_client(client_id).cases[0].convictions[-1]
    assert (added.citation, added.level) == ("HS 11350", None)


def test_on_the_record_tab_a_2012_hs_11350_is_saved_a_felony(qtbot, window, repo):
    client_id, count = _record_tab_count(qtbot, window, repo, "Ugo Testday", "2012-08-05")
    assert count.level.currentText() == "Felony"
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].convictions[-1].level == "felony"


def test_on_the_record_tab_a_level_chosen_stays_and_a_stored_one_is_not_moved(qtbot, window, repo):
    client_id, count = _record_tab_count(qtbot, window, repo, "Ula Testday", "2016-08-05")
    count.level.setFocus()
    qtbot.keyClick(count.level, Qt.Key.Key_Down)  # Choose level -> Misdemeanor
    assert count.level.currentData() == "misdemeanor"
    _type(qtbot, count.date, "2012-08-05")
    assert count.level.currentData() == "misdemeanor"
    window.save_action.trigger()
    assert repo.get_client(client_id).cases[0].convictions[-1].level == "misdemeanor"
    # Opened again, a stored level is the clinic's: a date typed over it does not move it.
    window.open_client(client_id)
    count = window.client_view.record.case_form.convictions.rows[-1]
    _type(qtbot, count.date, "2016-08-05")
    assert count.level.currentData() == "misdemeanor"


def test_at_intake_the_next_case_s_count_is_not_told_the_last_one_s_reason(qtbot, repo):
    dialog = _intake_count(qtbot, repo, "8/5/2016")
    qtbot.keyClick(dialog.conviction.date, Qt.Key.Key_Return)
    assert dialog.case_message.text() == "Case 1 added and screened."
    qtbot.keyClicks(dialog.case_number, "BA780004")
    _type(qtbot, dialog.conviction.offense, "PC 487")
    assert "Prop 47" not in dialog.conviction.message.text()
    qtbot.keyClick(dialog.conviction.offense, Qt.Key.Key_Tab)
    assert "Prop 47" not in dialog.conviction.message.text()
    assert "Prop 47" not in dialog.conviction.level.toolTip()
