"""A34: a volunteer attorney's first clinic event and the paralegal's next morning, in the window."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.conftest import probation_client
from tests.gui.menus import menu


def test_a34_01_clients_file_import_adds_are_screened_so_the_counts_and_filters_find_them(qtbot, window, repo, monkeypatch, tmp_path):
    """The office's caseload showed every client of the event laptop "Not screened", "Screen
    the client", and every count above the list at 0 (Eligible now, Attorney review): the
    paralegal's filters found nobody until they noticed "Re-screen now" in the status bar."""
    from db.export import exported
    from db.repository import Repository

    day = tmp_path / "day.jsonl"
    with Repository.open(tmp_path / "laptop.sqlite", user="atty-volunteer") as laptop:
        done = laptop.add_client(probation_client("Dana Testdone", event="Compton fair", case_number="TA1"))
        later = laptop.add_client(probation_client("Noor Testlater", event="Compton fair", case_number="VA2",
                                                   probation_end=date(2027, 3, 1)))
        day.write_text("".join(json.dumps(exported(laptop, n)) + "\n" for n in (done, later)), encoding="utf-8")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(day), ""))
    window.load()
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.import_action.trigger()
    assert told == ["Imported 2 clients (ids 1-2) from day.jsonl."]
    rows = {row.name: row for row in window.caseload.model.all_rows()}
    assert (rows["Dana Testdone"].best, rows["Noor Testlater"].best) == ("eligible_now", "eligible_on")
    assert window.caseload.model.not_screened() == 0
    assert "not screened yet" not in window.status.text()
    assert not window.rescreen_button.isVisible()
    # Screened as of the window's day, as a client opened is.
    assert [s.as_of for s in (repo.latest_screening(1), repo.latest_screening(2))] == [window.today] * 2


def test_a34_01_screening_cancelled_keeps_the_import_and_says_how_to_screen_the_rest(qtbot, window, repo, monkeypatch, tmp_path):
    """Cancel in the screening after an import: the clients stay imported, the message says
    so and how to screen the rest, and the list says who is not screened yet."""
    import db.rescreen
    import ui.tasks
    from clinic_app.screening_format import client_to_request_dict

    day = tmp_path / "day.json"
    day.write_text(json.dumps([client_to_request_dict(probation_client(n, case_number=f"BA5500{k}"))
                               for k, n in enumerate(("Ada Testfirst", "Bo Testsecond"))]))
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(day), ""))
    # A range per client, screened in this process (one usable core), as a frozen build does.
    monkeypatch.setattr(db.rescreen, "RANGE_SIZE", 1)
    monkeypatch.setattr(db.rescreen, "usable_cores", lambda: 1)
    real, screened = db.rescreen.screen_rows, []
    started, run = [], ui.tasks.run_with_progress

    def noted(parent, title, fn, **kwargs):
        def job(ctx):
            started.append((title, ctx))  # on the worker, before the job: no race with it
            return fn(ctx)

        return run(parent, title, job, **kwargs)

    def cancelled_after_the_first(clients, as_of):
        names = [client.name for client, _hash in clients]
        if names == ["Ada Testfirst"]:  # Cancel pressed while the first is screened, as its dialog does
            title, ctx = started[-1]
            if title == "Screening the clients imported":
                ctx.cancel()
        screened.extend(names)
        return real(clients, as_of)

    window.load()
    monkeypatch.setattr(ui.tasks, "run_with_progress", noted)
    monkeypatch.setattr(db.rescreen, "screen_rows", cancelled_after_the_first)
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.import_action.trigger()
    assert screened == ["Ada Testfirst"] and repo.count_clients() == 2
    (said,) = told
    assert said.startswith("Imported 2 clients (ids 1-2) from day.json.\n\nScreening stopped: ")
    assert "Re-screen now" in said
    assert window.caseload.model.not_screened() == 1 and "1 client not screened yet" in window.status.text()



def test_a34_01_screening_that_fails_still_says_the_import_and_how_to_screen_the_rest(qtbot, window, repo, monkeypatch, tmp_path):
    """P36-02: the screening after an import stopped by an error (here the program's files were
    replaced while the window was open, V28-05) said that error alone: not that the clients were
    imported, nor where the copy from before the import was kept, and the list was not read
    again, so the clients imported were not in it."""
    from clinic_app import running_code
    from clinic_app.screening_format import client_to_request_dict

    repo.add_client(probation_client("Cy Testbefore", case_number="BA550100"))  # an import into a caseload in use: a copy is kept
    day = tmp_path / "day.json"
    day.write_text(json.dumps([client_to_request_dict(probation_client("Ada Testfirst", case_number="BA550101"))]))
    told, warned = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(day), ""))
    window.load()
    monkeypatch.setattr(running_code, "_started_with", "the code of an older Clinic Desk")
    with qtbot.waitSignal(window.caseload_loaded, timeout=60_000):
        window.import_action.trigger()
    (said,) = told
    assert warned == []
    assert said.startswith("Imported 1 client (id 2) from day.json.\n\nScreening stopped: Clinic Desk was updated while it was running")
    assert "The imported clients not screened yet say “Not screened”; Re-screen now (bottom right, or Caseload > Re-screen whole caseload...) screens them." in said
    assert "The caseload as it was before this import is kept in " in said
    assert "Ada Testfirst" in {row.name for row in window.caseload.model.all_rows()}
    assert window.caseload.model.not_screened() == 2


def test_a34_02_down_in_the_search_box_goes_to_the_clients_found(qtbot, window, repo):
    """The paralegal typed a name two clients share and pressed Down to choose one: the
    cursor stayed in the search box (only Enter went to the list).  Down now goes to the
    list, on the first client found; Down again there goes on to the next one."""
    from PySide6.QtCore import Qt

    from tests.gui.conftest import show_active

    for n, name in enumerate(("Felix Testsample", "Fiona Testsample", "Otto Other")):
        repo.add_client(probation_client(name, case_number=f"BA99887{n}"))
    window.load()
    show_active(qtbot, window)
    view = window.caseload
    view.search.setFocus()
    qtbot.keyClicks(view.search, "testsample")
    qtbot.keyClick(view.search, Qt.Key.Key_Down)  # before the search's pause has run: it is run first
    assert view.table.hasFocus()
    assert view.proxy.rowCount() == 2 and view.table.currentIndex().row() == 0
    first = view.selected_client_id()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert view.table.currentIndex().row() == 1 and view.selected_client_id() != first
    with qtbot.waitSignal(view.client_activated) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert repo.get_client(opened.args[0]).name in ("Felix Testsample", "Fiona Testsample")


def test_a34_03_the_file_menu_exports_beside_its_import(qtbot, window, repo):
    """At the end of the day the volunteer looked in the File menu, beside Import, for the
    way to write the event's clients out: the export was only in the Caseload menu."""
    repo.add_client(probation_client("Dana Testexport", event="Compton fair"))
    window.load()
    items = menu(window, "File").actions()
    assert items[items.index(window.import_action) + 1] is window.export_shown_action  # the same item as Caseload's
    assert window.export_shown_action.text().replace("&", "") == "Export the 1 client shown..."
    letters = [a.text().split("&")[1][0].lower() for a in items if "&" in a.text()]
    assert len(letters) == len(set(letters))  # each File item still has a letter of its own (W24-04)

def test_a34_04_the_import_beside_the_export_speaks_of_clients_too(qtbot, window, repo, monkeypatch):
    """The volunteer wrote "Export the 3 clients shown" to clients.jsonl; the office looked for
    the way back in and found "Import requests..." and a picker titled "Import screening
    requests" offering "Requests": a word of the file format's, not the clinic's."""
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda parent, title, folder, kinds: asked.append((title, kinds)) or ("", ""))
    window.load()
    assert window.import_action.text() == "&Import clients..."  # its letter stays I
    assert "File > Import clients..." in window.caseload.empty_label.text()
    window.import_action.trigger()
    ((title, kinds),) = asked
    assert title == "Import clients" and kinds.startswith("Clients or screening requests (")


def test_a34_06_next_steps_name_the_count_as_the_record_does_not_by_its_inner_id(qtbot, window, repo):
    """Felix's Prop 47 result said "Find out, then screen again: Conviction c1-1: Was the
    business open ...?": "c1-1" is no number on any paper the attorney holds; the facts to
    find out just below said "Conviction PC 459"."""
    from datetime import date as day

    from clinic_app.model import Case, Client, Conviction, Custody, Person, Sentence

    felix = repo.add_client(Client(name="Felix Testsample", person=Person(dob=day(1978, 1, 30), us_citizen=True), cases=[Case(
        id="c1", case_number="BA998877", disposition_date=day(2012, 2, 14),
        convictions=[Conviction(id="c1-1", section="459", level="felony", conviction_date=day(2012, 2, 14))],
        sentence=Sentence(type="state_prison", custody=Custody(supervision_end=day(2017, 8, 1))))]))
    window.load()
    window.open_client(felix)
    panel = window.client_view.eligibility
    window.client_view.tabs.setCurrentIndex(2)
    row = next(r for r in range(panel.proxy.rowCount())
               if panel.proxy.index(r, 2).data().startswith("Prop 47"))
    panel.table.selectRow(row)
    shown = panel.details.toPlainText()
    steps = shown.split("Next steps", 1)[1].split("Facts to find out", 1)[0]
    assert "Find out, then screen again: Conviction PC 459: Was the business open" in steps
    assert "c1-1" not in shown


def test_a34_07_the_next_handout_is_offered_the_folder_the_last_was_saved_in(qtbot, repo, tmp_path, monkeypatch):
    """Saving each client's handout in English, then in Spanish, onto the clinic's USB stick:
    every Save PDF offered the home folder again, and the volunteer walked back to the stick
    six times."""
    from tests.gui.conftest import TODAY
    from ui.handout_dialog import HandoutDialog
    from ui.services import screen_client

    usb = tmp_path / "usb"
    usb.mkdir()
    client = probation_client("Dana Testsaved")
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()
    offered = []

    def pick(parent, title, suggested, kinds):
        offered.append(suggested)
        return (str(usb / Path(suggested).name) if usb.exists() else ""), kinds  # "": Cancel

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    assert dialog.save_pdf() == usb / "handout-Dana-Testsaved-en-2026-11-22.pdf"
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.wait_for_pages()
    assert dialog.save_pdf() == usb / "handout-Dana-Testsaved-es-2026-11-22.pdf"
    assert Path(offered[1]) == usb / "handout-Dana-Testsaved-es-2026-11-22.pdf"
    usb.rename(tmp_path / "stick-taken-out")  # the folder gone: home again, not a path that fails
    assert dialog.save_pdf() is None
    assert Path(offered[2]).parent == Path.home()
