"""The main window's start: what building it costs, at each start of the program and in each GUI test.

    PYTHONPATH=. python -m benchmarks.bench_window_start [CASELOAD.sqlite] [--builds N] [--steps]
        [--tests "tests/gui/test_[ab]*.py"] [--profile OUT.prof]

Offscreen, on a copy of CASELOAD (without one, a new empty caseload, as tests/gui/conftest.py's
`repo` fixture makes), N times (default 20) after one build not counted (Qt's and Python's
first-time costs, paid once a process, printed apart):

  fixture's way   MainWindow(repo, today=..., automatic_backups=False), 1280 x 800, shown, its
                  first events served: as the `window` fixture builds the window of ~2,100 GUI
                  tests.  The median of the constructor, and of the show with its first events.
  first           the first caseload opened in the process (made, without CASELOAD) and the
                  first window: what each start of the program and each test worker pays once.
  clinic-app's    the caseload opened (Repository.open), the window built at 1360 x 820, shown
                  and its list read in the background as `clinic-app` does (ui.app.run), until
                  the list is shown (bench_client_open's window_with_its_list), then its events
                  served: the median of each step and of all.

--steps: the constructor's parts, each the median over the N builds (a second pass, the parts
timed around their calls): the caseload list's pane (CaseloadView: its filters, table and
model), the menus and their tips (_build_actions, with the Sort menu and Help in it), the
window's size and place read back (_restore_geometry), and the smaller steps.
--tests GLOB: then the GUI tests GLOB names, run at -n 1 by pytest in another process, and
their wall time (the same GLOB before and after a change; the machine's load beside it).
--profile writes a cProfile of the N fixture's-way builds to OUT.prof.
Nothing here is a test: it prints figures to compare before and after a change, on one machine.
"""

from __future__ import annotations

import collections
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

# The constructor's parts timed by --steps: (where, the name there, what it is called here).
STEPS = (
    ("ui.main_window", "CaseloadView", "caseload list pane (CaseloadView)"),
    ("ui.main_window", "MainWindow._build_actions", "menus, actions and tips"),
    ("ui.main_window", "MainWindow._build_sort_menu", "  of which View > Sort list by"),
    ("ui.help_menu", "add_help_menu", "  of which the Help menu"),
    ("ui.main_window", "MainWindow._show_last_backup", "  of which File's last backup line"),
    ("ui.main_window", "MainWindow._on_the_clinics_caseload", "  of which 'the clinic's caseload?'"),
    ("ui.main_window", "MainWindow._restore_geometry", "window's size and place read back"),
    ("ui.main_window", "MainWindow._say_made_up", "made-up clients said in the title"),
    ("ui.main_window", "WrappingStatusBar", "status bar"),
    ("ui.main_window", "commands_on", "commands named in tips"),
    ("ui.caseload_view", "commands_on", "commands named in tips"),
    ("ui.main_window", "MainWindow._page_shown", "first page shown"),
)
TODAY = date(2026, 3, 2)


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _ms(values) -> str:
    return f"{statistics.median(values) * 1000:7.2f} ms"


def _let_go(app, window, repo) -> None:
    """Closed and deleted as the GUI tests' `let_go` does, its caseload closed."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    app.removeEventFilter(window._app_filters)
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    repo.close()


def fixtures_way(app, source: Path, work: Path, n: int) -> tuple[float, float, float]:
    """Build the window as the `window` fixture does; (caseload opened, constructor, show and
    first events), seconds."""
    from db.repository import Repository
    from ui.main_window import MainWindow

    db_path = work / f"fixture{n}.sqlite"
    shutil.copy(source, db_path)
    opening = time.perf_counter()
    repo = Repository.open(db_path, user="paralegal-test")
    started = time.perf_counter()
    window = MainWindow(repo, today=TODAY, automatic_backups=False)
    window.resize(1280, 800)
    built = time.perf_counter()
    window.show()
    app.processEvents()
    shown = time.perf_counter()
    _let_go(app, window, repo)
    return started - opening, built - started, shown - built


def clinic_apps_way(app, source: Path, work: Path, n: int) -> tuple[float, float, float]:
    """Open, build, show and read the list as `clinic-app` does (bench_client_open's way, the
    list polled for every 2 ms); (caseload opened, window built and its list shown, idle), seconds."""
    from benchmarks.bench_client_open import window_with_its_list
    from db.repository import Repository

    db_path = work / f"start{n}.sqlite"
    shutil.copy(source, db_path)
    started = time.perf_counter()
    repo = Repository.open(db_path)
    opened = time.perf_counter()
    window = window_with_its_list(app, repo, db_path)
    listed = time.perf_counter()
    app.processEvents()
    idle = time.perf_counter()
    _let_go(app, window, repo)
    return opened - started, listed - opened, idle - listed


def _timed_steps(spent: dict[str, collections.Counter], build: list[int]) -> None:
    """Each of STEPS timed around its calls, into `spent[label][build[0]]` (the seconds of each
    build, a step called twice counted twice; a second pass: the wrapping costs too)."""
    import importlib

    def wrapped(function, label):
        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label][build[0]] += time.perf_counter() - started
        return timed

    for module_name, name, label in STEPS:
        module = importlib.import_module(module_name)
        owner_name, _, attribute = name.rpartition(".")
        owner = getattr(module, owner_name) if owner_name else module
        setattr(owner, attribute, wrapped(getattr(owner, attribute), label))


def _gui_tests(glob: str) -> None:
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "1", *sorted(map(str, Path().glob(glob)))],
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True)
    wall = time.perf_counter() - started
    said = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr.strip()[-200:]
    print(f"GUI tests {glob} at -n 1: {wall:.1f} s wall ({said}); load {_load()}")


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    builds = int(argv[argv.index("--builds") + 1]) if "--builds" in argv else 20
    profile_to = argv[argv.index("--profile") + 1] if "--profile" in argv else None
    tests = argv[argv.index("--tests") + 1] if "--tests" in argv else None
    given = argv[0] if argv and not argv[0].startswith("--") else None
    first_open = 0.0

    from PySide6.QtCore import QCoreApplication, QSettings

    from db.repository import Repository
    from ui.app import make_app

    work = Path(tempfile.mkdtemp(prefix="bench_window_start_"))
    app = make_app()
    # This run's settings in its own folder, not the user's: as the GUI tests' (_qt_names).
    QCoreApplication.setOrganizationName("ClinicDeskBenchmark")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "settings"))
    if given:
        source = Path(given).resolve()
    else:
        source = work / "new.sqlite"
        made = time.perf_counter()
        Repository.open(source, user="paralegal-test").close()
        first_open = time.perf_counter() - made
    try:
        print(f"caseload: {given or 'new and empty'}; {builds} builds after one not counted; load {_load()}")
        first = fixtures_way(app, source, work, 0)
        # What the process pays once, at the program's start as in each test worker's first test.
        print(f"first in this process: caseload opened {(first_open if not given else first[0]) * 1000:.2f} ms"
              f"{' (made)' if not given else ''}, constructor {first[1] * 1000:.2f} ms, shown {first[2] * 1000:.2f} ms")
        if profile_to:
            import cProfile

            profile = cProfile.Profile()
            profile.enable()
        fixture = [fixtures_way(app, source, work, n) for n in range(1, builds + 1)]
        if profile_to:
            profile.disable()
            profile.dump_stats(profile_to)
        print(f"fixture's way:  open {_ms(o for o, _, _ in fixture)}   constructor {_ms(b for _, b, _ in fixture)}"
              f"   show and first events {_ms(s for _, _, s in fixture)}   both {_ms(b + s for _, b, s in fixture)}")
        clinic_apps_way(app, source, work, 0)
        start = [clinic_apps_way(app, source, work, n) for n in range(1, builds + 1)]
        print(f"clinic-app's:   open {_ms(s[0] for s in start)}   window and its list shown {_ms(s[1] for s in start)}"
              f"   idle {_ms(s[2] for s in start)}   all {_ms(sum(s) for s in start)}")
        if "--steps" in argv:
            spent: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
            build = [0]
            _timed_steps(spent, build)
            for build[0] in range(builds):
                fixtures_way(app, source, work, 1000 + build[0])
            print("the constructor's parts (fixture's way, medians a build):")
            for label in dict.fromkeys(label for _module, _name, label in STEPS):
                print(f"  {label:40s} {_ms([spent[label][n] for n in range(builds)])}")
        print(f"load {_load()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if tests:
        _gui_tests(tests)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
