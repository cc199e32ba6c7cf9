"""B105-04: `clinic-app --screenshot /media/usb/window.png` with the stick not in made
/media/usb on the laptop's own disk and saved there a picture of the caseload, clients' names
in it.  Refused, in the words `export --out` says it, before a caseload is made or filled."""

from __future__ import annotations

import ui.app
from clinic_app import cli


def test_a_screenshot_into_a_folder_missing_is_refused_before_anything_is_made(tmp_path, monkeypatch, capsys):
    calls = []
    monkeypatch.setattr(ui.app, "run", lambda *a, **k: calls.append(a) or 0)
    shot = tmp_path / "stick" / "window.png"
    assert cli.main(["--db", str(tmp_path / "c.sqlite"), "--demo", "--screenshot", str(shot)]) == 2
    assert capsys.readouterr().err == (f"clinic-app: --screenshot {shot}: folder {shot.parent} does not exist; make it first, "
                                       "or choose another\n")
    assert calls == [] and sorted(tmp_path.iterdir()) == []  # no folder, no caseload made or filled
