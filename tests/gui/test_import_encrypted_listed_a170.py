"""A170-02: README asks that a laptop's export be carried encrypted, and E167-02 has the import say
of such a file (day.jsonl.gpg) that it is encrypted and what to do, "in the window's import too".
But File > Import clients chose among "Clients or screening requests (*.json *.jsonl *.ndjson
*.yaml *.yml)" alone: the coordinator Tabbing to the file list of the USB stick found no
day.jsonl.gpg there, only the stick's other files, and never heard what to do with it.  The file
chooser lists the files the tools that encrypt a file name so, and the import says what they are."""

from __future__ import annotations

import re
from fnmatch import fnmatch
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.cli.test_import_encrypted_export_e167 import DECRYPT, ENCRYPTED

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def _listed(name_filter: str, folder: Path) -> list[str]:
    """The files of `folder` the chooser lists under its first filter, as Qt matches a pattern
    against a file's whole name."""
    patterns = re.search(r"\(([^)]*)\)", name_filter.split(";;")[0]).group(1).split()
    return sorted(f.name for f in folder.iterdir() if any(fnmatch(f.name, p) for p in patterns))


def test_a170_02_an_export_carried_encrypted_is_listed_and_said_encrypted(qtbot, window, repo, monkeypatch, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    raw, kind = ENCRYPTED["day.jsonl.gpg"]
    (stick / "day.jsonl.gpg").write_bytes(raw)
    (stick / "flyer.pdf").write_bytes(b"%PDF-1.4\n")
    listed: list[list[str]] = []

    def chooser(_parent, _title, _folder, name_filter, *args, **kwargs):
        listed.append(_listed(name_filter, stick))
        return (str(stick / "day.jsonl.gpg"), "") if "day.jsonl.gpg" in listed[-1] else ("", "")

    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window.import_action.trigger()
    assert listed == [["day.jsonl.gpg"]]
    qtbot.waitUntil(lambda: bool(warned), timeout=60_000)
    assert warned == [f"The file was not imported (nothing was added): {kind}: it cannot be read until it is decrypted. "
                      f"{DECRYPT[0].upper()}{DECRYPT[1:]}."]
    assert repo.count_clients() == 0
