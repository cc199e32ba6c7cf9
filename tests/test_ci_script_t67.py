"""T67-02: .ci/run runs the README's test command, on a Debian that has what the tests use.

The tests that need a tool of the machine skip without it, each with a line in pytest's
summary that nobody reads in a green run: on a fresh Debian, .ci/run installed poppler-utils
(pdftoppm) but not strace (the three checks that a save is on the disk before it returns)
nor binutils (readelf, the check of the xcb plugin's libraries against the README's install
line), so those four checks were skipped there and CI still passed.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")

# The Debian package that brings each program a test looks for with shutil.which().
PROVIDED_BY = {"pdftoppm": "poppler-utils", "pdftotext": "poppler-utils", "pdfunite": "poppler-utils", "strace": "strace",
               "readelf": "binutils", "chattr": "e2fsprogs"}


def _installed_by_ci() -> set[str]:
    listed = re.search(r"for pkg in (.*?); do", CI, re.S)
    assert listed, ".ci/run no longer lists its Debian packages in a for loop"
    return set(listed.group(1).replace("\\\n", " ").split())


def test_ci_runs_the_readmes_test_command_verbatim():
    second_command = README.split("```sh", 2)[2].split("```", 1)[0].strip()
    run = [line for line in CI.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert run[-1].strip() == second_command


def test_ci_installs_every_program_a_test_looks_for():
    wanted = set()
    for path in sorted((ROOT / "tests").rglob("*.py")):
        wanted |= set(re.findall(r"""shutil\.which\(\s*["']([\w.-]+)["']""", path.read_text(encoding="utf-8")))
    assert {"pdftoppm", "strace", "readelf"} <= wanted  # the search reads the tests
    unknown = wanted - set(PROVIDED_BY)
    assert not unknown, f"a test looks for {sorted(unknown)}: add its Debian package to PROVIDED_BY and to .ci/run"
    missing = {PROVIDED_BY[tool] for tool in wanted} - _installed_by_ci()
    assert not missing, f".ci/run does not install {sorted(missing)}: the tests that need them skip on a fresh Debian"
