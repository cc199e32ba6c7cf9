"""J59-01: `clinic-app handout --event NAME --out fair.pdf` (and `worksheet --event`) made a
folder named "fair.pdf" with one PDF per client in it: a paralegal who asked for the day's
PDF found a "file" no viewer would open.  Now it is said, before the caseload is read and
with nothing written, that an event's papers go into a folder, with a folder's name to give.
A folder of that name made by an earlier run is still written into."""

from __future__ import annotations

import pytest

from clinic_app.cli import main


@pytest.mark.parametrize("noun", ["handout", "worksheet"])
@pytest.mark.parametrize("out", ["fair.pdf", "Fair.PDF"])
def test_an_event_given_a_pdf_name_is_told_its_papers_go_in_a_folder(fair_caseload, tmp_path, capsys, noun, out):
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main([noun, "--db", str(fair_caseload), "--event", "Fair", "--as-of", "2026-11-01", "--out", str(tmp_path / out)]) == 2
    captured = capsys.readouterr()
    folder = tmp_path / out.rsplit(".", 1)[0]
    assert captured.err == (f"clinic-app: --out {tmp_path / out} names a PDF file, but --event writes one {noun} per client "
                            f"into a folder: give a folder's name, for example {folder} (a new one is made)\n")
    assert captured.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no folder "fair.pdf", nothing else


@pytest.mark.parametrize("noun", ["handout", "worksheet"])
def test_a_folder_named_like_a_pdf_by_an_earlier_run_is_still_written_into(fair_caseload, tmp_path, capsys, noun):
    earlier = tmp_path / "fair.pdf"
    earlier.mkdir()
    assert main([noun, "--db", str(fair_caseload), "--event", "Fair", "--as-of", "2026-11-01", "--out", str(earlier)]) == 0
    assert len(list(earlier.glob("*.pdf"))) == 2


def test_one_clients_handout_may_still_be_named_pdf(fair_caseload, tmp_path):
    assert main(["handout", "--db", str(fair_caseload), "--client", "1", "--as-of", "2026-11-01", "--out", str(tmp_path / "1.pdf")]) == 0
    assert (tmp_path / "1.pdf").read_bytes()[:5] == b"%PDF-"
