"""A volunteer at a clinic event, at the keyboard (job E27): a new client and their cases
typed from a docket, the answers, a fix and its undo, the handout, finding a client."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import probation_client, type_over
from ui.models.caseload_model import ClientIdRole

# The offense's suggestion list is a popup the offscreen platform cannot raise or grab for.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _activate(qtbot, window) -> None:
    """Show the window and wait until it is active: keys then go to the focus widget."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the focus is, as a user presses it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _tab_to(qtbot, field, limit: int = 60) -> None:
    """Tab (only Tab) until `field` has the focus."""
    for _ in range(limit):
        if field.hasFocus():
            return
        _key(qtbot, Qt.Key.Key_Tab)
    assert field.hasFocus(), f"Tab never reached {field.accessibleName()}"


def test_a_date_typed_month_day_year_is_taken_and_shown_as_stored(qtbot, window, repo):
    """E27-01: "3/2/1985" copied from a docket was refused ("Not a date: write it as
    YYYY-MM-DD"); it is March 2, written 1985-03-02 once the field is left, and saved."""
    window.load()
    _activate(qtbot, window)
    _key(qtbot, Qt.Key.Key_N, CTRL)
    view = window.client_view
    person = view.record.person
    assert person.name.hasFocus()
    qtbot.keyClicks(person.name, "Rosa Ejemplo")
    _tab_to(qtbot, person.dob)
    qtbot.keyClicks(person.dob, "3/2/1985")
    assert not person.rows["dob"].message.isVisible()  # no problem while it is typed
    _key(qtbot, Qt.Key.Key_Tab)
    assert person.dob.text() == "1985-03-02"  # the day read, as the field keeps it
    (row,) = repo.list_clients()
    assert repo.get_client(row.id).person.dob == date(1985, 3, 2)

    # On a case too: the disposition date, from the docket's 12/31/2021.
    _key(qtbot, Qt.Key.Key_D, ALT)  # Add case
    qtbot.waitUntil(lambda: view.record.case_form.case_number.hasFocus())
    form = view.record.case_form
    _tab_to(qtbot, form.disposition)
    qtbot.keyClicks(form.disposition, "12/31/2021")
    _key(qtbot, Qt.Key.Key_Tab)
    assert form.disposition.text() == "2021-12-31"
    assert form.value().disposition_date == date(2021, 12, 31)  # saved with the conviction typed next


def test_a_month_day_year_date_that_is_no_day_or_has_a_short_year_is_said(qtbot, window, repo):
    """E27-01: what is still refused says how to write it, and is left as typed to be fixed."""
    window.load()
    window.open_client(repo.add_client(probation_client("Tomás Fecha")))
    form = window.client_view.record.case_form
    for typed, said in (("2/30/2024", "Not a date: there is no 2/30/2024 (February 2024 has 29 days)"),
                        ("3/2/24", "Not a date: write the year with its four digits, not “24”")):  # K293-03
        form.probation_end.setFocus()
        form.probation_end.selectAll()
        qtbot.keyClicks(form.probation_end, typed)
        _key(qtbot, Qt.Key.Key_Tab)
        assert form.probation_end.text() == typed
        assert form.rows["probation_end"].message.text() == said
        assert window.client_view.save_reason.text() == f"Cannot save: Probation end: {said}"


def test_enter_in_the_search_goes_to_the_list_when_several_clients_match(qtbot, window, repo, announcements):
    """E27-02: Enter opened the first line of the matches unseen: "Ibanez Monica" opened
    Héctor Ibáñez (a Mónica Ibáñez among his aliases) before either Mónica.  With several
    matches it goes to the list, on the first, and says how many; Enter there opens the one
    chosen.  One match still opens at once."""
    hector = probation_client("Héctor Ibáñez")
    hector.aliases = ["Mónica Ibáñez"]
    repo.add_client(hector)
    first = repo.add_client(probation_client("Mónica Ibáñez", case_number="BA200001"))
    second = repo.add_client(probation_client("Mónica Ibáñez", case_number="BA200002"))
    second_client = repo.get_client(second)
    second_client.person.dob = date(1998, 9, 5)
    repo.save_client(second_client)
    window.load()
    _activate(qtbot, window)
    caseload = window.caseload
    _key(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(caseload.search, "Ibanez Monica")
    _key(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is caseload  # nobody opened yet
    assert caseload.table.hasFocus() and caseload.proxy.rowCount() == 3
    assert caseload.selected_client_id() == caseload.proxy.index(0, 0).data(ClientIdRole)  # the first line chosen
    said = "3 clients match “Ibanez Monica”: choose one with the arrow keys, then Enter opens it."
    assert window.statusBar().currentMessage() == said
    assert [message for _obj, message, _p in announcements][-1:] == [said]
    _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Down)
    wanted = caseload.selected_client_id()
    assert wanted in (first, second)
    _key(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.client_view and window.client_view.client.id == wanted

    _key(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(caseload.search, "BA200001")
    _key(qtbot, Qt.Key.Key_Return)  # one match: opened at once, as before
    assert window.client_view.client.id == first and window.pages.currentWidget() is window.client_view

    _key(qtbot, Qt.Key.Key_F, CTRL)
    _key(qtbot, Qt.Key.Key_Delete)  # the search box emptied: Enter goes to the whole list, saying no "match"
    heard = len(announcements)
    _key(qtbot, Qt.Key.Key_Return)
    assert caseload.search.text() == "" and caseload.table.hasFocus() and caseload.proxy.rowCount() == 3
    assert not [message for _obj, message, _p in announcements[heard:] if "match" in message]


def test_the_count_added_with_a_case_takes_the_disposition_date_typed_after(qtbot, window, repo):
    """E27-03: "Add case" adds its count first and Tab reaches the disposition date after it,
    so the count's conviction date stayed blank (a count added after the date typed is given
    it), and the screening had no conviction date to count from.  A typo in the disposition
    date fixed is followed too; a conviction date the volunteer typed is kept."""
    window.load()
    _activate(qtbot, window)
    _key(qtbot, Qt.Key.Key_N, CTRL)
    view = window.client_view
    qtbot.keyClicks(view.record.person.name, "Rosa Ejemplo")
    _key(qtbot, Qt.Key.Key_D, ALT)  # Add case
    form = view.record.case_form
    # The button's click comes a moment after Alt+D; the count's row shows a turn after that.
    qtbot.waitUntil(lambda: form.case_number.hasFocus() and form.convictions.rows and form.convictions.rows[0].isVisible())
    (count,) = form.convictions.rows
    qtbot.keyClicks(form.case_number, "BA123456")
    _tab_to(qtbot, form.disposition)
    qtbot.keyClicks(form.disposition, "2019-06-01")
    _key(qtbot, Qt.Key.Key_Tab)
    assert count.date.text() == "2019-06-01"
    assert view.save_reason.text().startswith("Cannot save: Conviction: the code section is missing")  # as before: a count is needed
    form.disposition.setFocus()  # the typo fixed: the 10th, not the 1st
    form.disposition.selectAll()
    qtbot.keyClicks(form.disposition, "2019-06-10")
    _tab_to(qtbot, count.offense)
    assert count.date.text() == "2019-06-10"
    qtbot.keyClicks(count.offense, "PC 459")
    _tab_to(qtbot, count.level)
    _tab_to(qtbot, form.sentence_type)
    (row,) = repo.list_clients()
    (stored,) = repo.get_client(row.id).cases[0].convictions
    assert (stored.section, stored.conviction_date) == ("459", date(2019, 6, 10))

    # A second count with its own date typed: the disposition date fixed again leaves it.
    count.date.setFocus()
    count.date.selectAll()
    qtbot.keyClicks(count.date, "2019-05-30")
    _key(qtbot, Qt.Key.Key_Tab)
    form.disposition.setFocus()
    form.disposition.selectAll()
    qtbot.keyClicks(form.disposition, "2019-06-11")
    _key(qtbot, Qt.Key.Key_Tab)
    assert count.date.text() == "2019-05-30"


def test_the_eligibility_tab_starts_on_the_answers_and_the_arrows_read_them(qtbot, window, repo):
    """E27-04: Alt+L put the keyboard on the as-of date, its year chosen, so Down Down, to
    read the answers, screened the client as of two years back with nothing but the date to
    show it.  The tab now starts on the answers: Down goes to the next one, the day stays."""
    client_id = repo.add_client(probation_client("Ana Lee"))
    window.load()
    _activate(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    panel = view.eligibility
    _key(qtbot, Qt.Key.Key_L, ALT)
    assert panel.table.hasFocus()
    assert panel.proxy.rowCount() >= 2 and panel.table.currentIndex().row() == 0
    first = panel.details.toPlainText()
    _key(qtbot, Qt.Key.Key_Down)
    assert panel.table.hasFocus() and panel.table.currentIndex().row() == 1
    assert panel.details.toPlainText() != first  # the second answer read
    assert panel.as_of_date() == window.today
    _key(qtbot, Qt.Key.Key_A, ALT)  # the day, when it is the day to change
    assert panel.as_of.hasFocus()


def test_a_vehicle_code_section_typed_without_its_code_says_the_code_that_has_it(qtbot, window, repo):
    """E27-05: "23152(a)", a DUI as dockets often write it, was read as PC 23152(a) and said
    to be "not in the offense catalog"; the volunteer had no hint that VC 23152(a) is in it.
    The note beside the count now names it, and typing the code reads the offense.  G49-01:
    typed without a code, it is read as VC 23152(a), the only code the catalog has it in; typed
    "PC 23152(a)", the code typed is kept and the note still names the code that has it."""
    client_id = repo.add_client(probation_client("Dora Drive"))
    window.load()
    _activate(qtbot, window)
    window.open_client(client_id)
    view = window.client_view
    (count,) = view.record.case_form.convictions.rows
    count.offense.setFocus()
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, "23152(a)")
    assert count.message.text() == ("VC 23152(a) Driving under the influence of alcohol (DUI) - misdemeanor "
                                    "(read as Vehicle Code: the only code in the offense catalog with 23152(a))")
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, "PC 23152(a)")
    assert count.message.text() == (
        "PC 23152(a): not in the offense catalog, but VC 23152(a) Driving under the influence of alcohol (DUI) - misdemeanor is: "
        "type “VC 23152(a)” if the conviction is under that code; as it is, it can be saved and will be marked for attorney review")
    assert count.message.kind == "note"  # not an error: it can still be saved
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, "VC 23152(a)")
    assert count.message.text() == "VC 23152(a) Driving under the influence of alcohol (DUI) - misdemeanor"
    count.offense.selectAll()
    qtbot.keyClicks(count.offense, "99999")  # in no code: as before
    assert count.message.text() == "PC 99999: not in the offense catalog; it can be saved and will be marked for attorney review"


def test_the_undo_step_of_a_first_fine_names_the_field_typed(qtbot, window, repo):
    """E27-06: the first fine typed in a case with no money recorded made the undo step (and
    the History line) "Edit Case BA300001": the money block was new, and a new block was
    named by its case alone.  It names the fields typed, as any other edit does."""
    client = probation_client("Fina Multa", case_number="BA300001")
    client.cases[0].money = None
    client_id = repo.add_client(client)
    window.load()
    _activate(qtbot, window)
    window.open_client(client_id)
    form = window.client_view.record.case_form
    form.fines_ordered.setFocus()
    qtbot.keyClicks(form.fines_ordered, "1,500")
    _key(qtbot, Qt.Key.Key_Tab)
    assert repo.get_client(client_id).cases[0].money.fines_ordered == 1500
    assert window.undo_action.text() == "&Undo Edit Case BA300001, fines ordered (Fina Multa)"
    view = window.client_view
    view.tabs.setCurrentIndex(3)  # History
    model = view.history.model
    edit = next(row for row in range(model.rowCount()) if (model.entry(row).entity, model.entry(row).action) == ("client", "update"))
    assert model.index(edit, 3).data() == "Case BA300001, fines ordered"
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert repo.get_client(client_id).cases[0].money is None


def test_a_date_of_birth_typed_in_the_search_finds_who_was_born_that_day(qtbot, window, repo):
    """E27-07: two clients of the same name are told apart by their date of birth, the
    question asked at a clinic table, but "3/2/1985" (or "1985-03-02") in the search box
    found nobody: the search read names, aliases and case numbers only."""
    born = probation_client("Mónica Ibáñez", case_number="BA400001")
    born.person.dob = date(1985, 3, 2)
    wanted = repo.add_client(born)
    repo.add_client(probation_client("Mónica Ibáñez", case_number="BA400002"))  # born 1985-03-14
    window.load()
    _activate(qtbot, window)
    caseload = window.caseload
    for typed in ("1985-03-02", "3/2/1985"):
        _key(qtbot, Qt.Key.Key_F, CTRL)
        qtbot.keyClicks(caseload.search, typed)
        qtbot.waitUntil(lambda: caseload.proxy.rowCount() == 1)
        assert caseload.proxy.index(0, 0).data(ClientIdRole) == wanted
    _key(qtbot, Qt.Key.Key_Return)  # the one match opens
    view = window.client_view
    assert view.client.id == wanted
    # Their date of birth corrected: they leave the search's list, as a renamed client does.
    type_over(qtbot, view.record.person.dob, "1985-02-03")
    _key(qtbot, Qt.Key.Key_Tab)
    assert caseload.proxy.rowCount() == 0


def test_back_at_the_caseload_the_client_just_left_is_the_one_chosen(qtbot, window, repo):
    """E27-08: back from a client (Alt+Left) opened by the search box's Enter, or a new one,
    nothing was chosen in the list: the arrows started over at the top, and Enter opened the
    list's first client ("Ana Abad"), not the one just left.  The client just left is chosen
    where none was."""
    for name in ("Ana Abad", "Bea Bravo", "Cruz Cano"):
        repo.add_client(probation_client(name))
    window.load()
    _activate(qtbot, window)
    _key(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(QApplication.focusWidget(), "Zoe Zapata")
    _key(qtbot, Qt.Key.Key_Tab)  # stored
    new_id = window.client_view.client.id
    _key(qtbot, Qt.Key.Key_Left, ALT)
    caseload = window.caseload
    qtbot.waitUntil(caseload.table.hasFocus)  # the button's click comes a moment after the key
    assert caseload.selected_client_id() == new_id
    _key(qtbot, Qt.Key.Key_Up)  # the arrows go on from there
    cruz = caseload.selected_client_id()
    assert repo.get_client(cruz).name == "Cruz Cano"
    _key(qtbot, Qt.Key.Key_Return)
    assert window.client_view.client.id == cruz
    _key(qtbot, Qt.Key.Key_L, CTRL)  # Show caseload: the same
    assert caseload.table.hasFocus() and caseload.selected_client_id() == cruz

    _key(qtbot, Qt.Key.Key_F, CTRL)  # found by the search box's Enter: chosen when back
    caseload.table.clearSelection()
    caseload.search.setFocus()
    qtbot.keyClicks(caseload.search, "Bea")
    _key(qtbot, Qt.Key.Key_Return)
    bea = window.client_view.client.id
    _key(qtbot, Qt.Key.Key_L, CTRL)
    assert caseload.selected_client_id() == bea and repo.get_client(bea).name == "Bea Bravo"


def test_g64_01_a_date_of_birth_as_staff_type_it_finds_who_was_born_that_day(qtbot, window, repo):
    """G64-01: "3/2/85", "03-02-1985", "March 2 1985" or "2 de marzo de 1985" in the search box
    found nobody (only "3/2/1985" and "1985-03-02" were a date); they find the client born that
    day, as `clinic-app list --search` does (one `matching.born_on`)."""
    born = probation_client("Mónica Ibáñez", case_number="BA400001")
    born.person.dob = date(1985, 3, 2)
    wanted = repo.add_client(born)
    repo.add_client(probation_client("Mónica Ibáñez", case_number="BA400002"))  # born 1985-03-14
    window.load()
    _activate(qtbot, window)
    caseload = window.caseload
    for typed in ("3/2/85", "03-02-1985", "March 2 1985", "2 de marzo de 1985"):
        _key(qtbot, Qt.Key.Key_F, CTRL)
        qtbot.keyClicks(caseload.search, typed)
        qtbot.waitUntil(lambda: caseload.proxy.rowCount() == 1)
        assert caseload.proxy.index(0, 0).data(ClientIdRole) == wanted


def test_k64_01_a_name_and_a_date_of_birth_typed_together_find_that_person(qtbot, window, repo):
    """K64-01: "Ibanez Monica 3/2/85" in the search box found nobody (C64: "darnell jackson
    10/12/1983", one of seven): a date was read only as the whole search.  It finds the one so
    named born that day, as `clinic-app list --search` does, and opens on the client."""
    born = probation_client("Mónica Ibáñez", case_number="BA400001")
    born.person.dob = date(1985, 3, 2)
    wanted = repo.add_client(born)
    repo.add_client(probation_client("Mónica Ibáñez", case_number="BA400002"))  # born 1985-03-14
    other = probation_client("Rosa Paz", case_number="BA400003")
    other.person.dob = date(1985, 3, 2)
    repo.add_client(other)  # born that day, another name
    window.load()
    _activate(qtbot, window)
    caseload = window.caseload
    for typed in ("Ibanez Monica 3/2/85", "3/2/1985 ibanez", "monica March 2 1985"):
        _key(qtbot, Qt.Key.Key_F, CTRL)
        qtbot.keyClicks(caseload.search, typed)
        qtbot.waitUntil(lambda: caseload.proxy.rowCount() == 1)
        assert caseload.proxy.index(0, 0).data(ClientIdRole) == wanted
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.client_view.client is not None and window.client_view.client.id == wanted)
