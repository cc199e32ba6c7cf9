"""C185-01 made the re-screen's workers ignore SIGTERM (a stop to the whole process group is the
parent's to make).  Its report feared the other side: the executor ends a broken pool's other
workers with SIGTERM, so one worker killed (the system short of memory) while the other waits for
work might leave the pool waiting for ever, the hang the executor was chosen to end.  It does not:
the waiting worker ends with the pool's queue, and the re-screen says a worker stopped.  Kept so
that it stays so (the timeout fails it if it hangs)."""
from __future__ import annotations

import os
import time
from datetime import date

import pytest

import db.rescreen as rescreen_module
from clinic_app.demo import generate_clients
from db.rescreen import RANGE_SIZE, WorkerStopped, rescreen_caseload

AS_OF = date(2026, 11, 15)
_real = rescreen_module.screen_rows


def _first_range_dies(clients, as_of):
    clients = list(clients)  # (client, facts hash) pairs, as the worker reads them
    if clients and clients[0][0].id == 1:
        time.sleep(0.5)  # the other worker has taken its range and gone back to wait
        os._exit(9)
    return _real(clients, as_of)


@pytest.mark.timeout(60)
def test_one_worker_killed_while_the_other_waits_ends_the_rescreen(tmp_path, monkeypatch):
    from db.repository import Repository

    with Repository.open(tmp_path / "c.sqlite", user="t") as repo:
        repo.add_clients(generate_clients(RANGE_SIZE + 5, seed=4))
        monkeypatch.setattr(rescreen_module, "start_method", lambda: "fork")
        monkeypatch.setattr(rescreen_module, "screen_rows", _first_range_dies)
        with pytest.raises(WorkerStopped):
            rescreen_caseload(repo, AS_OF, workers=2)
