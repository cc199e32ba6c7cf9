"""P29: a caseload of 100,000 clients.  What held the window there, tested by what the code
does (the thread it runs on, the rows it walks), never by how long it takes:
benchmarks/bench_day.py measures the times."""

from __future__ import annotations

import threading

from tests.gui.conftest import probation_client


def test_the_possible_duplicates_are_found_on_the_worker_that_reads_the_list(qtbot, window, repo, monkeypatch):
    """P29-01: folding every name to find the possible duplicates ran on the UI thread as the
    list first showed (0.7 s held at 100,000 clients); the background read does it now."""
    import clinic_app.matching
    import ui.models.caseload_model as caseload_model

    for name in ("María López", "Maria Lopez", "Darnell Brooks"):  # the first two: one person?
        repo.add_client(probation_client(name))
    threads: list[threading.Thread] = []
    real = clinic_app.matching.sharing_a_person

    def watched(people):
        threads.append(threading.current_thread())
        return real(people)

    monkeypatch.setattr(caseload_model, "sharing_a_person", watched)
    with qtbot.waitSignal(window.caseload_loaded, timeout=30_000):
        window.load_in_background()
    view = window.caseload
    assert view.count_buttons["duplicates"].text() == "Possible d&uplicates: 2"
    assert threads and threading.main_thread() not in threads
