"""The text of a crash report: where the program failed, never what it was working on.

A user is asked to send the report to whoever supports Clinic Desk, so it must hold no
client data.  The traceback itself names only files, lines, functions and source lines;
an exception's message is another matter: ``KeyError: 'María López'``, ``ValueError:
Invalid isoformat string: '1985-13-02'`` or a message built from a record carry a client's
name, date of birth or case number (V28-04).  So each exception of the chain is reported
by its type alone, its message (and any notes) left out.
"""

from __future__ import annotations

import platform
import sys
import traceback
from types import TracebackType

LEFT_OUT = "(its message is left out of the report: it may hold a client's data)"


def _chain(exc: BaseException) -> list[BaseException]:
    """`exc` and the exceptions it came from, the first raised first, as Python prints them."""
    chain: list[BaseException] = []
    seen: set[int] = set()
    each: BaseException | None = exc
    while each is not None and id(each) not in seen:
        seen.add(id(each))
        chain.append(each)
        each = each.__cause__ if each.__cause__ is not None else (None if each.__suppress_context__ else each.__context__)
    return chain[::-1]


def traceback_text(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The traceback of `exc` as Python prints it, with every message left out."""
    lines: list[str] = []
    chain = _chain(exc)
    for n, each in enumerate(chain):
        if n:
            cause = each.__cause__ is chain[n - 1]
            lines.append("\nThe above exception was the direct cause of the following exception:\n\n" if cause else
                         "\nDuring handling of the above exception, another exception occurred:\n\n")
        each_tb = tb if each is exc else each.__traceback__
        if each_tb is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(each_tb))
        kind = exc_type if each is exc else type(each)
        module = "" if kind.__module__ == "builtins" else f"{kind.__module__}."
        lines.append(f"{module}{kind.__qualname__}{_missing_module(each)} {LEFT_OUT}\n")
    return "".join(lines)


def _missing_module(exc: BaseException) -> str:
    """", module clinic_app.handouts.batch" for an import that failed: the name of one of the
    program's modules (or a library's), never a client's words, and the one thing support
    needs when a frozen build left a module out (P32-01's handout crash said only
    "ModuleNotFoundError", its traceback ending in importlib)."""
    name = getattr(exc, "name", None) if isinstance(exc, ImportError) else None
    return f", module {name}" if isinstance(name, str) and name.replace(".", "").replace("_", "").isalnum() else ""


def install_hook() -> None:
    """Have an uncaught exception of a command print its report without the messages.

    Python's own hook printed the whole traceback, messages and all, at the terminal, from
    where it is pasted into a bug report.  The window puts its own hook in place of this
    one (ui.crash.install_excepthook).  Ctrl-C is left to Python.
    """

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        sys.stderr.write(f"Clinic Desk crash report\nPython {platform.python_version()} on {platform.platform()}\n\n"
                         + traceback_text(exc_type, exc, tb))

    sys.excepthook = hook


__all__ = ["traceback_text", "install_hook", "LEFT_OUT"]
