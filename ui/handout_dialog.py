"""The client's handout before it leaves the clinic: preview, print, save as PDF.

The preview shows the real PDF, not a look-alike: `clinic_app.handouts.compose` and
`render_bytes` make the same bytes the command line writes, PDFium (pypdfium2) turns each
page into an image, and the same images go to the printer, one PDF page per sheet of
letter paper.  (PySide6-Essentials ships no QtPdf, hence PDFium.)

The preview's pages are made on a worker thread too (`make_pages`), so the window answers
while they are composed and drawn; Print and Save wait for the pages of the options chosen.

`PrintRun` is also what "print all for this event" uses on its worker thread:
Qt allows a QPainter on a QPrinter outside the UI thread, and PDFium is serialised by a
lock because it is not thread-safe.
"""

from __future__ import annotations

import errno
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPageSize, QPainter, QPalette, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shiboken6 import isValid

from clinic_app.eligibility import facts_hash
from clinic_app.model import Client, Screening
from clinic_app.private_files import discard_partial, open_private, write_private
from clinic_app.review import awaiting_said, waiting_said
from db.repository import Repository
from ui.flow_layout import FlowLayout
from ui.forms import NamedWords, announce, announce_when_changed, folder_last_used, named_with_suffix, remember_papers_folder
from ui.screen_fit import on_screen

PREVIEW_DPI = 96  # one page fits a laptop screen's width comfortably at 100%
LETTER_WIDTH_INCHES = 8.5  # the handout's page (letter_printer)
PRINT_DPI_LIMIT = 300  # enough for 10-point type; a 1200-dpi raster of a letter page is 540 MB
HANDOUT_FOLDER_SETTING = "handouts/folder"  # where the last handout was saved (a folder only: no name)

# Where the results still waiting for the attorney are found, said after the preview's note of
# them (E122-03): in the window, the client's Eligibility tab.  Intake, which has no such tab,
# says its own way (K294-02).
REVIEW_FOUND_BY = "F8 on the Eligibility tab goes to each"
# Heard once the clinic's details saved from the preview give the page a way to reach it (A298).
REACHABLE_NOW = "Made again: the handout now says how to reach the clinic."

_pdfium_lock = threading.Lock()  # PDFium is not thread-safe: one document operation at a time


# ---- PDF pages as images (no widgets: usable on a worker thread) -----------------------


def pdf_page_count(pdf: bytes) -> int:
    """How many pages the PDF has."""
    import pypdfium2 as pdfium

    with _pdfium_lock:
        doc = pdfium.PdfDocument(pdf)
        try:
            return len(doc)
        finally:
            doc.close()


def pdf_page_images(pdf: bytes, dpi: float, pages: list[int] | None = None) -> list[QImage]:
    """The PDF's pages (all, or the 0-based `pages`) as opaque white-backed images at `dpi`."""
    import pypdfium2 as pdfium

    images = []
    with _pdfium_lock:
        doc = pdfium.PdfDocument(pdf)
        try:
            for index in range(len(doc)) if pages is None else pages:
                page = doc[index]
                bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True, prefer_bgrx=True)
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
                images.append(image.copy())  # own the pixels: the bitmap's buffer goes with it
                bitmap.close()
                page.close()
        finally:
            doc.close()
    return images


def pdf_page_texts(pdf: bytes) -> list[str]:
    """Each page's words (for screen readers), read back from the PDF itself."""
    import pypdfium2 as pdfium

    texts = []
    with _pdfium_lock:
        doc = pdfium.PdfDocument(pdf)
        try:
            for page in doc:
                textpage = page.get_textpage()
                texts.append(textpage.get_text_bounded())
                textpage.close()
                page.close()
        finally:
            doc.close()
    return texts


@dataclass(frozen=True)
class Pages:
    """A handout made for one choice of language, print size and date: what the preview shows."""

    screening: Screening | None  # None when the client could not be screened (problem says why)
    pdf: bytes = b""
    unprintable: str = ""  # the fields the font cannot print, a line each
    images: tuple[QImage, ...] = ()
    texts: tuple[str, ...] = ()
    problem: str = ""  # why there is no handout (no name yet), in place of the pages


def make_pages(client: Client, screening: Screening, clinic, lang: str, large: bool, as_of: date, dpi: float,
               reviews: Sequence[tuple[str, date]] = ()) -> Pages:
    """Compose, render and draw the handout's pages (no widgets: run on a worker thread);
    `reviews`, the attorney's that count (Repository.denial_reviews, read on the window's thread)."""
    from clinic_app.handouts import compose, render_bytes
    from clinic_app.handouts.glyphs import unprintable_fields

    try:
        handout = compose(client, screening, clinic, lang=lang, large_print=large, as_of=as_of, reviews=reviews)
        pdf = render_bytes(handout)
    except ValueError as error:  # e.g. no name yet: said instead of showing stale pages
        return Pages(screening, problem=str(error))
    return Pages(screening, pdf, "\n".join(str(field) for field in unprintable_fields(handout)),
                 tuple(pdf_page_images(pdf, dpi)), tuple(pdf_page_texts(pdf)))


def letter_printer() -> QPrinter:
    """A printer (or PDF file) set up for US letter paper, portrait, edge to edge."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)  # the handout has its own margins; place the page as it is
    return printer


def printer_set_up() -> bool:
    """Is any printer set up on this computer?  With none, the system print dialog offers
    only "Print to File (PDF)", its file a folder, and the job was then said "sent to the
    printer" (J64-02)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return bool(QPrinterInfo.availablePrinterNames())


def no_printer_save_instead(parent: QWidget, what: str, *, many: bool = False) -> bool:
    """Say that no printer is set up, before the print dialog, and offer to save `what` as PDF
    to print elsewhere; True when the user chose to save.  Saving is the default (Enter).
    `many`: `what` is a batch, saved as a folder of PDFs ("Save it" of an event's handouts: U67-04)."""
    them, pdf = ("them", "PDFs") if many else ("it", "PDF")
    box = QMessageBox(QMessageBox.Icon.Warning, "No printer",
                      f"No printer is set up on this computer, so {what} cannot be printed here.\n\n"
                      f"Save {them} as {pdf} (on a USB stick, say), and print {them} from a computer with a printer.",
                      parent=parent)
    save = box.addButton("&Save as PDF...", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is save


def printed_where(printer: QPrinter) -> str:
    """Where a print job went: "to the printer", or, when "Print to File" was chosen in the
    print dialog, the file, and that nothing is on paper."""
    if printed_to_file(printer):
        return f"to the file {printer.outputFileName()}, not to a printer: nothing is on paper"
    return "to the printer"


def printed_to_file(printer: QPrinter) -> bool:
    """Was "Print to File" chosen in the print dialog: the job a PDF file, not sheets of paper?"""
    return printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and bool(printer.outputFileName())


def make_print_file_private(printer: QPrinter) -> None:
    """Before a job printed to a file starts: the file made (or narrowed) the user's alone.

    Qt wrote it with the default mode (0644 under the usual umask), every account on a shared
    clinic laptop could read the client's handout there, while Save PDF's file is the user's
    only (clinic_app.private_files, D21-04).  Qt writes into the file that is there, its mode
    kept, so it is made 0600 before the first page, not changed after the last (when it would
    have been readable all through the job)."""
    if not printed_to_file(printer):
        return
    path = printer.outputFileName()
    try:
        open_private(path).close()
    except OSError as error:
        raise print_file_not_written(path, error) from error


def print_file_not_written(path: str | Path, error: OSError, whole: str = "") -> OSError:
    """The print job's file could not be written (`whole`: " whole", its end not written), in
    PrintRun's words, with what to do as a file not saved says it (H99-04): "The file ...
    could not be written: Read-only file system" had said what the drive did, not what to do
    (H100-03).  Said as every file not written is said (said_with_what_to_do): it had built
    the same words by hand, and ended without a full stop where there was no advice."""
    from clinic_app.private_files import said_with_what_to_do

    return OSError(said_with_what_to_do(f"The file {path} could not be written{whole}: {error.strerror or error}", error))


def check_print_file_whole(printer: QPrinter) -> None:
    """After a job printed to a file ends: raise print_file_not_written if the file is not
    whole, having removed it.  On a USB stick that filled as the pages went, Qt's PDF writer
    said nothing (QPainter.end was true) and left the file cut short, a PDF no viewer opens,
    and the job was said "sent to the file" (a real 300 KB stick: 48 KB of an 8-page handout,
    H100-03).  Qt ends the file it writes with "%%EOF"."""
    if not printed_to_file(printer):
        return
    path = Path(printer.outputFileName())
    if path.exists() and not path.is_file():
        return  # a device (/dev/null) or a pipe: nothing to check, and never removed
    try:
        with open(path, "rb") as written:
            written.seek(max(path.stat().st_size - 64, 0))
            if b"%%EOF" in written.read():
                return
    except OSError:
        pass
    discard_partial(path)  # a cut PDF opens nowhere, or opens as if whole where a reader mends it
    from clinic_app.private_files import drive_is_full

    code = errno.ENOSPC if drive_is_full(path.parent) else errno.EIO
    raise print_file_not_written(path, OSError(code, os.strerror(code), str(path)), " whole")


def print_failed(parent: QWidget, title: str, error: BaseException, report: str) -> None:
    """A print job that failed: the printer would not start or stopped taking pages, or the
    file printed to could not be written (make_print_file_private), said in PrintRun's words;
    a bug in the crash dialog.  The preview's and an event's batch's (Z64-01: the batch's went
    through the caseload's wording, "The file could not be used: The file X could not be
    written: ...", and "The file could not be used: The printer could not be started").
    A caseload error (the batch reads the caseload) is said as any task's is."""
    from ui.crash import show_crash, user_error_text

    text = str(error) if isinstance(error, OSError) else user_error_text(error)
    if text is not None:
        QMessageBox.warning(parent, title, text)
        return
    show_crash(parent, report)


def _print_dpi(printer: QPrinter) -> float:
    return float(min(printer.resolution(), PRINT_DPI_LIMIT))


def _page_range(printer: QPrinter, count: int) -> list[int]:
    """The 0-based pages the user asked for in the print dialog (all when no range is set)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return list(range(count))
    return list(range(max(first, 1) - 1, min(last, count)))


class PrintRun:
    """One print job of many PDFs: each page of each PDF on its own sheet.

    Call `add(pdf)` for each document, then `finish()`; `abort()` stops the job.  Used by
    the preview (one PDF) and by the event batch (one PDF per client, on a worker thread).
    """

    def __init__(self, printer: QPrinter, *, use_range: bool = False):
        self.printer = printer
        self.use_range = use_range
        self.painter: QPainter | None = None
        self.sheets = 0
        self.file_made = False  # "Print to File": the job's file is made (make_print_file_private)

    def add(self, pdf: bytes, on_page: Callable[[int, int], None] | None = None) -> int:
        """Print every page of `pdf` (or the dialog's range); returns the number printed.
        `on_page(done, total)` is called before each page (progress, and a check for Cancel)."""
        count = pdf_page_count(pdf)
        pages = _page_range(self.printer, count) if self.use_range else list(range(count))
        dpi = _print_dpi(self.printer)
        for done, index in enumerate(pages):
            if on_page is not None:
                on_page(done, len(pages))
            (image,) = pdf_page_images(pdf, dpi, [index])
            self._sheet(image)
        return len(pages)

    def _sheet(self, image: QImage) -> None:
        if self.painter is None:
            make_print_file_private(self.printer)
            self.file_made = printed_to_file(self.printer)
            self.painter = QPainter()
            if not self.painter.begin(self.printer):
                raise OSError("The printer could not be started. Check that it is on and try again.")
        elif not self.printer.newPage():
            raise OSError("The printer stopped taking pages.")
        target = QRectF(self.printer.paperRect(QPrinter.Unit.DevicePixel))
        target.moveTo(0, 0)  # full-page mode: the painter's origin is the paper's corner
        self.painter.drawImage(target, image)
        self.sheets += 1

    def finish(self) -> int:
        """End the job (sends it to the printer / closes the file); the number of sheets."""
        if self.painter is not None:
            self.painter.end()
            self.painter = None
            check_print_file_whole(self.printer)  # Qt says nothing of a drive that filled (H100-03)
        return self.sheets

    def abort(self) -> None:
        """Cancel: nothing more is printed, the spooled job is dropped where the system allows."""
        self.printer.abort()
        if self.painter is not None and self.painter.isActive():
            self.painter.end()
        self.painter = None
        if self.file_made:
            # Qt's PDF job cannot be dropped: the pages before Cancel were left in the file, a
            # PDF that opened and printed as if whole, though a handout or an event's batch
            # stopped half-way (X64-04).  The file is this job's (made at its first page).
            discard_partial(Path(self.printer.outputFileName()))


def print_job(printer: QPrinter, pdf: bytes):
    """The preview's print, for a worker thread (ui.tasks): every page of `pdf` in the print
    dialog's range, one per sheet, with progress; Cancel drops the job.  Returns the sheets."""

    def job(ctx) -> int:
        def on_page(done: int, total: int) -> None:
            ctx.check()
            ctx.progress(done, total, f"Page {done + 1} of {total}")

        run = PrintRun(printer, use_range=True)
        try:
            run.add(pdf, on_page)
            ctx.check()
        except BaseException:
            run.abort()  # cancelled or failed: no half job reaches the printer
            raise
        return run.finish()

    return job


# ---- the preview dialog -----------------------------------------------------------------


def language_choices() -> list[tuple[str, str]]:
    """(name, code) for every handout language ("English", "en"), English first."""
    from clinic_app.handouts import available_languages, load_texts

    out = []
    for code in available_languages():
        try:
            out.append((load_texts(code)["meta"].get("language_name", code), code))
        except Exception:  # noqa: BLE001 - a broken translation is left out of the list, not fatal
            continue
    return out


class PageView(QScrollArea):
    """The pages one under another, as on a desk; knows which page is in view."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAccessibleName("Handout pages")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys and Page Up/Down scroll
        self.setBackgroundRole(QPalette.ColorRole.Dark)  # pages stand out like paper on a desk
        self.pages: list[QLabel] = []
        inner = QWidget()
        self._layout = QVBoxLayout(inner)
        self._layout.setSpacing(16)
        self._layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(inner)

    def show_pages(self, images: list[QImage], texts: list[str]) -> None:
        for label in self.pages:
            label.setParent(None)
            label.deleteLater()
        self.pages = []
        for number, (image, text) in enumerate(zip(images, texts), start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setFrameShape(QLabel.Shape.Box)
            label.setAccessibleName(f"Page {number} of {len(images)}")
            label.setAccessibleDescription(text)  # a screen reader hears the page's words
            self._layout.addWidget(label)
            label.show()  # at once, not at the next turn of the event loop: laid out when asked
            self.pages.append(label)

    def current_page(self) -> int:
        """The 1-based page whose top is nearest above the middle of the view."""
        if not self.pages:
            return 0
        if self.verticalScrollBar().value() == 0:
            return 1  # at the top, whatever the layout has placed yet (new pages are laid out later)
        middle = self.verticalScrollBar().value() + self.viewport().height() // 2
        current, top = 1, self.pages[0].y()
        for number, label in enumerate(self.pages, start=1):
            if top < label.y() <= middle:  # strictly lower: before layout every page is at 0
                current, top = number, label.y()
        return current

    def go_to(self, number: int) -> None:
        if self.pages:
            label = self.pages[max(1, min(number, len(self.pages))) - 1]
            self.verticalScrollBar().setValue(label.y() - self._layout.spacing())


class LanguageBox(QComboBox):
    """The handout's language: Enter in it (closed) takes the language chosen, and only that.
    A closed drop-down leaves Enter to its dialog, whose default button is Print: choosing
    Español by the arrow keys and Enter opened the print dialog at once (W25-04)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # the arrow keys already chose the language; the preview shows it
            return
        super().keyPressEvent(event)


def large_print_suffix(large: bool) -> str:
    """"-large-print" on a large-print handout's file and print job: the two sizes of one client's
    handout of a day were saved under one name, the second replacing the first (or asked to), and
    the file did not say which it was (L119-04); a batch's folder is named so too (L119-02)."""
    return "-large-print" if large else ""


class LargePrintBox(QCheckBox):
    """Large print: Space ticks it; Enter on it does nothing.  Left to the dialog, Enter on
    the box pressed its default button, Print, and opened the print dialog (W26-03)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)


class HandoutDialog(QDialog):
    """Preview of one client's handout with language, large print and date; Print and Save PDF."""

    said = Signal(str)  # where a PDF was saved, for the main window's status bar

    def __init__(self, repo: Repository, client: Client, screening: Screening | None, *, today: date,
                 screen: Callable[[Client, date], Screening] | None = None, parent: QWidget | None = None,
                 keep_language: Callable[[str], None] | None = None, taken_back_by: str | None = "Edit > Undo",
                 clock: Callable[[], date] | None = None, review_found_by: str = REVIEW_FOUND_BY):
        """`clock`: the window's day, asked as the pages go out (a preview left open past midnight).
        `keep_language(code)`: store `code` as the client's handout language, an undoable
        step (the window's); None where the preview cannot (a client not stored yet).
        `taken_back_by`: what undoes that step where the preview was opened from, said once it
        is kept; None where nothing does.
        `review_found_by`: where, from where the preview was opened, the results that wait for
        the attorney are found (REVIEW_FOUND_BY: the Eligibility tab's F8)."""
        super().__init__(parent)
        self._keep_language = keep_language
        # A caseload the program cannot write keeps no language: the button was offered there,
        # and pressed, failed with "Check the file's permissions" (K288-03).  Asked once: the
        # connection stays as it opened (K273).
        self._language_refused = keep_language is not None and repo.read_only()
        self._taken_back_by = taken_back_by
        self._review_found_by = review_found_by
        self._language_saved: str | None = None  # the language the button kept, while the dialog is open
        from clinic_app.handouts.command import clinic_from_settings

        self.repo = repo
        self.client = client
        self.today = today
        self._clock = clock
        # Kept under the day it was screened for: intake left open past midnight gave the
        # evening's, and the page dated today told the client to come back on a day gone (M191-04).
        self._screenings = {screening.as_of: screening} if screening is not None else {}
        self._screen = screen or _screen
        self.clinic = clinic_from_settings(repo.get_setting)
        # A denial the attorney has reviewed is said so on the page, as on the worksheet (D64-01).
        self.reviews = repo.denial_reviews(client.id) if client.id is not None else []
        self._pdf: bytes = b""
        self._page_count = 0
        # The pages are made on a worker (P28-02): the preview held the window 350-900 ms at
        # 5,000 clients each time it opened, and 100-370 ms at each language, size or date
        # chosen.  `_asked` counts the choices made; pages made for an older one are dropped.
        self._asked = self._made = 0
        self._start: Callable[[], None] | None = None  # the making of the pages chosen, until painted
        self._painted = False
        self._drawn_dpi = 0.0  # the pages' size as drawn (preview_dpi then)
        self._redraw_timer = QTimer(self, singleShot=True, interval=150)
        self._redraw_timer.timeout.connect(self._redraw_for_width)
        self.printer: QPrinter | None = None  # kept: the next print remembers the printer chosen
        self.setWindowTitle(f"Handout for {client.name}")
        self._build()
        self.resize(on_screen(self, 900, 960))  # its buttons were below a 768-pixel screen (W27B-06)
        self.render()

    def _build(self) -> None:
        from ui.forms import AsOfDateEdit, MessageLabel

        layout = QVBoxLayout(self)
        controls = QHBoxLayout()
        self.language = LanguageBox()
        for name, code in language_choices():
            self.language.addItem(name, code)
        index = self.language.findData(self.client.language)
        self.language.setCurrentIndex(max(index, 0))
        self.language.setAccessibleName("Handout language")
        # No two controls share an Alt key (W25-07): Alt+L went to Large print before Language,
        # and Alt+P to Previous page, never to Print.
        self.large_print = LargePrintBox("Lar&ge print")
        self.large_print.setAccessibleName("Large print")
        self.as_of = AsOfDateEdit(self.today)
        self.as_of.setAccessibleName("Handout speaks for the date")
        for title, widget in (("&Language:", self.language), ("&As of:", self.as_of)):
            label = QLabel(title)
            label.setBuddy(widget)
            controls.addWidget(label)
            controls.addWidget(widget)
            if widget is self.language:
                controls.addWidget(self.large_print)
        controls.addStretch(1)
        layout.addLayout(controls)
        # Without the clinic's details the page ends "Questions? Contact the clinic" with no
        # phone or address, and nothing here said so before a batch went out (W21-17).
        self.no_contact = MessageLabel()
        self.no_contact.setAccessibleName("About the clinic's contact")
        # The way to the details beside the words that ask for them: the preview opened from
        # intake, which is modal, kept File > Clinic details out of reach, and the first client
        # left with a page whose "Questions?" named no phone (F290, K294-01).  Not offered on a
        # caseload that cannot be written: the details typed could not be kept (K282).
        self.clinic_details = QPushButton("Clinic de&tails...")
        self.clinic_details.setToolTip("File > Clinic details, from here: the page is made again with the phone or "
                                       "address saved")
        self.clinic_details.clicked.connect(self._edit_clinic_details)
        contact_row = QHBoxLayout()
        contact_row.addWidget(self.no_contact, 1)
        contact_row.addWidget(self.clinic_details, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(contact_row)
        self._say_no_contact()
        # A client with no case entered yet gets a page that says so (J63-07, D64-03).
        self.no_case = MessageLabel()
        self.no_case.setAccessibleName("About the client's cases")
        if not self.client.cases:
            from clinic_app.handouts.document import NO_CASE_ENTERED

            self.no_case.say(NO_CASE_ENTERED, "note")
        layout.addWidget(self.no_case)
        # Results still on the attorney's queue: an event's batch says how many clients wait
        # (V109-03), and one client's handout was printed with nothing said (E122-03).
        self.before_review = MessageLabel()
        self.before_review.setAccessibleName("About the attorney's review")
        # Said of the screening the pages are made from (V122-02: read from the stored one, it
        # said nothing of a client not screened yet, an import, whose handout Ctrl+P on the
        # list makes from today's); a denial not reviewed since waits too, as the batch counts
        # it (V122-01).
        stored = self.client.id is not None
        self._line = next(iter(self.repo.client_rows([self.client.id])), None) if stored else None
        self._reviews_kept = self.repo.reviews(self.client.id) if stored else []
        self._facts = facts_hash(self.client.person, self.client.cases)
        self._say_before_review(self.screening_for(self.today) if self._screenings else None)
        layout.addWidget(self.before_review)
        # A Spanish page prints hours typed in English only, marked so: said here while
        # Español is chosen, so the Spanish line can be filled in before it goes out (K59-03).
        self.hours_note = MessageLabel()
        self.hours_note.setAccessibleName("About the clinic's hours")
        layout.addWidget(self.hours_note)
        # A language chosen here is this page's only: a volunteer who found at the event that
        # the client reads Spanish best printed it, and the next handout and the event's batch
        # went out in English, the record's (E155-01).  Said while it differs, with a button that
        # keeps it on the record; a copy in the other language (for a relative, or both onto the
        # clinic's stick, A34-07) changes nothing unless the button is pressed.
        self.language_kept = MessageLabel()
        self.language_kept.setAccessibleName("About the client's handout language")
        self.keep_language = QPushButton()  # its name and description are its language's (`_say_language_kept`)
        self.keep_language.clicked.connect(self._keep_language_chosen)
        self.keep_language.hide()
        kept_row = QHBoxLayout()
        kept_row.addWidget(self.language_kept, 1)
        kept_row.addWidget(self.keep_language, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(kept_row)
        # A name in a script the handout font lacks (Chinese, Korean, Arabic, ...) prints as a
        # blank line to write on; said here, field by field, before the page goes out (H25-02).
        self.unprintable = MessageLabel()
        self.unprintable.setAccessibleName("Characters the handout cannot print")
        self.unprintable.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.unprintable)
        # Once saved from an encrypted caseload: the PDF is not (P68-01).
        self.plain_saved = MessageLabel()
        self.plain_saved.setAccessibleName("About the PDF saved")
        layout.addWidget(self.plain_saved)

        self.view = PageView()
        layout.addWidget(self.view, 1)

        self.previous = QPushButton("◀ Pre&vious page")
        self.previous.setAccessibleName("Previous page")
        self.next = QPushButton("&Next page ▶")
        self.next.setAccessibleName("Next page")
        # Its words heard with its name (A125-04): "Page number" alone, and not the page, nor
        # "The handout could not be made." where the pages failed.
        self.page_label = NamedWords("Page number")
        # "Saved ... in <a long folder>" may be cut short here rather than widen the dialog past
        # the screen: the whole path is in its tooltip, the status bar and what is announced.
        self.page_label.setMinimumWidth(self.page_label.fontMetrics().horizontalAdvance("Page 10 of 10") + 8)
        self.print_button = QPushButton("&Print...")
        self.print_button.setToolTip("Print the handout, one page per sheet of letter paper (Ctrl+P)")
        self.save_button = QPushButton("&Save PDF...")
        self.save_button.setToolTip("Save the handout as a PDF file (Ctrl+S)")
        self.close_button = QPushButton("Close")
        # The pages' buttons and Print, Save PDF and Close on one line where there is room, the
        # three going onto a line of their own where not: side by side they asked 692 pixels
        # with the font at 12 pt, and the preview ran past the right edge of a 1366 x 768 laptop
        # at 200% scaling (683), Close off the screen (S100-03).
        bottom = FlowLayout()
        bottom.add_group(self.previous, self.next, self.page_label)
        actions = QWidget()
        action_row = QHBoxLayout(actions)
        action_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.print_button, self.save_button, self.close_button):
            action_row.addWidget(widget)
        bottom.add_trailing(actions)
        layout.addLayout(bottom)
        self.print_button.setDefault(True)
        # Shown in amber above the pages only, the blank lines (F25-02) and the missing contact
        # (W26-02) were never heard by a screen-reader user about to print or save: both notes
        # are these buttons' description (see _describe_print_and_save).

        self.language.currentIndexChanged.connect(self.render)
        self.large_print.toggled.connect(self.render)
        self.as_of.day_changed.connect(self.render)
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.print_button.clicked.connect(self.print_handout)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        self.view.verticalScrollBar().valueChanged.connect(self._update_page_label)
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_handout), (QKeySequence.StandardKey.Save, self.save_pdf),
                           (QKeySequence("Ctrl+PgDown"), lambda: self._step(1)), (QKeySequence("Ctrl+PgUp"), lambda: self._step(-1))):
            QShortcut(QKeySequence(keys), self, activated=slot)

    def _say_no_contact(self) -> None:
        """The note that the page gives no way to reach the clinic (W21-17), and its button,
        while the clinic's details give none."""
        from clinic_app.handouts.document import no_contact_said

        unreachable, read_only = not self.clinic.reachable(), self.repo.read_only()
        self.no_contact.say(no_contact_said(read_only) if unreachable else None, "note")
        self.clinic_details.setVisible(unreachable and not read_only)
        # Heard on the button with the note it answers: Tab comes to it before the pages, and the
        # note beside it, a label, was heard by nobody before Print (A298).
        self.clinic_details.setAccessibleDescription(f"{self.no_contact.accessibleDescription()} "
                                                     f"{self.clinic_details.toolTip()}." if unreachable else "")

    def use_clinic(self, clinic) -> None:
        """Print for `clinic`'s details from now on, the note of no way to reach it and its
        button said or gone by them (the screenshot tool's demo clinic hid the note alone, and
        the picture showed the button with nothing it answered)."""
        self.clinic = clinic
        self._say_no_contact()

    def _edit_clinic_details(self) -> None:
        """File > Clinic details' own dialog, over the preview; once saved, the page is made
        again with them and Print is where the keyboard was."""
        from clinic_app.handouts.command import clinic_from_settings
        from ui.clinic_dialog import ClinicDetailsDialog

        ClinicDetailsDialog(self.repo, self).exec()
        clinic = clinic_from_settings(self.repo.get_setting)
        if clinic == self.clinic:
            return
        self.use_clinic(clinic)
        if self.clinic_details.isHidden():
            self.print_button.setFocus(Qt.FocusReason.OtherFocusReason)
            # The note went without a word, the keyboard landing on Print: heard, the page's change.
            announce(self.print_button, REACHABLE_NOW)
        self.render()

    # ---- the handout --------------------------------------------------------------------

    def options(self) -> tuple[str, bool, date]:
        from ui.forms import from_qdate

        return self.language.currentData() or "en", self.large_print.isChecked(), from_qdate(self.as_of.date())

    def screening_for(self, as_of: date) -> Screening:
        if as_of not in self._screenings:
            self._screenings[as_of] = self._screen(self.client, as_of)
        return self._screenings[as_of]

    def render(self) -> None:
        """Make the handout for the chosen options on a worker thread; its pages are shown
        when they are ready (`wait_for_pages` waits for them)."""
        from clinic_app.handouts.document import HOURS_IN_ENGLISH_ONLY
        from ui.tasks import run_unseen

        lang, large, as_of = self.options()
        self._asked += 1
        asked = self._asked
        screening = self._screenings.get(as_of)
        client, clinic, screen, reviews = self.client, self.clinic, self._screen, self.reviews
        self.page_label.setText("Preparing the pages...")
        hours = HOURS_IN_ENGLISH_ONLY if clinic.hours_in_english_only(lang) else None
        # Shown above the pages, away from the language chosen: Español chosen by the arrow
        # keys was heard with the record's note (Y162-01) and nothing of the hours (S163-01).
        announce_when_changed(self.hours_note, hours)
        self.hours_note.say(hours, "note")
        self._say_language_kept(lang)
        self._describe_print_and_save()
        self._enable()

        def job(_ctx, dpi: float) -> Pages:
            try:
                screened = screening or screen(client, as_of)
            except ValueError as error:  # said in place of the pages, as make_pages says its own
                return Pages(None, problem=str(error))
            return make_pages(client, screened, clinic, lang, large, as_of, dpi, reviews)

        def failed(_error: BaseException, report: str) -> None:
            if isValid(self) and asked == self._asked:
                self._made = asked
                self._pdf, self._page_count = b"", 0
                self.page_label.setText("The handout could not be made.")
                self._enable()
                from ui.crash import show_crash

                show_crash(self, report)

        def start() -> None:
            # Drawn for the width the dialog has once on screen (W28-03 draws them again
            # should it change later).
            drawn_dpi = self.preview_dpi()
            dpi = drawn_dpi * self.devicePixelRatioF()
            run_unseen(lambda ctx: job(ctx, dpi), on_done=lambda pages: self._show(asked, as_of, pages, drawn_dpi), on_failed=failed)

        self._start = start  # replaces a choice's not started yet
        if self._painted:
            self._start_making()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The pages are started once the dialog is on screen (P28-03): every Qt event goes
        through the window's Python event filters (ui.undo, ui.keys, ui.wheel), which need
        the interpreter the worker's ReportLab keeps busy, and the dialog's first showing
        (hundreds of events) then held the window 300-330 ms at 5,000 clients."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._start_making)

    def _start_making(self) -> None:
        start, self._start = self._start, None
        if start is not None:
            start()

    def _show(self, asked: int, as_of: date, pages: Pages, drawn_dpi: float) -> None:
        """Show the pages made for choice number `asked` (drawn at `drawn_dpi`), unless a later
        choice was made."""
        if not isValid(self) or asked != self._asked:
            return  # the dialog is gone, or the user chose again meanwhile
        self._made = asked
        if pages.screening is not None:
            self._screenings.setdefault(as_of, pages.screening)
        self._pdf = pages.pdf
        self._say_before_review(pages.screening)
        if pages.problem:
            self.unprintable.say(None)
            self._page_count = 0
            self.view.show_pages([], [])
            self.page_label.setText(pages.problem)
            self._describe_print_and_save()
            self._enable()
            return
        self.unprintable.say(pages.unprintable or None, "note")
        self._describe_print_and_save()
        self._drawn_dpi = drawn_dpi
        self._put_pages(list(pages.images), list(pages.texts))
        self.view.verticalScrollBar().setValue(0)
        self._enable()
        self._update_page_label()
        self._redraw_timer.start()  # resized while they were made: drawn again for the new width

    def _put_pages(self, images: list[QImage], texts: list[str]) -> None:
        for image in images:
            image.setDevicePixelRatio(self.devicePixelRatioF())
        self._page_count = len(images)
        self.view.show_pages(images, texts)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        # Drawn again for the new width once the resizing pauses: narrowed, the pages kept
        # their width and scrolled sideways, the right margin cut off; widened, they stayed
        # small (W28-03).  Not at each step of a drag: a page costs ~30 ms to draw.
        self._redraw_timer.start()

    def _redraw_for_width(self) -> None:
        if not self.ready or not self._pdf or abs(self.preview_dpi() - self._drawn_dpi) < 1:
            return  # pages still being made are made for the width they will be shown at
        page = self.view.current_page()
        self._drawn_dpi = self.preview_dpi()
        self._put_pages(pdf_page_images(self._pdf, self._drawn_dpi * self.devicePixelRatioF()), [label.accessibleDescription() for label in self.view.pages])
        # Laid out now, not at the next turn of the event loop (the new pages are all at 0
        # till then), so the page read is put back in view.
        inner = self.view.widget()
        inner.layout().activate()
        inner.resize(inner.width(), max(self.view.viewport().height(), inner.layout().sizeHint().height()))
        self.view.go_to(page)
        self._update_page_label()

    @property
    def ready(self) -> bool:
        """Whether the pages shown are those of the options chosen."""
        return self._made == self._asked

    def wait_for_pages(self) -> None:
        """Wait (the window painting and answering) until the pages of the options chosen
        are shown: Ctrl+P or Ctrl+S right after choosing Spanish prints or saves Spanish."""
        if self.ready:
            return
        self._start_making()  # a dialog not shown (tests, a picture) makes them now
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: self.ready and loop.quit())
        timer.start(10)
        loop.exec()
        timer.stop()

    @property
    def pdf(self) -> bytes:
        """The PDF of the options chosen (waits for it while it is being made)."""
        self.wait_for_pages()
        return self._pdf

    @property
    def page_count(self) -> int:
        self.wait_for_pages()
        return self._page_count

    def preview_dpi(self) -> float:
        """PREVIEW_DPI, or less where the dialog is too narrow for a page that wide: at 1280
        x 800 with 150% scaling the dialog is 837 pixels wide, and a page of 816 scrolled
        sideways, its right margin out of view (W27C-03)."""
        margins = self.layout().contentsMargins()
        inner = self.view.widget().layout().contentsMargins()
        room = (self.width() - margins.left() - margins.right() - 2 * self.view.frameWidth()
                - self.view.verticalScrollBar().sizeHint().width() - inner.left() - inner.right() - 2 * 2)  # the page's box
        return max(24.0, min(PREVIEW_DPI, room / LETTER_WIDTH_INCHES))

    def _say_before_review(self, screening: Screening | None) -> None:
        """What of `screening` (the handout's) and the client's court line still waits for the
        attorney's review, above the pages (E122-03); nothing where none does."""
        results = screening.results if screening is not None else []
        waiting = waiting_said(self._line, awaiting_said(self.client.cases, results, self._facts, self._reviews_kept))
        self.before_review.say(None if not waiting else f"Still waiting for an attorney's review: {waiting}"
                               f"{'' if waiting.endswith('?') else '.'} This handout would go out before it "
                               f"({self._review_found_by}).", "note")

    def _say_language_kept(self, lang: str, kept: bool = False) -> None:
        """Whether the record keeps `lang`, the language chosen, for the next handout and an
        event's batch; `kept`: the button has just made it so."""
        from ui.caseload_view import CANNOT_BE_SAVED_READ_ONLY, LANGUAGE_TITLES

        chosen, name = LANGUAGE_TITLES.get(lang, lang), self.client.name
        # Said until another language is chosen: ticking Large print or moving As of after
        # pressing the button had made it vanish, as if nothing had been saved (S159-03).
        if kept or (lang == self._language_saved and lang == self.client.language):
            # At intake, a modal dialog, the window's Edit menu is out of reach: its own Undo step
            # takes it back (R157-01), and intake with no client page has no undo at all.
            back = f" ({self._taken_back_by} takes it back)" if self._taken_back_by else ""
            self.language_kept.say(f"Saved: {chosen} is now {name}'s handout language, for the next handout and an "
                                   f"event's batch{back}.", "plain")
        elif self._keep_language is None or lang == self.client.language:
            self.language_kept.say(None)
        else:
            record = LANGUAGE_TITLES.get(self.client.language, self.client.language)
            said = f"{name}'s record says {record}: their next handout and an event's batch print in {record}, not {chosen}."
            if self._language_refused:
                said += f" A handout language {CANNOT_BE_SAVED_READ_ONLY}: this copy alone is in {chosen}."
            # Shown beside the language chosen, away from the focus: a volunteer choosing
            # Español by the arrow keys heard "Español" and nothing of the record (Y162-01).
            announce_when_changed(self.language_kept, said, said if self._language_refused else
                                  f"{said} Make {chosen} their handout language (Alt+K) keeps it on the record.")
            self.language_kept.say(said, "note")
        differs = self._keep_language is not None and not self._language_refused and lang != self.client.language
        self.keep_language.setText(f"Ma&ke {chosen} their handout language")
        # Heard as it reads: "Keep this language on the client's record" named no language, and
        # one who says a button's words aloud to press it (voice control) said words it lacked (R157-03).
        self.keep_language.setAccessibleName(f"Make {chosen} their handout language")
        self.keep_language.setAccessibleDescription(f"Keeps {chosen} on {name}'s record, for the next handout and an "
                                                    "event's batch")
        self.keep_language.setVisible(differs)

    def _keep_language_chosen(self) -> None:
        lang = self.options()[0]
        if self._keep_language is None or self._language_refused or lang == self.client.language:
            return
        self._keep_language(lang)
        self.client.language = self._language_saved = lang
        self._say_language_kept(lang, kept=True)
        self._describe_print_and_save()
        announce(self.language_kept, self.language_kept.text())
        self.language.setFocus()  # the button is gone: the keyboard stays in the dialog's controls

    def _describe_print_and_save(self) -> None:
        """Print and Save PDF are described by every note shown above the pages, as spoken
        beside a field (ui.forms.SPOKEN_KIND): one MessageLabel's `describes` would put its
        own words in place of the other's."""
        from ui.forms import SPOKEN_KIND

        spoken = "\n".join(f"{SPOKEN_KIND.get(note.kind, '')}{note.text()}"
                           for note in (self.before_review, self.no_case, self.no_contact, self.hours_note, self.language_kept,
                                        self.unprintable)
                           if note.kind)
        for button in (self.print_button, self.save_button):
            button.setAccessibleDescription(spoken)

    def _enable(self) -> None:
        has = self.ready and self._page_count > 0
        # Print and Save while the pages are being made too: they wait for them.
        for button in (self.print_button, self.save_button):
            button.setEnabled(has or not self.ready)
        self.previous.setEnabled(has)
        self.next.setEnabled(has)

    def _step(self, delta: int) -> None:
        self.view.go_to(self.view.current_page() + delta)
        self._update_page_label()

    def _update_page_label(self, *_args) -> None:
        if self.ready and self._page_count:
            self.page_label.setText(f"Page {self.view.current_page()} of {self._page_count}")

    def suggested_name(self) -> str:
        from ui.tasks import safe_name

        lang, large, as_of = self.options()
        return f"handout-{safe_name(self.client.name)}-{lang}-{as_of.isoformat()}{large_print_suffix(large)}.pdf"

    def print_job_name(self) -> str:
        """"handout-client-42-en-2026-12-01": the print job's name, which the print queue, the
        computer's print log and a network printer's job list show to anyone who looks there.
        It was the saved file's name, the client's with it: a clinic printer's web page then
        listed who the record-clearance clients were, long after the pages were picked up
        (V27-04).  The client's number tells one job from another at the printer."""
        lang, large, as_of = self.options()
        number = self.client.id if self.client.id is not None else "new"
        return f"handout-client-{number}-{lang}-{as_of.isoformat()}{large_print_suffix(large)}"

    # ---- print and save -----------------------------------------------------------------

    def print_handout(self) -> bool:
        """The system print dialog, then each page on its own sheet, printed on a worker with
        progress and Cancel; True when the printing started.

        Each page is a 300-dpi raster: an eight-page handout took some six seconds, and the
        window froze for them, unpainted, with no sign of work (W23-11)."""
        # Not the pages of the day before while As of shows a day it could not read (K293-02).
        if self.as_of.refuses_what_is_typed() or self._moved_on_to_today("Print handout") or not self.pdf:
            return False
        if not printer_set_up():
            if no_printer_save_instead(self, "the handout"):
                self.save_pdf()
            return False
        if self.printer is None:
            self.printer = letter_printer()
            self.printer.setDocName(self.print_job_name())
        self.printer.setFromTo(0, 0)
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle("Print handout")
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        from ui.tasks import run_with_progress

        run_with_progress(self, "Printing the handout", print_job(self.printer, self.pdf), on_done=self._printed,
                          on_cancelled=lambda: self.page_label.setText("Printing cancelled"), on_failed=self._print_failed)
        return True

    def _moved_on_to_today(self, title: str) -> bool:
        """The preview left open past midnight, its As of still on the day it was opened: the
        pages, dated that day and screened for it, went out as the client's answers (M191-02).
        The As of moves to today and the pages are made again, to be looked over before they go
        out (True); a day chosen in the box is kept as chosen."""
        today = self._clock() if self._clock is not None else self.today
        opened_on, self.today = self.today, today
        if today == opened_on or self.options()[2] != opened_on:
            return False
        from ui.forms import to_qdate

        self.as_of.setDate(to_qdate(today))  # day_changed: the pages are made again
        self._say_before_review(self.screening_for(today))
        QMessageBox.information(self, title, f"It is {today.isoformat()} now: the handout was made again for today, "
                                              f"not {opened_on.isoformat()}. Look it over, then {title.split()[0].lower()} it.")
        return True

    def _printed(self, sheets: int) -> None:
        self.page_label.setText(f"Sent {sheets} page{'s' if sheets != 1 else ''} {printed_where(self.printer)}")

    def _print_failed(self, error: BaseException, report: str) -> None:
        print_failed(self, "Print handout", error, report)

    def save_pdf(self) -> Path | None:
        """Save the PDF shown, where the user chooses."""
        if self.as_of.refuses_what_is_typed() or self._moved_on_to_today("Save handout") or not self.pdf:
            return None
        target = save_pdf_file(self, "Save handout", "handout", HANDOUT_FOLDER_SETTING, self.suggested_name(), self.pdf)
        if target is None:
            return None
        # The folder too, in full (E27B-05: "Saved Ivan-Ito.pdf" left the volunteer to guess
        # where the file dialog had been pointing), here, aloud and in the status bar.
        said = saved_said(target, self.repo)
        self.page_label.setText(f"Saved {target.name} in {target.resolve().parent}")
        # Beside the page, wrapped, where the label by the buttons would cut it short.
        self.plain_saved.say(plain_pdf_note(self.repo) or None, "note")
        self.page_label.setToolTip(str(target.resolve()))
        announce(self.page_label, said)
        self.said.emit(said)
        return target


def plain_pdf_note(repo: Repository) -> str:
    """From an encrypted caseload, that a client's handout or worksheet saved as PDF is not
    encrypted, as the export says it ("" from a plain caseload): a volunteer saving the
    day's handouts to a USB stick was told only "Saved ... in ..." (P68-01)."""
    if repo.passphrase is None:
        return ""
    from clinic_app.private_files import PLAIN_PDF_SAID

    return PLAIN_PDF_SAID


def saved_said(target: Path, repo: Repository) -> str:
    """What is said (aloud, in the status bar) of a client's handout or worksheet saved to
    `target`: where it went, in full (E27B-05), and `plain_pdf_note`."""
    said = f"Saved {target.name} in {target.resolve().parent}"
    note = plain_pdf_note(repo)
    return f"{said}. {note}" if note else said


def last_folder(folder_setting: str) -> Path:
    """The folder the last paper of `folder_setting`'s kind (a handout, a worksheet) went to on
    this computer, else the last handout's, else the home folder (that folder gone too)."""
    return folder_last_used(folder_setting, HANDOUT_FOLDER_SETTING) or Path.home()


def save_pdf_file(parent: QWidget, title: str, what: str, folder_setting: str, suggested: str, pdf: bytes) -> Path | None:
    """Ask where to save `pdf` (a client's handout, or their filing worksheet), starting in the
    folder the last one of its kind went to, and write it readable by this user only; the file
    written, or None (cancelled, or it could not be written, which is said)."""
    # The folder the last handout was saved in, on this computer: each Save PDF offered the
    # home folder again, and a volunteer saving every client's handout in English and in
    # Spanish onto the clinic's USB stick walked back to it each time (A34-07).
    # A kind not saved yet starts where the last handout went: the worksheet's first Save
    # offered the home folder though the client's handout had just gone to the USB stick (U42).
    folder = last_folder(folder_setting)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(folder / suggested), "PDF (*.pdf)")
    if not path:
        return None
    target = named_with_suffix(parent, title, path, ".pdf")
    if target is None:
        return None
    try:
        write_private(target, pdf)  # a client's record: readable by this user only (D21-04)
    except OSError as error:
        from clinic_app.private_files import said_with_what_to_do

        QMessageBox.warning(parent, title, said_with_what_to_do(
            f"The {what} could not be saved in {target}: {error.strerror or error}", error))
        return None
    remember_papers_folder(folder_setting, target.resolve().parent, target.resolve().parent)
    return target


def handout_preview(repo: Repository, client: Client, screening: Screening | None, *, today: date,
                    parent: QWidget, keep_language: Callable[[str], None] | None = None,
                    clock: Callable[[], date] | None = None) -> HandoutDialog:
    """The handout preview of `client` (screened as of `today` where `screening` is None), built
    under a wait cursor, as opening a client has one (P28-01: no sign of work meanwhile); its
    pages are then made on a worker (P28-02).  The caller runs it and deletes it."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return HandoutDialog(repo, client, screening, today=today, parent=parent, keep_language=keep_language, clock=clock)
    finally:
        QApplication.restoreOverrideCursor()


def _screen(client: Client, as_of: date) -> Screening:
    from ui.services import screen_client

    return screen_client(client, as_of).screening
