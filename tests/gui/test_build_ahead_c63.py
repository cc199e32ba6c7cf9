"""C63: after the caseload list first shows, the window builds the client page ahead and reads
what the first screening and the first handout need (W23-15).  At 20,000 clients, under X,
that held the window 0.2-0.46 s once after start, and keys typed in the search box then
showed up to 0.4 s late (benchmarks/bench_window_stall.py).  Tested by where the work runs
and what comes between its steps, never by how long it takes."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer, Qt

import clinic_app.handouts.render as render
import clinic_app.handouts.texts as texts
from tests.gui.conftest import probation_client
from ui.main_window import MainWindow


def test_the_handout_texts_and_fonts_are_read_ahead_off_the_windows_thread(qtbot, window, repo, monkeypatch):
    """C63-01: each language's texts (YAML), its font's faces and ReportLab were read on the
    window's thread, a step each, the Spanish texts alone 70-145 ms; now on a worker, read all
    the same (the first handout then finds them read)."""
    read_on: list[tuple[str, int]] = []
    load_texts, make_styles = texts.load_texts, render.make_styles
    monkeypatch.setattr(texts, "load_texts", lambda lang: read_on.append((lang, threading.get_ident())) or load_texts(lang))
    monkeypatch.setattr(render, "make_styles", lambda font, large: read_on.append((font, threading.get_ident())) or make_styles(font, large))
    repo.add_client(probation_client("Ana Read Ahead"))
    window.load_in_background()
    qtbot.waitUntil(lambda: window.client_view is not None, timeout=10_000)
    wanted = {*texts.available_languages(), load_texts("en")["meta"]["font"]}
    qtbot.waitUntil(lambda: {name for name, _thread in read_on} >= wanted, timeout=10_000)
    assert read_on
    assert threading.main_thread().ident not in {thread for _name, thread in read_on}


def test_a_timer_due_during_a_step_on_the_windows_thread_is_served_before_the_next(qtbot, window, repo, monkeypatch):
    """C63-01: the steps ran a zero timer apart, and a zero timer ran the next step before a
    timer (or a key typed, a paint) that came due during the step before: the code's step and
    the page's ran in one stretch.  A pause between them now lets what waited go first."""
    happened: list[str] = []
    build_ahead, client_view = MainWindow._build_ahead, MainWindow._client_view

    def first_step(self):
        QTimer.singleShot(1, lambda: happened.append("due during the step"))
        build_ahead(self)  # the first step: the client page's code
        ends = time.perf_counter() + 0.005  # the step took 5 ms at least, as the first import takes
        while time.perf_counter() < ends:
            pass
        happened.append("first step done")

    def page(self):
        happened.append("page")
        return client_view(self)

    monkeypatch.setattr(MainWindow, "_build_ahead", first_step)
    monkeypatch.setattr(MainWindow, "_client_view", page)
    repo.add_client(probation_client("Ana Read Ahead"))
    window.load_in_background()
    qtbot.waitUntil(lambda: "page" in happened, timeout=10_000)
    assert happened.index("page") > max(n for n, what in enumerate(happened) if what == "due during the step"), happened
