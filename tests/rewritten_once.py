"""The test modules' rewritten byte code, written once before a run collects them, on every core.

pytest rewrites each test module's asserts (to say their values) before importing it, and keeps
the result in the module's __pycache__ (conftest's keep_rewritten_tests).  On a clean checkout
nothing is kept yet, and each xdist worker rewrote the ~1,700 modules as it collected them: the
two workers collect in the same order at once, so each rewrote nearly all of them itself (~20 s
of CPU a worker, of ~26 s collecting).  Here the process that starts the run (xdist's
controller, or the one process of a run without -n) rewrites them first, its cores sharing the
modules out, and the workers read what was written.  It is pytest's own rewriting
(_pytest.assertion.rewrite's _rewrite_test and _write_pyc, what its import hook calls), so the
workers import the same code they would have made; anything missing or failing here only leaves
a module for its worker to rewrite, as before."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

# Below this many modules to rewrite, a process started to share them costs more than it saves.
FEWEST_TO_SHARE = 40


def cores() -> int:
    """The cores this process may run on (what xdist's `-n auto` counts)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def modules_under(config, patterns) -> list[Path]:
    """The test modules and conftest.py files under the run's own paths (a test's id cut at
    its '::'), as pytest names them: absolute, from the folder the run started in."""
    start = Path(config.invocation_params.dir)
    found: set[Path] = set()
    for arg in config.args:
        path = Path(os.path.abspath(start / arg.split("::", 1)[0]))
        candidates = path.rglob("*.py") if path.is_dir() else [path]
        for candidate in candidates:
            name = candidate.name
            if name == "conftest.py" or any(fnmatch.fnmatch(name, pattern) for pattern in patterns):
                if candidate.is_file():
                    found.add(candidate)
    return sorted(found)


def rewrite_the_tests_once(config) -> int:
    """Rewrite, on every core, the run's test modules not yet kept rewritten; return how many
    were to rewrite (0 where pytest's rewriting is off or its functions are not found)."""
    try:
        from _pytest.assertion.rewrite import (
            PYC_TAIL, _read_pyc, _rewrite_test, _write_pyc, assertstate_key, get_cache_dir, try_makedirs)
    except ImportError:  # another pytest: its workers rewrite as usual
        return 0
    if config.getoption("assertmode", "rewrite") != "rewrite" or assertstate_key not in config.stash:
        return 0
    if config.getoption("help", False):  # `pytest --help` collects nothing
        return 0
    state = config.stash[assertstate_key]
    todo = []
    for module in modules_under(config, config.getini("python_files")):
        pyc = get_cache_dir(module) / (module.name[:-3] + PYC_TAIL)
        if _read_pyc(module, pyc) is None and try_makedirs(pyc.parent):
            todo.append((module, pyc))
    if not todo:
        return 0
    # Largest first, dealt out in turn: each process gets about as much to do.
    todo.sort(key=lambda item: item[0].stat().st_size, reverse=True)
    shares = min(cores(), max(1, len(todo) // FEWEST_TO_SHARE)) if hasattr(os, "fork") else 1

    def rewrite(share: int) -> None:
        for module, pyc in todo[share::shares]:
            try:
                source_hash, code = _rewrite_test(module, config)
            except Exception:  # noqa: BLE001 - the worker rewrites it and says what is wrong
                continue
            _write_pyc(state, code, source_hash, pyc)

    children = []
    for share in range(1, shares):
        pid = os.fork()
        if pid == 0:  # the child: its share, then gone without running the run's exit handlers
            try:
                rewrite(share)
            finally:
                os._exit(0)
        children.append(pid)
    rewrite(0)
    for pid in children:
        os.waitpid(pid, 0)
    return len(todo)
