"""`python -m clinic_app` is the same as the `clinic-app` command: pip's `clinic-app` script
calls `run` (pyproject.toml), and so does `python -m clinic_app`."""

import sys


def run() -> int:
    """The command line's exit status.  The command line's code is loaded here, not by the
    script: pip's `clinic-app` script imported `clinic_app.cli` itself, so a Ctrl-C while it
    loaded (half a second on a busy laptop) printed Python's traceback, ending in
    KeyboardInterrupt, where `python -m clinic_app` said it plainly (F65-06, R66-01 "Left
    alone").  Said as main says it, with the status of any Ctrl-C."""
    try:
        from clinic_app.cli import main
    except KeyboardInterrupt:
        print("clinic-app: interrupted before the command began; nothing was read or written.", file=sys.stderr)
        return 130
    return main()


if __name__ == "__main__":
    raise SystemExit(run())
