"""L119-02: the window's Print handouts for this event (and the clients shown's) made every handout in
regular print, with no way to ask for large print, where `clinic-app handout --event` has --large-print
and the client's own preview a Large print box: a clinic day for clients who read only large print
printed each handout from its own preview, one by one.  The question now has a box, "Every handout in
large print (bigger type)"; ticked, the batch is made in large print, into a folder of its own."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox

from tests.gui.conftest import batch_question_answered, probation_client
from ui.tasks import LARGE_PRINT_BATCH

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def title_size(pdf: bytes) -> float:
    """The size of the handout's title ("Your record: ..."), in points: 20 in regular print."""
    sizes = []

    def visit(text, cm, tm, font, size):
        if text.startswith("Your record"):
            sizes.append(round(size * tm[3] * cm[3], 1))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return sizes[0]


def _saved(qtbot, window, tmp_path, monkeypatch, tick: bool):
    """The event's handouts saved from the question, its Large print box ticked or not."""
    told: list[str] = []
    seen: list[str] = []

    def answer(box: QMessageBox) -> None:
        large = box.checkBox()
        seen.append(large.text() if isinstance(large, QCheckBox) else "")
        if tick:
            qtbot.mouseClick(large, Qt.MouseButton.LeftButton)
        save, = (button for button in box.buttons() if button.text() == "&Save PDFs...")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    batch_question_answered(answer)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window.print_event_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=60_000)
    return seen, told[0]


def test_l119_02_the_events_handouts_can_be_made_in_large_print(qtbot, window, repo, tmp_path, monkeypatch):
    repo.set_setting("clinic_phone", "(213) 555-0100")
    for n in range(2):
        repo.add_client(probation_client(f"Client {n}", event="First Saturday", case_number=f"BA70{n}"))
    window.load()

    seen, told = _saved(qtbot, window, tmp_path, monkeypatch, tick=False)
    assert seen == [LARGE_PRINT_BATCH]
    regular = sorted((tmp_path / "handouts-First-Saturday").glob("*.pdf"))
    assert len(regular) == 2 and {title_size(p.read_bytes()) for p in regular} == {20.0}

    seen, told = _saved(qtbot, window, tmp_path, monkeypatch, tick=True)
    large = sorted((tmp_path / "handouts-First-Saturday-large-print").glob("*.pdf"))
    assert len(large) == 2 and {title_size(p.read_bytes()) for p in large} == {26.4}
    assert "handouts-First-Saturday-large-print" in told
    # The regular batch is left as it was, not replaced by the large one.
    assert {title_size(p.read_bytes()) for p in regular} == {20.0}


def test_l119_02_a_large_print_batch_prints_in_large_print(qtbot, window, repo, monkeypatch, tmp_path):
    import clinic_app.handouts as handouts
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    from tests.gui.conftest import TODAY
    from tests.gui.test_handout_batches_b30 import EVENT, _event_clients, _messages, _pdf_printer
    from ui.tasks import HandoutBatch, in_large_print, print_handouts

    _event_clients(repo)
    real, asked = handouts.compose, []
    monkeypatch.setattr(handouts, "compose", lambda *a, **k: asked.append(k["large_print"]) or real(*a, **k))
    told, warned = _messages(monkeypatch)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    batch = in_large_print(HandoutBatch.of_event(EVENT), [True])
    assert batch.title == f"{EVENT} (large print)"
    print_handouts(window, window.db_path, batch, TODAY, _pdf_printer(tmp_path / "event.pdf"))
    qtbot.waitUntil(lambda: bool(told or warned), timeout=60_000)
    assert asked == [True, True, True] and told[0].startswith("3 handouts (")
