"""C103-08: a Ctrl-C during `clinic-app handout --event` said "interrupted; nothing more was
written." beside a folder of some of the day's PDFs: a paralegal could not tell papers begun
from papers done.  It says how many were written, where, and that the others have none; each
PDF in the folder is whole, and the same command writes them all.  Stopped in a folder an earlier
run filled, it says how many of the PDFs there are that run's, not this one's (K170-02)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from clinic_app.cli import main
from clinic_app.handouts import batch
from tests.handouts.test_handout_cli import caseload  # noqa: F401 - the fixture

pytestmark = pytest.mark.pdf


def test_a_ctrl_c_mid_batch_says_how_many_were_written(caseload, tmp_path, monkeypatch, capsys):  # noqa: F811
    path, ids, _clients = caseload
    out = tmp_path / "fair"
    render_pdf, made = batch.render_pdf, []

    def stopped_at_the_fourth(handout, where):
        if len(made) == 3:
            raise KeyboardInterrupt  # Ctrl-C as the fourth handout is laid out
        made.append(where)
        return render_pdf(handout, where)

    monkeypatch.setattr(batch, "render_pdf", stopped_at_the_fourth)
    assert main(["handout", "--db", str(path), "--event", "Fair — Compton", "--as-of", "2026-11-01", "--out", str(out)]) == 130
    err = capsys.readouterr().err
    assert (f"clinic-app: interrupted: 3 of 8 handouts written in {out}, the first in the list's order, each whole; "
            "the others have none. The same command writes them all again.") in err
    assert "nothing more was written" not in err
    written = sorted(out.iterdir())
    assert written == sorted(made) and all(len(PdfReader(pdf).pages) > 0 for pdf in written)
    monkeypatch.undo()
    assert main(["handout", "--db", str(path), "--event", "Fair — Compton", "--as-of", "2026-11-01", "--out", str(out)]) == 0
    assert len(list(out.glob("*.pdf"))) == len(ids) == 8
    # K170-02: stopped again in the folder that run filled, "the others have none" was said
    # beside their earlier PDFs, still there; the handout written over is this run's.  The
    # clinic's flyer and a worksheets batch's paper beside them are no earlier run's (K190-01).
    (out / "clinic-flyer.pdf").write_bytes(b"%PDF-1.4 flyer")
    (out / f"rosa-pena-{ids[0]:04d}-worksheet.pdf").write_bytes(b"%PDF-1.4 worksheet")
    monkeypatch.setattr(batch, "render_pdf", stopped_at_the_fourth)
    made[:] = made[:2]
    assert main(["handout", "--db", str(path), "--event", "Fair — Compton", "--as-of", "2026-11-01", "--out", str(out)]) == 130
    assert (f"clinic-app: interrupted: 1 of 8 handouts written in {out}, the first in the list's order, each whole; the "
            "others have none from this run: 7 PDFs in the folder are an earlier run's (check before printing). The same "
            "command writes them all again.") in capsys.readouterr().err
