"""The handout from the workspace: preview, print (Qt print dialog), save, clinic details, event printing."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QPushButton

from tests.gui.conftest import TODAY, probation_client, when_modal
from ui.clinic_dialog import ClinicDetailsDialog
from ui.handout_dialog import HandoutDialog
from ui.services import screen_client
from ui.tasks import print_event_handouts


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _dialog(qtbot, repo, client) -> HandoutDialog:
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.wait_for_pages()  # made on a worker (P28-02)
    return dialog


def _to_pdf_file(printer: QPrinter, path) -> None:
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(72)  # the page count is what matters here: small rasters keep it fast


def test_preview_shows_the_rendered_pages_with_the_clients_name(qtbot, repo):
    repo.set_setting("clinic_name", "Harbor Test Clinic")
    dialog = _dialog(qtbot, repo, probation_client("Imelda Preview", restitution_ordered=900, restitution_paid=100))
    dialog.show()
    assert dialog.page_count == _pages(dialog.pdf) >= 1
    assert len(dialog.view.pages) == dialog.page_count
    assert dialog.page_label.text() == f"Page 1 of {dialog.page_count}"
    text = _text(dialog.pdf)
    assert "Imelda Preview" in text and "Harbor Test Clinic" in text
    assert dialog.view.pages[0].pixmap().width() > 600  # a real page image, not an empty label
    assert "Imelda Preview" in dialog.view.pages[0].accessibleDescription()


def test_preview_follows_language_and_large_print(qtbot, repo):
    dialog = _dialog(qtbot, repo, probation_client("Ramona Idioma", language="es"))
    assert dialog.language.currentData() == "es"  # the client's language by default
    spanish = _text(dialog.pdf)
    assert "Ramona Idioma" in spanish and "Página 1 de" in spanish
    normal_pages = dialog.page_count
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    english = _text(dialog.pdf)
    assert "Page 1 of" in english and "Página" not in english
    dialog.large_print.setChecked(True)
    assert dialog.page_count == _pages(dialog.pdf) >= normal_pages
    assert _text(dialog.pdf) != english


def test_preview_as_of_date_changes_the_handout(qtbot, repo):
    from ui.forms import to_qdate

    dialog = _dialog(qtbot, repo, probation_client("Dario Fecha", probation_end=date(2027, 3, 2)))
    before = dialog.pdf
    dialog.as_of.setDate(to_qdate(date(2027, 6, 1)))
    assert dialog.pdf != before
    assert "June 1, 2027" in _text(dialog.pdf)


def test_print_sends_one_sheet_per_pdf_page(qtbot, repo, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, repo, probation_client("Petra Printer", restitution_ordered=500))
    out = tmp_path / "printed.pdf"
    opened = []

    def accept(self):
        opened.append(self.printer())
        _to_pdf_file(self.printer(), out)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.view, "p", modifier=Qt.KeyboardModifier.ControlModifier)
    assert opened and opened[0] is dialog.printer
    qtbot.waitUntil(lambda: dialog.page_label.text().startswith("Sent"), timeout=60_000)  # printed on a worker (W23-11)
    printed = PdfReader(out)
    assert len(printed.pages) == dialog.page_count
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US letter
    assert dialog.page_label.text().startswith(f"Sent {dialog.page_count} page")


def test_print_dialog_cancelled_prints_nothing(qtbot, repo, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, repo, probation_client("Carla Cancel"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert dialog.print_handout() is False


def test_save_pdf_writes_the_previewed_bytes(qtbot, repo, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, repo, probation_client("Sergio Saved"))
    target = tmp_path / "out" / "handout.pdf"
    target.parent.mkdir()
    asked = []

    def pick(parent, title, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == dialog.pdf
    assert "Sergio-Saved" in asked[0] and asked[0].endswith(".pdf")


def test_a_first_worksheet_is_offered_the_folder_the_last_handout_went_to(qtbot, repo, tmp_path, monkeypatch):
    """U42's report: the handout's Save offered the folder last saved in, but the worksheet's
    first Save the home folder, after the client's handout had just gone to the USB stick.
    A kind not saved yet starts where the last handout went; once saved, in its own folder."""
    from ui.client_view import WORKSHEET_FOLDER_SETTING
    from ui.handout_dialog import save_pdf_file

    stick, worksheets = tmp_path / "stick", tmp_path / "worksheets"
    stick.mkdir()
    worksheets.mkdir()
    dialog = _dialog(qtbot, repo, probation_client("Sergio Saved"))
    asked = []

    def pick(parent, title, suggested, filters):
        asked.append(Path(suggested).parent)
        return str(worksheets / "w.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    assert save_pdf_file(dialog, "Filing worksheet", "worksheet", WORKSHEET_FOLDER_SETTING, "w.pdf", b"%PDF") is not None
    assert asked == [Path.home()]  # nothing saved yet: home
    QSettings().remove(WORKSHEET_FOLDER_SETTING)
    QSettings().setValue("handouts/folder", str(stick))
    save_pdf_file(dialog, "Filing worksheet", "worksheet", WORKSHEET_FOLDER_SETTING, "w.pdf", b"%PDF")
    assert asked[-1] == stick  # the handout's folder, not home
    save_pdf_file(dialog, "Filing worksheet", "worksheet", WORKSHEET_FOLDER_SETTING, "w.pdf", b"%PDF")
    assert asked[-1] == worksheets  # its own, once it has one


def test_a_saved_handout_is_readable_by_its_user_only(qtbot, repo, tmp_path, monkeypatch):
    # Storage check D21-04: the PDF names the client and their convictions; it was saved
    # with the default mode (0644 under the usual umask), readable by every account.
    import stat

    from tests.gui.conftest import save_to

    dialog = _dialog(qtbot, repo, probation_client("Sergio Saved"))
    target = tmp_path / "handout.pdf"
    save_to(qtbot, monkeypatch, dialog.save_button, target)
    assert target.read_bytes() == dialog.pdf
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_clinic_details_dialog_saves_settings_audited(qtbot, repo):
    repo.set_setting("clinic_phone", "(213) 555-0100")
    dialog = ClinicDetailsDialog(repo)
    qtbot.addWidget(dialog)
    assert dialog.fields["phone"].text() == "(213) 555-0100"
    qtbot.keyClicks(dialog.fields["name"], "Valley Record Clearance Clinic")
    qtbot.keyClicks(dialog.fields["address"], "100 Test St, Los Angeles, CA 90012")
    dialog.fields["phone"].clear()
    dialog.accept()
    assert repo.get_setting("clinic_name") == "Valley Record Clearance Clinic"
    assert repo.get_setting("clinic_address") == "100 Test St, Los Angeles, CA 90012"
    assert repo.get_setting("clinic_phone") is None
    settings_audit = [e for e in repo.history() if e.entity == "setting"]
    assert len(settings_audit) == 4  # the phone set, then name, address, phone cleared
    dialog = _dialog(qtbot, repo, probation_client("Nora Clinic"))
    assert "Valley Record Clearance Clinic" in _text(dialog.pdf)


def test_a_spanish_handout_prints_the_hours_typed_in_spanish(qtbot, repo):
    """H40-01: the clinic's one hours field, typed in English, printed "Tue and Thu, 9 am to
    4 pm" on a Spanish handout.  File > Clinic details has the hours in Spanish too: Spanish
    pages print them, English pages the English; a caseload saved before (no Spanish hours)
    still prints its English hours on a Spanish page rather than none."""
    repo.set_setting("clinic_hours", "Tue and Thu, 9 am to 4 pm")  # as stored before H40-01
    details = ClinicDetailsDialog(repo)
    qtbot.addWidget(details)
    assert details.fields["hours_es"].text() == ""
    assert details.fields["hours_es"].accessibleName() == "Hours (Spanish)"
    dialog = _dialog(qtbot, repo, probation_client("Rosa Horario", language="es"))
    assert "Tue and Thu, 9 am to 4 pm" in " ".join(_text(dialog.pdf).split())  # the fallback

    qtbot.keyClicks(details.fields["hours_es"], "mar. y jue., de 9 a. m. a 4 p. m.")
    details.accept()
    assert repo.get_setting("clinic_hours_es") == "mar. y jue., de 9 a. m. a 4 p. m."
    dialog = _dialog(qtbot, repo, probation_client("Rosa Horario", language="es"))
    spanish = " ".join(_text(dialog.pdf).split())
    assert "mar. y jue., de 9 a. m. a 4 p. m." in spanish and "9 am to 4 pm" not in spanish
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    english = " ".join(_text(dialog.pdf).split())
    assert "Tue and Thu, 9 am to 4 pm" in english and "a. m." not in english


def test_handout_button_opens_the_preview(qtbot, window, repo, monkeypatch):
    client_id = repo.add_client(probation_client("Beatriz Boton"))
    window.load()
    window.open_client(client_id)
    seen = []

    def look(self):
        seen.append((self.client.name, self.page_count))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(HandoutDialog, "exec", look)
    window.print_action.trigger()  # Ctrl+P
    assert seen and seen[0][0] == "Beatriz Boton" and seen[0][1] >= 1


def test_print_all_for_an_event_prints_every_handout(qtbot, window, repo, tmp_path, monkeypatch):
    for name, lang in (("Ana Evento", "en"), ("Bruno Evento", "es"), ("Ciro Evento", "en")):
        repo.add_client(probation_client(name, event="Pomona 2026-11", language=lang))
    repo.add_client(probation_client("Otro Dia", event="Another day"))
    out = tmp_path / "event.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: QMessageBox.StandardButton.Ok))
    printer = QPrinter()
    _to_pdf_file(printer, out)
    task, progress = print_event_handouts(window, window.db_path, "Pomona 2026-11", TODAY, printer)
    results = []
    task.signals.done.connect(results.append)
    qtbot.waitUntil(lambda: task.finished.is_set(), timeout=60_000)
    qtbot.waitUntil(lambda: bool(results), timeout=5_000)
    clients, sheets, failed, _unprintable = results[0]
    assert clients == 3 and failed == []
    printed = PdfReader(out)
    assert len(printed.pages) == sheets
    assert sheets >= 3


def test_print_all_goes_on_past_a_client_whose_handout_fails_and_names_them(qtbot, window, repo, tmp_path, monkeypatch):
    """One client's handout cannot be laid out: the others are printed and a warning names
    that client (finding H23-11: the whole print job was aborted, and nothing said whose)."""
    import clinic_app.handouts as handouts

    for name, lang in (("Ana Evento", "en"), ("Bruno Evento", "es"), ("Ciro Evento", "en")):
        repo.add_client(probation_client(name, event="Pomona 2026-11", language=lang))
    real = handouts.compose

    def compose_but_not_for_bruno(client, *args, **kwargs):
        if client.name == "Bruno Evento":
            raise RuntimeError("layout failed")
        return real(client, *args, **kwargs)

    monkeypatch.setattr(handouts, "compose", compose_but_not_for_bruno)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    told, warned = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr("ui.crash.show_crash", lambda parent, report: warned.append(report))  # the old abort
    out = tmp_path / "event.pdf"
    printer = QPrinter()
    _to_pdf_file(printer, out)
    task, progress = print_event_handouts(window, window.db_path, "Pomona 2026-11", TODAY, printer)
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert told == [] and len(warned) == 1
    assert warned[0].startswith("2 handouts")
    assert warned[0].endswith("No handout could be printed for: Bruno Evento (layout failed)")
    sheets = int(warned[0].split("(", 1)[1].split(" ", 1)[0])
    assert sheets >= 2 and len(PdfReader(out).pages) == sheets  # the two handouts reached the printer


def test_print_all_for_an_event_can_be_cancelled(qtbot, window, repo, tmp_path, monkeypatch):
    for n in range(6):
        repo.add_client(probation_client(f"Persona {n} Cancelada", event="Long day"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    printer = QPrinter()
    _to_pdf_file(printer, tmp_path / "cancelled.pdf")
    cancelled, done = [], []
    task, progress = print_event_handouts(window, window.db_path, "Long day", TODAY, printer)
    task.signals.cancelled.connect(lambda: cancelled.append(True))
    task.signals.done.connect(done.append)
    cancel = progress.findChild(QPushButton)
    task.signals.progress.connect(lambda n, _t, _x: n and QTimer.singleShot(0, cancel.click))
    qtbot.waitUntil(lambda: bool(cancelled or done), timeout=60_000)
    assert cancelled and not done


def test_ctrl_p_right_after_typing_prints_the_record_with_the_edit(qtbot, window, repo, monkeypatch):
    # Keyboard check K20-06: " Jr" typed in Name, then Ctrl+P without leaving the field,
    # printed the stored record ("Handout for Rosa Keys"); the edit was saved only afterwards.
    client_id = repo.add_client(probation_client("Rosa Keys"))
    window.load()
    window.open_client(client_id)
    window.show()
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    seen = []
    monkeypatch.setattr(HandoutDialog, "exec", lambda self: seen.append(self.client.name) or QDialog.DialogCode.Rejected)
    name = window.client_view.record.person.name
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " Jr")
    qtbot.keyClick(name, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == ["Rosa Keys Jr"] and repo.get_client(client_id).name == "Rosa Keys Jr"


def test_print_handout_and_save_are_greyed_on_the_caseload_page(qtbot, window, repo):
    """Chosen from the menu on the caseload page, they did nothing at all (W21-15).  Print
    handout now acts there on the client chosen in the list (K81-01): greyed with nobody chosen."""
    client_id = repo.add_client(probation_client("Gris Menu"))
    window.load()
    assert not window.print_action.isEnabled() and not window.save_action.isEnabled()
    window.open_client(client_id)
    assert window.print_action.isEnabled() and window.save_action.isEnabled()
    window.show_caseload()  # the client just left is chosen in the list (E27-08)
    assert window.caseload.selected_client_id() == client_id
    assert window.print_action.isEnabled() and not window.save_action.isEnabled()
    window.caseload.table.clearSelection()
    assert not window.print_action.isEnabled()


def test_the_preview_says_when_the_handout_gives_no_way_to_reach_the_clinic(qtbot, window, repo):
    """No clinic details: the page ends "Questions? Contact the clinic" with no phone or
    address; the preview says so, and where to fill them in (W21-17)."""
    client_id = repo.add_client(probation_client("Nadia Noclinic"))
    window.load()
    window.open_client(client_id)
    view = window.client_view
    dialog = HandoutDialog(repo, view.client, view.screening, today=window.today, parent=view)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.no_contact.isVisible() and "File > Clinic details" in dialog.no_contact.text()
    repo.set_setting("clinic_phone", "(213) 555-0100")
    again = HandoutDialog(repo, view.client, view.screening, today=window.today, parent=view)
    qtbot.addWidget(again)
    again.show()
    assert not again.no_contact.isVisible()


def test_save_pdf_adds_the_suffix_to_a_name_typed_without_it(qtbot, repo, tmp_path, monkeypatch):
    """W21-29: "handout" typed in the save dialog made a file called "handout" that no PDF
    reader opens from a double click; it is saved as "handout.pdf", asked before replacing."""
    dialog = _dialog(qtbot, repo, probation_client("Sara Sufijo"))
    typed = tmp_path / "handout"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(typed), "PDF (*.pdf)")))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "handout.pdf"
    assert saved.read_bytes() == dialog.pdf and not typed.exists()
    assert dialog.page_label.text() == f"Saved handout.pdf in {tmp_path.resolve()}"

    # The dialog asked about "handout", not "handout.pdf": replacing that one is asked here.
    saved.write_bytes(b"an older handout")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.read_bytes() == b"an older handout" and "handout.pdf already exists" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved.read_bytes() == dialog.pdf


def test_k294_01_the_clinic_s_phone_is_added_from_the_preview_and_printed_at_once(qtbot, repo, announcements):
    """K294-01: the preview opened from intake (modal) said "add its phone or address in File >
    Clinic details", out of reach there, and the first client left with a page whose
    "¿Preguntas?" named no phone.  Its Clinic details... button opens that dialog from the
    preview, and the page is made again with the phone.  A298: a screen reader heard the
    button with no word of the note it answers, and nothing of the page made again."""
    from clinic_app.handouts.document import NO_CONTACT
    from ui.handout_dialog import REACHABLE_NOW

    dialog = _dialog(qtbot, repo, probation_client("Rosa Sinfono", language="es"))
    dialog.show()
    assert dialog.no_contact.isVisible() and dialog.clinic_details.isVisible()
    assert "(213) 555-0100" not in _text(dialog.pdf)
    assert dialog.clinic_details.accessibleDescription().startswith(f"Note: {NO_CONTACT} File > Clinic details, from here")

    def fill_in(details: ClinicDetailsDialog) -> None:
        details.fields["phone"].setText("(213) 555-0100")
        qtbot.keyClick(details.fields["phone"], Qt.Key.Key_Return)  # Save, the dialog's default

    when_modal(ClinicDetailsDialog, fill_in)
    qtbot.mouseClick(dialog.clinic_details, Qt.MouseButton.LeftButton)
    assert repo.get_setting("clinic_phone") == "(213) 555-0100"  # stored as File > Clinic details stores it
    dialog.wait_for_pages()
    assert "(213) 555-0100" in _text(dialog.pdf)
    assert not dialog.no_contact.isVisible() and not dialog.clinic_details.isVisible()
    assert dialog.print_button.accessibleDescription() == ""  # the note no longer heard on Print
    assert (dialog.print_button, REACHABLE_NOW) in [(source, said) for source, said, _ in announcements]


def test_a_clinic_given_to_the_preview_with_a_phone_takes_the_note_and_its_button_away(qtbot, repo):
    """The screenshot tool gives the preview a demo clinic with a phone (V27-06: never stored):
    it hid the no-phone note alone, and the picture showed K294-01's Clinic details... button
    with nothing beside it to answer.  Given a clinic that can be reached, both go."""
    from dataclasses import replace

    dialog = _dialog(qtbot, repo, probation_client("Rosa Sinfono"))
    dialog.show()
    assert dialog.no_contact.isVisible() and dialog.clinic_details.isVisible()
    dialog.use_clinic(replace(dialog.clinic, phone="(213) 555-0100"))
    assert not dialog.no_contact.isVisible() and not dialog.clinic_details.isVisible()
    assert repo.get_setting("clinic_phone") in (None, "")  # for the picture only, not stored


def _answer_question(qtbot, seen: list, key=None, click: str | None = None) -> None:
    """Answer the next message box by a key press (or a click on the button named `click`),
    noting its text and default/escape buttons."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append((box.text(), box.defaultButton().text(), box.escapeButton().text()))
        if click is not None:
            button = next(b for b in box.buttons() if b.text().replace("&", "") == click)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # offscreen, no window takes Alt+D
        else:
            qtbot.keyClick(box, key)

    QTimer.singleShot(0, answer)


def test_escape_in_clinic_details_asks_before_the_typed_details_are_lost(qtbot, repo):
    """W22-05: an address typed in File > Clinic details went with one Escape, without a word."""
    repo.set_setting("clinic_name", "Harbor Clinic")
    dialog = ClinicDetailsDialog(repo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.fields["name"], Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible()

    dialog.show()
    address = dialog.fields["address"]
    address.setFocus()
    qtbot.keyClicks(address, "100 Test St, Los Angeles, CA 90012")
    seen: list = []
    _answer_question(qtbot, seen, Qt.Key.Key_Escape)  # Escape again: stays
    qtbot.keyClick(address, Qt.Key.Key_Escape)
    assert seen[0] == ("The clinic details you typed are not saved.\n\nStay and press Save, or discard them.", "&Stay", "&Stay")
    assert dialog.isVisible() and address.text() == "100 Test St, Los Angeles, CA 90012"

    _answer_question(qtbot, seen, click="Discard")
    qtbot.keyClick(address, Qt.Key.Key_Escape)
    assert len(seen) == 2 and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected and repo.get_setting("clinic_address") is None
    assert repo.get_setting("clinic_name") == "Harbor Clinic"


def test_printing_runs_off_the_window_s_thread_with_progress_and_cancel(qtbot, repo, tmp_path, monkeypatch):
    """W23-11: every page went to the printer as a 300-dpi raster on the window's thread: an
    eight-page handout froze the window for seconds, unpainted, with no sign of work.  It
    prints on a worker behind a progress dialog; Cancel drops the job."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    dialog = _dialog(qtbot, repo, probation_client("Pablo Progress", restitution_ordered=500))
    out = tmp_path / "printed.pdf"

    def accept(self):
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(out))  # full resolution: a raster of 300 dpi a page
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    dialog.show()
    ticks = []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    assert dialog.print_handout() is True
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None and progress.isVisible() and progress.labelText().startswith("Printing the handout")
    qtbot.waitUntil(lambda: dialog.page_label.text().startswith("Sent"), timeout=60_000)
    timer.stop()
    assert len(ticks) > 3  # the window's thread ran on while the pages were printed
    assert len(PdfReader(out).pages) == dialog.page_count

    out.unlink()
    assert dialog.print_handout() is True
    (progress,) = [shown for shown in dialog.findChildren(QProgressDialog) if shown.isVisible()]
    progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: dialog.page_label.text() == "Printing cancelled", timeout=60_000)


def test_the_preview_names_a_field_the_handout_font_cannot_print(qtbot, repo):
    """H25-02: a name in Chinese printed as empty boxes and nothing said so.  The preview now
    says which field has such characters, and what to do; the page has a blank line there."""
    repo.set_setting("clinic_address", "1200 E 1st St, 洛杉矶")
    dialog = _dialog(qtbot, repo, probation_client("王小明"))
    dialog.show()
    assert dialog.unprintable.isVisible()
    assert dialog.unprintable.text() == (
        "The client's name has characters the handout font cannot print: 王小明. Type the name in Latin "
        "letters in the record, or print and write it by hand.\n"
        "The clinic's address has characters the handout font cannot print: 洛杉矶. Type it in Latin "
        "letters in File > Clinic details, or print and write it by hand.")
    text = _text(dialog.pdf)
    assert "王" not in text and "Prepared for ____________" in text
    dialog.language.setCurrentIndex(dialog.language.findData("es"))  # said in every language
    dialog.wait_for_pages()
    assert dialog.unprintable.isVisible() and "王小明" in dialog.unprintable.text()


def test_the_preview_says_nothing_of_a_name_the_font_prints(qtbot, repo):
    dialog = _dialog(qtbot, repo, probation_client("Minh Nguyễn Đức"))
    dialog.show()
    assert not dialog.unprintable.isVisible() and dialog.unprintable.text() == ""


def test_printing_and_saving_an_events_handouts_name_the_blanks_to_fill_in(qtbot, window, repo, tmp_path, monkeypatch):
    """H25-03: the event's batch printed a Chinese name as boxes and its summary said nothing;
    it now names the client and the field, whose handout has a blank line there."""
    from ui.tasks import save_event_handouts

    for name in ("王小明", "Ana Evento"):
        repo.add_client(probation_client(name, event="Pomona 2026-11"))
    told, warned = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    printer = QPrinter()
    _to_pdf_file(printer, tmp_path / "event.pdf")
    print_event_handouts(window, window.db_path, "Pomona 2026-11", TODAY, printer)
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    save_event_handouts(window, window.db_path, "Pomona 2026-11", TODAY)
    qtbot.waitUntil(lambda: len(told) + len(warned) == 2, timeout=60_000)
    assert warned == [] and len(told) == 2
    note = ("\n\nSome handouts have a blank line to fill in by hand:\n王小明: The client's name has characters the "
            "handout font cannot print: 王小明. Type the name in Latin letters in the record, or print and write it by hand.")
    assert told[0].startswith("2 handouts") and told[0].endswith(note)
    assert told[1].startswith("2 handouts") and told[1].endswith(note)


def test_the_suggested_file_name_keeps_an_accented_name_readable(qtbot, repo):
    """H25-04: "María Pérez" was saved as handout-Mar-a-P-rez-...: the accented letters went
    with their accents.  They now lose only the accent, as the event's file names do."""
    dialog = _dialog(qtbot, repo, probation_client("María Pérez Núñez"))
    assert dialog.suggested_name() == f"handout-Maria-Perez-Nunez-en-{TODAY.isoformat()}.pdf"


def test_a_screen_reader_hears_the_blank_lines_on_print_and_save(qtbot, repo):
    """F25-02: the words on a name the handout cannot print were shown in amber above the
    pages only; a screen-reader user, on Print or Save PDF, was not told the page has a
    blank line where the name goes.  They are now those buttons' spoken description."""
    repo.set_setting("clinic_phone", "(213) 555-0100")  # no contact note: the blank lines alone
    dialog = _dialog(qtbot, repo, probation_client("王小明"))
    dialog.show()
    for button in (dialog.print_button, dialog.save_button):
        assert button.accessibleDescription() == "Note: " + dialog.unprintable.text()
        assert "王小明" in button.accessibleDescription()
    plain = _dialog(qtbot, repo, probation_client("Minh Nguyễn Đức"))
    assert plain.print_button.accessibleDescription() == "" and plain.save_button.accessibleDescription() == ""


def test_a_screen_reader_hears_the_no_contact_note_on_print_and_save(qtbot, repo):
    """W26-02: the note that the handout gives no way to reach the clinic (W21-17) was shown
    above the pages only; a screen-reader user on Print or Save PDF was not told.  It is now
    part of those buttons' spoken description, with the blank lines' note (F25-02) when both show."""
    dialog = _dialog(qtbot, repo, probation_client("Nadia Noclinic"))
    dialog.show()
    assert dialog.no_contact.isVisible()
    for button in (dialog.print_button, dialog.save_button):
        assert button.accessibleDescription() == "Note: " + dialog.no_contact.text()
    both = _dialog(qtbot, repo, probation_client("王小明"))
    both.show()
    for button in (both.print_button, both.save_button):
        assert button.accessibleDescription() == f"Note: {both.no_contact.text()}\nNote: {both.unprintable.text()}"
    both.language.setCurrentIndex(both.language.findData("es"))  # re-rendered: the contact note stays heard
    assert both.print_button.accessibleDescription().startswith("Note: " + both.no_contact.text())
    repo.set_setting("clinic_phone", "(213) 555-0100")
    reachable = _dialog(qtbot, repo, probation_client("Minh Nguyễn Đức"))
    assert reachable.print_button.accessibleDescription() == "" and reachable.save_button.accessibleDescription() == ""


def test_the_print_job_is_named_by_the_clients_number_not_their_name(qtbot, repo, monkeypatch):
    """V27-04: the print job was named as the saved file is, "handout-Maria-Perez-Nunez-en-...":
    the print queue, the computer's print log and a network printer's job list (its web page,
    open to the whole clinic network) showed who the record-clearance clients were.  The job
    now names the client by their number; the page itself names them, as before."""
    client = probation_client("María Pérez Núñez")
    dialog = _dialog(qtbot, repo, client)  # adds them: client.id is set
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert dialog.print_handout() is False
    job = dialog.printer.docName()
    assert job == f"handout-client-{client.id}-en-{TODAY.isoformat()}"
    assert "Maria" not in job and "Perez" not in job
    assert "María Pérez Núñez" in _text(dialog.pdf)


def test_save_pdf_says_the_folder_it_saved_into(qtbot, window, repo, tmp_path, monkeypatch, announcements):
    """E27B-05: Save PDF said "Saved Sergio-Saved.pdf" and nothing of where: the folder the
    file dialog happened to be in is now said in full, in the preview, aloud and in the
    main window's status bar."""
    client_id = repo.add_client(probation_client("Sergio Saved"))
    window.load()
    window.open_client(client_id)
    target = tmp_path / "march fair" / "Sergio-Saved.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "PDF (*.pdf)")))
    shown = []

    def save_from_preview(preview):  # the modal preview: Save PDF... clicked there
        qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
        shown.append(preview.page_label.text())
        return 0

    monkeypatch.setattr(HandoutDialog, "exec", save_from_preview)
    window.client_view.print_handout()
    said = f"Saved Sergio-Saved.pdf in {target.parent.resolve()}"
    assert target.read_bytes()[:5] == b"%PDF-"
    assert shown == [said]
    assert said in [message for _obj, message, _politeness in announcements]
    assert window.statusBar().currentMessage() == said


def test_the_preview_s_pages_are_made_on_a_worker_and_the_latest_choice_wins(qtbot, repo, monkeypatch, tmp_path):
    """P28-02: the preview composed, rendered and drew its pages on the window's thread: at
    5,000 clients it held the window 350-900 ms each time it opened, and 100-370 ms at each
    language, print size or date chosen.  The pages are now made on a worker: the dialog is
    there at once ("Preparing the pages..."), the window keeps answering, pages made for an
    older choice are dropped, and Save waits for the pages of the choice shown."""
    import threading

    import ui.handout_dialog as handout_dialog

    release = threading.Event()
    made_on: list[bool] = []
    real = handout_dialog.make_pages

    def make_pages(*args):
        made_on.append(threading.current_thread() is threading.main_thread())
        release.wait(30)
        return real(*args)

    monkeypatch.setattr(handout_dialog, "make_pages", make_pages)
    client = probation_client("Paz Pending", language="es")
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    # Back from the constructor with the pages still being made, and the event loop turning.
    assert not dialog.ready and dialog.page_label.text() == "Preparing the pages..."
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks))
    assert not dialog.ready and dialog.view.pages == []
    # Chosen again before the Spanish pages came: only the English ones are shown.
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    release.set()
    dialog.wait_for_pages()
    assert made_on and not any(made_on)  # never on the window's thread
    assert dialog.ready and dialog.page_count == len(dialog.view.pages) >= 1
    english = _text(dialog.pdf)
    assert "Paz Pending" in english and dialog.page_label.text() == f"Page 1 of {dialog.page_count}"

    # Save right after a choice saves that choice's pages, not the ones on screen before it.
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert not dialog.ready and dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.ready and target.read_bytes() == dialog.pdf
    assert _text(dialog.pdf) != english


def test_the_preview_s_pages_are_started_once_the_dialog_is_on_screen(qtbot, repo, monkeypatch):
    """P28-03: made on a worker from the dialog's constructor (P28-02), the pages' ReportLab
    kept the interpreter busy while the dialog first showed itself, and every one of those
    Qt events goes through the window's Python event filters: the window still stalled
    300-330 ms.  The pages are now started once the dialog has painted; a dialog never shown
    makes them when they are asked for."""
    import ui.handout_dialog as handout_dialog

    started: list[bool] = []
    real = handout_dialog.make_pages

    def make_pages(*args):
        started.append(True)
        return real(*args)

    monkeypatch.setattr(handout_dialog, "make_pages", make_pages)
    client = probation_client("Omar Onscreen")
    repo.add_client(client)
    dialog = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.wait(100)
    assert started == [] and not dialog.ready  # not while the dialog is not on screen
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ready, timeout=30_000)
    assert started == [True] and dialog.view.pages

    unseen = HandoutDialog(repo, client, screen_client(client, TODAY).screening, today=TODAY)
    qtbot.addWidget(unseen)
    assert _text(unseen.pdf) and started == [True, True]  # asked for: made, never shown


def test_print_an_events_handouts_after_saving_them(qtbot, window, repo, tmp_path, monkeypatch):
    """F30-03: saving an event's handouts loaded the handouts' `compose` module first, which
    took the place of the function of that name: printing them afterwards (or a client's
    handout preview) failed for every client with "'module' object is not callable"."""
    from ui.tasks import save_event_handouts

    for name, lang in (("Ana Evento", "en"), ("Bruno Evento", "es")):
        repo.add_client(probation_client(name, event="Pomona 2026-11", language=lang))
    told, warned = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    import sys

    import clinic_app.handouts as handouts

    # As in a new session: the handouts' modules not loaded yet, the saving loads them first.
    for name in ("compose", "batch"):
        monkeypatch.delitem(sys.modules, f"clinic_app.handouts.{name}", raising=False)
    for name in ("compose", "batch", "render_event", "EventResult"):
        monkeypatch.delitem(handouts.__dict__, name, raising=False)
    save_event_handouts(window, window.db_path, "Pomona 2026-11", TODAY)
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert warned == [] and told[0].startswith("2 handouts")
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    printer = QPrinter()
    _to_pdf_file(printer, tmp_path / "event.pdf")
    print_event_handouts(window, window.db_path, "Pomona 2026-11", TODAY, printer)
    qtbot.waitUntil(lambda: len(told) + len(warned) == 2, timeout=60_000)
    assert warned == [] and told[1].startswith("2 handouts")
    assert len(PdfReader(tmp_path / "event.pdf").pages) >= 2


def test_f37_filing_worksheet_from_the_menu_saves_the_pdf_and_says_where(qtbot, window, repo, tmp_path, monkeypatch, announcements):
    """Caseload > Filing worksheet...: the open client's worksheet saved where chosen, readable
    by its user only, said with its folder; the next one is offered that folder again."""
    import stat
    from pathlib import Path

    staff = tmp_path / "staff"
    staff.mkdir()
    offered = []

    def pick(parent, title, suggested, kinds):
        offered.append(suggested)
        return str(staff / Path(suggested).name), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(pick))
    assert not window.worksheet_action.isEnabled()  # the caseload page: no client open
    window.open_client(repo.add_client(probation_client("Wendy Worksheet")))
    assert window.worksheet_action.isEnabled()
    window.worksheet_action.trigger()
    saved = staff / f"worksheet-Wendy-Worksheet-{TODAY.isoformat()}.pdf"
    assert saved.is_file() and stat.S_IMODE(saved.stat().st_mode) == 0o600
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(saved).pages)
    assert "Filing worksheet: Wendy Worksheet" in text and "Case BA100001 — " in text and "PC 459" in text
    said = f"Saved {saved.name} in {staff.resolve()}"
    assert window.statusBar().currentMessage() == said and said in [message for _o, message, _p in announcements]
    window.worksheet_action.trigger()
    assert Path(offered[1]).parent == staff  # the folder remembered
