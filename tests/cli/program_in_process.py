"""`clinic-app ARGS` run in the test's own process, answered as a separate process would answer.

A new process costs about a second (Python, then the command line's modules, started again);
the suite ran some 350 commands so, each for what the command printed and its exit status,
not for the process boundary.  Here `clinic_app.__main__.run` (what `python -m clinic_app`
and the `clinic-app` script call) runs with what such a process would have, and gives back a
`subprocess.CompletedProcess` like `subprocess.run(..., capture_output=True, text=True)`:

- standard output and error are files of their own (real file descriptors: an export's
  lines are written straight to the descriptor, `screen_command.write_whole_line`), read
  back in the locale's encoding with universal newlines, as `text=True` reads a pipe;
- standard input is /dev/null (no terminal to type a passphrase at);
- the environment, working folder, `sys.argv`, excepthook, signal handlers, and the
  process's core-dump settings (`private_files.no_core_dumps`) are as the test had them
  afterwards;
- the program's code is stamped as the command starts (`running_code.remember`), as each
  process stamped its own start, and the test's stamp is put back after: kept from the first
  command, a file changed on disk during the run (an edit saved, a `git am`) made every later
  `rescreen`, `import` and `demo` refuse, "Clinic Desk was updated while it was running" (R95-03);
- an exception the command does not catch is reported by the excepthook the command
  installed (the crash report), status 1, as the interpreter would; SystemExit (argparse's
  usage errors, --help) gives its status.

What needs the process itself stays a process (tests/cli/test_cli.py's `clinic_app_process`
and the tests that run `subprocess` themselves): the program's start-up and console script,
Ctrl-C and SIGTERM, standard input and pipes, the Windows code page (PYTHONIOENCODING is read
at start-up), the window, and a re-screen big enough for worker processes.
"""

from __future__ import annotations

import io
import locale
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _dumpable() -> int | None:
    try:
        import ctypes

        from clinic_app.private_files import PR_GET_DUMPABLE
        return ctypes.CDLL(None, use_errno=True).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0)
    except (OSError, AttributeError):
        return None


def _set_dumpable(value: int | None) -> None:
    if value is None or value < 0:
        return
    import ctypes

    from clinic_app.private_files import PR_SET_DUMPABLE
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, value, 0, 0, 0)


def _read_as_text(path: Path) -> str:
    """The bytes written, decoded as subprocess's text=True decodes a pipe."""
    with open(path, "rb") as raw:
        return io.TextIOWrapper(raw, encoding=locale.getpreferredencoding(False)).read()


def run_in_process(args: list[str], *, env: dict[str, str | None], cwd: Path | None = None, text: bool = True
                   ) -> subprocess.CompletedProcess:
    """`python -m clinic_app ARGS`, in this process.  `env` changes the environment for the
    command only (a value None removes the variable); with `text` False, the output is the
    bytes written, as subprocess.run gives them without text=True."""
    import resource

    from clinic_app import running_code
    from clinic_app.__main__ import run

    saved_environ = dict(os.environ)
    saved_cwd = os.getcwd()
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    saved_argv, saved_hook = sys.argv, sys.excepthook
    saved_signals = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    saved_core = resource.getrlimit(resource.RLIMIT_CORE)
    saved_dumpable = _dumpable()
    saved_stamp = running_code._started_with  # noqa: SLF001 - the process's own, as a process starts
    with tempfile.TemporaryDirectory(prefix="clinic-app-run-") as folder:
        out_path, err_path = Path(folder, "stdout"), Path(folder, "stderr")
        # Appending: a line written straight to the descriptor and one through the buffer both
        # land at the end, in the order they were flushed, as on a pipe.
        stdout = io.TextIOWrapper(open(out_path, "ab"), encoding="utf-8")
        stderr = io.TextIOWrapper(open(err_path, "ab"), encoding="utf-8", errors="backslashreplace",
                                  line_buffering=True)
        stdin = open(os.devnull, encoding="utf-8")
        try:
            for name, value in env.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
            os.chdir(cwd or ROOT)
            running_code._started_with = None  # noqa: SLF001 - stamped by the command as it starts
            sys.argv = [str(ROOT / "clinic_app" / "__main__.py"), *args]
            sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
            try:
                status = run()
            except SystemExit as stop:
                if stop.code is None or isinstance(stop.code, int):
                    status = stop.code or 0
                else:
                    print(stop.code, file=sys.stderr)
                    status = 1
            except KeyboardInterrupt:
                sys.excepthook(*sys.exc_info())
                status = -signal.SIGINT
            except Exception:  # what the interpreter does with an uncaught exception
                sys.excepthook(*sys.exc_info())
                status = 1
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except (OSError, ValueError):
                    pass
        finally:
            sys.stdin, sys.stdout, sys.stderr = saved_streams
            sys.argv, sys.excepthook = saved_argv, saved_hook
            running_code._started_with = saved_stamp  # noqa: SLF001
            for signum, handler in saved_signals.items():
                signal.signal(signum, handler)
            resource.setrlimit(resource.RLIMIT_CORE, saved_core)
            _set_dumpable(saved_dumpable)
            os.chdir(saved_cwd)
            os.environ.clear()
            os.environ.update(saved_environ)
            for stream in (stdout, stderr, stdin):
                try:
                    stream.close()
                except (OSError, ValueError):
                    pass
        read = _read_as_text if text else Path.read_bytes
        return subprocess.CompletedProcess(["clinic-app", *args], status, read(out_path), read(err_path))
