"""C165-01: `clinic-app worksheet --event` or `handout --event` stopped by a `kill` (SIGTERM) or
the terminal closed (SIGHUP) ended at once with nothing said, and left the paper it was writing
as a hidden ".name.pdf.partial" in the folder (a later run removed it once a minute old).  The
stop is now taken as Ctrl-C is: the partial file is removed at once, the run says how many of
how many papers it wrote and that they are the first in the list's order, each whole, and it
exits as `screen --batch` does when stopped (128 + the signal)."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from clinic_app.demo import generate_clients
from db.repository import Repository
from tests.db.test_killed import TREE, _env
from tests.stopped_process import signal_when_stopped

pytestmark = [pytest.mark.pdf, pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM and SIGHUP")]

EVENT = "Fair — Compton"

# The real command, stopped as its third paper's hidden partial file is begun (two written whole).
WRITING = """
import sys, time
from clinic_app import cli, private_files
opened, real = [], private_files.open_private
def open_private(path):
    out = real(path)
    if str(path).endswith(".pdf.partial"):
        opened.append(path)
        if len(opened) == 3:
            out.write(b"%PDF-1.4 half a paper"); out.flush()
            print("STOPPED", flush=True)
            time.sleep(120)
    return out
private_files.open_private = open_private
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.fixture(scope="module")
def caseload(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("c165") / "caseload.db"
    clients = list(generate_clients(4, seed=5))
    for client in clients:
        client.event = EVENT
    with Repository.open(path, create=True) as repo:
        repo.add_clients(clients)
    return path


@pytest.mark.parametrize(("paper", "signum"), [("worksheet", signal.SIGTERM), ("handout", signal.SIGHUP)])
def test_a_batch_stopped_by_a_signal_removes_its_partial_and_says_what_it_wrote(caseload, tmp_path, paper, signum):
    out = tmp_path / "papers"
    argv = [sys.executable, "-c", WRITING, paper, "--db", str(caseload), "--event", EVENT, "--as-of", "2026-11-01",
            "--out", str(out)]
    done = signal_when_stopped(argv, signum, cwd=TREE, env=_env(), what=f"the {paper}s should have reached the third")
    assert done.returncode == 128 + signum, done.stderr
    name = signal.Signals(signum).name
    assert (f"clinic-app: stopped ({name}): 2 of 4 {paper}s written in {out}, the first in the list's order, each whole; "
            "the others have none. The same command writes them all again.") in done.stderr
    assert "Traceback" not in done.stderr
    left = sorted(p.name for p in out.iterdir())
    assert len(left) == 2 and all(n.endswith(".pdf") and not n.startswith(".") for n in left), left
    assert all(len(PdfReader(out / n).pages) > 0 for n in left)
