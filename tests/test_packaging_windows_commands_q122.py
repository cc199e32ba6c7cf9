"""The Windows build holds a console program for the commands beside the windowed one.

A Windows program is windowed or a console one, and the spec built one, windowed
(console=False): `clinic-desk list` typed at cmd.exe printed nothing and the prompt came back
at once, and the commands the window, the terminal and the README say, `clinic-app ...`, had
no program of that name in the folder (Q122-03).  The spec is run here as PyInstaller runs it,
with what PyInstaller gives it stood in for by recorders, on each platform in turn.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

SPEC = Path(__file__).resolve().parent.parent / "packaging" / "clinic-desk.spec"


class _Built:
    """A stand-in for PyInstaller's build targets: what each was given."""

    made: list[_Built] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.pure = self.scripts = self.binaries = self.datas = []
        _Built.made.append(self)


def _targets_built(monkeypatch, platform: str) -> tuple[list[dict], list]:
    """The spec run for `platform`: each EXE's options, and what COLLECT puts in the folder."""
    monkeypatch.setattr(sys, "platform", platform)
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [package]
    # (source, place in the build) of a distribution's metadata, as PyInstaller's helper returns them (R301-03)
    hooks.copy_metadata = lambda distribution: [(f"/site-packages/{distribution}.dist-info", f"{distribution}.dist-info")]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    kinds = {name: type(name, (_Built,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    _Built.made = []
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), {"__name__": "__main__", **kinds})
    programs = [target for target in _Built.made if type(target).__name__ == "EXE"]
    (folder,) = [target for target in _Built.made if type(target).__name__ == "COLLECT"]
    return [program.kwargs for program in programs], [part for part in folder.args if part in programs]


def test_q122_windows_gets_a_console_clinic_app_beside_the_window(monkeypatch):
    programs, in_folder = _targets_built(monkeypatch, "win32")
    named = {program["name"]: program["console"] for program in programs}
    assert named == {"clinic-desk": False, "clinic-app": True}
    assert len(in_folder) == 2  # both in the one folder, sharing its libraries


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_q122_linux_and_macos_keep_their_one_program(monkeypatch, platform):
    programs, in_folder = _targets_built(monkeypatch, platform)
    assert [(program["name"], program["console"]) for program in programs] == [("clinic-desk", False)]
    assert len(in_folder) == 1
