"""Whether strace can watch a process here: the tests that check what reaches the disk (an fsync
before a rename) run under it.  `.ci/run` installs strace; a machine or container that forbids
ptrace (a seccomp profile, a hardened kernel) has it and cannot use it, and those tests are
skipped there as where strace is missing, rather than failing for what the program did not do."""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys


@functools.cache
def strace_works() -> bool:
    if shutil.which("strace") is None or not sys.platform.startswith("linux"):
        return False
    try:
        return subprocess.run(["strace", "-f", "-o", "/dev/null", sys.executable, "-c", "pass"],
                              capture_output=True, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False
