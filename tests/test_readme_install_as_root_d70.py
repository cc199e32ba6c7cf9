"""D70-03: the README's first command began with `sudo apt-get install`.  On a machine with no
`sudo` (a bare Debian installed with a root password, where the volunteer is root) the line
stopped at "sudo: command not found" before anything was installed (T67).  It now begins with
`$(command -v sudo) apt-get install`: `sudo` where there is one, `apt-get` alone where there is
none.  The apt part of the line is run here as the README has it, with stand-ins for `apt-get`
and `sudo` on PATH that note how they were called."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BASH = "/bin/bash"


def _apt_part() -> str:
    first_command = README.split("```sh", 1)[1].split("```", 1)[0].strip()
    return first_command.split("&&")[0].strip()


def _stand_in(folder: Path, name: str, body: str) -> None:
    program = folder / name
    program.write_text(f"#!{BASH}\n{body}\n", encoding="utf-8")
    program.chmod(0o755)


def _run(tmp_path: Path, *, with_sudo: bool) -> tuple[subprocess.CompletedProcess, list[str]]:
    bin_dir, calls = tmp_path / "bin", tmp_path / "calls.txt"
    bin_dir.mkdir()
    _stand_in(bin_dir, "apt-get", f'echo "apt-get $*" >> {calls}')
    if with_sudo:
        _stand_in(bin_dir, "sudo", f'echo "sudo $1" >> {calls}; "$@"')
    # PATH holds the stand-ins alone: no real sudo or apt-get is reached, whatever this machine has.
    done = subprocess.run([BASH, "-c", _apt_part()], env={"PATH": str(bin_dir), "HOME": str(tmp_path)},
                          capture_output=True, text=True, timeout=30)
    return done, calls.read_text(encoding="utf-8").splitlines() if calls.exists() else []


@pytest.mark.skipif(not os.path.exists(BASH), reason="runs the README's line in bash")
def test_the_install_line_runs_apt_get_itself_where_there_is_no_sudo(tmp_path):
    done, calls = _run(tmp_path, with_sudo=False)
    assert done.returncode == 0, done.stderr
    assert len(calls) == 1 and calls[0].startswith("apt-get install -y python3-venv libegl1 ")
    assert calls[0].endswith(" libxcb-xkb1")


@pytest.mark.skipif(not os.path.exists(BASH), reason="runs the README's line in bash")
def test_the_install_line_runs_apt_get_through_sudo_where_there_is_one(tmp_path):
    done, calls = _run(tmp_path, with_sudo=True)
    assert done.returncode == 0, done.stderr
    assert calls[0] == "sudo apt-get"
    assert calls[1].startswith("apt-get install -y python3-venv libegl1 ")
