"""B30: a batch of handouts (an event's, or the clients shown) saved or printed: a client
removed after the batch began is skipped and named (B30-01), and the progress bar moves with
the handouts made (B30-02)."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from db.repository import Repository
from tests.gui.conftest import TODAY, probation_client
from ui.tasks import TaskContext, print_event_handouts, save_event_handouts

EVENT = "Pomona 2026-11"
REMOVED = "removed from the caseload after the batch began"


def _event_clients(repo) -> dict[str, int]:
    return {name: repo.add_client(probation_client(name, event=EVENT, language=lang))
            for name, lang in (("Ana Evento", "en"), ("Bruno Evento", "es"), ("Ciro Evento", "en"))}


def _messages(monkeypatch) -> tuple[list, list]:
    told, warned = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr("ui.crash.show_crash", lambda parent, report: warned.append(report))
    return told, warned


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(72)
    return printer


def _removed_once_the_batch_began(monkeypatch, client_id: int) -> None:
    """The batch has read whom it is for; then, as it reads its first client, another desk
    removes `client_id` (the batch's own connection removes it: the caseload is the same)."""
    real = Repository.get_client
    removed = []

    def get_client(self, wanted):
        if not removed:
            removed.append(client_id)
            self.delete_client(client_id)
        return real(self, wanted)

    monkeypatch.setattr(Repository, "get_client", get_client)


def test_saving_an_events_handouts_skips_a_client_removed_since_it_began_and_keeps_the_rest(qtbot, window, repo, monkeypatch, tmp_path):
    ids = _event_clients(repo)
    _removed_once_the_batch_began(monkeypatch, ids["Bruno Evento"])
    told, warned = _messages(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    save_event_handouts(window, window.db_path, EVENT, TODAY)
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert told == [] and len(warned) == 1
    assert warned[0].startswith("2 handouts (")
    assert warned[0].endswith(f"No handout could be written for: Bruno Evento ({REMOVED})")
    made = sorted(p.name for p in (tmp_path / "handouts-Pomona-2026-11").glob("*.pdf"))
    assert made == [f"ana-evento-{ids['Ana Evento']:04d}.pdf", f"ciro-evento-{ids['Ciro Evento']:04d}.pdf"]


def test_printing_an_events_handouts_skips_a_client_removed_since_it_began_and_prints_the_rest(qtbot, window, repo, monkeypatch, tmp_path):
    ids = _event_clients(repo)
    _removed_once_the_batch_began(monkeypatch, ids["Ciro Evento"])
    told, warned = _messages(monkeypatch)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    out = tmp_path / "event.pdf"
    print_event_handouts(window, window.db_path, EVENT, TODAY, _pdf_printer(out))
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert told == [] and len(warned) == 1
    assert warned[0].startswith("2 handouts (")
    assert warned[0].endswith(f"No handout could be printed for: Ciro Evento ({REMOVED})")
    sheets = int(warned[0].split("(", 1)[1].split(" ", 1)[0])
    assert sheets >= 2 and len(PdfReader(out).pages) == sheets


def _shown_batch(qtbot, window, repo, monkeypatch, choice: str) -> tuple[list, list, dict[str, int]]:
    """The three clients shown; one removed on another desk after the list was shown (the
    list is not read again), then Handouts for the clients shown, printed or saved."""
    from tests.gui.test_shown_clients_f30 import _answer

    ids = _event_clients(repo)
    window.load()
    assert window.caseload.model.rowCount() == 3
    repo.delete_client(ids["Ana Evento"])
    told, warned = _messages(monkeypatch)
    _answer(qtbot, [], choice)
    window.shown_handouts_action.trigger()
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    return told, warned, ids


def test_saving_the_clients_shown_skips_one_removed_since_the_list_was_shown(qtbot, window, repo, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    told, warned, ids = _shown_batch(qtbot, window, repo, monkeypatch, "Save PDFs...")
    assert told == [] and len(warned) == 1
    assert warned[0].startswith("2 handouts (")
    assert warned[0].endswith(f"No handout could be written for: Ana Evento ({REMOVED})")
    made = sorted(p.name for p in (tmp_path / f"handouts-{TODAY.isoformat()}").glob("*.pdf"))
    assert made == [f"bruno-evento-{ids['Bruno Evento']:04d}.pdf", f"ciro-evento-{ids['Ciro Evento']:04d}.pdf"]


def test_printing_the_clients_shown_skips_one_removed_since_the_list_was_shown(qtbot, window, repo, monkeypatch, tmp_path):
    out = tmp_path / "shown.pdf"
    monkeypatch.setattr("ui.handout_dialog.letter_printer", lambda: _pdf_printer(out))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    told, warned, _ids = _shown_batch(qtbot, window, repo, monkeypatch, "Print...")
    assert told == [] and len(warned) == 1
    assert warned[0].startswith("2 handouts (")
    assert warned[0].endswith(f"No handout could be printed for: Ana Evento ({REMOVED})")
    sheets = int(warned[0].split("(", 1)[1].split(" ", 1)[0])
    assert sheets >= 2 and len(PdfReader(out).pages) == sheets


def _logged(monkeypatch) -> list:
    """Every progress the batch reports, as (done, total), between the handouts it makes ("made")."""
    log = []
    real = TaskContext.progress

    def progress(self, done, total, text=""):
        log.append((done, total))
        real(self, done, total, text)

    monkeypatch.setattr(TaskContext, "progress", progress)
    return log


def _made_before_each_report(log: list) -> list[tuple[int, int, int]]:
    """(handouts made so far, done, total) at each progress report."""
    made, seen = 0, []
    for entry in log:
        if entry == "made":
            made += 1
        else:
            seen.append((made, *entry))
    return seen


def test_saving_a_batch_moves_the_bar_with_the_handouts_made(qtbot, window, repo, monkeypatch, tmp_path):
    """B30-02: the bar stood at 50% once every client was screened, before any handout was
    made (the slow part); each report now says the share of the handouts made."""
    import clinic_app.handouts.batch as batch

    for n in range(4):
        repo.add_client(probation_client(f"Persona {n} Barra", event=EVENT))
    log = _logged(monkeypatch)
    real = batch.render_pdf
    monkeypatch.setattr(batch, "render_pdf", lambda *a, **k: (real(*a, **k), log.append("made"))[0])
    told, warned = _messages(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    save_event_handouts(window, window.db_path, EVENT, TODAY)
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert warned == [] and told[0].startswith("4 handouts (")
    seen = _made_before_each_report(log)
    assert all(done * 4 == made * total for made, done, total in seen), seen
    assert seen[-1] == (4, 4, 4)


def test_printing_a_batch_moves_the_bar_with_the_handouts_printed(qtbot, window, repo, monkeypatch, tmp_path):
    """B30-02, print: one report a client, after their handout is made and sent."""
    import clinic_app.handouts as handouts

    for n in range(4):
        repo.add_client(probation_client(f"Persona {n} Barra", event=EVENT))
    log = _logged(monkeypatch)
    real = handouts.render_bytes
    monkeypatch.setattr(handouts, "render_bytes", lambda *a, **k: (real(*a, **k), log.append("made"))[0])
    told, warned = _messages(monkeypatch)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    print_event_handouts(window, window.db_path, EVENT, TODAY, _pdf_printer(tmp_path / "bar.pdf"))
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert warned == [] and told[0].startswith("4 handouts (")
    seen = _made_before_each_report(log)
    assert all(done * 4 == made * total for made, done, total in seen), seen
    assert seen[-1] == (4, 4, 4)


def test_a_saved_batch_cancelled_at_its_first_handout_stops_there(qtbot, window, repo, monkeypatch, tmp_path):
    """Cancel is seen before the next client's handout is made: it stops within one handout."""
    for n in range(4):
        repo.add_client(probation_client(f"Persona {n} Parada", event=EVENT))
    real = TaskContext.progress

    def cancel_at_the_first(self, done, total, text=""):
        real(self, done, total, text)
        if done:
            self.cancel()  # as the progress dialog's Cancel does

    monkeypatch.setattr(TaskContext, "progress", cancel_at_the_first)
    told, warned = _messages(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    task, _dialog = save_event_handouts(window, window.db_path, EVENT, TODAY)
    qtbot.waitUntil(task.finished.is_set, timeout=60_000)
    qtbot.wait(50)
    assert task.ctx.cancelled and warned == []
    written = len(list((tmp_path / "handouts-Pomona-2026-11").glob("*.pdf")))
    assert written <= 1
    # What the stopped batch left in its folder is said (W62-02), not nothing.
    qtbot.waitUntil(lambda: bool(told))
    assert told[0].startswith(f"Stopped: {written} handout")
