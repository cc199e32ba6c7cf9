"""C103-09: `clinic-app handout --client 12 --out /media/usb/12.pdf` with the stick not in
made /media/usb on the laptop's own disk, wrote the client's record there, and said
"/media/usb/12.pdf (6 pages)"; `export --out` and `screen --out` refuse a folder missing.
The handout and the worksheet refuse it too, before the caseload is read, making nothing;
`--event` still makes its own folder, in a folder that is there."""

from __future__ import annotations

import pytest

from clinic_app.cli import main


@pytest.mark.parametrize("noun", ["handout", "worksheet"])
@pytest.mark.parametrize("who, out, said", [
    (["--client", "1"], "stick/12.pdf", "--out {tmp}/stick/12.pdf: folder {tmp}/stick does not exist; make it first, "
                                        "or choose another"),
    (["--event", "Fair"], "stick/fair", "--out {tmp}/stick/fair: folder {tmp}/stick does not exist (--event makes the "
                                        "folder fair in it, not the folders above); make it first, or choose another"),
])
def test_an_out_in_a_folder_missing_is_refused_and_nothing_made(fair_caseload, tmp_path, capsys, noun, who, out, said):
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main([noun, "--db", str(fair_caseload), *who, "--as-of", "2026-11-01", "--out", str(tmp_path / out)]) == 2
    assert capsys.readouterr().err == f"clinic-app: {said.format(tmp=tmp_path)}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no folder "stick" made


def test_an_events_own_folder_is_still_made(fair_caseload, tmp_path):
    (tmp_path / "stick").mkdir()
    assert main(["handout", "--db", str(fair_caseload), "--event", "Fair", "--as-of", "2026-11-01",
                 "--out", str(tmp_path / "stick" / "fair")]) == 0
    assert list((tmp_path / "stick" / "fair").glob("*.pdf"))
