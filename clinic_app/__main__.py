"""`python -m clinic_app` is the same as the `clinic-app` command: pip's `clinic-app` script
calls `run` (pyproject.toml), and so does `python -m clinic_app`."""

import os
import sys


def _streams_to_write() -> None:
    """Standard output and error where the program was started with none: the packaged
    Windows program (PyInstaller's windowed clinic-desk.exe, as pythonw) has sys.stdout and
    sys.stderr None, and a word written to either was an AttributeError: `clinic-desk --demo`
    ended before its window opened, at its note "--demo: added 120 synthetic clients ..." (or
    "already has 120 clients"), with not a word (Q122-02); and the window's crash hook, which
    writes the report there before its dialog, showed none.  What would go there goes nowhere,
    as with no console."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def run() -> int:
    """The command line's exit status.  The command line's code is loaded here, not by the
    script: pip's `clinic-app` script imported `clinic_app.cli` itself, so a Ctrl-C while it
    loaded (half a second on a busy laptop) printed Python's traceback, ending in
    KeyboardInterrupt, where `python -m clinic_app` said it plainly (F65-06, R66-01 "Left
    alone").  Said as main says it, with the status of any Ctrl-C."""
    _streams_to_write()
    try:
        from clinic_app.cli import main
    except KeyboardInterrupt:
        print("clinic-app: interrupted before the command began; nothing was read or written.", file=sys.stderr)
        return 130
    return main()


if __name__ == "__main__":
    raise SystemExit(run())
