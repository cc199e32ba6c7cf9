""".ci/run on Debian 13 (D70-04).  Debian 13 renamed the libraries whose interface changed with
the 64-bit time_t: libglib2.0-0 is libglib2.0-0t64 there.  .ci/run asked dpkg-query for
libglib2.0-0 alone, found it missing on every run, and so ran apt-get update and an install
every time (T67).  Either name installed now will do.

.ci/run is run here whole, from a copy in a folder of its own, with stand-ins on PATH for
dpkg-query (answering as a Debian with the packages given installed), apt-get and sudo (noting
how they were called) and python3 (whose venv is stand-ins too): nothing is installed and no
test suite is run."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BASH = "/bin/bash"
pytestmark = pytest.mark.skipif(not os.path.exists(BASH), reason="runs .ci/run in bash")


def _listed() -> list[str]:
    text = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    return re.search(r"for pkg in (.*?); do", text, re.S).group(1).replace("\\\n", " ").split()


def _stand_in(folder: Path, name: str, body: str) -> None:
    program = folder / name
    program.write_text(f"#!{BASH}\n{body}\n", encoding="utf-8")
    program.chmod(0o755)


def _run_ci(tmp_path: Path, installed: list[str]) -> tuple[subprocess.CompletedProcess, list[str]]:
    where = tmp_path / "checkout"
    (where / ".ci").mkdir(parents=True)
    shutil.copy(ROOT / ".ci" / "run", where / ".ci" / "run")
    stand_ins, calls = tmp_path / "bin", tmp_path / "calls.txt"
    stand_ins.mkdir()
    (tmp_path / "installed.txt").write_text("".join(f"{name}\n" for name in installed), encoding="utf-8")
    # dpkg-query -W -f='${Status}' NAME, as dpkg answers it.
    _stand_in(stand_ins, "dpkg-query", f'if grep -qxF -- "$3" {tmp_path / "installed.txt"}; then printf "install ok installed"; '
                                        'else echo "dpkg-query: no packages found matching $3" >&2; exit 1; fi')
    _stand_in(stand_ins, "apt-get", f'echo "apt-get $*" >> {calls}')
    _stand_in(stand_ins, "sudo", f'echo "sudo" >> {calls}; "$@"')
    # python3 -m venv .venv makes a venv whose pip and python do nothing: the README's line runs through.
    _stand_in(stand_ins, "python3", 'if [ "$1" = -m ] && [ "$2" = venv ]; then mkdir -p "$3/bin"; '
                                     'for p in pip python; do printf "#!/bin/sh\\necho \\"$p \\$*\\" >> %s\\n" > "$3/bin/$p"; '
                                     f'chmod +x "$3/bin/$p"; done; fi'.replace("%s", str(calls)))
    done = subprocess.run([BASH, str(where / ".ci" / "run")], capture_output=True, text=True, timeout=60,
                          env={"PATH": f"{stand_ins}:/usr/bin:/bin", "HOME": str(tmp_path)})
    return done, calls.read_text(encoding="utf-8").splitlines() if calls.exists() else []


def _debian_13(names: list[str]) -> list[str]:
    return [f"{name}t64" if name == "libglib2.0-0" else name for name in names]


def test_on_debian_13_with_every_package_installed_nothing_is_installed(tmp_path):
    assert "libglib2.0-0" in _listed()
    done, calls = _run_ci(tmp_path, _debian_13(_listed()))
    assert done.returncode == 0, done.stderr
    assert not [call for call in calls if call.startswith(("apt-get", "sudo"))], calls
    assert "installing:" not in done.stdout
    # And the README's test command ran, through the stand-in venv.
    assert calls[-1] == "python -m pytest -n auto"


def test_on_debian_12_with_every_package_installed_nothing_is_installed(tmp_path):
    done, calls = _run_ci(tmp_path, _listed())
    assert done.returncode == 0, done.stderr
    assert not [call for call in calls if call.startswith(("apt-get", "sudo"))], calls


def test_a_package_missing_under_both_names_is_still_installed(tmp_path):
    done, calls = _run_ci(tmp_path, [name for name in _listed() if name not in ("libglib2.0-0", "strace")])
    assert done.returncode == 0, done.stderr
    assert "installing: libglib2.0-0 strace" in done.stdout
    installs = [call for call in calls if call.startswith("apt-get")]
    assert installs[0] == "apt-get update -qq"
    assert installs[1] == "apt-get install -y -qq --no-install-recommends libglib2.0-0 strace"
