"""Golden check for engine optimisations: screen() output must stay byte-identical.

    python benchmarks/golden_check.py record /tmp/golden.txt   # before changing anything
    python benchmarks/golden_check.py check  /tmp/golden.txt   # after every optimisation

Screens 3,000 demo clients (generate_clients(3000, seed=7)) at three as_of dates and
hashes, per (client, date), the canonical JSON of `screening_to_dict`; also hashes
`facts_hash` per client (so a faster facts hash can be checked for stability), and checks
that the stored form of each result (db.records.stored_screening) decodes to the same
Screening.
`check` exits 1 and lists the first differences.  Not a test: it is a tool for whoever
optimises the engine, run by hand (about half a minute).
"""

from __future__ import annotations

import hashlib
import json
import sys
from datetime import date
from pathlib import Path

if __name__ == "__main__":  # run as a script from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from clinic_app.demo import generate_clients
from clinic_app.eligibility import facts_hash, screen
from clinic_app.screening_format import screening_to_dict
from db.records import screening_from_stored, stored_screening

AS_OF_DATES = (date(2026, 11, 1), date(2024, 3, 15), date(2029, 7, 2))


def _digest(doc) -> str:
    text = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def golden_lines(n: int = 3000, seed: int = 7) -> list[str]:
    """One line per (client, as_of): 'client as_of sha256', then one per client's facts hash."""
    lines = []
    for i, client in enumerate(generate_clients(n, seed=seed)):
        for as_of in AS_OF_DATES:
            result = screen(client.person, client.cases, as_of)
            lines.append(f"{i} {as_of.isoformat()} {_digest(screening_to_dict(result))}")
            if screening_from_stored(stored_screening(result)) != result:
                lines.append(f"{i} {as_of.isoformat()} stored form does not give back the screening")
        lines.append(f"{i} facts {facts_hash(client.person, client.cases)}")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("record", "check"):
        print(__doc__)
        return 2
    mode, path = argv[0], Path(argv[1])
    lines = golden_lines()
    if mode == "record":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"recorded {len(lines)} hashes to {path}")
        return 0
    want = path.read_text(encoding="utf-8").splitlines()
    diffs = [(w, g) for w, g in zip(want, lines) if w != g]
    if len(want) != len(lines):
        diffs.append((f"{len(want)} lines", f"{len(lines)} lines"))
    for w, g in diffs[:10]:
        print(f"want {w}\n got {g}")
    print(f"{len(lines)} hashes, {len(diffs)} differ")
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
