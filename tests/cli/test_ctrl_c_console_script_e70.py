"""E70-02: a Ctrl-C while pip's `clinic-app` script loaded the command line's code printed
Python's traceback, ending in KeyboardInterrupt: the script imported `clinic_app.cli` itself,
before any code of ours could say "interrupted before the command began" (R66-01 "Left
alone": only `python -m clinic_app` said it).  The script now calls `clinic_app.__main__.run`,
which loads the command line and says it, with exit status 130, as `python -m clinic_app`.

The script is made as pip makes it on install (its own ScriptMaker, from the entry point
pyproject.toml names), and run for real; the Ctrl-C comes, every time, as `clinic_app.cli`
starts loading (an import hook in a sitecustomize of the test's)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Raised as the command line's module is looked for: a Ctrl-C pressed while it loads.
CTRL_C_AS_CLI_LOADS = '''
import sys


class CtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == "clinic_app.cli":
            raise KeyboardInterrupt
        return None


sys.meta_path.insert(0, CtrlC())
'''

SAID = "clinic-app: interrupted before the command began; nothing was read or written.\n"


def _installed_script(folder: Path) -> Path:
    """`clinic-app` as pip writes it into a venv's bin for the entry point pyproject.toml names."""
    maker_module = pytest.importorskip("pip._internal.operations.install.wheel")
    entry = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]["clinic-app"]
    maker = maker_module.PipScriptMaker(None, str(folder))
    maker.clobber = True
    maker.variants = {""}
    maker.executable = sys.executable
    made = maker.make_multiple([f"clinic-app = {entry}"])
    assert made == [str(folder / "clinic-app")]
    return folder / "clinic-app"


def _run(command: list[str], hook: Path | None, cwd: Path) -> subprocess.CompletedProcess:
    paths = [str(hook)] if hook else []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([*paths, str(ROOT)]), "CLINIC_DESK_USER": "cli-test"}
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120, stdin=subprocess.DEVNULL)


@pytest.fixture
def ctrl_c(tmp_path) -> Path:
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(CTRL_C_AS_CLI_LOADS, encoding="utf-8")
    return hook


def test_e70_02_a_ctrl_c_as_the_installed_script_loads_says_nothing_was_done(tmp_path, ctrl_c):
    script = _installed_script(tmp_path / "bin")
    result = _run([str(script), "backup", "--db", str(tmp_path / "caseload.sqlite")], ctrl_c, tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (130, "", SAID)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bin", "hook"]


def test_e70_02_python_m_clinic_app_says_the_same(tmp_path, ctrl_c):
    result = _run([sys.executable, "-m", "clinic_app", "backup", "--db", str(tmp_path / "caseload.sqlite")], ctrl_c, tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (130, "", SAID)


def test_e70_02_the_installed_script_runs_the_command_line(tmp_path):
    """Without a Ctrl-C the script is the command line, its exit status main's."""
    script = _installed_script(tmp_path / "bin")
    helped = _run([str(script), "--help"], None, tmp_path)
    assert helped.returncode == 0 and helped.stdout.startswith("usage: clinic-app"), helped.stderr
    refused = _run([str(script), "list", "--db", str(tmp_path / "none.sqlite")], None, tmp_path)
    assert refused.returncode not in (0, 130) and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("clinic-app: ")
