"""Storage figures: demo generation and storing, file size, the caseload list, search, backup.

Keys: demo_clients_per_s, db_bytes, list_load_s, put_right_pairs_s, search_median_ms, search_p95_ms,
backup_s, and iter_clients_s (every client with the whole record, as a re-screen reads
them).  `list_load_s` is the repository side of the caseload list (`list_clients()` for
the whole caseload); the UI section measures the Qt model on top of it.  With the
encryption extra installed: encrypt_s (a plain caseload encrypted in place),
encrypted_open_s, encrypted_list_load_s and encrypted_search_median_ms (the same caseload,
encrypted with SQLCipher).
"""

from __future__ import annotations

import random
import statistics
import time
import unicodedata

from clinic_app.demo import generate_clients
from db.backup import backup_to
from db.repository import Repository


def _fold(text: str) -> str:
    """What a paralegal types: no accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def search_queries(repo: Repository, count: int, seed: int) -> list[str]:
    """Realistic look-ups: partial surnames (with and without accents), first name plus
    partial surname, and the start of a case number."""
    rng = random.Random(seed)
    rows = repo.db.conn.execute("SELECT c.name, (SELECT case_number FROM cases WHERE client_id = c.id AND case_number IS NOT NULL LIMIT 1) FROM clients c ORDER BY random() LIMIT ?", (count * 2,)).fetchall()
    queries = []
    for n in range(count):
        name, case_number = rows[n % len(rows)]
        words = name.split()
        kind = n % 4
        if kind == 0:
            queries.append(_fold(words[-1])[: rng.randint(3, 5)])
        elif kind == 1:
            queries.append(words[-1][: rng.randint(3, 6)])
        elif kind == 2:
            queries.append(f"{_fold(words[0])} {_fold(words[-1])[:3]}")
        else:
            queries.append((case_number or words[0])[: rng.randint(4, 6)])
    return queries


def _timed(fn):
    started = time.perf_counter()
    value = fn()
    return time.perf_counter() - started, value


def run(ctx) -> dict:
    with Repository.open(ctx.db_path, user="benchmark") as repo:
        demo_s, _ids = _timed(lambda: repo.add_clients(generate_clients(ctx.clients, seed=ctx.seed)))
        repo.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db_bytes = ctx.db_path.stat().st_size

    with Repository.open(ctx.db_path, user="benchmark") as repo:  # a cold-ish start, as the window has
        list_s, rows = _timed(repo.list_clients)
        assert len(rows) == ctx.clients
        # Read after the list for "Possible duplicates" (X45-03, L47-01): no longer part of list_load_s.
        put_right_s, _pairs = _timed(repo.put_right_pairs)
        times = []
        for query in search_queries(repo, 100, ctx.seed):
            elapsed, _found = _timed(lambda: repo.list_clients(search=query))
            times.append(elapsed * 1000)
        iter_s, count = _timed(lambda: sum(1 for _ in repo.iter_clients()))
        assert count == ctx.clients
        backup_s, _path = _timed(lambda: backup_to(repo.db, ctx.workdir / "backup.sqlite"))

    times.sort()
    figures = {
        "demo_clients_per_s": round(ctx.clients / demo_s),
        "db_bytes": db_bytes,
        "list_load_s": round(list_s, 3),
        "put_right_pairs_s": round(put_right_s, 3),
        "search_median_ms": round(statistics.median(times), 2),
        "search_p95_ms": round(times[int(len(times) * 0.95) - 1], 2),
        "iter_clients_s": round(iter_s, 2),
        "backup_s": round(backup_s, 3),
    }
    figures.update(encrypted_figures(ctx))
    return figures


def encrypted_figures(ctx) -> dict:
    """The same open, list load and search on an encrypted copy (db.cipher), when SQLCipher is here.

    The copy is the backup just made, encrypted in place, so the caseload the later
    sections use stays plain.
    """
    try:
        from db.cipher import driver, encrypt_caseload

        driver()
    except Exception:  # noqa: BLE001 - the encryption extra is optional
        return {}
    copy = ctx.workdir / "backup.sqlite"
    encrypt_s, _plain = _timed(lambda: encrypt_caseload(copy, "benchmark passphrase"))
    open_s, repo = _timed(lambda: Repository.open(copy, user="benchmark", create=False, passphrase="benchmark passphrase"))
    with repo:
        list_s, rows = _timed(repo.list_clients)
        assert len(rows) == ctx.clients
        times = sorted(_timed(lambda: repo.list_clients(search=query))[0] * 1000 for query in search_queries(repo, 100, ctx.seed))
    copy.unlink()
    return {
        "encrypt_s": round(encrypt_s, 2),
        "encrypted_open_s": round(open_s, 3),
        "encrypted_list_load_s": round(list_s, 3),
        "encrypted_search_median_ms": round(statistics.median(times), 2),
    }
