"""A Clinic Desk command run in a child process that stops, alive, at a chosen point, so that
a test can kill it there (SIGKILL: as a dead battery or a task manager would).

    python stopped_child.py MODULE:ATTRIBUTE WHEN N -- clinic-app arguments...

The function (or method, "db.repository:Repository.add_clients") is wrapped: at its Nth
call, WHEN "before" it runs or "after" it returned, the child prints STOPPED on standard
output and sleeps until killed.  The test waits for that line: no sleep, no race.
"""

from __future__ import annotations

import functools
import importlib
import sys
import time

MARKER = "STOPPED"


def stop_at(target: str, when: str, nth: int) -> None:
    module_name, _, attribute = target.partition(":")
    owner = importlib.import_module(module_name)
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    original = getattr(owner, name)
    calls = 0

    def stop() -> None:
        print(MARKER, flush=True)
        time.sleep(600)

    @functools.wraps(original)
    def wrapped(*args, **kwargs):
        nonlocal calls
        calls += 1
        if when == "before" and calls == nth:
            stop()
        result = original(*args, **kwargs)
        if when == "after" and calls == nth:
            stop()
        return result

    setattr(owner, name, wrapped)


if __name__ == "__main__":
    target, when, nth, dashes, *argv = sys.argv[1:]
    assert dashes == "--" and when in ("before", "after")
    stop_at(target, when, int(nth))
    from clinic_app.cli import main

    sys.exit(main(argv))
