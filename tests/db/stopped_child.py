"""A Clinic Desk command run in a child process that stops, alive, at a chosen point, so that
a test can kill it there (SIGKILL: as a dead battery or a task manager would).

    python stopped_child.py MODULE:ATTRIBUTE WHEN N -- clinic-app arguments...

The function (or method, "db.repository:Repository.add_clients") is wrapped: at its Nth
call, WHEN "before" it runs or "after" it returned, the child prints STOPPED on standard
output and sleeps until killed, or until a signal it took is held (then it goes on).  The
test waits for that line: no sleep, no race.
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
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and not _a_stop_held():
            time.sleep(0.02)

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


def _a_stop_held() -> bool:
    """Whether a signal the command took waits for the step it came in to end (a merge being
    stored: screen_command.whole_line): the command then goes on from here, as it would have."""
    stops = sys.modules.get("clinic_app.screen_command")
    return stops is not None and stops._STOPS.pending is not None


if __name__ == "__main__":
    target, when, nth, dashes, *argv = sys.argv[1:]
    assert dashes == "--" and when in ("before", "after")
    stop_at(target, when, int(nth))
    from clinic_app.cli import main

    sys.exit(main(argv))
